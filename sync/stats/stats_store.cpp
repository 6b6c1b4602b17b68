// Durability: the content database commits with synchronous=FULL because losing its last commit can
// point at deleted assets. Losing the last minute of play counts in a power cut harms nobody, so this
// file runs WAL with synchronous=NORMAL: a commit appends to the WAL without an fsync, and the WAL is
// synced at checkpoints. That keeps an SD card's write amplification to one WAL append per minute.
#include "stats/stats_store.hpp"

#include <set>

#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace kiosk::stats {
namespace {

using store::Statement;

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE stats_hours (
  hour_utc INTEGER PRIMARY KEY,                 -- start of the UTC hour, Unix seconds
  revision INTEGER NOT NULL,                    -- raised by every commit that changes the hour
  uploaded_revision INTEGER NOT NULL DEFAULT 0  -- the revision the server confirmed; 0 = never sent
);
CREATE TABLE stats_rows (
  hour_utc INTEGER NOT NULL REFERENCES stats_hours(hour_utc) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('slide', 'visit', 'touch')),
  screen TEXT NOT NULL,
  item TEXT NOT NULL,
  language TEXT NOT NULL,
  count INTEGER NOT NULL,
  dwell_ms INTEGER NOT NULL,
  PRIMARY KEY (hour_utc, kind, screen, item, language)
) WITHOUT ROWID;
CREATE TABLE stats_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO stats_counters VALUES ('dropped_unsent_hours', 0);
)sql";

Result<void> migrate(sqlite3* db, const std::filesystem::path& file) {
  auto version = store::query_int(db, "PRAGMA user_version");
  if (!version) return tl::unexpected(version.error());
  if (*version == kStatsSchemaVersion) return {};
  if (*version > kStatsSchemaVersion)
    return fail(ErrorCode::Unsupported, file.string() + ": statistics schema version " + std::to_string(*version) +
                                            " is newer than this program's (" +
                                            std::to_string(kStatsSchemaVersion) + ")");
  auto tx = store::Transaction::begin(db, store::TransactionKind::Write);
  if (!tx) return tl::unexpected(tx.error());
  if (auto made = store::exec(db, kSchemaV1); !made) return made;
  if (auto set = store::exec(db, "PRAGMA user_version = 1"); !set) return set;
  return tx->commit();
}

HourRow decode_row(const Statement& s) {
  return {s.integer(0), parse_kind(s.text(1)).value_or(PlayKind::Visit), s.text(2), s.text(3), s.text(4),
          s.integer(5), s.integer(6)};
}

constexpr const char* kRowColumns = "hour_utc, kind, screen, item, language, count, dwell_ms";

}  // namespace

Result<StatsStore> StatsStore::open(const std::filesystem::path& file) {
  auto db = store::open_connection(file, store::Access::Writer);
  if (!db) return tl::unexpected(db.error());
  if (auto normal = store::exec(db->get(), "PRAGMA synchronous=NORMAL"); !normal) return tl::unexpected(normal.error());
  if (auto migrated = migrate(db->get(), file); !migrated) return tl::unexpected(migrated.error());
  return StatsStore(std::move(*db), file);
}

Result<CommitReport> StatsStore::commit(const std::vector<HourRow>& rows, const std::vector<HourRevision>& confirmed,
                                        int64_t max_hours) {
  auto tx = store::Transaction::begin(db_.get(), store::TransactionKind::Write);
  if (!tx) return tl::unexpected(tx.error());
  std::set<int64_t> hours;
  for (const HourRow& row : rows) hours.insert(row.hour_utc);
  auto touch = Statement::prepare(db_.get(),
                                  "INSERT INTO stats_hours (hour_utc, revision) VALUES (?1, 1) "
                                  "ON CONFLICT (hour_utc) DO UPDATE SET revision = revision + 1");
  if (!touch) return tl::unexpected(touch.error());
  for (int64_t hour : hours)
    if (auto ok = touch->bind_int(1, hour).run(); !ok) return tl::unexpected(ok.error());
  auto add = Statement::prepare(db_.get(),
                                "INSERT INTO stats_rows VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                "ON CONFLICT DO UPDATE SET count = count + excluded.count, "
                                "dwell_ms = dwell_ms + excluded.dwell_ms");
  if (!add) return tl::unexpected(add.error());
  for (const HourRow& r : rows) {
    add->bind_int(1, r.hour_utc).bind_text(2, kind_name(r.kind)).bind_text(3, r.screen).bind_text(4, r.item);
    add->bind_text(5, r.language).bind_int(6, r.count).bind_int(7, r.dwell_ms);
    if (auto ok = add->run(); !ok)
      return tl::unexpected(store::with_context(ok.error(), "adding statistics for " + r.screen + " " + r.item));
  }
  auto confirm = Statement::prepare(
      db_.get(), "UPDATE stats_hours SET uploaded_revision = max(uploaded_revision, ?2) WHERE hour_utc = ?1");
  if (!confirm) return tl::unexpected(confirm.error());
  for (const HourRevision& c : confirmed)
    if (auto ok = confirm->bind_int(1, c.hour_utc).bind_int(2, c.revision).run(); !ok) return tl::unexpected(ok.error());
  auto report = enforce_bound(max_hours);
  if (!report) return report;
  report->hours_touched = static_cast<int64_t>(hours.size());
  if (auto done = tx->commit(); !done) return tl::unexpected(done.error());
  return report;
}

Result<CommitReport> StatsStore::enforce_bound(int64_t max_hours) {
  CommitReport report;
  auto kept = hour_count();
  if (!kept) return tl::unexpected(kept.error());
  if (*kept <= max_hours) return report;
  const int64_t excess = *kept - max_hours;
  auto oldest = store::select_rows(
      db_.get(), "SELECT revision > uploaded_revision FROM stats_hours ORDER BY hour_utc LIMIT ?1",
      [excess](Statement& s) { s.bind_int(1, excess); }, [](const Statement& s) { return s.integer(0) != 0; });
  if (!oldest) return tl::unexpected(oldest.error());
  for (bool unsent : *oldest) (unsent ? report.dropped_unsent : report.pruned_sent) += 1;
  auto drop = Statement::prepare(db_.get(),
                                 "DELETE FROM stats_hours WHERE hour_utc IN "
                                 "(SELECT hour_utc FROM stats_hours ORDER BY hour_utc LIMIT ?1)");
  if (!drop) return tl::unexpected(drop.error());
  if (auto ok = drop->bind_int(1, excess).run(); !ok) return tl::unexpected(ok.error());
  auto count = Statement::prepare(
      db_.get(), "UPDATE stats_counters SET value = value + ?1 WHERE name = 'dropped_unsent_hours'");
  if (!count) return tl::unexpected(count.error());
  if (auto ok = count->bind_int(1, report.dropped_unsent).run(); !ok) return tl::unexpected(ok.error());
  return report;
}

Result<std::vector<UnsentHour>> StatsStore::unsent(std::size_t limit) {
  auto hours = store::select_rows(
      db_.get(),
      "SELECT hour_utc, revision FROM stats_hours WHERE revision > uploaded_revision ORDER BY hour_utc LIMIT ?1",
      [limit](Statement& s) { s.bind_int(1, static_cast<int64_t>(limit)); },
      [](const Statement& s) { return UnsentHour{s.integer(0), s.integer(1), {}}; });
  if (!hours) return hours;
  for (UnsentHour& hour : *hours) {
    auto rows = rows_between(hour.hour_utc, hour.hour_utc + 1);
    if (!rows) return tl::unexpected(rows.error());
    hour.rows = std::move(*rows);
  }
  return hours;
}

Result<std::vector<HourRow>> StatsStore::rows_between(int64_t from_utc, int64_t to_utc) {
  return store::select_rows(
      db_.get(),
      std::string("SELECT ") + kRowColumns +
          " FROM stats_rows WHERE hour_utc >= ?1 AND hour_utc < ?2 ORDER BY hour_utc, kind, screen, item, language",
      [&](Statement& s) { s.bind_int(1, from_utc).bind_int(2, to_utc); }, decode_row);
}

Result<int64_t> StatsStore::unsent_count() {
  return store::query_int(db_.get(), "SELECT count(*) FROM stats_hours WHERE revision > uploaded_revision");
}

Result<int64_t> StatsStore::hour_count() { return store::query_int(db_.get(), "SELECT count(*) FROM stats_hours"); }

Result<int64_t> StatsStore::dropped_total() {
  return store::query_int(db_.get(), "SELECT value FROM stats_counters WHERE name = 'dropped_unsent_hours'");
}

}  // namespace kiosk::stats
