// The fixture of the hostile-server and forged-content tests: a real nginx on 127.0.0.1, staff sources
// and key, and `kioskctl` run as a separate process whose wall time and peak memory (wait4's rusage)
// are measured, so "bounded time and memory" is asserted on the program a kiosk runs, not on a mock.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "fault_proxy.hpp"
#include "nginx_server.hpp"
#include "test_support.hpp"

namespace kiosk::itest {

struct MeasuredRun {
  int code = -1;                       // exit status; -1 when killed by a signal
  std::string out;
  std::string err;
  std::chrono::milliseconds elapsed{0};
  long peak_rss_kb = 0;                // ru_maxrss of the process
};

// Runs `command` through /bin/sh with stdout and stderr captured in files under `dir`.
MeasuredRun run_measured(const std::string& command, const std::filesystem::path& dir);

// Every regular file under `root` except below the folders in `skip`, with its size: compared before and
// after a refused sync to show nothing was written outside the data dir.
std::map<std::string, uintmax_t> files_outside(const std::filesystem::path& root,
                                               const std::vector<std::filesystem::path>& skip);

class HostileFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  void SetUp() override;

  MeasuredRun kioskctl(const std::string& args);
  std::filesystem::path build(int64_t version, const std::string& extra = {});  // signed with the staff key
  MeasuredRun publish(const std::filesystem::path& bundle);
  // One poll of `source` (default: nginx directly) with short timeouts; `extra` adds flags.
  MeasuredRun sync(const std::string& source, const std::string& extra = {});
  std::string dump();
  std::string applied_v1();                 // publishes and applies version 1, returns its dump
  std::string via(const FaultProxy& proxy) const;  // the bundle folder's URL through the proxy
  void sign_served_manifest();              // re-signs the manifest on the server with the staff key

  std::string pub() const { return (dir_.path() / "staff.pub").string(); }
  std::string key() const { return (dir_.path() / "staff.key").string(); }
  std::filesystem::path data() const { return dir_.path() / "data"; }
  std::filesystem::path runs() const { return dir_.path() / "runs"; }  // captured stdout and stderr
  std::string base() const { return server_->url(folder_); }
  std::filesystem::path served() const { return server_->www() / folder_; }

  static NginxServer* server_;
  test::TempDir dir_;
  test::SourceFolder sources_;
  std::string folder_;
  int builds_ = 0;
};

}  // namespace kiosk::itest
