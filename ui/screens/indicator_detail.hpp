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

// The chart `kind` calls for, drawn in [min, max] (labels: nullptr for caption-size labels). The
// detail screen and the attract slides draw an indicator's chart with it.
void draw_indicator_chart(ChartKind kind, const ChartData& data, const ProgressData& progress,
                          const DrawContext& context, ImVec2 min, ImVec2 max, ImFont* labels = nullptr);

}  // namespace kiosk::ui
