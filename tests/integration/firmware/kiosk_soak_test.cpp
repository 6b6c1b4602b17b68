// Long run (issue #9, label soak): the real kiosk, offscreen, through a compressed exhibition day.
//
// What runs after READY, until kWarmUpUpdates + kMeasuredUpdates content updates have been shown:
//   - scripted visitors (one --replay file): wake the attract loop, open indicators, events, exhibitors
//     (map, search keyboard, English) or crafts, go back home and leave; the kiosk returns to its attract
//     loop (idle timeout 3 s, every slide 2 s) and shows it for a while before the next visitor comes;
//   - content updates in cycles, each one simulated minute, each with a new floor picture; every other
//     cycle the server misbehaves first (503, reset, cut download, garbage, stall, in turn) until a poll
//     of the kiosk has failed, then heals. A cycle ends when the kiosk shows the new version.
//     Heartbeats with a screen thumbnail and statistics go to nginx after each poll.
//
// Time is compressed, not faked: the kiosk runs on its real clock. Its shortest poll interval (5 s)
// and first back-off (5 s) make a clean cycle about 5 s and a faulty one 10 s (25 s with the stall);
// each cycle stands for the minute between content updates, and the compression factor
// (60 s / the mean cycle) is printed.
// Memory: each update briefly needs several MiB more (new content and font atlas built before the old
// ones go), so single /proc samples are spiky; what would show a leak is the floor the kiosk returns to.
// The lowest VmRSS sample (every 200 ms) of each cycle after the warm-up is taken, and the lowest of
// every 5 consecutive cycles is fitted by least squares against the cycle number: KiB per update x 60 =
// KiB per simulated hour. (The kiosk hands freed heap back to the system after each update,
// firmware/event_loop.cpp; without that the floor wanders by 2 MiB.) The bound, 1 MiB per
// simulated hour, is asserted.
// Warm-up and length are counted in updates, not seconds, because what settles is per update: in the first
// dozen updates the floor rises about 500 KiB (every screen, every fault path and the caches first
// touched), then by about 5 KiB per update. kWarmUpUpdates covers one round of all five faults (the stall
// is the 10th update) and of all four visitor kinds; kMeasuredUpdates then resolves the slope to within
// about 200 KiB per simulated hour (the floor's lower level varies by about 50 KiB; about one cycle in
// three sits 600-700 KiB higher, which the lowest of 5 removes). That needs the kiosk's single malloc
// arena (firmware/main.cpp): with glibc's per-thread arenas the floor crept 15-26 KiB per update for some
// 50 updates, 700-1,544 KiB per simulated hour in this run's window. A leak of 24 KiB per update injected
// into the kiosk fails it (README, "Long run").
// Descriptors and threads come and go with each poll (a connection, the SQLite files), so the last
// kWindow of the run is compared with the kWindow right after the warm-up: the fewest seen there (what a
// leak raises) must not be higher, the most seen at most one higher (one more poll connection or file
// caught in flight by a sample).
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "kiosk_process.hpp"
#include "process_probe.hpp"
#include "served_kiosk.hpp"
#include "soak_figures.hpp"

namespace kiosk::firmware::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto kStartTimeout = 30s;   // first start loads the built-in bundle and builds the font atlas
constexpr int kWarmUpUpdates = 12;    // first sync, every screen, every fault, SQLite page caches
constexpr int kMeasuredUpdates = 20;  // simulated minutes fitted after the warm-up (about 200 s)
constexpr auto kSoakCap = 480s;       // after READY: the updates take about 310 s on a loaded 2-core machine
constexpr auto kWindow = 40s;         // descriptors and threads: right after the warm-up vs. the end
constexpr auto kStepTimeout = 45s;    // a fault must be hit, or a healed update shown, within this
constexpr double kLimitKibPerHour = 1024;  // the bound: less than 1 MiB per simulated hour
constexpr auto kSampleEvery = 200ms;       // catches the low right after an update, before the next heartbeat

// One visitor, 320x240 landscape (ServedContent's display): where the built-in content's home tiles,
// back button, category tab, booth T-02, search keys and language button are. Every `expect` ends the
// replay (and the kiosk) if the screen is not the one named; the screenshot proves the visit got that far.
std::string visitor(int n) {
  const std::string wake = "tap 160 120\nexpect home\nwait 300\n";
  const std::string leave = "screenshot visitor-" + std::to_string(n) + ".png\nwait 4500\nexpect attract\nwait 2500\n";
  switch (n % 4) {
    case 0:  // indicators: a category tab, scroll, a card's chart, back twice
      return wake + "tap 80 90\nexpect indicators\ntap 93 48\nwait 300\ndrag 160 200 160 80 300\nwait 300\n"
                    "tap 160 130\nwait 400\ntap 22 34\nwait 300\ntap 22 34\nexpect home\n" + leave;
    case 1:  // English, exhibitors: a booth on the map, two keys of the search keyboard, clear, back
      return wake + "tap 292 12\nwait 300\ntap 80 180\nexpect exhibitors\ntap 180 128\nwait 300\n"
                    "tap 22 165\nwait 200\ntap 40 165\nwait 300\ntap 122 222\nwait 200\ntap 22 34\nexpect home\n" +
             leave;
    case 2:  // events: scroll, open one, back twice
      return wake + "tap 240 90\nexpect events\ndrag 160 200 160 80 300\nwait 300\ntap 160 150\nwait 400\n"
                    "tap 22 34\nwait 300\ntap 22 34\nexpect home\n" + leave;
    default:  // crafts: scroll, back
      return wake + "tap 240 180\nexpect crafts\ndrag 160 200 160 80 300\nwait 400\ntap 22 34\nexpect home\n" +
             leave;
  }
}

// The built-in content's sources, every attract slide 2 s (the shortest allowed) so the loop turns often.
void write_soak_sources(const kiosk::test::SourceFolder& sources) {
  const fs::path builtin = fs::path(KIOSK_SOURCE_DIR) / "assets/content";
  for (const auto& entry : fs::directory_iterator(sources.path())) fs::remove_all(entry.path());
  fs::copy(builtin, sources.path(), fs::copy_options::recursive);
  std::istringstream slides(kiosk::test::read_file(builtin / "slides.csv"));
  std::string line, out;
  std::getline(slides, line);
  out = line + "\n";
  while (std::getline(slides, line))
    if (!line.empty()) out += line.substr(0, line.rfind(',')) + ",2\n";
  sources.write("slides.csv", out);
}

// A new floor picture: the PNG with a trailer after IEND (decoders stop there), so every update
// downloads an asset and the kiosk loads a new texture for the booth map.
void change_floor(const kiosk::test::SourceFolder& sources, int64_t version) {
  static const std::string png = kiosk::test::read_file(fs::path(KIOSK_SOURCE_DIR) / "assets/content/images/floor.png");
  sources.write("images/floor.png", png + "soak " + std::to_string(version));
}

struct FaultStep {
  const char* name;
  itest::Fault fault;
  const char* match;
  std::size_t cut_after;
};
constexpr FaultStep kFaults[] = {
    {"503", itest::Fault::Status, "manifest.json", 0},
    {"reset", itest::Fault::Reset, "manifest.json", 0},
    {"cut download", itest::Fault::Cut, "images/floor.png", 200},
    {"garbage", itest::Fault::Garbage, "manifest.json", 0},
    {"stall", itest::Fault::Stall, "manifest.json", 0},  // cut by the kiosk's 15 s low-speed time
};

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

int visitor_screenshots(const fs::path& dir, int visitors) {
  int n = 0;
  for (int i = 0; i < visitors; ++i) n += fs::exists(dir / ("visitor-" + std::to_string(i) + ".png"));
  return n;
}

TEST(KioskSoak, CompressedDayKeepsMemoryDescriptorsAndThreadsFlat) {
  ScratchDir dir;
  ServedContent content(dir.path());
  write_soak_sources(content.sources());
  int published = 2;  // v1 is ServedContent's test content; the kiosk's first sync brings the soak's
  change_floor(content.sources(), content.version(published));
  ASSERT_EQ(content.publish(published), 0);

  // KIOSK_SOAK_SECONDS: a longer run by hand, for that many seconds (README, "Long run"); CI stops after
  // kWarmUpUpdates + kMeasuredUpdates updates.
  const char* asked = std::getenv("KIOSK_SOAK_SECONDS");
  const auto soak = asked ? std::chrono::seconds(std::atoi(asked)) : std::chrono::seconds(kSoakCap);
  ASSERT_GE(soak, kSoakCap) << "KIOSK_SOAK_SECONDS=" << (asked ? asked : "") << ": too short to measure";
  const std::size_t updates_wanted =
      asked ? std::numeric_limits<std::size_t>::max() : static_cast<std::size_t>(kWarmUpUpdates + kMeasuredUpdates);
  const int visitors = static_cast<int>(soak / 10s) + 10;  // about 10 s each: more than the soak lasts
  std::string script;
  for (int i = 0; i < visitors; ++i) script += visitor(i);
  kiosk::test::write_file(dir.path() / "visitors.replay", script);
  NotifySocket systemd(dir.path());
  KioskProcess kiosk(dir.path(),
                     {"--config", content.write_config({}).string(), "--replay",
                      (dir.path() / "visitors.replay").string(), "--idle-timeout", "3"},
                     {"NOTIFY_SOCKET=" + systemd.path().string()});
  ASSERT_TRUE(systemd.wait_for("READY=1", kStartTimeout)) << kiosk.log();
  const auto ready = Clock::now();
  const auto since_ready = [&] { return std::chrono::duration<double>(Clock::now() - ready).count(); };
  ASSERT_TRUE(kiosk.wait_for_log("showing content version " + std::to_string(content.version(published)), kStepTimeout))
      << kiosk.log();

  // The cycles alternate. A clean one: the next version is published and the kiosk's next poll takes
  // it. A faulty one: the server starts misbehaving (kFaults in turn), the next version is published,
  // and once a poll of the kiosk has failed the server heals; the back-off's retry takes the version.
  // A cycle ends when the kiosk shows the new version.
  std::vector<SoakSample> samples;
  std::vector<double> cycle_ends;  // seconds after READY at which each update was shown
  int cycle = 0;
  bool in_cycle = false, with_fault = false;
  std::size_t failures_before = 0;
  auto next_sample = Clock::now(), step_started = Clock::now();
  const auto fault_of = [](int n) -> const FaultStep& { return kFaults[(n / 2) % std::size(kFaults)]; };
  while (Clock::now() - ready < soak && cycle_ends.size() < updates_wanted) {
    const std::string log = kiosk.log();
    if (!in_cycle) {
      with_fault = cycle % 2 == 1;
      failures_before = count_of(log, "sync: failed");
      if (with_fault) content.proxy().set_fault(fault_of(cycle).fault, fault_of(cycle).match, fault_of(cycle).cut_after);
      change_floor(content.sources(), content.version(published + 1));
      ASSERT_EQ(content.publish(++published), 0);
      in_cycle = true;
      step_started = Clock::now();
    } else {
      const bool failed = count_of(log, "sync: failed") > failures_before;
      if (with_fault && failed) content.proxy().set_fault(itest::Fault::Pass);  // healed
      if ((!with_fault || failed) &&
          log.find("showing content version " + std::to_string(content.version(published))) != std::string::npos) {
        cycle_ends.push_back(since_ready());
        ++cycle;
        in_cycle = false;
      }
    }
    ASSERT_LT(Clock::now() - step_started, kStepTimeout)
        << "cycle " << cycle << (with_fault ? std::string(" (") + fault_of(cycle).name + ")" : std::string(" (clean)"))
        << " stuck\n" << kiosk.log();
    if (Clock::now() >= next_sample) {
      const ProcessSample sample = sample_process(kiosk.pid());
      ASSERT_GT(sample.rss_kb, 0) << "the kiosk is gone\n" << kiosk.log();
      samples.push_back({since_ready(), sample});
      next_sample = Clock::now() + kSampleEvery;
    }
    std::this_thread::sleep_for(20ms);
  }
  content.proxy().set_fault(itest::Fault::Pass);
  kiosk.signal(SIGTERM);
  ASSERT_EQ(kiosk.wait_exit(5s), 0) << kiosk.log();

  const std::string log = kiosk.log();
  if (std::getenv("KIOSK_SOAK_SAMPLES"))
    for (const SoakSample& s : samples)
      std::printf("[soak-sample] %.1f %ld %ld %ld %d %d\n", s.seconds, s.sample.rss_kb, s.sample.rss_anon_kb,
                  s.sample.rss_file_kb, s.sample.fds, s.sample.threads);
  if (std::getenv("KIOSK_SOAK_SAMPLES"))
    for (double at : cycle_ends) std::printf("[soak-update] %.1f\n", at);
  ASSERT_GT(cycle_ends.size(), static_cast<std::size_t>(kWarmUpUpdates)) << "the warm-up did not end\n" << log;
  const double warm_up_s = cycle_ends[kWarmUpUpdates - 1];  // the 12th update on screen
  const SoakFigures figures = soak_figures(samples, cycle_ends, warm_up_s, seconds(kWindow));
  print_soak_figures(figures, visitor_screenshots(dir.path(), visitors), static_cast<int>(count_of(log, "sync: failed")),
                     kLimitKibPerHour);

  EXPECT_GE(figures.updates_measured, kMeasuredUpdates) << "too few updates after the warm-up to resolve the slope\n"
                                                        << log;
  EXPECT_GE(visitor_screenshots(dir.path(), visitors), 10) << "the scripted visitors did not get through\n" << log;
  EXPECT_EQ(log.find("error"), std::string::npos) << log;
  EXPECT_LT(figures.rss_kib_per_simulated_hour, kLimitKibPerHour) << "resident memory grows";
  EXPECT_LE(figures.end.fds_min, figures.start.fds_min) << "descriptors leak";
  // The peak depends on whether a sample fell inside a sync (socket, database, staged files: one more
  // such file seen once made +1 flaky); a leak shows in the minimum above, a runaway in this bound.
  EXPECT_LE(figures.end.fds_max, figures.start.fds_max + 4) << "many more descriptors at once than after the warm-up";
  EXPECT_LE(figures.end.threads_min, figures.start.threads_min) << "threads leak";
  EXPECT_LE(figures.end.threads_max, figures.start.threads_max + 1) << "more threads at once than after the warm-up";
}

}  // namespace
}  // namespace kiosk::firmware::test
