// Proof of play end to end: a replayed visitor session in the real kiosk (offscreen) leaves exactly
// the expected rows in <data_dir>/stats.sqlite, committed when the kiosk quits: the attract slide it
// interrupted, each screen opened, each press, in the language shown, all in the --now hour.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <tuple>

#include "stats/stats_store.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

using Row = std::tuple<std::string, std::string, std::string, std::string, int64_t>;  // kind screen item lang count

TEST(KioskStats, ReplayedVisitorSessionLeavesExactlyTheExpectedRecords) {
  TempDir dir;
  const auto script = dir.path() / "visit.replay";
  std::ofstream(script) << "expect attract\n"
                           "wait 300\n"
                           "tap 960 600        # wakes: home\n"
                           "expect home\n"
                           "tap 400 300        # the indicators tile\n"
                           "expect indicators\n"
                           "lang en            # the visit stays counted in the language it was opened in\n"
                           "wait 300\n";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--replay", script.string(),
                                       "--now", "2026-12-17T10:00"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  auto stats = stats::StatsStore::open(dir.path() / "data" / stats::kStatsFileName);
  ASSERT_TRUE(stats) << stats.error().message;
  auto rows = stats->rows_between(0, int64_t{1} << 40);
  ASSERT_TRUE(rows) << rows.error().message;
  std::multiset<Row> got;
  std::set<int64_t> hours;
  int64_t visit_dwell = 0;
  for (const stats::HourRow& r : *rows) {
    got.insert({stats::kind_name(r.kind), r.screen, r.item, r.language, r.count});
    hours.insert(r.hour_utc);
    if (r.kind == stats::PlayKind::Visit) visit_dwell += r.dwell_ms;
  }
  const std::multiset<Row> expected = {
      {"slide", "attract", "s01-population", "ja", 1},  // the first slide, until the tap
      {"touch", "attract", "s01-population", "ja", 1},  // the tap that woke it
      {"visit", "home", "", "ja", 1},
      {"touch", "home", "", "ja", 1},                   // the indicators tile
      {"visit", "indicators", "", "ja", 1},             // ended when the kiosk quit
  };
  EXPECT_EQ(got, expected) << run.output;
  EXPECT_EQ(hours.size(), 1u) << "a few seconds from 10:00 stay in one hour";
  EXPECT_GE(visit_dwell, 300) << "the indicators screen was on for at least the final wait";
  EXPECT_EQ(*stats->unsent_count(), 1) << "no heartbeat configured: the hour waits to be sent";
  EXPECT_THAT(run.output, ::testing::HasSubstr("statistics: recording plays, visits and touches per hour"));
}

}  // namespace
}  // namespace kiosk::ui::test
