#include "common/timestamp.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace kiosk {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Reads exactly `width` ASCII digits at `pos`; no sign, no spaces (from_chars alone would accept fewer).
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data() + pos, text.data() + pos + width, value);
  return value;
}

}  // namespace

std::optional<int64_t> unix_days(int year, int month, int day) {
  using namespace std::chrono;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return sys_days{date}.time_since_epoch().count();
}

std::string format_utc_timestamp(int64_t unix_seconds) {
  using namespace std::chrono;
  int64_t days = unix_seconds / kSecondsPerDay;
  int64_t rest = unix_seconds % kSecondsPerDay;
  if (rest < 0) {  // floor division: times before 1970 still have a positive time of day
    rest += kSecondsPerDay;
    --days;
  }
  const year_month_day date{sys_days{std::chrono::days{days}}};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

std::optional<int64_t> parse_utc_timestamp(std::string_view t) {
  if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' ||
      t[19] != 'Z') {
    return std::nullopt;
  }
  const auto year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
  const auto hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second) return std::nullopt;
  if (*hour > 23 || *minute > 59 || *second > 59) return std::nullopt;
  const auto days = unix_days(*year, *month, *day);
  if (!days) return std::nullopt;
  return *days * kSecondsPerDay + *hour * 3600 + *minute * 60 + *second;
}

}  // namespace kiosk
