#include "options.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <system_error>

#include "config.hpp"
#include "iso_time.hpp"

namespace kiosk::firmware {
namespace {

constexpr int kMinSide = 64;
constexpr int kMaxSide = 8192;

Result<void> usage_error(const std::string& message) { return fail(ErrorCode::Usage, message); }

Result<void> parse_size(std::string_view text, Options& options) {
  const size_t x = text.find('x');
  int width = 0, height = 0;
  const auto parse = [](std::string_view part, int& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc{} && end == part.data() + part.size() && !part.empty();
  };
  if (x == std::string_view::npos || !parse(text.substr(0, x), width) || !parse(text.substr(x + 1), height) ||
      width < kMinSide || height < kMinSide || width > kMaxSide || height > kMaxSide)
    return usage_error("--size: \"" + std::string(text) +
                       "\" is not WxH in pixels (e.g. 1920x1080 or 1080x1920; each " +
                       std::to_string(kMinSide) + "-" + std::to_string(kMaxSide) + ")");
  options.width = width;
  options.height = height;
  return {};
}

Result<void> parse_language(std::string_view text, Options& options) {
  const auto language = ui::parse_language(text);
  if (!language) return usage_error("--lang: \"" + std::string(text) + "\" is not a language (use ja or en)");
  options.language = *language;
  options.language_set = true;
  return {};
}

Result<void> parse_now(std::string_view text, Options& options) {
  auto now = parse_iso8601(text);
  if (!now) return usage_error("--now: " + now.error().message);
  options.now_utc = *now;
  return {};
}

Result<void> parse_wedge(std::string_view text, Options& options) {
  int ms = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
  if (ec != std::errc{} || end != text.data() + text.size() || ms < 0)
    return usage_error("--test-wedge-after: \"" + std::string(text) + "\" is not a number of milliseconds");
  options.test_wedge_after_ms = ms;
  return {};
}

using ValueSetter = std::function<Result<void>(std::string_view, Options&)>;

Result<void> set_path(std::filesystem::path Options::*member, const char* name, std::string_view text,
                      Options& options) {
  if (text.empty()) return usage_error(std::string(name) + ": the path is empty");
  options.*member = std::filesystem::path(text);
  return {};
}

Result<void> set_text(std::string Options::*member, const char* name, std::string_view text, Options& options) {
  if (text.empty()) return usage_error(std::string(name) + ": the value is empty");
  options.*member = std::string(text);
  return {};
}

Result<void> parse_idle_timeout(std::string_view text, Options& options) {
  int seconds = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc{} || end != text.data() + text.size() || seconds < 1)
    return usage_error("--idle-timeout: \"" + std::string(text) + "\" is not a number of seconds >= 1");
  options.idle_timeout_cli_s = seconds;  // kept apart: the config merge sets idle_timeout_s
  return {};
}

Result<void> parse_rotation(std::string_view text, Options& options) {
  for (int degrees : {0, 90, 180, 270})
    if (text == std::to_string(degrees)) {
      options.rotation = degrees;
      options.rotation_set = true;
      return {};
    }
  return usage_error("--rotate: \"" + std::string(text) + "\" is not a rotation (use 0, 90, 180 or 270)");
}

const std::map<std::string, ValueSetter, std::less<>>& value_options() {
  static const std::map<std::string, ValueSetter, std::less<>> setters = {
      {"--data-dir", [](auto text, auto& o) { return set_path(&Options::data_dir, "--data-dir", text, o); }},
      {"--builtin", [](auto text, auto& o) { return set_path(&Options::builtin_dir, "--builtin", text, o); }},
      {"--screenshot",
       [](auto text, auto& o) { return set_path(&Options::screenshot, "--screenshot", text, o); }},
      {"--font", [](auto text, auto& o) { return set_path(&Options::font, "--font", text, o); }},
      {"--size", parse_size},
      {"--lang", parse_language},
      {"--now", parse_now},
      {"--config", [](auto text, auto& o) { return set_path(&Options::config_file, "--config", text, o); }},
      {"--test-wedge-after", parse_wedge},
      {"--screen", [](auto text, auto& o) { return set_text(&Options::screen, "--screen", text, o); }},
      {"--staff-pin", [](auto text, auto& o) { return set_text(&Options::staff_pin, "--staff-pin", text, o); }},
      {"--replay", [](auto text, auto& o) { return set_path(&Options::replay, "--replay", text, o); }},
      {"--rotate", parse_rotation},
      {"--idle-timeout", parse_idle_timeout},
  };
  return setters;
}

const std::map<std::string, bool Options::*, std::less<>>& flag_options() {
  static const std::map<std::string, bool Options::*, std::less<>> flags = {
      {"--fullscreen", &Options::fullscreen},
      {"--dev", &Options::dev},
      {"--help", &Options::help},
      {"--check-config", &Options::check_config},
      {"--print-default-config", &Options::print_default_config},
      {"--hash-pin", &Options::hash_pin},
      {"--window", &Options::windowed},
      {"-h", &Options::help}};
  return flags;
}

}  // namespace

Result<Options> parse_options(std::span<const char* const> args) {
  Options options;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    std::string_view inline_value;
    const bool has_inline = arg.starts_with("--") && arg.find('=') != std::string_view::npos;
    if (has_inline) {
      inline_value = arg.substr(arg.find('=') + 1);
      arg = arg.substr(0, arg.find('='));
    }
    if (const auto flag = flag_options().find(arg); flag != flag_options().end() && !has_inline) {
      options.*(flag->second) = true;
      continue;
    }
    const auto setter = value_options().find(arg);
    if (setter == value_options().end())
      return fail(ErrorCode::Usage, "unknown option \"" + std::string(args[i]) + "\" (see kiosk --help)");
    if (!has_inline && i + 1 >= args.size())
      return fail(ErrorCode::Usage, std::string(arg) + " needs a value (see kiosk --help)");
    if (auto set = setter->second(has_inline ? inline_value : std::string_view(args[++i]), options); !set)
      return tl::unexpected(set.error());
  }
  if (options.help || options.print_default_config || options.hash_pin || options.check_config) return options;
  // --data-dir may come from the config file instead: apply_config() checks it is set.
  if (options.fullscreen && options.windowed)
    return fail(ErrorCode::Usage, "--fullscreen and --window exclude each other");
  if (!options.screenshot.empty() && options.fullscreen)
    return fail(ErrorCode::Usage,
                "--fullscreen and --screenshot exclude each other: a screenshot is offscreen");
  if (options.builtin_dir.empty()) options.builtin_dir = default_builtin_dir();
  return options;
}

std::filesystem::path default_builtin_dir() {
  std::error_code ec;
  std::filesystem::path build_tree = KIOSK_BUILTIN_BUNDLE_DIR;
  if (std::filesystem::is_directory(build_tree, ec)) return build_tree;
  // <prefix>/bin/kiosk finds <prefix>/share/kiosk/builtin-bundle whatever the prefix (the .deb uses /usr).
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::filesystem::path beside = exe.parent_path().parent_path() / "share/kiosk/builtin-bundle";
  if (!ec && std::filesystem::is_directory(beside, ec)) return beside;
  return KIOSK_INSTALLED_BUNDLE_DIR;
}

std::string usage() {
  return "usage: kiosk [--config FILE] [--data-dir DIR] [options]\n"
         "Shows the exhibition content of DIR on this display; an empty DIR gets the built-in content "
         "first.\n"
         "\n"
         "  --data-dir DIR         content database and assets (created when missing)\n"
         "  --builtin BUNDLE_DIR   bundle loaded into an empty data dir (default: " +
         default_builtin_dir().string() +
         ")\n"
         "  --screenshot OUT.png   render the first screen offscreen into OUT.png and exit (no display "
         "needed)\n"
         "  --size WxH             window or screenshot size in pixels (default 1280x720 window, 1920x1080 "
         "screenshot)\n"
         "  --lang ja|en           language shown first (default ja)\n"
         "  --now ISO-8601         pretend the show starts at this time, e.g. 2022-12-14T10:00+09:00 (no "
         "offset = "
         "Asia/Tokyo)\n"
         "  --font FILE            font file to draw with (default Noto Sans CJK JP, else IPAex Gothic)\n"
         "  --fullscreen           borderless full screen at the display's size (a kiosk panel)\n"
         "  --dev                  developer mode: ESC quits\n"
         "  --window               a window even when the config file says fullscreen\n"
         "  --screen NAME          screen shown first / in the screenshot: attract[:SLIDE], home, indicators, "
         "indicator:ID, events, event:ID, exhibitors, map, crafts, staff\n"
         "  --replay FILE          run the scripted input in FILE (tap, drag, wait, key, screenshot, lang)\n"
         "  --rotate 0|90|180|270  turn picture and touch clockwise on the panel\n"
         "  --staff-pin PIN        staff PIN (instead of the config's staff.pin_hash)\n"
         "  --idle-timeout S       seconds without a touch before the attract loop returns (default 90)\n"
         "  --help                 this text\n"
         "\n"
         "Config file (TOML; command-line options win over it):\n"
         "  --config FILE          read FILE instead of " + std::string(kDefaultConfigPath) + "\n"
         "  --check-config         check the config file, print what is wrong, and exit\n"
         "  --print-default-config print every key with its default and what it does, and exit\n"
         "  --hash-pin             read a staff PIN (4-12 digits) on stdin and print the staff.pin_hash line\n"
         "Without a config file (none given, none at " + std::string(kDefaultConfigPath) + ") the kiosk runs\n"
         "as a desktop program: --data-dir is required and it opens a window.\n"
         "\n"
         "Test hook: --test-wedge-after MS hangs the main loop MS milliseconds after the first frame\n"
         "(watchdog tests).\n"
         "\n"
         "Exit status: 0 done, 1 runtime error, 2 bad command line, 78 bad config file.\n"
         "SIGTERM / SIGINT quit cleanly; SIGHUP reloads the config file.\n";
}

}  // namespace kiosk::firmware
