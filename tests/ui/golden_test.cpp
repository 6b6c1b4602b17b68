// Golden screenshots of the shell's screens (attract, home, staff) in ja and en, landscape and
// portrait, rendered by the real kiosk binary offscreen and compared with tests/ui/golden/*.png.
// The tolerance ignores font anti-aliasing and renderer rounding (a channel within kChannelSlack
// counts as equal) but not a missing chart, a missing line or cut-off text (more than kMaxDiffering
// of the pixels differing). On a failure the diff image (differing pixels red over a faded copy of
// the expected one) is written beside the actual render and its path printed.
// Regenerate on purpose with tests/ui/regenerate-goldens.sh, then look at the PNGs.
#include <algorithm>
#include <cstdlib>

#include <gtest/gtest.h>

#include "render/screenshot.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

constexpr int kChannelSlack = 48;        // per channel, out of 255
constexpr double kMaxDiffering = 0.004;  // fraction of pixels (0.4% of 1080p is ~8,300 pixels)

struct Shot {
  const char* screen;
  const char* lang;
  const char* size;
  const char* orientation;
};

std::string golden_name(const Shot& shot) {
  return std::string(shot.screen) + "-" + shot.lang + "-" + shot.orientation + ".png";
}

// Fraction of pixels that differ; writes `diff` when it exceeds the limit.
double compare(const Image& expected, const Image& actual, const std::filesystem::path& diff) {
  if (expected.width != actual.width || expected.height != actual.height) return 1.0;
  RgbImage picture{expected.width, expected.height, expected.rgb};
  size_t differing = 0;
  for (size_t i = 0; i + 2 < expected.rgb.size(); i += 3) {
    int worst = 0;
    for (size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(expected.rgb[i + c] - actual.rgb[i + c]));
    const bool differs = worst > kChannelSlack;
    differing += differs;
    for (size_t c = 0; c < 3; ++c)
      picture.pixels[i + c] = differs ? (c == 0 ? 255 : 0) : static_cast<uint8_t>(155 + expected.rgb[i + c] * 100 / 255);
  }
  const double fraction = static_cast<double>(differing) / (static_cast<double>(expected.rgb.size()) / 3);
  if (fraction > kMaxDiffering) (void)write_png(picture, diff);
  return fraction;
}

class ShellGolden : public ::testing::TestWithParam<Shot> {};

TEST_P(ShellGolden, MatchesTheGoldenScreenshot) {
  const Shot& shot = GetParam();
  static TempDir dir;  // one data dir for all: the built-in bundle is loaded once
  const std::string name = golden_name(shot);
  const auto actual_path = std::filesystem::path(KIOSK_GOLDEN_OUT_DIR) / name;
  std::filesystem::create_directories(actual_path.parent_path());
  const CommandResult run =
      run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot", actual_path.string(), "--screen",
                 shot.screen, "--lang", shot.lang, "--size", shot.size, "--now", "2026-12-17T10:00"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto golden_path = std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/ui/golden" / name;
  ASSERT_TRUE(std::filesystem::exists(golden_path)) << golden_path << " is missing: run tests/ui/regenerate-goldens.sh";
  const Image expected = read_png(golden_path);
  const Image actual = read_png(actual_path);
  const auto diff = actual_path.parent_path() / ("diff-" + name);
  const double fraction = compare(expected, actual, diff);
  EXPECT_LE(fraction, kMaxDiffering) << name << ": " << fraction * 100 << "% of the pixels differ; actual "
                                     << actual_path << ", diff " << diff;
}

INSTANTIATE_TEST_SUITE_P(
    Shell, ShellGolden,
    ::testing::Values(Shot{"attract", "ja", "1920x1080", "landscape"}, Shot{"attract", "en", "1920x1080", "landscape"},
                      Shot{"attract", "ja", "1080x1920", "portrait"}, Shot{"attract", "en", "1080x1920", "portrait"},
                      Shot{"home", "ja", "1920x1080", "landscape"}, Shot{"home", "en", "1920x1080", "landscape"},
                      Shot{"home", "ja", "1080x1920", "portrait"}, Shot{"home", "en", "1080x1920", "portrait"},
                      Shot{"staff", "ja", "1920x1080", "landscape"}, Shot{"staff", "en", "1920x1080", "landscape"},
                      Shot{"staff", "ja", "1080x1920", "portrait"}, Shot{"staff", "en", "1080x1920", "portrait"}),
    [](const ::testing::TestParamInfo<Shot>& shot_info) {
      return std::string(shot_info.param.screen) + "_" + shot_info.param.lang + "_" + shot_info.param.orientation;
    });

}  // namespace
}  // namespace kiosk::ui::test
