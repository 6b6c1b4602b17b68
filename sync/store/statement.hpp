// Prepared statements and one-shot SQL over a store connection. Every failure carries
// sqlite3_errmsg() and the database file's name; callers add which row or query it was.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::store {

struct StatementFinalizer {  // sqlite3_finalize
  void operator()(sqlite3_stmt* stmt) const noexcept;
};

class Statement {
 public:
  static Result<Statement> prepare(sqlite3* db, std::string_view sql);  // error names the database

  // ---- Parameters (1-based, as in SQL's ?N); a failed bind is reported by the next step()/run()
  Statement& bind_text(int index, std::string_view text);
  Statement& bind_int(int index, int64_t value);
  Statement& bind_real(int index, double value);
  Statement& bind_null(int index);

  // ---- Execution
  Result<bool> step();  // true: a row is ready to read; false: no more rows
  Result<void> run();   // steps to completion (INSERT/DELETE), then resets so the statement can be reused
  void reset();         // back to the start, bindings cleared, ready for reuse

  // ---- Current row (0-based columns)
  std::string text(int column) const;  // "" for NULL
  int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt);
  Error failure(int rc) const;  // Database error with errmsg and file name

  sqlite3* db_ = nullptr;  // not owned: the connection outlives its statements
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> stmt_;
  int bind_error_ = 0;  // first sqlite3_bind_* failure since the last reset, 0 = none
};

Result<void> exec(sqlite3* db, const char* sql);               // one or more statements, no rows wanted
Result<int64_t> query_int(sqlite3* db, const char* sql);       // first column of the first row (0 if no row)
Result<std::string> query_text(sqlite3* db, const char* sql);  // first column of the first row ("" if no row)

// Prepares `sql`, lets `bind` set its parameters, and decodes every row with `decode`.
template <class Bind, class Decode>
auto select_rows(sqlite3* db, const std::string& sql, Bind bind, Decode decode)
    -> Result<std::vector<decltype(decode(std::declval<const Statement&>()))>> {
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) return tl::unexpected(stmt.error());
  bind(*stmt);
  std::vector<decltype(decode(*stmt))> out;
  Result<bool> row;
  while ((row = stmt->step()) && *row) out.push_back(decode(*stmt));
  if (!row) return tl::unexpected(row.error());
  return out;
}

inline void no_parameters(Statement&) {}  // the `bind` of select_rows for a query without parameters

// Prefixes an error's message with where it happened: "inserting events[3] 'kickoff': <message>".
Error with_context(Error error, const std::string& context);

}  // namespace kiosk::store
