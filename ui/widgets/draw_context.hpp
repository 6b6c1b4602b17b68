// DrawContext: what every screen and widget draws with (fonts and theme), passed in explicitly
// rather than kept in globals (STYLE.md), so a test can draw a screen with its own fonts.
#pragma once

#include "fonts/font_set.hpp"
#include "theme/theme.hpp"

namespace kiosk::ui {

struct DrawContext {
  const FontSet& fonts;
  const Theme& theme;
};

}  // namespace kiosk::ui
