// RFC 4180 CSV as staff save it from a spreadsheet: `,` separator, double-quoted fields that may hold
// `,` `"` (written "") and line breaks, CRLF or LF (a lone CR too) line endings, an optional UTF-8 BOM.
// Every field remembers the physical line it starts on, so messages point where the staff member looks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bundle/bundle.hpp"

namespace kiosk::bundle {

struct CsvField {
  std::string text;  // unquoted, "" turned into ", line breaks inside quotes normalised to "\n"
  int line = 0;      // 1-based physical line of the field's first character (its opening quote if quoted)
  int column = 0;    // 1-based field number within its record
};

using CsvRecord = std::vector<CsvField>;

struct CsvTable {
  CsvRecord header;             // the first record; empty when the file has no records at all
  std::vector<CsvRecord> rows;  // the records after the header that have as many fields as the header
};

struct CsvParse {
  CsvTable table;
  std::vector<Diagnostic> diagnostics;  // syntax problems, invalid UTF-8 and wrong field counts
};

// Parses `bytes` (a whole file named `file` in diagnostics). Blank lines between records are skipped.
// Rows with a wrong number of fields are reported and left out; fields with invalid UTF-8 are
// reported and kept; an unterminated quote is reported and ends the file (it swallowed the rest).
CsvParse parse_csv(std::string_view bytes, const std::string& file);

}  // namespace kiosk::bundle
