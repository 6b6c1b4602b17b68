// Thumbnails of the screen for the heartbeat (remote screenshot, issue 8). The UI thread only copies
// the frame's pixels into a buffer it reuses (read_frame_into: one SDL_RenderReadPixels); scaling
// and PNG encoding are pure pixel work for another thread.
#pragma once

#include <string>

#include <SDL.h>

#include "common/result.hpp"
#include "render/screenshot.hpp"

namespace kiosk::ui {

// SDL_RenderReadPixels of the whole output into `image`, reusing its buffer when the size is unchanged.
// Call before SDL_RenderPresent (after it the back buffer is undefined).
Result<void> read_frame_into(SDL_Renderer* renderer, RgbImage& image);

// `image` scaled to `width` pixels wide (height keeps the aspect ratio, at least 1) by averaging the
// source pixels each thumbnail pixel covers: a box filter keeps text legible at 1/4 size. An image
// already at most `width` wide is returned as it is.
RgbImage downscale(const RgbImage& image, int width);

// The PNG file's bytes (stb_image_write into memory); Io error when the encoder fails.
Result<std::string> encode_png(const RgbImage& image);

}  // namespace kiosk::ui
