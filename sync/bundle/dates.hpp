// Dates and periods as staff write them. Local times are Asia/Tokyo, a fixed UTC+9 with no daylight
// saving time, so converting needs no time-zone database.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::bundle {

inline constexpr int64_t kTokyoUtcOffsetSeconds = 9 * 3600;

enum class DatePrecision { Year, Month, Day, Minute };

struct LocalSpan {        // the interval a written date stands for, in Unix time
  int64_t start_utc = 0;  // first second
  int64_t end_utc = 0;    // first second after it (exclusive)
  DatePrecision precision = DatePrecision::Day;
};

// "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (Asia/Tokyo) -> the whole year, month, day or
// minute it names; nullopt for anything else, including dates that do not exist (2022-02-30).
std::optional<LocalSpan> parse_local_date(std::string_view text);

struct EventTimes {  // derived fields of model::Event
  int64_t start_utc = 0;
  int64_t end_utc = 0;  // exclusive
  bool all_day = true;  // neither start nor end names a time of day
};

// An event's start and end as written. `end` empty = the same period as `start`; a date `end` is
// inclusive (the whole day/month/year), a time `end` is the instant the event ends. Nullopt when either
// does not parse; end_utc <= start_utc is returned as is for the caller to report.
std::optional<EventTimes> event_times(std::string_view start, std::string_view end);

// A point's period: "YYYY", "YYYY-MM", "YYYY-MM-DD" or "FYYYYY" (Japanese fiscal year, April-March).
bool is_period(std::string_view text);

}  // namespace kiosk::bundle
