// Proof of play in memory: per-hour sums across hour boundaries and local midnight with an injected
// clock, and the visit tracker turning frame-by-frame samples into plays and visits with dwell.
#include <gtest/gtest.h>

#include "common/timestamp.hpp"
#include "stats/hourly_totals.hpp"
#include "stats/stats_recorder.hpp"
#include "stats/visit_tracker.hpp"
#include "store_fixtures.hpp"

namespace kiosk::stats {
namespace {

int64_t at(const char* timestamp) { return *parse_utc_timestamp(timestamp); }
int64_t ms(const char* timestamp) { return at(timestamp) * 1000; }

PlayEvent slide(const char* start, int64_t dwell_ms, const char* item = "s-pop") {
  return {PlayKind::Slide, "attract", item, "ja", ms(start), dwell_ms};
}

TEST(HourlyTotals, SplitsDwellAcrossAnHourBoundaryAndCountsThePlayOnce) {
  HourlyTotals totals;
  totals.add(slide("2026-12-16T01:59:50Z", 20'000));
  const std::vector<HourRow> expected = {
      {at("2026-12-16T01:00:00Z"), PlayKind::Slide, "attract", "s-pop", "ja", 1, 10'000},
      {at("2026-12-16T02:00:00Z"), PlayKind::Slide, "attract", "s-pop", "ja", 0, 10'000}};
  EXPECT_EQ(totals.rows(), expected);
}

TEST(HourlyTotals, SumsPerHourKindScreenItemAndLanguage) {
  HourlyTotals totals;
  totals.add(slide("2026-12-16T01:00:00Z", 8000));
  totals.add(slide("2026-12-16T01:10:00Z", 8000));
  totals.add({PlayKind::Visit, "indicator", "pop", "en", ms("2026-12-16T01:20:00Z"), 30'000});
  totals.add({PlayKind::Visit, "indicator", "pop", "ja", ms("2026-12-16T01:21:00Z"), 5'000});
  totals.add({PlayKind::Touch, "indicator", "pop", "ja", ms("2026-12-16T01:21:01Z"), 0});
  totals.add({PlayKind::Visit, "home", "", "ja", ms("2026-12-16T01:30:00Z"), -5});  // a clock step: no dwell
  const int64_t h = at("2026-12-16T01:00:00Z");
  const std::vector<HourRow> expected = {{h, PlayKind::Slide, "attract", "s-pop", "ja", 2, 16'000},
                                         {h, PlayKind::Visit, "home", "", "ja", 1, 0},
                                         {h, PlayKind::Visit, "indicator", "pop", "en", 1, 30'000},
                                         {h, PlayKind::Visit, "indicator", "pop", "ja", 1, 5'000},
                                         {h, PlayKind::Touch, "indicator", "pop", "ja", 1, 0}};
  EXPECT_EQ(totals.take(), expected);
  EXPECT_TRUE(totals.empty());
}

TEST(HourlyTotals, ALongDwellOverMidnightFillsEveryHourItCovers) {
  HourlyTotals totals;  // 23:30 to 01:15 UTC: three hours, two days
  totals.add({PlayKind::Visit, "staffless", "", "en", ms("2026-12-16T23:30:00Z"), 105 * 60'000});
  const auto rows = totals.rows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].hour_utc, at("2026-12-16T23:00:00Z"));
  EXPECT_EQ(rows[0].dwell_ms, 30 * 60'000);
  EXPECT_EQ(rows[0].count, 1);
  EXPECT_EQ(rows[1].hour_utc, at("2026-12-17T00:00:00Z"));
  EXPECT_EQ(rows[1].dwell_ms, 60 * 60'000);
  EXPECT_EQ(rows[2].hour_utc, at("2026-12-17T01:00:00Z"));
  EXPECT_EQ(rows[2].dwell_ms, 15 * 60'000);
  EXPECT_EQ(rows[1].count + rows[2].count, 0);
}

TEST(VisitTracker, EndsAVisitWhenTheScreenChangesAndMeasuresDwellOnTheSteadyClock) {
  VisitTracker tracker;
  const int64_t wall = ms("2026-12-16T01:00:00Z");
  EXPECT_FALSE(tracker.update(shown_from_route("home", "ja"), wall, 1000));
  EXPECT_FALSE(tracker.update(shown_from_route("home", "ja"), wall + 500, 1500));  // same screen, next frame
  // The wall clock was stepped back by NTP; the dwell still comes from the steady clock.
  auto ended = tracker.update(shown_from_route("indicator:pop", "ja"), wall - 60'000, 4000);
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->kind, PlayKind::Visit);
  EXPECT_EQ(ended->screen, "home");
  EXPECT_EQ(ended->item, "");
  EXPECT_EQ(ended->start_ms, wall);
  EXPECT_EQ(ended->dwell_ms, 3000);
  auto last = tracker.finish(9000);
  ASSERT_TRUE(last);
  EXPECT_EQ(last->screen, "indicator");
  EXPECT_EQ(last->item, "pop");
  EXPECT_EQ(last->dwell_ms, 5000);
  EXPECT_FALSE(tracker.finish(9500));
}

TEST(VisitTracker, LanguageSwitchKeepsTheVisitAndStaffOrBlackScreenEndsIt) {
  VisitTracker tracker;
  EXPECT_FALSE(tracker.update(shown_from_route("events", "ja"), 0, 0));
  EXPECT_FALSE(tracker.update(shown_from_route("events", "en"), 0, 100));  // counted in the language opened
  auto ended = tracker.update(std::nullopt, 0, 2500);  // staff screen or outside opening hours
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->language, "ja");
  EXPECT_EQ(ended->dwell_ms, 2500);
  EXPECT_FALSE(tracker.update(std::nullopt, 0, 3000));
  Shown attract = shown_from_route("attract", "en");
  EXPECT_EQ(attract.kind, PlayKind::Slide);
}

// The recorder's day counters follow the local day of the injected clock (+09:00 here).
TEST(StatsRecorder, TodaysCountsStartAgainAtLocalMidnightAndHoursSplitInTheStore) {
  store::test::TempDir dir;
  int64_t now = ms("2026-12-16T14:59:00Z");  // 23:59 in Japan
  RecorderOptions options;
  options.db_file = dir.path() / kStatsFileName;
  options.now_ms = [&now] { return now; };
  auto recorder = StatsRecorder::open(options);
  ASSERT_TRUE(recorder) << recorder.error().message;
  (*recorder)->record(slide("2026-12-16T14:59:30Z", 60'000));  // 23:59:30 JST for a minute
  (*recorder)->record({PlayKind::Touch, "attract", "s-pop", "ja", ms("2026-12-16T14:59:40Z"), 0});
  EXPECT_EQ((*recorder)->today(), (Counts{1, 0, 1}));
  now = ms("2026-12-16T15:00:31Z");  // 00:00:31 JST: a new day
  EXPECT_EQ((*recorder)->today(), (Counts{0, 0, 0}));
  (*recorder)->record({PlayKind::Visit, "home", "", "en", ms("2026-12-16T15:00:30Z"), 1000});
  EXPECT_EQ((*recorder)->today(), (Counts{0, 1, 0}));
  EXPECT_EQ((*recorder)->summary().last_hour, (Counts{1, 1, 1}));

  auto committed = (*recorder)->commit_now();
  ASSERT_TRUE(committed) << committed.error().message;
  EXPECT_EQ(committed->hours_touched, 2);
  auto unsent = (*recorder)->unsent(10);
  ASSERT_TRUE(unsent);
  ASSERT_EQ(unsent->size(), 2u);
  EXPECT_EQ((*unsent)[0].hour_utc, at("2026-12-16T14:00:00Z"));
  EXPECT_EQ((*unsent)[0].rows.size(), 2u);  // the slide's first 30 s and the touch
  EXPECT_EQ((*unsent)[1].hour_utc, at("2026-12-16T15:00:00Z"));
  EXPECT_EQ((*unsent)[1].rows.size(), 2u);  // the slide's last 30 s (count 0) and the visit
  EXPECT_EQ((*unsent)[1].rows[0].dwell_ms, 30'000);
  EXPECT_EQ((*unsent)[1].rows[0].count, 0);

  // A restart the same day reads today's counts back from the file.
  (*recorder)->stop();
  recorder->reset();
  auto again = StatsRecorder::open(options);
  ASSERT_TRUE(again);
  EXPECT_EQ((*again)->today(), (Counts{0, 1, 0}));
  EXPECT_EQ((*again)->summary().unsent_hours, 2);
}

TEST(StatsRecorder, AnIdleKioskCommitsNothingAndConfirmedHoursAreWrittenWithTheNextCommit) {
  store::test::TempDir dir;
  int64_t now = ms("2026-12-16T01:00:00Z");
  RecorderOptions options;
  options.db_file = dir.path() / kStatsFileName;
  options.now_ms = [&now] { return now; };
  auto recorder = StatsRecorder::open(options);
  ASSERT_TRUE(recorder);
  auto idle = (*recorder)->commit_now();
  ASSERT_TRUE(idle);
  EXPECT_EQ(idle->hours_touched, 0);
  (*recorder)->record(slide("2026-12-16T01:00:00Z", 8000));
  ASSERT_TRUE((*recorder)->commit_now());
  auto unsent = (*recorder)->unsent(10);
  ASSERT_TRUE(unsent);
  ASSERT_EQ(unsent->size(), 1u);
  (*recorder)->confirm((*unsent)[0].hour_utc, (*unsent)[0].revision);
  EXPECT_TRUE((*recorder)->unsent(10)->empty()) << "confirmed in memory before the commit";
  ASSERT_TRUE((*recorder)->commit_now());
  EXPECT_EQ((*recorder)->summary().unsent_hours, 0);
  // More plays in the same hour make it unsent again, with a higher revision.
  (*recorder)->record(slide("2026-12-16T01:05:00Z", 8000));
  ASSERT_TRUE((*recorder)->commit_now());
  auto again = (*recorder)->unsent(10);
  ASSERT_EQ(again->size(), 1u);
  EXPECT_GT((*again)[0].revision, (*unsent)[0].revision);
  EXPECT_EQ((*again)[0].rows[0].count, 2);
}

}  // namespace
}  // namespace kiosk::stats
