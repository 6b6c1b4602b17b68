// Numbers, units and periods as visitors read them, and which point heads an indicator.
#include <gtest/gtest.h>

#include "content/indicator_headline.hpp"
#include "i18n/format.hpp"

namespace kiosk::ui {
namespace {

TEST(FormatNumber, GroupsThousandsAndKeepsTheSourceDecimals) {
  EXPECT_EQ(format_number(861), "861");
  EXPECT_EQ(format_number(7854), "7,854");
  EXPECT_EQ(format_number(12000), "12,000");
  EXPECT_EQ(format_number(1234567.5), "1,234,567.5");
  EXPECT_EQ(format_number(2.8), "2.8") << "not 2.7999999999999998";
  EXPECT_EQ(format_number(0.98), "0.98");
  EXPECT_EQ(format_number(0), "0");
}

TEST(FormatNumber, NegativeValuesUseTheMinusSign) {
  EXPECT_EQ(format_number(-89), "\u221289");
  EXPECT_EQ(format_number(-2.8), "\u22122.8");
  EXPECT_EQ(format_number(-1500), "\u22121,500");
  EXPECT_EQ(format_number(-0.0), "0");
}

TEST(FormatValue, PutsTheUnitAfterASpaceExceptPercent) {
  EXPECT_EQ(format_value(861, "万人"), "861 万人");
  EXPECT_EQ(format_value(7854, "MW"), "7,854 MW");
  EXPECT_EQ(format_value(65, "%"), "65%");
  EXPECT_EQ(format_value(1.35, ""), "1.35");
}

TEST(FormatPeriod, ReadsNaturallyInEachLanguage) {
  EXPECT_EQ(format_period("2020", Language::Ja), "2020年");
  EXPECT_EQ(format_period("2020", Language::En), "2020");
  EXPECT_EQ(format_period("2021-03", Language::Ja), "2021年3月");
  EXPECT_EQ(format_period("2021-03", Language::En), "Mar 2021");
  EXPECT_EQ(format_period("2021-03-31", Language::Ja), "2021年3月31日");
  EXPECT_EQ(format_period("2021-03-31", Language::En), "31 Mar 2021");
  EXPECT_EQ(format_period("FY2024", Language::Ja), "2024年度");
  EXPECT_EQ(format_period("FY2024", Language::En), "FY2024");
}

TEST(FormatPeriod, ShowsUnknownFormsAsWritten) {
  EXPECT_EQ(format_period("2021-13", Language::En), "2021-13");
  EXPECT_EQ(format_period("H23", Language::Ja), "H23");
  EXPECT_EQ(format_period("", Language::Ja), "");
}

TEST(FormatQuote, UsesEachLanguagesQuotationMarks) {
  EXPECT_EQ(quote("861万人", Language::Ja), "「861万人」");
  EXPECT_EQ(quote("861万人", Language::En), "\u201C861万人\u201D");
}

TEST(FormatCharacters, CoverWhatTheFormattersAdd) {
  const std::string_view chars = format_characters();
  for (const char* piece :
       {"\u2212", "年", "月", "日", "度", "「", "」", "\u201C", "\u201D", "\u00B7", "\uFF1A", "\u2014"})
    EXPECT_NE(chars.find(piece), std::string_view::npos) << piece;
}

model::Point point(std::string period, double value, model::PointKind kind = model::PointKind::Actual,
                   std::string region = "tohoku", model::Text label = {}) {
  return {std::move(period), value, kind, std::move(region), std::move(label)};
}

TEST(HeadlinePoint, IsTheLatestActualValue) {
  model::Indicator indicator;
  indicator.points = {point("2020", 1), point("2021-02", 2), point("FY2020", 3),
                      point("2030", 9, model::PointKind::Forecast)};
  ASSERT_NE(headline_point(indicator), nullptr);
  EXPECT_EQ(headline_point(indicator)->value, 3) << "FY2020 ends in March 2021, after 2021-02";
}

TEST(HeadlinePoint, FallsBackToForecastThenTarget) {
  model::Indicator indicator;
  indicator.points = {point("FY2024", 5, model::PointKind::Target),
                      point("2030", -89, model::PointKind::Forecast)};
  EXPECT_EQ(headline_point(indicator)->value, -89);
  indicator.points = {point("FY2024", 5, model::PointKind::Target)};
  EXPECT_EQ(headline_point(indicator)->value, 5);
  indicator.points.clear();
  EXPECT_EQ(headline_point(indicator), nullptr);
}

TEST(HeadlinePoint, PrefersThePlainTohokuValueWithinAPeriod) {
  model::Indicator indicator;
  indicator.points = {point("2021-03", 7854, model::PointKind::Actual, "tohoku", {"太陽光", "Solar"}),
                      point("2021-03", 343, model::PointKind::Actual, "national"),
                      point("2021-03", 9000, model::PointKind::Actual, "tohoku")};
  EXPECT_EQ(headline_point(indicator)->value, 9000);
  indicator.points.pop_back();
  EXPECT_EQ(headline_point(indicator)->value, 7854) << "otherwise file order";
}

TEST(PeriodOrderKey, OrdersPeriodsByTheirEnd) {
  EXPECT_LT(period_order_key("2020-12-31"), period_order_key("2020"));
  EXPECT_LT(period_order_key("2020"), period_order_key("2021-03"));
  EXPECT_EQ(period_order_key("2021-03"), period_order_key("FY2020")) << "both end on 31 March 2021";
  EXPECT_LT(period_order_key("2021-03-31"), period_order_key("FY2020"));
  EXPECT_LT(period_order_key("FY2020"), period_order_key("2021-04-01"));
  EXPECT_EQ(period_order_key("someday"), "");
}

}  // namespace
}  // namespace kiosk::ui
