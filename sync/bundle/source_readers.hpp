// The per-file readers behind read_sources (internal to sync/bundle). Each turns the rows of one staff
// file into model structs, checking the rules of assets/content/README.md; references are checked
// against what `content` already holds, so files are read in dependency order: categories, indicators
// with their points, events, exhibitors, crafts, slides, strings.
#pragma once

#include <filesystem>
#include <vector>

#include "bundle/source_table.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

std::vector<ColumnSpec> category_columns();
std::vector<ColumnSpec> indicator_columns();
std::vector<ColumnSpec> point_columns();
std::vector<ColumnSpec> event_columns();
std::vector<ColumnSpec> exhibitor_columns();
std::vector<ColumnSpec> craft_columns();
std::vector<ColumnSpec> slide_columns();
std::vector<ColumnSpec> string_columns();

void read_categories(const SourceTable& table, model::Content& content);
void read_indicators(const SourceTable& indicators, const SourceTable& points, model::Content& content);
void read_events(const SourceTable& table, model::Content& content);
void read_exhibitors(const SourceTable& table, const std::filesystem::path& source_dir,
                     model::Content& content);
void read_crafts(const SourceTable& table, const std::filesystem::path& source_dir, model::Content& content);
void read_slides(const SourceTable& table, model::Content& content);
void read_strings(const SourceTable& table, model::Content& content);

}  // namespace kiosk::bundle
