#include "widgets/title_bar.hpp"

#include <algorithm>

#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

// The largest of the display fonts the title fits with, so a long title in portrait shrinks
// before it is clipped.
ImFont* fitting_font(const std::string& text, const FontSet& fonts, float width) {
  for (ImFont* font : {fonts.title, fonts.heading})
    if (text_width(text, font) <= width) return font;
  return fonts.heading;
}

bool language_button(const TitleBarModel& model, const DrawContext& context, ImVec2 bar_min, ImVec2 bar_max) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  ImGui::PushFont(context.fonts.body);
  const ImVec2 label = ImGui::CalcTextSize(model.language_label.c_str());
  const ImVec2 size(std::max(m.touch * 2.5f, label.x + 2 * m.pad), m.touch);
  ImGui::SetCursorScreenPos(
      ImVec2(bar_max.x - m.margin - size.x, bar_min.y + (bar_max.y - bar_min.y - size.y) / 2));
  ImGui::PushStyleColor(ImGuiCol_Text, p.on_button);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, size.y / 2);
  // "###" keeps the id stable while the label changes language (STYLE.md).
  const bool pressed = ImGui::Button((model.language_label + "###language-switch").c_str(), size);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return pressed;
}

}  // namespace

bool draw_title_bar(const TitleBarModel& model, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImVec2 bar_min = ImGui::GetCursorScreenPos();
  const ImVec2 bar_max(bar_min.x + ImGui::GetContentRegionAvail().x, bar_min.y + m.bar_height);
  ImGui::GetWindowDrawList()->AddRectFilled(bar_min, bar_max, p.bar);

  const bool pressed = language_button(model, context, bar_min, bar_max);
  const float button_left = ImGui::GetItemRectMin().x;

  const float title_width = button_left - m.gap - (bar_min.x + m.margin);
  ImFont* font = fitting_font(model.title, context.fonts, title_width);
  const float y = bar_min.y + (m.bar_height - font->FontSize) / 2;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImGui::PushClipRect(bar_min, ImVec2(button_left - m.gap, bar_max.y), true);
  draw->AddText(font, font->FontSize, ImVec2(bar_min.x + m.margin, y), p.on_bar, model.title.c_str());
  // The subtitle only where it fits whole: a cut-off tagline looks broken.
  const float title_end = bar_min.x + m.margin + text_width(model.title, font);
  ImFont* small = context.fonts.body;
  if (!model.subtitle.empty() &&
      title_end + m.margin + text_width(model.subtitle, small) <= button_left - m.gap) {
    const float baseline = y + font->Ascent;
    draw->AddText(small, small->FontSize, ImVec2(title_end + m.margin, baseline - small->Ascent),
                  p.on_bar_muted, model.subtitle.c_str());
  }
  ImGui::PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(bar_min.x, bar_max.y));
  return pressed;
}

}  // namespace kiosk::ui
