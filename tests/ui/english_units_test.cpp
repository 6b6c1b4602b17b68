// Indicator values in English: Japanese large-number units (万 10^4, 億 10^8, 兆 10^12, 千 10^3)
// rescaled into million / billion / trillion, counted things translated, Japanese left unchanged.
#include <iostream>

#include <gtest/gtest.h>

#include "i18n/english_units.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui {
namespace {

std::string en(double value, std::string_view unit) {
  return format_quantity_text(value, unit, Language::En);
}
std::string ja(double value, std::string_view unit) {
  return format_quantity_text(value, unit, Language::Ja);
}

TEST(SplitJapaneseUnit, ReadsSmallAndLargePrefixes) {
  EXPECT_EQ(split_japanese_unit("万人").multiplier, 1e4);
  EXPECT_EQ(split_japanese_unit("万人").base, "人");
  EXPECT_EQ(split_japanese_unit("億円").multiplier, 1e8);
  EXPECT_EQ(split_japanese_unit("兆円").multiplier, 1e12);
  EXPECT_EQ(split_japanese_unit("千t").multiplier, 1e3);
  EXPECT_EQ(split_japanese_unit("千t").base, "t");
  EXPECT_EQ(split_japanese_unit("百万円").multiplier, 1e6);
  EXPECT_EQ(split_japanese_unit("千万円").multiplier, 1e7);
  EXPECT_EQ(split_japanese_unit("万").multiplier, 1e4);
  EXPECT_EQ(split_japanese_unit("万").base, "");
  EXPECT_EQ(split_japanese_unit("MW").multiplier, 1);
  EXPECT_EQ(split_japanese_unit("人").base, "人");
}

TEST(EnglishQuantity, RescalesTenThousandsIntoMillionsOrPlainNumbers) {
  EXPECT_EQ(en(861, "万人"), "8.61 million people");
  EXPECT_EQ(en(123.4, "万人"), "1.234 million people");
  EXPECT_EQ(en(100, "万人"), "1 million people") << "plural after a scale word";
  EXPECT_EQ(en(3.3, "万人"), "33,000 people") << "no float noise from 3.3 * 10^4";
  EXPECT_EQ(en(89, "万人"), "890,000 people");
  EXPECT_EQ(en(99.99, "万人"), "999,900 people") << "just under a million stays plain";
  EXPECT_EQ(en(-89, "万人"), "\u2212890,000 people");
  EXPECT_EQ(en(-150, "万人"), "\u22121.5 million people");
  EXPECT_EQ(en(0, "万人"), "0 people");
  EXPECT_EQ(en(1031, "万円"), "10.31 million yen");
  EXPECT_EQ(en(55, "万台"), "550,000 units");
}

TEST(EnglishQuantity, RescalesOkuAndChoIntoBillionsAndTrillions) {
  EXPECT_EQ(en(150, "億円"), "15 billion yen");
  EXPECT_EQ(en(2287, "億円"), "228.7 billion yen");
  EXPECT_EQ(en(6, "億円"), "600 million yen");
  EXPECT_EQ(en(1.2, "兆円"), "1.2 trillion yen");
  EXPECT_EQ(en(-4, "兆円"), "\u22124 trillion yen");
  EXPECT_EQ(en(12345.6789, "億円"), "1.235 trillion yen") << "rounded to 3 decimals";
}

TEST(EnglishQuantity, ThousandsAndCompoundUnits) {
  EXPECT_EQ(en(250, "千t"), "250,000 t");
  EXPECT_EQ(en(12000, "千t"), "12 million t");
  EXPECT_EQ(en(12000, "千円/人"), "12 million yen per person");
  EXPECT_EQ(en(3.5, "万台/月"), "35,000 units per month");
  EXPECT_EQ(en(30, "万台/年"), "300,000 units per year");
}

TEST(EnglishQuantity, CountersPercentTenthsAndRanks) {
  EXPECT_EQ(en(1537, "会員"), "1,537 members");
  EXPECT_EQ(en(1, "件"), "1 case") << "singular after exactly one";
  EXPECT_EQ(en(1, "人"), "1 person");
  EXPECT_EQ(en(1.5, "人"), "1.5 people");
  EXPECT_EQ(en(43, "市町村"), "43 municipalities");
  EXPECT_EQ(en(15, "年"), "15 years");
  EXPECT_EQ(en(65, "%"), "65%");
  EXPECT_EQ(en(4, "割"), "40%");
  EXPECT_EQ(en(6, "割台"), "60% range");
  EXPECT_EQ(en(17, "位"), "17th place");
  EXPECT_EQ(en(1, "位"), "1st place");
  EXPECT_EQ(en(2, "位"), "2nd place");
  EXPECT_EQ(en(3, "位"), "3rd place");
  EXPECT_EQ(en(11, "位"), "11th place");
  EXPECT_EQ(en(112, "位"), "112th place");
  EXPECT_EQ(en(121, "位"), "121st place");
}

TEST(EnglishQuantity, SymbolsIndicesAndUnknownWordsStayAsWritten) {
  EXPECT_EQ(en(7854, "MW"), "7,854 MW");
  EXPECT_EQ(en(2500000, "MW"), "2,500,000 MW") << "a symbol is never turned into million MW";
  EXPECT_EQ(en(1.35, ""), "1.35");
  EXPECT_EQ(en(12, "ドル"), "12 ドル") << "unknown: Japanese shown rather than a guess";
  EXPECT_EQ(en(300, "万ドル"), "3 million ドル") << "its known prefix is still rescaled";
  EXPECT_EQ(en(5, "万"), "50,000");
  EXPECT_EQ(en(861, "万"), "8.61 million");
  EXPECT_EQ(en(3, "台/週"), "3 台/週") << "an unknown denominator keeps the whole unit";
}

TEST(JapaneseQuantity, KeepsTheContentUnitAndExactValue) {
  EXPECT_EQ(ja(861, "万人"), "861 万人");
  EXPECT_EQ(ja(3.3, "万人"), "3.3 万人");
  EXPECT_EQ(ja(2287, "億円"), "2,287 億円");
  EXPECT_EQ(ja(65, "%"), "65%");
  EXPECT_EQ(ja(17, "位"), "17 位");
  EXPECT_EQ(ja(1.35, ""), "1.35");
}

TEST(EnglishScale, OneScaleForAChartChosenByItsLargestValue) {
  const EnglishScale people = scale_for("万人", std::vector<double>{-50, -150}, Language::En);
  EXPECT_EQ(people.unit, "million people");
  EXPECT_EQ(format_scaled(-50, people), "\u22120.5");
  EXPECT_EQ(format_scaled(-150, people), "\u22121.5");
  const EnglishScale small = scale_for("万人", std::vector<double>{30, 25}, Language::En);
  EXPECT_EQ(small.unit, "people");
  EXPECT_EQ(format_scaled(25, small), "250,000");
  const EnglishScale ja_scale = scale_for("万人", std::vector<double>{30, 25}, Language::Ja);
  EXPECT_EQ(ja_scale.unit, "万人");
  EXPECT_EQ(ja_scale.factor, 1);
  const EnglishScale empty = scale_for("億円", std::vector<double>{}, Language::En);
  EXPECT_EQ(empty.unit, "yen") << "no values: plain scale";
}

TEST(EnglishQuantity, EveryBuiltInUnitReadsInEnglish) {
  // A unit the tables do not know stays Japanese on English screens: none of the built-in content's may.
  const model::Content content = test::builtin_content();
  ASSERT_FALSE(content.indicators.empty());
  for (const model::Indicator& indicator : content.indicators) {
    if (indicator.points.empty()) continue;
    const std::string text = en(indicator.points.front().value, indicator.unit);
    std::cout << indicator.id << ": " << indicator.points.front().value << " " << indicator.unit << " -> "
              << text << "\n";
    // UTF-8 lead bytes 0xE3 and up start U+3000 and beyond: kana, kanji, full-width forms (− is U+2212).
    for (char c : text) EXPECT_LT(static_cast<unsigned char>(c), 0xE3) << indicator.id << ": " << text;
  }
}

}  // namespace
}  // namespace kiosk::ui
