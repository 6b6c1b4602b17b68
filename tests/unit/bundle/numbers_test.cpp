#include "bundle/numbers.hpp"

#include <gtest/gtest.h>

namespace kiosk::bundle {
namespace {

TEST(Numbers, ParsesDecimalsWithDotAndMinus) {
  EXPECT_EQ(parse_decimal("862.5"), 862.5);
  EXPECT_EQ(parse_decimal("-89"), -89.0);
  EXPECT_EQ(parse_decimal("0.001"), 0.001);
  EXPECT_EQ(parse_decimal("007"), 7.0);
}

TEST(Numbers, RejectsThousandsSeparatorsAndOtherSpellings) {
  for (const char* text : {"", "1,234", "1.2.3", "+5", "1e3", " 5", "5 ", ".5", "5.", "-", "nan", "inf",
                           "0x10", "１２", "1_000", "--1", "1,5"}) {
    EXPECT_FALSE(parse_decimal(text)) << text;
  }
}

TEST(Numbers, ParsesIntegersStrictly) {
  EXPECT_EQ(parse_integer("120"), 120);
  EXPECT_EQ(parse_integer("-3"), -3);
  for (const char* text : {"", "1.0", "+1", " 1", "1e2", "99999999999999999999"}) {
    EXPECT_FALSE(parse_integer(text)) << text;
  }
}

TEST(Numbers, FixedDigitsAcceptOnlyAsciiDigits) {
  EXPECT_EQ(parse_fixed_digits("07"), 7);
  EXPECT_FALSE(parse_fixed_digits("-7"));
  EXPECT_FALSE(parse_fixed_digits(""));
  EXPECT_FALSE(parse_fixed_digits("1234567890"));
}

}  // namespace
}  // namespace kiosk::bundle
