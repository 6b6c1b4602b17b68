// FaultProxy: a TCP proxy on 127.0.0.1 between the kiosk and nginx that misbehaves on purpose. Once a
// client request containing `match` passes through, the reply to it is faulted:
//   stall  forward nothing more (the server seems to hang mid-reply)
//   cut    forward `cut_after` more bytes of the reply, then close the connection
//   pass   forward everything (the default)
// The other faults answer the request themselves (the upstream never sees it), as a hostile or broken
// server on exhibition Wi-Fi would:
//   endless        200 with no length and a body that never ends
//   garbage        bytes that are not HTTP at all, then close
//   reset          close with a TCP RST (SO_LINGER 0) as soon as the request arrived
//   redirect_loop  302 back to the same path, forever
//   wrong_type     200 text/html: a captive portal's login page instead of the file
//   status         the given status (e.g. 503) with a short body, for every matching request
//   huge_header    200 whose header never ends (a line of megabytes)
//   trickle        200 headers, then one byte every `trickle_every`
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::itest {

enum class Fault { Pass, Stall, Cut, Endless, Garbage, Reset, RedirectLoop, WrongType, Status, HugeHeader, Trickle };

struct FaultOptions {
  std::size_t cut_after = 0;                      // cut: reply bytes forwarded before the close
  int status = 503;                               // status: the status every matching request gets
  std::chrono::milliseconds trickle_every{10000};  // trickle: the pause before each byte
};

class FaultProxy {
 public:
  explicit FaultProxy(int upstream_port);  // listens on a free 127.0.0.1 port
  ~FaultProxy();                           // closes every connection and joins its threads
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  void set_fault(Fault fault, std::string match = {}, std::size_t cut_after = 0);  // for new requests
  void set_fault(Fault fault, std::string match, FaultOptions options);
  int faulted() const { return faulted_; }  // requests answered with a fault so far

 private:
  void accept_loop();
  void relay(int client);
  void answer(int client, Fault fault, const FaultOptions& options, const std::string& request);
  bool pause(std::chrono::milliseconds how_long) const;  // false when the proxy is stopping
  int upstream_port_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> faulted_{0};
  std::mutex mutex_;  // guards fault_, match_, options_, workers_
  Fault fault_ = Fault::Pass;
  std::string match_;
  FaultOptions options_;
  std::vector<std::thread> workers_;
  std::thread acceptor_;
};

}  // namespace kiosk::itest
