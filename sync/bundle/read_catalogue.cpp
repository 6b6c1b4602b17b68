// exhibitors.csv and crafts.csv: the pavilion's exhibitors and the craft catalogue.
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {

std::vector<ColumnSpec> exhibitor_columns() {
  return {{"id"},         {"name_ja"},        {"name_en"},        {"booth"},
          {"category"},   {"description_ja"}, {"description_en"}, {"url", true},
          {"logo", true}, {"sample"},         {"booth_x", true},  {"booth_y", true},
          {"booth_w", true}, {"booth_h", true}};
}

std::vector<ColumnSpec> craft_columns() {
  return {{"id"},          {"name_ja"},        {"name_en"},        {"prefecture"},
          {"designation"}, {"description_ja"}, {"description_en"}, {"image", true}};
}

void read_exhibitors(const SourceTable& table, const std::filesystem::path& source_dir,
                     model::Content& content) {
  UniqueIds ids;
  std::vector<PlacedBooth> placed;
  for (const SourceRow& row : table.rows()) {
    model::Exhibitor exhibitor;
    exhibitor.id = row.id("id");
    exhibitor.name = row.both_languages("name");
    exhibitor.booth = row.text("booth");
    exhibitor.category = row.text("category");
    exhibitor.description = row.both_languages("description");
    exhibitor.url = row.url("url");
    exhibitor.logo = row.asset("logo", source_dir);
    exhibitor.sample = row.boolean("sample");
    exhibitor.booth_rect = read_booth_rect(row, content.floor);
    if (!ids.claim(row, "id", exhibitor.id)) continue;
    if (exhibitor.booth_rect) placed.push_back({row, exhibitor.id, exhibitor.booth, *exhibitor.booth_rect});
    content.exhibitors.push_back(std::move(exhibitor));
  }
  check_booth_overlaps(placed, content.floor);
}

void read_crafts(const SourceTable& table, const std::filesystem::path& source_dir, model::Content& content) {
  UniqueIds ids;
  for (const SourceRow& row : table.rows()) {
    model::Craft craft;
    craft.id = row.id("id");
    craft.name = row.both_languages("name");
    craft.prefecture =
        row.one_of("prefecture", {"aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima"});
    craft.designation = row.text("designation");
    craft.description = row.both_languages("description");
    craft.image = row.asset("image", source_dir);
    if (ids.claim(row, "id", craft.id)) content.crafts.push_back(std::move(craft));
  }
}

}  // namespace kiosk::bundle
