#include "render/image_texture.hpp"

#include <memory>

#include <stb_image.h>  // Debian libstb-dev; implemented in libstb.so

namespace kiosk::ui {

Result<ImageTexture> ImageTexture::load(SDL_Renderer* renderer, const std::filesystem::path& file) {
  int width = 0, height = 0, channels = 0;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load(file.c_str(), &width, &height, &channels, 4),
                                                   stbi_image_free);
  if (!pixels) {
    return fail(ErrorCode::Parse, file.string() + ": cannot decode the image: " + stbi_failure_reason());
  }
  TexturePtr texture(
      SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, width, height));
  if (!texture) {
    return fail(ErrorCode::Display, file.string() + ": cannot create a " + std::to_string(width) + "x" +
                                        std::to_string(height) + " texture: " + SDL_GetError());
  }
  // ABGR8888 is R, G, B, A in memory order on little-endian machines (every supported board), as
  // stb_image writes them.
  if (SDL_UpdateTexture(texture.get(), nullptr, pixels.get(), width * 4) != 0) {
    return fail(ErrorCode::Display, file.string() + ": cannot upload the image: " + SDL_GetError());
  }
  SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
  return ImageTexture(std::move(texture), width, height);
}

}  // namespace kiosk::ui
