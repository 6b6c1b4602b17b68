#include "fault_proxy.hpp"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <random>
#include <thread>

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

bool answers_itself(Fault fault) { return fault != Fault::Pass && fault != Fault::Stall && fault != Fault::Cut; }

// The path of "GET /path HTTP/1.1", for a redirect back to it.
std::string request_path(const std::string& request) {
  const std::size_t start = request.find(' ');
  const std::size_t end = start == std::string::npos ? start : request.find(' ', start + 1);
  return end == std::string::npos ? "/" : request.substr(start + 1, end - start - 1);
}

std::string reply(const std::string& status_line, const std::string& type, const std::string& body) {
  return "HTTP/1.1 " + status_line + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
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
  FaultOptions options;
  options.cut_after = cut_after;
  set_fault(fault, std::move(match), options);
}

void FaultProxy::set_fault(Fault fault, std::string match, FaultOptions options) {
  std::lock_guard lock(mutex_);
  fault_ = fault;
  match_ = std::move(match);
  options_ = options;
}

bool FaultProxy::pause(std::chrono::milliseconds how_long) const {
  const auto until = std::chrono::steady_clock::now() + how_long;
  while (!stop_ && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return !stop_;
}

// Sends the faulty reply; returns when it is complete, the client has gone or the proxy stops.
void FaultProxy::answer(int client, Fault fault, const FaultOptions& options, const std::string& request) {
  ++faulted_;
  switch (fault) {
    case Fault::Endless: {
      const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
      const std::string chunk(16384, '{');
      if (!send_all(client, head.data(), head.size())) return;
      while (!stop_ && send_all(client, chunk.data(), chunk.size())) {
      }
      return;
    }
    case Fault::Garbage: {
      std::string noise(4096, '\0');
      std::mt19937 random(42);
      for (char& c : noise) c = static_cast<char>(random());
      noise[0] = '\x7f';  // never a plausible "HTTP/" start
      send_all(client, noise.data(), noise.size());
      return;
    }
    case Fault::Reset: {
      const linger abort_on_close{1, 0};  // close() sends RST instead of FIN
      ::setsockopt(client, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
      return;
    }
    case Fault::RedirectLoop: {
      const std::string text = "HTTP/1.1 302 Found\r\nLocation: " + request_path(request) +
                               "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      send_all(client, text.data(), text.size());
      return;
    }
    case Fault::WrongType: {
      const std::string text = reply("200 OK", "text/html; charset=utf-8",
                                     "<!DOCTYPE html><html><body><h1>Exhibition Wi-Fi</h1><form action=\"/login\">"
                                     "<input name=\"email\"><button>Accept terms</button></form></body></html>\n");
      send_all(client, text.data(), text.size());
      return;
    }
    case Fault::Status: {
      const std::string text = reply(std::to_string(options.status) + " Fault", "text/plain", "fault proxy\n");
      send_all(client, text.data(), text.size());
      return;
    }
    case Fault::HugeHeader: {
      const std::string head = "HTTP/1.1 200 OK\r\nX-Padding: ";
      const std::string chunk(16384, 'a');
      if (!send_all(client, head.data(), head.size())) return;
      for (int i = 0; i < 512 && !stop_ && send_all(client, chunk.data(), chunk.size()); ++i) {
      }  // 8 MB of one header line, then close
      return;
    }
    case Fault::Trickle: {
      const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n";
      if (!send_all(client, head.data(), head.size())) return;
      for (int i = 0; i < 4096 && pause(options.trickle_every); ++i) {
        if (!send_all(client, "{", 1)) return;
      }
      return;
    }
    case Fault::Pass:
    case Fault::Stall:
    case Fault::Cut:
      return;
  }
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
  FaultOptions options;
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
          options = options_;
          budget = options_.cut_after;
        }
      }
      if (answers_itself(armed)) {
        answer(client, armed, options, std::string(buffer, static_cast<std::size_t>(n)));
        break;
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
