// The booth map in the store: schema version 2 (booth rectangles on exhibitors, the floor and its
// areas), written and read back whole, and a version 1 database written by the previous program
// migrated in place with its rows kept.
#include <gtest/gtest.h>

#include "store/connection.hpp"
#include "store/content_store.hpp"
#include "store/schema.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;

model::Content with_floor_plan(int64_t version) {
  model::Content content = test::sample_content(version);
  content.floor = {{"東北パビリオン", "Tohoku Pavilion"},
                   27,
                   15,
                   "images/floor.png",
                   {{"stage", {"ステージ", "Stage"}, {19, 0, 8, 5}}, {"entrance", {"入口", "Entrance"}, {11, 14, 6, 1}}}};
  EXPECT_FALSE(content.exhibitors.empty());
  content.exhibitors.front().booth_rect = model::Rect{4.5, 6, 3, 3};
  return content;
}

TEST(FloorStore, AppliedFloorPlanReadsBackWhole) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  const model::Content content = with_floor_plan(7);
  ASSERT_TRUE(writer->apply(content));
  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader) << reader.error().message;
  auto floor = reader->floor();
  ASSERT_TRUE(floor) << floor.error().message;
  EXPECT_EQ(*floor, content.floor);
  auto all = reader->load_all();
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_EQ(all->floor, content.floor);
  EXPECT_EQ(all->exhibitors, content.exhibitors);
}

TEST(FloorStore, SearchResultsCarryTheirBoothRectangle) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  const model::Content content = with_floor_plan(7);
  ASSERT_TRUE(writer->apply(content));
  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader);
  auto found = reader->search_exhibitors(content.exhibitors.front().booth);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_FALSE(found->empty());
  EXPECT_EQ(found->front().id, content.exhibitors.front().id);
  EXPECT_EQ(found->front().booth_rect, (model::Rect{4.5, 6, 3, 3}));
}

TEST(FloorStore, NextVersionWithoutFloorPlanRemovesIt) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(with_floor_plan(7)));
  ASSERT_TRUE(writer->apply(test::other_content(8)));
  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader);
  auto floor = reader->floor();
  ASSERT_TRUE(floor);
  EXPECT_EQ(*floor, model::Floor{});
  auto raw = test::open_raw(database_path(dir.path()));
  EXPECT_EQ(test::query_int(raw.get(), "SELECT count(*) FROM floor_areas"), 0);
}

TEST(FloorStore, MigratesVersionOneDatabaseKeepingItsExhibitors) {
  TempDir dir;
  {  // a data dir as the previous program (schema version 1) left it, with content applied
    auto db = open_connection(database_path(dir.path()), Access::Writer);
    ASSERT_TRUE(db);
    ASSERT_TRUE(migrate(db->get(), migrations().first(1)));
    test::exec_sql(db->get(),
                   "INSERT INTO content_version VALUES (1, 3, '2025-12-01T00:00:00Z', '2025-12-01T00:00:01Z');"
                   "INSERT INTO exhibitors (ordinal, id, name_ja, name_en, booth, category, description_ja, "
                   "description_en, url, logo, sample) VALUES (0, 'old', '旧出展者', 'Old exhibitor', 'T-01', "
                   "'materials', '説明', 'About', '', '', 1);");
  }
  auto writer = ContentWriter::open(dir.path());  // migrates to the current version
  ASSERT_TRUE(writer) << writer.error().message;
  auto raw = test::open_raw(database_path(dir.path()));
  EXPECT_EQ(test::query_int(raw.get(), "PRAGMA user_version"), 2);
  EXPECT_EQ(kSchemaVersion, 2);

  auto reader = ContentReader::open(dir.path());
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(reader->version().value_or(-1), 3);
  auto found = reader->search_exhibitors("旧出展");  // the FTS index survived the ALTER TABLEs
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().name.en, "Old exhibitor");
  EXPECT_FALSE(found->front().booth_rect.has_value()) << "rows from version 1 have no rectangle";
  auto floor = reader->floor();
  ASSERT_TRUE(floor) << floor.error().message;
  EXPECT_EQ(floor->width, 0);

  ASSERT_TRUE(writer->apply(with_floor_plan(4)));  // and the migrated database takes a floor plan
  auto after = reader->load_all();
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_EQ(after->floor.areas.size(), 2u);
}

TEST(FloorStore, SchemaRefusesABoothWithoutSize) {
  TempDir dir;
  ASSERT_TRUE(ContentWriter::open(dir.path()));
  auto raw = test::open_raw(database_path(dir.path()));
  char* error = nullptr;
  const int rc = sqlite3_exec(raw.get(),
                              "INSERT INTO exhibitors (ordinal, id, name_ja, name_en, booth, category, description_ja, "
                              "description_en, url, logo, sample, booth_x, booth_y, booth_w, booth_h) VALUES (0, "
                              "'x', '', '', 'T-01', '', '', '', '', '', 0, 0, 0, 0, 3)",
                              nullptr, nullptr, &error);
  EXPECT_EQ(rc, SQLITE_CONSTRAINT);
  sqlite3_free(error);
}

}  // namespace
}  // namespace kiosk::store
