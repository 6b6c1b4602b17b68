// A kiosk with a content server: nginx on 127.0.0.1 serving a bundle signed by a fresh staff key and
// taking heartbeats, a fault proxy in front of it, and a kiosk.toml pointing the kiosk at the proxy.
// Shared by the security, watchdog and soak tests of issue #9.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "fault_proxy.hpp"
#include "nginx_server.hpp"
#include "test_support.hpp"

namespace kiosk::firmware::test {

struct KioskSettings {
  std::string pin_hash;           // [staff] pin_hash; "" = none
  bool heartbeat = true;          // [heartbeat] to nginx with the staff credentials file
  int poll_interval_s = 5;        // [sync] poll_interval_s (5 is the smallest allowed)
  std::string extra;              // more top-level lines (before any table)
};

class ServedContent {
 public:
  explicit ServedContent(const std::filesystem::path& dir);  // starts nginx and the proxy, publishes v1
  ServedContent(const ServedContent&) = delete;
  ServedContent& operator=(const ServedContent&) = delete;

  // Content versions n = 1, 2, ... are published as start time + n: above the built-in bundle's version
  // (its build time), which the kiosk loads into its empty data dir before it syncs.
  int64_t version(int n) const { return first_version_ + n; }
  int publish(int n);  // builds the sources as version(n) and publishes them; 0 on success
  std::filesystem::path write_config(const KioskSettings& settings) const;  // <dir>/kiosk.toml
  std::string kioskctl(const std::string& args) const;  // stdout; "" and a test failure when it fails

  itest::NginxServer& server() { return *server_; }
  itest::FaultProxy& proxy() { return *proxy_; }
  kiosk::test::SourceFolder& sources() { return sources_; }
  std::filesystem::path data() const { return dir_ / "data"; }
  std::filesystem::path heartbeat_file() const;  // where nginx stored the kiosk's last heartbeat
  std::string credentials() const { return "staff:booth-secret"; }

 private:
  std::filesystem::path dir_;
  int64_t first_version_ = 0;
  std::unique_ptr<itest::NginxServer> server_;
  std::unique_ptr<itest::FaultProxy> proxy_;
  kiosk::test::SourceFolder sources_;
};

}  // namespace kiosk::firmware::test
