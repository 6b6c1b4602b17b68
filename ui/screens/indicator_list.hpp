// The indicator list: every regional indicator by category, each with its headline value, the
// period it describes and its source. Category tabs narrow the list; a tap on a card opens its chart.
#pragma once

#include <string>
#include <vector>

#include "screens/indicator_list_model.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"

namespace kiosk::ui {

// What the screen remembers between frames: row heights measured last frame, so rows scrolled out of
// view are skipped (a Dummy of the same height) instead of laid out. Reset it with a new model.
struct IndicatorListState {
  std::string category;            // the selected tab's category id; empty = all categories
  float layout_width = 0;          // the width the heights were measured at
  std::vector<float> row_heights;  // per shown row, 0 = not measured yet
};

// Draws the whole screen into the main viewport; returns what the visitor asked for this frame:
// Back, SwitchLanguage or OpenIndicator(id). A tab tap changes `state` only.
Intent draw_indicator_list(const IndicatorListModel& model, IndicatorListState& state,
                           const DrawContext& context);

}  // namespace kiosk::ui
