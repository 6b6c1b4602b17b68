// Golden screenshot comparison. Goldens are stored at half size (each pixel the mean of a 2x2 block,
// channels rounded to multiples of kQuantum) so that 52 of them stay small in git; a render is reduced
// the same way before it is compared.
//
// Two limits, because they catch different failures:
// - global: more than kMaxDiffering of all pixels differ (a missing panel, a shifted layout);
// - local: in some 16x16 tile more than kMaxTileDiffering of the pixels differ (one missing word, a
//   line of text cut off, a missing chart line), which is far too few pixels for the global limit.
// A pixel differs when a channel is off by more than kChannelSlack: anti-aliasing and renderer
// rounding stay below it, and they are scattered, never a dense patch.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {

inline constexpr int kChannelSlack = 48;           // per channel, out of 255
inline constexpr double kMaxDiffering = 0.004;     // of all pixels
inline constexpr int kTile = 16;                   // tile side, in reduced pixels (32 render pixels)
inline constexpr double kMaxTileDiffering = 0.12;  // of one tile's pixels
inline constexpr int kQuantum = 16;                // channel step of a stored golden (error <= 8)

Image reduce_for_golden(const Image& render);  // half size, 2x2 mean, channels quantised to kQuantum

struct Box {  // a rectangle in reduced pixels
  int x = 0, y = 0, w = 0, h = 0;
  bool contains(int px, int py) const { return px >= x && px < x + w && py >= y && py < y + h; }
};

struct GoldenDiff {
  double fraction = 0;           // differing pixels / all pixels (1 when the sizes differ)
  double worst_tile = 0;         // differing pixels / tile pixels, for the worst tile
  int worst_x = 0, worst_y = 0;  // that tile's top-left corner, in reduced pixels
  bool size_mismatch = false;
  bool passes() const {
    return !size_mismatch && fraction <= kMaxDiffering && worst_tile <= kMaxTileDiffering;
  }
  std::string describe() const;  // "0.12% of pixels differ, worst tile 40% at (320, 96)"
};

// Compares two reduced images; pixels inside `ignore` count as equal (values of a live process, such
// as the staff screen's uptime and frame rate). Writes `diff` (differing pixels red over a faded copy
// of `expected`, ignored boxes blue) when the comparison fails and `diff` is not empty.
GoldenDiff compare_golden(const Image& expected, const Image& actual, const std::filesystem::path& diff = {},
                          const std::vector<Box>& ignore = {});

bool write_image_png(const Image& image, const std::filesystem::path& path);

}  // namespace kiosk::ui::test
