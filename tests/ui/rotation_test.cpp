// A panel mounted turned: the picture and the touches turn together. The mapping on its own, then the
// kiosk binary: a turned panel shows exactly the portrait layout turned, and a replayed tap given in
// panel pixels (what a touch controller reports) opens the control drawn under it.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/panel_rotation.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::HasSubstr;

constexpr PixelSize kPanel{1920, 1080};

TEST(PanelRotation, QuarterTurnsSwapTheUiSize) {
  EXPECT_EQ(PanelRotation::make(90, kPanel)->ui_size().width, 1080);
  EXPECT_EQ(PanelRotation::make(270, kPanel)->ui_size().height, 1920);
  EXPECT_EQ(PanelRotation::make(180, kPanel)->ui_size().width, 1920);
  EXPECT_FALSE(PanelRotation::make(0, kPanel)->turned());
  EXPECT_EQ(PanelRotation::make(45, kPanel).error().message, "rotation 45 is not one of 0, 90, 180, 270");
}

TEST(PanelRotation, CornersLandWhereAQuarterTurnPutsThem) {
  // Turned 90 clockwise, the ui's top-left corner shows at the panel's top-right; at 270, bottom-left.
  const auto at = [](int degrees, ImVec2 ui) { return PanelRotation::make(degrees, kPanel)->to_panel(ui); };
  EXPECT_EQ(at(90, {0, 0}).x, 1920);
  EXPECT_EQ(at(90, {0, 0}).y, 0);
  EXPECT_EQ(at(90, {0, 1920}).x, 0);  // ui bottom-left -> panel top-left
  EXPECT_EQ(at(270, {0, 0}).x, 0);
  EXPECT_EQ(at(270, {0, 0}).y, 1080);
  EXPECT_EQ(at(180, {0, 0}).x, 1920);
  EXPECT_EQ(at(180, {0, 0}).y, 1080);
}

TEST(PanelRotation, ToUiUndoesToPanel) {
  for (int degrees : {0, 90, 180, 270}) {
    const PanelRotation r = *PanelRotation::make(degrees, kPanel);
    for (ImVec2 p : {ImVec2(0, 0), ImVec2(100, 700), ImVec2(1079, 1919), ImVec2(540.5f, 3)}) {
      if (degrees % 180 == 0 && p.x >= 1080) continue;
      const ImVec2 back = r.to_ui(r.to_panel(p));
      EXPECT_FLOAT_EQ(back.x, p.x) << degrees;
      EXPECT_FLOAT_EQ(back.y, p.y) << degrees;
    }
  }
}

// The ui pixel a panel pixel shows: the one under the panel pixel's centre.
uint32_t ui_pixel_under(const Image& ui, const PanelRotation& r, int x, int y) {
  const ImVec2 p = r.to_ui(ImVec2(static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f));
  return ui.pixel(static_cast<int>(p.x), static_cast<int>(p.y));
}

class TurnedPanel : public ::testing::TestWithParam<int> {};

TEST_P(TurnedPanel, ShowsTheUprightLayoutTurned) {
  const int degrees = GetParam();
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  const PanelRotation rotation = *PanelRotation::make(degrees, kPanel);
  const PixelSize ui = rotation.ui_size();
  const auto upright = dir.path() / "upright.png", turned = dir.path() / "turned.png";
  const std::string ui_size = std::to_string(ui.width) + "x" + std::to_string(ui.height);
  CommandResult run = run_kiosk({"--data-dir", data, "--now", "2026-12-17T10:00", "--screen", "home", "--size",
                                 ui_size, "--screenshot", upright.string()});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  run = run_kiosk({"--data-dir", data, "--now", "2026-12-17T10:00", "--screen", "home", "--size", "1920x1080",
                   "--rotate", std::to_string(degrees), "--screenshot", turned.string()});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("panel turned " + std::to_string(degrees) + " degrees"));

  const Image a = read_png(upright), b = read_png(turned);
  ASSERT_EQ(b.width, 1920);
  ASSERT_EQ(b.height, 1080);
  ASSERT_EQ(a.width, ui.width);
  int differing = 0;
  for (int y = 0; y < b.height; ++y)
    for (int x = 0; x < b.width; ++x) differing += b.pixel(x, y) != ui_pixel_under(a, rotation, x, y);
  EXPECT_EQ(differing, 0) << "of " << b.width * b.height << " pixels";
}

INSTANTIATE_TEST_SUITE_P(QuarterTurns, TurnedPanel, ::testing::Values(90, 180, 270));

TEST(TurnedPanel, ATapInPanelPixelsOpensTheControlDrawnThere) {
  // Portrait home (1080x1920): the 地域指標 tile, first of four stacked, covers ui (540, 400). On a
  // landscape panel turned 90 clockwise that point shows at panel (1920 - 400, 540) = (1520, 540).
  // Read unturned, x = 1520 lies outside the 1080-wide ui altogether.
  TempDir dir;
  const auto script = dir.path() / "turned.replay";
  std::ofstream(script) << "tap 960 540\nexpect home\ntap 1520 540\nexpect indicators\n";
  const CommandResult run =
      run_kiosk({"--data-dir", (dir.path() / "data").string(), "--now", "2026-12-17T10:00", "--size", "1920x1080",
                 "--rotate", "90", "--replay", script.string()});
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

}  // namespace
}  // namespace kiosk::ui::test
