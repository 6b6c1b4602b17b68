// ThumbnailWorker: the remote screenshot's pipeline across three threads. The sync thread asks for a
// thumbnail and waits a moment for it (fresh()); the UI thread, at its next frame (the loop wakes at
// least once a second), copies the pixels into a buffer it reuses (capture(): one SDL_RenderReadPixels,
// nothing else) and hands the buffer over; this worker's thread scales and encodes it as PNG and
// wakes the sync thread, which PUTs it. The UI thread never waits for the encoder or the network.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <SDL.h>

#include "render/screenshot.hpp"

namespace kiosk::firmware {

struct EncodedThumbnail {
  std::string png;
  int width = 0;
  int height = 0;
  int64_t shown_utc = 0;  // when the frame was on screen (the app's clock)
};

class ThumbnailWorker {
 public:
  ThumbnailWorker(int width, std::function<void(const std::string&)> log);  // starts the thread
  ~ThumbnailWorker();  // stops and joins
  ThumbnailWorker(const ThumbnailWorker&) = delete;
  ThumbnailWorker& operator=(const ThumbnailWorker&) = delete;

  // Sync thread: asks for the next presented frame and waits up to `timeout` for its PNG; nullopt
  // when none came in time (the UI thread was busy or stuck: the heartbeat goes without).
  std::optional<EncodedThumbnail> fresh(std::chrono::milliseconds timeout);
  void cancel();                                   // shutdown: fresh() returns at once, now and later
  bool wanted() const { return wanted_.load(); }   // UI thread: draw a frame even when idle
  // UI thread, before SDL_RenderPresent: when wanted, reads the pixels and hands them over.
  void capture(SDL_Renderer* renderer, int64_t now_utc);
  uint64_t last_capture_us() const { return last_capture_us_.load(); }  // UI-thread cost of the last capture

 private:
  void run(std::stop_token stop);

  const int width_;
  std::function<void(const std::string&)> log_;
  std::atomic<bool> wanted_{false};
  std::atomic<uint64_t> last_capture_us_{0};
  ui::RgbImage ui_buffer_;          // UI thread only; swapped with pending_ (no copy, no allocation)

  std::mutex mutex_;
  std::condition_variable_any ready_;    // a frame for the encoder
  std::condition_variable encoded_cv_;   // a PNG for the sync thread
  ui::RgbImage pending_;            // a captured frame waiting for the encoder
  bool has_pending_ = false;
  bool cancelled_ = false;
  int64_t pending_shown_utc_ = 0;
  std::optional<EncodedThumbnail> encoded_;
  std::jthread thread_;             // declared last: joined before the buffers go
};

}  // namespace kiosk::firmware
