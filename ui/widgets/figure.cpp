#include "widgets/figure.hpp"

#include <string>

#include "widgets/text.hpp"

namespace kiosk::ui {

float draw_figure(const FigureText& figure, const DrawContext& context, ImU32 colour, float left, float right,
                  bool align_right) {
  ImFont* number_font = context.fonts.figure;
  ImFont* unit_font = context.fonts.body;
  const float gap = figure.unit.empty() || !figure.spaced ? 0.0f : unit_font->FontSize * 0.25f;
  const float number_width = text_width(figure.number, number_font);
  const float unit_width = figure.unit.empty() ? 0.0f : text_width(figure.unit, unit_font);
  const float width = number_width + gap + unit_width;
  const float top = ImGui::GetCursorScreenPos().y;
  if (width > right - left) {
    ImGui::SetCursorScreenPos(ImVec2(left, top));
    const std::string text =
        std::string(figure.number) + (figure.spaced ? " " : "") + std::string(figure.unit);
    wrapped_text(text, number_font, colour, right);
    return right - left;
  }
  const float x = align_right ? right - width : left;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(number_font, number_font->FontSize, ImVec2(x, top), colour, figure.number.data(),
                figure.number.data() + figure.number.size());
  if (!figure.unit.empty()) {
    // Same baseline: the smaller font starts lower by the difference of the ascents.
    const float baseline_shift = number_font->Ascent - unit_font->Ascent;
    draw->AddText(unit_font, unit_font->FontSize, ImVec2(x + number_width + gap, top + baseline_shift),
                  colour, figure.unit.data(), figure.unit.data() + figure.unit.size());
  }
  ImGui::SetCursorScreenPos(ImVec2(x, top));
  ImGui::Dummy(ImVec2(width, number_font->FontSize));
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
  return width;
}

}  // namespace kiosk::ui
