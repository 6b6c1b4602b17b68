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
  int64_t now_utc() const;                // Unix seconds

 private:
  explicit Clock(int64_t offset_seconds) : offset_(offset_seconds) {}
  int64_t offset_;  // added to the system clock
};

}  // namespace kiosk::firmware
