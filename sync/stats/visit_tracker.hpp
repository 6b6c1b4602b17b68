// VisitTracker: turns "what is on screen now", sampled after every drawn frame, into PlayEvents.
// A play or visit begins when something new is shown and ends, with its dwell time, when the
// visitor navigates away, the attract slide changes, the idle timeout returns to the attract loop,
// the screen goes black or staff take over (all of which change what is shown), or at shutdown.
// Switching the language on a screen does not start a new visit: it stays counted in the language
// it was opened in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "stats/play_event.hpp"

namespace kiosk::stats {

struct Shown {  // what a visitor sees
  PlayKind kind = PlayKind::Visit;  // Slide on the attract loop, Visit elsewhere
  std::string screen;
  std::string item;
  std::string language;
  bool same_place(const Shown& other) const {  // language left out on purpose (see above)
    return kind == other.kind && screen == other.screen && item == other.item;
  }
};

// "indicator:pop-total" -> screen "indicator", item "pop-total"; "home" -> "home", "".
Shown shown_from_route(std::string_view route_name, std::string_view language);

class VisitTracker {
 public:
  // `now` is nullopt when nothing a visitor sees is shown (staff screen, black screen). `wall_ms` is
  // the app's clock (start times), `steady_ms` a monotonic clock (dwell: immune to clock steps).
  std::optional<PlayEvent> update(const std::optional<Shown>& now, int64_t wall_ms, int64_t steady_ms);
  std::optional<PlayEvent> finish(int64_t steady_ms);  // ends what is shown (shutdown)

 private:
  std::optional<Shown> current_;
  int64_t started_wall_ms_ = 0;
  int64_t started_steady_ms_ = 0;
};

}  // namespace kiosk::stats
