// The SyncRunner over sync/engine's SyncEngine: its run() loop on a std::jthread, stopped through
// the stop token (the engine returns within a moment, leaving the data dir at the last good version).
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "common/timestamp.hpp"
#include "engine/sync_engine.hpp"
#include "sync_runner.hpp"

namespace kiosk::firmware {
namespace {

using SteadyClock = std::chrono::steady_clock;

std::string host_name() {
  char name[256] = {};
  return ::gethostname(name, sizeof name - 1) == 0 ? name : "kiosk";
}

// "user:password" on the first line of the heartbeat credentials file.
Result<void> read_credentials(const std::filesystem::path& file, http::HttpOptions& http) {
  if (file.empty()) return {};
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line))
    return fail(ErrorCode::Io, "heartbeat.credentials_file " + file.string() + ": cannot be read");
  const size_t colon = line.find(':');
  if (colon == std::string::npos)
    return fail(ErrorCode::Validation, "heartbeat.credentials_file " + file.string() + ":1: not user:password");
  http.user = line.substr(0, colon);
  http.password = line.substr(colon + 1);
  return {};
}

Result<engine::SyncConfig> engine_config(const KioskConfig& config) {
  engine::SyncConfig sync;
  sync.data_dir = config.data_dir;
  sync.sources = config.sync.sources;
  for (const std::string& hex : config.sync.public_keys) {
    auto key = bundle::parse_public_key(hex, "sync.public_keys");
    if (!key) return tl::unexpected(key.error());
    sync.keys.push_back(*key);
  }
  sync.poll_interval = std::chrono::seconds(config.sync.poll_interval_s);
  sync.http.ca_file = config.sync.ca_file;
  sync.kiosk_id = config.kiosk_id.empty() ? host_name() : config.kiosk_id;
  sync.heartbeat_url = config.heartbeat.url;
  // A folder URL (README: url = ".../status/") gets one status file per kiosk, named after it.
  if (sync.heartbeat_url.ends_with('/')) sync.heartbeat_url += http::escape_path(sync.kiosk_id) + ".json";
  sync.heartbeat_http.ca_file = config.sync.ca_file;
  if (auto read = read_credentials(config.heartbeat.credentials_file, sync.heartbeat_http); !read)
    return tl::unexpected(read.error());
  return sync;
}

class EngineSyncRunner final : public SyncRunner {
 public:
  EngineSyncRunner(engine::SyncConfig config, const Log& log, HeartbeatExtrasSource extras)
      : log_(log), extras_(std::move(extras)) {
    make_engine(std::move(config));
  }
  ~EngineSyncRunner() override { stop(); }

  void start() override {
    alive_.store(SteadyClock::now().time_since_epoch().count());
    thread_ = std::jthread([this](std::stop_token stop) { engine_->run(stop); });
  }

  void apply_config(const KioskConfig& config) override {
    auto fresh = engine_config(config);
    if (!fresh) {
      log_.error("SIGHUP: the sync engine keeps its old settings: " + fresh.error().message);
      return;
    }
    const bool running = thread_.joinable();
    stop();  // the engine takes its config at construction: restart it with the new one
    make_engine(std::move(*fresh));
    if (running) start();
  }

  // Idle between polls counts as alive; in a poll, alive since the poll was due to begin.
  SteadyClock::time_point last_alive() const override {
    const engine::SyncStatus status = engine_->status();
    if (status.state != engine::SyncState::Syncing) return SteadyClock::now();
    return SteadyClock::time_point(SteadyClock::duration(alive_.load())) + std::chrono::milliseconds(status.next_poll_in_ms);
  }

  void poll_now() override { engine_->poll_now(); }

  ui::StaffStatus staff_status() const override {
    const engine::SyncStatus status = engine_->status();
    ui::StaffStatus shown;
    shown.content_source = status.source;
    if (status.last_sync_utc > 0)
      shown.last_sync = format_utc_timestamp(status.last_sync_utc) + " (" + engine::to_string(status.state) + ")";
    shown.last_error = status.last_error;
    if (!status.heartbeat_error.empty())
      shown.last_error += (shown.last_error.empty() ? "" : "; ") + std::string("heartbeat: ") + status.heartbeat_error;
    return shown;
  }

  void stop() override {
    if (!thread_.joinable()) return;
    thread_.request_stop();
    thread_.join();
  }

 private:
  void make_engine(engine::SyncConfig config) {
    engine::SyncHooks hooks;
    hooks.log = [this](const std::string& line) { log_.info(line); };  // lines start with "sync: "
    hooks.on_status = [this](const engine::SyncStatus&) { alive_.store(SteadyClock::now().time_since_epoch().count()); };
    if (extras_) hooks.heartbeat_extras = [this, url = config.heartbeat_url] { return extras_(url); };
    engine_ = std::make_unique<engine::SyncEngine>(std::move(config), std::move(hooks));
  }

  const Log& log_;
  HeartbeatExtrasSource extras_;  // thumbnail and statistics; may be empty
  std::unique_ptr<engine::SyncEngine> engine_;
  std::atomic<SteadyClock::rep> alive_{0};  // when the last poll ended (steady clock ticks)
  std::jthread thread_;                      // declared last: joined before the engine goes
};

}  // namespace

std::unique_ptr<SyncRunner> make_sync_runner(const KioskConfig& config, const Log& log,
                                             HeartbeatExtrasSource extras) {
  if (config.sync.sources.empty()) {
    log.info("no sync.sources configured: showing the content in the data dir only");
    return nullptr;
  }
  auto sync = engine_config(config);
  if (!sync) {
    log.error("sync is off: " + sync.error().message);
    return nullptr;
  }
  log.info("sync: polling " + std::to_string(config.sync.sources.size()) + " source(s) every " +
           std::to_string(config.sync.poll_interval_s) + " s once the first frame is shown");
  return std::make_unique<EngineSyncRunner>(std::move(*sync), log, std::move(extras));
}

}  // namespace kiosk::firmware
