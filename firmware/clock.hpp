// Clock: the app's idea of "now", injected instead of read from the system everywhere (STYLE.md),
// so staff can rehearse a show day with --now and tests get a fixed instant.
#pragma once

#include <chrono>
#include <cstdint>

namespace kiosk::firmware {

class Clock {
 public:
  static Clock system();                  // the real time
  static Clock starting_at(int64_t utc);  // `utc` at creation, then advancing with real time
  static Clock fixed_at(int64_t utc);     // always `utc` (a screenshot is one instant, see app.cpp)
  int64_t now_utc() const;                // Unix seconds

 private:
  Clock(int64_t offset_seconds, bool advancing) : offset_(offset_seconds), advancing_(advancing) {}
  int64_t offset_;   // added to the system clock, or the fixed time when not advancing
  bool advancing_;
};

}  // namespace kiosk::firmware
