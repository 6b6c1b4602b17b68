// First start: a kiosk with an empty data dir loads the built-in bundle, so it shows real Tohoku
// content with no network at all (DESIGN.md section 6).
#pragma once

#include <filesystem>

#include "common/result.hpp"
#include "log.hpp"

namespace kiosk::firmware {

// Loads `builtin_dir` into `data_dir` when the data dir has no database or content version 0;
// otherwise leaves it alone. Logs what it did.
Result<void> ensure_content(const std::filesystem::path& data_dir, const std::filesystem::path& builtin_dir,
                            const Log& log);

}  // namespace kiosk::firmware
