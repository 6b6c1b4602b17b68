// ContentWriter::apply: one transaction that replaces everything, or changes nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;

model::Content read_back(const std::filesystem::path& data_dir) {
  auto reader = ContentReader::open(data_dir);
  EXPECT_TRUE(reader) << reader.error().message;
  if (!reader) return {};
  auto content = reader->load_all();
  EXPECT_TRUE(content) << content.error().message;
  return content.value_or(model::Content{});
}

TEST(ContentWriter, NewDatabaseHasVersionZero) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path() / "nested" / "data");
  ASSERT_TRUE(writer) << writer.error().message;
  EXPECT_EQ(writer->version().value_or(-1), 0);
  EXPECT_TRUE(std::filesystem::exists(database_path(dir.path() / "nested" / "data")));
}

TEST(ContentWriter, ApplyThenLoadAllGivesBackTheSameContent) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  const model::Content content = test::sample_content(7);
  auto ok = writer->apply(content);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(writer->version().value_or(-1), 7);
  const model::Content back = read_back(dir.path());
  EXPECT_EQ(back, content) << "got      " << test::content_summary(back) << "\nexpected "
                           << test::content_summary(content);
}

TEST(ContentWriter, SecondApplyReplacesEverythingWithoutLeftovers) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(1)));
  const model::Content second = test::other_content(2);
  ASSERT_TRUE(writer->apply(second));
  EXPECT_EQ(read_back(dir.path()), second);

  auto raw = test::open_raw(database_path(dir.path()));
  EXPECT_EQ(test::query_int(raw.get(), "SELECT count(*) FROM points"), 1);
  EXPECT_EQ(test::query_int(raw.get(), "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(test::query_int(raw.get(), "SELECT count(*) FROM content_version"), 1);
  // The search index follows the table: old exhibitors are gone from it too.
  EXPECT_EQ(test::query_int(
                raw.get(), "SELECT count(*) FROM exhibitors_fts WHERE exhibitors_fts MATCH '\"東北半導体\"'"),
            0);
  EXPECT_EQ(test::query_int(raw.get(),
                            "SELECT count(*) FROM exhibitors_fts WHERE exhibitors_fts MATCH '\"秋田風力\"'"),
            1);
  // Integrity of the external-content index (raises an error if it disagrees with the table).
  test::exec_sql(raw.get(),
                 "INSERT INTO exhibitors_fts (exhibitors_fts, rank) VALUES ('integrity-check', 1)");
}

TEST(ContentWriter, ReapplyingSameVersionIsAllowed) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(5)));
  ASSERT_TRUE(writer->apply(test::other_content(3)));  // older version: `load` may roll back on purpose
  EXPECT_EQ(writer->version().value_or(-1), 3);
  ASSERT_TRUE(writer->apply(test::sample_content(5)));
  EXPECT_EQ(read_back(dir.path()), test::sample_content(5));
}

TEST(ContentWriter, DuplicateIdRollsBackAndKeepsPreviousVersion) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(1)));

  model::Content bad = test::other_content(2);
  bad.exhibitors.push_back(bad.exhibitors.front());  // same id twice: UNIQUE constraint, after many inserts
  auto result = writer->apply(bad);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Database);
  EXPECT_EQ(result.error().message, database_path(dir.path()).string() +
                                        ": applying content version 2: inserting exhibitors[1] 'akita-wind': "
                                        "UNIQUE constraint failed: exhibitors.id");

  EXPECT_EQ(writer->version().value_or(-1), 1);
  EXPECT_EQ(read_back(dir.path()), test::sample_content(1));
  ASSERT_TRUE(writer->apply(test::other_content(2))) << "the writer stays usable after a failed apply";
}

TEST(ContentWriter, IndicatorWithUnknownCategoryIsRefusedByForeignKey) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(1)));
  model::Content bad = test::sample_content(2);
  bad.indicators[1].category = "no-such-category";
  auto result = writer->apply(bad);
  ASSERT_FALSE(result);
  EXPECT_NE(
      result.error().message.find("inserting indicators[1] 'renewable_mw': FOREIGN KEY constraint failed"),
      std::string::npos)
      << result.error().message;
  EXPECT_EQ(read_back(dir.path()), test::sample_content(1));
}

TEST(ContentWriter, DuplicateIndicatorIdNamesTheRow) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  model::Content bad = test::sample_content(1);
  bad.indicators.push_back(bad.indicators[0]);
  bad.indicators.back().id = "pop_tohoku";  // duplicate indicator id
  auto result = writer->apply(bad);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find(
                "inserting indicators[3] 'pop_tohoku': UNIQUE constraint failed: indicators.id"),
            std::string::npos)
      << result.error().message;
  EXPECT_EQ(writer->version().value_or(-1), 0);
}

TEST(ContentWriter, ApplyWaitsForAnotherWriterToFinish) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(1)));
  auto other = test::open_raw(database_path(dir.path()));
  test::exec_sql(other.get(), "BEGIN IMMEDIATE");  // e.g. a second kioskctl in the middle of its apply
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    test::exec_sql(other.get(), "COMMIT");
  });
  auto ok = writer->apply(test::other_content(2));  // waits (busy_timeout) instead of failing at once
  release.join();
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(writer->version().value_or(-1), 2);
}

TEST(ContentWriter, EventEndingBeforeItStartsIsRefused) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  model::Content bad = test::sample_content(1);
  std::swap(bad.events[2].start_utc, bad.events[2].end_utc);
  auto result = writer->apply(bad);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("inserting events[2] 'next-day': CHECK constraint failed"),
            std::string::npos)
      << result.error().message;
}

TEST(ContentWriter, FailureAtTheLastInsertRollsBackEverything) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::sample_content(1)));
  // Assets are inserted last: by then every table was emptied and refilled. A trigger stands in for
  // the disk failing at that moment (SQLITE_IOERR / SQLITE_FULL behave the same for the transaction).
  auto raw = test::open_raw(database_path(dir.path()));
  test::exec_sql(
      raw.get(),
      "CREATE TRIGGER fail_assets BEFORE INSERT ON assets BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
  auto result = writer->apply(test::other_content(2));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message,
            database_path(dir.path()).string() +
                ": applying content version 2: inserting assets[0] 'images/wind.png': "
                "disk I/O error");
  test::exec_sql(raw.get(), "DROP TRIGGER fail_assets");
  EXPECT_EQ(read_back(dir.path()), test::sample_content(1));
}

}  // namespace
}  // namespace kiosk::store
