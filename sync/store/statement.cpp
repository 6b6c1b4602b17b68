#include "store/statement.hpp"

#include <sqlite3.h>

#include <cstring>

#include "store/connection.hpp"

namespace kiosk::store {

namespace {

// sqlite3_errmsg for the last failure on `db`, with the operating system's reason for an I/O failure:
// "disk I/O error" alone does not tell staff that the card is full ("... (No space left on device)").
std::string last_error(sqlite3* db) {
  std::string text = sqlite3_errmsg(db);
  const int extended = sqlite3_extended_errcode(db);
  const int primary = extended & 0xff;
  const int os_errno = sqlite3_system_errno(db);
  const bool io = primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN;
  if (io && os_errno != 0) return text + " (" + std::strerror(os_errno) + ")";
  // A failed commit rolls back and the OS error is gone by then; name at least the step that failed.
  if (extended == SQLITE_IOERR_FSYNC || extended == SQLITE_IOERR_DIR_FSYNC) return text + " (sync to the card failed)";
  if (extended == SQLITE_IOERR_WRITE) return text + " (write to the card failed)";
  return text;
}

}  // namespace

void StatementFinalizer::operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return fail(ErrorCode::Database, db_name(db) + ": " + last_error(db) + " in: " + std::string(sql));
  }
  return Statement(db, stmt);
}

Statement& Statement::bind_text(int index, std::string_view text) {
  const int rc =
      sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind_int(int index, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_.get(), index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind_real(int index, double value) {
  const int rc = sqlite3_bind_double(stmt_.get(), index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind_null(int index) {
  const int rc = sqlite3_bind_null(stmt_.get(), index);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Error Statement::failure(int rc) const {
  // errmsg describes the last call on the connection; for a bind failure that call was the bind.
  const std::string message = rc == bind_error_ ? sqlite3_errstr(rc) : last_error(db_);
  return Error{ErrorCode::Database, db_name(db_) + ": " + message};
}

Result<bool> Statement::step() {
  if (bind_error_ != 0) return tl::unexpected(failure(bind_error_));
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return tl::unexpected(failure(rc));
}

Result<void> Statement::run() {
  Result<bool> row;
  while ((row = step()) && *row) {
  }
  reset();
  if (!row) return tl::unexpected(row.error());
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  bind_error_ = 0;
}

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(stmt_.get(), column);
  if (!bytes) return {};
  return std::string(reinterpret_cast<const char*>(bytes),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_.get(), column); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

Result<void> exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(db);
    if (const std::string full = last_error(db); full.starts_with(text)) text = full;  // adds the OS reason
    sqlite3_free(message);
    return fail(ErrorCode::Database, db_name(db) + ": " + text);
  }
  return {};
}

Result<int64_t> query_int(sqlite3* db, const char* sql) {
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->integer(0) : 0;
}

Result<std::string> query_text(sqlite3* db, const char* sql) {
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->text(0) : std::string();
}

Error with_context(Error error, const std::string& context) {
  // Keep the database file name first so every store message starts with "where".
  const std::string name_end = ": ";
  const auto split = error.message.find(name_end);
  if (split == std::string::npos) {
    error.message = context + ": " + error.message;
  } else {
    error.message.insert(split + name_end.size(), context + ": ");
  }
  return error;
}

}  // namespace kiosk::store
