// ImageTexture: a PNG asset (e.g. the booth map's floor picture) decoded with stb_image and uploaded as
// an SDL_Texture that ImGui draws with ImDrawList::AddImage. Load it when content changes, never in a
// frame: decoding reads the file.
#pragma once

#include <filesystem>

#include <imgui.h>

#include "common/result.hpp"
#include "render/sdl_handles.hpp"

namespace kiosk::ui {

class ImageTexture {
 public:
  // Decodes `file` (PNG or any format stb_image reads) into an RGBA texture on `renderer`. Errors name
  // the file and what failed (decoder reason, SDL_GetError()).
  static Result<ImageTexture> load(SDL_Renderer* renderer, const std::filesystem::path& file);
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
