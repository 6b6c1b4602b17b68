// The running kiosk against issue #9's threats (label integration): it opens no listening socket, its
// secrets (staff PIN, heartbeat credentials) reach neither its log nor its heartbeats, a SIGSTOPped
// kiosk goes silent towards systemd's watchdog, and a server sending one byte every 10 s is cut at the
// low-speed timeout while the main loop keeps drawing scripted taps and feeding the watchdog.
// systemd's restart itself is not tested here (no systemd as PID 1): only what the kiosk tells it.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kiosk_process.hpp"
#include "process_probe.hpp"
#include "served_kiosk.hpp"

namespace kiosk::firmware::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ::testing::HasSubstr;
using Clock = std::chrono::steady_clock;

constexpr auto kStartTimeout = 30s;  // first start loads the built-in bundle and builds the font atlas

std::string hash_pin(const fs::path& dir, const std::string& pin) {
  kiosk::test::write_file(dir / "pin.txt", pin + "\n");
  const fs::path out = dir / "pin.hash";
  const std::string command = std::string(KIOSK_PATH) + " --hash-pin <" + (dir / "pin.txt").string() + " >" +
                              out.string() + " 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0);
  const std::string line = kiosk::test::read_file(out);  // pin_hash = "$argon2id$..."
  const std::size_t open = line.find('"'), close = line.rfind('"');
  EXPECT_NE(open, close) << line;
  return line.substr(open + 1, close - open - 1);
}

TEST(KioskHostile, ProbeSeesTheTestsOwnListeningSocket) {
  // The check below is only worth something if it can fail: the fault proxy in this process listens.
  itest::FaultProxy proxy(itest::free_local_port());
  const auto found = listening_sockets(::getpid());
  EXPECT_THAT(found, ::testing::Contains(HasSubstr("tcp ")));
}

TEST(KioskHostile, OpensNoListeningSocketWhileSyncingAndSendingHeartbeats) {
  ScratchDir dir;
  ServedContent content(dir.path());
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(), {"--config", content.write_config({}).string()},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  int most_sockets = 0;
  std::vector<std::string> listening;
  const auto until = Clock::now() + 8s;  // a poll, a heartbeat, a published update, the next poll
  bool published = false;
  while (Clock::now() < until) {
    for (const std::string& s : listening_sockets(kiosk.pid())) listening.push_back(s);
    most_sockets = std::max(most_sockets, socket_count(kiosk.pid()));
    if (!published && Clock::now() > until - 6s) published = content.publish(2) == 0;
    std::this_thread::sleep_for(20ms);
  }
  EXPECT_THAT(listening, ::testing::IsEmpty()) << kiosk.log();
  EXPECT_GE(most_sockets, 2) << "the notify socket and at least one HTTP connection were seen";
  EXPECT_TRUE(fs::exists(content.heartbeat_file())) << kiosk.log();
  EXPECT_TRUE(kiosk.wait_for_log("sync: applied version " + std::to_string(content.version(2)), 10s)) << kiosk.log();
  std::printf("[hostile] kiosk sockets: up to %d open, 0 listening\n", most_sockets);
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(5s), 0);
}

TEST(KioskHostile, SecretsNeverReachTheLogOrTheHeartbeat) {
  ScratchDir dir;
  ServedContent content(dir.path());
  const std::string pin = "480613";
  const std::string pin_hash = hash_pin(dir.path(), pin);
  ASSERT_THAT(pin_hash, ::testing::StartsWith("$argon2id$"));
  NotifySocket systemd(dir.path());
  KioskSettings settings;
  settings.pin_hash = pin_hash;
  KioskProcess kiosk(dir.path(), {"--config", content.write_config(settings).string()},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  // Failures are where secrets leak (an error message quoting a URL with credentials, a request dump):
  // a 401-like storm, a reset and a cut asset, then a good update.
  ASSERT_TRUE(kiosk.wait_for_log("sync: ", 10s)) << kiosk.log();
  itest::FaultOptions unauthorised;
  unauthorised.status = 401;
  content.proxy().set_fault(itest::Fault::Status, "manifest.json", unauthorised);
  ASSERT_EQ(content.publish(2), 0);
  ASSERT_TRUE(kiosk.wait_for_log("HTTP 401", 15s)) << kiosk.log();
  content.proxy().set_fault(itest::Fault::Pass);
  ASSERT_TRUE(kiosk.wait_for_log("sync: applied version " + std::to_string(content.version(2)), 20s)) << kiosk.log();
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(5s), 0);

  const std::string log = kiosk.log();
  const std::string heartbeat = kiosk::test::read_file(content.heartbeat_file());
  ASSERT_THAT(heartbeat, HasSubstr("booth-under-test"));
  const std::string secrets[] = {pin, pin_hash, pin_hash.substr(pin_hash.rfind('$') + 1), "booth-secret",
                                 content.credentials(), "c3RhZmY6Ym9vdGgtc2VjcmV0" /* base64 of the credentials */};
  for (const std::string& secret : secrets) {
    EXPECT_THAT(log, ::testing::Not(HasSubstr(secret))) << "the kiosk log shows a secret";
    EXPECT_THAT(heartbeat, ::testing::Not(HasSubstr(secret))) << "the heartbeat shows a secret";
  }
}

TEST(KioskHostile, SigstoppedKioskSendsNoMoreWatchdogPings) {
  ScratchDir dir;
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(), {"--data-dir", (dir.path() / "data").string(), "--size", "320x240"},
                     {"NOTIFY_SOCKET=" + systemd.path().string(), "WATCHDOG_USEC=600000"});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  EXPECT_GE(systemd.count("WATCHDOG=1", 1000ms), 3) << "a ping every 200 ms while it runs";
  kiosk.signal(SIGSTOP);
  std::this_thread::sleep_for(50ms);
  while (systemd.receive(0ms)) {
  }  // pings sent before the stop
  EXPECT_EQ(systemd.count("WATCHDOG=1", 1500ms), 0) << "systemd would restart the kiosk after 600 ms";
  kiosk.signal(SIGCONT);
  EXPECT_GE(systemd.count("WATCHDOG=1", 1000ms), 3) << "pings resume after SIGCONT";
  kiosk.signal(SIGTERM);
  EXPECT_EQ(kiosk.wait_exit(5s), 0);
}

// What makes systemd act on the silence above: the installed unit. (The restart itself needs systemd
// as PID 1 and is not exercised here.)
TEST(KioskHostile, UnitRestartsTheKioskWhenWatchdogPingsStop) {
  const std::string unit = kiosk::test::read_file(fs::path(KIOSK_SOURCE_DIR) / "firmware/deploy/kiosk.service");
  EXPECT_THAT(unit, ::testing::ContainsRegex("\nType=notify\n"));
  EXPECT_THAT(unit, ::testing::ContainsRegex("\nWatchdogSec=[1-9][0-9]*\n"));
  EXPECT_THAT(unit, ::testing::ContainsRegex("\nRestart=always\n"));
  EXPECT_THAT(unit, ::testing::Not(::testing::ContainsRegex("\nNotifyAccess=none")));
}

// The kiosk's HTTP timeouts are its defaults (low-speed time 15 s). The replay taps every 500 ms for
// 20 s and waits for two drawn frames after each tap, so it only ends on time if frames keep coming.
TEST(KioskHostile, OneByteEveryTenSecondsIsCutWhileTheUiKeepsDrawing) {
  ScratchDir dir;
  ServedContent content(dir.path());
  content.proxy().set_fault(itest::Fault::Trickle, "manifest.json", itest::FaultOptions{});
  std::string script;
  for (int i = 0; i < 40; ++i) script += "tap 160 " + std::to_string(60 + (i % 3) * 60) + "\nwait 420\n";
  kiosk::test::write_file(dir.path() / "taps.replay", script);
  NotifySocket systemd(dir.path());
  KioskSettings settings;
  settings.heartbeat = false;
  KioskProcess kiosk(dir.path(),
                     {"--config", content.write_config(settings).string(), "--replay",
                      (dir.path() / "taps.replay").string()},
                     {"NOTIFY_SOCKET=" + systemd.path().string(), "WATCHDOG_USEC=300000"});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  const auto ready = Clock::now();
  auto last_ping = ready;
  auto longest_gap = Clock::duration::zero();
  std::optional<Clock::duration> cut_after;
  while (Clock::now() - ready < 30s) {
    if (auto message = systemd.receive(50ms); message && *message == "WATCHDOG=1") {
      longest_gap = std::max(longest_gap, Clock::now() - last_ping);
      last_ping = Clock::now();
    }
    if (!cut_after && kiosk.log().find("/content/manifest.json: Operation too slow") != std::string::npos)
      cut_after = Clock::now() - ready;
    if (kiosk.wait_exit(0ms)) break;
  }
  const auto replay_took = Clock::now() - ready;
  ASSERT_TRUE(cut_after) << kiosk.log();
  EXPECT_LE(*cut_after, 20s) << "low-speed time 15 s, plus the poll's start";
  EXPECT_GE(*cut_after, 14s) << "cut by the low-speed rule, not by something else";
  EXPECT_LT(longest_gap, 300ms) << "the watchdog (300 ms) would have fired during the trickled sync";
  EXPECT_THAT(kiosk.log(), HasSubstr("replay " + (dir.path() / "taps.replay").string() + " done"));
  EXPECT_LT(replay_took, 32s) << "40 taps with 420 ms waits take about 20 s when frames keep coming, 35 s if the "
                                 "UI had waited for the 15 s trickled poll";
  std::printf("[hostile] kiosk with a 1 byte / 10 s server: sync cut after %.1f s, longest gap between watchdog "
              "pings %lld ms, 40-tap replay (scripted 20.0 s) done in %.1f s\n",
              std::chrono::duration<double>(*cut_after).count(),
              static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(longest_gap).count()),
              std::chrono::duration<double>(replay_took).count());
}

}  // namespace
}  // namespace kiosk::firmware::test
