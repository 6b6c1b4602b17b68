// Opening hours: when the kiosk's screen is on. Each weekday has a list of spans in local time at a
// fixed UTC offset (Japan has no daylight saving time, and a fixed offset keeps the kiosk free of a
// time-zone database that a read-only root could hold stale). A span whose end is before its start
// runs past midnight: Saturday "18:00-02:00" keeps the screen on until Sunday 02:00.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace kiosk::firmware {

inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr int kTokyoUtcOffsetMinutes = 9 * 60;

struct OpeningSpan {
  int start_minute = 0;  // minutes after local midnight, 0-1439
  int end_minute = 0;    // 1-1440 (1440 is "24:00"); less than start_minute: ends on the next day
  bool operator==(const OpeningSpan&) const = default;
};

struct DayHours {
  std::vector<OpeningSpan> spans;  // empty: closed all day
  bool operator==(const DayHours&) const = default;
};

enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

struct OpeningHours {
  std::array<DayHours, 7> days = always_open();  // indexed by Weekday
  int utc_offset_minutes = kTokyoUtcOffsetMinutes;
  bool operator==(const OpeningHours&) const = default;

  bool is_open(int64_t utc) const;                       // Unix seconds
  static std::array<DayHours, 7> always_open();          // every day "always"
};

inline constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

Weekday weekday_of_local_day(int64_t days_since_epoch);  // 1970-01-01 was a Thursday

// "always", "closed" or spans "09:30-18:00" / "10:00-12:00, 13:00-17:00". Errors (Validation) say
// what is wrong in plain words, without the key: the config reader adds file, line and key.
Result<DayHours> parse_day_hours(std::string_view text);
std::string format_day_hours(const DayHours& day);  // the text parse_day_hours reads back

Result<int> parse_utc_offset(std::string_view text);  // "+09:00" -> 540; -12:00 to +14:00
std::string format_utc_offset(int minutes);           // 540 -> "+09:00"

}  // namespace kiosk::firmware
