// Tile: a large touch target with a label and a caption (Home's 地域指標 / イベント / 出展者 / 工芸品).
// Pressed state is drawn while the finger is down, not on hover (a touch panel has no hover).
#pragma once

#include <string>

#include <imgui.h>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

struct TileText {
  std::string label;    // the tile's name in the current language
  std::string caption;  // a line under it (may be empty)
};

// Draws the tile over screen [min, max]; returns true when tapped. `id` must be stable ("###...").
bool draw_tile(const char* id, const TileText& text, ImU32 accent, const DrawContext& context, ImVec2 min,
               ImVec2 max);

}  // namespace kiosk::ui
