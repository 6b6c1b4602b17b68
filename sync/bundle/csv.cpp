#include "bundle/csv.hpp"

#include <cstdio>
#include <optional>

#include "common/utf8.hpp"

namespace kiosk::bundle {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The header name of a column, "" when there is no header yet or the column is beyond it.
std::string field_name(const CsvRecord* header, int column) {
  if (header == nullptr || column < 1 || static_cast<std::size_t>(column) > header->size()) return {};
  return (*header)[static_cast<std::size_t>(column) - 1].text;
}

// Walks the bytes once. CSV's special characters are all ASCII and never occur inside a multi-byte
// UTF-8 sequence, so the scan is byte-wise and UTF-8 is checked per field afterwards.
class CsvScanner {
 public:
  CsvScanner(std::string_view bytes, const std::string& file, std::vector<Diagnostic>& out)
      : bytes_(bytes), file_(file), out_(out) {
    if (bytes_.substr(0, kBom.size()) == kBom) pos_ = kBom.size();
  }

  // The next record, or nullopt at the end of input (or after an unterminated quote).
  std::optional<CsvRecord> next_record() {
    skip_blank_lines();
    if (done_ || at_end()) return std::nullopt;
    CsvRecord record;
    for (;;) {
      CsvField field{{}, line_, static_cast<int>(record.size()) + 1};
      const bool quoted = !at_end() && peek() == '"';  // a ',' at the very end leaves an empty last field
      if (quoted ? !read_quoted(field) : !read_unquoted(field)) return std::nullopt;
      record.push_back(std::move(field));
      if (at_end()) return record;
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      consume_line_break();
      return record;
    }
  }

  // Data rows name the field by its header; header problems have no name to give.
  void set_header(const CsvRecord& header) { header_ = &header; }

 private:
  bool at_end() const { return pos_ >= bytes_.size(); }
  char peek() const { return bytes_[pos_]; }
  bool at_line_break() const { return !at_end() && (peek() == '\n' || peek() == '\r'); }

  // CRLF, LF and a lone CR each end one physical line.
  void consume_line_break() {
    if (peek() == '\r' && pos_ + 1 < bytes_.size() && bytes_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  void skip_blank_lines() {
    while (at_line_break()) consume_line_break();
  }

  void report(int line, int column, std::string message) {
    out_.push_back({file_, line, column, field_name(header_, column), std::move(message)});
  }

  bool read_unquoted(CsvField& field) {
    bool reported = false;
    while (!at_end() && peek() != ',' && !at_line_break()) {
      if (peek() == '"' && !reported) {
        report(
            line_, field.column,
            "'\"' inside an unquoted field; put the whole field in double quotes and write a quote as \"\"");
        reported = true;
      }
      field.text += bytes_[pos_++];
    }
    return true;
  }

  // Returns false when the closing quote never comes: the rest of the file is inside this field.
  bool read_quoted(CsvField& field) {
    ++pos_;  // opening quote
    for (;;) {
      if (at_end()) {
        report(field.line, field.column,
               "quoted field is never closed; end it with '\"' (write a quote inside as \"\")");
        done_ = true;
        return false;
      }
      const char c = peek();
      if (c == '"' && pos_ + 1 < bytes_.size() && bytes_[pos_ + 1] == '"') {
        field.text += '"';
        pos_ += 2;
      } else if (c == '"') {
        ++pos_;
        break;
      } else if (c == '\r' || c == '\n') {
        consume_line_break();  // one "\n" whatever the file's line ending, so content does not depend on the
                               // editor
        field.text += '\n';
      } else {
        field.text += c;
        ++pos_;
      }
    }
    if (!at_end() && peek() != ',' && !at_line_break()) {
      report(line_, field.column,
             "text after the closing quote; put the whole field in double quotes and write a quote as \"\"");
      while (!at_end() && peek() != ',' && !at_line_break()) field.text += bytes_[pos_++];
    }
    return true;
  }

  std::string_view bytes_;
  const std::string& file_;
  std::vector<Diagnostic>& out_;
  const CsvRecord* header_ = nullptr;
  std::size_t pos_ = 0;
  int line_ = 1;
  bool done_ = false;
};

// Reports the first invalid UTF-8 sequence of a field at the physical line where it occurs.
void check_utf8(const CsvField& field, const CsvRecord* header, const std::string& file,
                std::vector<Diagnostic>& out) {
  const auto bad = utf8::find_invalid(field.text);
  if (!bad) return;
  int line = field.line;
  for (std::size_t i = 0; i < bad->at.offset; ++i) line += field.text[i] == '\n' ? 1 : 0;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", bad->byte);
  out.push_back({file, line, field.column, field_name(header, field.column),
                 std::string("invalid UTF-8 (byte ") + byte + " at character " +
                     std::to_string(bad->at.character + 1) + " of the field); save the file as UTF-8"});
}

std::string field_count_message(std::size_t fields, std::size_t header) {
  return "row has " + std::to_string(fields) + (fields == 1 ? " field" : " fields") + ", the header has " +
         std::to_string(header) + "; quote fields that contain ',' or line breaks";
}

}  // namespace

CsvParse parse_csv(std::string_view bytes, const std::string& file) {
  CsvParse result;
  CsvScanner scanner(bytes, file, result.diagnostics);
  auto header = scanner.next_record();
  if (!header) return result;
  for (const CsvField& f : *header) check_utf8(f, nullptr, file, result.diagnostics);
  result.table.header = std::move(*header);
  scanner.set_header(result.table.header);
  const std::size_t columns = result.table.header.size();
  while (auto record = scanner.next_record()) {
    for (const CsvField& f : *record) check_utf8(f, &result.table.header, file, result.diagnostics);
    if (record->size() == columns) {
      result.table.rows.push_back(std::move(*record));
      continue;
    }
    // Point at the first surplus field, or just past the last field present.
    const CsvField& at = record->size() > columns ? (*record)[columns] : record->back();
    const int column = record->size() > columns ? at.column : at.column + 1;
    result.diagnostics.push_back({file, at.line, column, {}, field_count_message(record->size(), columns)});
  }
  return result;
}

}  // namespace kiosk::bundle
