#include "bundle/source_table.hpp"

#include "common/utf8.hpp"

namespace kiosk::bundle {
namespace {

const CsvTable kNoTable{};  // what an absent optional file reads as
const std::string kEmpty;

std::string allowed_columns(const std::vector<ColumnSpec>& columns) {
  std::vector<std::string_view> names;
  for (const ColumnSpec& c : columns) names.push_back(c.name);
  return join(names);
}

}  // namespace

std::string in_quotes(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

SourceTable::SourceTable(std::string file, const CsvTable& csv, std::vector<ColumnSpec> columns,
                         std::vector<Diagnostic>& out)
    : file_(std::move(file)), csv_(&csv), out_(&out) {
  if (csv.header.empty()) {
    std::string header;
    for (const ColumnSpec& c : columns) header += (header.empty() ? "" : ",") + std::string(c.name);
    report(0, 0, {}, "file is empty; its first line must be the header: " + header);
    return;
  }
  map_header(columns);
  check_bmp(csv.header);
  for (const CsvRecord& row : csv.rows) check_bmp(row);
}

SourceTable SourceTable::absent(std::string file, std::vector<Diagnostic>& out) {
  return SourceTable(std::move(file), out);
}

SourceTable::SourceTable(std::string file, std::vector<Diagnostic>& out)
    : file_(std::move(file)), csv_(&kNoTable), out_(&out) {}

void SourceTable::map_header(const std::vector<ColumnSpec>& columns) {
  for (const CsvField& name : csv_->header) {
    bool known = false;
    for (const ColumnSpec& c : columns) known = known || c.name == name.text;
    if (!known && name.text.empty()) {
      report(name.line, name.column, {},
             "column has no name in the header; allowed: " + allowed_columns(columns));
    } else if (!known) {
      report(name.line, name.column, name.text, "unknown column; allowed: " + allowed_columns(columns));
    } else if (auto first = index_.find(name.text); first != index_.end()) {
      report(
          name.line, name.column, name.text,
          "column appears twice in the header (first as column " + std::to_string(first->second + 1) + ")");
    } else {
      index_.emplace(name.text, static_cast<std::size_t>(name.column - 1));
    }
  }
  for (const ColumnSpec& c : columns) {
    if (!c.optional && !index_.contains(c.name)) {
      report(csv_->header.front().line, 0, c.name, "required column is missing from the header");
    }
  }
}

// The kiosk's ImGui has a 16-bit ImWchar: a character beyond U+FFFF would be drawn as nothing at all.
void SourceTable::check_bmp(const CsvRecord& record) const {
  for (const CsvField& f : record) {
    const auto wide = utf8::find_non_bmp(f.text);
    if (!wide) continue;
    int line = f.line;
    for (std::size_t i = 0; i < wide->at.offset; ++i) line += f.text[i] == '\n' ? 1 : 0;
    const std::string name = &record == &csv_->header ? std::string() : csv_->header[f.column - 1].text;
    report(line, f.column, name,
           in_quotes(utf8::encode(wide->code_point)) + " (" + utf8::code_point_name(wide->code_point) +
               ") at character " + std::to_string(wide->at.character + 1) +
               " is outside the Basic Multilingual Plane (U+0000-U+FFFF), which the kiosk cannot draw; "
               "replace it with a BMP character");
  }
}

std::vector<SourceRow> SourceTable::rows() const {
  std::vector<SourceRow> rows;
  rows.reserve(csv_->rows.size());
  for (const CsvRecord& r : csv_->rows) rows.emplace_back(*this, r);
  return rows;
}

void SourceTable::report(int line, int column, std::string_view field, std::string message) const {
  out_->push_back({file_, line, column, std::string(field), std::move(message)});
}

std::optional<std::size_t> SourceTable::index_of(std::string_view column) const {
  const auto it = index_.find(column);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

const CsvField* SourceRow::field(std::string_view column) const {
  const auto index = table_->index_of(column);
  return index ? &(*record_)[*index] : nullptr;
}

const std::string& SourceRow::text(std::string_view column) const {
  const CsvField* f = field(column);
  return f ? f->text : kEmpty;
}

int SourceRow::line() const { return record_->front().line; }

void SourceRow::report(std::string_view column, std::string message) const {
  const CsvField* f = field(column);
  table_->report(f ? f->line : line(), f ? f->column : 0, column, std::move(message));
}

bool UniqueIds::claim(const SourceRow& row, std::string_view column, const std::string& id) {
  if (id.empty()) return false;
  const int line = row.field(column) ? row.field(column)->line : row.line();
  const auto [it, inserted] = first_line_.emplace(id, line);
  if (!inserted) {
    row.report(column, "duplicate " + std::string(column) + " " + in_quotes(id) + " (first on line " +
                           std::to_string(it->second) + ")");
  }
  return inserted;
}

}  // namespace kiosk::bundle
