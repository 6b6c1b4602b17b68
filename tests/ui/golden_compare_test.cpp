// The golden tolerance proves itself on committed goldens: renderer-sized noise passes, while a
// removed chart, one erased word and a text line cut in half each fail. Without these a tolerance
// loose enough to pass everything would go unnoticed.
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <gtest/gtest.h>

#include "golden_compare.hpp"

namespace kiosk::ui::test {
namespace {

Image golden(const char* name) {
  return read_png(std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/ui/golden" / name);
}

uint8_t* at(Image& image, int x, int y) {
  return &image.rgb[(static_cast<size_t>(y) * static_cast<size_t>(image.width) + x) * 3];
}

bool near(const uint8_t* a, const uint8_t* b) {
  for (int c = 0; c < 3; ++c)
    if (std::abs(a[c] - b[c]) > kChannelSlack) return false;
  return true;
}

// The colour most of a window's top and bottom rows have: its background, when it holds a line of text.
const uint8_t* border_colour(Image& image, const Box& box) {
  const uint8_t* best = at(image, box.x, box.y);
  int best_count = -1;
  for (int y : {box.y, box.y + box.h - 1})
    for (int x = box.x; x < box.x + box.w; x += 8) {  // sampled: the search below tries every window
      int count = 0;
      for (int yy : {box.y, box.y + box.h - 1})
        for (int xx = box.x; xx < box.x + box.w; xx += 4) count += near(at(image, x, y), at(image, xx, yy));
      if (count > best_count) {
        best_count = count;
        best = at(image, x, y);
      }
    }
  return best;
}

// The w x h window below the title bar holding the most "ink" (pixels unlike its background): where
// a word or a line of text is.
Box inkiest(Image& image, int w, int h) {
  Box best{0, 0, w, h};
  int most = -1;
  for (int y = 60; y + h <= image.height; y += 4)
    for (int x = 0; x + w <= image.width; x += 8) {
      const Box box{x, y, w, h};
      const uint8_t* background = border_colour(image, box);
      int ink = 0;
      for (int yy = y; yy < y + h; ++yy)
        for (int xx = x; xx < x + w; ++xx) ink += !near(background, at(image, xx, yy));
      if (ink > most) {
        most = ink;
        best = box;
      }
    }
  return best;
}

void fill(Image& image, const Box& box, const uint8_t* colour_in) {
  const uint8_t colour[3] = {colour_in[0], colour_in[1], colour_in[2]};
  for (int y = box.y; y < box.y + box.h; ++y)
    for (int x = box.x; x < box.x + box.w; ++x) std::copy(colour, colour + 3, at(image, x, y));
}

void erase_text(Image& image, const Box& box) { fill(image, box, border_colour(image, box)); }

// The bounding box of solid runs of a saturated colour (bars, the chart line) below the title bar.
Box chart_marks(Image& image) {
  int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
  for (int y = 60; y < image.height; ++y)
    for (int x = 0, run = 0; x < image.width; ++x) {
      const uint8_t* p = at(image, x, y);
      const bool saturated = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 80;
      run = saturated && x > 0 && near(p, at(image, x - 1, y)) ? run + 1 : 0;
      if (run >= 24) {
        x0 = std::min(x0, x - run);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
      }
    }
  return x1 < 0 ? Box{} : Box{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

TEST(GoldenTolerance, IdenticalImagesPass) {
  const Image home = golden("home-en-landscape.png");
  ASSERT_FALSE(home.rgb.empty());
  const GoldenDiff diff = compare_golden(home, home);
  EXPECT_TRUE(diff.passes()) << diff.describe();
  EXPECT_EQ(diff.fraction, 0);
}

TEST(GoldenTolerance, ChannelNoiseBelowTheSlackPasses) {
  const Image home = golden("home-ja-landscape.png");
  Image noisy = home;
  unsigned seed = 1;
  for (uint8_t& channel : noisy.rgb) {
    seed = seed * 1103515245u + 12345u;
    const int noise = static_cast<int>((seed >> 16) % (2 * kChannelSlack - 1)) - (kChannelSlack - 1);
    channel = static_cast<uint8_t>(std::clamp(channel + noise, 0, 255));
  }
  const GoldenDiff diff = compare_golden(home, noisy);
  std::cout << "channel noise: " << diff.describe() << "\n";
  EXPECT_TRUE(diff.passes()) << diff.describe();
}

TEST(GoldenTolerance, ScatteredAntiAliasingSpecksPass) {
  const Image home = golden("home-ja-landscape.png");
  Image specks = home;
  for (int y = 3; y < specks.height; y += 23)  // one pixel in 23 x 29: 0.15%, a few per tile
    for (int x = 5; x < specks.width; x += 29)
      std::fill(at(specks, x, y), at(specks, x, y) + 3, 255 - *at(specks, x, y));
  const GoldenDiff diff = compare_golden(home, specks);
  std::cout << "specks: " << diff.describe() << "\n";
  EXPECT_TRUE(diff.passes()) << diff.describe();
}

TEST(GoldenTolerance, ARemovedChartFails) {
  const Image chart = golden("indicator-pop_decline_2000_2030-en-landscape.png");
  ASSERT_FALSE(chart.rgb.empty());
  Image removed = chart;
  const Box bars = chart_marks(removed);
  ASSERT_GT(bars.w * bars.h, 2000) << "no bars found in the golden";
  const uint8_t card[3] = {255, 255, 255};
  fill(removed, bars, card);  // the bars not drawn: the card's white where they were
  const GoldenDiff diff = compare_golden(chart, removed);
  std::cout << "removed chart: " << diff.describe() << "\n";
  EXPECT_FALSE(diff.passes()) << diff.describe();
}

TEST(GoldenTolerance, OneErasedWordFails) {
  Image events = golden("events-en-portrait.png");
  ASSERT_FALSE(events.rgb.empty());
  Image erased = events;
  erase_text(erased, inkiest(erased, 40, 12));  // about 80 x 24 render pixels: one word
  const GoldenDiff diff = compare_golden(events, erased);
  std::cout << "erased word: " << diff.describe() << "\n";
  EXPECT_FALSE(diff.passes()) << diff.describe();
  EXPECT_LE(diff.fraction, kMaxDiffering) << "the global limit alone would have missed it";
}

TEST(GoldenTolerance, ALineOfTextCutInHalfFails) {
  Image crafts = golden("crafts-ja-landscape.png");
  ASSERT_FALSE(crafts.rgb.empty());
  Image cut = crafts;
  const Box line = inkiest(cut, 160, 12);  // a line of text ...
  const uint8_t* background = border_colour(cut, line);
  const uint8_t colour[3] = {background[0], background[1], background[2]};
  fill(cut, Box{line.x, line.y + line.h / 2, line.w, line.h - line.h / 2},
       colour);  // ... losing its lower half
  const GoldenDiff diff = compare_golden(crafts, cut);
  std::cout << "line cut in half: " << diff.describe() << "\n";
  EXPECT_FALSE(diff.passes()) << diff.describe();
}

TEST(GoldenTolerance, DifferentSizesFail) {
  const Image home = golden("home-en-landscape.png");
  const Image portrait = golden("home-en-portrait.png");
  EXPECT_FALSE(compare_golden(home, portrait).passes());
}

TEST(GoldenReduce, HalvesTheSizeAndAveragesBlocks) {
  Image render{4, 2, std::vector<uint8_t>(4 * 2 * 3, 0)};
  for (int y = 0; y < 2; ++y) std::fill(at(render, 0, y), at(render, 0, y) + 3, 200);  // column 0 only
  const Image reduced = reduce_for_golden(render);
  ASSERT_EQ(reduced.width, 2);
  ASSERT_EQ(reduced.height, 1);
  EXPECT_EQ(reduced.rgb[0], 96) << "mean of 200, 0, 200, 0 is 100, stored as a multiple of " << kQuantum;
  EXPECT_EQ(reduced.rgb[3], 0);
}

}  // namespace
}  // namespace kiosk::ui::test
