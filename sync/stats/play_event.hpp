// Proof of play: what the kiosk records about its own use. A PlayEvent is one thing a visitor saw or
// did (an attract slide that played, a screen or item opened, a touch); HourRow is the per-hour sum
// the kiosk keeps and uploads. Nothing here can name a person: no touch coordinates, no camera, no
// identifiers beyond the content's own ids, the screen name and the language shown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::stats {

enum class PlayKind {
  Slide,  // an attract-loop slide was on screen (screen "attract", item = the slide's id)
  Visit,  // a visitor opened a screen or an item ("indicator" + id, "home" + "")
  Touch,  // one press on the screen (screen = what was shown; no position)
};

const char* kind_name(PlayKind kind);                      // "slide", "visit", "touch"
std::optional<PlayKind> parse_kind(std::string_view name);  // inverse of kind_name

struct PlayEvent {
  PlayKind kind = PlayKind::Visit;
  std::string screen;    // --screen name without the id: "attract", "home", "indicator", "event", ...
  std::string item;      // content id ("pop-total"), or "" for a screen with no item
  std::string language;  // "ja" / "en": the language the visitor saw
  int64_t start_ms = 0;  // wall clock, Unix milliseconds (the app's clock, so --now rehearses too)
  int64_t dwell_ms = 0;  // how long it stayed on screen; 0 for touches
};

struct HourRow {  // one line of the statistics table
  int64_t hour_utc = 0;  // start of the UTC hour, Unix seconds
  PlayKind kind = PlayKind::Visit;
  std::string screen;
  std::string item;
  std::string language;
  int64_t count = 0;     // plays, visits or touches that began in this hour
  int64_t dwell_ms = 0;  // on-screen time that fell into this hour (a long visit spans two hours)
  bool operator==(const HourRow&) const = default;
};

inline constexpr int64_t kHourSeconds = 3600;
inline int64_t hour_of(int64_t unix_seconds) {  // start of the UTC hour holding the instant (negative too)
  const int64_t floor = unix_seconds / kHourSeconds * kHourSeconds;
  return floor > unix_seconds ? floor - kHourSeconds : floor;
}

}  // namespace kiosk::stats
