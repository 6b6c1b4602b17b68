#include "store/connection.hpp"

#include <sqlite3.h>

#include "store/statement.hpp"

namespace kiosk::store {

namespace {

// A writer waiting for the UI's checkpoint or a second kioskctl gives up after this long.
constexpr int kWriterBusyTimeoutMs = 5000;
// Readers in WAL mode almost never wait; keep the bound short so a stuck lock cannot freeze a screen.
constexpr int kReaderBusyTimeoutMs = 1000;

Result<void> apply_writer_pragmas(sqlite3* db) {
  // WAL lets the UI keep reading the old version while the writer switches content.
  auto mode = query_text(db, "PRAGMA journal_mode=WAL");
  if (!mode) return tl::unexpected(mode.error());
  if (*mode != "wal") {
    return fail(ErrorCode::Database,
                db_name(db) + ": cannot switch to WAL mode (journal_mode is " + *mode + ")");
  }
  // With synchronous=NORMAL in WAL mode a power cut can lose the last committed transaction and roll
  // the database back to a version whose assets were already garbage-collected. FULL syncs the WAL
  // on every commit, so a commit that returned is on disk before any asset is removed.
  if (auto ok = exec(db, "PRAGMA synchronous=FULL"); !ok) return ok;
  // Indicator points cascade with their indicator; indicators must name a known category.
  return exec(db, "PRAGMA foreign_keys=ON");
}

}  // namespace

void SqliteCloser::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }

std::string db_name(sqlite3* db) {
  const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
  return name && *name ? name : "content database";
}

Result<Connection> open_connection(const std::filesystem::path& db_file, Access access) {
  const int flags =
      access == Access::Writer ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(db_file.c_str(), &raw, flags, nullptr);
  Connection db(raw);  // owns the handle even when open failed (sqlite3_open_v2 may still allocate it)
  if (rc != SQLITE_OK) {
    return fail(ErrorCode::Database,
                db_file.string() + ": cannot open: " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), access == Access::Writer ? kWriterBusyTimeoutMs : kReaderBusyTimeoutMs);
  if (access == Access::Writer) {
    if (auto ok = apply_writer_pragmas(db.get()); !ok) return tl::unexpected(ok.error());
  }
  return db;
}

}  // namespace kiosk::store
