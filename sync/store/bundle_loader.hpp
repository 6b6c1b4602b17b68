// Applying a bundle directory to a kiosk data dir: what `kioskctl load` and the kiosk's first start
// (built-in content) do. Order matters for power cuts: verify everything, copy assets in durably,
// then one database transaction, and only after it commits remove assets no longer referenced.
#pragma once

#include <cstdint>
#include <filesystem>

#include "common/result.hpp"

namespace kiosk::store {

struct LoadReport {
  int64_t version = 0;     // the version now applied
  int assets_copied = 0;   // asset files that were not yet in the store
  int assets_removed = 0;  // unreferenced asset files garbage-collected after the commit
};

// Reads and verifies `bundle_dir` (bundle::read_bundle), then applies it to `data_dir`.
// On any failure the data dir's content is exactly as before.
Result<LoadReport> load_bundle(const std::filesystem::path& bundle_dir, const std::filesystem::path& data_dir);

}  // namespace kiosk::store
