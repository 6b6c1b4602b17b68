#include "render/display.hpp"

#include <cstdlib>

namespace kiosk::ui {
namespace {

// A headless machine fails in SDL_Init or SDL_CreateWindow with a terse SDL message; say what to do instead.
std::string no_display_advice(const std::string& sdl_error) {
  std::string message = "cannot open a display (SDL: " + sdl_error + ")";
  const bool has_display = std::getenv("DISPLAY") != nullptr || std::getenv("WAYLAND_DISPLAY") != nullptr;
  if (!has_display) message += "; neither DISPLAY nor WAYLAND_DISPLAY is set";
  message +=
      ". Run the kiosk in a desktop session, or render offscreen with --screenshot OUT.png, "
      "or on a Raspberry Pi console without X or Wayland set SDL_VIDEODRIVER=kmsdrm";
  return message;
}

// Hints must be set before SDL_Init / SDL_CreateRenderer to take effect.
void set_hints(const DisplayOptions& options) {
  // Without this the software renderer on a window is backed by a GL texture, which pulls in Mesa
  // llvmpipe (+85 MB RSS, +13 ms a frame; PLATFORM.md).
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  SDL_SetHint(SDL_HINT_RENDER_DRIVER, options.render_driver.c_str());
  // A kiosk panel must not blank because nobody pressed a key; the display schedule decides that.
  SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
  if (options.target == DisplayTarget::Offscreen) {
    // OVERRIDE beats an SDL_VIDEODRIVER left in the environment: a screenshot never opens a window.
    SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "offscreen", SDL_HINT_OVERRIDE);
  }
}

Uint32 window_flags(const DisplayOptions& options) {
  Uint32 flags = SDL_WINDOW_SHOWN;
  if (options.target == DisplayTarget::Offscreen) return flags;
  if (options.fullscreen) return flags | SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
  return options.resizable ? flags | SDL_WINDOW_RESIZABLE : flags;
}

// With no display server SDL quietly falls back to its offscreen or dummy driver. A kiosk window that
// nobody can see is worse than a clear error, unless that driver was asked for (tests, screenshots).
bool fell_back_to_headless_driver(const std::string& driver) {
  if (driver != "offscreen" && driver != "dummy") return false;
  const char* requested = SDL_GetHint(SDL_HINT_VIDEODRIVER);  // also reads SDL_VIDEODRIVER from the environment
  return requested == nullptr || driver != requested;
}

int renderer_index(const std::string& driver) {
  for (int i = 0; i < SDL_GetNumRenderDrivers(); ++i) {
    SDL_RendererInfo info;
    if (SDL_GetRenderDriverInfo(i, &info) == 0 && driver == info.name) return i;
  }
  return -1;  // let SDL pick (it honours the SDL_RENDER_DRIVER hint)
}

}  // namespace

Result<Display> Display::open(const DisplayOptions& options) {
  if (options.width < 1 || options.height < 1)
    return fail(ErrorCode::Usage, "display size " + std::to_string(options.width) + "x" +
                                      std::to_string(options.height) + " is empty");
  set_hints(options);
  Display display;
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
    return fail(ErrorCode::Display, no_display_advice(SDL_GetError()));
  display.video_ = SdlVideo(true);
  const char* driver = SDL_GetCurrentVideoDriver();
  display.video_driver_ = driver ? driver : "";
  if (options.target != DisplayTarget::Offscreen && fell_back_to_headless_driver(display.video_driver_))
    return fail(ErrorCode::Display,
                no_display_advice("SDL found no display and fell back to its " + display.video_driver_ + " driver"));

  display.window_.reset(SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED,
                                         SDL_WINDOWPOS_CENTERED, options.width, options.height,
                                         window_flags(options)));
  if (!display.window_) return fail(ErrorCode::Display, no_display_advice(SDL_GetError()));

  display.renderer_.reset(
      SDL_CreateRenderer(display.window_.get(), renderer_index(options.render_driver), 0));
  if (!display.renderer_)
    return fail(ErrorCode::Display, "cannot create the \"" + options.render_driver +
                                        "\" SDL renderer on the " + display.video_driver_ +
                                        " video driver: " + SDL_GetError());
  return display;
}

PixelSize Display::output_size() const {
  PixelSize size;
  if (SDL_GetRendererOutputSize(renderer_.get(), &size.width, &size.height) != 0) size = {};
  return size;
}

}  // namespace kiosk::ui
