// The reader's queries as free functions on a connection, one file per subject (indicator_queries,
// event_queries, exhibitor_search, content_queries). ContentReader wraps them; load_all() runs several
// inside one read transaction so the whole Content comes from one snapshot.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "model/content.hpp"
#include "store/content_store.hpp"

struct sqlite3;

namespace kiosk::store::queries {

enum class Order {
  Source,   // as in the bundle (ordinal): what load_all() returns, so a round trip compares equal
  Display,  // as screens list them: categories by `sort`, exhibitors by booth
};

// ---- content_queries.cpp
Result<int64_t> version(sqlite3* db);      // 0 when no content was applied yet
Result<std::string> created(sqlite3* db);  // "" when none
Result<std::vector<model::Category>> categories(sqlite3* db, Order order);
Result<std::vector<model::Craft>> crafts(sqlite3* db, const std::string& prefecture);  // all when empty
Result<std::vector<model::Slide>> slides(sqlite3* db);
Result<std::map<std::string, model::Text>> strings(sqlite3* db);
Result<std::vector<model::Asset>> assets(sqlite3* db);
Result<model::Floor> floor(sqlite3* db);  // with its areas in source order; width 0 when none

// ---- indicator_queries.cpp
Result<std::vector<model::Indicator>> indicators(sqlite3* db, const std::string& category);  // all when empty
Result<std::optional<model::Indicator>> indicator(sqlite3* db, const std::string& id);

// ---- event_queries.cpp
Result<std::vector<model::Event>> all_events(sqlite3* db);  // source order
Result<std::vector<model::Event>> events_between(sqlite3* db, int64_t from_utc, int64_t to_utc);
Result<NowNext> now_next(sqlite3* db, int64_t now_utc, int limit);
Result<std::optional<model::Event>> event(sqlite3* db, const std::string& id);

// ---- exhibitor_search.cpp
Result<std::vector<model::Exhibitor>> exhibitors(sqlite3* db, const std::string& query, Order order);

}  // namespace kiosk::store::queries
