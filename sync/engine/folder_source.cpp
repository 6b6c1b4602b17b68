// Bundles in a local folder (USB stick, booth share). Files are read with the same caps as downloads:
// a stick can hold anything, so a file longer than its manifest entry is refused, not read whole.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "bundle/manifest.hpp"
#include "bundle/trust_policy.hpp"
#include "common/file_read.hpp"
#include "common/unique_fd.hpp"
#include "engine/source_kinds.hpp"
#include "http/http_client.hpp"

namespace kiosk::engine {
namespace {

namespace fs = std::filesystem;

// A nearly full card accepts part of a write and fails only the next call: loop until every byte is
// written, so the reason reported is the real one (ENOSPC), not whatever errno held before.
Result<void> write_all(int fd, const char* bytes, size_t size, const fs::path& file) {
  while (size > 0) {
    const ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(ErrorCode::Io, file.string() + ": cannot write: " + std::strerror(errno));
    bytes += n;
    size -= static_cast<size_t>(n);
  }
  return {};
}

class FolderSource final : public BundleSource {
 public:
  explicit FolderSource(fs::path folder) : folder_(std::move(folder)), name_(folder_.string()) {}

  const std::string& name() const override { return name_; }
  std::string where(const std::string& path) const override { return (folder_ / path).string(); }

  Result<std::optional<std::string>> fetch_manifest() override {
    auto bytes = read_file_limited(folder_ / bundle::kManifestFile, bundle::kMaxManifestBytes);
    if (!bytes) return tl::unexpected(bytes.error());
    return std::optional<std::string>(std::move(*bytes));  // the version check finds "unchanged" cheaply
  }

  Result<std::string> fetch_signature() override {
    return read_file_limited(folder_ / bundle::kSignatureFile, bundle::kMaxSignatureBytes);
  }

  Result<void> fetch_file(const model::Asset& entry, const fs::path& partial) override {
    const std::string from = where(entry.path);
    // O_NOFOLLOW: a symlink on the stick could point at any file of the kiosk.
    UniqueFd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!in) return fail(ErrorCode::NotFound, from + ": cannot open: " + std::strerror(errno));
    UniqueFd out(::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!out) return fail(ErrorCode::Io, partial.string() + ": cannot create: " + std::strerror(errno));
    uint64_t total = 0;
    char buffer[1 << 16];
    for (;;) {
      const ssize_t n = ::read(in.get(), buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return fail(ErrorCode::Io, from + ": cannot read: " + std::strerror(errno));
      if (n == 0) break;
      total += static_cast<uint64_t>(n);
      if (total > entry.size) {
        return fail(ErrorCode::Integrity,
                    from + ": larger than the " + std::to_string(entry.size) + " bytes manifest.json says");
      }
      if (auto written = write_all(out.get(), buffer, static_cast<size_t>(n), partial); !written) return written;
    }
    if (total < entry.size) {
      return fail(ErrorCode::Integrity, from + ": size is " + std::to_string(total) + " bytes, manifest.json says " +
                                            std::to_string(entry.size));
    }
    return {};
  }

  void remember_manifest() override {}

 private:
  fs::path folder_;
  std::string name_;
};

}  // namespace

std::unique_ptr<BundleSource> open_folder_source(const fs::path& folder) {
  return std::make_unique<FolderSource>(folder);
}

Result<std::unique_ptr<BundleSource>> open_source(const std::string& location, const http::HttpOptions& http) {
  if (http::is_http_url(location)) return open_http_source(location, http);
  if (location.find("://") != std::string::npos) {
    return fail(ErrorCode::Usage, location + ": unsupported source (use http://, https:// or a folder path)");
  }
  return open_folder_source(location);
}

}  // namespace kiosk::engine
