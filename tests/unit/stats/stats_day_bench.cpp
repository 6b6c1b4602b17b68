// Benchmark (label bench, prints figures, never fails on time): what a busy kiosk writes to its SD
// card for statistics in a day. A simulated 24-hour day on an injected clock: every minute the attract
// loop plays 7 slides and visitors open 3 screens with 8 touches; the recorder commits once a minute
// (its real interval) and the server confirms each hour once it is over. Counted: commits, and the
// bytes SQLite hands to write() (wchar in /proc/self/io), so the figure includes WAL frames and
// checkpoints.
#include <cstdio>
#include <fstream>
#include <string>

#include "stats/stats_recorder.hpp"
#include "store_fixtures.hpp"

namespace {

long long written_bytes() {
  std::ifstream io("/proc/self/io");
  std::string key;
  long long value = 0;
  while (io >> key >> value)
    if (key == "wchar:") return value;
  return -1;
}

}  // namespace

int main() {
  using namespace kiosk::stats;
  kiosk::store::test::TempDir dir;
  int64_t now = 1797382800000;  // 2026-12-16T01:00:00Z
  RecorderOptions options;
  options.db_file = dir.path() / kStatsFileName;
  options.now_ms = [&now] { return now; };
  auto recorder = StatsRecorder::open(options);
  if (!recorder) {
    std::fprintf(stderr, "stats_day_bench: %s\n", recorder.error().message.c_str());
    return 1;
  }
  const char* slides[] = {"s01-population", "s02-fit-capacity", "s03-events", "s04-craft-nanbu", "s05-kpi"};
  const char* screens[] = {"indicators", "events", "crafts", "exhibitors"};
  const long long before = written_bytes();
  int commits = 0;
  for (int minute = 0; minute < 24 * 60; ++minute) {
    for (int i = 0; i < 7; ++i)
      (*recorder)->record({PlayKind::Slide, "attract", slides[(minute * 7 + i) % 5], "ja", now + i * 8000, 8000});
    for (int i = 0; i < 3; ++i)
      (*recorder)->record({PlayKind::Visit, screens[(minute + i) % 4], "", i % 2 ? "en" : "ja", now + i * 9000, 9000});
    for (int i = 0; i < 8; ++i) (*recorder)->record({PlayKind::Touch, screens[minute % 4], "", "ja", now + i * 7000, 0});
    now += 60'000;
    if (minute % 60 == 5)  // the heartbeat after the hour: the server took the hour that ended
      if (auto unsent = (*recorder)->unsent(24))
        for (const UnsentHour& hour : *unsent)
          if (hour.hour_utc * 1000 + 3'600'000 <= now) (*recorder)->confirm(hour.hour_utc, hour.revision);
    auto report = (*recorder)->commit_now();
    if (!report) {
      std::fprintf(stderr, "stats_day_bench: %s\n", report.error().message.c_str());
      return 1;
    }
    ++commits;
  }
  (*recorder)->stop();
  const long long bytes = written_bytes() - before;
  std::printf("[bench] busy kiosk, 24 h: %d commits (1 a minute), %.1f MiB handed to write() (%.1f KiB a commit)\n",
              commits, static_cast<double>(bytes) / 1048576.0, static_cast<double>(bytes) / 1024.0 / commits);
  std::printf("[bench] open 10:00-18:00 only (screen black, nothing recorded otherwise): %d commits a day\n", 8 * 60);
  return 0;
}
