// read_sources: every staff file of a source folder, parsed, validated and turned into one Content.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

#include "bundle/bundle.hpp"
#include "bundle/csv.hpp"
#include "bundle/ics.hpp"
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

constexpr std::uintmax_t kMaxSourceBytes = 16u << 20;  // far above any real file; stops a mistaken huge file

struct SourceFile {
  const char* name;
  bool required;
  std::vector<ColumnSpec> (*columns)();
};

// Dependency order: a file may refer only to files above it. Diagnostics are sorted in this order too.
enum FileIndex { kCategories, kIndicators, kPoints, kEvents, kFloor, kExhibitors, kCrafts, kSlides, kStrings };
const SourceFile kFiles[] = {
    {"categories.csv", true, category_columns},    {"indicators.csv", true, indicator_columns},
    {"indicator_points.csv", true, point_columns}, {"events.csv", true, event_columns},
    {"floor.csv", false, floor_columns},           {"exhibitors.csv", false, exhibitor_columns},  {"crafts.csv", true, craft_columns},
    {"slides.csv", false, slide_columns},          {"strings.csv", true, string_columns},
};
constexpr std::size_t kFileCount = std::size(kFiles);

// The whole file, or nullopt (reported) when it is missing, unreadable or too large.
std::optional<std::string> read_file(const std::filesystem::path& dir, const SourceFile& file,
                                     std::vector<Diagnostic>& out) {
  const std::filesystem::path path = dir / file.name;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (file.required) out.push_back({file.name, 0, 0, {}, "file is missing (required)"});
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    out.push_back({file.name, 0, 0, {}, "is not a regular file"});
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxSourceBytes) {
    out.push_back({file.name, 0, 0, {}, "file is larger than 16 MiB; is it really this file?"});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    out.push_back({file.name, 0, 0, {}, "cannot be read"});
    return std::nullopt;
  }
  return bytes;
}

std::size_t rank_of(const std::string& file) {
  for (std::size_t i = 0; i < kFileCount; ++i) {
    if (file == kFiles[i].name) return i;
  }
  return kFileCount;
}

// File by file, then top to bottom, then left to right: the order a staff member fixes them in.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto ra = rank_of(a.file), rb = rank_of(b.file);
    if (ra != rb) return ra < rb;
    if (a.file != b.file) return a.file < b.file;  // calendars (*.ics) rank after the CSV files, by name
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
}

}  // namespace

SourceReadResult read_sources(const std::filesystem::path& source_dir) {
  SourceReadResult result;
  auto& out = result.diagnostics;
  std::vector<CsvParse> parsed(kFileCount);  // tables must outlive the SourceTables that point into them
  std::vector<SourceTable> tables;
  for (std::size_t i = 0; i < kFileCount; ++i) {
    const auto bytes = read_file(source_dir, kFiles[i], out);
    if (!bytes) {
      tables.push_back(SourceTable::absent(kFiles[i].name, out));
      continue;
    }
    parsed[i] = parse_csv(*bytes, kFiles[i].name);
    out.insert(out.end(), parsed[i].diagnostics.begin(), parsed[i].diagnostics.end());
    tables.emplace_back(kFiles[i].name, parsed[i].table, kFiles[i].columns(), out);
  }
  model::Content& content = result.content;
  read_categories(tables[kCategories], content);
  read_indicators(tables[kIndicators], tables[kPoints], content);
  read_events(tables[kEvents], content);
  read_calendars(source_dir, content, out);  // after events.csv: its ids are taken first
  read_floor(tables[kFloor], source_dir, content);  // before exhibitors: booths must lie on the floor
  read_exhibitors(tables[kExhibitors], source_dir, content);
  read_crafts(tables[kCrafts], source_dir, content);
  read_slides(tables[kSlides], content);
  read_strings(tables[kStrings], content);
  sort_diagnostics(out);
  return result;
}

}  // namespace kiosk::bundle
