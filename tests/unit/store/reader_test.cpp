// ContentReader: the UI's read-only queries, and how it sees the writer's commits.
#include <gtest/gtest.h>

#include <algorithm>

#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;

template <class T>
std::vector<std::string> ids(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const T& item : items) out.push_back(item.id);
  return out;
}

using Ids = std::vector<std::string>;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = ContentWriter::open(dir_.path());
    ASSERT_TRUE(writer) << writer.error().message;
    ASSERT_TRUE(writer->apply(content_));
    auto reader = ContentReader::open(dir_.path());
    ASSERT_TRUE(reader) << reader.error().message;
    reader_.emplace(std::move(*reader));
  }
  TempDir dir_;
  model::Content content_ = test::sample_content(3);
  std::optional<ContentReader> reader_;
};

TEST_F(ReaderTest, VersionIsTheAppliedOne) { EXPECT_EQ(reader_->version().value_or(-1), 3); }

TEST_F(ReaderTest, CategoriesComeBySortThenWrittenOrder) {
  auto categories = reader_->categories();
  ASSERT_TRUE(categories) << categories.error().message;
  EXPECT_EQ(ids(*categories), (Ids{"energy", "industry", "population"}));
  EXPECT_EQ((*categories)[2], content_.categories[0]);
}

TEST_F(ReaderTest, IndicatorsOfACategoryCarryTheirPointsInSourceOrder) {
  auto population = reader_->indicators("population");
  ASSERT_TRUE(population) << population.error().message;
  ASSERT_EQ(population->size(), 1u);
  EXPECT_EQ(population->front(), content_.indicators[0]);  // points 2020, 2015, 2045: not re-sorted
  auto all = reader_->indicators();
  ASSERT_TRUE(all);
  EXPECT_EQ(*all, content_.indicators);
  auto none = reader_->indicators("no-such-category");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

TEST_F(ReaderTest, PointKindsLabelsAndNegativeValuesSurvive) {
  auto kpi = reader_->indicator("kpi_jobs");
  ASSERT_TRUE(kpi && kpi->has_value());
  const auto& points = (*kpi)->points;
  ASSERT_EQ(points.size(), 3u);
  EXPECT_EQ(points[1].kind, model::PointKind::Target);
  EXPECT_EQ(points[2].value, -89);
  EXPECT_EQ(points[2].region, "miyagi");
  auto renewable = reader_->indicator("renewable_mw");
  ASSERT_TRUE(renewable && renewable->has_value());
  EXPECT_EQ((*renewable)->points[0].label, (model::Text{"太陽光", "Solar"}));
  EXPECT_EQ((*renewable)->points[1].value, 1830.5);
}

TEST_F(ReaderTest, UnknownIndicatorIsEmptyNotAnError) {
  auto missing = reader_->indicator("nope");
  ASSERT_TRUE(missing) << missing.error().message;
  EXPECT_FALSE(missing->has_value());
}

TEST_F(ReaderTest, EventByIdAndUnknownEvent) {
  auto seminar = reader_->event("seminar");
  ASSERT_TRUE(seminar && seminar->has_value());
  EXPECT_EQ(**seminar, content_.events[3]);
  auto missing = reader_->event("nope");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_F(ReaderTest, CraftsByPrefectureOrAll) {
  auto iwate = reader_->crafts("iwate");
  ASSERT_TRUE(iwate);
  EXPECT_EQ(ids(*iwate), (Ids{"nambu-tekki", "hidehira-nuri"}));
  auto all = reader_->crafts();
  ASSERT_TRUE(all);
  EXPECT_EQ(*all, content_.crafts);
  auto none = reader_->crafts("okinawa");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

TEST_F(ReaderTest, SlidesInLoopOrderAndStrings) {
  auto slides = reader_->slides();
  ASSERT_TRUE(slides);
  EXPECT_EQ(*slides, content_.slides);
  auto strings = reader_->strings();
  ASSERT_TRUE(strings);
  EXPECT_EQ(*strings, content_.strings);
}

TEST_F(ReaderTest, LoadAllIncludesVersionCreatedAndAssets) {
  auto all = reader_->load_all();
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_EQ(all->version, 3);
  EXPECT_EQ(all->created, "2026-01-01T00:00:00Z");
  EXPECT_EQ(all->assets, content_.assets);
  EXPECT_EQ(*all, content_);
}

TEST_F(ReaderTest, ChangedFlipsOnlyAfterAnotherConnectionCommits) {
  auto first = reader_->changed();
  ASSERT_TRUE(first);
  EXPECT_FALSE(*first);
  auto writer = ContentWriter::open(dir_.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::other_content(4)));
  auto after = reader_->changed();
  ASSERT_TRUE(after);
  EXPECT_TRUE(*after);
  auto again = reader_->changed();
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again) << "changed() reports each commit once";
  EXPECT_EQ(reader_->version().value_or(-1), 4);
}

TEST_F(ReaderTest, ReaderSeesOldVersionWhileWriterIsMidTransaction) {
  auto raw = test::open_raw(database_path(dir_.path()));
  test::exec_sql(raw.get(),
                 "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE; DELETE FROM points; DELETE FROM indicators;"
                 "UPDATE content_version SET version = 99");
  auto during = reader_->load_all();  // WAL: the committed version stays readable during the write
  ASSERT_TRUE(during) << during.error().message;
  EXPECT_EQ(*during, content_);
  EXPECT_FALSE(reader_->changed().value_or(true));
  test::exec_sql(raw.get(), "COMMIT");
  EXPECT_TRUE(reader_->changed().value_or(false));
  EXPECT_EQ(reader_->version().value_or(-1), 99);
  auto indicators = reader_->indicators();
  ASSERT_TRUE(indicators);
  EXPECT_TRUE(indicators->empty());
}

TEST(ContentReader, MissingDatabaseIsNotFoundAndNotCreated) {
  TempDir dir;
  auto reader = ContentReader::open(dir.path() / "data");
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::NotFound);
  EXPECT_EQ(reader.error().message, (dir.path() / "data" / "content.db").string() +
                                        ": no content database (nothing applied to this data dir yet)");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "data"));
}

TEST(ContentReader, EmptyDatabaseHasVersionZeroAndNoContent) {
  TempDir dir;
  ASSERT_TRUE(ContentWriter::open(dir.path()));
  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(reader->version().value_or(-1), 0);
  auto all = reader->load_all();
  ASSERT_TRUE(all);
  EXPECT_EQ(*all, model::Content{});
}

TEST(ContentReader, OpensAfterTheWriterClosedAndWalFilesAreGone) {
  TempDir dir;
  {
    auto writer = ContentWriter::open(dir.path());
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->apply(test::sample_content(1)));
  }  // the last connection checkpoints and removes -wal / -shm
  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(reader->version().value_or(-1), 1);
}

}  // namespace
}  // namespace kiosk::store
