// SystemdNotifier: the sd_notify protocol spoken directly (one datagram to $NOTIFY_SOCKET), so the
// kiosk needs no libsystemd. READY=1 once the first frame is on screen, WATCHDOG=1 from the main
// loop, STOPPING=1 on the way out. Without NOTIFY_SOCKET (a desktop run) every call does nothing.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "common/unique_fd.hpp"

namespace kiosk::firmware {

struct NotifyEnvironment {
  std::string notify_socket;  // $NOTIFY_SOCKET: a path, or "@name" for the abstract namespace
  std::string watchdog_usec;  // $WATCHDOG_USEC: systemd's WatchdogSec in microseconds
  std::string watchdog_pid;   // $WATCHDOG_PID: the pid the watchdog is meant for ("" = us)
  static NotifyEnvironment from_process();  // reads the three variables
};

class SystemdNotifier {
 public:
  // Errors (Usage) name the variable that is malformed; a missing NOTIFY_SOCKET is not an error.
  static Result<SystemdNotifier> open(const NotifyEnvironment& env, int own_pid);
  bool enabled() const { return fd_.get() >= 0; }
  std::optional<std::chrono::microseconds> watchdog_timeout() const { return watchdog_; }  // none: no pings
  Result<void> send(std::string_view state) const;  // e.g. "READY=1\nSTATUS=showing version 3"
  Result<void> ready(std::string_view status) const { return send("READY=1\nSTATUS=" + std::string(status)); }
  Result<void> status(std::string_view status) const { return send("STATUS=" + std::string(status)); }
  Result<void> watchdog_ping() const { return send("WATCHDOG=1"); }
  Result<void> stopping() const { return send("STOPPING=1"); }

 private:
  UniqueFd fd_;
  std::string address_;  // sockaddr_un path bytes; a leading '\0' for the abstract namespace
  std::optional<std::chrono::microseconds> watchdog_;
};

}  // namespace kiosk::firmware
