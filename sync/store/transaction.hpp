// Transaction: BEGIN on construction, ROLLBACK on destruction unless commit() succeeded, so every
// early return on an error leaves the database exactly as it was.
#pragma once

#include "common/result.hpp"

struct sqlite3;

namespace kiosk::store {

enum class TransactionKind {
  Read,   // BEGIN DEFERRED: one consistent snapshot across several SELECTs (WAL readers)
  Write,  // BEGIN IMMEDIATE: takes the write lock up front, so a busy writer fails before any work
};

class Transaction {
 public:
  static Result<Transaction> begin(sqlite3* db, TransactionKind kind);
  Result<void> commit();  // after a failed commit the destructor still rolls back
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  ~Transaction();

 private:
  explicit Transaction(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;  // nullptr once committed or moved from
};

}  // namespace kiosk::store
