#include "device_runtime.hpp"

#include <signal.h>

#include <algorithm>
#include <thread>

namespace kiosk::firmware {
namespace {

constexpr int kScheduleCheckMs = 1000;  // the screen turns on or off within a second of the hour

bool is_input(const SDL_Event& event) {
  switch (event.type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEWHEEL:
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
      return true;
    default:
      return false;
  }
}

std::string describe_hours(const OpeningHours& hours) {
  std::string text = "opening hours (UTC" + format_utc_offset(hours.utc_offset_minutes) + "):";
  for (size_t day = 0; day < kWeekdayNames.size(); ++day)
    text += " " + std::string(kWeekdayNames[day]).substr(0, 3) + " " + format_day_hours(hours.days[day]) + ";";
  text.pop_back();
  return text;
}

}  // namespace

DeviceRuntime::DeviceRuntime(DeviceRuntimeParts parts, const Log& log)
    : parts_(std::move(parts)),
      log_(log),
      schedule_(parts_.config.hours, parts_.config.idle_timeout_s),
      watchdog_(parts_.notifier.watchdog_timeout()) {
  screen_on_ = schedule_.screen_on(parts_.clock.now_utc());
  if (watchdog_.enabled())
    log_.info("systemd watchdog: pinging every " + std::to_string(watchdog_.interval().count()) + " ms");
  log_.info(describe_hours(parts_.config.hours));
}

DeviceRuntime::~DeviceRuntime() {
  if (parts_.observability) parts_.observability->stop();
  stop_sync();
}

std::unique_ptr<SignalWatcher> DeviceRuntime::watch_signals() {
  if (parts_.signals == nullptr) return nullptr;
  reload_event_ = SDL_RegisterEvents(1);
  const Uint32 reload = reload_event_;
  return std::make_unique<SignalWatcher>(*parts_.signals, [reload](int signo) {
    SDL_Event event{};
    event.type = signo == SIGHUP ? reload : static_cast<Uint32>(SDL_QUIT);
    SDL_PushEvent(&event);  // thread-safe; wakes SDL_WaitEventTimeout
  });
}

bool DeviceRuntime::consume_event(const SDL_Event& event) {
  if (reload_event_ != 0 && event.type == reload_event_) {
    reload_config();
    return true;
  }
  // A press while the screen is on is a touch for the statistics (no position is kept); SDL also
  // turns each finger press into a mouse press, so counting mouse presses counts each touch once.
  if (screen_on_ && event.type == SDL_MOUSEBUTTONDOWN && parts_.observability) parts_.observability->touched();
  if (screen_on_ || !is_input(event)) return false;
  // Outside opening hours input only wakes the screen; it must not also press whatever is under it.
  if (event.type == SDL_FINGERDOWN || event.type == SDL_MOUSEBUTTONDOWN) {
    schedule_.wake(parts_.clock.now_utc());
    log_.info("woken by a touch outside opening hours for " + std::to_string(parts_.config.idle_timeout_s) + " s");
  }
  return true;
}

bool DeviceRuntime::tick() {
  const auto now = std::chrono::steady_clock::now();
  // Counted from the first frame, not from start: the watchdog test needs READY=1 and some pings
  // before the hang, however long start-up takes (over 1.5 s in the asan build).
  if (parts_.wedge_after_ms && first_frame_shown_ &&
      now - first_frame_at_ > std::chrono::milliseconds(*parts_.wedge_after_ms)) {
    log_.warning("test hook --test-wedge-after: the main loop hangs now");
    for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  std::optional<SteadyTime> sync_alive;
  if (parts_.sync) sync_alive = parts_.sync->last_alive();
  if (watchdog_.should_ping(now, sync_alive)) {
    if (auto sent = parts_.notifier.watchdog_ping(); !sent) log_.warning(sent.error().message);
    watchdog_.pinged(now);
  }
  const bool on = schedule_.screen_on(parts_.clock.now_utc());
  if (on == screen_on_) return false;
  screen_on_ = on;
  log_.info(on ? "screen on: opening hours began (or a touch woke it)" : "screen black: outside opening hours");
  (void)parts_.notifier.status(on ? "showing content" : "closed: screen black outside opening hours");
  return true;
}

int DeviceRuntime::max_wait_ms() const {
  return std::min(kScheduleCheckMs, watchdog_.ms_until_due(std::chrono::steady_clock::now()));
}

void DeviceRuntime::frame_presented() {
  if (first_frame_shown_) return;
  first_frame_shown_ = true;
  first_frame_at_ = std::chrono::steady_clock::now();
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - parts_.started);
  if (screen_on_)
    log_.info("first frame with content on screen " + std::to_string(elapsed.count()) + " ms after start");
  else
    log_.info("first frame on screen " + std::to_string(elapsed.count()) + " ms after start (black: outside opening hours)");
  if (auto sent = parts_.notifier.ready(screen_on_ ? "showing content" : "closed: screen black outside opening hours"); !sent) log_.warning(sent.error().message);
  // Sync starts only now: the first frame never waits for the network.
  if (parts_.sync) parts_.sync->start();
  if (parts_.observability) parts_.observability->start();
}

void DeviceRuntime::quitting() {
  (void)parts_.notifier.stopping();
  if (parts_.observability) parts_.observability->stop();  // the last minute of statistics, committed
  stop_sync();
}

void DeviceRuntime::request_sync() {
  if (parts_.sync) parts_.sync->poll_now();
}

std::optional<ui::StaffStatus> DeviceRuntime::staff_status() const {
  const std::optional<stats::Counts> today = parts_.observability ? parts_.observability->today() : std::nullopt;
  if (!parts_.sync && !today) return std::nullopt;
  ui::StaffStatus status = parts_.sync ? parts_.sync->staff_status() : ui::StaffStatus{};
  if (today) status.today = ui::UsageCounts{today->plays, today->visits, today->touches};
  return status;
}

void DeviceRuntime::shown(const std::optional<stats::Shown>& now) {
  if (parts_.observability) parts_.observability->shown(now);
}

bool DeviceRuntime::wants_frame() const { return parts_.observability && parts_.observability->wants_frame(); }

void DeviceRuntime::frame_rendered(SDL_Renderer* renderer) {
  if (parts_.observability) parts_.observability->frame_rendered(renderer);
}

void DeviceRuntime::stop_sync() {
  if (!parts_.sync) return;
  parts_.sync->stop();
  parts_.sync.reset();
}

void DeviceRuntime::reload_config() {
  if (!parts_.config_file) {
    log_.warning("SIGHUP: there is no config file to reload (started without one)");
    return;
  }
  (void)parts_.notifier.send("RELOADING=1");
  auto loaded = load_config(*parts_.config_file);
  if (!loaded) {
    log_.error("SIGHUP: keeping the running config; " + parts_.config_file->string() + " has problems:\n" +
               loaded.error().message);
    (void)parts_.notifier.ready("showing content; config reload refused");
    return;
  }
  const KioskConfig& fresh = *loaded;
  KioskConfig& running = parts_.config;
  if (fresh.sync.poll_interval_s != running.sync.poll_interval_s)
    log_.info("SIGHUP: sync.poll_interval_s " + std::to_string(running.sync.poll_interval_s) + " -> " +
              std::to_string(fresh.sync.poll_interval_s) + " s");
  if (fresh.hours != running.hours) log_.info("SIGHUP: new " + describe_hours(fresh.hours));
  const bool restart_needed = fresh.data_dir != running.data_dir || fresh.display != running.display ||
                              fresh.language != running.language || fresh.log_level != running.log_level ||
                              fresh.kiosk_id != running.kiosk_id || fresh.staff_pin_hash != running.staff_pin_hash ||
                              fresh.stats != running.stats;
  if (restart_needed)
    log_.warning("SIGHUP: data_dir, kiosk_id, language, log_level, [display], [staff] and [stats] apply at the next start "
                 "(systemctl restart kiosk)");
  schedule_.set_hours(fresh.hours);
  schedule_.set_wake_seconds(fresh.idle_timeout_s);
  if (parts_.sync && (fresh.sync != running.sync || fresh.heartbeat != running.heartbeat))
    parts_.sync->apply_config(fresh);
  if (parts_.observability) parts_.observability->set_thumbnail_every(fresh.heartbeat.thumbnail_every);
  running = fresh;
  log_.info("SIGHUP: reloaded " + parts_.config_file->string());
  (void)parts_.notifier.ready("showing content");
}

}  // namespace kiosk::firmware
