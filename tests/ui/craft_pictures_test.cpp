// Craft pictures: a craft's photo from the asset store drawn in its card (decoded and shrunk once, at
// load), and a designed placeholder with one clear warning when the picture is missing or broken.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stb_image_write.h>  // Debian libstb-dev: the test writes its own small PNG

#include "render/craft_pictures.hpp"
#include "screen_render.hpp"
#include "screens/crafts.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

constexpr uint32_t kPhoto = 0xC81EA0;  // a magenta no palette colour or text anti-aliasing comes near
constexpr const char* kSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

int channel_distance(uint32_t a, uint32_t b) {
  int worst = 0;
  for (int shift : {16, 8, 0})
    worst = std::max(worst,
                     std::abs(static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF)));
  return worst;
}

size_t pixels_near(const Image& image, uint32_t colour) {
  size_t count = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) count += channel_distance(image.pixel(x, y), colour) <= 6;
  return count;
}

// A 600x400 photo of one colour, larger than a thumbnail so the load has to shrink it.
std::filesystem::path write_photo(const TempDir& dir) {
  const int width = 600, height = 400;
  std::vector<uint8_t> rgb(static_cast<size_t>(width) * height * 3);
  for (size_t i = 0; i < rgb.size(); i += 3) {
    rgb[i] = (kPhoto >> 16) & 0xFF;
    rgb[i + 1] = (kPhoto >> 8) & 0xFF;
    rgb[i + 2] = kPhoto & 0xFF;
  }
  const auto path = dir.path() / "photo.png";
  EXPECT_NE(stbi_write_png(path.c_str(), width, height, 3, rgb.data(), width * 3), 0);
  return path;
}

// The built-in content with Tsugaru-nuri (the first card) pointing at `image`, an asset when `file`
// is given.
model::Content with_picture(const std::string& image, bool listed) {
  model::Content content = builtin_content();
  content.crafts.front().image = image;
  if (listed) content.assets.push_back({image, 1234, kSha});
  return content;
}

struct Rendered {
  Image image;
  std::vector<std::string> warnings;
  CraftPicture picture;  // of tsugaru-nuri; texture null when none
  size_t bytes = 0;
};

Rendered render(const model::Content& content, const std::filesystem::path& file, const std::string& name,
                int loads = 1) {
  Rendered out;
  const CraftsModel model = make_crafts(content.crafts, UiStrings(content.strings, Language::En));
  auto pictures = std::make_shared<CraftPictures>();
  const LogSink log = [&out](LogLevel level, const std::string& message) {
    if (level == LogLevel::Warning) out.warnings.push_back(message);
  };
  const RenderedScreen screen = render_screen(
      content, 1920, 1080, name, [&](const DrawContext& c) { draw_crafts(model, c, pictures->index()); },
      [&](SDL_Renderer* renderer) -> std::shared_ptr<void> {
        for (int i = 0; i < loads; ++i)
          pictures->load(
              renderer, content.crafts, content.assets,
              [&](const std::string& sha) {
                return sha == kSha ? file : std::filesystem::path("/nonexistent");
              },
              log, craft_picture_max_side(make_theme(1920, 1080).metrics));
        if (auto found = pictures->index().find("tsugaru-nuri"); found != pictures->index().end())
          out.picture = found->second;
        out.bytes = pictures->texture_bytes();
        return pictures;
      });
  out.image = screen.image;
  return out;
}

TEST(CraftPictures, APhotoIsShownInItsCardShrunkToAThumbnail) {
  TempDir dir;
  const Rendered shot = render(with_picture("images/tsugaru.png", true), write_photo(dir), "crafts-photo");
  EXPECT_TRUE(shot.warnings.empty()) << shot.warnings.front();
  ASSERT_NE(shot.picture.texture, nullptr);
  const int max_side = craft_picture_max_side(make_theme(1920, 1080).metrics);
  EXPECT_EQ(shot.picture.width, max_side) << "600x400 shrunk to the thumbnail side";
  EXPECT_EQ(shot.picture.height, max_side * 400 / 600);
  EXPECT_EQ(shot.bytes, static_cast<size_t>(shot.picture.width * shot.picture.height * 4));
  // The tile is the photo cropped to a square: nearly all of its pixels are the photo's colour.
  const float side = craft_tile_side(make_theme(1920, 1080).metrics);
  EXPECT_GT(pixels_near(shot.image, kPhoto), static_cast<size_t>(side * side * 0.9f));
}

TEST(CraftPictures, AMissingFileGivesThePlaceholderAndOneWarningNamingCraftAndFile) {
  TempDir dir;
  // Loaded twice (as after a device reset): still one warning.
  const Rendered shot =
      render(with_picture("images/tsugaru.png", true), dir.path() / "gone.png", "crafts-missing", 2);
  ASSERT_EQ(shot.warnings.size(), 1u);
  EXPECT_THAT(shot.warnings[0], AllOf(HasSubstr("tsugaru-nuri"), HasSubstr("images/tsugaru.png"),
                                      HasSubstr("gone.png"), HasSubstr("placeholder")));
  EXPECT_EQ(shot.picture.texture, nullptr);
  EXPECT_EQ(pixels_near(shot.image, kPhoto), 0u);
  // Aomori's placeholder tile: Okabe-Ito blue (0, 114, 178) over most of the tile.
  const float side = craft_tile_side(make_theme(1920, 1080).metrics);
  EXPECT_GT(pixels_near(shot.image, 0x0072B2), static_cast<size_t>(side * side * 0.6f));
}

TEST(CraftPictures, AnUndecodableOrUnlistedPictureIsNamedInTheWarning) {
  TempDir dir;
  const auto broken = dir.path() / "broken.png";
  std::ofstream(broken) << "not a png";
  const Rendered bad = render(with_picture("images/tsugaru.png", true), broken, "crafts-broken");
  ASSERT_EQ(bad.warnings.size(), 1u);
  EXPECT_THAT(bad.warnings[0], AllOf(HasSubstr("tsugaru-nuri"), HasSubstr("cannot decode the image")));
  const Rendered unlisted = render(with_picture("images/elsewhere.png", false), broken, "crafts-unlisted");
  ASSERT_EQ(unlisted.warnings.size(), 1u);
  EXPECT_EQ(
      unlisted.warnings[0],
      "crafts: tsugaru-nuri is shown with a placeholder instead of images/elsewhere.png: the image is not "
      "among the content's assets");
}

TEST(CraftPictures, BuiltinCraftsHaveNoPicturesAndLoadWithoutWarnings) {
  const Rendered shot = render(builtin_content(), {}, "crafts-builtin");
  EXPECT_TRUE(shot.warnings.empty());
  EXPECT_EQ(shot.bytes, 0u);
}

TEST(ShrinkToFit, AveragesTheCoveredPixelsAndKeepsTheAspectRatio) {
  RgbaImage image{4, 2, {}};
  for (int i = 0; i < 8; ++i) image.pixels.insert(image.pixels.end(), {uint8_t(i * 10), 0, 255, 255});
  const RgbaImage half = shrink_to_fit(image, 2);
  ASSERT_EQ(half.width, 2);
  ASSERT_EQ(half.height, 1);
  EXPECT_EQ(half.pixels[0], (0 + 10 + 40 + 50 + 2) / 4) << "mean of the 2x2 block";
  EXPECT_EQ(half.pixels[4], (20 + 30 + 60 + 70 + 2) / 4);
  EXPECT_EQ(shrink_to_fit(image, 8).width, 4) << "already small enough: unchanged";
  const RgbaImage strip = shrink_to_fit(RgbaImage{1000, 1, std::vector<uint8_t>(4000, 9)}, 10);
  EXPECT_EQ(strip.height, 1) << "never less than one pixel";
}

}  // namespace
}  // namespace kiosk::ui::test
