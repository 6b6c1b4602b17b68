// The real kiosk under a fake systemd (label integration): READY after the first frame, watchdog
// pings from the main loop, SIGTERM/SIGINT ending it with status 0 within 2 s, a wedged loop
// (test hook) going silent, the single-instance lock, SIGHUP reload, and the opening hours.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

#include <fstream>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kiosk_process.hpp"

namespace kiosk::firmware::test {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;

constexpr auto kStartTimeout = 30s;  // first start loads the built-in bundle and builds the font atlas
const std::string kWatchdog600ms = "WATCHDOG_USEC=600000";  // pings every 200 ms

void write_config(const std::filesystem::path& file, const std::filesystem::path& data_dir, const std::string& extra) {
  std::ofstream out(file);
  out << "data_dir = \"" << data_dir.string() << "\"\n" << extra << "\n[display]\nwidth = 320\nheight = 240\n"
      << "fullscreen = false\n";
}

TEST(KioskRuntime, ReadyThenWatchdogPingsThenSigtermExitsZeroWithinTwoSeconds) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(), {"--data-dir", (dir.path() / "data").string(), "--size", "320x240"},
                     {"NOTIFY_SOCKET=" + systemd.path().string(), kWatchdog600ms});
  const auto ready = systemd.wait_for("READY=1", kStartTimeout);
  ASSERT_TRUE(ready) << kiosk.log();
  EXPECT_EQ(*ready, "READY=1\nSTATUS=showing content");
  EXPECT_THAT(kiosk.log(), MatchesRegex("(.|\n)*first frame with content on screen [0-9]+ ms after start(.|\n)*"));
  EXPECT_GE(systemd.count("WATCHDOG=1", 1500ms), 5) << "a ping every 200 ms while the loop runs";

  const auto sent = std::chrono::steady_clock::now();
  kiosk.signal(SIGTERM);
  const auto status = kiosk.wait_exit(2s);
  ASSERT_TRUE(status) << "still running 2 s after SIGTERM\n" << kiosk.log();
  EXPECT_EQ(*status, 0) << kiosk.log();
  EXPECT_LT(std::chrono::steady_clock::now() - sent, 2s);
  EXPECT_TRUE(systemd.wait_for("STOPPING=1", 100ms)) << "STOPPING=1 before the exit";
}

// A server that accepts connections (the kernel's backlog does) and never answers: the sync thread
// is stuck in an HTTP transfer when SIGTERM arrives, and must still let the kiosk exit in 2 s.
TEST(KioskRuntime, SigtermInterruptsAStalledSyncAndExitsZeroWithinTwoSeconds) {
  ScratchDir dir;
  UniqueFd server(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(server.get(), reinterpret_cast<sockaddr*>(&address), length), 0);
  ASSERT_EQ(::listen(server.get(), 8), 0);
  ASSERT_EQ(::getsockname(server.get(), reinterpret_cast<sockaddr*>(&address), &length), 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/bundle/";

  NotifySocket systemd(dir.path());
  const auto config = dir.path() / "kiosk.toml";
  write_config(config, dir.path() / "data",
               "[sync]\nsources = [\"" + url + "\"]\npublic_keys = [\"" + std::string(64, 'a') + "\"]");
  KioskProcess kiosk(dir.path(), {"--config", config.string()}, {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  std::this_thread::sleep_for(500ms);  // the first poll is now waiting for an answer that never comes
  const auto sent = std::chrono::steady_clock::now();
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(2s), 0) << kiosk.log();
  EXPECT_LT(std::chrono::steady_clock::now() - sent, 2s);
  EXPECT_THAT(kiosk.log(), HasSubstr("sync: polling 1 source(s) every 60 s"));
}

TEST(KioskRuntime, SigintExitsZeroToo) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(), {"--data-dir", (dir.path() / "data").string(), "--size", "320x240"},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  kiosk.signal(SIGINT);
  EXPECT_EQ(kiosk.wait_exit(2s), 0) << kiosk.log();
}

TEST(KioskRuntime, WedgedMainLoopStopsTheWatchdogPings) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(),
                     {"--data-dir", (dir.path() / "data").string(), "--size", "320x240", "--test-wedge-after", "1500"},
                     {"NOTIFY_SOCKET=" + systemd.path().string(), kWatchdog600ms});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  ASSERT_TRUE(kiosk.wait_for_log("the main loop hangs now", 10s)) << kiosk.log();
  while (systemd.receive(0ms)) {
  }  // pings sent before the hang, still queued in the socket
  EXPECT_EQ(systemd.count("WATCHDOG=1", 1500ms), 0) << "systemd would restart the kiosk after 600 ms";
  EXPECT_FALSE(kiosk.wait_exit(0ms)) << "it is hung, not dead: only the watchdog can end it";
}

TEST(KioskRuntime, SecondKioskOnTheSameDataDirNamesTheFirst) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  const std::string data = (dir.path() / "data").string();
  KioskProcess first(dir.path(), {"--data-dir", data, "--size", "320x240"},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << first.log();
  KioskProcess second(dir.path(), {"--data-dir", data, "--size", "320x240"}, {});
  EXPECT_EQ(second.wait_exit(10s), 1);
  EXPECT_THAT(second.log(), HasSubstr("kiosk: error: another kiosk (pid " + std::to_string(first.pid()) +
                                      ") is already running on " + data + " (it holds " + data +
                                      "/kiosk.lock); stop it first, e.g. systemctl stop kiosk"));
}

TEST(KioskRuntime, SighupReloadAppliesANewPollIntervalAndRefusesABrokenFile) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  const auto config = dir.path() / "kiosk.toml";
  write_config(config, dir.path() / "data", "[sync]\npoll_interval_s = 60");
  KioskProcess kiosk(dir.path(), {"--config", config.string()}, {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();

  write_config(config, dir.path() / "data", "[sync]\npoll_interval_s = 5");
  kiosk.signal(SIGHUP);
  EXPECT_TRUE(systemd.wait_for("RELOADING=1", 2s));
  EXPECT_TRUE(systemd.wait_for("READY=1", 2s));
  EXPECT_TRUE(kiosk.wait_for_log("kiosk: SIGHUP: sync.poll_interval_s 60 -> 5 s", 2s)) << kiosk.log();

  write_config(config, dir.path() / "data", "[sync]\npoll_interval_s = 1");
  kiosk.signal(SIGHUP);
  EXPECT_TRUE(kiosk.wait_for_log(config.string() + ":3: sync.poll_interval_s: 1 is out of range; allowed: 5 to 86400 "
                                                    "(seconds)",
                                 2s))
      << kiosk.log();
  EXPECT_THAT(kiosk.log(), HasSubstr("SIGHUP: keeping the running config"));
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(2s), 0) << "a refused reload leaves the kiosk running\n" << kiosk.log();
}

TEST(KioskRuntime, OutsideOpeningHoursTheScreenIsBlackButReadyStillArrives) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  const auto config = dir.path() / "kiosk.toml";
  write_config(config, dir.path() / "data",
               "[hours]\nmonday = \"closed\"\ntuesday = \"closed\"\nwednesday = \"10:00-17:00\"\nthursday = "
               "\"closed\"\nfriday = \"closed\"\nsaturday = \"closed\"\nsunday = \"closed\"");
  // Wednesday 14 December 2022, 20:00 in Tokyo: after closing.
  KioskProcess kiosk(dir.path(), {"--config", config.string(), "--now", "2022-12-14T20:00"},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  const auto ready = systemd.wait_for("READY=1", kStartTimeout);
  ASSERT_TRUE(ready) << kiosk.log();
  EXPECT_EQ(*ready, "READY=1\nSTATUS=closed: screen black outside opening hours");
  EXPECT_THAT(kiosk.log(), HasSubstr("(black: outside opening hours)"));
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(2s), 0);
}

TEST(KioskRuntime, BrokenConfigIsRefusedAtStartWithExit78) {
  ScratchDir dir;
  const auto config = dir.path() / "kiosk.toml";
  write_config(config, dir.path() / "data", "langauge = \"en\"");
  KioskProcess kiosk(dir.path(), {"--config", config.string()}, {});
  EXPECT_EQ(kiosk.wait_exit(10s), 78);
  EXPECT_EQ(kiosk.log(), config.string() +
                             ":2: langauge: unknown key; allowed: kiosk_id, data_dir, language, log_level, "
                             "idle_timeout_s, [sync], [heartbeat], [stats], [display], [staff], [hours]\n");
  KioskProcess check(dir.path(), {"--check-config", "--config", config.string()}, {});
  EXPECT_EQ(check.wait_exit(10s), 78);
}

TEST(KioskRuntime, PrintedDefaultConfigPassesCheckConfig) {
  ScratchDir dir;
  KioskProcess print(dir.path(), {"--print-default-config"}, {});
  ASSERT_EQ(print.wait_exit(10s), 0);
  const auto file = dir.path() / "default.toml";
  std::ofstream(file) << print.log();
  KioskProcess check(dir.path(), {"--check-config", "--config", file.string()}, {});
  EXPECT_EQ(check.wait_exit(10s), 0);
  EXPECT_EQ(check.log(), file.string() + ": ok\n");
}

}  // namespace
}  // namespace kiosk::firmware::test
