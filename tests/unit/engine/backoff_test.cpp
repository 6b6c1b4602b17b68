#include <gtest/gtest.h>

#include "engine/backoff.hpp"

namespace kiosk::engine {
namespace {

using std::chrono::milliseconds;

TEST(Backoff, DoublesUpToTheCapAndResetsAfterSuccess) {
  Backoff b(milliseconds(30000), milliseconds(1000), milliseconds(5000), 0.0, [] { return 0.5; });
  EXPECT_EQ(b.after_failure(), milliseconds(1000));
  EXPECT_EQ(b.after_failure(), milliseconds(2000));
  EXPECT_EQ(b.after_failure(), milliseconds(4000));
  EXPECT_EQ(b.after_failure(), milliseconds(5000));
  for (int i = 0; i < 100; ++i) (void)b.after_failure();  // no overflow after many failures
  EXPECT_EQ(b.after_failure(), milliseconds(5000));
  EXPECT_EQ(b.after_success(), milliseconds(30000));
  EXPECT_EQ(b.failures(), 0);
  EXPECT_EQ(b.after_failure(), milliseconds(1000));
}

TEST(Backoff, JitterSpreadsWaitsWithinTheFraction) {
  double r = 0.0;
  Backoff b(milliseconds(10000), milliseconds(1000), milliseconds(5000), 0.2, [&] { return r; });
  EXPECT_EQ(b.after_success(), milliseconds(8000));
  r = 0.999999;
  EXPECT_EQ(b.after_success(), milliseconds(11999));
}

}  // namespace
}  // namespace kiosk::engine
