#include "observability/observability.hpp"

#include "common/timestamp.hpp"
#include "stats/hour_document.hpp"

namespace kiosk::firmware {
namespace {

int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::optional<stats::Shown> visitor_view(const std::string& route_name, const std::string& attract_slide,
                                         std::string_view language) {
  if (route_name.starts_with("staff")) return std::nullopt;  // staff at work are not visitors
  stats::Shown shown = stats::shown_from_route(route_name, language);
  if (shown.kind == stats::PlayKind::Slide) shown.item = attract_slide;
  return shown;
}

Observability::Observability(const KioskConfig& config, const std::filesystem::path& data_dir, const Clock& clock,
                             const Log& log)
    : kiosk_id_(config.kiosk_id), clock_(clock), log_(log), thumbnail_every_(config.heartbeat.thumbnail_every) {
  if (config.stats.enabled) {
    stats::RecorderOptions options;
    options.db_file = data_dir / stats::kStatsFileName;
    options.max_hours = config.stats.max_hours;
    options.utc_offset_minutes = config.hours.utc_offset_minutes;
    options.now_ms = [this] { return wall_ms(); };
    options.log = [&log](const std::string& line) { log.warning(line); };
    auto recorder = stats::StatsRecorder::open(std::move(options));
    if (recorder) {
      recorder_ = std::move(*recorder);
      log_.info("statistics: recording plays, visits and touches per hour in " +
                (data_dir / stats::kStatsFileName).string());
    } else {
      log_.error("statistics are off: " + recorder.error().message);
    }
  }
  if (!config.heartbeat.url.empty() && config.heartbeat.thumbnail_every > 0)
    thumbnails_ = std::make_unique<ThumbnailWorker>(config.heartbeat.thumbnail_width,
                                                    [&log](const std::string& line) { log.warning(line); });
}

Observability::~Observability() { stop(); }

int64_t Observability::wall_ms() const {
  // The app's clock has whole seconds (--now rehearses a show day); the steady clock adds the
  // milliseconds within it, so dwell splits at hour boundaries stay exact enough.
  return clock_.now_utc() * 1000 + steady_ms() % 1000;
}

void Observability::start() {
  if (recorder_) recorder_->start();
}

void Observability::stop() {
  if (thumbnails_) thumbnails_->cancel();  // a heartbeat waiting for a frame must not hold up the sync thread's stop
  if (!recorder_) return;
  if (auto ended = tracker_.finish(steady_ms())) recorder_->record(std::move(*ended));
  recorder_->stop();
}

void Observability::commit_now() {
  if (recorder_) (void)recorder_->commit_now();  // a failure is logged by the recorder
}

void Observability::shown(const std::optional<stats::Shown>& now) {
  last_shown_ = now;
  if (!recorder_) return;
  if (auto ended = tracker_.update(now, wall_ms(), steady_ms())) recorder_->record(std::move(*ended));
}

void Observability::touched() {
  if (!recorder_ || !last_shown_) return;
  recorder_->record({stats::PlayKind::Touch, last_shown_->screen, last_shown_->item, last_shown_->language,
                     wall_ms(), 0});
}

void Observability::frame_rendered(SDL_Renderer* renderer) {
  if (thumbnails_) thumbnails_->capture(renderer, clock_.now_utc());
}

std::optional<stats::Counts> Observability::today() const {
  if (!recorder_) return std::nullopt;
  return recorder_->today();
}

heartbeat::HeartbeatExtras Observability::heartbeat_extras(const std::string& status_url) {
  heartbeat::HeartbeatExtras extras;
  const std::string stem = heartbeat::status_stem(status_url);
  ++heartbeats_;
  attach_thumbnail(extras, stem);
  attach_hours(extras, stem);
  return extras;
}

void Observability::attach_thumbnail(heartbeat::HeartbeatExtras& extras, const std::string& stem) {
  {
    std::lock_guard lock(thumbnail_mutex_);
    extras.thumbnail = stored_thumbnail_;
    extras.thumbnail_at = stored_thumbnail_at_;
  }
  const int every = thumbnail_every_.load();
  if (!thumbnails_ || every <= 0 || (heartbeats_ - 1) % every != 0) return;
  // The loop wakes at least once a second and draws the frame asked for; encoding takes a few tens of ms.
  auto thumbnail = thumbnails_->fresh(std::chrono::milliseconds(1500));
  if (!thumbnail) {
    log_.warning("thumbnail: no frame within 1.5 s; this heartbeat goes without one");
    return;
  }
  heartbeat::Attachment attachment;
  attachment.name = stem + ".png";
  attachment.body = std::move(thumbnail->png);
  attachment.content_type = "image/png";
  attachment.is_thumbnail = true;
  attachment.shown_at = format_utc_timestamp(thumbnail->shown_utc);
  attachment.on_stored = [this, name = attachment.name, at = attachment.shown_at] {
    std::lock_guard lock(thumbnail_mutex_);
    stored_thumbnail_ = name;
    stored_thumbnail_at_ = at;
  };
  extras.attachments.push_back(std::move(attachment));
}

void Observability::attach_hours(heartbeat::HeartbeatExtras& extras, const std::string& stem) {
  if (!recorder_) return;
  const stats::StatsSummary summary = recorder_->summary();
  extras.usage = heartbeat::UsageFigures{summary.last_hour.plays, summary.last_hour.visits,
                                         summary.last_hour.touches, summary.unsent_hours, summary.dropped_hours};
  auto hours = recorder_->unsent(kStatsHoursPerHeartbeat);
  if (!hours) {
    log_.warning("statistics: cannot read unsent hours: " + hours.error().message);
    return;
  }
  for (stats::UnsentHour& hour : *hours) {
    const stats::HourDocument document{kiosk_id_.empty() ? stem : kiosk_id_, hour.hour_utc,
                                       recorder_->utc_offset_minutes(), hour.revision, std::move(hour.rows)};
    heartbeat::Attachment attachment;
    attachment.name = stem + ".stats/" + stats::hour_file_name(hour.hour_utc);
    attachment.body = stats::to_json(document);
    attachment.content_type = "application/json";
    attachment.on_stored = [recorder = recorder_.get(), at = hour.hour_utc, revision = hour.revision] {
      recorder->confirm(at, revision);
    };
    extras.attachments.push_back(std::move(attachment));
  }
}

}  // namespace kiosk::firmware
