#include "clock.hpp"

namespace kiosk::firmware {
namespace {

int64_t system_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Clock Clock::system() { return Clock(0, true); }

Clock Clock::starting_at(int64_t utc) { return Clock(utc - system_seconds(), true); }

Clock Clock::fixed_at(int64_t utc) { return Clock(utc, false); }

int64_t Clock::now_utc() const { return advancing_ ? system_seconds() + offset_ : offset_; }

}  // namespace kiosk::firmware
