#include "platform/systemd_notify.hpp"

#include <sys/socket.h>
#include <sys/un.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace kiosk::firmware {
namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::optional<long long> parse_number(const std::string& text) {
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

NotifyEnvironment NotifyEnvironment::from_process() {
  return {env_or_empty("NOTIFY_SOCKET"), env_or_empty("WATCHDOG_USEC"), env_or_empty("WATCHDOG_PID")};
}

Result<SystemdNotifier> SystemdNotifier::open(const NotifyEnvironment& env, int own_pid) {
  SystemdNotifier notifier;
  if (env.notify_socket.empty()) return notifier;
  if (env.notify_socket[0] != '/' && env.notify_socket[0] != '@')
    return fail(ErrorCode::Usage, "NOTIFY_SOCKET=" + env.notify_socket + ": not a socket path or @abstract name");
  if (env.notify_socket.size() >= sizeof(sockaddr_un{}.sun_path))
    return fail(ErrorCode::Usage, "NOTIFY_SOCKET=" + env.notify_socket + ": the path is too long");
  notifier.address_ = env.notify_socket;
  if (notifier.address_[0] == '@') notifier.address_[0] = '\0';

  if (!env.watchdog_usec.empty()) {
    const auto usec = parse_number(env.watchdog_usec);
    if (!usec || *usec <= 0)
      return fail(ErrorCode::Usage, "WATCHDOG_USEC=" + env.watchdog_usec + ": not a positive number of microseconds");
    // systemd sets WATCHDOG_PID so that a child started with our environment does not ping for us.
    const auto pid = parse_number(env.watchdog_pid);
    if (env.watchdog_pid.empty() || (pid && *pid == own_pid)) notifier.watchdog_ = std::chrono::microseconds(*usec);
  }
  notifier.fd_.reset(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  if (!notifier.fd_) return fail(ErrorCode::Io, std::string("cannot create the sd_notify socket: ") + std::strerror(errno));
  return notifier;
}

Result<void> SystemdNotifier::send(std::string_view state) const {
  if (!enabled()) return {};
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::memcpy(address.sun_path, address_.data(), address_.size());
  const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + address_.size());
  // MSG_NOSIGNAL: a vanished systemd must not kill the kiosk with SIGPIPE.
  if (::sendto(fd_.get(), state.data(), state.size(), MSG_NOSIGNAL, reinterpret_cast<const sockaddr*>(&address),
               length) < 0)
    return fail(ErrorCode::Io, "sd_notify to " + address_ + " failed: " + std::strerror(errno));
  return {};
}

}  // namespace kiosk::firmware
