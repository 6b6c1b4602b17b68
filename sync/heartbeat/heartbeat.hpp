// Heartbeat: the small status document each kiosk PUTs after every poll (next to the bundle, e.g.
// <server>/status/<kiosk-id>.json), and that `kioskctl fleet` reads back to list the fleet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "engine/sync_status.hpp"

namespace kiosk::heartbeat {

inline constexpr uint64_t kMaxHeartbeatBytes = 16u << 10;  // fleet refuses larger status documents

struct Heartbeat {
  std::string kiosk_id;
  int64_t content_version = 0;
  std::string state;        // engine::to_string(SyncState)
  std::string source;       // where the content came from last
  std::string last_sync;    // ISO-8601 UTC, "" = never
  std::string last_error;   // "" = none
  int64_t uptime_s = 0;     // seconds since the engine started
  std::string sent_at;      // ISO-8601 UTC
};

Heartbeat from_status(const engine::SyncStatus& status, const std::string& kiosk_id, int64_t started_utc,
                      int64_t now_utc);
std::string to_json(const Heartbeat& heartbeat);  // one JSON object, fixed key order
Result<Heartbeat> from_json(std::string_view bytes, const std::string& where);  // errors name `where`

}  // namespace kiosk::heartbeat
