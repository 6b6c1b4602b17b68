// Indicator detail: the headline figure, a chart of the points (line, bar or target-vs-actual) with
// axes, tick labels and unit, and the source line, all always visible. In portrait the chart grows
// into the height and the other indicators of the same category follow as tappable cards.
#pragma once

#include "screens/indicator_detail_model.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"

namespace kiosk::ui {

// Draws the whole screen into the main viewport; returns OpenIndicator (a related card), Back,
// SwitchLanguage or None.
Intent draw_indicator_detail(const IndicatorDetailModel& model, const DrawContext& context);

}  // namespace kiosk::ui
