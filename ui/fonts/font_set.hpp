// FontSet: the six fonts the screens draw with, built into one ImGui atlas from the glyphs the
// content actually uses, rasterised by FreeType and sized to the display.
//
// Rebuild (build_fonts again, then ImGuiSession::upload_fonts) whenever the content or the display
// size changes: ImGui 1.86 cannot add glyphs later, and every ImFont* of the old set dies.
#pragma once

#include <vector>

#include "common/result.hpp"
#include "fonts/font_file.hpp"
#include "fonts/glyph_plan.hpp"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

inline constexpr int kMaxAtlasSide = 2048;  // the Pi 3's GPU texture limit (the Pi 4 has 4096)

struct FontSizes {  // pixel sizes per role
  float title = 56;
  float heading = 40;
  float figure = 48;
  float body = 32;
  float caption = 24;
  float headline = 168;  // an attract slide's big number, readable from across the aisle
};

struct FontSet {
  ImFont* title = nullptr;     // the title bar (display glyphs)
  ImFont* heading = nullptr;   // section headers (display glyphs)
  ImFont* figure = nullptr;    // headline numbers (figure glyphs)
  ImFont* body = nullptr;      // names, descriptions (every glyph)
  ImFont* caption = nullptr;   // as-of dates, sources, quotes (every glyph)
  ImFont* headline = nullptr;  // attract slides' big numbers (digits and number marks only)
};

struct AtlasReport {
  int width = 0;  // texture size in pixels
  int height = 0;
  int glyphs = 0;       // glyphs over all six fonts
  float shrink = 1.0f;  // < 1 when the sizes had to shrink to fit kMaxAtlasSide
};

struct BuiltFonts {
  FontSet fonts;
  AtlasReport report;
  FontSizes sizes;  // the sizes actually used (after any shrink)
};

// Sizes for a display, scaled by its shorter side: body 32 px on a 1080-pixel side in both landscape
// and portrait, since a rotated panel keeps its pixel density.
FontSizes font_sizes_for(int display_width, int display_height, const FontFile& file);

// Clears `atlas` and builds the set into it, shrinking sizes if needed to stay within kMaxAtlasSide.
// Reads the font through a memory map and drops ImGui's input data afterwards (ClearInputData).
Result<BuiltFonts> build_fonts(ImFontAtlas& atlas, const FontFile& file, const GlyphPlan& plan,
                               FontSizes sizes);

// Code points of `wanted` that `font` has no glyph for (would draw as '?'); always includes
// characters beyond U+FFFF, which this 16-bit ImWchar build of ImGui cannot draw at all.
std::vector<char32_t> missing_code_points(const ImFont& font, const GlyphSet& wanted);

}  // namespace kiosk::ui
