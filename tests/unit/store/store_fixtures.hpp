// Test support for the store: a unique temporary data dir removed afterwards, a small but complete
// Content built in C++, and a raw SQLite connection for looking behind the store's API.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>

#include "model/content.hpp"

namespace kiosk::store::test {

class TempDir {  // mkdtemp under the system temp dir; removed recursively on destruction
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Event times used by the fixture, in Unix seconds (2022-12-14, SEMICON Japan's first day, JST).
inline constexpr int64_t kDay = 1670943600;                 // 2022-12-14T00:00+09:00
inline constexpr int64_t kOpeningStart = kDay + 10 * 3600;  // 10:00-17:00
inline constexpr int64_t kOpeningEnd = kDay + 17 * 3600;
inline constexpr int64_t kSeminarStart = kDay + 13 * 3600;  // 13:00-14:00
inline constexpr int64_t kSeminarEnd = kDay + 14 * 3600;
inline constexpr int64_t kContestStart = kDay + 17 * 3600;  // 17:00-18:00, starts as the opening ends
inline constexpr int64_t kContestEnd = kDay + 18 * 3600;
inline constexpr int64_t kMilestoneAt = kDay + 20 * 3600;   // zero-length milestone at 20:00
inline constexpr int64_t kNextDayStart = kDay + 34 * 3600;  // next day 10:00-11:00
inline constexpr int64_t kNextDayEnd = kDay + 35 * 3600;

model::Content sample_content(int64_t version = 1);  // every table populated; lists deliberately unsorted
model::Content other_content(int64_t version = 2);   // a different, smaller version (no shared ids but one)

std::string content_summary(const model::Content& content);  // ids per list, for readable failure output

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using RawDb = std::unique_ptr<sqlite3, SqliteCloser>;

RawDb open_raw(const std::filesystem::path& db_file, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
int64_t query_int(sqlite3* db,
                  const std::string& sql);  // first column of the first row; fails the test on error
std::string query_text(sqlite3* db, const std::string& sql);  // first column of the first row
void exec_sql(sqlite3* db, const std::string& sql);           // fails the test on error

void write_file(const std::filesystem::path& file, const std::string& bytes);  // creates parent dirs

}  // namespace kiosk::store::test
