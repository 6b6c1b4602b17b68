// StatsStore: the proof-of-play table, in a SQLite file of its own (<data_dir>/stats.sqlite) so that
// content updates (their transactions, migrations and garbage collection in content.db) can never
// touch it. One row per hour, kind, screen, item and language; every hour carries a revision that
// each commit touching it raises, and the revision the server last confirmed, so an hour is "unsent"
// until a PUT of its latest figures succeeded. The number of hours kept is bounded: past the bound
// the oldest hours go first, and the unsent ones among them are counted as dropped.
//
// Not thread-safe: one owner (StatsRecorder) serialises access.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "common/result.hpp"
#include "stats/play_event.hpp"
#include "store/connection.hpp"

namespace kiosk::stats {

inline constexpr const char* kStatsFileName = "stats.sqlite";
inline constexpr int kStatsSchemaVersion = 1;

struct HourRevision {  // "the server holds hour H as of revision R"
  int64_t hour_utc = 0;
  int64_t revision = 0;
};

struct UnsentHour {  // an hour whose latest figures the server has not confirmed
  int64_t hour_utc = 0;
  int64_t revision = 0;
  std::vector<HourRow> rows;
};

struct CommitReport {
  int64_t hours_touched = 0;  // hours whose figures changed
  int64_t dropped_unsent = 0;  // unsent hours dropped by the bound in this commit (their figures are lost)
  int64_t pruned_sent = 0;    // hours already on the server, dropped by the bound
};

class StatsStore {
 public:
  static Result<StatsStore> open(const std::filesystem::path& file);  // creates and migrates it
  // Adds `rows` to the totals and records `confirmed` uploads, in one transaction, then drops the
  // oldest hours while more than `max_hours` are kept (the hour being written is never dropped first:
  // it is the newest).
  Result<CommitReport> commit(const std::vector<HourRow>& rows, const std::vector<HourRevision>& confirmed,
                              int64_t max_hours);
  Result<std::vector<UnsentHour>> unsent(std::size_t limit);  // oldest first, at most `limit` hours
  Result<std::vector<HourRow>> rows_between(int64_t from_utc, int64_t to_utc);  // from <= hour < to
  Result<int64_t> unsent_count();
  Result<int64_t> hour_count();
  Result<int64_t> dropped_total();  // unsent hours dropped by the bound since the file was created
  const std::filesystem::path& file() const { return file_; }

 private:
  StatsStore(store::Connection db, std::filesystem::path file) : db_(std::move(db)), file_(std::move(file)) {}
  Result<CommitReport> enforce_bound(int64_t max_hours);
  store::Connection db_;
  std::filesystem::path file_;
};

}  // namespace kiosk::stats
