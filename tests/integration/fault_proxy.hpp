// FaultProxy: a TCP proxy on 127.0.0.1 between the kiosk and nginx that misbehaves on purpose. Once a
// client request containing `match` passes through, the reply to it is faulted:
//   stall  forward nothing more (the server seems to hang mid-reply)
//   cut    forward `cut_after` more bytes of the reply, then close the connection
//   pass   forward everything (the default)
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::itest {

enum class Fault { Pass, Stall, Cut };

class FaultProxy {
 public:
  explicit FaultProxy(int upstream_port);  // listens on a free 127.0.0.1 port
  ~FaultProxy();                           // closes every connection and joins its threads
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  void set_fault(Fault fault, std::string match = {}, std::size_t cut_after = 0);  // for new requests

 private:
  void accept_loop();
  void relay(int client);
  int upstream_port_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;  // guards fault_, match_, cut_after_, workers_
  Fault fault_ = Fault::Pass;
  std::string match_;
  std::size_t cut_after_ = 0;
  std::vector<std::thread> workers_;
  std::thread acceptor_;
};

}  // namespace kiosk::itest
