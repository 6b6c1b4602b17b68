// The real kiosk binary renders its first screen offscreen into a PNG: right size, not blank, in both
// languages and both orientations, loading the built-in content into an empty data dir first.
#include <fstream>
#include <map>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct ScreenshotCase {
  std::string language;
  std::string size;  // empty = the kiosk's default (1920x1080)
  int width;
  int height;
};

// Readable names in ctest output instead of a byte dump.
void PrintTo(const ScreenshotCase& c, std::ostream* out) {
  *out << "--lang " << c.language << " " << c.width << "x" << c.height;
}

std::string case_name(const ::testing::TestParamInfo<ScreenshotCase>& info) {
  return info.param.language + "_" + std::to_string(info.param.width) + "x" +
         std::to_string(info.param.height);
}

std::vector<std::string> screenshot_args(const std::filesystem::path& data, const std::filesystem::path& png,
                                         const std::string& language, const std::string& size) {
  std::vector<std::string> args = {"--data-dir", data.string(), "--screenshot",
                                   png.string(), "--lang",      language};
  if (!size.empty()) args.insert(args.end(), {"--size", size});
  return args;
}

struct ContentArea {  // statistics of the part below the title bar
  size_t distinct_colours = 0;
  double non_background = 0;  // share of pixels that differ from the most common colour
};

ContentArea measure_content_area(const Image& image) {
  std::map<uint32_t, size_t> histogram;
  const int top = image.height / 8;  // safely below the title bar in both orientations
  for (int y = top; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) ++histogram[image.pixel(x, y)];
  size_t most = 0, total = 0;
  for (const auto& [colour, count] : histogram) {
    most = std::max(most, count);
    total += count;
  }
  return {histogram.size(), total ? 1.0 - static_cast<double>(most) / static_cast<double>(total) : 0};
}

double luminance(uint32_t rgb) {
  return 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
}

class KioskScreenshot : public ::testing::TestWithParam<ScreenshotCase> {};

TEST_P(KioskScreenshot, RendersAFilledScreenAtTheRequestedSize) {
  const ScreenshotCase& c = GetParam();
  TempDir dir;
  const auto png = dir.path() / "out.png";
  const CommandResult run = run_kiosk(screenshot_args(dir.path() / "data", png, c.language, c.size));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("loaded built-in content version"));
  EXPECT_THAT(run.output, HasSubstr("font atlas"));
  EXPECT_THAT(run.output, Not(HasSubstr("not in strings.csv"))) << "a UI string the screen uses is missing";

  const Image image = read_png(png);
  ASSERT_EQ(image.width, c.width);
  ASSERT_EQ(image.height, c.height);
  EXPECT_LT(luminance(image.pixel(2, 2)), 80) << "the title bar should be dark (navy)";
  const ContentArea area = measure_content_area(image);
  // Anti-aliased kanji, Latin text, cards and figures produce hundreds of colours; a blank or
  // single-colour frame has a handful.
  EXPECT_GT(area.distinct_colours, 100u);
  EXPECT_GT(area.non_background, 0.05) << "the content area is mostly background: nothing drawn?";
}

INSTANTIATE_TEST_SUITE_P(BothLanguagesAndOrientations, KioskScreenshot,
                         ::testing::Values(ScreenshotCase{"ja", "", 1920, 1080},
                                           ScreenshotCase{"en", "", 1920, 1080},
                                           ScreenshotCase{"ja", "1080x1920", 1080, 1920},
                                           ScreenshotCase{"en", "1080x1920", 1080, 1920}),
                         case_name);

TEST(KioskScreenshotLanguage, JapaneseAndEnglishScreensDiffer) {
  TempDir dir;
  const auto data = dir.path() / "data";
  ASSERT_EQ(run_kiosk(screenshot_args(data, dir.path() / "ja.png", "ja", "")).exit_code, 0);
  ASSERT_EQ(run_kiosk(screenshot_args(data, dir.path() / "en.png", "en", "")).exit_code, 0);
  const Image ja = read_png(dir.path() / "ja.png");
  const Image en = read_png(dir.path() / "en.png");
  ASSERT_EQ(ja.rgb.size(), en.rgb.size());
  size_t differing = 0;
  for (size_t i = 0; i < ja.rgb.size(); i += 3)
    if (ja.rgb[i] != en.rgb[i] || ja.rgb[i + 1] != en.rgb[i + 1] || ja.rgb[i + 2] != en.rgb[i + 2])
      ++differing;
  EXPECT_GT(differing, ja.rgb.size() / 3 / 100) << "--lang en should change the text on screen";
}

TEST(KioskContentBootstrap, LoadsTheBuiltinBundleOnlyIntoAnEmptyDataDir) {
  TempDir dir;
  const auto data = dir.path() / "data";
  const CommandResult first = run_kiosk(screenshot_args(data, dir.path() / "1.png", "ja", "640x360"));
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_THAT(first.output, HasSubstr("loaded built-in content version 1"));
  const CommandResult second = run_kiosk(screenshot_args(data, dir.path() / "2.png", "ja", "640x360"));
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_THAT(second.output, Not(HasSubstr("loaded built-in content")));
  EXPECT_THAT(second.output, HasSubstr("showing content version 1"));
}

TEST(KioskScreenshotErrors, UnwritableOutputFailsWithThePathInTheMessage) {
  TempDir dir;
  const auto png = dir.path() / "missing-folder" / "out.png";
  const CommandResult run = run_kiosk(screenshot_args(dir.path() / "data", png, "ja", "640x360"));
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("cannot write screenshot " + png.string()));
}

TEST(KioskScreenshotErrors, MissingBuiltinBundleNamesIt) {
  TempDir dir;
  const auto bundle = dir.path() / "no-such-bundle";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--builtin",
                                       bundle.string(), "--screenshot", (dir.path() / "out.png").string()});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("cannot load the built-in content " + bundle.string()));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out.png"));
}

TEST(KioskFonts, AFontWithoutJapaneseIsReportedInTheLog) {
  const std::filesystem::path latin_only = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  ASSERT_TRUE(std::filesystem::exists(latin_only)) << latin_only << " is missing: toolchains/install-deps.sh installs fonts-dejavu-core";
  TempDir dir;
  const CommandResult run =
      run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot",
                 (dir.path() / "out.png").string(), "--size", "640x360", "--font", latin_only.string()});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output,
              HasSubstr("characters of the content are not in DejaVuSans.ttf and will show as '?': "));
  EXPECT_THAT(run.output, HasSubstr("U+3042 \u3042"));  // あ
}

TEST(KioskFonts, AFileThatIsNotAFontFailsNamingIt) {
  TempDir dir;
  const auto not_a_font = dir.path() / "notes.ttf";
  { std::ofstream(not_a_font) << std::string(4096, 'x'); }
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot",
                                       (dir.path() / "out.png").string(), "--font", not_a_font.string()});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("FreeType cannot read font " + not_a_font.string() + " (face 0)"));
}

}  // namespace
}  // namespace kiosk::ui::test
