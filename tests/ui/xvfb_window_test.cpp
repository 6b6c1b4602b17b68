// A real window (issue #3): the kiosk started as a normal windowed X11 client under Xvfb shows the same
// home screen as `kiosk --screenshot` renders offscreen. The picture is read back from the X server
// (XGetImage of the kiosk's window), i.e. what the display really shows, not the kiosk's own frame
// buffer. Xvfb runs on a display number nobody uses and is stopped afterwards; both Xvfb and the kiosk
// run under `timeout -s KILL` so a crashed test cannot leave them behind for long.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "render/screenshot.hpp"
#include "ui_test_support.hpp"
#include "x11_capture.hpp"

extern char** environ;

namespace kiosk::ui::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kWidth = 1920, kHeight = 1080;
constexpr const char* kNow = "2026-12-17T10:00";
// Both draw with SDL's software renderer into 24-bit pixels, so they agree exactly (0 pixels differ on
// x86-64); the slack only absorbs rounding a different renderer or server might add. The home screen in
// English instead of Japanese differs in 1.2% of its pixels.
constexpr int kChannelSlack = 48;         // per channel, out of 255
constexpr double kMaxDiffering = 0.001;   // share of pixels (0.1% of 1080p is ~2,000 pixels)
constexpr auto kWindowDeadline = std::chrono::seconds(40);  // start-up under a loaded 2-core CI

// A child process in its own process group: stopped (TERM, then KILL after 5 s) on destruction.
class Child {
 public:
  Child(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env, const fs::path& log) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env_strings(extra_env);
    for (char** e = environ; *e != nullptr; ++e) {
      const std::string entry(*e);
      bool overridden = false;
      for (const std::string& x : extra_env) overridden |= entry.starts_with(x.substr(0, x.find('=') + 1));
      if (!overridden) env_strings.push_back(entry);
    }
    std::vector<char*> env;
    for (std::string& s : env_strings) env.push_back(s.data());
    env.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&files, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    if (posix_spawnp(&pid_, args[0], &files, &attributes, args.data(), env.data()) != 0) pid_ = -1;
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&files);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() { stop(); }

  bool running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == 0) return true;
    pid_ = -1;
    return false;
  }

  void stop() {
    if (!running()) return;
    kill(-pid_, SIGTERM);
    for (int i = 0; i < 50 && running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (running()) {
      kill(-pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
  }

 private:
  pid_t pid_ = -1;
};

bool display_free(int n) {
  return !fs::exists("/tmp/.X11-unix/X" + std::to_string(n)) && !fs::exists("/tmp/.X" + std::to_string(n) + "-lock");
}

// Starts Xvfb on the first free display from :90; returns the connection once it accepts clients.
std::unique_ptr<XCapture> start_xvfb(std::optional<Child>& xvfb, std::string& name, const fs::path& log) {
  for (int n = 90; n < 140; ++n) {
    if (!display_free(n)) continue;
    name = ":" + std::to_string(n);
    xvfb.emplace(std::vector<std::string>{"timeout", "-s", "KILL", "120", "Xvfb", name, "-screen", "0",
                                          std::to_string(kWidth) + "x" + std::to_string(kHeight) + "x24",
                                          "-nolisten", "tcp", "-noreset"},
                 std::vector<std::string>{}, log);
    for (int i = 0; i < 100 && xvfb->running(); ++i) {
      if (auto connection = XCapture::connect(name)) return connection;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    xvfb.reset();  // another Xvfb took the number first, or this one failed: try the next
  }
  return nullptr;
}

double differing_share(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height || a.rgb.empty()) return 1.0;
  size_t differing = 0;
  for (size_t i = 0; i + 2 < a.rgb.size(); i += 3) {
    int worst = 0;
    for (size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(a.rgb[i + c] - b.rgb[i + c]));
    differing += worst > kChannelSlack;
  }
  return static_cast<double>(differing) / (static_cast<double>(a.rgb.size()) / 3);
}

TEST(XvfbWindow, HomeScreenInARealWindowMatchesTheOffscreenRender) {
  TempDir dir;
  const fs::path offscreen_png = dir.path() / "offscreen.png";
  const std::vector<std::string> common{"--screen", "home", "--size", "1920x1080", "--now", kNow, "--lang", "ja"};
  std::vector<std::string> args{"--data-dir", (dir.path() / "data-offscreen").string(), "--screenshot",
                                offscreen_png.string()};
  args.insert(args.end(), common.begin(), common.end());
  const CommandResult offscreen = run_kiosk(args, {"env", "SDL_VIDEODRIVER=offscreen"});
  ASSERT_EQ(offscreen.exit_code, 0) << offscreen.output;
  const Image expected = read_png(offscreen_png);
  ASSERT_EQ(expected.width, kWidth);

  std::optional<Child> xvfb;
  std::string display_name;
  std::unique_ptr<XCapture> display = start_xvfb(xvfb, display_name, dir.path() / "xvfb.log");
  ASSERT_TRUE(display) << "Xvfb did not start on any display from :90 (is it installed? "
                          "toolchains/install-deps.sh); its log: "
                       << dir.path() / "xvfb.log";

  std::vector<std::string> kiosk{"timeout", "-s", "KILL", "100", KIOSK_PATH, "--window",
                                 "--data-dir", (dir.path() / "data-window").string()};
  kiosk.insert(kiosk.end(), common.begin(), common.end());
  const fs::path kiosk_log = dir.path() / "kiosk.log";
  Child window_kiosk(kiosk, {"DISPLAY=" + display_name, "SDL_VIDEODRIVER=x11"}, kiosk_log);

  // The window maps before its first frame is drawn: capture until it matches or the deadline passes.
  Image shown;
  double share = 1.0;
  const auto started = Clock::now();
  while (Clock::now() - started < kWindowDeadline && window_kiosk.running()) {
    if (Image now = display->window_of_size(kWidth, kHeight); !now.rgb.empty()) {
      shown = std::move(now);
      share = differing_share(expected, shown);
      if (share <= kMaxDiffering) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  const bool exited = !window_kiosk.running();
  window_kiosk.stop();
  display.reset();  // before Xvfb goes: Xlib exits the process when its server disappears under it
  xvfb->stop();

  // Kept in the build tree for a person to compare: what X showed beside the offscreen render, and the logs.
  const fs::path out = fs::path(KIOSK_WINDOW_OUT_DIR);
  fs::create_directories(out);
  for (const char* name : {"offscreen.png", "kiosk.log", "xvfb.log"})
    if (std::error_code ignored; fs::exists(dir.path() / name, ignored))
      fs::copy_file(dir.path() / name, out / (std::string("home-") + name), fs::copy_options::overwrite_existing);
  if (!shown.rgb.empty()) (void)write_png(RgbImage{shown.width, shown.height, shown.rgb}, out / "home-xvfb.png");
  ASSERT_FALSE(shown.rgb.empty()) << "no " << kWidth << "x" << kHeight << " window appeared on " << display_name
                                  << " within " << seconds << " s" << (exited ? " (the kiosk exited)" : "")
                                  << "; kiosk log: " << out / "home-kiosk.log";
  EXPECT_LE(share, kMaxDiffering) << share * 100 << "% of the pixels differ between " << out / "home-xvfb.png"
                                  << " (from X) and " << out / "home-offscreen.png" << " after " << seconds << " s"
                                  << (exited ? "; the kiosk exited, its log: " : "; kiosk log: ")
                                  << out / "home-kiosk.log";
  std::printf("window captured from X after %.1f s: %.4f%% of the pixels differ from the offscreen render\n", seconds,
              share * 100);
}

}  // namespace
}  // namespace kiosk::ui::test
