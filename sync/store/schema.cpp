#include "store/schema.hpp"

#include <iterator>
#include <string>

#include "store/connection.hpp"
#include "store/content_store.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace kiosk::store {

namespace {

// Version 1: one content version at a time. Every entity table keeps `ordinal`, the row's position
// in the bundle, as its INTEGER PRIMARY KEY: lists come back in the order staff wrote them, and a
// rowid alias stays stable across VACUUM, which the exhibitor search index relies on.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE content_version (
  id         INTEGER PRIMARY KEY CHECK (id = 1),  -- a single row: the version on screen
  version    INTEGER NOT NULL,
  created    TEXT NOT NULL,                       -- when staff built the bundle (ISO-8601 UTC)
  applied_at TEXT NOT NULL                        -- when this kiosk committed it (ISO-8601 UTC)
);

CREATE TABLE categories (
  ordinal INTEGER PRIMARY KEY,
  id      TEXT NOT NULL UNIQUE,
  name_ja TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort    INTEGER NOT NULL
);

CREATE TABLE indicators (
  ordinal         INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  category        TEXT NOT NULL REFERENCES categories (id),
  name_ja         TEXT NOT NULL,
  name_en         TEXT NOT NULL,
  unit            TEXT NOT NULL,
  source_document TEXT NOT NULL,
  source_quote    TEXT NOT NULL
);
CREATE INDEX indicators_by_category ON indicators (category, ordinal);

CREATE TABLE points (
  indicator TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL,  -- position within its indicator: the chart's order
  period    TEXT NOT NULL,
  value     REAL NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('actual', 'target', 'forecast')),
  region    TEXT NOT NULL,
  label_ja  TEXT NOT NULL,
  label_en  TEXT NOT NULL,
  PRIMARY KEY (indicator, ordinal)
) WITHOUT ROWID;

CREATE TABLE events (
  ordinal         INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL,
  title_ja        TEXT NOT NULL,
  title_en        TEXT NOT NULL,
  start_local     TEXT NOT NULL,     -- as staff wrote it, Asia/Tokyo
  end_local       TEXT NOT NULL,
  start_utc       INTEGER NOT NULL,  -- first second, Unix time
  end_utc         INTEGER NOT NULL,  -- first second after the end (exclusive)
  all_day         INTEGER NOT NULL,
  place_ja        TEXT NOT NULL,
  place_en        TEXT NOT NULL,
  organizer_ja    TEXT NOT NULL,
  organizer_en    TEXT NOT NULL,
  summary_ja      TEXT NOT NULL,
  summary_en      TEXT NOT NULL,
  url             TEXT NOT NULL,
  source_document TEXT NOT NULL,
  source_quote    TEXT NOT NULL,
  CHECK (end_utc >= start_utc)
);
CREATE INDEX events_by_start ON events (start_utc);
CREATE INDEX events_by_end ON events (end_utc);

CREATE TABLE exhibitors (
  ordinal        INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  name_ja        TEXT NOT NULL,
  name_en        TEXT NOT NULL,
  booth          TEXT NOT NULL,
  category       TEXT NOT NULL,
  description_ja TEXT NOT NULL,
  description_en TEXT NOT NULL,
  url            TEXT NOT NULL,
  logo           TEXT NOT NULL,
  sample         INTEGER NOT NULL
);

-- Substring search over exhibitors. The trigram tokenizer matches any substring of 3 or more
-- characters in Japanese and English alike (case-insensitively); shorter queries fall back to LIKE
-- on the exhibitors table (exhibitor_search.cpp). External content: the text lives once, in
-- exhibitors, and the triggers below keep the index in step with every insert and delete.
CREATE VIRTUAL TABLE exhibitors_fts USING fts5 (
  name_ja, name_en, description_ja, description_en, booth, category,
  content = 'exhibitors', content_rowid = 'ordinal', tokenize = 'trigram'
);
CREATE TRIGGER exhibitors_fts_insert AFTER INSERT ON exhibitors BEGIN
  INSERT INTO exhibitors_fts (rowid, name_ja, name_en, description_ja, description_en, booth, category)
  VALUES (new.ordinal, new.name_ja, new.name_en, new.description_ja, new.description_en, new.booth,
          new.category);
END;
CREATE TRIGGER exhibitors_fts_delete AFTER DELETE ON exhibitors BEGIN
  INSERT INTO exhibitors_fts (exhibitors_fts, rowid, name_ja, name_en, description_ja, description_en,
                              booth, category)
  VALUES ('delete', old.ordinal, old.name_ja, old.name_en, old.description_ja, old.description_en,
          old.booth, old.category);
END;
CREATE TRIGGER exhibitors_fts_update AFTER UPDATE ON exhibitors BEGIN
  INSERT INTO exhibitors_fts (exhibitors_fts, rowid, name_ja, name_en, description_ja, description_en,
                              booth, category)
  VALUES ('delete', old.ordinal, old.name_ja, old.name_en, old.description_ja, old.description_en,
          old.booth, old.category);
  INSERT INTO exhibitors_fts (rowid, name_ja, name_en, description_ja, description_en, booth, category)
  VALUES (new.ordinal, new.name_ja, new.name_en, new.description_ja, new.description_en, new.booth,
          new.category);
END;

CREATE TABLE crafts (
  ordinal        INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  name_ja        TEXT NOT NULL,
  name_en        TEXT NOT NULL,
  prefecture     TEXT NOT NULL,
  designation    TEXT NOT NULL,
  description_ja TEXT NOT NULL,
  description_en TEXT NOT NULL,
  image          TEXT NOT NULL
);
CREATE INDEX crafts_by_prefecture ON crafts (prefecture, ordinal);

CREATE TABLE slides (
  ordinal      INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  ref          TEXT NOT NULL,
  duration_ms  INTEGER NOT NULL,
  active_from  TEXT NOT NULL,
  active_until TEXT NOT NULL
);

CREATE TABLE strings (
  key TEXT PRIMARY KEY,
  ja  TEXT NOT NULL,
  en  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE assets (
  ordinal INTEGER PRIMARY KEY,
  path    TEXT NOT NULL UNIQUE,  -- relative path inside the bundle, as content refers to it
  sha256  TEXT NOT NULL CHECK (length(sha256) = 64),
  size    INTEGER NOT NULL CHECK (size >= 0)
);
)sql";

// Version 2: the booth map. Booth rectangles are nullable columns on exhibitors (NULL: the booth is not
// drawn on the floor plan), so a v1 database keeps its rows; the floor is a single row like
// content_version, its labelled areas a table of their own.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE exhibitors ADD COLUMN booth_x REAL;
ALTER TABLE exhibitors ADD COLUMN booth_y REAL;
ALTER TABLE exhibitors ADD COLUMN booth_w REAL CHECK (booth_w IS NULL OR booth_w > 0);
ALTER TABLE exhibitors ADD COLUMN booth_h REAL CHECK (booth_h IS NULL OR booth_h > 0);

CREATE TABLE floor (
  id      INTEGER PRIMARY KEY CHECK (id = 1),  -- a single row, absent when the content has no floor plan
  name_ja TEXT NOT NULL,
  name_en TEXT NOT NULL,
  width   REAL NOT NULL CHECK (width > 0),     -- floor units, the same as the rectangles'
  height  REAL NOT NULL CHECK (height > 0),
  image   TEXT NOT NULL                        -- asset path, '' when none
);

CREATE TABLE floor_areas (
  ordinal  INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  label_ja TEXT NOT NULL,
  label_en TEXT NOT NULL,
  x        REAL NOT NULL,
  y        REAL NOT NULL,
  w        REAL NOT NULL CHECK (w > 0),
  h        REAL NOT NULL CHECK (h > 0)
);
)sql";

constexpr Migration kMigrations[] = {
    {1, kSchemaV1},
    {2, kSchemaV2},
};
static_assert(std::size(kMigrations) > 0 &&
                  kMigrations[std::size(kMigrations) - 1].to_version == kSchemaVersion,
              "the last migration must reach kSchemaVersion");

std::string newer_message(sqlite3* db, int found, int known) {
  return db_name(db) + ": schema version " + std::to_string(found) + " is newer than this program knows (" +
         std::to_string(known) +
         "); it was written by a newer kiosk or kioskctl: install that version or "
         "start from an empty data dir";
}

// One step in one transaction; user_version is set inside it, so the step and the version move together.
Result<void> apply_step(sqlite3* db, const Migration& step) {
  auto tx = Transaction::begin(db, TransactionKind::Write);
  if (!tx) return tl::unexpected(tx.error());
  // Re-read under the write lock: another writer may have migrated since we looked.
  auto current = schema_version(db);
  if (!current) return tl::unexpected(current.error());
  if (*current >= step.to_version) return {};
  const std::string context = "migrating to schema version " + std::to_string(step.to_version);
  if (*current != step.to_version - 1) {
    return fail(ErrorCode::Database, db_name(db) + ": " + context + ": database is at version " +
                                         std::to_string(*current) + ", expected " +
                                         std::to_string(step.to_version - 1));
  }
  if (auto ok = exec(db, step.sql); !ok) return tl::unexpected(with_context(ok.error(), context));
  const std::string set_version = "PRAGMA user_version = " + std::to_string(step.to_version);
  if (auto ok = exec(db, set_version.c_str()); !ok) return tl::unexpected(with_context(ok.error(), context));
  return tx->commit();
}

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

Result<int> schema_version(sqlite3* db) {
  auto version = query_int(db, "PRAGMA user_version");
  if (!version) return tl::unexpected(version.error());
  return static_cast<int>(*version);
}

Result<void> migrate(sqlite3* db, std::span<const Migration> steps) {
  const int known = steps.empty() ? 0 : steps.back().to_version;
  auto current = schema_version(db);
  if (!current) return tl::unexpected(current.error());
  if (*current > known) return fail(ErrorCode::Unsupported, newer_message(db, *current, known));
  for (const Migration& step : steps) {
    if (step.to_version <= *current) continue;
    if (auto ok = apply_step(db, step); !ok) return ok;
  }
  return {};
}

Result<void> require_schema_version(sqlite3* db, int expected) {
  auto current = schema_version(db);
  if (!current) return tl::unexpected(current.error());
  if (*current > expected) return fail(ErrorCode::Unsupported, newer_message(db, *current, expected));
  if (*current < expected) {
    return fail(ErrorCode::Database, db_name(db) + ": schema version " + std::to_string(*current) +
                                         " is older than " + std::to_string(expected) +
                                         " and a reader cannot migrate it: apply content with the writer "
                                         "(kioskctl load) first");
  }
  return {};
}

}  // namespace kiosk::store
