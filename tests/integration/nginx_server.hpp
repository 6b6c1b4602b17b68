// A real nginx (Debian package) for the integration tests: config, pid, logs and temp folders all in
// a private temp dir, listening on 127.0.0.1 on a free port only, run as the current user with
// `daemon off`, stopped (SIGTERM, then SIGKILL) in the destructor whatever happened in the test.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace kiosk::itest {

class NginxServer {
 public:
  NginxServer();   // starts nginx and waits until it accepts connections; fails the test if it cannot
  ~NginxServer();  // stops it
  NginxServer(const NginxServer&) = delete;
  NginxServer& operator=(const NginxServer&) = delete;

  int port() const { return port_; }
  std::string url(const std::string& path) const;        // "http://127.0.0.1:PORT/" + path
  const std::filesystem::path& www() const { return www_; }  // document root (bundles are PUT here)
  const std::filesystem::path& dir() const { return dir_; }  // everything else (credentials files)
  std::string access_log() const;                         // "METHOD URI STATUS BYTES range=.. inm=.." lines
  void fail_with_500(const std::string& folder, bool on);  // make <folder>/manifest.json answer 500

 private:
  std::filesystem::path dir_;
  std::filesystem::path www_;
  int port_ = 0;
  pid_t pid_ = -1;
};

int free_local_port();  // a port on 127.0.0.1 nobody listens on right now

}  // namespace kiosk::itest
