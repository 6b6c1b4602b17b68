#include "bundle/dates.hpp"

#include "bundle/numbers.hpp"
#include "common/timestamp.hpp"

namespace kiosk::bundle {
namespace {

constexpr int64_t kDay = 86400;

// Unix time of local midnight of a civil date in Tokyo; nullopt when the date does not exist.
std::optional<int64_t> tokyo_midnight(int year, int month, int day) {
  const auto days = unix_days(year, month, day);
  if (!days) return std::nullopt;
  return *days * kDay - kTokyoUtcOffsetSeconds;
}

std::optional<LocalSpan> year_span(int year) {
  const auto start = tokyo_midnight(year, 1, 1), end = tokyo_midnight(year + 1, 1, 1);
  return LocalSpan{*start, *end, DatePrecision::Year};
}

std::optional<LocalSpan> month_span(int year, int month) {
  const auto start = tokyo_midnight(year, month, 1);
  if (!start) return std::nullopt;
  const auto end = month == 12 ? tokyo_midnight(year + 1, 1, 1) : tokyo_midnight(year, month + 1, 1);
  return LocalSpan{*start, *end, DatePrecision::Month};
}

}  // namespace

std::optional<LocalSpan> parse_local_date(std::string_view t) {
  const auto year = parse_fixed_digits(t.substr(0, 4));
  if (!year) return std::nullopt;
  if (t.size() == 4) return year_span(*year);
  if (t.size() < 7 || t[4] != '-') return std::nullopt;
  const auto month = parse_fixed_digits(t.substr(5, 2));
  if (!month) return std::nullopt;
  if (t.size() == 7) return month_span(*year, *month);
  if (t.size() < 10 || t[7] != '-') return std::nullopt;
  const auto day = parse_fixed_digits(t.substr(8, 2));
  if (!day) return std::nullopt;
  const auto midnight = tokyo_midnight(*year, *month, *day);
  if (!midnight) return std::nullopt;
  if (t.size() == 10) return LocalSpan{*midnight, *midnight + kDay, DatePrecision::Day};
  if (t.size() != 16 || t[10] != 'T' || t[13] != ':') return std::nullopt;
  const auto hour = parse_fixed_digits(t.substr(11, 2)), minute = parse_fixed_digits(t.substr(14, 2));
  if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
  const int64_t start = *midnight + *hour * 3600 + *minute * 60;
  return LocalSpan{start, start + 60, DatePrecision::Minute};
}

std::optional<EventTimes> event_times(std::string_view start, std::string_view end) {
  const auto first = parse_local_date(start);
  if (!first) return std::nullopt;
  if (end.empty()) {
    return EventTimes{first->start_utc, first->end_utc, first->precision != DatePrecision::Minute};
  }
  const auto last = parse_local_date(end);
  if (!last) return std::nullopt;
  const bool timed_end = last->precision == DatePrecision::Minute;
  return EventTimes{first->start_utc, timed_end ? last->start_utc : last->end_utc,
                    first->precision != DatePrecision::Minute && !timed_end};
}

bool is_period(std::string_view text) {
  if (text.size() == 6 && text.substr(0, 2) == "FY") return parse_fixed_digits(text.substr(2)).has_value();
  const auto span = parse_local_date(text);
  return span && span->precision != DatePrecision::Minute;
}

}  // namespace kiosk::bundle
