// ISO-8601 UTC timestamps ("2026-01-01T00:00:00Z"), the form of every `created` and `expires` field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

std::string format_utc_timestamp(int64_t unix_seconds);  // "YYYY-MM-DDTHH:MM:SSZ"
std::optional<int64_t> parse_utc_timestamp(
    std::string_view timestamp);  // exactly that form, a real date; else nullopt

// Unix time of a proleptic-Gregorian civil date at 00:00 UTC; nullopt when the date does not exist
// (2022-02-30, month 13). Shared by timestamps and the Asia/Tokyo dates of the content.
std::optional<int64_t> unix_days(int year, int month, int day);

}  // namespace kiosk
