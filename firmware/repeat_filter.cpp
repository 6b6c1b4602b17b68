#include "repeat_filter.hpp"

namespace kiosk::firmware {

RepeatFilter::RepeatFilter(Clock::duration window) : window_(window) {}

Admission RepeatFilter::admit(const std::string& line, Clock::time_point now) {
  const bool same = !last_line_.empty() && line == last_line_;
  if (same && now - last_printed_ < window_) {
    ++suppressed_;
    return {};
  }
  Admission admission{suppressed_, true};
  suppressed_ = 0;
  last_line_ = line;
  last_printed_ = now;
  return admission;
}

}  // namespace kiosk::firmware
