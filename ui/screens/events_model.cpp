#include "screens/events_model.hpp"

#include <algorithm>
#include <ctime>
#include <tuple>

#include "i18n/format.hpp"
#include "screens/source_title.hpp"

namespace kiosk::ui {
namespace {

int64_t tokyo_day(int64_t utc) {  // days since 1970-01-01 in Tokyo time (floor, also before 1970)
  const int64_t local = utc + kTokyoOffset;
  return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

std::string tokyo_date(int64_t utc) {  // "YYYY-MM-DD"
  const time_t local = static_cast<time_t>(utc + kTokyoOffset);
  std::tm parts{};
  gmtime_r(&local, &parts);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
  return text;
}

std::string labelled(const std::string& label, const std::string& value, Language language) {
  return label + (language == Language::Ja ? "\uFF1A" : ": ") + value;
}

EventRow make_row(const model::Event& event, Language language) {
  return {event.id, pick(event.title, language), event_when(event, language), pick(event.place, language)};
}

std::vector<EventRow> rows(const std::vector<model::Event>& events, const std::vector<size_t>& indices,
                           Language language) {
  std::vector<EventRow> out;
  for (size_t i : indices) out.push_back(make_row(events[i], language));
  return out;
}

// Up to `each` events starting before `events[at]` and `each` after it, oldest first. Starts are
// compared as written ("2021" < "2021-03" < "2021-03-11" < "2021-03-11T09:30"): a year sorts before
// the dated events within it, which is as precise as the content is.
std::vector<size_t> neighbours(const std::vector<model::Event>& events, size_t at, size_t each) {
  std::vector<size_t> order(events.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(events[a].start, events[a].id) < std::tie(events[b].start, events[b].id);
  });
  const size_t position = static_cast<size_t>(std::find(order.begin(), order.end(), at) - order.begin());
  const size_t first = position >= each ? position - each : 0;
  const size_t last = std::min(order.size(), position + each + 1);
  std::vector<size_t> out;
  for (size_t i = first; i < last; ++i)
    if (i != position) out.push_back(order[i]);
  return out;
}

}  // namespace

std::string event_when(const model::Event& event, Language language) {
  auto one = [&](const std::string& written) {
    if (written.size() >= 16 && written[10] == 'T')
      return format_period(written.substr(0, 10), language) + " " + written.substr(11, 5);
    return format_period(written, language);
  };
  std::string when = one(event.start);
  if (!event.end.empty() && event.end != event.start) {
    const bool same_day = event.end.size() >= 16 && event.start.size() >= 16 &&
                          event.end.compare(0, 10, event.start, 0, 10) == 0;
    when += " - " + (same_day ? event.end.substr(11, 5) : one(event.end));
  }
  return when;
}

EventBuckets classify_events(const std::vector<model::Event>& events, int64_t now_utc) {
  std::vector<size_t> order(events.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return events[a].start_utc < events[b].start_utc; });
  EventBuckets buckets;
  const int64_t today = tokyo_day(now_utc);
  int64_t next_start = 0;
  for (size_t i : order) {
    const model::Event& event = events[i];
    const int64_t end = std::max(event.end_utc, event.start_utc);
    if (end <= now_utc && event.start_utc < now_utc) {
      buckets.history.push_back(i);
    } else if (event.start_utc <= now_utc) {
      buckets.now.push_back(i);
    } else if (buckets.next.empty() || event.start_utc == next_start) {
      next_start = event.start_utc;
      buckets.next.push_back(i);
    } else if (tokyo_day(event.start_utc) == today) {
      buckets.later_today.push_back(i);
    } else {
      buckets.upcoming.push_back(i);
    }
  }
  std::reverse(buckets.history.begin(), buckets.history.end());
  return buckets;
}

EventsModel make_events(const std::vector<model::Event>& events, int64_t now_utc, const UiStrings& strings) {
  const Language language = strings.language();
  const EventBuckets buckets = classify_events(events, now_utc);
  EventsModel model;
  model.header = {
      {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
      strings.get("common.back"),
      strings.get("events.title")};
  model.now_title = strings.get("events.now");
  model.next_title = strings.get("events.next");
  model.later_title = strings.get("events.later_today");
  model.schedule_title = strings.get("events.by_day");
  model.history_title = strings.get("events.history");
  model.now = rows(events, buckets.now, language);
  model.next = rows(events, buckets.next, language);
  model.later_today = rows(events, buckets.later_today, language);
  if (model.now.empty() && model.later_today.empty() &&
      (buckets.next.empty() || tokyo_day(events[buckets.next.front()].start_utc) != tokyo_day(now_utc)))
    model.none_today = strings.get("events.none_today");
  for (size_t i : buckets.upcoming) {
    const std::string label = format_period(tokyo_date(events[i].start_utc), language);
    if (model.schedule.empty() || model.schedule.back().label != label) model.schedule.push_back({label, {}});
    model.schedule.back().rows.push_back(make_row(events[i], language));
  }
  model.history = rows(events, buckets.history, language);
  return model;
}

std::optional<EventDetailModel> make_event_detail(const std::vector<model::Event>& events,
                                                  const std::string& id, const UiStrings& strings) {
  const auto found = std::find_if(events.begin(), events.end(), [&](auto& e) { return e.id == id; });
  if (found == events.end()) return std::nullopt;
  const Language language = strings.language();
  EventDetailModel detail;
  detail.header = {
      {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
      strings.get("common.back"),
      strings.get("events.title")};
  detail.id = found->id;
  detail.title = pick(found->title, language);
  detail.facts.emplace_back(strings.get("events.time"), event_when(*found, language));
  if (const std::string place = pick(found->place, language); !place.empty())
    detail.facts.emplace_back(strings.get("events.place"), place);
  if (const std::string organizer = pick(found->organizer, language); !organizer.empty())
    detail.facts.emplace_back(strings.get("events.organizer"), organizer);
  detail.summary = pick(found->summary, language);
  if (!found->source.document.empty()) {
    const std::string title = source_title(strings.all(), found->source.document, language);
    detail.source = labelled(strings.get("indicators.source"), title, language);
    if (!found->source.quote.empty()) detail.source += " " + quote(found->source.quote, language);
  }
  detail.url = found->url;
  detail.qr = make_qr(found->url);
  if (detail.qr) detail.qr_caption = strings.get("events.scan_qr");
  detail.around_title = strings.get("events.around");
  detail.around = rows(events, neighbours(events, static_cast<size_t>(found - events.begin()), 2), language);
  return detail;
}

}  // namespace kiosk::ui
