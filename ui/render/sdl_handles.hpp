// RAII owners for SDL handles: every SDL_Window, SDL_Renderer and SDL_Texture the ui creates
// lives in one of these, so an early return never leaks a GPU or window-system object.
#pragma once

#include <memory>
#include <utility>

#include <SDL.h>

namespace kiosk::ui {

struct WindowDeleter {
  void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
};
struct RendererDeleter {
  void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
};
struct TextureDeleter {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

using WindowPtr = std::unique_ptr<SDL_Window, WindowDeleter>;        // owns an SDL_Window
using RendererPtr = std::unique_ptr<SDL_Renderer, RendererDeleter>;  // owns an SDL_Renderer
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;     // owns an SDL_Texture

// Owns one SDL_Init(SDL_INIT_VIDEO); SDL_Quit() runs when the last owner goes away.
class SdlVideo {
 public:
  SdlVideo() = default;
  explicit SdlVideo(bool initialised) : initialised_(initialised) {}
  SdlVideo(SdlVideo&& other) noexcept : initialised_(std::exchange(other.initialised_, false)) {}
  SdlVideo& operator=(SdlVideo&& other) noexcept {
    if (this != &other) {
      reset();
      initialised_ = std::exchange(other.initialised_, false);
    }
    return *this;
  }
  SdlVideo(const SdlVideo&) = delete;
  SdlVideo& operator=(const SdlVideo&) = delete;
  ~SdlVideo() { reset(); }

 private:
  void reset() {
    if (initialised_) SDL_Quit();
    initialised_ = false;
  }
  bool initialised_ = false;
};

}  // namespace kiosk::ui
