// ContentStore: the kiosk's SQLite database of content versions, and its read-only query API.
//
// One writer (the sync engine / kioskctl load) applies whole content versions in one transaction;
// readers (the UI) open their own read-only connection. The database lives at
// <data_dir>/content.db; asset files live beside it in the AssetStore (asset_store.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "model/content.hpp"

struct sqlite3;

namespace kiosk::store {

inline constexpr int kSchemaVersion = 1;  // PRAGMA user_version after all migrations

struct NowNext {                        // events relative to a clock
  std::vector<model::Event> now;        // running at that instant (start <= t < end)
  std::vector<model::Event> next;       // starting later, soonest first (at most `limit`)
};

// ---- Writer --------------------------------------------------------------------------------
class ContentWriter {
 public:
  static Result<ContentWriter> open(const std::filesystem::path& data_dir);  // creates dir + db, migrates
  Result<void> apply(const model::Content& content);  // replaces all content in one durable transaction
  Result<int64_t> version();                           // applied content version, 0 when none
  ContentWriter(ContentWriter&&) noexcept;
  ContentWriter& operator=(ContentWriter&&) noexcept;
  ~ContentWriter();

 private:
  explicit ContentWriter(sqlite3* db);
  sqlite3* db_ = nullptr;
};

// ---- Reader (the UI's connection; never writes) -------------------------------------------
class ContentReader {
 public:
  static Result<ContentReader> open(const std::filesystem::path& data_dir);  // read-only; db must exist
  Result<int64_t> version();                                    // current content version, 0 when none
  Result<bool> changed();                                       // true when another connection committed since the last call
  Result<std::vector<model::Category>> categories();            // by sort order
  Result<std::vector<model::Indicator>> indicators(const std::string& category = {});  // with points; all when empty
  Result<std::optional<model::Indicator>> indicator(const std::string& id);
  Result<std::vector<model::Event>> events_between(int64_t from_utc, int64_t to_utc);  // overlapping [from, to), by start
  Result<NowNext> now_next(int64_t now_utc, int limit = 5);
  Result<std::optional<model::Event>> event(const std::string& id);
  Result<std::vector<model::Exhibitor>> search_exhibitors(const std::string& query);  // ja+en, partial; all when empty
  Result<std::vector<model::Craft>> crafts(const std::string& prefecture = {});      // all when empty
  Result<std::vector<model::Slide>> slides();
  Result<std::map<std::string, model::Text>> strings();
  Result<model::Content> load_all();  // everything of the current version (for dump and for the UI's glyph set)
  ContentReader(ContentReader&&) noexcept;
  ContentReader& operator=(ContentReader&&) noexcept;
  ~ContentReader();

 private:
  explicit ContentReader(sqlite3* db);
  sqlite3* db_ = nullptr;
};

std::filesystem::path database_path(const std::filesystem::path& data_dir);  // <data_dir>/content.db

}  // namespace kiosk::store
