#include "platform/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kiosk::firmware {
namespace {

std::string read_holder(int fd) {
  char text[32] = {};
  const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
  std::string holder(text, n > 0 ? static_cast<size_t>(n) : 0);
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
  return holder;
}

}  // namespace

Result<InstanceLock> InstanceLock::acquire(const std::filesystem::path& data_dir, int own_pid) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return fail(ErrorCode::Io, "cannot create the data dir " + data_dir.string() + ": " + ec.message());
  InstanceLock lock;
  lock.path_ = data_dir / kLockFileName;
  lock.fd_.reset(::open(lock.path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (!lock.fd_) return fail(ErrorCode::Io, "cannot open " + lock.path_.string() + ": " + std::strerror(errno));
  if (::flock(lock.fd_.get(), LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) return fail(ErrorCode::Io, "cannot lock " + lock.path_.string() + ": " + std::strerror(errno));
    const std::string holder = read_holder(lock.fd_.get());
    return fail(ErrorCode::Usage, "another kiosk" + (holder.empty() ? std::string() : " (pid " + holder + ")") +
                                      " is already running on " + data_dir.string() + " (it holds " +
                                      lock.path_.string() + "); stop it first, e.g. systemctl stop kiosk");
  }
  const std::string pid = std::to_string(own_pid) + "\n";
  if (::ftruncate(lock.fd_.get(), 0) != 0 || ::pwrite(lock.fd_.get(), pid.data(), pid.size(), 0) < 0)
    return fail(ErrorCode::Io, "cannot write " + lock.path_.string() + ": " + std::strerror(errno));
  return lock;
}

}  // namespace kiosk::firmware
