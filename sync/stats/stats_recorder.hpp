// StatsRecorder: proof of play between the UI thread and the disk. record() is what the UI side calls
// (through the firmware): it appends the event to a queue under a short lock and never touches the
// disk. A commit thread sums the queue per hour (HourlyTotals) and writes it to the StatsStore in one
// transaction every commit interval (60 s: at most one commit a minute, none while nobody plays
// anything) and at stop(). The sync thread asks for unsent hours and confirms them after the server
// took the PUT; confirmations are written with the next commit, not in a transaction of their own.
//
//   auto recorder = stats::StatsRecorder::open({.db_file = data_dir / stats::kStatsFileName, ...});
//   (*recorder)->start();  ...  (*recorder)->record(event);  ...  (*recorder)->stop();
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/result.hpp"
#include "stats/hourly_totals.hpp"
#include "stats/stats_store.hpp"

namespace kiosk::stats {

struct RecorderOptions {
  std::filesystem::path db_file;                      // <data_dir>/stats.sqlite
  int64_t max_hours = 2160;                           // hours kept on the kiosk (90 days)
  int utc_offset_minutes = 540;                       // local day for today's counts (Japan: +09:00)
  std::chrono::milliseconds commit_interval{60000};   // at most one commit per interval
  std::function<int64_t()> now_ms;                    // wall clock, Unix ms; default: the system clock
  std::function<void(const std::string&)> log;        // commit failures, dropped hours; default: none
};

struct Counts {  // plays of attract slides, visits of screens and items, touches
  int64_t plays = 0;
  int64_t visits = 0;
  int64_t touches = 0;
  bool operator==(const Counts&) const = default;
};

struct StatsSummary {     // what the heartbeat reports
  Counts last_hour;       // events that began in the last 60 minutes (in memory since start)
  int64_t unsent_hours = 0;    // hours the server has not confirmed yet
  int64_t dropped_hours = 0;   // unsent hours dropped by the size bound, ever
  std::string last_error;      // the last failed commit; "" = none
};

class StatsRecorder {
 public:
  static Result<std::unique_ptr<StatsRecorder>> open(RecorderOptions options);  // opens or creates the file
  ~StatsRecorder();  // stop()
  StatsRecorder(const StatsRecorder&) = delete;
  StatsRecorder& operator=(const StatsRecorder&) = delete;

  // ---- Any thread (the UI thread among them): memory only, never waits for the disk
  void record(PlayEvent event);
  Counts today() const;  // events of the current local day, committed or not

  // ---- Lifecycle
  void start();  // the commit thread
  void stop();   // commits what is queued, joins; safe to call twice
  Result<CommitReport> commit_now();  // drains the queue into one transaction (the thread and tests)

  // ---- The sync thread (heartbeat)
  Result<std::vector<UnsentHour>> unsent(std::size_t limit);  // oldest first; confirmed ones left out
  void confirm(int64_t hour_utc, int64_t revision);  // the server has that revision of the hour
  StatsSummary summary() const;
  int utc_offset_minutes() const { return options_.utc_offset_minutes; }

 private:
  StatsRecorder(RecorderOptions options, StatsStore store);
  void run(std::stop_token stop);
  Result<void> load_today();
  int64_t local_day(int64_t unix_ms) const;
  static void count(Counts& counts, PlayKind kind);

  RecorderOptions options_;

  mutable std::mutex queue_mutex_;  // short: the UI thread takes it in record()
  std::vector<PlayEvent> queue_;
  std::map<int64_t, Counts> by_day_;     // local day -> counts (today and, briefly, yesterday)
  std::map<int64_t, Counts> by_minute_;  // Unix minute -> counts, the last hour only
  std::string last_error_;
  int64_t dropped_total_ = 0;
  int64_t unsent_hours_ = 0;

  std::mutex store_mutex_;  // the commit and sync threads; never the UI thread
  StatsStore store_;
  HourlyTotals unwritten_;                // taken from the queue, not yet committed (a failed commit)
  std::map<int64_t, int64_t> confirmed_;  // hour -> revision the server took, written at the next commit

  std::mutex wake_mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;
};

}  // namespace kiosk::stats
