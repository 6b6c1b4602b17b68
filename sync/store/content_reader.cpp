// ContentReader: the UI's read-only connection. A call that runs several queries (indicators with
// their points, now_next, load_all) runs them in one read transaction, so it sees a single content
// version even while the writer commits the next one; WAL keeps that snapshot readable meanwhile.
// A call with one SELECT needs no transaction: a statement always reads one snapshot.
#include <sqlite3.h>

#include <system_error>

#include "store/content_store.hpp"
#include "store/queries.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace kiosk::store {

namespace {

// Runs `query(db)` in a read transaction and hands back its result.
template <class Query>
auto in_snapshot(sqlite3* db, Query query) -> decltype(query(db)) {
  auto tx = Transaction::begin(db, TransactionKind::Read);
  if (!tx) return tl::unexpected(tx.error());
  auto result = query(db);
  if (!result) return result;
  if (auto ok = tx->commit(); !ok) return tl::unexpected(ok.error());
  return result;
}

Result<model::Content> read_content(sqlite3* db) {
  model::Content c;
  auto version = queries::version(db);
  if (!version) return tl::unexpected(version.error());
  c.version = *version;
  auto created = queries::created(db);
  if (!created) return tl::unexpected(created.error());
  c.created = std::move(*created);
  // Each list in source order: load_all() must give back exactly the Content that was applied.
  auto categories = queries::categories(db, queries::Order::Source);
  if (!categories) return tl::unexpected(categories.error());
  c.categories = std::move(*categories);
  auto indicators = queries::indicators(db, {});
  if (!indicators) return tl::unexpected(indicators.error());
  c.indicators = std::move(*indicators);
  auto events = queries::all_events(db);
  if (!events) return tl::unexpected(events.error());
  c.events = std::move(*events);
  auto exhibitors = queries::exhibitors(db, {}, queries::Order::Source);
  if (!exhibitors) return tl::unexpected(exhibitors.error());
  c.exhibitors = std::move(*exhibitors);
  auto floor = queries::floor(db);
  if (!floor) return tl::unexpected(floor.error());
  c.floor = std::move(*floor);
  auto crafts = queries::crafts(db, {});
  if (!crafts) return tl::unexpected(crafts.error());
  c.crafts = std::move(*crafts);
  auto slides = queries::slides(db);
  if (!slides) return tl::unexpected(slides.error());
  c.slides = std::move(*slides);
  auto strings = queries::strings(db);
  if (!strings) return tl::unexpected(strings.error());
  c.strings = std::move(*strings);
  auto assets = queries::assets(db);
  if (!assets) return tl::unexpected(assets.error());
  c.assets = std::move(*assets);
  return c;
}

}  // namespace

Result<ContentReader> ContentReader::open(const std::filesystem::path& data_dir) {
  const auto file = database_path(data_dir);
  // Checked first so a mistyped --data-dir names the missing file instead of SQLite's "unable to open".
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return fail(ErrorCode::NotFound,
                file.string() + ": no content database (nothing applied to this data dir yet)");
  }
  auto db = open_connection(file, Access::Reader);
  if (!db) return tl::unexpected(db.error());
  if (auto ok = require_schema_version(db->get(), kSchemaVersion); !ok) return tl::unexpected(ok.error());
  auto data_version = query_int(db->get(), "PRAGMA data_version");
  if (!data_version) return tl::unexpected(data_version.error());
  return ContentReader(std::move(*db), *data_version);
}

Result<int64_t> ContentReader::version() { return queries::version(db_.get()); }

Result<bool> ContentReader::changed() {
  // data_version changes only when another connection commits, which is exactly "new content".
  auto current = query_int(db_.get(), "PRAGMA data_version");
  if (!current) return tl::unexpected(current.error());
  const bool differs = *current != data_version_;
  data_version_ = *current;
  return differs;
}

Result<std::vector<model::Category>> ContentReader::categories() {
  return queries::categories(db_.get(), queries::Order::Display);
}

Result<std::vector<model::Indicator>> ContentReader::indicators(const std::string& category) {
  return in_snapshot(db_.get(), [&](sqlite3* db) { return queries::indicators(db, category); });
}

Result<std::optional<model::Indicator>> ContentReader::indicator(const std::string& id) {
  return in_snapshot(db_.get(), [&](sqlite3* db) { return queries::indicator(db, id); });
}

Result<std::vector<model::Event>> ContentReader::events_between(int64_t from_utc, int64_t to_utc) {
  return queries::events_between(db_.get(), from_utc, to_utc);
}

Result<NowNext> ContentReader::now_next(int64_t now_utc, int limit) {
  return in_snapshot(db_.get(), [&](sqlite3* db) { return queries::now_next(db, now_utc, limit); });
}

Result<std::optional<model::Event>> ContentReader::event(const std::string& id) {
  return queries::event(db_.get(), id);
}

Result<std::vector<model::Exhibitor>> ContentReader::search_exhibitors(const std::string& query) {
  return queries::exhibitors(db_.get(), query, queries::Order::Display);
}

Result<model::Floor> ContentReader::floor() {
  return in_snapshot(db_.get(), [](sqlite3* db) { return queries::floor(db); });
}

Result<std::vector<model::Craft>> ContentReader::crafts(const std::string& prefecture) {
  return queries::crafts(db_.get(), prefecture);
}

Result<std::vector<model::Slide>> ContentReader::slides() { return queries::slides(db_.get()); }

Result<std::map<std::string, model::Text>> ContentReader::strings() { return queries::strings(db_.get()); }

Result<model::Content> ContentReader::load_all() { return in_snapshot(db_.get(), read_content); }

}  // namespace kiosk::store
