// Benchmark (label bench, prints figures, never fails on time): the remote screenshot's cost at
// 1920x1080 on the software renderer, split as the kiosk splits it: the UI thread's pixel read
// (read_frame_into, buffer reused) and the encoder thread's downscale to 480 px + PNG encode.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <SDL.h>

#include "render/thumbnail.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const char* what, std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  std::printf("[bench] %-44s median %7.2f ms  max %7.2f ms  (%zu runs)\n", what, samples[samples.size() / 2],
              samples.back(), samples.size());
}

}  // namespace

int main() {
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    std::fprintf(stderr, "thumbnail_bench: SDL_Init: %s (run with SDL_VIDEODRIVER=offscreen)\n", SDL_GetError());
    return 1;
  }
  SDL_Window* window = SDL_CreateWindow("bench", 0, 0, 1920, 1080, SDL_WINDOW_HIDDEN);
  SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : nullptr;
  if (renderer == nullptr) {
    std::fprintf(stderr, "thumbnail_bench: %s\n", SDL_GetError());
    return 1;
  }
  kiosk::ui::RgbImage frame;
  std::vector<double> capture, encode;
  std::size_t png_bytes = 0;
  for (int i = 0; i < 30; ++i) {
    // Something like a screen: a background and a grid of coloured tiles, different every run.
    SDL_SetRenderDrawColor(renderer, 245, 244, 240, 255);
    SDL_RenderClear(renderer);
    for (int t = 0; t < 24; ++t) {
      SDL_SetRenderDrawColor(renderer, static_cast<Uint8>(40 * t + i), static_cast<Uint8>(90 + 5 * t), 160, 255);
      const SDL_Rect tile{60 + (t % 6) * 300, 120 + (t / 6) * 230, 260, 200};
      SDL_RenderFillRect(renderer, &tile);
    }
    auto start = Clock::now();
    if (auto read = kiosk::ui::read_frame_into(renderer, frame); !read) {
      std::fprintf(stderr, "thumbnail_bench: %s\n", read.error().message.c_str());
      return 1;
    }
    capture.push_back(ms_since(start));
    SDL_RenderPresent(renderer);
    start = Clock::now();
    auto png = kiosk::ui::encode_png(kiosk::ui::downscale(frame, 480));
    encode.push_back(ms_since(start));
    if (png) png_bytes = png->size();
  }
  report("UI thread: read 1920x1080 pixels", capture);
  report("encoder thread: downscale to 480x270 + PNG", encode);
  std::printf("[bench] thumbnail PNG size: %zu bytes\n", png_bytes);
  SDL_DestroyRenderer(renderer);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
