// The real kiosk binary under test, and the systemd side of sd_notify: a datagram socket the test
// owns (NOTIFY_SOCKET), so the tests see exactly what systemd would see.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/unique_fd.hpp"

namespace kiosk::firmware::test {

class NotifySocket {  // bound to <dir>/notify.sock
 public:
  explicit NotifySocket(const std::filesystem::path& dir);
  const std::filesystem::path& path() const { return path_; }
  std::optional<std::string> receive(std::chrono::milliseconds timeout);  // one datagram, or none in time
  // Waits for a datagram equal to or starting with `prefix`; the ones before it are dropped.
  std::optional<std::string> wait_for(const std::string& prefix, std::chrono::milliseconds timeout);
  int count(const std::string& message, std::chrono::milliseconds during);  // datagrams equal to `message`

 private:
  std::filesystem::path path_;
  UniqueFd fd_;
};

class KioskProcess {  // SDL_VIDEODRIVER=offscreen; stderr goes to <dir>/kiosk.log; SIGKILLed if still running
 public:
  KioskProcess(const std::filesystem::path& dir, const std::vector<std::string>& args,
               const std::vector<std::string>& env);
  KioskProcess(const KioskProcess&) = delete;
  KioskProcess& operator=(const KioskProcess&) = delete;
  ~KioskProcess();
  pid_t pid() const { return pid_; }
  void signal(int signo) const;
  std::optional<int> wait_exit(std::chrono::milliseconds timeout);  // exit status, none if still running
  std::string log() const;                                         // stderr so far
  bool wait_for_log(const std::string& text, std::chrono::milliseconds timeout) const;

 private:
  pid_t pid_ = -1;
  std::filesystem::path log_;
};

class ScratchDir {  // a fresh directory under the temp dir, removed afterwards
 public:
  ScratchDir();
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kiosk::firmware::test
