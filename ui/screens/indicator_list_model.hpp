// The indicator list's view model: every text the screen shows, already chosen for the language
// and formatted, so drawing does no lookups, parsing or formatting (STYLE.md "view model").
#pragma once

#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

struct IndicatorRow {
  std::string id;           // indicator id, for the detail screen to come
  std::string name;         // 東北地域の人口
  std::string number;       // headline value: "861", "−2.8"; "—" when there are no points
  std::string unit;         // "万人", "MW", "%"; may be empty
  bool unit_spaced = true;  // a gap between number and unit ("861 万人" but "65%")
  std::string status;  // what the value is: "太陽光 · 予測 · 2030年時点" / "Solar · Forecast · As of 2030"
  std::string source;  // "出典：003_206b471b5869c970.txt 「2020年には861万人ですが」"
};

struct IndicatorSection {
  std::string id;     // category id
  std::string title;  // category name
  std::vector<IndicatorRow> rows;
};

struct IndicatorListModel {
  ScreenHeader header;                     // back button and indicators.title
  std::string all_label;                   // indicators.all: the category tab that shows every section
  std::string open_hint;                   // indicators.open_detail: cards open the chart
  std::vector<IndicatorSection> sections;  // categories by sort order, without empty ones
  std::string empty_message;               // indicators.none, set only when there are no sections
};

// One indicator's card text (name, headline figure, status, source) in `strings`' language; the
// detail screen shows the same.
IndicatorRow make_indicator_row(const model::Indicator& indicator, const UiStrings& strings);

// Builds the model in `strings`' language. Indicators of a category not in `categories` are left out.
IndicatorListModel make_indicator_list(const std::vector<model::Category>& categories,
                                       const std::vector<model::Indicator>& indicators,
                                       const UiStrings& strings);

}  // namespace kiosk::ui
