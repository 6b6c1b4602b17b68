#include "platform/watchdog_feeder.hpp"

#include <algorithm>
#include <climits>

namespace kiosk::firmware {

WatchdogFeeder::WatchdogFeeder(std::optional<std::chrono::microseconds> timeout) {
  if (timeout)
    interval_ = std::max(std::chrono::milliseconds(1), std::chrono::duration_cast<std::chrono::milliseconds>(*timeout / 3));
}

std::chrono::milliseconds WatchdogFeeder::interval() const { return interval_.value_or(std::chrono::milliseconds(0)); }

bool WatchdogFeeder::should_ping(SteadyTime now, std::optional<SteadyTime> sync_alive) const {
  if (!interval_) return false;
  if (sync_alive && now - *sync_alive > kSyncStallLimit) return false;
  return !last_ping_ || now - *last_ping_ >= *interval_;
}

int WatchdogFeeder::ms_until_due(SteadyTime now) const {
  if (!interval_) return INT_MAX;
  if (!last_ping_) return 0;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*last_ping_ + *interval_ - now).count();
  return static_cast<int>(std::clamp<long long>(left, 0, INT_MAX));
}

}  // namespace kiosk::firmware
