#include "engine/bundle_staging.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/durable_file.hpp"
#include "common/sha256.hpp"
#include "store/asset_store.hpp"

namespace kiosk::engine {
namespace {

namespace fs = std::filesystem;

Result<void> make_parent(const fs::path& file) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) return fail(ErrorCode::Io, file.parent_path().string() + ": cannot create: " + ec.message());
  return {};
}

// A hard link costs no space and no copy; the store's files are never modified in place.
Result<void> reuse_stored(const fs::path& stored, const fs::path& target) {
  if (::link(stored.c_str(), target.c_str()) == 0) return {};
  std::error_code ec;
  fs::copy_file(stored, target, ec);
  if (ec) return fail(ErrorCode::Io, target.string() + ": cannot copy from the asset store: " + ec.message());
  return {};
}

// Fetches one file via its partial download, checks its hash, and moves it into the bundle.
Result<void> fetch_verified(BundleSource& source, const model::Asset& entry, const fs::path& partial_dir,
                            const fs::path& target) {
  const fs::path partial = partial_dir / (entry.sha256 + ".part");
  if (auto ok = source.fetch_file(entry, partial); !ok) {
    std::error_code ignored;
    if (ok.error().code == ErrorCode::Integrity) fs::remove(partial, ignored);  // no use resuming a wrong file
    return ok;
  }
  auto digest = sha256_file(partial, entry.size);
  if (!digest) return tl::unexpected(digest.error());
  if (digest->size != entry.size || digest->sha256 != entry.sha256) {
    std::error_code ignored;
    fs::remove(partial, ignored);
    return fail(ErrorCode::Integrity, source.where(entry.path) + ": SHA-256 is " + digest->sha256 +
                                          " (" + std::to_string(digest->size) + " bytes), manifest.json says " +
                                          entry.sha256 + " (" + std::to_string(entry.size) + " bytes)");
  }
  std::error_code ec;
  fs::rename(partial, target, ec);
  if (ec) return fail(ErrorCode::Io, target.string() + ": cannot move the download in: " + ec.message());
  return {};
}

}  // namespace

StagedBundle::~StagedBundle() {
  std::error_code ignored;  // best effort: a leftover is removed before the next staging
  fs::remove_all(dir_, ignored);
}

fs::path incoming_dir(const fs::path& data_dir) { return data_dir / "incoming"; }

Result<StagingReport> stage_bundle(BundleSource& source, const bundle::Manifest& manifest,
                                   std::string_view manifest_bytes, const fs::path& data_dir,
                                   const StagedBundle& staged) {
  const fs::path partial_dir = incoming_dir(data_dir) / "partial";
  std::error_code ec;
  fs::remove_all(staged.dir(), ec);
  fs::create_directories(staged.dir(), ec);
  if (!ec) fs::create_directories(partial_dir, ec);
  if (ec) return fail(ErrorCode::Io, incoming_dir(data_dir).string() + ": cannot create: " + ec.message());
  if (auto ok = write_file_durably(staged.dir() / bundle::kManifestFile, manifest_bytes); !ok)
    return tl::unexpected(ok.error());
  store::AssetStore assets(data_dir);
  StagingReport report;
  for (const model::Asset& entry : manifest.files) {
    const fs::path target = staged.dir() / entry.path;  // path checked safe by manifest_from_json
    if (auto ok = make_parent(target); !ok) return tl::unexpected(ok.error());
    if (entry.path != bundle::kContentFile && assets.has(entry.sha256, entry.size)) {
      if (auto ok = reuse_stored(assets.path_of(entry.sha256), target); !ok) return tl::unexpected(ok.error());
      ++report.reused;
      continue;
    }
    if (auto ok = fetch_verified(source, entry, partial_dir, target); !ok) return tl::unexpected(ok.error());
    ++report.downloaded;
  }
  return report;
}

void remove_partial_downloads(const fs::path& data_dir) {
  std::error_code ignored;  // best effort: stale partials are only disk space
  fs::remove_all(incoming_dir(data_dir) / "partial", ignored);
}

}  // namespace kiosk::engine
