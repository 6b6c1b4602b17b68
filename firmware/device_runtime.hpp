// DeviceRuntime: the process-level side of the kiosk while the event loop runs (DESIGN.md section
// 8): systemd READY after the first frame and WATCHDOG pings from the loop, SIGTERM/SIGINT turned
// into SDL_QUIT and SIGHUP into a config reload, the opening-hours schedule, the sync thread, and
// the start-up time to the first frame with content.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

#include "clock.hpp"
#include "config.hpp"
#include "log.hpp"
#include "loop_observer.hpp"
#include "observability/observability.hpp"
#include "platform/process_signals.hpp"
#include "platform/screen_schedule.hpp"
#include "platform/systemd_notify.hpp"
#include "platform/watchdog_feeder.hpp"
#include "sync_runner.hpp"

namespace kiosk::firmware {

struct DeviceRuntimeParts {
  KioskConfig config;
  std::optional<std::filesystem::path> config_file;  // reloaded on SIGHUP; none: SIGHUP only logs
  SystemdNotifier notifier;
  Clock clock;                                       // the app's clock (--now), for opening hours
  std::chrono::steady_clock::time_point started;     // main() entry, for the start-up time
  std::optional<int> wedge_after_ms;                 // test hook: hang the loop this long after frame 1
  std::unique_ptr<SyncRunner> sync;                  // nullptr: no sync thread
  const ProcessSignals* signals = nullptr;           // blocked in main(); nullptr: SDL's own handling
  std::unique_ptr<Observability> observability;      // statistics and thumbnails; outlives the sync thread
};

class DeviceRuntime final : public LoopObserver {
 public:
  DeviceRuntime(DeviceRuntimeParts parts, const Log& log);
  DeviceRuntime(const DeviceRuntime&) = delete;
  DeviceRuntime& operator=(const DeviceRuntime&) = delete;
  ~DeviceRuntime() override;

  // Starts turning signals into SDL events; needs SDL's event queue (after the display opened), and
  // the returned watcher must be destroyed before SDL quits. nullptr without parts.signals.
  std::unique_ptr<SignalWatcher> watch_signals();

  bool consume_event(const SDL_Event& event) override;
  bool tick() override;
  bool screen_on() const override { return screen_on_; }
  int max_wait_ms() const override;
  void frame_presented() override;
  void quitting() override;
  void request_sync() override;
  std::optional<ui::StaffStatus> staff_status() const override;
  void shown(const std::optional<stats::Shown>& now) override;
  bool wants_frame() const override;
  void frame_rendered(SDL_Renderer* renderer) override;

 private:
  void reload_config();
  void stop_sync();

  DeviceRuntimeParts parts_;
  const Log& log_;
  ScreenSchedule schedule_;
  WatchdogFeeder watchdog_;
  Uint32 reload_event_ = 0;  // SDL user event type pushed on SIGHUP
  bool screen_on_ = true;
  bool first_frame_shown_ = false;
  std::chrono::steady_clock::time_point first_frame_at_;  // for the --test-wedge-after hook
};

}  // namespace kiosk::firmware
