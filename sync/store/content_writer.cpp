// ContentWriter: the only code that writes content rows. A content version is switched in one
// IMMEDIATE transaction (delete everything, insert the new version, commit) so a reader sees either
// the old version or the new one, never a mix, and a failure anywhere leaves the old one in place.
#include <sqlite3.h>

#include <string>
#include <system_error>

#include "store/content_store.hpp"
#include "store/rows.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace kiosk::store {

namespace {

// Children before parents: points cascade from indicators, and indicators refer to categories.
// Deleting exhibitors fires the trigger that removes them from exhibitors_fts.
constexpr const char* kDeleteAll =
    "DELETE FROM points; DELETE FROM indicators; DELETE FROM categories; DELETE FROM events;"
    "DELETE FROM exhibitors; DELETE FROM crafts; DELETE FROM slides; DELETE FROM strings;"
    "DELETE FROM assets; DELETE FROM content_version; DELETE FROM floor; DELETE FROM floor_areas;";

// The row's name for error messages: its id, or an asset's path.
template <class T>
std::string row_name(const T& item) {
  if constexpr (requires { item.id; }) {
    return item.id;
  } else {
    return item.path;
  }
}

// Inserts every element of `items` with one statement prepared once and reused for each row.
template <class T>
Result<void> insert_all(sqlite3* db, const char* sql, const std::vector<T>& items, const char* table) {
  auto insert = Statement::prepare(db, sql);
  if (!insert) return tl::unexpected(insert.error());
  for (size_t i = 0; i < items.size(); ++i) {
    rows::bind(*insert, static_cast<int64_t>(i), items[i]);
    if (auto ok = insert->run(); !ok) {
      return tl::unexpected(with_context(
          ok.error(),
          std::string("inserting ") + table + "[" + std::to_string(i) + "] '" + row_name(items[i]) + "'"));
    }
  }
  return {};
}

Result<void> insert_points(sqlite3* db, const std::vector<model::Indicator>& indicators) {
  auto insert = Statement::prepare(db, rows::kInsertPoint);
  if (!insert) return tl::unexpected(insert.error());
  for (const model::Indicator& indicator : indicators) {
    for (size_t i = 0; i < indicator.points.size(); ++i) {
      rows::bind(*insert, indicator.id, static_cast<int64_t>(i), indicator.points[i]);
      if (auto ok = insert->run(); !ok) {
        return tl::unexpected(with_context(
            ok.error(), "inserting point [" + std::to_string(i) + "] of indicator '" + indicator.id + "'"));
      }
    }
  }
  return {};
}

Result<void> insert_strings(sqlite3* db, const std::map<std::string, model::Text>& strings) {
  auto insert = Statement::prepare(db, rows::kInsertString);
  if (!insert) return tl::unexpected(insert.error());
  for (const auto& [key, text] : strings) {
    rows::bind(*insert, key, text);
    if (auto ok = insert->run(); !ok)
      return tl::unexpected(with_context(ok.error(), "inserting string '" + key + "'"));
  }
  return {};
}

Result<void> insert_floor(sqlite3* db, const model::Floor& floor) {
  if (floor.width <= 0) return {};  // no floor plan: no row
  auto insert = Statement::prepare(db, rows::kInsertFloor);
  if (!insert) return tl::unexpected(insert.error());
  rows::bind(*insert, floor);
  if (auto ok = insert->run(); !ok) return tl::unexpected(with_context(ok.error(), "inserting the floor"));
  return insert_all(db, rows::kInsertFloorArea, floor.areas, "floor_areas");
}

Result<void> insert_version(sqlite3* db, const model::Content& content) {
  auto insert = Statement::prepare(db, rows::kInsertVersion);
  if (!insert) return tl::unexpected(insert.error());
  insert->bind_int(1, content.version).bind_text(2, content.created);
  return insert->run();
}

Result<void> insert_content(sqlite3* db, const model::Content& c) {
  Result<void> ok;
  if (ok = insert_version(db, c); ok) ok = insert_all(db, rows::kInsertCategory, c.categories, "categories");
  if (ok) ok = insert_all(db, rows::kInsertIndicator, c.indicators, "indicators");
  if (ok) ok = insert_points(db, c.indicators);
  if (ok) ok = insert_all(db, rows::kInsertEvent, c.events, "events");
  if (ok) ok = insert_all(db, rows::kInsertExhibitor, c.exhibitors, "exhibitors");
  if (ok) ok = insert_floor(db, c.floor);
  if (ok) ok = insert_all(db, rows::kInsertCraft, c.crafts, "crafts");
  if (ok) ok = insert_all(db, rows::kInsertSlide, c.slides, "slides");
  if (ok) ok = insert_strings(db, c.strings);
  if (ok) ok = insert_all(db, rows::kInsertAsset, c.assets, "assets");
  return ok;
}

}  // namespace

std::filesystem::path database_path(const std::filesystem::path& data_dir) { return data_dir / "content.db"; }

Result<ContentWriter> ContentWriter::open(const std::filesystem::path& data_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return fail(ErrorCode::Io, data_dir.string() + ": cannot create data dir: " + ec.message());
  auto db = open_connection(database_path(data_dir), Access::Writer);
  if (!db) return tl::unexpected(db.error());
  if (auto ok = migrate(db->get(), migrations()); !ok) return tl::unexpected(ok.error());
  return ContentWriter(std::move(*db));
}

Result<void> ContentWriter::apply(const model::Content& content) {
  const std::string context = "applying content version " + std::to_string(content.version);
  auto tx = Transaction::begin(db_.get(), TransactionKind::Write);
  if (!tx) return tl::unexpected(with_context(tx.error(), context));
  if (auto ok = exec(db_.get(), kDeleteAll); !ok) return tl::unexpected(with_context(ok.error(), context));
  if (auto ok = insert_content(db_.get(), content); !ok)
    return tl::unexpected(with_context(ok.error(), context));
  // With synchronous=FULL (connection.cpp) this returns only once the WAL is on disk, so the caller
  // may garbage-collect the previous version's assets right after.
  if (auto ok = tx->commit(); !ok) return tl::unexpected(with_context(ok.error(), context));
  return {};
}

Result<int64_t> ContentWriter::version() {
  return query_int(db_.get(), "SELECT version FROM content_version WHERE id = 1");
}

}  // namespace kiosk::store
