// Screenshots: the pixels of the frame just rendered, written as PNG (Debian's libstb).
// Call after ImGuiSession::render_frame() and before SDL_RenderPresent(): after a present the
// back buffer's content is undefined (PLATFORM.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include <SDL.h>

#include "common/result.hpp"

namespace kiosk::ui {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  // width * height * 3 bytes, rows top to bottom, R G B
};

Result<RgbImage> read_frame(SDL_Renderer* renderer);  // SDL_RenderReadPixels of the whole output
Result<void> write_png(const RgbImage& image,
                       const std::filesystem::path& path);  // via a temporary file + rename

}  // namespace kiosk::ui
