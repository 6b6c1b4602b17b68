// Fuzzes the CSV reader staff files go through (sync/bundle/csv.cpp). Beyond not crashing it checks the
// promises of csv.hpp: every row kept has the header's width, fields point at real lines, in order, and
// every diagnostic names the file and a line that exists.
#include <cstdint>
#include <string>
#include <string_view>

#include "bundle/csv.hpp"
#include "fuzz_contract.hpp"

using kiosk::fuzz::require;

namespace {

void check_field(const kiosk::bundle::CsvField& field, int column, int& last_line, int lines) {
  require(field.column == column, "fields are numbered 1, 2, 3 ... within a record",
          std::to_string(field.column) + " at position " + std::to_string(column));
  require(field.line >= last_line && field.line <= lines, "fields start on a real line, in file order",
          "line " + std::to_string(field.line) + " after " + std::to_string(last_line) + " of " +
              std::to_string(lines));
  last_line = field.line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto parsed = kiosk::bundle::parse_csv(bytes, "fuzz.csv");
  const int lines = kiosk::fuzz::physical_lines(bytes);

  int last_line = 1;
  for (std::size_t i = 0; i < parsed.table.header.size(); ++i)
    check_field(parsed.table.header[i], static_cast<int>(i) + 1, last_line, lines);
  for (const auto& row : parsed.table.rows) {
    require(row.size() == parsed.table.header.size(), "every row kept has as many fields as the header");
    for (std::size_t i = 0; i < row.size(); ++i) check_field(row[i], static_cast<int>(i) + 1, last_line, lines);
  }
  for (const auto& d : parsed.diagnostics) {
    require(d.file == "fuzz.csv", "diagnostics name the file", d.file);
    require(d.line >= 1 && d.line <= lines, "diagnostics point at a line of the file", d.to_string());
    require(d.column >= 1, "diagnostics point at a field (column >= 1)", d.to_string());
    require(!d.message.empty(), "diagnostics say what is wrong", d.to_string());
    require(d.to_string().starts_with("fuzz.csv:" + std::to_string(d.line) + ":"),
            "a diagnostic's text starts with file:line:", d.to_string());
  }
  return 0;
}
