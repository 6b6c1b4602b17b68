#include "config_keys.hpp"

#include <array>
#include <cctype>

#include "platform/opening_hours.hpp"

namespace kiosk::firmware::config_schema {
namespace {

using Problem = std::optional<std::string>;
constexpr int kMaxListEntries = 16;

std::string type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a floating-point number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

Problem read_int(const toml::node& node, int64_t low, int64_t high, bool zero_allowed, int& out) {
  const auto* value = node.as_integer();
  if (value == nullptr) return "is " + type_name(node);
  const int64_t v = value->get();
  if ((v < low || v > high) && !(zero_allowed && v == 0)) return std::to_string(v) + " is out of range";
  out = static_cast<int>(v);
  return std::nullopt;
}

Problem read_string(const toml::node& node, std::string& out) {
  const auto* value = node.as_string();
  if (value == nullptr) return "is " + type_name(node);
  out = value->get();
  return std::nullopt;
}

bool is_absolute_path(std::string_view text) { return text.starts_with('/'); }

bool is_url(std::string_view text, bool file_allowed) {
  for (std::string_view scheme : {"https://", "http://", "file://"}) {
    if (!file_allowed && scheme == "file://") continue;
    if (text.starts_with(scheme) && text.size() > scheme.size()) return true;
  }
  return false;
}

bool is_hex_key(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// An array of strings, each checked by `valid`, at most kMaxListEntries.
Problem read_string_list(const toml::node& node, bool (*valid)(std::string_view), std::vector<std::string>& out) {
  const auto* array = node.as_array();
  if (array == nullptr) return "is " + type_name(node) + ", not an array";
  if (array->size() > kMaxListEntries) return "has " + std::to_string(array->size()) + " entries";
  std::vector<std::string> values;
  for (size_t i = 0; i < array->size(); ++i) {
    const auto* entry = (*array)[i].as_string();
    if (entry == nullptr) return "entry " + std::to_string(i + 1) + " is " + type_name((*array)[i]);
    if (!valid(entry->get())) return "entry " + std::to_string(i + 1) + " " + in_quotes(entry->get()) + " is not allowed";
    values.push_back(entry->get());
  }
  out = std::move(values);
  return std::nullopt;
}

// A string that must be one of `choices`, or pass `valid`.
Problem read_checked_string(const toml::node& node, bool (*valid)(std::string_view), std::string& out) {
  std::string text;
  if (auto problem = read_string(node, text)) return problem;
  if (!valid(text)) return in_quotes(text) + " is not allowed";
  out = std::move(text);
  return std::nullopt;
}

bool is_kiosk_id(std::string_view text) {
  if (text.size() > 64) return false;
  for (char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

bool is_optional_absolute_path(std::string_view text) { return text.empty() || is_absolute_path(text); }

Problem apply_day(const toml::node& node, Weekday day, KioskConfig& config) {
  std::string text;
  if (auto problem = read_string(node, text)) return problem;
  auto hours = parse_day_hours(text);
  if (!hours) return hours.error().message;
  config.hours.days[static_cast<size_t>(day)] = std::move(*hours);
  return std::nullopt;
}

constexpr std::string_view kDayAllowed =
    "\"always\", \"closed\" or spans like \"09:30-18:00\" or \"10:00-12:00, 13:00-17:00\" (an end before the "
    "start runs past midnight)";
constexpr std::string_view kSizeAllowed = "0 (the screen's size) or 64 to 8192 (pixels)";

#define KIOSK_DAY_KEY(day_name, day)                                                              \
  KeySpec {                                                                                       \
    "hours", day_name, "", "\"always\"", kDayAllowed,                                             \
        [](const toml::node& n, KioskConfig& c) -> Problem { return apply_day(n, day, c); }      \
  }

const std::array kKeys = {
    KeySpec{"", "kiosk_id", "Name this kiosk reports in its heartbeat; \"\" = the host name.", "\"\"",
            "\"\" or up to 64 letters, digits, '-', '_' or '.'",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(n, is_kiosk_id, c.kiosk_id);
            }},
    KeySpec{"", "data_dir",
            "Content database, assets and the single-instance lock kiosk.lock. The only place the\n"
            "systemd unit lets the kiosk write (ReadWritePaths=).",
            "\"/var/lib/kiosk\"", "an absolute path",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              std::string text;
              if (auto problem = read_checked_string(n, is_absolute_path, text)) return problem;
              c.data_dir = text;
              return std::nullopt;
            }},
    KeySpec{"", "language", "Language shown first, and again after the idle timeout.", "\"ja\"",
            "\"ja\" or \"en\"",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              std::string text;
              if (auto problem = read_string(n, text)) return problem;
              const auto language = ui::parse_language(text);
              if (!language) return in_quotes(text) + " is not a language";
              c.language = *language;
              return std::nullopt;
            }},
    KeySpec{"", "log_level", "Least important log lines kept (journalctl -u kiosk shows them).", "\"info\"",
            "\"debug\", \"info\", \"warning\" or \"error\"",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              std::string text;
              if (auto problem = read_string(n, text)) return problem;
              const std::array<std::pair<std::string_view, ui::LogLevel>, 4> levels = {
                  {{"debug", ui::LogLevel::Debug},
                   {"info", ui::LogLevel::Info},
                   {"warning", ui::LogLevel::Warning},
                   {"error", ui::LogLevel::Error}}};
              for (const auto& [name, level] : levels)
                if (text == name) {
                  c.log_level = level;
                  return std::nullopt;
                }
              return in_quotes(text) + " is not a log level";
            }},
    KeySpec{"", "idle_timeout_s", "Seconds untouched before the kiosk goes back to its attract loop.", "90",
            "10 to 3600 (seconds)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 10, 3600, false, c.idle_timeout_s);
            }},

    KeySpec{"sync", "sources",
            "Where signed content bundles come from, tried in order: https://, http:// or file:// URLs\n"
            "of a bundle folder, or an absolute directory (a USB stick). [] = built-in content only.",
            "[]", "an array of up to 16 https://, http:// or file:// URLs or absolute directories",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_string_list(
                  n, [](std::string_view s) { return is_url(s, true) || is_absolute_path(s); }, c.sync.sources);
            }},
    KeySpec{"sync", "public_keys",
            "Staff Ed25519 public keys a bundle must be signed by: the line in a kioskctl NAME.pub file.\n"
            "Required when there are sources.",
            "[]", "an array of up to 16 keys of 64 hex digits each",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_string_list(n, is_hex_key, c.sync.public_keys);
            }},
    KeySpec{"sync", "poll_interval_s", "Seconds between checks for a new bundle.", "60",
            "5 to 86400 (seconds)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 5, 86400, false, c.sync.poll_interval_s);
            }},
    KeySpec{"sync", "ca_file", "Extra CA certificates (PEM) for a content server with a private CA; \"\" = the system's.",
            "\"\"", "\"\" or an absolute path",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(n, is_optional_absolute_path, c.sync.ca_file);
            }},

    KeySpec{"heartbeat", "url",
            "Where the kiosk PUTs its status JSON (version, last sync, errors) for kioskctl fleet;\n"
            "\"\" = no heartbeat.",
            "\"\"", "\"\" or an https:// or http:// URL",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(
                  n, [](std::string_view s) { return s.empty() || is_url(s, false); }, c.heartbeat.url);
            }},
    KeySpec{"heartbeat", "credentials_file",
            "File holding one line user:password for the heartbeat PUT (mode 0600, owned by kiosk);\n"
            "\"\" = anonymous. Credentials never come from a bundle.",
            "\"\"", "\"\" or an absolute path",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              std::string text;
              if (auto problem = read_checked_string(n, is_optional_absolute_path, text)) return problem;
              c.heartbeat.credentials_file = text;
              return std::nullopt;
            }},

    KeySpec{"heartbeat", "thumbnail_every",
            "Upload a thumbnail of the screen (NAME.png next to the status JSON) with every Nth\n"
            "heartbeat; 0 = never. Captured on the next frame, scaled and encoded off the UI thread.",
            "1", "0 to 1000 (heartbeats)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 0, 1000, true, c.heartbeat.thumbnail_every);
            }},
    KeySpec{"heartbeat", "thumbnail_width", "Width of that thumbnail in pixels. Applies at the next start.", "480",
            "160 to 1920 (pixels)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 160, 1920, false, c.heartbeat.thumbnail_width);
            }},

    KeySpec{"stats", "enabled",
            "Record which slides played, which screens and items visitors opened (with language and\n"
            "dwell time) and how often the screen was touched, summed per hour in DATA_DIR/stats.sqlite,\n"
            "and upload the hours with the heartbeat. No touch positions, no camera, nothing personal.",
            "true", "true or false",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              const auto* value = n.as_boolean();
              if (value == nullptr) return "is " + type_name(n);
              c.stats.enabled = value->get();
              return std::nullopt;
            }},
    KeySpec{"stats", "max_hours",
            "Hours of statistics kept on the kiosk, sent or not. Past this the oldest hours are dropped\n"
            "first; unsent ones dropped are counted in the log, the heartbeat and kioskctl fleet.",
            "2160", "24 to 87600 (hours)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 24, 87600, false, c.stats.max_hours);
            }},

    KeySpec{"display", "width", "Window size in pixels; 0 and 0 = the screen's own size.", "0", kSizeAllowed,
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 64, 8192, true, c.display.width);
            }},
    KeySpec{"display", "height", "", "0", kSizeAllowed,
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_int(n, 64, 8192, true, c.display.height);
            }},
    KeySpec{"display", "rotation", "Degrees the picture turns clockwise on the panel, touch with it: 90 or 270 for a portrait stand.", "0",
            "0, 90, 180 or 270",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              int degrees = 0;
              if (auto problem = read_int(n, 0, 270, true, degrees)) return problem;
              if (degrees % 90 != 0) return std::to_string(degrees) + " is not a quarter turn";
              c.display.rotation = degrees;
              return std::nullopt;
            }},
    KeySpec{"display", "fullscreen", "Borderless at the screen's size with no pointer (false: a desktop window).",
            "true", "true or false",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              const auto* value = n.as_boolean();
              if (value == nullptr) return "is " + type_name(n);
              c.display.fullscreen = value->get();
              return std::nullopt;
            }},
    KeySpec{"display", "video_driver",
            "SDL video driver: \"kmsdrm\" on a Pi with no desktop; \"\" = SDL's choice. The environment\n"
            "variable SDL_VIDEODRIVER wins over this key.",
            "\"\"", "\"\", \"kmsdrm\", \"x11\", \"wayland\" or \"offscreen\"",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(
                  n,
                  [](std::string_view s) {
                    return s.empty() || s == "kmsdrm" || s == "x11" || s == "wayland" || s == "offscreen";
                  },
                  c.display.video_driver);
            }},
    KeySpec{"display", "render_driver", "SDL renderer: \"opengles2\" uses the Pi's GPU; \"software\" works everywhere.",
            "\"software\"", "\"software\", \"opengles2\" or \"opengl\"",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(
                  n, [](std::string_view s) { return s == "software" || s == "opengles2" || s == "opengl"; },
                  c.display.render_driver);
            }},

    KeySpec{"staff", "pin_hash",
            "The staff PIN, hashed: paste what `kiosk --hash-pin` prints. \"\" = no staff screen.", "\"\"",
            "\"\" or a line printed by kiosk --hash-pin ($argon2id$...)",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              return read_checked_string(
                  n,
                  [](std::string_view s) { return s.empty() || (s.starts_with("$argon2id$") && s.size() < 128); },
                  c.staff_pin_hash);
            }},

    KeySpec{"hours", "utc_offset", "Local time of the hours below, as an offset from UTC (Japan: \"+09:00\").",
            "\"+09:00\"", "an offset from \"-12:00\" to \"+14:00\", like \"+09:00\"",
            [](const toml::node& n, KioskConfig& c) -> Problem {
              std::string text;
              if (auto problem = read_string(n, text)) return problem;
              auto offset = parse_utc_offset(text);
              if (!offset) return offset.error().message;
              c.hours.utc_offset_minutes = *offset;
              return std::nullopt;
            }},
    KIOSK_DAY_KEY("monday", Weekday::Monday),
    KIOSK_DAY_KEY("tuesday", Weekday::Tuesday),
    KIOSK_DAY_KEY("wednesday", Weekday::Wednesday),
    KIOSK_DAY_KEY("thursday", Weekday::Thursday),
    KIOSK_DAY_KEY("friday", Weekday::Friday),
    KIOSK_DAY_KEY("saturday", Weekday::Saturday),
    KIOSK_DAY_KEY("sunday", Weekday::Sunday),
};

#undef KIOSK_DAY_KEY

const std::array kTables = {
    TableSpec{"sync", "Content: where bundles come from and who may sign them."},
    TableSpec{"heartbeat", "Status reports (and screen thumbnails) for kioskctl fleet."},
    TableSpec{"stats", "Proof of play for staff and sponsors (kioskctl stats). Applies at the next start."},
    TableSpec{"display", "The screen. Changes apply at the next start."},
    TableSpec{"staff", "The hidden staff status screen (long-press a corner, then the PIN)."},
    TableSpec{"hours",
              "Opening hours, per weekday. Outside them the screen is black and the kiosk idles; a touch\n"
              "wakes it for staff for idle_timeout_s. Reloaded by SIGHUP."},
};

}  // namespace

std::span<const KeySpec> keys() { return kKeys; }
std::span<const TableSpec> tables() { return kTables; }

}  // namespace kiosk::firmware::config_schema
