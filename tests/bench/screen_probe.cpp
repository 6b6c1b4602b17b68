// screen_probe: what compare.sh cannot see from /proc, measured on the X server both kiosks draw to.
//
//   screen_probe first-content --timeout S [--log FILE] -- CMD [ARGS...]
//       starts CMD, then samples the whole screen (XGetImage of the root window every 10 ms) until it
//       shows content: at least 2% of samples in the title-bar navy (#0B2E4F), 5% in the page
//       background (#EEF1F4), and 16 distinct colours (anti-aliased text). Both the kiosk's home screen
//       and export-html's index.html draw exactly these colours. Prints "pid=N first_content_ms=M"
//       (time from just before exec) and leaves CMD running; exit 1 and CMD killed on timeout.
//   screen_probe frames --seconds S
//       counts frames delivered to the screen for S seconds through the X DAMAGE extension on every
//       top-level window: a frame is a burst of damage separated from the previous one by at least
//       4 ms (one client frame may be several PutImage requests). Prints "frames=N fps=F".
//
// Exit 2 on a usage error, 3 when the display cannot be opened or lacks DAMAGE.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Display* open_display() {
  Display* display = XOpenDisplay(nullptr);
  if (!display) {
    const char* name = std::getenv("DISPLAY");
    std::fprintf(stderr, "screen_probe: cannot open X display '%s'\n", name ? name : "(DISPLAY unset)");
    std::exit(3);
  }
  return display;
}

// Does the screen show the home screen's colours? Samples every 4th pixel of every 4th row.
bool shows_content(Display* display) {
  const Window root = DefaultRootWindow(display);
  XWindowAttributes attributes;
  XGetWindowAttributes(display, root, &attributes);
  XImage* image = XGetImage(display, root, 0, 0, attributes.width, attributes.height, AllPlanes, ZPixmap);
  if (!image) return false;
  size_t samples = 0, navy = 0, background = 0;
  std::unordered_set<unsigned long> colours;
  for (int y = 0; y < attributes.height; y += 4)
    for (int x = 0; x < attributes.width; x += 4) {
      const unsigned long pixel = XGetPixel(image, x, y) & 0xFFFFFF;
      ++samples;
      navy += pixel == 0x0B2E4F;
      background += pixel == 0xEEF1F4;
      if (colours.size() < 64) colours.insert(pixel);
    }
  XDestroyImage(image);
  return navy * 50 >= samples && background * 20 >= samples && colours.size() >= 16;
}

int first_content(double timeout_s, const char* log, char** command) {
  Display* display = open_display();
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("screen_probe: fork");
    return 1;
  }
  if (pid == 0) {
    setpgid(0, 0);  // its own process group: compare.sh stops the whole client with one kill
    if (log) {
      const int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
      }
    }
    execvp(command[0], command);
    std::fprintf(stderr, "screen_probe: cannot run %s: %s\n", command[0], std::strerror(errno));
    _exit(127);
  }
  while (ms_since(start) < timeout_s * 1000) {
    if (shows_content(display)) {
      std::printf("pid=%d first_content_ms=%.0f\n", static_cast<int>(pid), ms_since(start));
      return 0;
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      std::fprintf(stderr, "screen_probe: %s exited (status %d) before showing content\n", command[0], status);
      return 1;
    }
    usleep(10'000);
  }
  std::fprintf(stderr, "screen_probe: %s showed no content within %.0f s\n", command[0], timeout_s);
  kill(-pid, SIGKILL);
  return 1;
}

int frames(double seconds) {
  Display* display = open_display();
  int event_base = 0, error_base = 0;
  if (!XDamageQueryExtension(display, &event_base, &error_base)) {
    std::fprintf(stderr, "screen_probe: the X server has no DAMAGE extension\n");
    return 3;
  }
  // Drawing into a window damages that window, not the root: watch every top-level window (the
  // client's is one of them by now) and the root itself.
  std::vector<Window> windows{DefaultRootWindow(display)};
  Window root_return = 0, parent = 0, *children = nullptr;
  unsigned count_children = 0;
  if (XQueryTree(display, windows[0], &root_return, &parent, &children, &count_children)) {
    windows.insert(windows.end(), children, children + count_children);
    XFree(children);
  }
  // InputOnly windows (Chromium has some) cannot be drawn to and make XDamageCreate fail; a window
  // destroyed meanwhile gives BadWindow, which the handler below lets pass.
  XSetErrorHandler([](Display*, XErrorEvent*) { return 0; });
  for (const Window window : windows) {
    XWindowAttributes attributes;
    if (XGetWindowAttributes(display, window, &attributes) && attributes.c_class == InputOutput)
      XDamageCreate(display, window, XDamageReportNonEmpty);
  }
  XSync(display, False);
  const auto start = Clock::now();
  double last_damage_ms = -1e9;
  long count = 0;
  pollfd fd{ConnectionNumber(display), POLLIN, 0};
  while (ms_since(start) < seconds * 1000) {
    if (!XPending(display)) {
      poll(&fd, 1, 20);
      continue;
    }
    XEvent event;
    XNextEvent(display, &event);
    if (event.type != event_base + XDamageNotify) continue;
    const double now = ms_since(start);
    if (now - last_damage_ms >= 4) ++count;
    last_damage_ms = now;
    // Re-arm: report the next change to this window too.
    XDamageSubtract(display, reinterpret_cast<XDamageNotifyEvent*>(&event)->damage, None, None);
  }
  std::printf("frames=%ld fps=%.2f\n", count, count / seconds);
  return 0;
}

int usage() {
  std::fputs(
      "usage: screen_probe first-content --timeout S [--log FILE] -- CMD [ARGS...]\n"
      "       screen_probe frames --seconds S\n",
      stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string mode = argv[1];
  double seconds = 0;
  const char* log = nullptr;
  int i = 2;
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if ((arg == "--timeout" || arg == "--seconds") && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
    } else if (arg == "--log" && i + 1 < argc) {
      log = argv[++i];
    } else {
      std::fprintf(stderr, "screen_probe: unknown argument '%s'\n", arg.c_str());
      return usage();
    }
  }
  if (seconds <= 0) {
    std::fprintf(stderr, "screen_probe: --timeout / --seconds needs a positive number of seconds\n");
    return usage();
  }
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  if (mode == "first-content") {
    if (i + 1 >= argc) return usage();
    return first_content(seconds, log, argv + i + 1);
  }
  if (mode == "frames") return frames(seconds);
  return usage();
}
