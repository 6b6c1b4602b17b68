#include "platform/opening_hours.hpp"

#include <cstdio>

namespace kiosk::firmware {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// "HH:MM" with 00:00-24:00; -1 otherwise.
int parse_clock_time(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return -1;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (text[i] < '0' || text[i] > '9') return -1;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return -1;
  return hours * 60 + minutes;
}

std::string format_clock_time(int minute) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
  return text;
}

Result<OpeningSpan> parse_span(std::string_view text) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  const size_t dash = text.find('-');
  if (dash == std::string_view::npos) return fail(ErrorCode::Validation, quoted + " is not a span HH:MM-HH:MM");
  const std::string_view start_text = trim(text.substr(0, dash)), end_text = trim(text.substr(dash + 1));
  const int start = parse_clock_time(start_text), end = parse_clock_time(end_text);
  if (start < 0) return fail(ErrorCode::Validation, quoted + ": \"" + std::string(start_text) + "\" is not a time 00:00-23:59");
  if (end < 0) return fail(ErrorCode::Validation, quoted + ": \"" + std::string(end_text) + "\" is not a time 00:00-24:00");
  if (start == kMinutesPerDay) return fail(ErrorCode::Validation, quoted + ": a span cannot start at 24:00");
  if (start == end) return fail(ErrorCode::Validation, quoted + " is empty (it starts where it ends)");
  return OpeningSpan{start, end};
}

}  // namespace

std::array<DayHours, 7> OpeningHours::always_open() {
  std::array<DayHours, 7> days;
  for (DayHours& day : days) day.spans = {{0, kMinutesPerDay}};
  return days;
}

Weekday weekday_of_local_day(int64_t days_since_epoch) {
  const int64_t monday_based = ((days_since_epoch + 3) % 7 + 7) % 7;  // day 0 was a Thursday
  return static_cast<Weekday>(monday_based);
}

bool OpeningHours::is_open(int64_t utc) const {
  const int64_t local = utc + int64_t{utc_offset_minutes} * 60;
  const int64_t day = local >= 0 ? local / 86400 : (local - 86399) / 86400;  // floor division
  const int minute = static_cast<int>((local - day * 86400) / 60);
  const auto& today = days[static_cast<size_t>(weekday_of_local_day(day))];
  for (const OpeningSpan& span : today.spans) {
    const bool wraps = span.end_minute < span.start_minute;
    if (minute >= span.start_minute && (wraps || minute < span.end_minute)) return true;
  }
  // A span that began yesterday and runs past midnight.
  const auto& yesterday = days[static_cast<size_t>(weekday_of_local_day(day - 1))];
  for (const OpeningSpan& span : yesterday.spans)
    if (span.end_minute < span.start_minute && minute < span.end_minute) return true;
  return false;
}

Result<DayHours> parse_day_hours(std::string_view text) {
  const std::string_view trimmed = trim(text);
  if (trimmed == "always") return DayHours{{{0, kMinutesPerDay}}};
  if (trimmed == "closed") return DayHours{};
  if (trimmed.empty()) return fail(ErrorCode::Validation, "\"\" is empty");
  DayHours day;
  std::string_view rest = trimmed;
  while (!rest.empty()) {
    const size_t comma = rest.find(',');
    auto span = parse_span(trim(rest.substr(0, comma)));
    if (!span) return tl::unexpected(span.error());
    day.spans.push_back(*span);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return day;
}

std::string format_day_hours(const DayHours& day) {
  if (day.spans.empty()) return "closed";
  if (day.spans.size() == 1 && day.spans[0] == OpeningSpan{0, kMinutesPerDay}) return "always";
  std::string text;
  for (const OpeningSpan& span : day.spans) {
    if (!text.empty()) text += ", ";
    text += format_clock_time(span.start_minute) + "-" + format_clock_time(span.end_minute);
  }
  return text;
}

Result<int> parse_utc_offset(std::string_view text) {
  const bool plus = text.starts_with('+'), minus = text.starts_with('-');
  const int hhmm = text.size() == 6 ? parse_clock_time(text.substr(1)) : -1;
  const int minutes = (plus ? 1 : -1) * hhmm;
  if ((!plus && !minus) || hhmm < 0 || minutes < -12 * 60 || minutes > 14 * 60)
    return fail(ErrorCode::Validation, "\"" + std::string(text) + "\" is not a UTC offset");
  return minutes;
}

std::string format_utc_offset(int minutes) {
  return (minutes < 0 ? "-" : "+") + format_clock_time(minutes < 0 ? -minutes : minutes);
}

}  // namespace kiosk::firmware
