#include "common/file_read.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/unique_fd.hpp"

namespace kiosk {

Result<std::string> read_file_limited(const std::filesystem::path& file, uint64_t max_bytes) {
  UniqueFd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd && errno == ENOENT) return fail(ErrorCode::NotFound, file.string() + ": missing");
  if (!fd) return fail(ErrorCode::Io, file.string() + ": cannot open: " + std::strerror(errno));
  std::string bytes;
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(ErrorCode::Io, file.string() + ": cannot read: " + std::strerror(errno));
    if (n == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      return fail(ErrorCode::Integrity,
                  file.string() + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
    }
  }
}

}  // namespace kiosk
