#include "fault_proxy.hpp"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kiosk::itest {
namespace {

int connect_local(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const char* data, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
    if (w <= 0) return false;
    data += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

}  // namespace

FaultProxy::FaultProxy(int upstream_port) : upstream_port_(upstream_port) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::listen(listen_fd_, 16);
  socklen_t len = sizeof addr;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
  stop_ = true;
  acceptor_.join();
  std::vector<std::thread> workers;
  {
    std::lock_guard lock(mutex_);
    workers.swap(workers_);
  }
  for (std::thread& t : workers) t.join();
  ::close(listen_fd_);
}

void FaultProxy::set_fault(Fault fault, std::string match, std::size_t cut_after) {
  std::lock_guard lock(mutex_);
  fault_ = fault;
  match_ = std::move(match);
  cut_after_ = cut_after;
}

void FaultProxy::accept_loop() {
  while (!stop_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    std::lock_guard lock(mutex_);
    workers_.emplace_back([this, client] { relay(client); });
  }
}

// Relays both ways with poll(), checking stop_ every 50 ms so the destructor never waits long.
void FaultProxy::relay(int client) {
  const int upstream = connect_local(upstream_port_);
  Fault armed = Fault::Pass;
  std::size_t budget = 0;
  char buffer[16384];
  while (upstream >= 0 && !stop_) {
    pollfd p[2] = {{client, POLLIN, 0}, {upstream, armed == Fault::Stall ? short(0) : short(POLLIN), 0}};
    if (::poll(p, 2, 50) <= 0) continue;
    if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      {
        std::lock_guard lock(mutex_);
        if (fault_ != Fault::Pass && std::string_view(buffer, static_cast<std::size_t>(n)).find(match_) !=
                                         std::string_view::npos) {
          armed = fault_;
          budget = cut_after_;
        }
      }
      if (!send_all(upstream, buffer, static_cast<std::size_t>(n))) break;
    }
    if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = ::recv(upstream, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      if (armed == Fault::Cut) {
        const std::size_t take = std::min(budget, static_cast<std::size_t>(n));
        send_all(client, buffer, take);
        budget -= take;
        if (budget == 0) break;  // close both: the client sees a reply cut short
        continue;
      }
      if (!send_all(client, buffer, static_cast<std::size_t>(n))) break;
    }
  }
  if (upstream >= 0) ::close(upstream);
  ::close(client);
}

}  // namespace kiosk::itest
