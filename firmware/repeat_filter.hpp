// RepeatFilter: keeps a failing kiosk from flooding the journal (and the SD card behind it) with the
// same line every poll. The first occurrence is printed; identical lines within `window` are counted,
// and the count is reported once the window has passed or a different line arrives.
#pragma once

#include <chrono>
#include <string>

namespace kiosk::firmware {

struct Admission {
  int repeats_to_report = 0;  // how often the previous line was suppressed; report before printing
  bool print = false;         // print this line now
};

class RepeatFilter {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RepeatFilter(Clock::duration window = std::chrono::seconds(60));
  Admission admit(const std::string& line, Clock::time_point now);  // decide for one line

 private:
  Clock::duration window_;
  std::string last_line_;
  Clock::time_point last_printed_{};
  int suppressed_ = 0;
};

}  // namespace kiosk::firmware
