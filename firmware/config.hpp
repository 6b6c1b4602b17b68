// KioskConfig: the device's TOML config file (default /etc/kiosk/kiosk.toml). Every key has a
// default, documented in the text `kiosk --print-default-config` prints; a bad file, an unknown key
// or an out-of-range value is refused with "file:line: key: what is wrong; allowed: ...", because a
// kiosk that guesses runs all day with the wrong content server (DESIGN.md section 8).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "i18n/language.hpp"
#include "log_sink.hpp"
#include "platform/opening_hours.hpp"

namespace kiosk::firmware {

inline constexpr const char* kDefaultConfigPath = "/etc/kiosk/kiosk.toml";

struct SyncConfig {
  std::vector<std::string> sources;      // content bundles: https://, http://, file:// URLs or directories
  std::vector<std::string> public_keys;  // trusted staff Ed25519 keys, 64 hex digits each (NAME.pub)
  int poll_interval_s = 60;              // seconds between manifest checks
  std::string ca_file;                   // extra CA bundle for TLS; "" = the system's
  bool operator==(const SyncConfig&) const = default;
};

struct HeartbeatConfig {
  std::string url;                         // where status JSON is PUT; "" = no heartbeat
  std::filesystem::path credentials_file;  // one line "user:password"; "" = anonymous
  int thumbnail_every = 1;                 // PUT a screen thumbnail with every Nth heartbeat; 0 = never
  int thumbnail_width = 480;               // its width in pixels (height keeps the screen's aspect)
  bool operator==(const HeartbeatConfig&) const = default;
};

struct StatsConfig {                       // proof of play (issue 8): per-hour counts, no personal data
  bool enabled = true;                     // record plays, visits and touches in DATA_DIR/stats.sqlite
  int max_hours = 2160;                    // hours kept on the kiosk (90 days); the oldest go first
  bool operator==(const StatsConfig&) const = default;
};

struct DisplayConfig {
  int width = 0;  // 0 = the screen's size (fullscreen) or 1280x720 (window)
  int height = 0;
  int rotation = 0;                        // degrees clockwise: 0, 90, 180, 270
  bool fullscreen = true;                  // borderless, pointer hidden
  std::string video_driver;                // "" = SDL's choice; SDL_VIDEODRIVER still wins (tests)
  std::string render_driver = "software";  // "opengles2" suits a Pi on KMSDRM
  bool operator==(const DisplayConfig&) const = default;
};

struct KioskConfig {
  std::string kiosk_id;                           // "" = the host name
  std::filesystem::path data_dir = "/var/lib/kiosk";
  ui::Language language = ui::Language::Ja;      // language shown first and after the idle timeout
  ui::LogLevel log_level = ui::LogLevel::Info;
  int idle_timeout_s = 90;                        // back to the attract loop after this long untouched
  std::string staff_pin_hash;                     // crypto_pwhash_str of the staff PIN; "" = no staff screen
  SyncConfig sync;
  HeartbeatConfig heartbeat;
  StatsConfig stats;
  DisplayConfig display;
  OpeningHours hours;
  bool operator==(const KioskConfig&) const = default;
};

// Parses `text` as read from `file_name` (used in messages). All problems, one per line, in
// ErrorCode::Parse (not TOML) or ErrorCode::Validation (a key or value refused).
Result<KioskConfig> parse_config(std::string_view text, const std::string& file_name);
Result<KioskConfig> load_config(const std::filesystem::path& file);  // ErrorCode::Io / NotFound as well
std::string default_config_text();  // every key with its default and a comment: --print-default-config

}  // namespace kiosk::firmware
