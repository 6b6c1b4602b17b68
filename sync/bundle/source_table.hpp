// One staff CSV file seen through its column contract (assets/content/README.md): the header is mapped
// onto the allowed columns, and each row hands out typed values while recording a Diagnostic for every
// value that breaks a rule. Readers call the accessors and carry on, so one pass finds every problem.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bundle/bundle.hpp"
#include "bundle/csv.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

struct ColumnSpec {
  std::string_view name;
  bool optional = false;  // may be left out of the header (its value then reads as "")
};

class SourceRow;

class SourceTable {
 public:
  // Maps `csv`'s header onto `columns`, reporting unknown, duplicate and missing columns, and checks
  // every field for characters outside the BMP. `csv` and `out` must outlive the table.
  SourceTable(std::string file, const CsvTable& csv, std::vector<ColumnSpec> columns,
              std::vector<Diagnostic>& out);
  // An optional file that is not there: no rows, nothing reported.
  static SourceTable absent(std::string file, std::vector<Diagnostic>& out);

  const std::string& file() const { return file_; }
  bool has_header() const { return !csv_->header.empty(); }  // false for an absent or empty file
  std::vector<SourceRow> rows() const;                       // the data rows, in file order
  void report(int line, int column, std::string_view field, std::string message) const;  // adds a Diagnostic
  std::optional<std::size_t> index_of(std::string_view column) const;  // position in the CSV, when present

 private:
  SourceTable(std::string file, std::vector<Diagnostic>& out);  // no rows, no header checks
  void map_header(const std::vector<ColumnSpec>& columns);
  void check_bmp(const CsvRecord& record) const;

  std::string file_;
  const CsvTable* csv_;
  std::vector<Diagnostic>* out_;
  std::map<std::string, std::size_t, std::less<>> index_;  // column name -> field index
};

// One data row. Every accessor returns a usable value even when it reports a problem, so the reader
// never has to stop early.
class SourceRow {
 public:
  SourceRow(const SourceTable& table, const CsvRecord& record) : table_(&table), record_(&record) {}

  const CsvField* field(std::string_view column) const;    // nullptr when the column is not in the header
  const std::string& text(std::string_view column) const;  // as written; "" when the column is absent
  int line() const;                                        // physical line where the row starts
  void report(std::string_view column, std::string message) const;  // a Diagnostic at that field

  std::string required(std::string_view column) const;  // must not be empty
  std::string id(std::string_view column) const;        // required, [a-z0-9_-]+
  std::string one_of(std::string_view column, const std::vector<std::string_view>& allowed) const;
  std::optional<double> decimal(std::string_view column) const;  // numbers.hpp rules
  std::optional<int64_t> integer(std::string_view column) const;
  std::optional<int64_t> integer_in(std::string_view column, int64_t min, int64_t max) const;
  bool boolean(std::string_view column) const;     // "true" / "false"
  std::string url(std::string_view column) const;  // empty or http(s)://...
  std::string asset(std::string_view column,
                    const std::filesystem::path& source_dir) const;  // images/..., exists

  model::Text both_languages(std::string_view prefix) const;   // prefix_ja and prefix_en both required
  model::Text japanese_first(std::string_view prefix) const;   // both may be empty; en alone is not enough
  model::Text both_or_neither(std::string_view prefix) const;  // optional pair, given together
  model::Source source() const;                                // source_doc + source_quote (<= 60 characters)

 private:
  const SourceTable* table_;
  const CsvRecord* record_;
};

// Ids must be unique within their file; the second use names the line of the first.
class UniqueIds {
 public:
  bool claim(const SourceRow& row, std::string_view column,
             const std::string& id);  // false (and reported) when taken

 private:
  std::map<std::string, int, std::less<>> first_line_;
};

std::string in_quotes(std::string_view value);                 // "\"value\"" with line breaks shown as \n
std::string join(const std::vector<std::string_view>& words);  // "a, b, c"

}  // namespace kiosk::bundle
