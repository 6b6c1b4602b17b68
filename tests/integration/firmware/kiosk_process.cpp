#include "kiosk_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

namespace kiosk::firmware::test {

using Clock = std::chrono::steady_clock;

NotifySocket::NotifySocket(const std::filesystem::path& dir)
    : path_(dir / "notify.sock"), fd_(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path_.c_str());
  if (::bind(fd_.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    ADD_FAILURE() << "cannot bind " << path_;
}

std::optional<std::string> NotifySocket::receive(std::chrono::milliseconds timeout) {
  pollfd pfd{fd_.get(), POLLIN, 0};
  if (::poll(&pfd, 1, static_cast<int>(timeout.count())) <= 0) return std::nullopt;
  char buffer[1024];
  const ssize_t n = ::recv(fd_.get(), buffer, sizeof buffer, 0);
  if (n < 0) return std::nullopt;
  return std::string(buffer, static_cast<size_t>(n));
}

std::optional<std::string> NotifySocket::wait_for(const std::string& prefix, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    auto message = receive(left);
    if (message && message->rfind(prefix, 0) == 0) return message;
  }
  return std::nullopt;
}

int NotifySocket::count(const std::string& message, std::chrono::milliseconds during) {
  const auto deadline = Clock::now() + during;
  int seen = 0;
  while (Clock::now() < deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    auto received = receive(left);
    if (received && *received == message) ++seen;
  }
  return seen;
}

KioskProcess::KioskProcess(const std::filesystem::path& dir, const std::vector<std::string>& args,
                           const std::vector<std::string>& env)
    : log_(dir / ("kiosk-" + std::to_string(std::rand()) + ".log")) {
  pid_ = ::fork();
  if (pid_ == 0) {
    const int log_fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(log_fd, 2);
    ::dup2(log_fd, 1);
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    for (const std::string& assignment : env) ::putenv(const_cast<char*>(assignment.c_str()));
    // systemd sets WATCHDOG_PID to the service's pid; here that is the pid exec keeps.
    if (std::getenv("WATCHDOG_USEC")) ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
    std::vector<char*> argv{const_cast<char*>(KIOSK_PATH)};
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(KIOSK_PATH, argv.data());
    ::_exit(127);
  }
}

KioskProcess::~KioskProcess() {
  if (pid_ > 0 && !wait_exit(std::chrono::milliseconds(0))) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

void KioskProcess::signal(int signo) const { ::kill(pid_, signo); }

std::optional<int> KioskProcess::wait_exit(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (Clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

std::string KioskProcess::log() const {
  std::ifstream in(log_);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool KioskProcess::wait_for_log(const std::string& text, std::chrono::milliseconds timeout) const {
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    if (log().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-runtime-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp " << pattern;
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace kiosk::firmware::test
