// The log's repeat limiter, with an injected clock.
#include "repeat_filter.hpp"

#include <gtest/gtest.h>

using kiosk::firmware::RepeatFilter;
using namespace std::chrono_literals;

namespace {

const RepeatFilter::Clock::time_point t0{};

TEST(RepeatFilter, PrintsTheFirstOccurrence) {
  RepeatFilter filter(60s);
  const auto admission = filter.admit("sync failed: connection refused", t0);
  EXPECT_TRUE(admission.print);
  EXPECT_EQ(admission.repeats_to_report, 0);
}

TEST(RepeatFilter, SuppressesIdenticalLinesWithinTheWindow) {
  RepeatFilter filter(60s);
  filter.admit("sync failed", t0);
  EXPECT_FALSE(filter.admit("sync failed", t0 + 10s).print);
  EXPECT_FALSE(filter.admit("sync failed", t0 + 59s).print);
}

TEST(RepeatFilter, ReportsTheSuppressedCountWhenTheWindowHasPassed) {
  RepeatFilter filter(60s);
  filter.admit("sync failed", t0);
  filter.admit("sync failed", t0 + 10s);
  filter.admit("sync failed", t0 + 20s);
  const auto admission = filter.admit("sync failed", t0 + 61s);
  EXPECT_TRUE(admission.print);
  EXPECT_EQ(admission.repeats_to_report, 2);
}

TEST(RepeatFilter, ReportsTheSuppressedCountBeforeADifferentLine) {
  RepeatFilter filter(60s);
  filter.admit("sync failed", t0);
  filter.admit("sync failed", t0 + 1s);
  const auto admission = filter.admit("sync applied version 3", t0 + 2s);
  EXPECT_TRUE(admission.print);
  EXPECT_EQ(admission.repeats_to_report, 1);
  EXPECT_EQ(filter.admit("sync failed", t0 + 3s).repeats_to_report, 0);
}

TEST(RepeatFilter, AlternatingLinesAreAllPrinted) {
  RepeatFilter filter(60s);
  EXPECT_TRUE(filter.admit("a", t0).print);
  EXPECT_TRUE(filter.admit("b", t0 + 1s).print);
  EXPECT_TRUE(filter.admit("a", t0 + 2s).print);
}

}  // namespace
