// SyncEngine: keeps a kiosk's data dir at the newest good bundle from its sources (DESIGN.md 4-6).
//
// One poll: for each source in order, conditional GET of manifest.json (+ .sig), verify (signer,
// expiry, version, sizes, paths), fetch missing assets (resume, length-bounded), apply in one SQLite
// transaction (store::load_bundle), garbage-collect. The first source that succeeds ends the poll;
// on failure the old content stays and the reason is in status().last_error.
// The applied manifest's validators are kept in <data_dir>/sync-state.json (sync_state.hpp), so the
// first poll after a restart, and every `kioskctl sync --once`, is conditional too.
//
// Threading: run() is meant for one background thread (the kiosk's sync thread); status(),
// poll_now() and the stop token are safe from any thread. poll_once() is for `kioskctl sync --once`
// and tests; do not call it while run() is running.
//
//   engine::SyncEngine engine(config, {.log = ..., .on_status = ...});
//   std::jthread sync([&](std::stop_token stop) { engine.run(stop); });   // stop: sync.request_stop()
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stop_token>
#include <memory>
#include <string>
#include <vector>

#include "engine/backoff.hpp"
#include "engine/bundle_source.hpp"
#include "engine/sync_config.hpp"
#include "engine/sync_state.hpp"
#include "engine/sync_status.hpp"
#include "heartbeat/heartbeat.hpp"

namespace kiosk::engine {

enum class PollOutcome {
  Applied,    // a new version is now in the data dir
  Unchanged,  // the source has nothing newer (HTTP 304 or the same version)
  Failed,     // every source failed or was refused; PollResult::error says why
};

struct PollResult {
  PollOutcome outcome = PollOutcome::Failed;
  int64_t version = 0;  // applied version after the poll
  std::string source;   // the source that answered (empty when all failed)
  std::string error;    // the reason, one line per failed source, when Failed
  int downloaded = 0;   // files fetched (Applied only)
  int reused = 0;       // assets taken from the local store (Applied only)
};

struct SyncHooks {                                  // the engine's seams; every member optional
  std::function<int64_t()> now_utc;                 // Unix seconds (expiry, status); default: system clock
  std::function<double()> random;                   // uniform [0, 1) for jitter; default: std::mt19937
  std::function<void(const std::string&)> log;      // one line per poll outcome, refusal or heartbeat error
  std::function<void(const SyncStatus&)> on_status; // after every poll, on the engine's thread: e.g. push an
                                                    // SDL user event so the UI re-reads the store, never block
  std::function<heartbeat::HeartbeatExtras()> heartbeat_extras;  // on the engine's thread before each
                                                    // heartbeat: thumbnail, statistics (attachments PUT first)
};

class SyncEngine {
 public:
  SyncEngine(SyncConfig config, SyncHooks hooks = {});
  SyncEngine(const SyncEngine&) = delete;
  SyncEngine& operator=(const SyncEngine&) = delete;

  PollResult poll_once(std::stop_token stop = {});  // one poll + heartbeat; updates status()
  void run(std::stop_token stop);  // polls until stop is requested; returns within a moment of it
  void poll_now();                 // wakes run() for an immediate poll (staff "sync now" button)
  SyncStatus status() const;       // a consistent copy, safe from any thread

 private:
  PollResult poll_sources(std::stop_token stop);
  PollResult poll_source(std::size_t index, int64_t applied_version);
  void finish_poll(const PollResult& result);
  void send_heartbeat();
  void restore_validators(int64_t applied_version);  // from sync-state.json, when it fits the store
  void save_validators(std::size_t index, int64_t version);  // after an apply or a verified-unchanged poll
  void raise_trusted_time(const std::string& created);       // after a manifest passed verification

  SyncConfig config_;
  SyncHooks hooks_;
  Backoff backoff_;
  int64_t started_utc_ = 0;
  mutable std::mutex mutex_;       // guards status_ and wake_
  std::condition_variable_any wake_cv_;
  bool wake_ = false;
  SyncStatus status_;
  std::vector<std::unique_ptr<BundleSource>> sources_;  // opened at the first poll, kept for validators
  SavedSources saved_;  // what sync-state.json holds (written through on every change)
  int64_t trusted_time_ = 0;  // what trusted-time holds (trusted_time.hpp); loaded at the first poll
};

}  // namespace kiosk::engine
