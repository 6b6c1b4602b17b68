#include "content_bootstrap.hpp"

#include <chrono>
#include <map>
#include <system_error>

#include "bundle/bundle.hpp"
#include "store/asset_check.hpp"
#include "store/asset_store.hpp"
#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"

namespace kiosk::firmware {
namespace {

Result<bool> has_content(const std::filesystem::path& data_dir) {
  std::error_code ec;
  if (!std::filesystem::exists(store::database_path(data_dir), ec)) return false;
  // The writer migrates a database an older kiosk left (after a package upgrade) before anything
  // reads it; readers refuse an old schema rather than guess.
  auto writer = store::ContentWriter::open(data_dir);
  if (!writer) return tl::unexpected(writer.error());
  auto version = writer->version();
  if (!version) return tl::unexpected(version.error());
  return *version > 0;
}

// Puts back damaged assets that the built-in bundle also holds (read_bundle checks its files first).
// Returns how many it restored; the rest wait for the next sync.
int restore_from_builtin(const std::vector<store::DamagedAsset>& damaged, const std::filesystem::path& data_dir,
                         const std::filesystem::path& builtin_dir, const Log& log) {
  auto builtin = bundle::read_bundle(builtin_dir);
  if (!builtin) {
    log.warning("cannot restore assets from the built-in bundle: " + builtin.error().message);
    return 0;
  }
  std::map<std::string, const model::Asset*> by_hash;
  for (const model::Asset& asset : builtin->assets) by_hash[asset.sha256] = &asset;
  store::AssetStore assets(data_dir);
  int restored = 0;
  for (const store::DamagedAsset& bad : damaged) {
    const auto found = by_hash.find(bad.asset.sha256);
    if (found == by_hash.end()) continue;
    if (auto put = assets.put(builtin_dir / found->second->path, bad.asset.sha256, bad.asset.size); !put) {
      log.warning("cannot restore " + bad.asset.path + " from the built-in bundle: " + put.error().message);
      continue;
    }
    ++restored;
  }
  return restored;
}

// SD cards flip bits: hash what the applied version references before anything shows it.
Result<void> heal_assets(const std::filesystem::path& data_dir, const std::filesystem::path& builtin_dir,
                         const Log& log) {
  const auto started = std::chrono::steady_clock::now();
  auto report = store::check_applied_assets(data_dir);
  if (!report) return tl::unexpected(report.error());
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  log.info("checked " + std::to_string(report->checked) + " asset files (" +
           std::to_string(report->bytes_hashed / 1024) + " KiB) in " + std::to_string(ms.count()) + " ms");
  if (report->damaged.empty()) return {};
  for (const store::DamagedAsset& bad : report->damaged)
    log.warning("damaged asset removed, it will be fetched again: " + bad.reason);
  const int restored = restore_from_builtin(report->damaged, data_dir, builtin_dir, log);
  if (restored > 0) log.info("restored " + std::to_string(restored) + " damaged assets from the built-in bundle");
  return {};
}

}  // namespace

Result<void> ensure_content(const std::filesystem::path& data_dir, const std::filesystem::path& builtin_dir,
                            const Log& log) {
  auto present = has_content(data_dir);
  if (!present) return tl::unexpected(present.error());
  if (*present) return heal_assets(data_dir, builtin_dir, log);
  log.info("no content in " + data_dir.string() + " yet; loading the built-in bundle " +
           builtin_dir.string());
  auto loaded = store::load_bundle(builtin_dir, data_dir);
  if (!loaded)
    return fail(loaded.error().code, "cannot load the built-in content " + builtin_dir.string() + " into " +
                                         data_dir.string() + ": " + loaded.error().message);
  log.info("loaded built-in content version " + std::to_string(loaded->version) + " (" +
           std::to_string(loaded->assets_copied) + " asset files)");
  return {};
}

}  // namespace kiosk::firmware
