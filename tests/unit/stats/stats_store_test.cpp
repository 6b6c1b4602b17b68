// stats.sqlite: the size bound drops the oldest hours first and counts the unsent ones, a newer
// schema is refused by name, a content update leaves the file untouched, and the hour JSON that is
// uploaded reads back (with errors naming the row).
#include <gtest/gtest.h>

#include "common/sha256.hpp"
#include "common/timestamp.hpp"
#include "stats/hour_document.hpp"
#include "stats/stats_store.hpp"
#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::stats {
namespace {

constexpr int64_t kHour0 = 1797382800;  // 2026-12-16T01:00:00Z

HourRow row(int64_t hour, int64_t count, const std::string& item = "s-pop") {
  return {hour, PlayKind::Slide, "attract", item, "ja", count, count * 8000};
}

TEST(StatsStore, SizeBoundDropsTheOldestHoursFirstAndCountsTheUnsentOnes) {
  store::test::TempDir dir;
  auto stats = StatsStore::open(dir.path() / kStatsFileName);
  ASSERT_TRUE(stats) << stats.error().message;
  std::vector<HourRow> rows;
  for (int h = 0; h < 6; ++h) rows.push_back(row(kHour0 + h * 3600, h + 1));
  ASSERT_TRUE(stats->commit(rows, {}, 100));
  // The server confirmed the oldest hour; the next five are unsent.
  ASSERT_TRUE(stats->commit({}, {{kHour0, 1}}, 100));
  ASSERT_EQ(*stats->unsent_count(), 5);
  // Two more hours with a bound of 4: the four oldest go (one sent, three unsent).
  auto report = stats->commit({row(kHour0 + 6 * 3600, 1), row(kHour0 + 7 * 3600, 1)}, {}, 4);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->dropped_unsent, 3);
  EXPECT_EQ(report->pruned_sent, 1);
  EXPECT_EQ(*stats->hour_count(), 4);
  EXPECT_EQ(*stats->dropped_total(), 3);
  auto kept = stats->rows_between(0, kHour0 + 100 * 3600);
  ASSERT_TRUE(kept);
  ASSERT_EQ(kept->size(), 4u);
  EXPECT_EQ(kept->front().hour_utc, kHour0 + 4 * 3600) << "the newest hours stay";
  // The count survives reopening, and adds up.
  auto reopened = StatsStore::open(dir.path() / kStatsFileName);
  ASSERT_TRUE(reopened);
  ASSERT_TRUE(reopened->commit({row(kHour0 + 8 * 3600, 1)}, {}, 4));
  EXPECT_EQ(*reopened->dropped_total(), 4);
}

TEST(StatsStore, RefusesAStatisticsFileFromANewerProgramNamingIt) {
  store::test::TempDir dir;
  const auto file = dir.path() / kStatsFileName;
  ASSERT_TRUE(StatsStore::open(file));
  {
    auto raw = store::test::open_raw(file);
    store::test::exec_sql(raw.get(), "PRAGMA user_version = 7");
  }
  auto refused = StatsStore::open(file);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
  EXPECT_EQ(refused.error().message,
            file.string() + ": statistics schema version 7 is newer than this program's (1)");
}

TEST(StatsStore, AContentUpdateLeavesTheStatisticsFileUntouched) {
  store::test::TempDir dir;
  {
    auto writer = store::ContentWriter::open(dir.path());
    ASSERT_TRUE(writer) << writer.error().message;
    ASSERT_TRUE(writer->apply(store::test::sample_content(1)));
  }
  const auto file = dir.path() / kStatsFileName;
  {
    auto stats = StatsStore::open(file);
    ASSERT_TRUE(stats);
    ASSERT_TRUE(stats->commit({row(kHour0, 3), row(kHour0 + 3600, 2)}, {}, 100));
  }  // closed: the WAL is checkpointed into the file
  const auto before = sha256_file(file);
  ASSERT_TRUE(before);
  const auto modified = std::filesystem::last_write_time(file);
  {
    auto writer = store::ContentWriter::open(dir.path());
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->apply(store::test::other_content(2)));
    EXPECT_EQ(*writer->version(), 2);
  }
  EXPECT_EQ(sha256_file(file)->sha256, before->sha256);
  EXPECT_EQ(std::filesystem::last_write_time(file), modified);
  auto stats = StatsStore::open(file);
  ASSERT_TRUE(stats);
  auto rows = stats->rows_between(0, kHour0 + 7200);
  ASSERT_TRUE(rows);
  EXPECT_EQ(*rows, (std::vector<HourRow>{row(kHour0, 3), row(kHour0 + 3600, 2)}));
  // And the content database has no statistics table a migration could touch.
  auto raw = store::test::open_raw(dir.path() / "content.db", SQLITE_OPEN_READONLY);
  EXPECT_EQ(store::test::query_int(raw.get(), "SELECT count(*) FROM sqlite_master WHERE name LIKE 'stats%'"), 0);
}

TEST(HourDocument, RoundTripsWithLocalHourAndNamesABadRow) {
  HourDocument document{"pavilion-01", kHour0, 540, 3,
                        {row(kHour0, 2), {kHour0, PlayKind::Visit, "indicator", "pop", "en", 1, 30'000}}};
  const std::string json = to_json(document);
  EXPECT_NE(json.find("\"hour\":\"2026-12-16T01:00:00Z\",\"utc_offset\":\"+09:00\",\"local_hour\":\"2026-12-16T10:00\""),
            std::string::npos)
      << json;
  auto back = hour_document_from_json(json, "u");
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->kiosk_id, "pavilion-01");
  EXPECT_EQ(back->utc_offset_minutes, 540);
  EXPECT_EQ(back->rows, document.rows);
  EXPECT_EQ(hour_file_name(kHour0), "2026-12-16T01Z.json");
  EXPECT_EQ(parse_hour_file_name("2026-12-16T01Z.json"), kHour0);
  EXPECT_EQ(parse_hour_file_name("booth.json"), std::nullopt);
  EXPECT_EQ(local_date(kHour0 + 15 * 3600, 540), "2026-12-17");

  std::string bad = json;
  bad.replace(bad.find("\"visit\""), 7, "\"tap\"");
  auto refused = hour_document_from_json(bad, "http://s/status/a.stats/x.json");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "http://s/status/a.stats/x.json: rows[1].kind: \"tap\" is not slide, visit or touch");
  auto not_hour = hour_document_from_json(R"({"kiosk_id":"a","hour":"2026-12-16T01:30:00Z","rows":[]})", "f");
  ASSERT_FALSE(not_hour);
  EXPECT_EQ(not_hour.error().message, "f: hour: \"2026-12-16T01:30:00Z\" is not the start of an hour (YYYY-MM-DDTHH:00:00Z)");
}

}  // namespace
}  // namespace kiosk::stats
