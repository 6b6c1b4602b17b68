// Schema migrations (PRAGMA user_version) and the pragmas every writer connection runs with.
#include <gtest/gtest.h>

#include <vector>

#include "store/connection.hpp"
#include "store/content_store.hpp"
#include "store/schema.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;

TEST(Schema, FreshDatabaseGetsCurrentSchemaVersion) {
  TempDir dir;
  auto writer = ContentWriter::open(dir.path() / "data");
  ASSERT_TRUE(writer) << writer.error().message;
  auto db = test::open_raw(database_path(dir.path() / "data"));
  EXPECT_EQ(test::query_int(db.get(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(test::query_int(db.get(), "SELECT count(*) FROM sqlite_schema WHERE name = 'exhibitors_fts'"), 1);
}

TEST(Schema, WriterConnectionUsesWalFullSyncAndForeignKeys) {
  TempDir dir;
  auto db = open_connection(dir.path() / "content.db", Access::Writer);
  ASSERT_TRUE(db) << db.error().message;
  EXPECT_EQ(test::query_text(db->get(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(test::query_int(db->get(), "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(test::query_int(db->get(), "PRAGMA synchronous"), 2);  // FULL
  EXPECT_GT(test::query_int(db->get(), "PRAGMA busy_timeout"), 0);
}

TEST(Schema, JournalModeStaysWalForOtherConnections) {
  TempDir dir;
  ASSERT_TRUE(ContentWriter::open(dir.path()));
  auto raw = test::open_raw(database_path(dir.path()));
  EXPECT_EQ(test::query_text(raw.get(), "PRAGMA journal_mode"), "wal");  // WAL is persistent in the file
}

TEST(Schema, OpeningTwiceKeepsContentAndVersion) {
  TempDir dir;
  {
    auto writer = ContentWriter::open(dir.path());
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->apply(test::sample_content(4)));
  }
  auto again = ContentWriter::open(dir.path());
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->version().value_or(-1), 4);
}

// Two steps standing in for "the released schema" and "the next one", so migrating an existing
// database is tested before a second real step exists.
constexpr Migration kTwoSteps[] = {
    {1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"},
    {2,
     "ALTER TABLE notes ADD COLUMN lang TEXT NOT NULL DEFAULT 'ja'; CREATE INDEX notes_by_lang ON notes "
     "(lang);"},
};

TEST(Schema, MigratesDatabaseFromOlderVersionKeepingItsRows) {
  TempDir dir;
  auto db = open_connection(dir.path() / "old.db", Access::Writer);
  ASSERT_TRUE(db);
  ASSERT_TRUE(migrate(db->get(), std::span(kTwoSteps).first(1)));  // a database written by the older program
  test::exec_sql(db->get(), "INSERT INTO notes (body) VALUES ('東北')");
  ASSERT_EQ(schema_version(db->get()).value_or(-1), 1);

  auto ok = migrate(db->get(), kTwoSteps);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(schema_version(db->get()).value_or(-1), 2);
  EXPECT_EQ(test::query_text(db->get(), "SELECT body || '/' || lang FROM notes"), "東北/ja");
}

TEST(Schema, MigratesVersionZeroDatabaseToCurrent) {
  TempDir dir;
  {
    auto raw = test::open_raw(dir.path() / "content.db");  // exists, but no schema yet (user_version 0)
    test::exec_sql(raw.get(), "PRAGMA user_version = 0");
  }
  auto writer = ContentWriter::open(dir.path());
  ASSERT_TRUE(writer) << writer.error().message;
  auto raw = test::open_raw(dir.path() / "content.db");
  EXPECT_EQ(test::query_int(raw.get(), "PRAGMA user_version"), kSchemaVersion);
}

TEST(Schema, FailedStepLeavesDatabaseAtPreviousVersion) {
  constexpr Migration broken[] = {
      {1, "CREATE TABLE notes (id INTEGER PRIMARY KEY);"},
      {2, "CREATE TABLE extra (x); CREATE TABLE notes (again);"},  // second statement fails
  };
  TempDir dir;
  auto db = open_connection(dir.path() / "c.db", Access::Writer);
  ASSERT_TRUE(db);
  auto result = migrate(db->get(), broken);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Database);
  EXPECT_NE(result.error().message.find("migrating to schema version 2"), std::string::npos)
      << result.error().message;
  EXPECT_NE(result.error().message.find("table notes already exists"), std::string::npos)
      << result.error().message;
  EXPECT_EQ(schema_version(db->get()).value_or(-1), 1);
  EXPECT_EQ(test::query_int(db->get(), "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), 0);
}

TEST(Schema, RefusesDatabaseFromNewerSchema) {
  TempDir dir;
  {
    auto raw = test::open_raw(database_path(dir.path()));
    test::exec_sql(raw.get(), "PRAGMA user_version = " + std::to_string(kSchemaVersion + 6));
  }
  auto writer = ContentWriter::open(dir.path());
  ASSERT_FALSE(writer);
  EXPECT_EQ(writer.error().code, ErrorCode::Unsupported);
  const std::string expected = database_path(dir.path()).string() + ": schema version " +
                               std::to_string(kSchemaVersion + 6) + " is newer than this program knows (" +
                               std::to_string(kSchemaVersion) + ")";
  EXPECT_EQ(writer.error().message.rfind(expected, 0), 0u) << writer.error().message;

  auto reader = ContentReader::open(dir.path());
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::Unsupported);
  EXPECT_EQ(reader.error().message.rfind(expected, 0), 0u) << reader.error().message;

  auto raw = test::open_raw(database_path(dir.path()));  // and nothing was changed
  EXPECT_EQ(test::query_int(raw.get(), "PRAGMA user_version"), kSchemaVersion + 6);
  EXPECT_EQ(test::query_int(raw.get(), "SELECT count(*) FROM sqlite_schema"), 0);
}

TEST(Schema, ReaderRefusesUnmigratedDatabase) {
  TempDir dir;
  {
    auto raw = test::open_raw(database_path(dir.path()));
    test::exec_sql(raw.get(), "CREATE TABLE t (x)");
  }
  auto reader = ContentReader::open(dir.path());
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::Database);
  EXPECT_NE(reader.error().message.find("schema version 0 is older than " + std::to_string(kSchemaVersion)),
            std::string::npos)
      << reader.error().message;
}

TEST(Schema, LastMigrationReachesSchemaVersion) {
  ASSERT_FALSE(migrations().empty());
  EXPECT_EQ(migrations().back().to_version, kSchemaVersion);
  for (size_t i = 0; i < migrations().size(); ++i)
    EXPECT_EQ(migrations()[i].to_version, static_cast<int>(i + 1));
}

}  // namespace
}  // namespace kiosk::store
