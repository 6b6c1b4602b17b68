#include "screens/indicator_detail_model.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "content/indicator_headline.hpp"
#include "i18n/english_units.hpp"
#include "i18n/format.hpp"
#include "screens/indicator_list_model.hpp"

namespace kiosk::ui {
namespace {

std::string labelled(const std::string& label, const std::string& value, Language language) {
  return label + (language == Language::Ja ? "\uFF1A" : ": ") + value;
}

bool projected(const model::Point& point) { return point.kind != model::PointKind::Actual; }

std::string value_text(const model::Point& point, const EnglishScale& scale, const UiStrings& strings) {
  std::string text = format_scaled(point.value, scale);
  if (!projected(point)) return text;
  const std::string& kind = strings.get(point.kind == model::PointKind::Target ? "indicators.target"
                                                                              : "indicators.forecast");
  return text + strings.format("indicators.projected_mark", kind);
}

std::string region_label(const std::string& region, Language language) {
  const model::Text* name = model::region_name(region);
  return name ? pick(*name, language) : region;
}

std::vector<const model::Point*> by_period(const std::vector<model::Point>& points) {
  std::vector<const model::Point*> sorted;
  for (const auto& point : points) sorted.push_back(&point);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) {
    return period_order_key(a->period) < period_order_key(b->period);
  });
  return sorted;
}

// Chart values are on the indicator's display scale (English: 861万人 is 8.61 on a "million people"
// axis), so bars, ticks and value labels agree.
ChartData line_data(const model::Indicator& indicator, const EnglishScale& scale, const UiStrings& strings,
                    const std::string& unit_line) {
  ChartData data;
  std::vector<double> values;
  for (const model::Point* point : by_period(indicator.points)) {
    const double value = point->value * scale.factor;
    data.items.push_back({format_period(point->period, strings.language()), value_text(*point, scale, strings),
                          value, projected(*point)});
    values.push_back(value);
  }
  data.axis = make_value_axis(values, unit_line);
  return data;
}

ChartData bar_data(const model::Indicator& indicator, const EnglishScale& scale, const UiStrings& strings,
                   const std::string& unit_line) {
  const Language language = strings.language();
  ChartData data;
  std::vector<double> values;
  std::set<std::string> seen;
  bool unique = true;
  // A breakdown by region names every bar by its region, Tohoku included (7,854 MW 東北 vs 61,361 MW 全国);
  // a single-region series names Tohoku's bars by period instead.
  std::set<std::string> regions;
  for (const model::Point& point : indicator.points) regions.insert(point.region);
  const bool by_region = regions.size() > 1;
  for (const model::Point& point : indicator.points) {
    std::string label = pick(point.label, language);
    if (label.empty() && (by_region || point.region != "tohoku")) label = region_label(point.region, language);
    if (label.empty()) label = format_period(point.period, language);
    unique = unique && seen.insert(label).second;
    const double value = point.value * scale.factor;
    data.items.push_back({std::move(label), value_text(point, scale, strings), value, projected(point)});
    values.push_back(value);
  }
  if (!unique)  // the same label in several periods: say which period each bar is
    for (size_t i = 0; i < data.items.size(); ++i)
      data.items[i].label += std::string(kSeparator) + format_period(indicator.points[i].period, language);
  data.axis = make_value_axis(values, unit_line);
  return data;
}

const model::Point* latest(const std::vector<model::Point>& points, model::PointKind kind) {
  const model::Point* found = nullptr;
  for (const model::Point* point : by_period(points))
    if (point->kind == kind) found = point;
  return found;
}

ProgressData progress_data(const model::Indicator& indicator, const UiStrings& strings) {
  const Language language = strings.language();
  ProgressData progress;
  const model::Point* target = latest(indicator.points, model::PointKind::Target);
  const model::Point* actual = latest(indicator.points, model::PointKind::Actual);
  const std::string& unit = indicator.unit;
  progress.target_label = strings.get("indicators.target");
  progress.actual_label = strings.get("indicators.actual");
  if (target) {
    progress.target_label += std::string(kSeparator) + format_period(target->period, language);
    progress.target_text = format_quantity_text(target->value, unit, language);
  }
  if (actual) {
    progress.actual_label += std::string(kSeparator) + format_period(actual->period, language);
    progress.actual_text = format_quantity_text(actual->value, unit, language);
    progress.has_actual = true;
    if (target && target->value != 0) {
      const double fraction = actual->value / target->value;
      progress.fraction = static_cast<float>(std::clamp(fraction, 0.0, 1.2));
      progress.percent_text = format_number(std::round(fraction * 100)) + "%";
    }
  } else {
    progress.actual_text = "\u2014";
  }
  return progress;
}

}  // namespace

std::vector<const model::Indicator*> related_indicators(const std::vector<model::Indicator>& indicators,
                                                        const model::Indicator& indicator, size_t limit) {
  std::vector<const model::Indicator*> found;
  const auto take = [&](auto&& matches) {
    for (const model::Indicator& other : indicators) {
      if (found.size() >= limit) return;
      if (other.id == indicator.id || !matches(other)) continue;
      if (std::find(found.begin(), found.end(), &other) == found.end()) found.push_back(&other);
    }
  };
  take([&](const model::Indicator& other) { return other.category == indicator.category; });
  if (!indicator.source.document.empty())
    take([&](const model::Indicator& other) { return other.source.document == indicator.source.document; });
  return found;
}

ChartKind chart_kind_for(const std::vector<model::Point>& points) {
  if (points.empty()) return ChartKind::None;
  bool target = false, actual = false, labelled_points = false;
  std::set<std::string> regions, periods;
  for (const model::Point& point : points) {
    target = target || point.kind == model::PointKind::Target;
    actual = actual || point.kind == model::PointKind::Actual;
    labelled_points = labelled_points || !point.label.ja.empty() || !point.label.en.empty();
    regions.insert(point.region);
    periods.insert(point.period);
  }
  if (target && (actual || points.size() == 1)) return ChartKind::Progress;
  if (labelled_points || regions.size() > 1) return ChartKind::Bar;
  if (periods.size() > 1) return ChartKind::Line;
  return ChartKind::Bar;
}

std::optional<IndicatorDetailModel> make_indicator_detail(const std::vector<model::Indicator>& indicators,
                                                         const std::string& id, const UiStrings& strings) {
  const auto found = std::find_if(indicators.begin(), indicators.end(), [&](auto& i) { return i.id == id; });
  if (found == indicators.end()) return std::nullopt;
  const model::Indicator& indicator = *found;
  const Language language = strings.language();
  const IndicatorRow row = make_indicator_row(indicator, strings);

  IndicatorDetailModel detail;
  detail.header = {{strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
                   strings.get("common.back"),
                   strings.get("indicators.title")};
  detail.id = indicator.id;
  detail.name = row.name;
  detail.number = row.number;
  detail.unit = row.unit;
  detail.unit_spaced = row.unit_spaced;
  detail.status = row.status;
  detail.source = row.source;
  std::vector<double> values;
  for (const model::Point& point : indicator.points) values.push_back(point.value);
  const EnglishScale scale = scale_for(indicator.unit, values, language);  // Japanese: the unit as written
  detail.unit_line = labelled(strings.get("indicators.unit"), scale.unit.empty() ? "\u2014" : scale.unit, language);
  detail.chart = chart_kind_for(indicator.points);
  switch (detail.chart) {
    case ChartKind::Line:
      detail.data = line_data(indicator, scale, strings, detail.unit_line);
      break;
    case ChartKind::Bar:
      detail.data = bar_data(indicator, scale, strings, detail.unit_line);
      break;
    case ChartKind::Progress:
      detail.progress = progress_data(indicator, strings);
      detail.chart_note = strings.get("indicators.progress");
      break;
    case ChartKind::None:
      break;
  }
  const bool any_projected = std::any_of(detail.data.items.begin(), detail.data.items.end(),
                                         [](const ChartItem& item) { return item.projected; });
  if (any_projected) detail.chart_note = strings.get("indicators.projected_note");
  detail.related_title = strings.get("indicators.related");
  for (const model::Indicator* other : related_indicators(indicators, indicator))
    detail.related.push_back(make_indicator_row(*other, strings));
  return detail;
}

}  // namespace kiosk::ui
