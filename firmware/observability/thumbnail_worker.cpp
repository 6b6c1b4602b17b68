#include "observability/thumbnail_worker.hpp"

#include <chrono>
#include <utility>

#include "render/thumbnail.hpp"

namespace kiosk::firmware {

ThumbnailWorker::ThumbnailWorker(int width, std::function<void(const std::string&)> log)
    : width_(width), log_(std::move(log)), thread_([this](std::stop_token stop) { run(stop); }) {}

ThumbnailWorker::~ThumbnailWorker() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
}

void ThumbnailWorker::capture(SDL_Renderer* renderer, int64_t now_utc) {
  if (!wanted_.exchange(false)) return;
  const auto started = std::chrono::steady_clock::now();
  if (auto read = ui::read_frame_into(renderer, ui_buffer_); !read) {
    log_("thumbnail: " + read.error().message);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    std::swap(ui_buffer_, pending_);  // the encoder's old buffer comes back for the next capture
    has_pending_ = true;
    pending_shown_utc_ = now_utc;
  }
  ready_.notify_one();
  last_capture_us_.store(static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count()));
}

void ThumbnailWorker::run(std::stop_token stop) {
  ui::RgbImage frame;
  for (;;) {
    int64_t shown_utc = 0;
    {
      std::unique_lock lock(mutex_);
      if (!ready_.wait(lock, stop, [this] { return has_pending_; })) return;
      std::swap(frame, pending_);
      has_pending_ = false;
      shown_utc = pending_shown_utc_;
    }
    const ui::RgbImage small = ui::downscale(frame, width_);
    auto png = ui::encode_png(small);
    if (!png) {
      log_("thumbnail: " + png.error().message);
      continue;
    }
    {
      std::lock_guard lock(mutex_);
      encoded_ = EncodedThumbnail{std::move(*png), small.width, small.height, shown_utc};
    }
    encoded_cv_.notify_all();
  }
}

void ThumbnailWorker::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  encoded_cv_.notify_all();
}

std::optional<EncodedThumbnail> ThumbnailWorker::fresh(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  encoded_.reset();  // only a frame captured after this call will do
  wanted_.store(true);
  encoded_cv_.wait_for(lock, timeout, [this] { return encoded_.has_value() || cancelled_; });
  wanted_.store(false);  // too late: do not make the UI draw for nobody
  return std::exchange(encoded_, std::nullopt);
}

}  // namespace kiosk::firmware
