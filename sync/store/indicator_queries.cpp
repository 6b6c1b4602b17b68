// Reader queries for indicators and their points.
#include <string>
#include <unordered_map>

#include "store/queries.hpp"
#include "store/rows.hpp"
#include "store/statement.hpp"

namespace kiosk::store::queries {

namespace {

// Indicators matching `where` (on alias i, parameter ?1 = `value`), each with its points in chart
// order. Two queries rather than one per indicator; the caller holds a read transaction so both see
// the same version.
Result<std::vector<model::Indicator>> select_with_points(sqlite3* db, const std::string& where,
                                                         const std::string& value) {
  const auto bind_value = [&](Statement& s) { s.bind_text(1, value); };
  auto list = select_rows(db, std::string(rows::kSelectIndicator) + " WHERE " + where + " ORDER BY i.ordinal",
                          bind_value, rows::indicator);
  if (!list) return list;
  std::unordered_map<std::string, model::Indicator*> by_id;
  for (model::Indicator& indicator : *list) by_id[indicator.id] = &indicator;

  auto points = Statement::prepare(
      db, std::string(rows::kSelectPoint) + " WHERE " + where + " ORDER BY i.ordinal, p.ordinal");
  if (!points) return tl::unexpected(points.error());
  bind_value(*points);
  Result<bool> row;
  while ((row = points->step()) && *row) {
    if (auto it = by_id.find(points->text(0)); it != by_id.end())
      it->second->points.push_back(rows::point(*points));
  }
  if (!row) return tl::unexpected(row.error());
  return list;
}

}  // namespace

Result<std::vector<model::Indicator>> indicators(sqlite3* db, const std::string& category) {
  return select_with_points(db, "(?1 = '' OR i.category = ?1)", category);
}

Result<std::optional<model::Indicator>> indicator(sqlite3* db, const std::string& id) {
  auto list = select_with_points(db, "i.id = ?1", id);
  if (!list) return tl::unexpected(list.error());
  if (list->empty()) return std::optional<model::Indicator>();
  return std::optional<model::Indicator>(std::move(list->front()));
}

}  // namespace kiosk::store::queries
