// Events: now / next / later today, the schedule by day and past events as a history timeline;
// tapping an event opens its detail (time, place, organiser, summary, QR code of its URL; in portrait
// the events just before and after it follow as cards).
// Models and builders: screens/events_model.hpp.
#pragma once

#include "screens/events_model.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"

namespace kiosk::ui {

// The list screen; returns OpenEvent (target = event id), Back, SwitchLanguage or None.
Intent draw_events(const EventsModel& model, const DrawContext& context);
// The detail screen; returns OpenEvent (a card before / after), Back, SwitchLanguage or None.
Intent draw_event_detail(const EventDetailModel& model, const DrawContext& context);

}  // namespace kiosk::ui
