#include "golden_compare.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include <zlib.h>

#include "render/screenshot.hpp"

namespace kiosk::ui::test {

Image reduce_for_golden(const Image& render) {
  Image out;
  out.width = render.width / 2;
  out.height = render.height / 2;
  out.rgb.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 3);
  const auto at = [&](int x, int y, int c) {
    return static_cast<int>(
        render.rgb[(static_cast<size_t>(y) * static_cast<size_t>(render.width) + x) * 3 + c]);
  };
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x)
      for (int c = 0; c < 3; ++c) {
        const int mean = (at(2 * x, 2 * y, c) + at(2 * x + 1, 2 * y, c) + at(2 * x, 2 * y + 1, c) +
                          at(2 * x + 1, 2 * y + 1, c) + 2) /
                         4;
        // Quantised: anti-aliased edges and gradients compress far better, and an error of at most
        // kQuantum / 2 is well inside the slack.
        out.rgb[(static_cast<size_t>(y) * static_cast<size_t>(out.width) + x) * 3 + c] =
            static_cast<uint8_t>(std::min(255, (mean + kQuantum / 2) / kQuantum * kQuantum));
      }
  return out;
}

std::string GoldenDiff::describe() const {
  if (size_mismatch) return "the sizes differ";
  std::ostringstream out;
  out << fraction * 100 << "% of pixels differ (limit " << kMaxDiffering * 100 << "%), worst " << kTile << "x"
      << kTile << " tile " << worst_tile * 100 << "% (limit " << kMaxTileDiffering * 100 << "%) at reduced ("
      << worst_x << ", " << worst_y << ")";
  return out.str();
}

GoldenDiff compare_golden(const Image& expected, const Image& actual, const std::filesystem::path& diff,
                          const std::vector<Box>& ignore) {
  GoldenDiff result;
  if (expected.width != actual.width || expected.height != actual.height || expected.rgb.empty()) {
    result.size_mismatch = true;
    result.fraction = 1;
    return result;
  }
  const int w = expected.width, h = expected.height;
  const int tiles_x = (w + kTile - 1) / kTile, tiles_y = (h + kTile - 1) / kTile;
  std::vector<int> per_tile(static_cast<size_t>(tiles_x) * static_cast<size_t>(tiles_y), 0);
  Image picture = expected;
  size_t differing = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(w) + x) * 3;
      if (std::any_of(ignore.begin(), ignore.end(), [&](const Box& box) { return box.contains(x, y); })) {
        picture.rgb[i] = picture.rgb[i + 1] = 0;
        picture.rgb[i + 2] = 255;
        continue;
      }
      int worst = 0;
      for (size_t c = 0; c < 3; ++c)
        worst = std::max(worst, std::abs(expected.rgb[i + c] - actual.rgb[i + c]));
      const bool differs = worst > kChannelSlack;
      differing += differs;
      per_tile[static_cast<size_t>(y / kTile) * static_cast<size_t>(tiles_x) + x / kTile] += differs;
      for (size_t c = 0; c < 3; ++c)
        picture.rgb[i + c] =
            differs ? (c == 0 ? 255 : 0) : static_cast<uint8_t>(155 + expected.rgb[i + c] * 100 / 255);
    }
  result.fraction = static_cast<double>(differing) / (static_cast<double>(w) * h);
  for (int ty = 0; ty < tiles_y; ++ty)
    for (int tx = 0; tx < tiles_x; ++tx) {
      // Edge tiles are smaller: measured against their real area.
      const int area =
          (std::min(w, (tx + 1) * kTile) - tx * kTile) * (std::min(h, (ty + 1) * kTile) - ty * kTile);
      const double share = static_cast<double>(per_tile[static_cast<size_t>(ty) * tiles_x + tx]) / area;
      if (share > result.worst_tile) {
        result.worst_tile = share;
        result.worst_x = tx * kTile;
        result.worst_y = ty * kTile;
      }
    }
  if (!result.passes() && !diff.empty()) (void)write_image_png(picture, diff);
  return result;
}

namespace {

void put_u32(std::string& out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

void put_chunk(std::string& out, const char* type, const std::string& data) {
  put_u32(out, static_cast<uint32_t>(data.size()));
  const std::string body = std::string(type, 4) + data;
  out += body;
  put_u32(out, static_cast<uint32_t>(
                   crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

// A quantised golden has a hundred or so colours: as an indexed PNG (one byte a pixel, zlib level 9)
// it is about a third of stb's RGB file. Returns false when there are more than 256 colours.
bool write_indexed_png(const Image& image, const std::filesystem::path& path) {
  std::map<uint32_t, uint8_t> index;
  std::string palette;
  std::string rows;
  rows.reserve(static_cast<size_t>(image.width + 1) * static_cast<size_t>(image.height));
  for (int y = 0; y < image.height; ++y) {
    rows += '\0';  // filter: none (the palette indices gain nothing from prediction)
    for (int x = 0; x < image.width; ++x) {
      const uint32_t colour = image.pixel(x, y);
      auto [found, added] = index.emplace(colour, static_cast<uint8_t>(index.size()));
      if (added) {
        if (index.size() > 256) return false;
        for (int shift = 16; shift >= 0; shift -= 8) palette += static_cast<char>((colour >> shift) & 0xFF);
      }
      rows += static_cast<char>(found->second);
    }
  }
  uLongf packed_size = compressBound(static_cast<uLong>(rows.size()));
  std::string packed(packed_size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size,
                reinterpret_cast<const Bytef*>(rows.data()), static_cast<uLong>(rows.size()), 9) != Z_OK)
    return false;
  packed.resize(packed_size);
  std::string header;
  put_u32(header, static_cast<uint32_t>(image.width));
  put_u32(header, static_cast<uint32_t>(image.height));
  header += std::string("\x08\x03\x00\x00\x00", 5);  // 8-bit indices, palette, deflate, no interlace
  std::string png = "\x89PNG\r\n\x1a\n";
  put_chunk(png, "IHDR", header);
  put_chunk(png, "PLTE", palette);
  put_chunk(png, "IDAT", packed);
  put_chunk(png, "IEND", "");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(png.data(), static_cast<std::streamsize>(png.size()));
  return static_cast<bool>(out);
}

}  // namespace

bool write_image_png(const Image& image, const std::filesystem::path& path) {
  if (write_indexed_png(image, path)) return true;
  return static_cast<bool>(write_png(RgbImage{image.width, image.height, image.rgb}, path));
}

}  // namespace kiosk::ui::test
