#include "iso_time.hpp"

#include <chrono>
#include <string>

namespace kiosk::firmware {
namespace {

constexpr int kTokyoOffsetMinutes = 9 * 60;

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int digits_at(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Result<int> parse_offset_minutes(std::string_view zone) {
  if (zone.empty()) return kTokyoOffsetMinutes;
  if (zone == "Z") return 0;
  const int sign = zone[0] == '+' ? 1 : zone[0] == '-' ? -1 : 0;
  const int hours = digits_at(zone, 1, 2);
  const bool colon = zone.size() == 6 && zone[3] == ':';
  const int minutes = digits_at(zone, colon ? 4 : 3, 2);
  if (sign == 0 || hours < 0 || minutes < 0 || zone.size() != (colon ? 6u : 5u) || hours > 14 || minutes > 59)
    return fail(ErrorCode::Parse, "\"" + std::string(zone) + "\" is not a UTC offset (Z, +09:00 or -0500)");
  return sign * (hours * 60 + minutes);
}

}  // namespace

Result<int64_t> parse_iso8601(std::string_view text) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  const int year = digits_at(text, 0, 4), month = digits_at(text, 5, 2), day = digits_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text[4] != '-' || text[7] != '-')
    return fail(ErrorCode::Parse, quoted + " is not a date and time (e.g. 2022-12-14T10:00+09:00)");
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return fail(ErrorCode::Parse, quoted + ": there is no such day");

  int hour = 0, minute = 0, second = 0;
  size_t rest = 10;
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) {
    hour = digits_at(text, 11, 2);
    minute = digits_at(text, 14, 2);
    if (hour < 0 || minute < 0 || text.size() < 16 || text[13] != ':')
      return fail(ErrorCode::Parse, quoted + ": the time must be HH:MM or HH:MM:SS");
    rest = 16;
    if (text.size() > 16 && text[16] == ':') {
      second = digits_at(text, 17, 2);
      if (second < 0) return fail(ErrorCode::Parse, quoted + ": the seconds must be two digits");
      rest = 19;
    }
    if (hour > 23 || minute > 59 || second > 59)
      return fail(ErrorCode::Parse, quoted + ": the time is out of range");
  }
  auto offset = parse_offset_minutes(text.substr(rest));
  if (!offset) return fail(ErrorCode::Parse, quoted + ": " + offset.error().message);

  const auto days = std::chrono::sys_days(date).time_since_epoch().count();
  const int64_t seconds_of_day = int64_t{hour} * 3600 + int64_t{minute} * 60 + second;
  return static_cast<int64_t>(days) * 86400 + seconds_of_day - int64_t{*offset} * 60;
}

}  // namespace kiosk::firmware
