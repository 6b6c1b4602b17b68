// Trusted time: a floor under the kiosk's clock that never goes backwards. A Raspberry Pi has no
// real-time clock and boots with whatever time it saved last (or 1970) until NTP answers, and anyone
// on the exhibition Wi-Fi can answer NTP. An expired manifest must not become valid again because the
// clock was rolled back, so the engine keeps the latest `created` time of any manifest it applied (or
// found current) in <data_dir>/trusted-time, and judges expiry at max(clock, that floor).
#pragma once

#include <cstdint>
#include <filesystem>

#include "common/result.hpp"

namespace kiosk::engine {

std::filesystem::path trusted_time_file(const std::filesystem::path& data_dir);  // <data_dir>/trusted-time

// The saved floor in Unix seconds; 0 when there is none yet. A file that does not hold one
// ISO-8601 UTC timestamp is an error naming the file (the engine then refuses nothing on its account
// but logs it, and the next verified manifest writes a good one).
Result<int64_t> load_trusted_time(const std::filesystem::path& data_dir);

// Replaces the file durably with `utc` (temp + fsync + rename). The caller only ever raises it.
Result<void> save_trusted_time(const std::filesystem::path& data_dir, int64_t utc);

}  // namespace kiosk::engine
