// ScreenSchedule: whether the screen shows content now. On during opening hours; outside them black,
// except for `wake_seconds` after a touch so staff can reach the status screen after closing.
#pragma once

#include <cstdint>

#include "platform/opening_hours.hpp"

namespace kiosk::firmware {

class ScreenSchedule {
 public:
  ScreenSchedule(OpeningHours hours, int wake_seconds) : hours_(std::move(hours)), wake_seconds_(wake_seconds) {}
  bool screen_on(int64_t utc) const { return hours_.is_open(utc) || utc < woken_until_; }
  bool is_open(int64_t utc) const { return hours_.is_open(utc); }  // opening hours only, ignoring a wake
  void wake(int64_t utc) { woken_until_ = utc + wake_seconds_; }   // a touch while closed
  void set_hours(OpeningHours hours) { hours_ = std::move(hours); }  // SIGHUP reload
  void set_wake_seconds(int seconds) { wake_seconds_ = seconds; }

 private:
  OpeningHours hours_;
  int wake_seconds_;
  int64_t woken_until_ = 0;  // Unix seconds; 0 = not woken
};

}  // namespace kiosk::firmware
