// events.csv: times are Asia/Tokyo as written; the UTC interval is derived here once.
#include "bundle/dates.hpp"
#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

constexpr const char* kDateForms = " is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)";

// Fills the derived fields, reporting each bad date at its own column.
void derive_times(const SourceRow& row, model::Event& event) {
  const bool start_ok = !event.start.empty() && parse_local_date(event.start).has_value();
  const bool end_ok = event.end.empty() || parse_local_date(event.end).has_value();
  if (!event.start.empty() && !start_ok) row.report("start", in_quotes(event.start) + kDateForms);
  if (!end_ok) row.report("end", in_quotes(event.end) + kDateForms);
  if (!start_ok || !end_ok) return;
  const auto times = event_times(event.start, event.end);
  event.start_utc = times->start_utc;
  event.end_utc = times->end_utc;
  event.all_day = times->all_day;
  if (event.end_utc <= event.start_utc) {
    row.report("end", in_quotes(event.end) + " is not after start " + in_quotes(event.start));
  }
}

}  // namespace

std::vector<ColumnSpec> event_columns() {
  return {{"id"},         {"kind"},       {"title_ja"},  {"title_en"},     {"start"},
          {"end"},        {"place_ja"},   {"place_en"},  {"organizer_ja"}, {"organizer_en"},
          {"summary_ja"}, {"summary_en"}, {"url", true}, {"source_doc"},   {"source_quote"}};
}

void read_events(const SourceTable& table, model::Content& content) {
  UniqueIds ids;
  for (const SourceRow& row : table.rows()) {
    model::Event event;
    event.id = row.id("id");
    event.kind = row.one_of("kind", {"exhibition", "seminar", "contest", "programme", "fair", "milestone"});
    event.title = row.both_languages("title");
    event.start = row.required("start");
    event.end = row.text("end");
    derive_times(row, event);
    event.place = row.japanese_first("place");
    event.organizer = row.japanese_first("organizer");
    event.summary = row.both_languages("summary");
    event.url = row.url("url");
    event.source = row.source();
    if (ids.claim(row, "id", event.id)) content.events.push_back(std::move(event));
  }
}

}  // namespace kiosk::bundle
