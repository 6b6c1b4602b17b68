// Charts drawn with ImDrawList (Debian has no ImPlot): a line chart for a series over periods, a
// horizontal bar chart for a breakdown (by region or label) and a target-vs-actual progress bar.
// The data is prepared with the view model (make_value_axis, formatted labels); drawing only places
// it. Colours come from the theme's Okabe-Ito series, and nothing is told by colour alone: projected
// values are dashed / hatched and carry a text mark.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

struct ValueAxis {                       // the value scale, ticks already formatted
  double min = 0;                        // scale bottom (<= every value, includes 0)
  double max = 1;                        // scale top (> min)
  std::vector<double> ticks;             // tick values from min to max
  std::vector<std::string> tick_labels;  // "0", "2,000", "−50"
  std::string unit;                      // axis title: "単位：万人" / "Unit: 10,000 people"
};

struct ChartItem {         // one x position of a line chart or one bar
  std::string label;       // x tick or bar label: "2020年", "宮城県", "風力"
  std::string value_text;  // "861", "52.6", shown at the point / bar end
  double value = 0;
  bool projected = false;  // forecast or target: dashed / hatched, value_text carries the mark
};

struct ChartData {
  ValueAxis axis;
  std::vector<ChartItem> items;  // in display order (line: by period; bars: as written)
};

struct ProgressData {          // target vs actual for a KPI
  std::string actual_label;    // "実績 2021年11月"
  std::string actual_text;     // "31"; "—" when there is no actual yet
  std::string target_label;    // "目標 2025年3月"
  std::string target_text;     // "55"
  std::string percent_text;    // "56%"; empty when there is no actual
  float fraction = 0;          // actual / target, clamped to [0, 1.2]
  bool has_actual = false;
};

// Scale from the values (always including 0), about `wanted_ticks` round ticks, labels formatted.
ValueAxis make_value_axis(const std::vector<double>& values, std::string unit_title, int wanted_ticks = 5);

// Each draws inside the screen rectangle [min, max] (axes, tick labels and unit title included) and
// reserves it in the layout (the cursor moves below max.y). `labels` is the font of tick, value and
// bar labels and the unit title: the caption font when null; a tall portrait chart passes the body font.
void draw_line_chart(const ChartData& chart, const DrawContext& context, ImVec2 min, ImVec2 max,
                     ImFont* labels = nullptr);
void draw_bar_chart(const ChartData& chart, const DrawContext& context, ImVec2 min, ImVec2 max,
                    ImFont* labels = nullptr);
void draw_progress(const ProgressData& progress, const DrawContext& context, ImVec2 min, ImVec2 max);

// Height a bar chart of `bars` bars needs at this theme (one touch-sized row a bar plus the axis).
float bar_chart_height(size_t bars, const DrawContext& context, ImFont* labels = nullptr);

}  // namespace kiosk::ui
