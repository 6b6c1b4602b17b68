#include "theme/theme.hpp"

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b) { return IM_COL32(r, g, b, 255); }

Palette light_palette() {
  Palette p{};
  p.background = rgb(0xEE, 0xF1, 0xF4);
  p.surface = rgb(0xFF, 0xFF, 0xFF);
  p.surface_line = rgb(0xC8, 0xD0, 0xD8);
  p.bar = rgb(0x0B, 0x2E, 0x4F);  // deep navy: white on it is 13:1
  p.on_bar = rgb(0xFF, 0xFF, 0xFF);
  p.on_bar_muted = rgb(0xB9, 0xCB, 0xDC);  // 8:1 on the bar
  p.text = rgb(0x1A, 0x1F, 0x26);
  p.text_muted = rgb(0x55, 0x5F, 0x6B);
  p.accent = rgb(0x00, 0x72, 0xB2);  // Okabe-Ito blue: 5:1 on white, fine for large figures
  p.button = rgb(0xFF, 0xFF, 0xFF);
  p.button_active = rgb(0xCC, 0xE3, 0xF2);
  p.on_button = rgb(0x0B, 0x2E, 0x4F);
  p.series = {rgb(0x00, 0x72, 0xB2), rgb(0xE6, 0x9F, 0x00), rgb(0x00, 0x9E, 0x73), rgb(0xD5, 0x5E, 0x00),
              rgb(0x56, 0xB4, 0xE9), rgb(0xCC, 0x79, 0xA7), rgb(0xF0, 0xE4, 0x42)};
  return p;
}

Metrics metrics_for(int width, int height) {
  const float s = static_cast<float>(std::max(1, std::min(width, height))) / 1080.0f;
  return {s, 40 * s, 16 * s, 28 * s, 12 * s, 64 * s, 104 * s, 8 * s, 28 * s};
}

ImVec4 colour(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

Theme make_theme(int display_width, int display_height) {
  return {light_palette(), metrics_for(display_width, display_height)};
}

void apply_theme(const Theme& theme, ImGuiStyle& style) {
  const Palette& p = theme.palette;
  const Metrics& m = theme.metrics;
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameRounding = m.rounding;
  style.ScrollbarSize = m.scrollbar;
  style.ScrollbarRounding = m.scrollbar / 2;
  style.GrabMinSize = m.touch;
  style.ItemSpacing = ImVec2(m.gap, m.gap / 2);
  style.FramePadding = ImVec2(m.pad, m.pad / 2);
  style.TouchExtraPadding = ImVec2(4 * m.scale, 4 * m.scale);  // fingers are less precise than a pointer
  // Textured AA lines sample a few texels of the font atlas; SDL's software renderer rounds those UVs
  // and thin card borders came out with gaps. Polygon lines draw cleanly everywhere.
  style.AntiAliasedLinesUseTex = false;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = colour(p.text);
  c[ImGuiCol_TextDisabled] = colour(p.text_muted);
  c[ImGuiCol_WindowBg] = colour(p.background);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = colour(IM_COL32(0x9A, 0xA5, 0xB1, 200));
  c[ImGuiCol_ScrollbarGrabHovered] = colour(IM_COL32(0x7A, 0x86, 0x93, 220));
  c[ImGuiCol_ScrollbarGrabActive] = colour(p.accent);
  c[ImGuiCol_Button] = colour(p.button);
  c[ImGuiCol_ButtonHovered] = colour(p.button);  // no hover-only affordances on a touch screen
  c[ImGuiCol_ButtonActive] = colour(p.button_active);
  c[ImGuiCol_Separator] = colour(p.surface_line);
}

SDL_Color clear_colour(const Theme& theme) {
  const ImU32 c = theme.palette.background;
  return {static_cast<Uint8>(c >> IM_COL32_R_SHIFT), static_cast<Uint8>(c >> IM_COL32_G_SHIFT),
          static_cast<Uint8>(c >> IM_COL32_B_SHIFT), 255};
}

}  // namespace kiosk::ui
