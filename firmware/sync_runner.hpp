// SyncRunner: the sync engine as the device runtime sees it. Started on a background thread once
// the first frame is on screen (start-up never waits for the network), told about a new poll
// interval on SIGHUP, asked when it last showed life (the watchdog), and stopped before the
// database closes; stop() must return within a second so SIGTERM ends the kiosk within 2 s.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "config.hpp"
#include "heartbeat/heartbeat.hpp"
#include "log.hpp"
#include "screens/staff.hpp"

namespace kiosk::firmware {

class SyncRunner {
 public:
  virtual ~SyncRunner() = default;
  virtual void start() = 0;                                              // spawns the sync thread
  virtual void apply_config(const KioskConfig& config) = 0;              // after a SIGHUP reload
  virtual std::chrono::steady_clock::time_point last_alive() const = 0;  // last poll end (or start)
  virtual void stop() = 0;                                               // interrupts and joins
  virtual void poll_now() = 0;                                           // staff tapped "sync now"
  virtual ui::StaffStatus staff_status() const = 0;                      // source, last sync, last error
};

// The sync engine (sync/engine) for `config`, or nullptr when it has no sources (built-in content
// only) or its keys or credentials cannot be read; logs which.
// `extras` (optional) adds the thumbnail and statistics to every heartbeat; it gets the status URL.
using HeartbeatExtrasSource = std::function<heartbeat::HeartbeatExtras(const std::string& status_url)>;
std::unique_ptr<SyncRunner> make_sync_runner(const KioskConfig& config, const Log& log,
                                             HeartbeatExtrasSource extras = {});

}  // namespace kiosk::firmware
