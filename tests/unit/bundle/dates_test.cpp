#include "bundle/dates.hpp"

#include <gtest/gtest.h>

#include "common/timestamp.hpp"

namespace kiosk::bundle {
namespace {

int64_t utc(const char* timestamp) { return *parse_utc_timestamp(timestamp); }

TEST(Dates, YearIsTheWholeTokyoYear) {
  const auto span = parse_local_date("2022");
  ASSERT_TRUE(span);
  EXPECT_EQ(span->start_utc, utc("2021-12-31T15:00:00Z"));
  EXPECT_EQ(span->end_utc, utc("2022-12-31T15:00:00Z"));
  EXPECT_EQ(span->precision, DatePrecision::Year);
}

TEST(Dates, MonthEndsAtTheNextMonthIncludingDecemberAndLeapFebruary) {
  EXPECT_EQ(parse_local_date("2022-12")->end_utc, utc("2022-12-31T15:00:00Z"));
  EXPECT_EQ(parse_local_date("2024-02")->start_utc, utc("2024-01-31T15:00:00Z"));
  EXPECT_EQ(parse_local_date("2024-02")->end_utc, utc("2024-02-29T15:00:00Z"));
}

TEST(Dates, DayIsTokyoMidnightToMidnight) {
  const auto span = parse_local_date("2022-12-14");
  ASSERT_TRUE(span);
  EXPECT_EQ(span->start_utc, utc("2022-12-13T15:00:00Z"));
  EXPECT_EQ(span->end_utc, utc("2022-12-14T15:00:00Z"));
}

TEST(Dates, TimeOfDayIsTokyoLocalTime) {
  const auto span = parse_local_date("2011-03-11T14:46");
  ASSERT_TRUE(span);
  EXPECT_EQ(span->start_utc, utc("2011-03-11T05:46:00Z"));
  EXPECT_EQ(span->precision, DatePrecision::Minute);
}

TEST(Dates, EarlyMorningInTokyoIsThePreviousDayInUtc) {
  EXPECT_EQ(parse_local_date("2023-01-01T08:59")->start_utc, utc("2022-12-31T23:59:00Z"));
}

TEST(Dates, RejectsDateWithMonth13) { EXPECT_FALSE(parse_local_date("2022-13-01")); }

TEST(Dates, RejectsDaysThatDoNotExist) {
  EXPECT_FALSE(parse_local_date("2022-02-30"));
  EXPECT_FALSE(parse_local_date("2023-02-29"));
  EXPECT_FALSE(parse_local_date("2022-04-31"));
  EXPECT_FALSE(parse_local_date("2022-00-10"));
  EXPECT_FALSE(parse_local_date("2022-01-00"));
  EXPECT_TRUE(parse_local_date("2024-02-29"));
}

TEST(Dates, RejectsImpossibleTimes) {
  EXPECT_FALSE(parse_local_date("2022-12-14T24:00"));
  EXPECT_FALSE(parse_local_date("2022-12-14T10:60"));
}

TEST(Dates, RejectsOtherSpellings) {
  for (const char* text :
       {"", "22", "2022-1", "2022-1-05", "2022/12/14", "2022-12-14 10:00", "2022-12-14T10:00:00",
        "2022-12-14T1000", "２０２２", "+022", "2022-12-14T10:00Z", "R4"}) {
    EXPECT_FALSE(parse_local_date(text)) << text;
  }
}

TEST(Dates, EventEndDateIsInclusive) {
  const auto t = event_times("2022-12-14", "2022-12-16");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->start_utc, utc("2022-12-13T15:00:00Z"));
  EXPECT_EQ(t->end_utc, utc("2022-12-16T15:00:00Z"));
  EXPECT_TRUE(t->all_day);
}

TEST(Dates, EventEndTimeIsTheInstantItEnds) {
  const auto t = event_times("2022-12-15T13:00", "2022-12-15T14:30");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->start_utc, utc("2022-12-15T04:00:00Z"));
  EXPECT_EQ(t->end_utc, utc("2022-12-15T05:30:00Z"));
  EXPECT_FALSE(t->all_day);
}

TEST(Dates, EventWithoutEndLastsItsStartPeriod) {
  EXPECT_EQ(event_times("2022-12", "")->end_utc, utc("2022-12-31T15:00:00Z"));
  EXPECT_EQ(event_times("2022-12-14T10:00", "")->end_utc, utc("2022-12-14T01:01:00Z"));
  EXPECT_FALSE(event_times("2022-12-14T10:00", "")->all_day);
}

TEST(Dates, EventMixingDateAndTimeIsNotAllDay) {
  const auto t = event_times("2022-12-14T10:00", "2022-12-16");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->end_utc, utc("2022-12-16T15:00:00Z"));
  EXPECT_FALSE(t->all_day);
}

TEST(Dates, EventWithBadEndIsRejected) { EXPECT_FALSE(event_times("2022-12-14", "2022-12-32")); }

TEST(Dates, PeriodsAcceptYearMonthDayAndFiscalYear) {
  for (const char* text : {"2020", "2021-03", "2021-03-31", "FY2024"}) EXPECT_TRUE(is_period(text)) << text;
  for (const char* text : {"FY24", "fy2024", "FY2024-03", "2021-03-31T10:00", "2021-13", "H30"}) {
    EXPECT_FALSE(is_period(text)) << text;
  }
}

}  // namespace
}  // namespace kiosk::bundle
