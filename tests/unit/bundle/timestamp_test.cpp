#include "common/timestamp.hpp"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(Timestamp, FormatsUnixTimeAsIsoUtc) {
  EXPECT_EQ(format_utc_timestamp(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_utc_timestamp(1767225600), "2026-01-01T00:00:00Z");
  EXPECT_EQ(format_utc_timestamp(951782400 + 3661), "2000-02-29T01:01:01Z");
  EXPECT_EQ(format_utc_timestamp(-1), "1969-12-31T23:59:59Z");
}

TEST(Timestamp, ParsesWhatItFormats) {
  for (int64_t t : {int64_t{0}, int64_t{1767225600}, int64_t{1299822360}, int64_t{-86400}}) {
    EXPECT_EQ(parse_utc_timestamp(format_utc_timestamp(t)), t);
  }
}

TEST(Timestamp, RejectsOtherFormsAndImpossibleDates) {
  EXPECT_FALSE(parse_utc_timestamp("2026-01-01T00:00:00"));   // no Z
  EXPECT_FALSE(parse_utc_timestamp("2026-01-01 00:00:00Z"));  // space
  EXPECT_FALSE(parse_utc_timestamp("2026-01-01T00:00:00+09:00"));
  EXPECT_FALSE(parse_utc_timestamp("2026-13-01T00:00:00Z"));
  EXPECT_FALSE(parse_utc_timestamp("2026-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_utc_timestamp("2026-01-01T24:00:00Z"));
  EXPECT_FALSE(parse_utc_timestamp("2026-01-01T00:00:60Z"));
}

TEST(Timestamp, UnixDaysKnowsLeapYears) {
  EXPECT_EQ(unix_days(1970, 1, 1), 0);
  EXPECT_TRUE(unix_days(2024, 2, 29));
  EXPECT_FALSE(unix_days(2023, 2, 29));
  EXPECT_FALSE(unix_days(2100, 2, 29));
  EXPECT_FALSE(unix_days(2022, 4, 31));
  EXPECT_FALSE(unix_days(2022, 0, 1));
}

}  // namespace
}  // namespace kiosk
