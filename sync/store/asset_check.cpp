#include "store/asset_check.hpp"

#include <system_error>

#include "common/durable_file.hpp"
#include "common/sha256.hpp"
#include "store/asset_store.hpp"
#include "store/connection.hpp"
#include "store/content_store.hpp"
#include "store/queries.hpp"

namespace kiosk::store {
namespace {

// The applied version's asset list through a read-only connection; empty when there is no database yet.
Result<std::vector<model::Asset>> applied_assets(const std::filesystem::path& data_dir) {
  std::error_code ec;
  if (!std::filesystem::exists(database_path(data_dir), ec)) return std::vector<model::Asset>{};
  auto db = open_connection(database_path(data_dir), Access::Reader);
  if (!db) return tl::unexpected(db.error());
  return queries::assets(db->get());
}

// Why `file` does not hold `asset`, or "" when it does.
std::string damage(const std::filesystem::path& file, const model::Asset& asset, uint64_t& bytes_hashed) {
  auto digest = sha256_file(file, asset.size);
  if (!digest) return digest.error().message;
  bytes_hashed += digest->size;
  if (digest->size != asset.size) {
    return file.string() + " (" + asset.path + "): size is " + std::to_string(digest->size) +
           " bytes, expected " + std::to_string(asset.size);
  }
  if (digest->sha256 != asset.sha256) {
    return file.string() + " (" + asset.path + "): SHA-256 is " + digest->sha256 + ", expected " + asset.sha256;
  }
  return {};
}

}  // namespace

Result<AssetCheckReport> check_applied_assets(const std::filesystem::path& data_dir) {
  auto assets = applied_assets(data_dir);
  if (!assets) return tl::unexpected(assets.error());
  const AssetStore store(data_dir);
  AssetCheckReport report;
  for (const model::Asset& asset : *assets) {
    ++report.checked;
    const auto file = store.path_of(asset.sha256);
    std::string reason = damage(file, asset, report.bytes_hashed);
    if (reason.empty()) continue;
    // Removed, not renamed aside: the store only ever holds verified files under their hash, so a
    // missing file is exactly what makes the next sync fetch it again.
    std::error_code ec;
    const bool removed = std::filesystem::remove(file, ec);
    if (ec) return fail(ErrorCode::Io, file.string() + ": damaged (" + reason + ") but cannot be removed: " + ec.message());
    if (removed) {  // durably: after a power cut the damaged file must not come back
      if (auto synced = fsync_directory(file.parent_path()); !synced) return tl::unexpected(synced.error());
    }
    report.damaged.push_back({asset, std::move(reason)});
  }
  return report;
}

Result<std::vector<model::Asset>> missing_applied_assets(const std::filesystem::path& data_dir) {
  auto assets = applied_assets(data_dir);
  if (!assets) return tl::unexpected(assets.error());
  const AssetStore store(data_dir);
  std::vector<model::Asset> missing;
  for (const model::Asset& asset : *assets) {
    if (!store.has(asset.sha256, asset.size)) missing.push_back(asset);
  }
  return missing;
}

}  // namespace kiosk::store
