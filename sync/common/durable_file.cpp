#include "common/durable_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "common/unique_fd.hpp"

namespace kiosk {
namespace {

tl::unexpected<Error> io_error(const std::string& what, const std::filesystem::path& path) {
  return fail(ErrorCode::Io, path.string() + ": " + what + ": " + std::strerror(errno));
}

Result<void> write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error("cannot write", path);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

// A temporary file beside the target: the final rename must not cross file systems to stay atomic.
class TempFile {
 public:
  static Result<TempFile> create(const std::filesystem::path& target) {
    std::string pattern = target.string() + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return io_error("cannot create a temporary file", target);
    return TempFile(UniqueFd(fd), std::filesystem::path(name.data()));
  }
  TempFile(TempFile&& other) noexcept : fd_(std::move(other.fd_)), path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TempFile& operator=(TempFile&&) = delete;
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());  // not committed: leave nothing behind
  }

  int fd() const { return fd_.get(); }
  const std::filesystem::path& path() const { return path_; }

  // fsync before rename: otherwise a power cut can leave the new name pointing at an empty file.
  Result<void> commit_as(const std::filesystem::path& target) {
    if (::fchmod(fd_.get(), 0644) != 0) return io_error("cannot set permissions", path_);
    if (::fsync(fd_.get()) != 0) return io_error("cannot sync", path_);
    if (::close(fd_.release()) != 0) return io_error("cannot close", path_);
    if (::rename(path_.c_str(), target.c_str()) != 0) return io_error("cannot rename into place", target);
    path_.clear();
    return fsync_directory(target.parent_path().empty() ? "." : target.parent_path());
  }

 private:
  TempFile(UniqueFd fd, std::filesystem::path path) : fd_(std::move(fd)), path_(std::move(path)) {}
  UniqueFd fd_;
  std::filesystem::path path_;
};

}  // namespace

Result<void> fsync_directory(const std::filesystem::path& dir) {
  UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) return io_error("cannot open directory", dir);
  if (::fsync(fd.get()) != 0) return io_error("cannot sync directory", dir);
  return {};
}

Result<void> write_file_durably(const std::filesystem::path& path, std::string_view bytes) {
  auto temp = TempFile::create(path);
  if (!temp) return tl::unexpected(temp.error());
  if (auto written = write_all(temp->fd(), bytes, temp->path()); !written) return written;
  return temp->commit_as(path);
}

Result<void> copy_file_durably(const std::filesystem::path& from, const std::filesystem::path& to) {
  UniqueFd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in) return io_error("cannot open", from);
  auto temp = TempFile::create(to);
  if (!temp) return tl::unexpected(temp.error());
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(in.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error("cannot read", from);
    if (n == 0) break;
    auto written = write_all(temp->fd(), std::string_view(buffer, static_cast<std::size_t>(n)), temp->path());
    if (!written) return written;
  }
  return temp->commit_as(to);
}

}  // namespace kiosk
