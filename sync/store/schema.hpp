// The database schema as a list of forward migrations keyed by PRAGMA user_version.
//
// Step N turns a version N-1 database into version N. A released step is never edited: a schema
// change is a new step appended to the list (and kSchemaVersion in content_store.hpp raised).
#pragma once

#include <span>

#include "common/result.hpp"

struct sqlite3;

namespace kiosk::store {

struct Migration {
  int to_version;   // PRAGMA user_version once this step is applied
  const char* sql;  // statements that bring a to_version - 1 database to to_version
};

std::span<const Migration> migrations();  // this program's steps, in order; the last reaches kSchemaVersion

Result<int> schema_version(sqlite3* db);  // PRAGMA user_version (0 for a new, empty database)

// Applies the steps the database lacks, each in its own transaction (a failed step leaves the
// database at the previous version). A database newer than the last step is refused (Unsupported).
Result<void> migrate(sqlite3* db, std::span<const Migration> steps);

// For read-only connections, which cannot migrate: the database must be exactly at `expected`.
Result<void> require_schema_version(sqlite3* db, int expected);

}  // namespace kiosk::store
