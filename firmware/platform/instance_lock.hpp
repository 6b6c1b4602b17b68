// InstanceLock: one kiosk per data dir. flock() on <data_dir>/kiosk.lock, which holds the owner's
// pid so a second start can say who is in the way. The kernel drops the lock when the process dies
// (crash, power cut, SIGKILL), so a stale file never blocks a restart.
#pragma once

#include <filesystem>

#include "common/result.hpp"
#include "common/unique_fd.hpp"

namespace kiosk::firmware {

inline constexpr const char* kLockFileName = "kiosk.lock";

class InstanceLock {
 public:
  // Creates the data dir when missing. ErrorCode::Usage naming the holder's pid when another process has it.
  static Result<InstanceLock> acquire(const std::filesystem::path& data_dir, int own_pid);
  const std::filesystem::path& path() const { return path_; }

 private:
  UniqueFd fd_;  // closing it releases the lock
  std::filesystem::path path_;
};

}  // namespace kiosk::firmware
