#include "widgets/tile.hpp"

#include "widgets/text.hpp"

namespace kiosk::ui {

bool draw_tile(const char* id, const TileText& text, ImU32 accent, const DrawContext& context, ImVec2 min,
               ImVec2 max) {
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  ImGui::SetCursorScreenPos(min);
  const bool tapped = ImGui::InvisibleButton(id, ImVec2(max.x - min.x, max.y - min.y));
  const bool pressed = ImGui::IsItemActive();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float inset = pressed ? m.scale * 4 : 0;  // pressed: the tile sinks a little and darkens
  const ImVec2 a(min.x + inset, min.y + inset);
  const ImVec2 b(max.x - inset, max.y - inset);
  draw->AddRectFilled(a, b, pressed ? p.button_active : p.surface, m.rounding * 2);
  draw->AddRect(a, b, p.surface_line, m.rounding * 2, 0, 2.0f);
  draw->AddRectFilled(a, ImVec2(a.x + m.accent_width * 2, b.y), accent, m.rounding * 2,
                      ImDrawFlags_RoundCornersLeft);
  ImFont* title = context.fonts.title;
  const float left = a.x + m.accent_width * 2 + m.pad * 1.5f;
  const float block = title->FontSize + (text.caption.empty() ? 0 : context.fonts.body->FontSize + m.gap / 2);
  float y = a.y + (b.y - a.y - block) / 2;
  ImGui::PushClipRect(a, b, true);
  draw->AddText(title, title->FontSize, ImVec2(left, y), pressed ? p.on_button : p.text, text.label.c_str());
  y += title->FontSize + m.gap / 2;
  if (!text.caption.empty())
    draw->AddText(context.fonts.body, context.fonts.body->FontSize, ImVec2(left, y),
                  pressed ? p.on_button : p.text_muted, text.caption.c_str(), nullptr, 0.0f);
  ImGui::PopClipRect();
  return tapped;
}

}  // namespace kiosk::ui
