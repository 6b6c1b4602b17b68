// First start: a kiosk with an empty data dir loads the built-in bundle, so it shows real Tohoku
// content with no network at all (DESIGN.md section 6).
#pragma once

#include <filesystem>

#include "common/result.hpp"
#include "log.hpp"

namespace kiosk::firmware {

// Loads `builtin_dir` into `data_dir` when the data dir has no database or content version 0.
// Otherwise hashes the asset files the applied version references (store/asset_check.hpp): a damaged
// or missing one is removed and restored from `builtin_dir` when that holds the same file, else left
// for the next sync to fetch again; the screens never get the damaged bytes. Logs what it did and how
// long the check took.
Result<void> ensure_content(const std::filesystem::path& data_dir, const std::filesystem::path& builtin_dir,
                            const Log& log);

}  // namespace kiosk::firmware
