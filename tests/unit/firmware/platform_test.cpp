// Process-level pieces in-process: the sd_notify datagrams as systemd receives them, the watchdog
// policy, the single-instance lock and its message, and the staff PIN hash.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "platform/instance_lock.hpp"
#include "platform/systemd_notify.hpp"
#include "platform/watchdog_feeder.hpp"
#include "staff_pin.hpp"

namespace kiosk::firmware {
namespace {

using namespace std::chrono_literals;

std::filesystem::path fresh_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("kiosk-fw-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// A datagram socket standing in for systemd's notify socket.
class FakeSystemd {
 public:
  explicit FakeSystemd(const std::filesystem::path& path) : path_(path), fd_(::socket(AF_UNIX, SOCK_DGRAM, 0)) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
    EXPECT_EQ(::bind(fd_.get(), reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    timeval timeout{1, 0};
    ::setsockopt(fd_.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  std::string receive() {
    char buffer[512];
    const ssize_t n = ::recv(fd_.get(), buffer, sizeof buffer, 0);
    return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : "(nothing)";
  }

 private:
  std::filesystem::path path_;
  UniqueFd fd_;
};

TEST(SystemdNotify, SendsReadyWatchdogAndStoppingDatagrams) {
  const auto dir = fresh_dir("notify");
  FakeSystemd systemd(dir / "notify.sock");
  auto notifier = SystemdNotifier::open({(dir / "notify.sock").string(), "3000000", ""}, 42);
  ASSERT_TRUE(notifier) << notifier.error().message;
  EXPECT_TRUE(notifier->enabled());
  EXPECT_EQ(notifier->watchdog_timeout(), std::chrono::microseconds(3000000));
  ASSERT_TRUE(notifier->ready("showing content"));
  EXPECT_EQ(systemd.receive(), "READY=1\nSTATUS=showing content");
  ASSERT_TRUE(notifier->watchdog_ping());
  EXPECT_EQ(systemd.receive(), "WATCHDOG=1");
  ASSERT_TRUE(notifier->stopping());
  EXPECT_EQ(systemd.receive(), "STOPPING=1");
}

TEST(SystemdNotify, WithoutNotifySocketEverythingIsANoOp) {
  auto notifier = SystemdNotifier::open({}, 42);
  ASSERT_TRUE(notifier);
  EXPECT_FALSE(notifier->enabled());
  EXPECT_FALSE(notifier->watchdog_timeout());
  EXPECT_TRUE(notifier->ready("x"));
}

TEST(SystemdNotify, WatchdogMeantForAnotherPidIsIgnored) {
  auto notifier = SystemdNotifier::open({"@kiosk-test", "3000000", "41"}, 42);
  ASSERT_TRUE(notifier);
  EXPECT_FALSE(notifier->watchdog_timeout());
  auto mine = SystemdNotifier::open({"@kiosk-test", "3000000", "42"}, 42);
  ASSERT_TRUE(mine);
  EXPECT_TRUE(mine->watchdog_timeout());
}

TEST(SystemdNotify, RefusesMalformedEnvironmentNamingTheVariable) {
  EXPECT_EQ(SystemdNotifier::open({"relative.sock", "", ""}, 1).error().message,
            "NOTIFY_SOCKET=relative.sock: not a socket path or @abstract name");
  EXPECT_EQ(SystemdNotifier::open({"/run/x", "soon", ""}, 1).error().message,
            "WATCHDOG_USEC=soon: not a positive number of microseconds");
}

TEST(WatchdogFeeder, PingsEveryThirdOfTheTimeout) {
  WatchdogFeeder feeder(std::chrono::microseconds(3000000));
  const SteadyTime t0{};
  EXPECT_EQ(feeder.interval(), 1000ms);
  EXPECT_TRUE(feeder.should_ping(t0, std::nullopt));
  feeder.pinged(t0);
  EXPECT_FALSE(feeder.should_ping(t0 + 999ms, std::nullopt));
  EXPECT_EQ(feeder.ms_until_due(t0 + 400ms), 600);
  EXPECT_TRUE(feeder.should_ping(t0 + 1000ms, std::nullopt));
}

TEST(WatchdogFeeder, StuckSyncThreadStopsThePings) {
  WatchdogFeeder feeder(std::chrono::microseconds(3000000));
  const SteadyTime t0{};
  EXPECT_TRUE(feeder.should_ping(t0 + kSyncStallLimit, t0));
  EXPECT_FALSE(feeder.should_ping(t0 + kSyncStallLimit + 1s, t0));
}

TEST(WatchdogFeeder, DisabledWithoutWatchdogSec) {
  WatchdogFeeder feeder(std::nullopt);
  EXPECT_FALSE(feeder.enabled());
  EXPECT_FALSE(feeder.should_ping(SteadyTime{}, std::nullopt));
}

TEST(InstanceLock, SecondAcquireNamesTheHolder) {
  const auto dir = fresh_dir("lock") / "data";  // created by acquire
  auto first = InstanceLock::acquire(dir, 4242);
  ASSERT_TRUE(first) << first.error().message;
  std::ifstream pid_file(dir / "kiosk.lock");
  std::string pid;
  pid_file >> pid;
  EXPECT_EQ(pid, "4242");
  auto second = InstanceLock::acquire(dir, 4343);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::Usage);
  EXPECT_EQ(second.error().message, "another kiosk (pid 4242) is already running on " + dir.string() + " (it holds " +
                                        (dir / "kiosk.lock").string() + "); stop it first, e.g. systemctl stop kiosk");
}

TEST(InstanceLock, ReleasedWhenTheHolderGoesAway) {
  const auto dir = fresh_dir("relock");
  { auto first = InstanceLock::acquire(dir, 1); ASSERT_TRUE(first); }
  auto again = InstanceLock::acquire(dir, 2);
  EXPECT_TRUE(again) << "a lock file left behind does not block the next start";
}

TEST(StaffPin, HashesAndVerifies) {
  auto hash = hash_pin("2468");
  ASSERT_TRUE(hash) << hash.error().message;
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(pin_matches(*hash, "2468"));
  EXPECT_FALSE(pin_matches(*hash, "2469"));
  EXPECT_FALSE(pin_matches("", "2468")) << "no hash: no staff screen";
}

TEST(StaffPin, RefusesPinsThatAreNotFourToTwelveDigits) {
  for (const char* pin : {"123", "1234567890123", "12a4", ""})
    EXPECT_EQ(hash_pin(pin).error().message, "a staff PIN is 4 to 12 digits") << pin;
}

}  // namespace
}  // namespace kiosk::firmware
