#include "device_main.hpp"

#include <unistd.h>

#include <SDL.h>

#include "app.hpp"
#include "config_merge.hpp"
#include "device_runtime.hpp"
#include "platform/instance_lock.hpp"

namespace kiosk::firmware {
namespace {

int exit_status(const Error& error) { return error.code == ErrorCode::Usage ? 2 : 1; }

Clock app_clock(const Options& options) {
  return options.now_utc ? Clock::starting_at(*options.now_utc) : Clock::system();
}

}  // namespace

int run_kiosk(const Options& parsed, const std::optional<std::filesystem::path>& config_file,
              std::chrono::steady_clock::time_point started) {
  KioskConfig config;
  if (config_file) {
    auto loaded = load_config(*config_file);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().message.c_str());
      return kExitConfigError;
    }
    config = std::move(*loaded);
  }
  auto options = apply_config(parsed, config, config_file.has_value());
  if (!options) {
    std::fprintf(stderr, "kiosk: %s\n", options.error().message.c_str());
    return 2;
  }
  const Log log(config.log_level);
  const bool device_run = options->screenshot.empty();

  // The mask must be set before any thread exists (SDL, sync): threads inherit it.
  std::optional<ProcessSignals> signals;
  if (device_run) {
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    auto blocked = ProcessSignals::block();
    if (!blocked) {
      log.error(blocked.error().message);
      return 1;
    }
    signals = std::move(*blocked);
    // Normal priority: an SDL_VIDEODRIVER in the environment (tests, a staff override) still wins.
    if (!config.display.video_driver.empty()) SDL_SetHint(SDL_HINT_VIDEODRIVER, config.display.video_driver.c_str());
  }
  auto lock = InstanceLock::acquire(options->data_dir, static_cast<int>(::getpid()));
  if (!lock) {
    log.error(lock.error().message);
    return 1;
  }
  log.info(config_file ? "config " + config_file->string()
                       : std::string("no config file (") + kDefaultConfigPath + "): a desktop run with defaults");
  if (!device_run) {
    auto ran = run_app(*options, log);
    if (!ran) log.error(ran.error().message);
    return ran ? 0 : exit_status(ran.error());
  }

  auto notifier = SystemdNotifier::open(NotifyEnvironment::from_process(), static_cast<int>(::getpid()));
  if (!notifier) {
    log.error(notifier.error().message);
    return 1;
  }
  // Statistics and thumbnails: created before the sync thread that uploads them, destroyed after it.
  auto observability = std::make_unique<Observability>(config, options->data_dir, app_clock(*options), log);
  HeartbeatExtrasSource extras = [seen = observability.get()](const std::string& status_url) {
    return seen->heartbeat_extras(status_url);
  };
  DeviceRuntime device({config, config_file, std::move(*notifier), app_clock(*options), started,
                        options->test_wedge_after_ms, make_sync_runner(config, log, std::move(extras)), &*signals,
                        std::move(observability)},
                       log);
  auto ran = run_app(*options, log, &device);
  if (!ran) {
    log.error(ran.error().message);
    return exit_status(ran.error());
  }
  return 0;
}

}  // namespace kiosk::firmware
