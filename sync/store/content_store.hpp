// ContentStore: the kiosk's SQLite database of content versions, and its read-only query API.
//
// One writer (the sync engine / kioskctl load) applies whole content versions in one transaction;
// readers (the UI) open their own read-only connection. The database lives at
// <data_dir>/content.db; asset files live beside it in the AssetStore (asset_store.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "model/content.hpp"
#include "store/connection.hpp"

namespace kiosk::store {

inline constexpr int kSchemaVersion = 2;  // PRAGMA user_version after all migrations

struct NowNext {                   // events relative to a clock
  std::vector<model::Event> now;   // running at that instant (start <= t < end)
  std::vector<model::Event> next;  // starting later, soonest first (at most `limit`)
};

// ---- Writer --------------------------------------------------------------------------------
class ContentWriter {
 public:
  // Creates the dir and db if needed and migrates; Unsupported for a db from a newer program.
  static Result<ContentWriter> open(const std::filesystem::path& data_dir);
  // Replaces all content in one durable transaction; on failure the previous version stays untouched.
  Result<void> apply(const model::Content& content);
  Result<int64_t> version();  // applied content version, 0 when none

 private:
  explicit ContentWriter(Connection db) : db_(std::move(db)) {}
  Connection db_;
};

// ---- Reader (the UI's connection; never writes) -------------------------------------------
// Calls that run several queries (indicators with points, now_next, load_all) read one snapshot,
// so they never mix two versions even while the writer commits.
class ContentReader {
 public:
  static Result<ContentReader> open(const std::filesystem::path& data_dir);  // read-only; NotFound if no db
  Result<int64_t> version();  // current content version, 0 when none
  Result<bool> changed();     // true once per commit by another connection since the last call (data_version)

  // ---- Queries; lists keep the order staff wrote unless said otherwise
  Result<std::vector<model::Category>> categories();  // by sort, then written order
  // With their points in chart order; all categories when empty.
  Result<std::vector<model::Indicator>> indicators(const std::string& category = {});
  Result<std::optional<model::Indicator>> indicator(const std::string& id);  // nullopt when unknown
  // Events overlapping [from, to) (one starting inside always does, even zero-length), by start.
  Result<std::vector<model::Event>> events_between(int64_t from_utc, int64_t to_utc);
  Result<NowNext> now_next(int64_t now_utc, int limit = 5);
  Result<std::optional<model::Event>> event(const std::string& id);  // nullopt when unknown
  // Substring match on name, description (ja/en), booth, category; English case-insensitive; every
  // space-separated word must match; all when empty. Sorted by booth, numbers by value (A-2 < A-10).
  Result<std::vector<model::Exhibitor>> search_exhibitors(const std::string& query);
  Result<model::Floor> floor();  // the booth map with its areas; width 0 when the content has none
  Result<std::vector<model::Craft>> crafts(const std::string& prefecture = {});  // all when empty
  Result<std::vector<model::Slide>> slides();                                    // loop order
  Result<std::map<std::string, model::Text>> strings();
  Result<model::Content> load_all();  // the whole current version incl. assets (dump, the UI's glyph set)

 private:
  ContentReader(Connection db, int64_t data_version) : db_(std::move(db)), data_version_(data_version) {}
  Connection db_;
  int64_t data_version_ = 0;  // PRAGMA data_version at the last changed() (or open)
};

std::filesystem::path database_path(const std::filesystem::path& data_dir);  // <data_dir>/content.db

}  // namespace kiosk::store
