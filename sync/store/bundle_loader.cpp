#include "store/bundle_loader.hpp"

#include <set>
#include <system_error>
#include <vector>

#include "bundle/bundle.hpp"
#include "store/asset_store.hpp"
#include "store/content_store.hpp"

namespace kiosk::store {

namespace {

// Asset files copied in for a version that is not committed yet. If the load fails they are
// removed again: no committed version refers to them (they were not in the store before).
class CopiedAssets {
 public:
  explicit CopiedAssets(const AssetStore& store) : store_(store) {}
  CopiedAssets(const CopiedAssets&) = delete;
  ~CopiedAssets() {
    for (const std::string& sha256 : copied_) {
      std::error_code ignored;  // best effort: a leftover is unreferenced and goes at the next load
      std::filesystem::remove(store_.path_of(sha256), ignored);
    }
  }
  void add(const std::string& sha256) { copied_.push_back(sha256); }
  int count() const { return static_cast<int>(copied_.size()); }
  void keep() { copied_.clear(); }  // the version that refers to them is committed

 private:
  const AssetStore& store_;
  std::vector<std::string> copied_;
};

// An asset path comes from the manifest: it must stay inside the bundle directory.
bool stays_inside(const std::filesystem::path& relative) {
  if (relative.empty() || relative.is_absolute()) return false;
  const auto normal = relative.lexically_normal();
  return !normal.empty() && *normal.begin() != ".." && normal != ".";
}

// The place to add rollback protection is here, before any file in the data dir changes.
Result<void> check_version(ContentWriter& writer, int64_t incoming, const LoadOptions& options) {
  if (!options.require_newer_version) return {};
  auto applied = writer.version();
  if (!applied) return tl::unexpected(applied.error());
  if (incoming <= *applied) {
    return fail(ErrorCode::Validation, "bundle version " + std::to_string(incoming) +
                                           " is not newer than the applied version " +
                                           std::to_string(*applied));
  }
  return {};
}

Result<void> copy_assets(const std::filesystem::path& bundle_dir, const model::Content& content,
                         AssetStore& store, CopiedAssets& copied, AssetStore::Intake intake) {
  for (const model::Asset& asset : content.assets) {
    if (!stays_inside(asset.path)) {
      return fail(ErrorCode::Validation, (bundle_dir / "manifest.json").string() + ": asset path \"" +
                                             asset.path + "\" leaves the bundle directory");
    }
    if (store.has(asset.sha256, asset.size)) continue;
    if (auto ok = store.put(bundle_dir / asset.path, asset.sha256, asset.size, intake); !ok) return ok;
    copied.add(asset.sha256);
  }
  return {};
}

}  // namespace

Result<LoadReport> load_bundle(const std::filesystem::path& bundle_dir, const std::filesystem::path& data_dir,
                               const LoadOptions& options) {
  auto content = bundle::read_bundle(bundle_dir);
  if (!content) return tl::unexpected(content.error());
  // Opening the writer first refuses a database from a newer program before any asset is copied.
  auto writer = ContentWriter::open(data_dir);
  if (!writer) return tl::unexpected(writer.error());
  if (auto ok = check_version(*writer, content->version, options); !ok) return tl::unexpected(ok.error());

  // Assets are durable before the commit that refers to them: a power cut in between leaves only
  // unreferenced files, never a database pointing at a missing one.
  AssetStore store(data_dir);
  CopiedAssets copied(store);
  const auto intake = options.link_assets ? AssetStore::Intake::Link : AssetStore::Intake::Copy;
  if (auto ok = copy_assets(bundle_dir, *content, store, copied, intake); !ok) return tl::unexpected(ok.error());
  if (auto ok = writer->apply(*content); !ok) return tl::unexpected(ok.error());
  LoadReport report{content->version, copied.count(), 0, {}};
  copied.keep();

  // Only now, with the new version durably committed (synchronous=FULL), may old assets go.
  std::set<std::string> keep;
  for (const model::Asset& asset : content->assets) keep.insert(asset.sha256);
  if (auto removed = store.remove_unreferenced(keep); removed) {
    report.assets_removed = *removed;
  } else {
    report.warning = "version " + std::to_string(report.version) +
                     " applied, but old assets were not removed: " + removed.error().message;
  }
  return report;
}

}  // namespace kiosk::store
