// slides.csv: the attract loop, in file order. A slide's ref must name something that exists, or the
// loop would show an empty screen to a visitor.
#include <algorithm>

#include "bundle/dates.hpp"
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

constexpr const char* kActiveForms = " is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)";

template <class Item>
bool has_id(const std::vector<Item>& items, const std::string& id) {
  return std::any_of(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
}

void check_ref(const SourceRow& row, const model::Slide& slide, const model::Content& content) {
  const bool needs_ref = slide.kind == "indicator" || slide.kind == "exhibitor" || slide.kind == "craft";
  if (!needs_ref) {
    if (!slide.ref.empty() && (slide.kind == "events" || slide.kind == "prompt")) {
      row.report("ref", "must be empty for a " + in_quotes(slide.kind) + " slide");
    }
    return;
  }
  const std::string file = slide.kind == "indicator"   ? "indicators.csv"
                           : slide.kind == "exhibitor" ? "exhibitors.csv"
                                                       : "crafts.csv";
  if (slide.ref.empty()) {
    row.report("ref", "empty; a slide of kind " + in_quotes(slide.kind) + " needs an id from " + file);
    return;
  }
  const bool found = slide.kind == "indicator"   ? has_id(content.indicators, slide.ref)
                     : slide.kind == "exhibitor" ? has_id(content.exhibitors, slide.ref)
                                                 : has_id(content.crafts, slide.ref);
  if (!found) row.report("ref", in_quotes(slide.ref) + " is not an id in " + file);
}

// active_from / active_until: a day or a minute; `until` is exclusive, so a day means its first second.
std::optional<int64_t> active_time(const SourceRow& row, std::string_view column, const std::string& value) {
  if (value.empty()) return std::nullopt;
  const auto span = parse_local_date(value);
  if (!span || (span->precision != DatePrecision::Day && span->precision != DatePrecision::Minute)) {
    row.report(column, in_quotes(value) + kActiveForms);
    return std::nullopt;
  }
  return span->start_utc;
}

}  // namespace

std::vector<ColumnSpec> slide_columns() {
  return {{"id"}, {"kind"}, {"ref"}, {"duration_s"}, {"active_from", true}, {"active_until", true}};
}

void read_slides(const SourceTable& table, model::Content& content) {
  UniqueIds ids;
  for (const SourceRow& row : table.rows()) {
    model::Slide slide;
    slide.id = row.id("id");
    slide.kind = row.one_of("kind", {"indicator", "events", "exhibitor", "craft", "prompt"});
    slide.ref = row.text("ref");
    check_ref(row, slide, content);
    slide.duration_ms = static_cast<int>(row.integer_in("duration_s", 2, 120).value_or(8)) * 1000;
    slide.active_from = row.text("active_from");
    slide.active_until = row.text("active_until");
    const auto from = active_time(row, "active_from", slide.active_from);
    const auto until = active_time(row, "active_until", slide.active_until);
    if (from && until && *until <= *from) {
      row.report("active_until",
                 in_quotes(slide.active_until) + " is not after active_from " + in_quotes(slide.active_from));
    }
    if (ids.claim(row, "id", slide.id)) content.slides.push_back(std::move(slide));
  }
}

}  // namespace kiosk::bundle
