// Clock: --now rehearsal time advances with real time; a screenshot's fixed clock never moves (the cross
// CI stage compares renders that start up half a minute apart under qemu).
#include "clock.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace kiosk::firmware {
namespace {

constexpr int64_t kShowOpening = 1670979600;  // 2022-12-14T10:00+09:00

TEST(Clock, FixedClockStandsStill) {
  const Clock clock = Clock::fixed_at(kShowOpening);
  EXPECT_EQ(clock.now_utc(), kShowOpening);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(clock.now_utc(), kShowOpening);
}

TEST(Clock, RehearsalClockStartsAtTheGivenTimeAndAdvances) {
  const Clock clock = Clock::starting_at(kShowOpening);
  EXPECT_LE(clock.now_utc() - kShowOpening, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_GE(clock.now_utc() - kShowOpening, 1);
}

}  // namespace
}  // namespace kiosk::firmware
