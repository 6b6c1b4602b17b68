// UniqueFd: owns a POSIX file descriptor and closes it once, so no error path leaks one.
#pragma once

#include <unistd.h>

#include <utility>

namespace kiosk {

class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    if (this != &other) reset(std::exchange(other.fd_, -1));
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }

  int get() const { return fd_; }  // the descriptor, -1 when none
  explicit operator bool() const { return fd_ >= 0; }
  void reset(int fd = -1) {  // closes the current descriptor, if any
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }
  int release() { return std::exchange(fd_, -1); }  // gives up ownership

 private:
  int fd_ = -1;
};

}  // namespace kiosk
