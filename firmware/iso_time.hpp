// Parsing the ISO-8601 instants staff type for --now ("2022-12-14T10:00+09:00").
#pragma once

#include <cstdint>
#include <string_view>

#include "common/result.hpp"

namespace kiosk::firmware {

// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, optionally followed by Z, +HH:MM or
// -HH:MM. Without an offset the time is Asia/Tokyo (+09:00), like every time in the content.
// Returns Unix seconds; ErrorCode::Parse with the reason otherwise.
Result<int64_t> parse_iso8601(std::string_view text);

}  // namespace kiosk::firmware
