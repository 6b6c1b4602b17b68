// Display: the SDL video setup the ui draws into, chosen at start from options (STYLE.md "SDL"):
// a desktop or KMSDRM window, or the `offscreen` driver for screenshots and tests. The rest of the
// ui only sees an SDL_Window and an SDL_Renderer and does not know which one it got.
#pragma once

#include <string>

#include "common/result.hpp"
#include "render/sdl_handles.hpp"

namespace kiosk::ui {

enum class DisplayTarget {
  Window,     // the platform's video driver (x11, wayland, kmsdrm; SDL_VIDEODRIVER may pick one)
  Offscreen,  // SDL's offscreen driver: no display needed, for --screenshot and tests
};

struct DisplayOptions {
  DisplayTarget target = DisplayTarget::Window;
  int width = 1920;  // window / image size in pixels (ignored when fullscreen)
  int height = 1080;
  bool fullscreen = false;                 // borderless at the desktop size (a kiosk panel)
  bool resizable = true;                   // desktop windows only
  std::string title = "Tohoku kiosk";      // window title (desktop task bar)
  std::string render_driver = "software";  // SDL render driver; "opengles2" suits a Pi on KMSDRM
};

struct PixelSize {
  int width = 0;
  int height = 0;
};

class Display {
 public:
  static Result<Display> open(
      const DisplayOptions& options);  // ErrorCode::Display with advice when no display
  SDL_Window* window() const { return window_.get(); }
  SDL_Renderer* renderer() const { return renderer_.get(); }
  PixelSize output_size() const;  // renderer output in pixels (what a screenshot holds)
  const std::string& video_driver() const { return video_driver_; }  // e.g. "x11", "offscreen"

 private:
  Display() = default;
  // Declaration order is destruction order in reverse: renderer, then window, then SDL_Quit.
  SdlVideo video_;
  WindowPtr window_;
  RendererPtr renderer_;
  std::string video_driver_;
};

}  // namespace kiosk::ui
