#include "render/image_texture.hpp"

#include <algorithm>
#include <memory>

#include <stb_image.h>  // Debian libstb-dev; implemented in libstb.so

namespace kiosk::ui {
namespace {

Result<RgbaImage> decode(const std::filesystem::path& file) {
  int width = 0, height = 0, channels = 0;
  if (stbi_info(file.c_str(), &width, &height, &channels) == 0)
    return fail(ErrorCode::Parse, file.string() + ": cannot decode the image: " + stbi_failure_reason());
  if (static_cast<int64_t>(width) * height > kMaxImagePixels)
    return fail(ErrorCode::Parse, file.string() + ": " + std::to_string(width) + "x" +
                                      std::to_string(height) + " pixels is more than the " +
                                      std::to_string(kMaxImagePixels) + " an image may have");
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load(file.c_str(), &width, &height, &channels, 4),
                                                   stbi_image_free);
  if (!pixels)
    return fail(ErrorCode::Parse, file.string() + ": cannot decode the image: " + stbi_failure_reason());
  RgbaImage image{width, height, {}};
  image.pixels.assign(pixels.get(),
                      pixels.get() + static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
  return image;
}

}  // namespace

RgbaImage shrink_to_fit(const RgbaImage& image, int max_side) {
  const int longer = std::max(image.width, image.height);
  if (max_side <= 0 || longer <= max_side) return image;
  RgbaImage out;
  out.width = std::max(1, static_cast<int>(static_cast<int64_t>(image.width) * max_side / longer));
  out.height = std::max(1, static_cast<int>(static_cast<int64_t>(image.height) * max_side / longer));
  out.pixels.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 4);
  for (int y = 0; y < out.height; ++y) {
    const int y0 = static_cast<int>(static_cast<int64_t>(y) * image.height / out.height);
    const int y1 =
        std::max(y0 + 1, static_cast<int>(static_cast<int64_t>(y + 1) * image.height / out.height));
    for (int x = 0; x < out.width; ++x) {
      const int x0 = static_cast<int>(static_cast<int64_t>(x) * image.width / out.width);
      const int x1 =
          std::max(x0 + 1, static_cast<int>(static_cast<int64_t>(x + 1) * image.width / out.width));
      uint64_t sum[4] = {0, 0, 0, 0};
      for (int sy = y0; sy < y1; ++sy) {
        const uint8_t* px = image.pixels.data() + (static_cast<size_t>(sy) * image.width + x0) * 4;
        for (int sx = x0; sx < x1; ++sx, px += 4)
          for (int c = 0; c < 4; ++c) sum[c] += px[c];
      }
      const uint64_t n = static_cast<uint64_t>(y1 - y0) * static_cast<uint64_t>(x1 - x0);
      uint8_t* px = out.pixels.data() + (static_cast<size_t>(y) * out.width + x) * 4;
      for (int c = 0; c < 4; ++c) px[c] = static_cast<uint8_t>((sum[c] + n / 2) / n);
    }
  }
  return out;
}

Result<ImageTexture> ImageTexture::load(SDL_Renderer* renderer, const std::filesystem::path& file,
                                        int max_side) {
  auto decoded = decode(file);
  if (!decoded) return tl::unexpected(decoded.error());
  // Shrunk, the full-size pixels are freed before the texture is made.
  const bool shrink = max_side > 0 && std::max(decoded->width, decoded->height) > max_side;
  const RgbaImage image = shrink ? shrink_to_fit(*decoded, max_side) : std::move(*decoded);
  decoded->pixels = {};
  TexturePtr texture(SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC,
                                       image.width, image.height));
  if (!texture) {
    return fail(ErrorCode::Display, file.string() + ": cannot create a " + std::to_string(image.width) + "x" +
                                        std::to_string(image.height) + " texture: " + SDL_GetError());
  }
  // ABGR8888 is R, G, B, A in memory order on little-endian machines (every supported board), as
  // stb_image writes them.
  if (SDL_UpdateTexture(texture.get(), nullptr, image.pixels.data(), image.width * 4) != 0) {
    return fail(ErrorCode::Display, file.string() + ": cannot upload the image: " + SDL_GetError());
  }
  SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
  return ImageTexture(std::move(texture), image.width, image.height);
}

}  // namespace kiosk::ui
