#include "hostile_fixture.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "bundle/signature.hpp"

namespace kiosk::itest {

namespace fs = std::filesystem;

NginxServer* HostileFixture::server_ = nullptr;

MeasuredRun run_measured(const std::string& command, const fs::path& dir) {
  const fs::path out = dir / "stdout", err = dir / "stderr";
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  MeasuredRun run;
  int status = 0;
  rusage usage{};
  if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid) {
    ADD_FAILURE() << "cannot run " << command;
    return run;
  }
  run.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.peak_rss_kb = usage.ru_maxrss;  // of the largest child waited for: sh execs nothing else, kioskctl
  run.out = test::read_file(out);
  run.err = test::read_file(err);
  return run;
}

std::map<std::string, uintmax_t> files_outside(const fs::path& root, const std::vector<fs::path>& skip) {
  std::map<std::string, uintmax_t> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    if (std::find(skip.begin(), skip.end(), it->path()) != skip.end()) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files[it->path().string()] = it->file_size();
  }
  return files;
}

void HostileFixture::SetUpTestSuite() {
  ::unsetenv("http_proxy");  // the tests talk to 127.0.0.1 only
  ::unsetenv("HTTP_PROXY");
  ::unsetenv("all_proxy");
  server_ = new NginxServer();
}

void HostileFixture::TearDownTestSuite() {
  delete server_;
  server_ = nullptr;
}

void HostileFixture::SetUp() {
  folder_ = std::string("hostile-") + ::testing::UnitTest::GetInstance()->current_test_info()->name();
  const MeasuredRun keygen = kioskctl("keygen --out " + (dir_.path() / "staff").string());
  ASSERT_EQ(keygen.code, 0) << keygen.err;
}

MeasuredRun HostileFixture::kioskctl(const std::string& args) {
  fs::create_directories(runs());
  return run_measured(std::string(KIOSKCTL_PATH) + " " + args, runs());
}

fs::path HostileFixture::build(int64_t version, const std::string& extra) {
  const fs::path out = dir_.path() / ("bundle-" + std::to_string(builds_++));
  const MeasuredRun r = kioskctl("build " + sources_.path().string() + " -o " + out.string() + " --key " + key() +
                                 " --version " + std::to_string(version) + " " + extra);
  EXPECT_EQ(r.code, 0) << r.err;
  return out;
}

MeasuredRun HostileFixture::publish(const fs::path& bundle) {
  return kioskctl("publish " + bundle.string() + " " + base() + " --user staff --password-file " +
                  (server_->dir() / "password").string());
}

MeasuredRun HostileFixture::sync(const std::string& source, const std::string& extra) {
  return kioskctl("sync --data-dir " + data().string() + " --source " + source + " --pubkey " + pub() +
                  " --once --connect-timeout-ms 1000 --low-speed-time-ms 1000 " + extra);
}

std::string HostileFixture::dump() { return kioskctl("dump --data-dir " + data().string()).out; }

std::string HostileFixture::applied_v1() {
  const MeasuredRun p = publish(build(1));
  EXPECT_EQ(p.code, 0) << p.err;
  const MeasuredRun s = sync(base());
  EXPECT_EQ(s.code, 0) << s.err;
  const std::string before = dump();
  EXPECT_NE(before.find("\"version\": 1,"), std::string::npos) << before;
  return before;
}

std::string HostileFixture::via(const FaultProxy& proxy) const {
  return "http://127.0.0.1:" + std::to_string(proxy.port()) + "/" + folder_;
}

void HostileFixture::sign_served_manifest() {
  auto secret = bundle::read_secret_key(key());
  ASSERT_TRUE(secret);
  test::write_file(served() / "manifest.json.sig",
                   bundle::sign_detached(test::read_file(served() / "manifest.json"), *secret));
}

}  // namespace kiosk::itest
