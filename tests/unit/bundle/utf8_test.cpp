#include "common/utf8.hpp"

#include <gtest/gtest.h>

namespace kiosk::utf8 {
namespace {

TEST(Utf8, AcceptsAsciiJapaneseAndFourByteSequences) {
  EXPECT_FALSE(find_invalid("plain ascii"));
  EXPECT_FALSE(find_invalid("東北の人口"));
  EXPECT_FALSE(find_invalid("\xF0\xA0\xAE\xB7"));  // 𠮷 is valid UTF-8, only not BMP
}

TEST(Utf8, ReportsOffsetCharacterAndByteOfInvalidSequence) {
  const auto bad = find_invalid("ab東\xFFz");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->at.offset, 5u);
  EXPECT_EQ(bad->at.character, 3u);
  EXPECT_EQ(bad->byte, 0xFF);
}

TEST(Utf8, RejectsOverlongSurrogateTruncatedAndStrayContinuation) {
  EXPECT_TRUE(find_invalid("\xC0\xAF"));          // overlong '/'
  EXPECT_TRUE(find_invalid("\xE0\x80\xAF"));      // overlong, three bytes
  EXPECT_TRUE(find_invalid("\xED\xA0\x80"));      // UTF-16 surrogate D800
  EXPECT_TRUE(find_invalid("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_TRUE(find_invalid("\xE6\x9D"));          // truncated 東
  EXPECT_TRUE(find_invalid("\x80"));              // continuation without a lead byte
  EXPECT_TRUE(find_invalid("\xE6\x41\xB1"));      // lead byte followed by ASCII
}

TEST(Utf8, FindsFirstCharacterOutsideBmp) {
  const auto wide = find_non_bmp("吉野家と\xF0\xA0\xAE\xB7野家");
  ASSERT_TRUE(wide);
  EXPECT_EQ(wide->code_point, U'\U00020BB7');
  EXPECT_EQ(wide->at.offset, 12u);
  EXPECT_EQ(wide->at.character, 4u);
  EXPECT_FALSE(find_non_bmp("髙橋 U+FFFF \xEF\xBF\xBF"));
}

TEST(Utf8, CountsCharactersNotBytes) {
  EXPECT_EQ(count_characters("東北6県"), 4u);
  EXPECT_EQ(count_characters(""), 0u);
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  const std::string text = "aé東\xF0\xA0\xAE\xB7";
  std::string again;
  for (char32_t c : decode(text)) again += encode(c);
  EXPECT_EQ(again, text);
  EXPECT_EQ(decode("a\xFF"), std::u32string(U"a\uFFFD"));
}

TEST(Utf8, NamesCodePointsInUPlusForm) {
  EXPECT_EQ(code_point_name(U'\U00020BB7'), "U+20BB7");
  EXPECT_EQ(code_point_name(U'A'), "U+0041");
}

}  // namespace
}  // namespace kiosk::utf8
