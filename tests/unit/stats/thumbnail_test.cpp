// The remote screenshot's pipeline on the offscreen driver with the software renderer: a frame read
// on the "UI thread" comes back from the encoder thread as a PNG of the configured width that
// decodes to the picture drawn. The UI-thread cost of the capture is printed (not asserted: the
// figure lives in the bench label's thumbnail_bench).
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <cstdio>
#include <thread>

#include <SDL.h>
#include <stb_image.h>

#include "observability/thumbnail_worker.hpp"
#include "render/screenshot.hpp"
#include "render/thumbnail.hpp"

namespace kiosk::ui::test {
namespace {

struct Offscreen {
  SDL_Window* window = nullptr;
  SDL_Renderer* renderer = nullptr;
  Offscreen(int w, int h) {
    // As the kiosk does (ui/render/display.cpp): without it SDL probes for accelerated OpenGL when the
    // software renderer asks for the window surface, loading Mesa, which leaks on unload (LeakSanitizer
    // in the asan preset) and is not the pipeline the kiosk runs.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return;
    window = SDL_CreateWindow("thumbnail", 0, 0, w, h, SDL_WINDOW_HIDDEN);
    if (window) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
  }
  ~Offscreen() {
    if (renderer) SDL_DestroyRenderer(renderer);
    if (window) SDL_DestroyWindow(window);
    SDL_Quit();
  }
};

// Left half red, right half blue: the thumbnail keeps both, scaled.
void draw_halves(SDL_Renderer* renderer, int w, int h) {
  SDL_SetRenderDrawColor(renderer, 200, 30, 30, 255);
  SDL_RenderClear(renderer);
  SDL_SetRenderDrawColor(renderer, 20, 40, 220, 255);
  const SDL_Rect right{w / 2, 0, w - w / 2, h};
  SDL_RenderFillRect(renderer, &right);
}

TEST(Thumbnail, DecodesAsAPngOfTheConfiguredWidthShowingTheFrame) {
  Offscreen screen(1920, 1080);
  ASSERT_NE(screen.renderer, nullptr) << SDL_GetError();
  firmware::ThumbnailWorker worker(480, [](const std::string& line) { ADD_FAILURE() << line; });
  EXPECT_FALSE(worker.wanted()) << "nothing is captured until a heartbeat asks";
  // The "sync thread" asks and waits; this thread plays the UI thread and draws the next frame.
  auto asked = std::async(std::launch::async, [&worker] { return worker.fresh(std::chrono::seconds(10)); });
  for (int i = 0; i < 500 && !worker.wanted(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(worker.wanted());
  draw_halves(screen.renderer, 1920, 1080);
  worker.capture(screen.renderer, 1797382800);
  SDL_RenderPresent(screen.renderer);
  EXPECT_FALSE(worker.wanted());
  const std::optional<firmware::EncodedThumbnail> thumbnail = asked.get();
  ASSERT_TRUE(thumbnail) << "the encoder thread produced nothing in 10 s";
  EXPECT_EQ(thumbnail->shown_utc, 1797382800);
  ASSERT_GT(thumbnail->png.size(), 8u);
  EXPECT_EQ(thumbnail->png.substr(1, 3), "PNG");
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(thumbnail->png.data()),
                                                static_cast<int>(thumbnail->png.size()), &w, &h, &channels, 3);
  ASSERT_NE(pixels, nullptr) << stbi_failure_reason();
  EXPECT_EQ(w, 480);
  EXPECT_EQ(h, 270);
  const unsigned char* left = pixels + (135 * 480 + 100) * 3;
  const unsigned char* right = pixels + (135 * 480 + 380) * 3;
  EXPECT_EQ(left[0], 200);
  EXPECT_EQ(left[2], 30);
  EXPECT_EQ(right[0], 20);
  EXPECT_EQ(right[2], 220);
  stbi_image_free(pixels);
  std::printf("[thumbnail] UI-thread capture at 1920x1080 (software renderer): %llu us\n",
              static_cast<unsigned long long>(worker.last_capture_us()));
  // Nobody asks: a frame is not captured. A cancelled worker (shutdown) answers at once.
  worker.capture(screen.renderer, 0);
  worker.cancel();
  const auto started = std::chrono::steady_clock::now();
  EXPECT_FALSE(worker.fresh(std::chrono::seconds(10)));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(Thumbnail, DownscaleAveragesAndKeepsTheAspectRatio) {
  RgbImage image{4, 2, {0, 0, 0, 255, 255, 255, 10, 10, 10, 30, 30, 30, 0, 0, 0, 255, 255, 255, 10, 10, 10, 30, 30, 30}};
  const RgbImage half = downscale(image, 2);
  EXPECT_EQ(half.width, 2);
  EXPECT_EQ(half.height, 1);
  EXPECT_EQ(half.pixels, (std::vector<uint8_t>{128, 128, 128, 20, 20, 20}));
  EXPECT_EQ(downscale(image, 480).width, 4) << "never scaled up";
  auto refused = encode_png(RgbImage{});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "cannot encode a 0x0 thumbnail as PNG");
}

}  // namespace
}  // namespace kiosk::ui::test
