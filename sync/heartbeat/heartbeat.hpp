// Heartbeat: the small status document each kiosk PUTs after every poll (next to the bundle, e.g.
// <server>/status/<kiosk-id>.json), and that `kioskctl fleet` reads back to list the fleet.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "engine/sync_status.hpp"

namespace kiosk::heartbeat {

inline constexpr uint64_t kMaxHeartbeatBytes = 16u << 10;  // fleet refuses larger status documents

struct UsageFigures {             // proof of play (sync/stats), as far as the kiosk reports it
  int64_t plays_last_hour = 0;    // attract slides played in the last 60 minutes
  int64_t visits_last_hour = 0;   // screens and items visitors opened in the last 60 minutes
  int64_t touches_last_hour = 0;  // presses on the screen in the last 60 minutes
  int64_t unsent_hours = 0;       // hours of statistics the server has not confirmed yet
  int64_t dropped_hours = 0;      // unsent hours the kiosk dropped to stay within its bound
  bool operator==(const UsageFigures&) const = default;
};

struct Heartbeat {
  std::string kiosk_id;
  int64_t content_version = 0;
  std::string state;        // engine::to_string(SyncState)
  std::string source;       // where the content came from last
  std::string last_sync;    // ISO-8601 UTC, "" = never
  std::string last_error;   // "" = none
  int64_t uptime_s = 0;     // seconds since the engine started
  std::string sent_at;      // ISO-8601 UTC
  std::string thumbnail;    // file name of the screen thumbnail next to the status JSON; "" = none
  std::string thumbnail_at; // when that frame was shown, ISO-8601 UTC
  std::optional<UsageFigures> usage;  // absent when the kiosk keeps no statistics
};

// A file PUT next to the status JSON with each heartbeat (the thumbnail, hours of statistics).
struct Attachment {
  std::string name;                // relative to the status JSON's folder: "booth.png", "booth.stats/...json"
  std::string body;
  std::string content_type;        // "image/png", "application/json"
  std::function<void()> on_stored; // called after the server answered 2xx (e.g. mark an hour sent)
  bool is_thumbnail = false;       // names Heartbeat::thumbnail once stored
  std::string shown_at;            // thumbnail: when the frame was shown, ISO-8601 UTC
};

struct HeartbeatExtras {           // what the kiosk adds to a heartbeat beyond the sync status
  std::optional<UsageFigures> usage;
  std::string thumbnail;           // the thumbnail stored by an earlier heartbeat, when none is attached
  std::string thumbnail_at;
  std::vector<Attachment> attachments;
};

// Where an attachment goes: `name` in the folder of the status URL (".../status/booth.json").
std::string attachment_url(const std::string& status_url, const std::string& name);
// The status file's name without ".json" ("booth"): attachments are named after it.
std::string status_stem(const std::string& status_url);

Heartbeat from_status(const engine::SyncStatus& status, const std::string& kiosk_id, int64_t started_utc,
                      int64_t now_utc);
std::string to_json(const Heartbeat& heartbeat);  // one JSON object, fixed key order
Result<Heartbeat> from_json(std::string_view bytes, const std::string& where);  // errors name `where`

}  // namespace kiosk::heartbeat
