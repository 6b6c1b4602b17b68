// A headline figure: the number large, its unit smaller on the same baseline ("861 万人").
#pragma once

#include <string_view>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

struct FigureText {
  std::string_view number;  // "7,854"
  std::string_view unit;    // "MW"; may be empty
  bool spaced = true;       // a gap before the unit
};

// Draws at the cursor within screen x [left, right], right-aligned when `align_right`; advances the
// cursor below. When it does not fit on one line it wraps as plain text in the figure font.
// Returns the drawn width (the whole span when wrapped).
float draw_figure(const FigureText& figure, const DrawContext& context, ImU32 colour, float left, float right,
                  bool align_right);

}  // namespace kiosk::ui
