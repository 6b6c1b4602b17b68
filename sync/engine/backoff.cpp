#include "engine/backoff.hpp"

#include <algorithm>

namespace kiosk::engine {

Backoff::Backoff(std::chrono::milliseconds interval, std::chrono::milliseconds initial,
                 std::chrono::milliseconds max, double jitter, std::function<double()> random)
    : interval_(interval), initial_(initial), max_(max), jitter_(std::clamp(jitter, 0.0, 1.0)),
      random_(std::move(random)) {}

std::chrono::milliseconds Backoff::jittered(std::chrono::milliseconds base) {
  const double factor = 1.0 - jitter_ + 2.0 * jitter_ * random_();
  return std::chrono::milliseconds(static_cast<int64_t>(static_cast<double>(base.count()) * factor));
}

std::chrono::milliseconds Backoff::after_success() {
  failures_ = 0;
  return jittered(interval_);
}

std::chrono::milliseconds Backoff::after_failure() {
  ++failures_;
  auto delay = initial_;
  for (int i = 1; i < failures_ && delay < max_; ++i) delay *= 2;  // stops doubling at the cap: no overflow
  return jittered(std::min(delay, max_));
}

}  // namespace kiosk::engine
