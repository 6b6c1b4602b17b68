// ProcessSignals and SignalWatcher: SIGTERM, SIGINT and SIGHUP arrive through a signalfd instead of
// async handlers. The mask is set in main() before any thread starts (SDL, sync), so every thread
// inherits it and no signal can land in a thread that would mishandle it; SDL's own handlers are
// switched off because they only know SIGTERM/SIGINT, and an unhandled SIGHUP would kill the kiosk.
#pragma once

#include <functional>
#include <thread>

#include "common/result.hpp"
#include "common/unique_fd.hpp"

namespace kiosk::firmware {

class ProcessSignals {
 public:
  static Result<ProcessSignals> block();  // blocks SIGTERM, SIGINT, SIGHUP in the calling thread
  int fd() const { return fd_.get(); }    // readable when one is pending

 private:
  UniqueFd fd_;
};

// A thread that waits on the signalfd and calls `on_signal(signo)` for each; the callback must be
// thread-safe (SDL_PushEvent is). Stopped and joined by the destructor.
class SignalWatcher {
 public:
  SignalWatcher(const ProcessSignals& signals, std::function<void(int)> on_signal);
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;
  ~SignalWatcher();

 private:
  void run(int signal_fd);
  UniqueFd stop_;  // eventfd: written by the destructor to end the thread
  std::function<void(int)> on_signal_;
  std::thread thread_;
};

}  // namespace kiosk::firmware
