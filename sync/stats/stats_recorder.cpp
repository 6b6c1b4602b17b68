#include "stats/stats_recorder.hpp"

#include <algorithm>

namespace kiosk::stats {
namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kMinuteMs = 60'000;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int64_t system_now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Result<std::unique_ptr<StatsRecorder>> StatsRecorder::open(RecorderOptions options) {
  if (!options.now_ms) options.now_ms = system_now_ms;
  if (!options.log) options.log = [](const std::string&) {};
  auto store = StatsStore::open(options.db_file);
  if (!store) return tl::unexpected(store.error());
  std::unique_ptr<StatsRecorder> recorder(new StatsRecorder(std::move(options), std::move(*store)));
  if (auto loaded = recorder->load_today(); !loaded) return tl::unexpected(loaded.error());
  return Result<std::unique_ptr<StatsRecorder>>(std::move(recorder));
}

StatsRecorder::StatsRecorder(RecorderOptions options, StatsStore store)
    : options_(std::move(options)), store_(std::move(store)) {}

StatsRecorder::~StatsRecorder() { stop(); }

void StatsRecorder::count(Counts& counts, PlayKind kind) {
  switch (kind) {
    case PlayKind::Slide: ++counts.plays; break;
    case PlayKind::Visit: ++counts.visits; break;
    case PlayKind::Touch: ++counts.touches; break;
  }
}

int64_t StatsRecorder::local_day(int64_t unix_ms) const {
  return floor_div(unix_ms + int64_t{options_.utc_offset_minutes} * kMinuteMs, kDayMs);
}

// Today's counts survive a restart: they are read back once at start, then kept in memory.
Result<void> StatsRecorder::load_today() {
  const int64_t day = local_day(options_.now_ms());
  const int64_t from = (day * kDayMs) / 1000 - int64_t{options_.utc_offset_minutes} * 60;
  auto rows = store_.rows_between(from, from + 86400);
  if (!rows) return tl::unexpected(rows.error());
  Counts& today = by_day_[day];
  for (const HourRow& row : *rows) {
    Counts one;
    count(one, row.kind);
    today.plays += one.plays * row.count;
    today.visits += one.visits * row.count;
    today.touches += one.touches * row.count;
  }
  auto unsent = store_.unsent_count();
  auto dropped = store_.dropped_total();
  if (!unsent) return tl::unexpected(unsent.error());
  if (!dropped) return tl::unexpected(dropped.error());
  unsent_hours_ = *unsent;
  dropped_total_ = *dropped;
  return {};
}

void StatsRecorder::record(PlayEvent event) {
  const int64_t now = options_.now_ms();
  std::lock_guard lock(queue_mutex_);
  count(by_day_[local_day(event.start_ms)], event.kind);
  count(by_minute_[floor_div(event.start_ms, kMinuteMs)], event.kind);
  // Keep only what today() and summary() can still ask for: yesterday and the last hour.
  by_day_.erase(by_day_.begin(), by_day_.lower_bound(local_day(now) - 1));
  by_minute_.erase(by_minute_.begin(), by_minute_.lower_bound(floor_div(now, kMinuteMs) - 60));
  queue_.push_back(std::move(event));
}

Counts StatsRecorder::today() const {
  const int64_t day = local_day(options_.now_ms());
  std::lock_guard lock(queue_mutex_);
  const auto found = by_day_.find(day);
  return found == by_day_.end() ? Counts{} : found->second;
}

StatsSummary StatsRecorder::summary() const {
  const int64_t minute = floor_div(options_.now_ms(), kMinuteMs);
  std::lock_guard lock(queue_mutex_);
  StatsSummary summary;
  for (auto it = by_minute_.upper_bound(minute - 60); it != by_minute_.end(); ++it) {
    summary.last_hour.plays += it->second.plays;
    summary.last_hour.visits += it->second.visits;
    summary.last_hour.touches += it->second.touches;
  }
  summary.unsent_hours = unsent_hours_;
  summary.dropped_hours = dropped_total_;
  summary.last_error = last_error_;
  return summary;
}

void StatsRecorder::start() {
  if (thread_.joinable()) return;
  thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

void StatsRecorder::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    {
      std::unique_lock lock(wake_mutex_);
      wake_.wait_for(lock, stop, options_.commit_interval, [] { return false; });
    }
    if (stop.stop_requested()) break;  // stop() makes the last commit
    (void)commit_now();                // a failure is logged and kept in last_error
  }
}

void StatsRecorder::stop() {
  if (thread_.joinable()) {
    thread_.request_stop();
    thread_.join();
  }
  (void)commit_now();
}

Result<CommitReport> StatsRecorder::commit_now() {
  std::vector<PlayEvent> events;
  {
    std::lock_guard lock(queue_mutex_);
    events.swap(queue_);
  }
  std::lock_guard lock(store_mutex_);
  for (const PlayEvent& event : events) unwritten_.add(event);
  std::vector<HourRevision> confirmed;
  for (const auto& [hour, revision] : confirmed_) confirmed.push_back({hour, revision});
  if (unwritten_.empty() && confirmed.empty()) return CommitReport{};  // an idle kiosk writes nothing
  auto report = store_.commit(unwritten_.rows(), confirmed, options_.max_hours);
  if (!report) {
    // Kept in memory (unwritten_, confirmed_) and tried again at the next commit.
    options_.log("statistics: cannot write " + store_.file().string() + ": " + report.error().message);
    std::lock_guard queue(queue_mutex_);
    last_error_ = report.error().message;
    return report;
  }
  unwritten_ = {};
  confirmed_.clear();
  if (report->dropped_unsent > 0)
    options_.log("statistics: dropped the " + std::to_string(report->dropped_unsent) +
                 " oldest unsent hour(s) to keep at most " + std::to_string(options_.max_hours) + " hours");
  auto unsent = store_.unsent_count();
  auto dropped = store_.dropped_total();
  std::lock_guard queue(queue_mutex_);
  last_error_.clear();
  if (unsent) unsent_hours_ = *unsent;
  if (dropped) dropped_total_ = *dropped;
  return report;
}

Result<std::vector<UnsentHour>> StatsRecorder::unsent(std::size_t limit) {
  std::lock_guard lock(store_mutex_);
  auto hours = store_.unsent(limit + confirmed_.size());
  if (!hours) return hours;
  std::erase_if(*hours, [this](const UnsentHour& hour) {
    const auto found = confirmed_.find(hour.hour_utc);
    return found != confirmed_.end() && found->second >= hour.revision;
  });
  if (hours->size() > limit) hours->resize(limit);
  return hours;
}

void StatsRecorder::confirm(int64_t hour_utc, int64_t revision) {
  std::lock_guard lock(store_mutex_);
  int64_t& known = confirmed_[hour_utc];
  known = std::max(known, revision);
}

}  // namespace kiosk::stats
