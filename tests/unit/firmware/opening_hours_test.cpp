// Opening hours and the screen schedule with an injected time: weekday boundaries, spans past
// midnight (including Sunday night into Monday), the UTC offset, and a staff touch after closing.
#include <gtest/gtest.h>

#include "iso_time.hpp"
#include "platform/opening_hours.hpp"
#include "platform/screen_schedule.hpp"

namespace kiosk::firmware {
namespace {

int64_t at(const char* iso) {  // "2022-12-14T10:00" is Asia/Tokyo, like the config's default offset
  auto t = parse_iso8601(iso);
  EXPECT_TRUE(t) << iso;
  return t.value_or(0);
}

OpeningHours hours(std::array<const char*, 7> days) {
  OpeningHours result;
  for (size_t i = 0; i < days.size(); ++i) result.days[i] = parse_day_hours(days[i]).value();
  return result;
}

TEST(OpeningHours, WeekdayOfKnownDates) {
  EXPECT_EQ(weekday_of_local_day(0), Weekday::Thursday);  // 1970-01-01
  EXPECT_EQ(weekday_of_local_day(-1), Weekday::Wednesday);
  EXPECT_EQ(weekday_of_local_day(19340), Weekday::Wednesday);  // 2022-12-14, SEMICON Japan day 1
}

TEST(OpeningHours, OpensAndClosesOnTheMinute) {
  // SEMICON Japan 2022: Wednesday 14 to Friday 16 December, 10:00-17:00.
  const auto show = hours({"closed", "closed", "10:00-17:00", "10:00-17:00", "10:00-17:00", "closed", "closed"});
  EXPECT_FALSE(show.is_open(at("2022-12-14T09:59:59")));
  EXPECT_TRUE(show.is_open(at("2022-12-14T10:00")));
  EXPECT_TRUE(show.is_open(at("2022-12-14T16:59:59")));
  EXPECT_FALSE(show.is_open(at("2022-12-14T17:00")));
  EXPECT_FALSE(show.is_open(at("2022-12-17T12:00"))) << "Saturday is closed";
  EXPECT_FALSE(show.is_open(at("2022-12-13T12:00"))) << "Tuesday is closed";
}

TEST(OpeningHours, SpanEndingAt0000RunsToMidnight) {  // the fuzzer's input: "18:00-00:00" is accepted
  const auto evening = hours({"closed", "closed", "closed", "closed", "closed", "18:00-00:00", "closed"});
  EXPECT_TRUE(evening.is_open(at("2022-12-17T23:59:59")));  // Saturday evening
  EXPECT_FALSE(evening.is_open(at("2022-12-18T00:00")));    // Sunday: nothing carries over
  EXPECT_FALSE(evening.is_open(at("2022-12-17T17:59:59")));
}

TEST(OpeningHours, SpanPastMidnightBelongsToTheDayItStarts) {
  const auto late = hours({"closed", "closed", "closed", "closed", "closed", "18:00-02:00", "closed"});
  EXPECT_TRUE(late.is_open(at("2022-12-17T18:00")));      // Saturday evening
  EXPECT_TRUE(late.is_open(at("2022-12-17T23:59:59")));
  EXPECT_TRUE(late.is_open(at("2022-12-18T00:00")));      // Sunday, carried over from Saturday
  EXPECT_TRUE(late.is_open(at("2022-12-18T01:59:59")));
  EXPECT_FALSE(late.is_open(at("2022-12-18T02:00")));
  EXPECT_FALSE(late.is_open(at("2022-12-18T18:00"))) << "Sunday itself is closed";
  EXPECT_FALSE(late.is_open(at("2022-12-17T01:00"))) << "Friday was closed, so nothing carries into Saturday";
}

TEST(OpeningHours, SundayNightRunsIntoMonday) {
  const auto sunday_late = hours({"closed", "closed", "closed", "closed", "closed", "closed", "20:00-01:00"});
  EXPECT_TRUE(sunday_late.is_open(at("2022-12-19T00:30")));  // Monday 00:30
  EXPECT_FALSE(sunday_late.is_open(at("2022-12-19T01:00")));
  EXPECT_TRUE(sunday_late.is_open(at("2022-12-18T20:00")));  // Sunday evening
  EXPECT_FALSE(sunday_late.is_open(at("2022-12-18T00:30"))) << "Saturday was closed";
}

TEST(OpeningHours, EndOfDayAt2400AndSeveralSpans) {
  const auto split = hours({"10:00-12:00, 13:00-24:00", "closed", "closed", "closed", "closed", "closed", "closed"});
  EXPECT_TRUE(split.is_open(at("2022-12-12T11:59")));
  EXPECT_FALSE(split.is_open(at("2022-12-12T12:30"))) << "lunch break";
  EXPECT_TRUE(split.is_open(at("2022-12-12T23:59:59")));
  EXPECT_FALSE(split.is_open(at("2022-12-13T00:00"))) << "24:00 ends the day; it does not carry over";
}

TEST(OpeningHours, TheUtcOffsetMovesTheLocalDay) {
  auto show = hours({"09:00-10:00", "closed", "closed", "closed", "closed", "closed", "closed"});
  const int64_t monday_0930_jst = at("2022-12-12T09:30");
  EXPECT_TRUE(show.is_open(monday_0930_jst));
  show.utc_offset_minutes = 0;  // the same instant is Monday 00:30 UTC
  EXPECT_FALSE(show.is_open(monday_0930_jst));
  EXPECT_TRUE(show.is_open(monday_0930_jst + 8 * 3600 + 30 * 60)) << "Monday 09:00 UTC";
}

TEST(OpeningHours, ParsesAndFormatsDays) {
  EXPECT_EQ(format_day_hours(parse_day_hours(" always ").value()), "always");
  EXPECT_EQ(format_day_hours(parse_day_hours("closed").value()), "closed");
  EXPECT_EQ(format_day_hours(parse_day_hours("00:00-24:00").value()), "always");
  EXPECT_EQ(parse_day_hours("9:00-10:00").error().message, "\"9:00-10:00\": \"9:00\" is not a time 00:00-23:59");
  EXPECT_EQ(format_day_hours(parse_day_hours("10:00-12:00 ,13:00-17:00").value()), "10:00-12:00, 13:00-17:00");
  EXPECT_EQ(parse_day_hours("").error().message, "\"\" is empty");
  EXPECT_EQ(parse_day_hours("10:00-12:00,").value().spans.size(), 1u);
  EXPECT_EQ(parse_utc_offset("-03:30").value(), -210);
  EXPECT_EQ(format_utc_offset(-210), "-03:30");
  EXPECT_EQ(format_utc_offset(540), "+09:00");
}

TEST(ScreenSchedule, TouchAfterClosingWakesTheScreenForTheIdleTimeout) {
  ScreenSchedule schedule(hours({"10:00-17:00", "closed", "closed", "closed", "closed", "closed", "closed"}), 90);
  const int64_t evening = at("2022-12-12T19:00");
  EXPECT_FALSE(schedule.screen_on(evening));
  schedule.wake(evening);
  EXPECT_TRUE(schedule.screen_on(evening + 89));
  EXPECT_FALSE(schedule.screen_on(evening + 90));
  EXPECT_FALSE(schedule.is_open(evening + 10)) << "a wake does not change the opening hours";
}

TEST(ScreenSchedule, ReloadedHoursApplyAtOnce) {
  ScreenSchedule schedule(OpeningHours{}, 90);
  const int64_t noon = at("2022-12-12T12:00");
  EXPECT_TRUE(schedule.screen_on(noon));
  schedule.set_hours(hours({"closed", "closed", "closed", "closed", "closed", "closed", "closed"}));
  EXPECT_FALSE(schedule.screen_on(noon));
}

}  // namespace
}  // namespace kiosk::firmware
