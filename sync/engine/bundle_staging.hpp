// Staging a verified manifest as a complete bundle folder under <data_dir>/incoming/, ready for
// store::load_bundle: assets already in the content-addressed store are linked, only the missing ones
// are fetched. Downloads go to <data_dir>/incoming/partial/<sha256>.part first, so a cut transfer is
// resumed (Range) at the next poll, and reach the bundle only once size and SHA-256 match.
#pragma once

#include <filesystem>
#include <string_view>

#include "bundle/manifest.hpp"
#include "common/result.hpp"
#include "engine/bundle_source.hpp"

namespace kiosk::engine {

struct StagingReport {
  int downloaded = 0;  // files fetched from the source (content.json always)
  int reused = 0;      // assets taken from the local store
};

// A staging folder that removes itself (the bundle is copied into the store by load_bundle).
class StagedBundle {
 public:
  explicit StagedBundle(std::filesystem::path dir) : dir_(std::move(dir)) {}
  StagedBundle(const StagedBundle&) = delete;
  StagedBundle& operator=(const StagedBundle&) = delete;
  ~StagedBundle();
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

std::filesystem::path incoming_dir(const std::filesystem::path& data_dir);  // <data_dir>/incoming

// Writes `manifest_bytes` (the exact bytes verified) and every file of `manifest` into `staged.dir()`.
Result<StagingReport> stage_bundle(BundleSource& source, const bundle::Manifest& manifest,
                                   std::string_view manifest_bytes, const std::filesystem::path& data_dir,
                                   const StagedBundle& staged);

void remove_partial_downloads(const std::filesystem::path& data_dir);  // after an apply: nothing to resume

}  // namespace kiosk::engine
