// floor.csv and the booth columns of exhibitors.csv: the booth map. Rectangles are in floor units
// (whatever staff measure the plan in: metres, grid squares); the kiosk scales the floor to fit.
// A booth outside the floor or on top of another booth would draw a map that misleads visitors, so
// both are errors that name each booth involved and its line.
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>

#include "bundle/numbers.hpp"
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

constexpr double kSlack = 1e-9;        // decimals such as 0.1 + 0.2 must still fit a floor of 0.3
constexpr uint32_t kMaxImageSide = 2048;  // the largest texture a Raspberry Pi 3 can draw

std::string number_text(double value) {
  std::string text = std::to_string(value);  // "12.500000": trim to what staff wrote
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

// A decimal >= 0 (positions) or > 0 (sizes); nullopt (reported) otherwise. Empty reads as missing.
std::optional<double> length(const SourceRow& row, std::string_view column, bool positive) {
  const CsvField* f = row.field(column);
  if (!f) return std::nullopt;
  if (f->text.empty()) {
    row.report(column, "empty; a number is required");
    return std::nullopt;
  }
  const auto value = parse_decimal(f->text);
  if (!value) {
    row.report(column, in_quotes(f->text) + " is not a number (digits and '.' as decimal point)");
  } else if (positive && *value <= 0) {
    row.report(column, in_quotes(f->text) + " is not a size; it must be greater than 0");
  } else if (!positive && *value < 0) {
    row.report(column, in_quotes(f->text) + " is negative; the floor starts at 0");
  } else {
    return value;
  }
  return std::nullopt;
}

// The floor picture must be a PNG small enough for the GPU of every supported board.
void check_png(const SourceRow& row, std::string_view column, const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::array<unsigned char, 24> head{};
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  static constexpr unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (in.gcount() < static_cast<std::streamsize>(head.size()) || std::memcmp(head.data(), kSignature, 8) != 0 ||
      std::memcmp(head.data() + 12, "IHDR", 4) != 0) {
    row.report(column, in_quotes(row.text(column)) + " is not a PNG image (the floor image must be a .png file)");
    return;
  }
  const auto be32 = [&](std::size_t at) {
    return uint32_t{head[at]} << 24 | uint32_t{head[at + 1]} << 16 | uint32_t{head[at + 2]} << 8 | head[at + 3];
  };
  const uint32_t width = be32(16), height = be32(20);
  if (width > kMaxImageSide || height > kMaxImageSide) {
    row.report(column, in_quotes(row.text(column)) + " is " + std::to_string(width) + "x" +
                           std::to_string(height) + " pixels; the kiosk draws images up to " +
                           std::to_string(kMaxImageSide) + "x" + std::to_string(kMaxImageSide));
  }
}

bool inside(const model::Rect& r, const model::Floor& floor) {
  return r.x + r.w <= floor.width + kSlack && r.y + r.h <= floor.height + kSlack;
}

std::string outside_message(const model::Rect& r, const model::Floor& floor) {
  return "rectangle x " + number_text(r.x) + "-" + number_text(r.x + r.w) + ", y " + number_text(r.y) + "-" +
         number_text(r.y + r.h) + " is not inside the floor (0-" + number_text(floor.width) + " by 0-" +
         number_text(floor.height) + " in floor.csv)";
}

// Shared edges are fine (booths in a row touch); only a positive common area counts.
bool overlap(const model::Rect& a, const model::Rect& b) {
  return a.x < b.x + b.w - kSlack && b.x < a.x + a.w - kSlack && a.y < b.y + b.h - kSlack &&
         b.y < a.y + a.h - kSlack;
}

void read_floor_row(const SourceRow& row, const std::filesystem::path& source_dir, model::Floor& floor) {
  for (std::string_view column : {"x", "y"}) {
    const std::string& value = row.text(column);
    if (!value.empty() && parse_decimal(value) != 0.0)
      row.report(column, in_quotes(value) + ": the floor row starts at 0; leave " + std::string(column) + " empty");
  }
  floor.name = row.both_or_neither("label");
  floor.width = length(row, "w", true).value_or(0);
  floor.height = length(row, "h", true).value_or(0);
  floor.image = row.asset("image", source_dir);
  std::error_code ec;
  if (!floor.image.empty() && std::filesystem::is_regular_file(source_dir / floor.image, ec))
    check_png(row, "image", source_dir / floor.image);
}

std::optional<model::Rect> area_rect(const SourceRow& row) {
  const auto x = length(row, "x", false), y = length(row, "y", false);
  const auto w = length(row, "w", true), h = length(row, "h", true);
  if (!x || !y || !w || !h) return std::nullopt;
  return model::Rect{*x, *y, *w, *h};
}

}  // namespace

std::vector<ColumnSpec> floor_columns() {
  return {{"id"}, {"kind"}, {"label_ja"}, {"label_en"}, {"x"}, {"y"}, {"w"}, {"h"}, {"image", true}};
}

void read_floor(const SourceTable& table, const std::filesystem::path& source_dir, model::Content& content) {
  UniqueIds ids;
  model::Floor& floor = content.floor;
  std::vector<std::pair<SourceRow, model::FloorArea>> areas;  // checked against the floor at the end
  int floor_line = 0;
  for (const SourceRow& row : table.rows()) {
    const std::string id = row.id("id");
    const std::string kind = row.one_of("kind", {"floor", "area"});
    if (!ids.claim(row, "id", id)) continue;
    if (kind == "floor") {
      if (floor_line != 0) {
        row.report("kind", "a second floor row (the first is on line " + std::to_string(floor_line) +
                               "); the map has one floor");
        continue;
      }
      floor_line = row.line();
      read_floor_row(row, source_dir, floor);
    } else if (kind == "area") {
      if (!row.text("image").empty()) row.report("image", "only the floor row has an image; leave it empty");
      model::FloorArea area{id, row.both_languages("label"), {}};
      if (auto rect = area_rect(row)) {
        area.rect = *rect;
        areas.emplace_back(row, std::move(area));
      }
    }
  }
  if (table.has_header() && floor_line == 0) {
    table.report(0, 0, {}, "no row of kind floor; one is required (its w and h give the floor size)");
  }
  for (auto& [row, area] : areas) {
    if (floor.width > 0 && floor.height > 0 && !inside(area.rect, floor)) {
      row.report("x", "area " + in_quotes(area.id) + ": " + outside_message(area.rect, floor));
    }
    floor.areas.push_back(std::move(area));
  }
}

std::optional<model::Rect> read_booth_rect(const SourceRow& row, const model::Floor& floor) {
  static constexpr std::string_view kColumns[] = {"booth_x", "booth_y", "booth_w", "booth_h"};
  std::size_t given = 0;
  for (std::string_view c : kColumns) given += row.text(c).empty() ? 0 : 1;
  if (given == 0) return std::nullopt;
  if (given < std::size(kColumns)) {
    for (std::string_view c : kColumns) {
      if (row.text(c).empty())
        row.report(c, "empty while other booth_ columns are set; give booth_x, booth_y, booth_w and booth_h "
                      "together or leave all four empty");
    }
    return std::nullopt;
  }
  const auto x = length(row, "booth_x", false), y = length(row, "booth_y", false);
  const auto w = length(row, "booth_w", true), h = length(row, "booth_h", true);
  if (!x || !y || !w || !h) return std::nullopt;
  const model::Rect rect{*x, *y, *w, *h};
  if (row.text("booth").empty()) row.report("booth", "empty; a booth drawn on the map needs its number");
  if (floor.width <= 0 || floor.height <= 0) {
    row.report("booth_x", "booth rectangles need the floor size: add floor.csv with a row of kind floor");
    return std::nullopt;
  }
  if (!inside(rect, floor)) {
    row.report("booth_x", "booth " + in_quotes(row.text("booth")) + ": " + outside_message(rect, floor));
    return std::nullopt;
  }
  return rect;
}

void check_booth_overlaps(const std::vector<PlacedBooth>& booths, const model::Floor& floor) {
  for (std::size_t i = 0; i < booths.size(); ++i) {
    const PlacedBooth& a = booths[i];
    for (std::size_t j = 0; j < i; ++j) {
      const PlacedBooth& b = booths[j];
      // Co-exhibitors share one booth: same number, same rectangle.
      if (a.booth == b.booth && a.rect == b.rect) continue;
      if (!overlap(a.rect, b.rect)) continue;
      a.row.report("booth_x", "booth " + in_quotes(a.booth) + " (" + a.id + ") overlaps booth " +
                                  in_quotes(b.booth) + " (" + b.id + ", line " + std::to_string(b.row.line()) +
                                  ")");
    }
    for (const model::FloorArea& area : floor.areas) {
      if (overlap(a.rect, area.rect))
        a.row.report("booth_x", "booth " + in_quotes(a.booth) + " (" + a.id + ") overlaps area " +
                                    in_quotes(area.id) + " of floor.csv");
    }
  }
}

}  // namespace kiosk::bundle
