// ImageTexture: a PNG asset (the booth map's floor picture, a craft's photo) decoded with stb_image and
// uploaded as an SDL_Texture that ImGui draws with ImDrawList::AddImage. Load it when content changes,
// never in a frame: decoding reads the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include <imgui.h>

#include "common/result.hpp"
#include "render/sdl_handles.hpp"

namespace kiosk::ui {

// Larger images are refused before decoding: stb_image would allocate width x height x 4 bytes at once.
inline constexpr int64_t kMaxImagePixels = 40'000'000;

struct RgbaImage {  // 8-bit R, G, B, A in memory order, rows without padding
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;
};

// `image` scaled down so its longer side is at most `max_side` (aspect ratio kept, each side at least
// 1) by averaging the source pixels each output pixel covers; returned as it is when it already fits
// or `max_side` <= 0. Alpha is averaged like the colours.
RgbaImage shrink_to_fit(const RgbaImage& image, int max_side);

class ImageTexture {
 public:
  // Decodes `file` (PNG or any format stb_image reads) into an RGBA texture on `renderer`, first
  // shrunk to `max_side` pixels on its longer side when that is > 0 (thumbnails: the texture memory
  // stays bounded whatever the asset's size). Errors name the file and what failed (decoder reason,
  // too many pixels, SDL_GetError()).
  static Result<ImageTexture> load(SDL_Renderer* renderer, const std::filesystem::path& file,
                                   int max_side = 0);
  ImTextureID id() const { return texture_.get(); }  // what the SDL_Renderer backend takes as ImTextureID
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  ImageTexture(TexturePtr texture, int width, int height)
      : texture_(std::move(texture)), width_(width), height_(height) {}
  TexturePtr texture_;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace kiosk::ui
