#include "platform/process_signals.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace kiosk::firmware {

Result<ProcessSignals> ProcessSignals::block() {
  sigset_t set;
  sigemptyset(&set);
  for (int signo : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, signo);
  if (int error = pthread_sigmask(SIG_BLOCK, &set, nullptr); error != 0)
    return fail(ErrorCode::Io, std::string("cannot block signals: ") + std::strerror(error));
  ProcessSignals signals;
  signals.fd_.reset(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
  if (!signals.fd_) return fail(ErrorCode::Io, std::string("cannot create a signalfd: ") + std::strerror(errno));
  return signals;
}

SignalWatcher::SignalWatcher(const ProcessSignals& signals, std::function<void(int)> on_signal)
    : stop_(::eventfd(0, EFD_CLOEXEC)), on_signal_(std::move(on_signal)) {
  thread_ = std::thread([this, fd = signals.fd()] { run(fd); });
}

SignalWatcher::~SignalWatcher() {
  const uint64_t one = 1;
  if (::write(stop_.get(), &one, sizeof one) < 0) {
    // Without the eventfd the thread cannot be woken; detaching beats hanging the shutdown.
    thread_.detach();
    return;
  }
  thread_.join();
}

void SignalWatcher::run(int signal_fd) {
  for (;;) {
    pollfd fds[2] = {{signal_fd, POLLIN, 0}, {stop_.get(), POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[1].revents != 0) return;
    signalfd_siginfo info{};
    while (::read(signal_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info))
      on_signal_(static_cast<int>(info.ssi_signo));
  }
}

}  // namespace kiosk::firmware
