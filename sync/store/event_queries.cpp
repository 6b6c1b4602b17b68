// Reader queries for the event schedule. Times are Unix seconds; an event occupies
// [start_utc, end_utc): it has begun at its first second and is over at end_utc.
#include <string>

#include "store/queries.hpp"
#include "store/rows.hpp"
#include "store/statement.hpp"

namespace kiosk::store::queries {

namespace {

std::string select_events(const char* tail) { return std::string(rows::kSelectEvent) + " " + tail; }

}  // namespace

Result<std::vector<model::Event>> all_events(sqlite3* db) {
  return select_rows(db, select_events("ORDER BY ordinal"), no_parameters, rows::event);
}

Result<std::vector<model::Event>> events_between(sqlite3* db, int64_t from_utc, int64_t to_utc) {
  // An event starting inside the window always overlaps it (even a zero-length milestone); one
  // that started earlier overlaps while it has not ended by `from`.
  return select_rows(
      db,
      select_events("WHERE start_utc < ?2 AND (start_utc >= ?1 OR end_utc > ?1) "
                    "ORDER BY start_utc, ordinal"),
      [&](Statement& s) { s.bind_int(1, from_utc).bind_int(2, to_utc); }, rows::event);
}

Result<NowNext> now_next(sqlite3* db, int64_t now_utc, int limit) {
  auto now = select_rows(
      db, select_events("WHERE start_utc <= ?1 AND ?1 < end_utc ORDER BY start_utc, ordinal"),
      [&](Statement& s) { s.bind_int(1, now_utc); }, rows::event);
  if (!now) return tl::unexpected(now.error());
  auto next = select_rows(
      db, select_events("WHERE start_utc > ?1 ORDER BY start_utc, ordinal LIMIT max(?2, 0)"),
      [&](Statement& s) { s.bind_int(1, now_utc).bind_int(2, limit); }, rows::event);
  if (!next) return tl::unexpected(next.error());
  return NowNext{std::move(*now), std::move(*next)};
}

Result<std::optional<model::Event>> event(sqlite3* db, const std::string& id) {
  auto list = select_rows(
      db, select_events("WHERE id = ?1"), [&](Statement& s) { s.bind_text(1, id); }, rows::event);
  if (!list) return tl::unexpected(list.error());
  if (list->empty()) return std::optional<model::Event>();
  return std::optional<model::Event>(std::move(list->front()));
}

}  // namespace kiosk::store::queries
