// build_bundle: validate the sources, then write the bundle into a hidden sibling folder and rename it
// into place, so `out_dir` either does not exist or holds a complete, durable bundle.
#include <stdlib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <set>

#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"
#include "bundle/manifest.hpp"
#include "common/durable_file.hpp"
#include "common/sha256.hpp"
#include "common/timestamp.hpp"

namespace kiosk::bundle {
namespace {

namespace fs = std::filesystem;

// The folder a bundle is assembled in; removed with everything in it unless committed.
class StagingDir {
 public:
  static Result<StagingDir> create(const fs::path& out_dir) {
    std::string pattern =
        (out_dir.parent_path() / ("." + out_dir.filename().string() + ".tmp-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      return fail(ErrorCode::Io, pattern + ": cannot create a staging folder: " + std::strerror(errno));
    }
    return StagingDir(pattern);
  }
  StagingDir(StagingDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  StagingDir& operator=(StagingDir&&) = delete;
  ~StagingDir() {
    std::error_code ignored;  // best effort: this runs on a failure path that already has an error to report
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }

  const fs::path& path() const { return path_; }

  // rename(2) replaces an empty `out_dir` atomically; the parent's fsync makes the new name durable.
  Result<void> commit_as(const fs::path& out_dir) {
    if (auto synced = fsync_directory(path_); !synced) return synced;
    std::error_code ec;
    // mkdtemp made it private (0700); a bundle is published as is, so a web server must be able to read it.
    fs::permissions(path_,
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    ec);
    if (ec) return fail(ErrorCode::Io, path_.string() + ": cannot set permissions: " + ec.message());
    fs::rename(path_, out_dir, ec);
    if (ec)
      return fail(ErrorCode::Io, out_dir.string() + ": cannot rename the staging folder: " + ec.message());
    path_.clear();
    return fsync_directory(out_dir.parent_path());
  }

 private:
  explicit StagingDir(fs::path path) : path_(std::move(path)) {}
  fs::path path_;
};

// `out_dir` must be new or an empty folder: a build never mixes with or replaces an earlier bundle.
Result<fs::path> check_out_dir(const fs::path& requested) {
  fs::path out = fs::absolute(requested).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();  // "out/" names the folder "out"
  std::error_code ec;
  const auto status = fs::status(out, ec);
  if (fs::exists(status) && !fs::is_directory(status)) {
    return fail(ErrorCode::Usage, requested.string() + ": exists and is not a folder");
  }
  if (fs::is_directory(status) && !fs::is_empty(out, ec)) {
    return fail(ErrorCode::Usage, requested.string() + ": exists and is not empty; choose a new folder");
  }
  return out;
}

Result<std::string> created_timestamp(const std::string& requested) {
  if (requested.empty()) {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return format_utc_timestamp(std::chrono::duration_cast<std::chrono::seconds>(now).count());
  }
  if (!parse_utc_timestamp(requested)) {
    return fail(ErrorCode::Usage,
                "created: \"" + requested + "\" is not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
  }
  return requested;
}

// A signed bundle must expire (a frozen server cannot keep kiosks on it forever), and after it was made.
Result<void> check_expires(const BuildOptions& options, const std::string& created) {
  if (options.expires.empty()) {
    if (options.signing_key == nullptr) return {};
    return fail(ErrorCode::Usage, "expires: a signed bundle needs an expiry time");
  }
  const auto expires = parse_utc_timestamp(options.expires);
  if (!expires) {
    return fail(ErrorCode::Usage,
                "expires: \"" + options.expires + "\" is not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
  }
  if (*expires <= *parse_utc_timestamp(created)) {
    return fail(ErrorCode::Usage, "expires: " + options.expires + " is not after created " + created);
  }
  return {};
}

std::string validation_message(const std::vector<Diagnostic>& diagnostics, const fs::path& source_dir) {
  std::string message;
  for (const Diagnostic& d : diagnostics) message += d.to_string() + "\n";
  const std::size_t n = diagnostics.size();
  return message + std::to_string(n) + (n == 1 ? " error in " : " errors in ") + source_dir.string();
}

std::vector<std::string> referenced_assets(const model::Content& content) {
  std::set<std::string> paths;  // sorted and unique: the manifest order does not depend on the CSV order
  for (const model::Exhibitor& x : content.exhibitors) {
    if (!x.logo.empty()) paths.insert(x.logo);
  }
  for (const model::Craft& c : content.crafts) {
    if (!c.image.empty()) paths.insert(c.image);
  }
  if (!content.floor.image.empty()) paths.insert(content.floor.image);
  return {paths.begin(), paths.end()};
}

// Copies each asset into the staging folder and records the size and hash of the copy that was written.
Result<std::vector<model::Asset>> copy_assets(const fs::path& source_dir, const fs::path& staging,
                                              const model::Content& content) {
  std::vector<model::Asset> assets;
  for (const std::string& path : referenced_assets(content)) {
    const fs::path target = staging / path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return fail(ErrorCode::Io, target.parent_path().string() + ": cannot create: " + ec.message());
    if (auto copied = copy_file_durably(source_dir / path, target); !copied)
      return tl::unexpected(copied.error());
    auto digest = sha256_file(target);
    if (!digest) return tl::unexpected(digest.error());
    assets.push_back({path, digest->size, digest->sha256});
  }
  return assets;
}

Result<model::Asset> write_document(const fs::path& staging, std::string_view name,
                                    const std::string& bytes) {
  if (auto written = write_file_durably(staging / name, bytes); !written)
    return tl::unexpected(written.error());
  return model::Asset{std::string(name), bytes.size(), sha256_hex(bytes)};
}

// Assets first, content.json next, manifest.json last: the manifest describes files already on disk.
Result<void> write_bundle(const fs::path& source_dir, const fs::path& staging, model::Content& content,
                          const BuildOptions& options) {
  auto assets = copy_assets(source_dir, staging, content);
  if (!assets) return tl::unexpected(assets.error());
  content.assets = *assets;
  auto document = write_document(staging, kContentFile, content_to_json(content).dump(2) + "\n");
  if (!document) return tl::unexpected(document.error());
  Manifest manifest{content.version, content.created, options.expires, {*document}};
  manifest.files.insert(manifest.files.end(), assets->begin(), assets->end());
  const std::string manifest_bytes = manifest_to_json(manifest).dump(2) + "\n";
  auto written = write_document(staging, kManifestFile, manifest_bytes);
  if (!written) return tl::unexpected(written.error());
  if (options.signing_key == nullptr) return {};
  return write_file_durably(staging / kSignatureFile, sign_detached(manifest_bytes, *options.signing_key));
}

}  // namespace

Result<model::Content> build_bundle(const fs::path& source_dir, const fs::path& out_dir,
                                    const BuildOptions& options) {
  if (options.version <= 0) {
    return fail(ErrorCode::Usage,
                "version: " + std::to_string(options.version) + " is not a content version (> 0)");
  }
  auto created = created_timestamp(options.created);
  if (!created) return tl::unexpected(created.error());
  if (auto ok = check_expires(options, *created); !ok) return tl::unexpected(ok.error());
  auto out = check_out_dir(out_dir);
  if (!out) return tl::unexpected(out.error());
  SourceReadResult sources = read_sources(source_dir);
  if (!sources.diagnostics.empty()) {
    return fail(ErrorCode::Validation, validation_message(sources.diagnostics, source_dir));
  }
  model::Content content = std::move(sources.content);
  content.version = options.version;
  content.created = *created;
  std::error_code ec;
  fs::create_directories(out->parent_path(), ec);
  if (ec) return fail(ErrorCode::Io, out->parent_path().string() + ": cannot create: " + ec.message());
  auto staging = StagingDir::create(*out);
  if (!staging) return tl::unexpected(staging.error());
  if (auto written = write_bundle(source_dir, staging->path(), content, options); !written) {
    return tl::unexpected(written.error());
  }
  if (auto committed = staging->commit_as(*out); !committed) return tl::unexpected(committed.error());
  return content;
}

}  // namespace kiosk::bundle
