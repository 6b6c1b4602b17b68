// Connections to the content database: the RAII handle and the one place that sets the pragmas
// every connection of the store runs with. No sqlite3.h here, so content_store.hpp stays light.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "common/result.hpp"

struct sqlite3;

namespace kiosk::store {

struct SqliteCloser {  // closes with sqlite3_close_v2 (finalises late statements)
  void operator()(sqlite3* db) const noexcept;
};
using Connection = std::unique_ptr<sqlite3, SqliteCloser>;  // one owned database connection

enum class Access {
  Writer,  // creates the file if missing; WAL, synchronous=FULL, foreign keys
  Reader,  // SQLITE_OPEN_READONLY; the file must exist
};

Result<Connection> open_connection(const std::filesystem::path& db_file,
                                   Access access);  // with pragmas applied
std::string db_name(sqlite3* db);                   // the database file's path, to name it in error messages

}  // namespace kiosk::store
