// categories.csv, indicators.csv and indicator_points.csv.
#include <limits>
#include <map>
#include <set>

#include "bundle/dates.hpp"
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

const std::vector<std::string_view> kRegions = {"tohoku", "national", "aomori",   "iwate",
                                                "miyagi", "akita",    "yamagata", "fukushima"};

model::PointKind point_kind(const std::string& kind) {
  if (kind == "target") return model::PointKind::Target;
  if (kind == "forecast") return model::PointKind::Forecast;
  return model::PointKind::Actual;
}

std::string category_list(const model::Content& content) {
  std::vector<std::string_view> ids;
  for (const model::Category& c : content.categories) ids.push_back(c.id);
  return ids.empty() ? "categories.csv has none" : "categories.csv has: " + join(ids);
}

int sort_order(const SourceRow& row) {
  const auto sort = row.integer("sort");
  if (sort && (*sort < std::numeric_limits<int>::min() || *sort > std::numeric_limits<int>::max())) {
    row.report("sort", in_quotes(row.text("sort")) + " is too large for a display order");
    return 0;
  }
  return static_cast<int>(sort.value_or(0));
}

void read_points(const SourceTable& table, std::map<std::string, model::Indicator*, std::less<>>& by_id) {
  for (const SourceRow& row : table.rows()) {
    const std::string indicator = row.id("indicator");
    model::Point point;
    point.period = row.required("period");
    if (!point.period.empty() && !is_period(point.period)) {
      row.report("period",
                 in_quotes(point.period) + " is not a period (YYYY, YYYY-MM, YYYY-MM-DD or FYYYYY)");
    }
    point.value = row.decimal("value").value_or(0);
    point.kind = point_kind(row.one_of("kind", {"actual", "target", "forecast"}));
    point.region = row.one_of("region", kRegions);
    point.label = row.both_or_neither("label");
    const auto owner = by_id.find(indicator);
    if (owner != by_id.end()) {
      owner->second->points.push_back(std::move(point));
    } else if (!indicator.empty()) {
      row.report("indicator", in_quotes(indicator) + " is not an id in indicators.csv");
    }
  }
}

}  // namespace

std::vector<ColumnSpec> category_columns() { return {{"id"}, {"name_ja"}, {"name_en"}, {"sort"}}; }

std::vector<ColumnSpec> indicator_columns() {
  return {{"id"}, {"category"}, {"name_ja"}, {"name_en"}, {"unit"}, {"source_doc"}, {"source_quote"}};
}

std::vector<ColumnSpec> point_columns() {
  return {{"indicator"}, {"period"}, {"value"}, {"kind"}, {"region"}, {"label_ja", true}, {"label_en", true}};
}

void read_categories(const SourceTable& table, model::Content& content) {
  UniqueIds ids;
  for (const SourceRow& row : table.rows()) {
    model::Category category{row.id("id"), row.both_languages("name"), sort_order(row)};
    if (ids.claim(row, "id", category.id)) content.categories.push_back(std::move(category));
  }
}

void read_indicators(const SourceTable& indicators, const SourceTable& points, model::Content& content) {
  std::set<std::string, std::less<>> categories;
  for (const model::Category& c : content.categories) categories.insert(c.id);
  UniqueIds ids;
  std::vector<SourceRow> rows;  // kept to point at an indicator that ends up without points
  for (const SourceRow& row : indicators.rows()) {
    model::Indicator indicator;
    indicator.id = row.id("id");
    indicator.category = row.required("category");
    if (!indicator.category.empty() && !categories.contains(indicator.category)) {
      row.report("category",
                 "unknown category " + in_quotes(indicator.category) + " (" + category_list(content) + ")");
    }
    indicator.name = row.both_languages("name");
    indicator.unit = row.text("unit");
    indicator.source = row.source();
    if (!ids.claim(row, "id", indicator.id)) continue;
    content.indicators.push_back(std::move(indicator));
    rows.push_back(row);
  }
  std::map<std::string, model::Indicator*, std::less<>> by_id;
  for (model::Indicator& i : content.indicators) by_id.emplace(i.id, &i);
  read_points(points, by_id);
  if (!points.has_header()) return;  // already reported as missing; one message is enough
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (content.indicators[i].points.empty()) {
      rows[i].report("id", "indicator " + in_quotes(content.indicators[i].id) +
                               " has no rows in indicator_points.csv; at least one point is required");
    }
  }
}

}  // namespace kiosk::bundle
