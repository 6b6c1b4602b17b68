// Indicator detail's view model: one indicator with the chart that suits its points, every text
// already chosen for the language and formatted (STYLE.md "view model").
//
//   model:  IndicatorDetailModel   build: make_indicator_detail(content.indicators, id, strings)
//   draw:   draw_indicator_detail(model, context) -> Intent {Back | SwitchLanguage}
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "screens/indicator_list_model.hpp"
#include "widgets/chart.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

enum class ChartKind {
  None,      // no points
  Line,      // a plain series over two or more periods
  Bar,       // a breakdown by region or label (or a single value)
  Progress,  // a KPI: target vs actual
};

// Which chart an indicator's points call for (pure; tested):
// - a target point plus an actual one, or a lone target -> Progress
// - points with breakdown labels or several regions -> Bar
// - two or more periods of one series -> Line
// - a single point -> Bar
ChartKind chart_kind_for(const std::vector<model::Point>& points);

struct IndicatorDetailModel {
  ScreenHeader header;       // heading = indicators.title
  std::string id;
  std::string name;          // indicator name
  std::string number;        // headline value, as on the list card
  std::string unit;
  bool unit_spaced = true;
  std::string status;        // "2020年時点" etc.
  ChartKind chart = ChartKind::None;
  ChartData data;            // Line / Bar
  ProgressData progress;     // Progress
  std::string chart_note;    // legend: "○ 点線は予測" style note when projected values are shown
  std::string unit_line;  // "単位：万人" / "Unit: 万人": the axis title of a line or bar chart, its one
                          // unit line (the headline figure and KPI numbers carry their unit beside them)
  std::string source;        // "出典：… 「…」"
  std::string related_title;          // indicators.related
  std::vector<IndicatorRow> related;  // related_indicators(), as list cards
};

// Indicators a visitor may look at next: the others of its category, then others from the same
// source document, each once, in content order, at most `limit`.
std::vector<const model::Indicator*> related_indicators(const std::vector<model::Indicator>& indicators,
                                                        const model::Indicator& indicator, size_t limit = 6);

// nullopt when `id` is not an indicator of the content (a removed item: the shell goes back).
std::optional<IndicatorDetailModel> make_indicator_detail(const std::vector<model::Indicator>& indicators,
                                                         const std::string& id, const UiStrings& strings);

}  // namespace kiosk::ui
