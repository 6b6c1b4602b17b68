#include "widgets/text.hpp"

#include <algorithm>

namespace kiosk::ui {

void wrapped_text(std::string_view text, ImFont* font, ImU32 colour, float wrap_right) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  // PushTextWrapPos takes window-local x.
  ImGui::PushTextWrapPos(wrap_right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void right_aligned_text(std::string_view text, ImFont* font, ImU32 colour, float right, float max_width) {
  const float width = text_width(text, font);
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  if (width <= max_width) {
    ImGui::SetCursorScreenPos(ImVec2(right - width, cursor.y));
    wrapped_text(text, font, colour, right + 1);
  } else {
    ImGui::SetCursorScreenPos(ImVec2(right - max_width, cursor.y));
    wrapped_text(text, font, colour, right);
  }
  ImGui::SetCursorScreenPos(ImVec2(cursor.x, ImGui::GetCursorScreenPos().y));
}

float wrapped_height(std::string_view text, ImFont* font, float width) {
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, std::max(1.0f, width), text.data(),
                                          text.data() + text.size());
  return size.y;
}

float text_width(std::string_view text, ImFont* font) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

}  // namespace kiosk::ui
