// AssetStore: content-addressed asset files. A file only ever appears under its final name after
// its size and SHA-256 were checked and its bytes fsynced, so a file found there is complete.
#include "store/asset_store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>
#include <vector>

#include "common/durable_file.hpp"
#include "common/sha256.hpp"
#include "common/unique_fd.hpp"

namespace kiosk::store {

namespace {

constexpr std::string_view kTempMarker = ".tmp-";  // in names of files not yet verified and renamed

tl::unexpected<Error> io_error(const std::filesystem::path& path, const std::string& what) {
  return fail(ErrorCode::Io, path.string() + ": " + what + ": " + std::strerror(errno));
}

// mkdir -p that fsyncs the parent of each directory it creates: a file renamed into a directory whose
// own entry was never synced can vanish with it after a power cut.
Result<void> create_directories_durably(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> missing;  // deepest first
  std::error_code ec;
  for (auto p = dir; !p.empty() && !std::filesystem::exists(p, ec); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0755) != 0 && errno != EEXIST) return io_error(*it, "cannot create directory");
    if (auto ok = fsync_directory(it->has_parent_path() ? it->parent_path() : "."); !ok) return ok;
  }
  return {};
}

// A file being copied in under a temporary name beside its final one; removed unless renamed.
class PendingAsset {
 public:
  explicit PendingAsset(std::filesystem::path final_path) : final_(std::move(final_path)) {}
  PendingAsset(const PendingAsset&) = delete;
  ~PendingAsset() {
    if (!temp_.empty()) ::unlink(temp_.c_str());
  }

  Result<void> create() {
    std::string name = final_.string() + std::string(kTempMarker) + "XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return io_error(final_, "cannot create a temporary file");
    fd_.reset(fd);
    temp_ = name;
    return {};
  }

  // The temporary name becomes a hard link to `file`, opened for reading. False (and nothing made)
  // when `file` is on another file system or the file system has no hard links: copy instead.
  Result<bool> link_to(const std::filesystem::path& file) {
    // mkstemp reserves a unique name; link() cannot replace it, so the placeholder makes way first.
    if (auto ok = create(); !ok) return tl::unexpected(ok.error());
    fd_.reset();
    if (::unlink(temp_.c_str()) != 0) return io_error(temp_, "cannot remove a placeholder");
    if (::link(file.c_str(), temp_.c_str()) != 0) {
      const int error = errno;
      temp_.clear();
      if (error == EXDEV || error == EPERM || error == EMLINK || error == ENOTSUP) return false;
      errno = error;
      return io_error(file, "cannot link into the asset store");
    }
    fd_.reset(::open(temp_.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd_) return io_error(temp_, "cannot open");
    return true;
  }

  int fd() const { return fd_.get(); }

  // fsync before rename, or a power cut can leave the final name pointing at an empty file; fsync
  // the directory after, or the rename itself can be lost while the database already refers to it.
  Result<void> commit() {
    if (::fchmod(fd_.get(), 0644) != 0) return io_error(temp_, "cannot set permissions");
    if (::fsync(fd_.get()) != 0) return io_error(temp_, "cannot sync");
    if (::close(fd_.release()) != 0) return io_error(temp_, "cannot close");
    if (::rename(temp_.c_str(), final_.c_str()) != 0) return io_error(final_, "cannot rename into place");
    temp_.clear();
    return fsync_directory(final_.parent_path());
  }

 private:
  std::filesystem::path final_;
  std::filesystem::path temp_;  // empty once renamed (or before create)
  UniqueFd fd_;
};

Result<void> write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error(path, "cannot write");
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return {};
}

// Reads `in` (named `from` in errors), hashing on the way, and copies it to `to_fd` unless that is -1.
// Reads at most size + 1 bytes: a source longer than declared is refused without reading (or storing)
// the rest of it.
Result<void> read_verified(int in, const std::filesystem::path& from, int to_fd, const std::string& sha256,
                           uint64_t size) {
  Sha256 hasher;
  uint64_t copied = 0;
  char buffer[256 * 1024];  // large reads: hashing runs at GB/s, so syscalls would otherwise show
  while (copied <= size) {
    const uint64_t room = size + 1 - copied;
    const ssize_t n =
        ::read(in, buffer, room < sizeof buffer ? static_cast<size_t>(room) : sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error(from, "cannot read");
    if (n == 0) break;
    const std::string_view piece(buffer, static_cast<size_t>(n));
    hasher.update(piece);
    if (to_fd >= 0) {
      if (auto ok = write_all(to_fd, piece, from); !ok) return ok;
    }
    copied += piece.size();
  }
  if (copied > size) {
    return fail(ErrorCode::Integrity,
                from.string() + ": larger than the expected " + std::to_string(size) + " bytes");
  }
  if (copied < size) {
    return fail(ErrorCode::Integrity, from.string() + ": size is " + std::to_string(copied) +
                                          " bytes, expected " + std::to_string(size));
  }
  if (const std::string actual = hasher.finish_hex(); actual != sha256) {
    return fail(ErrorCode::Integrity, from.string() + ": SHA-256 is " + actual + ", expected " + sha256);
  }
  return {};
}

// Files under `root` that no version needs: hashes not in `keep`, and temp files left by a crash.
// Only names this store writes are candidates; anything else someone put there is left alone.
Result<std::vector<std::filesystem::path>> files_to_remove(const std::filesystem::path& root,
                                                           const std::set<std::string>& keep) {
  std::vector<std::filesystem::path> doomed;
  std::error_code ec;
  if (!std::filesystem::exists(root, ec)) return doomed;
  for (auto prefix = std::filesystem::directory_iterator(root, ec);
       !ec && prefix != std::filesystem::directory_iterator(); prefix.increment(ec)) {
    std::error_code type_ec;
    if (!prefix->is_directory(type_ec)) continue;
    for (auto file = std::filesystem::directory_iterator(prefix->path(), ec);
         !ec && file != std::filesystem::directory_iterator(); file.increment(ec)) {
      const std::string name = file->path().filename().string();
      const bool stale_temp = name.find(kTempMarker) != std::string::npos;
      if (stale_temp || (is_sha256_hex(name) && !keep.contains(name))) doomed.push_back(file->path());
    }
  }
  if (ec) return fail(ErrorCode::Io, root.string() + ": cannot list assets: " + ec.message());
  return doomed;
}

}  // namespace

AssetStore::AssetStore(const std::filesystem::path& data_dir) : root_(data_dir / "assets" / "sha256") {}

std::filesystem::path AssetStore::path_of(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256;
}

bool AssetStore::has(const std::string& sha256, uint64_t size) const {
  if (!is_sha256_hex(sha256)) return false;
  std::error_code ec;
  const auto path = path_of(sha256);
  return std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == size && !ec;
}

Result<void> AssetStore::put(const std::filesystem::path& file, const std::string& sha256, uint64_t size,
                             Intake intake) {
  // The hash becomes a path: anything but 64 hex digits could name a file outside the store.
  if (!is_sha256_hex(sha256)) {
    return fail(ErrorCode::Validation,
                file.string() + ": \"" + sha256 + "\" is not a SHA-256 (64 lowercase hex digits)");
  }
  if (has(sha256, size)) return {};
  const auto target = path_of(sha256);
  if (auto ok = create_directories_durably(target.parent_path()); !ok) return ok;
  PendingAsset pending(target);
  if (intake == Intake::Link) {
    auto linked = pending.link_to(file);
    if (!linked) return tl::unexpected(linked.error());
    if (*linked) {  // the same bytes under a second name: verified by reading, then made durable
      if (auto ok = read_verified(pending.fd(), file, -1, sha256, size); !ok) return ok;
      return pending.commit();
    }
  }
  UniqueFd in(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in) return io_error(file, "cannot open");
  if (auto ok = pending.create(); !ok) return ok;
  if (auto ok = read_verified(in.get(), file, pending.fd(), sha256, size); !ok) return ok;
  return pending.commit();
}

Result<int> AssetStore::remove_unreferenced(const std::set<std::string>& keep) {
  auto doomed = files_to_remove(root_, keep);
  if (!doomed) return tl::unexpected(doomed.error());
  int removed = 0;
  for (const auto& path : *doomed) {
    std::error_code ec;
    if (std::filesystem::remove(path, ec)) ++removed;
    if (ec) return fail(ErrorCode::Io, path.string() + ": cannot remove: " + ec.message());
  }
  return removed;
}

}  // namespace kiosk::store
