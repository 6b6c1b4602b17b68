#include "widgets/screen_frame.hpp"

#include <algorithm>
#include <cstring>

#include "widgets/text.hpp"
#include "widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;

}  // namespace

bool touch_button(const char* label_with_id, const DrawContext& context, bool selected) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  ImGui::PushFont(context.fonts.body);
  const char* hidden = std::strstr(label_with_id, "##");
  const char* shown_end = hidden ? hidden : label_with_id + std::strlen(label_with_id);
  const float label = ImGui::CalcTextSize(label_with_id, shown_end).x;
  const ImVec2 size(std::max(m.touch * 2.0f, label + 2 * m.pad), m.touch);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, size.y / 2);
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_button);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Button, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, 2 * m.scale));
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
  const bool pressed = ImGui::Button(label_with_id, size);
  ImGui::PopStyleColor(3);
  ImGui::PopStyleVar(2);
  ImGui::PopFont();
  return pressed;
}

Intent begin_screen(const char* window_id, const ScreenHeader& header, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin(window_id, nullptr, kScreenFlags);

  Intent intent;
  if (draw_title_bar(header.bar, context)) intent.kind = IntentKind::SwitchLanguage;

  const ImVec2 row(ImGui::GetCursorScreenPos().x + m.margin, ImGui::GetCursorScreenPos().y + m.gap);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - m.margin;
  float heading_left = row.x;
  ImGui::SetCursorScreenPos(row);
  if (!header.back_label.empty()) {
    if (touch_button((header.back_label + "###screen-back").c_str(), context)) intent.kind = IntentKind::Back;
    heading_left = ImGui::GetItemRectMax().x + m.pad;
  }
  ImFont* font = text_width(header.heading, context.fonts.title) <= right - heading_left ? context.fonts.title
                                                                                        : context.fonts.heading;
  const float y = row.y + (m.touch - font->FontSize) / 2;
  ImGui::GetWindowDrawList()->PushClipRect(ImVec2(heading_left, row.y), ImVec2(right, row.y + m.touch), true);
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(heading_left, y), context.theme.palette.text,
                                      header.heading.c_str());
  ImGui::GetWindowDrawList()->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x, row.y + m.touch + m.gap / 2));
  return intent;
}

void end_screen() { ImGui::End(); }

bool begin_scroll_body(const char* id, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(m.margin, m.gap));
  return TouchScroll::begin(id, ImVec2(0, 0), context);
}

void end_scroll_body() {
  TouchScroll::end();
  ImGui::PopStyleVar();
}

void accent_heading(const std::string& title, ImFont* font, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + m.accent_width, at.y + font->FontSize),
                                            context.theme.palette.accent, m.accent_width / 2);
  ImGui::SetCursorScreenPos(ImVec2(at.x + m.accent_width + m.pad / 2, at.y));
  wrapped_text(title, font, context.theme.palette.text, at.x + ImGui::GetContentRegionAvail().x);
  ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y + m.gap / 2));
}

bool tap_area(const char* id, ImVec2 min, ImVec2 max) {
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(min);
  const bool tapped = ImGui::InvisibleButton(id, ImVec2(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y)));
  if (ImGui::IsItemActive())
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, IM_COL32(0, 0, 0, 24), 8.0f);  // pressed state
  ImGui::SetCursorScreenPos(cursor);
  return tapped;
}

}  // namespace kiosk::ui
