#include "render/thumbnail.hpp"

#include <algorithm>

#include <stb_image_write.h>  // Debian libstb-dev; libstb.so implements it

namespace kiosk::ui {

Result<void> read_frame_into(SDL_Renderer* renderer, RgbImage& image) {
  int width = 0;
  int height = 0;
  if (SDL_GetRendererOutputSize(renderer, &width, &height) != 0)
    return fail(ErrorCode::Display, std::string("cannot query the renderer size: ") + SDL_GetError());
  image.width = width;
  image.height = height;
  image.pixels.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);  // no-op when unchanged
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGB24, image.pixels.data(), width * 3) != 0)
    return fail(ErrorCode::Display, std::string("cannot read back the frame: ") + SDL_GetError());
  return {};
}

RgbImage downscale(const RgbImage& image, int width) {
  if (image.width <= width || width <= 0) return image;
  RgbImage out;
  out.width = width;
  out.height = std::max(1, static_cast<int>(static_cast<int64_t>(image.height) * width / image.width));
  out.pixels.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 3);
  for (int y = 0; y < out.height; ++y) {
    const int y0 = static_cast<int>(static_cast<int64_t>(y) * image.height / out.height);
    const int y1 = std::max(y0 + 1, static_cast<int>(static_cast<int64_t>(y + 1) * image.height / out.height));
    for (int x = 0; x < out.width; ++x) {
      const int x0 = static_cast<int>(static_cast<int64_t>(x) * image.width / out.width);
      const int x1 = std::max(x0 + 1, static_cast<int>(static_cast<int64_t>(x + 1) * image.width / out.width));
      uint32_t sum[3] = {0, 0, 0};
      for (int sy = y0; sy < y1; ++sy) {
        const uint8_t* row = image.pixels.data() + (static_cast<size_t>(sy) * image.width + x0) * 3;
        for (int sx = x0; sx < x1; ++sx, row += 3) {
          sum[0] += row[0];
          sum[1] += row[1];
          sum[2] += row[2];
        }
      }
      const uint32_t n = static_cast<uint32_t>((y1 - y0) * (x1 - x0));
      uint8_t* px = out.pixels.data() + (static_cast<size_t>(y) * out.width + x) * 3;
      for (int c = 0; c < 3; ++c) px[c] = static_cast<uint8_t>((sum[c] + n / 2) / n);
    }
  }
  return out;
}

Result<std::string> encode_png(const RgbImage& image) {
  std::string png;
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
  };
  if (image.width <= 0 || image.height <= 0 ||
      stbi_write_png_to_func(append, &png, image.width, image.height, 3, image.pixels.data(), image.width * 3) == 0)
    return fail(ErrorCode::Io, "cannot encode a " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                                   " thumbnail as PNG");
  return png;
}

}  // namespace kiosk::ui
