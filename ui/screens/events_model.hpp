// The events screen's view model: now / next / later today relative to an injected clock, the days
// ahead, and past events as a history timeline (newest first), every text formatted for the language.
//
//   model:  EventsModel        build: make_events(content.events, now_utc, strings)
//   draw:   draw_events(model, context) -> Intent {OpenEvent(id) | Back | SwitchLanguage}
//   detail: EventDetailModel   build: make_event_detail(content.events, id, strings)   (nullopt = removed)
//           draw_event_detail(model, context) -> Intent {OpenEvent(id) | Back | SwitchLanguage}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "widgets/qr.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

inline constexpr int64_t kTokyoOffset = 9 * 3600;  // Asia/Tokyo has no daylight saving

struct EventBuckets {  // indices into the events vector
  std::vector<size_t> now;          // start <= now < end, by start
  std::vector<size_t> next;         // the soonest event starting after now (all that start then)
  std::vector<size_t> later_today;  // starting after now and before midnight Tokyo time, not in next
  std::vector<size_t> upcoming;     // starting on a later day (not in next), by start
  std::vector<size_t> history;      // ended at or before now, newest first
};
// Pure classification (tested at the boundaries): an event ending exactly at now is history, one
// starting exactly at now is running.
EventBuckets classify_events(const std::vector<model::Event>& events, int64_t now_utc);

struct EventRow {
  std::string id;
  std::string title;
  std::string when;   // "2022年12月14日 10:00" / "14 Dec 2022 10:00"; all-day: the period
  std::string place;  // may be empty
};

struct EventDay {       // one day of the schedule
  std::string label;    // "2022年12月14日"
  std::vector<EventRow> rows;
};

struct EventsModel {
  ScreenHeader header;
  std::string now_title, next_title, later_title, schedule_title, history_title;
  std::vector<EventRow> now, next, later_today;
  std::string none_today;        // events.none_today when nothing is running, next or later today
  std::vector<EventDay> schedule;  // days after today
  std::vector<EventRow> history;   // newest first
};

EventsModel make_events(const std::vector<model::Event>& events, int64_t now_utc, const UiStrings& strings);

struct EventDetailModel {
  ScreenHeader header;
  std::string id;
  std::string title;
  std::vector<std::pair<std::string, std::string>> facts;  // (label, value): time, place, organiser
  std::string summary;
  std::string source;
  std::optional<QrCode> qr;  // of the url, when there is one
  std::string qr_caption;    // events.scan_qr
  std::string url;
  std::string around_title;      // events.around
  std::vector<EventRow> around;  // up to two events before and two after it by start, oldest first
};

std::optional<EventDetailModel> make_event_detail(const std::vector<model::Event>& events, const std::string& id,
                                                  const UiStrings& strings);

// "2022年12月14日 10:00" / "Dec 14, 2022 10:00" for timed events, the written period for all-day ones,
// with " - end" when it ends on a later period.
std::string event_when(const model::Event& event, Language language);

}  // namespace kiosk::ui
