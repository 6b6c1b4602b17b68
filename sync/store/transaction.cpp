#include "store/transaction.hpp"

#include <sqlite3.h>

#include "store/statement.hpp"

namespace kiosk::store {

Result<Transaction> Transaction::begin(sqlite3* db, TransactionKind kind) {
  auto ok = exec(db, kind == TransactionKind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  if (!ok) return tl::unexpected(with_context(ok.error(), "begin transaction"));
  return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }

Result<void> Transaction::commit() {
  auto ok = exec(db_, "COMMIT");
  if (!ok) return tl::unexpected(with_context(ok.error(), "commit"));
  db_ = nullptr;
  return {};
}

Transaction::~Transaction() {
  // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); only roll back if still open.
  if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace kiosk::store
