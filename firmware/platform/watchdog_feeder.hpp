// WatchdogFeeder: when the main loop may send systemd WATCHDOG=1. Called from the main loop only, so
// a wedged loop (a hung driver, a deadlock in drawing) stops the pings and systemd restarts the
// kiosk; a sync thread stuck in one poll for longer than `sync_stall_limit` stops them too.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk::firmware {

using SteadyTime = std::chrono::steady_clock::time_point;

inline constexpr std::chrono::minutes kSyncStallLimit{15};  // longer than any poll plus its back-off

class WatchdogFeeder {
 public:
  explicit WatchdogFeeder(std::optional<std::chrono::microseconds> timeout);  // none: never pings
  bool enabled() const { return interval_.has_value(); }
  std::chrono::milliseconds interval() const;  // a third of WatchdogSec: two pings may be lost
  // True when a ping is due at `now` and the sync thread (last alive at `sync_alive`, none = no sync
  // thread) has shown life within kSyncStallLimit; the caller pings and calls pinged(now).
  bool should_ping(SteadyTime now, std::optional<SteadyTime> sync_alive) const;
  void pinged(SteadyTime now) { last_ping_ = now; }
  int ms_until_due(SteadyTime now) const;  // how long the loop may sleep; INT_MAX when disabled

 private:
  std::optional<std::chrono::milliseconds> interval_;
  std::optional<SteadyTime> last_ping_;
};

}  // namespace kiosk::firmware
