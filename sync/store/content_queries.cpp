// Reader queries over the small tables: version, categories, crafts, slides, strings, assets.
#include <string>

#include "store/queries.hpp"
#include "store/rows.hpp"
#include "store/statement.hpp"

namespace kiosk::store::queries {

Result<int64_t> version(sqlite3* db) {
  return query_int(db, "SELECT version FROM content_version WHERE id = 1");
}

Result<std::string> created(sqlite3* db) {
  return query_text(db, "SELECT created FROM content_version WHERE id = 1");
}

Result<std::vector<model::Category>> categories(sqlite3* db, Order order) {
  // Equal `sort` values keep the order staff wrote them in, so the tab order never flickers.
  const std::string sql = std::string(rows::kSelectCategory) +
                          (order == Order::Display ? " ORDER BY sort, ordinal" : " ORDER BY ordinal");
  return select_rows(db, sql, no_parameters, rows::category);
}

Result<std::vector<model::Craft>> crafts(sqlite3* db, const std::string& prefecture) {
  const std::string sql =
      std::string(rows::kSelectCraft) + " WHERE ?1 = '' OR prefecture = ?1 ORDER BY ordinal";
  return select_rows(
      db, sql, [&](Statement& s) { s.bind_text(1, prefecture); }, rows::craft);
}

Result<std::vector<model::Slide>> slides(sqlite3* db) {
  return select_rows(db, std::string(rows::kSelectSlide) + " ORDER BY ordinal", no_parameters, rows::slide);
}

Result<std::map<std::string, model::Text>> strings(sqlite3* db) {
  auto pairs = select_rows(db, rows::kSelectString, no_parameters, [](const Statement& row) {
    return std::pair(row.text(0), rows::string_text(row));
  });
  if (!pairs) return tl::unexpected(pairs.error());
  return std::map<std::string, model::Text>(pairs->begin(), pairs->end());
}

Result<model::Floor> floor(sqlite3* db) {
  auto floors = select_rows(db, rows::kSelectFloor, no_parameters, rows::floor);
  if (!floors) return tl::unexpected(floors.error());
  if (floors->empty()) return model::Floor{};
  auto areas = select_rows(db, std::string(rows::kSelectFloorArea) + " ORDER BY ordinal", no_parameters,
                           rows::floor_area);
  if (!areas) return tl::unexpected(areas.error());
  model::Floor floor = std::move(floors->front());
  floor.areas = std::move(*areas);
  return floor;
}

Result<std::vector<model::Asset>> assets(sqlite3* db) {
  return select_rows(db, std::string(rows::kSelectAsset) + " ORDER BY ordinal", no_parameters, rows::asset);
}

}  // namespace kiosk::store::queries
