#include "fonts/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace kiosk::ui {
namespace {

std::string reason() { return std::strerror(errno); }

}  // namespace

Result<MappedFile> MappedFile::open(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(ErrorCode::Io, "cannot open " + path.string() + ": " + reason());
  struct stat info {};
  if (fstat(fd, &info) != 0 || info.st_size <= 0) {
    const std::string why = info.st_size <= 0 ? "the file is empty" : reason();
    ::close(fd);
    return fail(ErrorCode::Io, "cannot read " + path.string() + ": " + why);
  }
  const size_t size = static_cast<size_t>(info.st_size);
  void* data = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const std::string why = data == MAP_FAILED ? reason() : "";
  ::close(fd);  // the mapping keeps the file open on its own
  if (data == MAP_FAILED) return fail(ErrorCode::Io, "cannot map " + path.string() + ": " + why);
  return MappedFile(data, size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_) munmap(data_, size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_) munmap(data_, size_);
}

}  // namespace kiosk::ui
