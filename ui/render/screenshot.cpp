#include "render/screenshot.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <stb_image_write.h>  // Debian libstb-dev (pkg-config stb adds /usr/include/stb); libstb.so implements it

namespace kiosk::ui {

Result<RgbImage> read_frame(SDL_Renderer* renderer) {
  RgbImage image;
  if (SDL_GetRendererOutputSize(renderer, &image.width, &image.height) != 0)
    return fail(ErrorCode::Display, std::string("cannot query the renderer size: ") + SDL_GetError());
  image.pixels.resize(static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 3);
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGB24, image.pixels.data(), image.width * 3) !=
      0)
    return fail(ErrorCode::Display, std::string("cannot read back the frame: ") + SDL_GetError());
  return image;
}

Result<void> write_png(const RgbImage& image, const std::filesystem::path& path) {
  // A temporary name and a rename: whoever waits for the file never reads half a PNG.
  std::filesystem::path temporary = path;
  temporary += ".tmp";  // "out.png.tmp": .gitignore knows the pattern
  errno = 0;
  if (stbi_write_png(temporary.c_str(), image.width, image.height, 3, image.pixels.data(), image.width * 3) ==
      0) {
    const int error = errno;
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return fail(ErrorCode::Io, "cannot write screenshot " + path.string() + ": " +
                                   (error ? std::strerror(error) : "PNG encoder failed"));
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return fail(ErrorCode::Io, "cannot write screenshot " + path.string() + ": " + ec.message());
  return {};
}

}  // namespace kiosk::ui
