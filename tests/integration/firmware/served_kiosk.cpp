#include "served_kiosk.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

namespace kiosk::firmware::test {

namespace fs = std::filesystem;

ServedContent::ServedContent(const fs::path& dir) : dir_(dir), first_version_(std::time(nullptr)) {
  ::unsetenv("http_proxy");  // the kiosk and kioskctl talk to 127.0.0.1 only
  ::unsetenv("HTTP_PROXY");
  ::unsetenv("all_proxy");
  server_ = std::make_unique<itest::NginxServer>();
  proxy_ = std::make_unique<itest::FaultProxy>(server_->port());
  kioskctl("keygen --out " + (dir_ / "staff").string());
  kiosk::test::write_file(dir_ / "heartbeat.cred", credentials() + "\n");
  EXPECT_EQ(publish(1), 0);
}

std::string ServedContent::kioskctl(const std::string& args) const {
  const fs::path out = dir_ / "kioskctl.out", err = dir_ / "kioskctl.err";
  const std::string command = std::string(KIOSKCTL_PATH) + " " + args + " >" + out.string() + " 2>" + err.string();
  const int status = std::system(command.c_str());
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    ADD_FAILURE() << "kioskctl " << args << ": " << kiosk::test::read_file(err);
    return {};
  }
  return kiosk::test::read_file(out);
}

int ServedContent::publish(int n) {
  const int64_t version = this->version(n);
  const fs::path bundle = dir_ / ("bundle-" + std::to_string(version));
  fs::remove_all(bundle);
  kioskctl("build " + sources_.path().string() + " -o " + bundle.string() + " --key " + (dir_ / "staff.key").string() +
           " --version " + std::to_string(version));
  const std::string command = std::string(KIOSKCTL_PATH) + " publish " + bundle.string() + " " +
                              server_->url("content") + " --user staff --password-file " +
                              (server_->dir() / "password").string() + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fs::path ServedContent::heartbeat_file() const { return server_->www() / "status" / "kiosk.json"; }

fs::path ServedContent::write_config(const KioskSettings& settings) const {
  const std::string pub = kiosk::test::read_file(dir_ / "staff.pub");
  std::smatch hex;
  EXPECT_TRUE(std::regex_search(pub, hex, std::regex("[0-9a-f]{64}"))) << pub;
  const std::string key = hex.str();
  const fs::path file = dir_ / "kiosk.toml";
  std::ofstream out(file);
  out << "kiosk_id = \"booth-under-test\"\ndata_dir = \"" << data().string() << "\"\n" << settings.extra << "\n"
      << "[sync]\nsources = [\"http://127.0.0.1:" << proxy_->port() << "/content\"]\npublic_keys = [\"" << key
      << "\"]\npoll_interval_s = " << settings.poll_interval_s << "\n";
  if (settings.heartbeat)
    out << "[heartbeat]\nurl = \"" << server_->url("status/kiosk.json") << "\"\ncredentials_file = \""
        << (dir_ / "heartbeat.cred").string() << "\"\n";
  if (!settings.pin_hash.empty()) out << "[staff]\npin_hash = \"" << settings.pin_hash << "\"\n";
  out << "[display]\nwidth = 320\nheight = 240\nfullscreen = false\n";
  return file;
}

}  // namespace kiosk::firmware::test
