// Backoff: how long the engine waits before the next poll. Steady interval while things work;
// exponential growth up to a cap while they fail, so a dead server is not hammered by a whole
// fleet; jitter on both so kiosks switched on together do not poll in lockstep.
#pragma once

#include <chrono>
#include <functional>

namespace kiosk::engine {

class Backoff {
 public:
  // `random` returns a uniform value in [0, 1); injected so tests can pin it.
  Backoff(std::chrono::milliseconds interval, std::chrono::milliseconds initial, std::chrono::milliseconds max,
          double jitter, std::function<double()> random);
  std::chrono::milliseconds after_success();  // resets the failure count
  std::chrono::milliseconds after_failure();  // initial * 2^(failures-1), capped, with jitter
  int failures() const { return failures_; }

 private:
  std::chrono::milliseconds jittered(std::chrono::milliseconds base);
  std::chrono::milliseconds interval_, initial_, max_;
  double jitter_;
  std::function<double()> random_;
  int failures_ = 0;
};

}  // namespace kiosk::engine
