// The per-file readers behind read_sources (internal to sync/bundle). Each turns the rows of one staff
// file into model structs, checking the rules of assets/content/README.md; references are checked
// against what `content` already holds, so files are read in dependency order: categories, indicators
// with their points, events, floor, exhibitors, crafts, slides, strings.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bundle/source_table.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

std::vector<ColumnSpec> category_columns();
std::vector<ColumnSpec> indicator_columns();
std::vector<ColumnSpec> point_columns();
std::vector<ColumnSpec> event_columns();
std::vector<ColumnSpec> floor_columns();
std::vector<ColumnSpec> exhibitor_columns();
std::vector<ColumnSpec> craft_columns();
std::vector<ColumnSpec> slide_columns();
std::vector<ColumnSpec> string_columns();

void read_categories(const SourceTable& table, model::Content& content);
void read_indicators(const SourceTable& indicators, const SourceTable& points, model::Content& content);
void read_events(const SourceTable& table, model::Content& content);
// floor.csv (read_floor.cpp): one `floor` row (size, image) and labelled `area` rows into content.floor.
void read_floor(const SourceTable& table, const std::filesystem::path& source_dir, model::Content& content);
// An exhibitor row's booth_x/_y/_w/_h: all or none, sizes > 0, inside `floor`. nullopt when none or bad.
std::optional<model::Rect> read_booth_rect(const SourceRow& row, const model::Floor& floor);
struct PlacedBooth {  // a booth with a rectangle, remembered for the overlap check
  SourceRow row;
  std::string id;
  std::string booth;
  model::Rect rect;
};
// Reports every booth overlapping an earlier one (both ids and lines) or an area of the floor.
void check_booth_overlaps(const std::vector<PlacedBooth>& booths, const model::Floor& floor);

void read_exhibitors(const SourceTable& table, const std::filesystem::path& source_dir,
                     model::Content& content);
void read_crafts(const SourceTable& table, const std::filesystem::path& source_dir, model::Content& content);
void read_slides(const SourceTable& table, model::Content& content);
void read_strings(const SourceTable& table, model::Content& content);

}  // namespace kiosk::bundle
