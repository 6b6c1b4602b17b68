// SyncStatus: what the staff status screen, the log and the heartbeat say about syncing. A plain
// copyable snapshot; SyncEngine::status() hands out copies taken under its lock.
#pragma once

#include <cstdint>
#include <string>

namespace kiosk::engine {

enum class SyncState {
  Starting,  // no poll finished yet
  Syncing,   // a poll is running
  UpToDate,  // the last poll applied a new version or found nothing new
  Failed,    // the last poll failed or refused a bundle; last_error says why, the old content stays
};

struct SyncStatus {
  SyncState state = SyncState::Starting;
  int64_t applied_version = 0;    // content version in the data dir (0 = none)
  std::string source;             // source of the last successful poll (URL or folder)
  int64_t last_sync_utc = 0;      // when a poll last succeeded (applied or unchanged); 0 = never
  int64_t last_attempt_utc = 0;   // when the last poll finished
  std::string last_error;         // reason of the last failed poll; empty after a success
  int consecutive_failures = 0;   // drives the back-off
  int64_t next_poll_in_ms = 0;    // the wait chosen after the last poll
  std::string heartbeat_error;    // reason the last heartbeat failed; never affects sync
};

const char* to_string(SyncState state);  // "starting", "syncing", "up-to-date", "failed"

}  // namespace kiosk::engine
