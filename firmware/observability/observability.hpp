// Observability: staff's view of a kiosk they cannot walk to (issue 8), wired into the device runtime.
// - Proof of play: after every drawn frame the loop reports what is shown (a VisitTracker turns it
//   into plays and visits with dwell time) and the device runtime reports presses (touches); both go
//   to the StatsRecorder's queue, which commits to <data_dir>/stats.sqlite once a minute.
// - Remote screenshot: the ThumbnailWorker captures a frame when a heartbeat asks for one.
// - Heartbeat extras (sync thread): the thumbnail PNG, unsent hours of statistics as JSON files, and
//   the last hour's figures for the status JSON.
// - Today's counts for the staff status screen.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <SDL.h>

#include "clock.hpp"
#include "config.hpp"
#include "heartbeat/heartbeat.hpp"
#include "log.hpp"
#include "observability/thumbnail_worker.hpp"
#include "stats/stats_recorder.hpp"
#include "stats/visit_tracker.hpp"

namespace kiosk::firmware {

inline constexpr std::size_t kStatsHoursPerHeartbeat = 24;  // catching up after a day offline takes a few beats

class Observability {
 public:
  // Opens the statistics file (stats.enabled) and starts the thumbnail thread (heartbeat.url set and
  // thumbnail_every > 0). A statistics file that cannot be opened is logged and statistics stay off:
  // the kiosk still shows content.
  Observability(const KioskConfig& config, const std::filesystem::path& data_dir, const Clock& clock,
                const Log& log);
  ~Observability();  // stop()
  Observability(const Observability&) = delete;
  Observability& operator=(const Observability&) = delete;

  void start();  // the commit thread
  void stop();   // ends what is on screen, commits, stops the threads; idempotent
  void commit_now();  // commits what is queued (what the commit thread does each minute; tests)

  // ---- UI thread: memory and one pixel copy only
  void shown(const std::optional<stats::Shown>& now);  // after every presented frame
  void touched();                                      // a press on the screen (no position)
  bool wants_frame() const { return thumbnails_ && thumbnails_->wanted(); }
  void frame_rendered(SDL_Renderer* renderer);         // before SDL_RenderPresent
  std::optional<stats::Counts> today() const;          // nullopt when statistics are off

  // ---- Sync thread
  heartbeat::HeartbeatExtras heartbeat_extras(const std::string& status_url);
  void set_thumbnail_every(int every) { thumbnail_every_.store(every); }  // SIGHUP

  bool recording() const { return recorder_ != nullptr; }

 private:
  void attach_thumbnail(heartbeat::HeartbeatExtras& extras, const std::string& stem);
  void attach_hours(heartbeat::HeartbeatExtras& extras, const std::string& stem);
  int64_t wall_ms() const;

  std::string kiosk_id_;
  Clock clock_;
  const Log& log_;
  std::unique_ptr<stats::StatsRecorder> recorder_;  // null: statistics off
  std::unique_ptr<ThumbnailWorker> thumbnails_;     // null: no thumbnails
  std::atomic<int> thumbnail_every_{1};

  // UI thread only
  stats::VisitTracker tracker_;
  std::optional<stats::Shown> last_shown_;

  // Sync thread only
  int64_t heartbeats_ = 0;
  std::mutex thumbnail_mutex_;   // on_stored runs on the sync thread too, but keep it obviously safe
  std::string stored_thumbnail_;     // what the server holds, for heartbeats that attach none
  std::string stored_thumbnail_at_;
};

// What a visitor sees, from the ui's route name and attract slide; nullopt on the staff screens.
std::optional<stats::Shown> visitor_view(const std::string& route_name, const std::string& attract_slide,
                                         std::string_view language);

}  // namespace kiosk::firmware
