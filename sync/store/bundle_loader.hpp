// Applying a bundle directory to a kiosk data dir: what `kioskctl load` and the kiosk's first start
// (built-in content) do. Order matters for power cuts: verify everything, copy assets in durably,
// then one database transaction, and only after it commits remove assets no longer referenced.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "common/result.hpp"

namespace kiosk::store {

struct LoadReport {
  int64_t version = 0;     // the version now applied
  int assets_copied = 0;   // asset files that were not yet in the store
  int assets_removed = 0;  // unreferenced asset files garbage-collected after the commit
  std::string warning;     // set when the new version is applied but garbage collection failed
};

struct LoadOptions {
  // Refuse a bundle whose version is not greater than the applied one (rollback protection).
  // Off for `kioskctl load`, which staff use to re-apply any version; the sync engine turns it on.
  bool require_newer_version = false;
  // The bundle folder is the sync engine's own staging copy, deleted after the load: its asset files
  // are hard-linked into the store (AssetStore::Intake::Link) instead of copied. Never for a staff
  // folder or a USB stick, whose files someone may change later.
  bool link_assets = false;
};

// Reads and verifies `bundle_dir` (bundle::read_bundle), then applies it to `data_dir`.
// On any failure the data dir's content is exactly as before (asset files copied for it are removed).
Result<LoadReport> load_bundle(const std::filesystem::path& bundle_dir, const std::filesystem::path& data_dir,
                               const LoadOptions& options = {});

}  // namespace kiosk::store
