// Checking the applied version's asset files against their recorded SHA-256: an SD card can flip bits
// in a file that was written correctly, and a damaged image must never reach the screen.
//
//   auto report = store::check_applied_assets(data_dir);   // at start, before the UI opens the store
//   for (const auto& bad : report->damaged) log(bad.reason); // each damaged file is already removed
//
// A removed file is fetched again by the next sync (engine: a poll finding applied assets missing
// fetches the applied manifest again even when the source says "unchanged"); until then the screens
// find the asset missing and show their placeholder, never the damaged bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "model/content.hpp"

namespace kiosk::store {

struct DamagedAsset {
  model::Asset asset;  // as the applied version records it
  std::string reason;  // "<file>: SHA-256 is ..., expected ..." or "...: missing"
};

struct AssetCheckReport {
  int checked = 0;                    // asset files the applied version references
  uint64_t bytes_hashed = 0;          // bytes read to hash them
  std::vector<DamagedAsset> damaged;  // missing, wrong size or wrong hash; the bad files are removed
};

// Hashes every asset file the applied version references (no database: nothing to check). Removes
// each one whose size or SHA-256 differs. Fails only when the database or the store cannot be read.
Result<AssetCheckReport> check_applied_assets(const std::filesystem::path& data_dir);

// The applied version's assets that are absent from the store (a stat each, no hashing): what a sync
// must fetch again although the version is current.
Result<std::vector<model::Asset>> missing_applied_assets(const std::filesystem::path& data_dir);

}  // namespace kiosk::store
