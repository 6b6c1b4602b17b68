// The kiosk's command line. Every bad option is an error naming the option and what it accepts;
// main() prints it and exits 2 (a usage error), so a typo in a systemd unit is obvious in the journal.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include "common/result.hpp"
#include "i18n/language.hpp"

namespace kiosk::firmware {

struct Options {
  std::filesystem::path data_dir;     // --data-dir: the content database and assets (required)
  std::filesystem::path builtin_dir;  // --builtin: bundle for an empty data dir (default_builtin_dir())
  std::filesystem::path screenshot;   // --screenshot: render one frame offscreen to this PNG and exit
  std::filesystem::path font;         // --font: a font file instead of Noto Sans CJK JP / IPAex Gothic
  int width = 0;                      // --size WxH; 0 = the mode's default
  int height = 0;
  ui::Language language = ui::Language::Ja;  // --lang
  std::optional<int64_t> now_utc;            // --now: a fixed start time for rehearsals and tests
  bool fullscreen = false;                   // --fullscreen
  bool dev = false;                          // --dev: ESC quits (visitors must never be able to leave)
  bool help = false;                         // --help
  // Device runtime (config file, systemd): see config.hpp.
  std::filesystem::path config_file;        // --config: instead of /etc/kiosk/kiosk.toml
  bool check_config = false;                // --check-config: check the config file and exit
  bool print_default_config = false;        // --print-default-config
  bool hash_pin = false;                    // --hash-pin: read a PIN on stdin, print its hash
  bool windowed = false;                    // --window: a window even if the config says fullscreen
  bool language_set = false;                // --lang was given (it overrides the config's language)
  std::optional<int> test_wedge_after_ms;   // --test-wedge-after MS: test hook, hangs MS after the 1st frame
  std::string render_driver = "software";   // from the config: display.render_driver
  int rotation = 0;                         // --rotate, else the config's display.rotation (clockwise)
  bool rotation_set = false;                // --rotate was given (it overrides the config's rotation)
  int idle_timeout_s = 90;                  // from the config: idle_timeout_s
  std::string staff_pin_hash;               // from the config: staff.pin_hash ("" = no staff screen)
  std::string screen;                       // --screen NAME: the screen shown first (with --screenshot: drawn)
  std::string staff_pin;                    // --staff-pin: a plain PIN (tests, rehearsal); wins over the hash
  std::filesystem::path replay;             // --replay FILE: scripted input through SDL's event queue
  std::optional<int> idle_timeout_cli_s;    // --idle-timeout: wins over the config's idle_timeout_s
};

inline constexpr int kScreenshotWidth = 1920;  // --screenshot without --size
inline constexpr int kScreenshotHeight = 1080;
inline constexpr int kWindowWidth = 1280;  // a desktop window without --size
inline constexpr int kWindowHeight = 720;

Result<Options> parse_options(std::span<const char* const> args);  // args without the program name
std::string usage();                                               // the --help text
std::filesystem::path
default_builtin_dir();  // the build tree's bundle when it exists, else the installed one

}  // namespace kiosk::firmware
