// The ui shell: the screen router (--screen names), replays driven through SDL's event queue
// (attract -> home -> indicators, idle timeout, the staff corner and PIN), the replay parser's
// messages, and golden screenshots of attract / home / staff in both languages and orientations.
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden_compare.hpp"
#include "navigation/navigator.hpp"
#include "replay/replay_script.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::HasSubstr;

constexpr const char* kNow = "2026-12-17T10:00";

CommandResult run_replay(const TempDir& dir, const std::string& script, std::vector<std::string> extra = {}) {
  const auto file = dir.path() / "test.replay";
  std::ofstream(file) << script;
  std::vector<std::string> args{"--data-dir", (dir.path() / "data").string(), "--replay", file.string(),
                                "--now", kNow};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_kiosk(args);
}

TEST(ScreenRoutes, ParseEveryScreenNameAndBack) {
  for (const char* name : {"attract", "attract:s01-population", "home", "indicators", "indicator:pop_tohoku",
                           "events", "event:e1", "exhibitors", "map", "crafts", "staff"}) {
    auto route = parse_route(name);
    ASSERT_TRUE(route) << name;
    EXPECT_EQ(route_name(*route), name);
  }
  EXPECT_EQ(parse_route("indicator").error().message, "screen \"indicator\": needs an id (indicator:ID)");
  EXPECT_THAT(parse_route("settings").error().message, HasSubstr("\"settings\" is not a screen (attract, attract:SLIDE, home"));
  EXPECT_EQ(parse_route("home:x").error().message, "screen \"home:x\": home takes no id");
}

TEST(ScreenRoutes, BackReturnsToTheListAndNeverToAttract) {
  Navigator nav;
  nav.home();
  nav.open({Screen::Indicators, {}});
  nav.open({Screen::IndicatorDetail, "pop"});
  nav.back();
  EXPECT_EQ(nav.current().screen, Screen::Indicators);
  nav.back();
  EXPECT_EQ(nav.current().screen, Screen::Home);
  nav.back();
  EXPECT_EQ(nav.current().screen, Screen::Home);
}

TEST(ReplayScript, ErrorsNameFileAndLine) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"tap 1 2\ndrag 1 2\n", "walk.replay:2: drag: needs x1 y1 x2 y2 ms (got 2 values)"},
      {"# c\n\njump 1\n", "walk.replay:3: \"jump\" is not a step (tap, drag, hold, wait, key, lang, screenshot, expect)"},
      {"tap 1 x\n", "walk.replay:1: tap: \"x\" is not a number from 0 to 3600000 (x y)"},
      // Values that once reached an int cast as inf, NaN or far out of range (tests/fuzz/regressions/replay).
      {"drag 1 1 2 2 1e10\n", "walk.replay:1: drag: \"1e10\" is not a number from 0 to 3600000 (x1 y1 x2 y2 ms)"},
      {"wait nan\n", "walk.replay:1: wait: \"nan\" is not a number from 0 to 3600000 (ms)"},
      {"hold inf 2 3\n", "walk.replay:1: hold: \"inf\" is not a number from 0 to 3600000 (x y ms)"},
      {"lang fr\n", "walk.replay:1: lang: \"fr\" is not a language (ja or en)"},
  };
  for (const auto& c : cases) {
    auto parsed = parse_replay(c.text, "dir/walk.replay");
    ASSERT_FALSE(parsed) << c.text;
    EXPECT_EQ(parsed.error().message, c.message);
  }
  auto ok = parse_replay("tap 10 20 # wake\nwait 100\nscreenshot a.png\n", "dir/walk.replay");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->steps.size(), 3u);
  EXPECT_EQ(ok->steps[2].text, "dir/a.png");
}

TEST(KioskScreens, ScreensNotBuiltYetOrUnknownFailWithAClearMessage) {
  TempDir dir;
  const auto out = (dir.path() / "x.png").string();
  const auto data = (dir.path() / "data").string();
  CommandResult run = run_kiosk({"--data-dir", data, "--screenshot", out, "--screen", "lobby"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("screen \"lobby\" is not a screen"));
  run = run_kiosk({"--data-dir", data, "--screenshot", out, "--screen", "indicator:no_such"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("screen \"indicator:no_such\": no item \"no_such\""));
  run = run_kiosk({"--data-dir", data, "--screenshot", out, "--screen", "attract:no_such_slide"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("screen \"attract:no_such_slide\": no item \"no_such_slide\""));
}

// attract:SLIDE shows that slide of the playlist, not the first: the screenshots differ.
TEST(KioskScreens, AttractWithASlideIdShowsThatSlide) {
  TempDir dir;
  const auto data = (dir.path() / "data").string();
  const auto first = dir.path() / "first.png", kpi = dir.path() / "kpi.png";
  CommandResult run = run_kiosk({"--data-dir", data, "--screenshot", first.string(), "--screen", "attract"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  run = run_kiosk({"--data-dir", data, "--screenshot", kpi.string(), "--screen", "attract:s05-kpi-renewables"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(read_png(first).rgb, read_png(kpi).rgb);
  run = run_kiosk({"--data-dir", data, "--screenshot", kpi.string(), "--screen", "attract:s01-population"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_EQ(read_png(first).rgb, read_png(kpi).rgb) << "the first slide named by its id";
}

TEST(KioskReplay, AttractTapHomeIndicatorsThenHome) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "expect attract\n"
                                       "tap 960 600\n"
                                       "expect home\n"
                                       "tap 400 300      # 地域指標 tile\n"
                                       "expect indicators\n"
                                       "screenshot walk-indicators.png\n");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "walk-indicators.png"));
}

TEST(KioskReplay, IdleTimeoutReturnsToAttract) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "tap 960 600\n"
                                       "expect home\n"
                                       "wait 1600\n"
                                       "expect attract\n",
                                       {"--idle-timeout", "1"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

// Landscape 1920x1080 places: the 戻る back button (103, 153); the first indicator card (900, 508) under the
// category tabs; the 再生可能エネルギー tab (438, 224); the 出展者 home tile (400, 800); booth T-08 on the
// map (1221, 749).
TEST(KioskReplay, IndicatorCardOpensItsChartAndBackReturnsToTheList) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "tap 960 600\nexpect home\n"
                                       "tap 400 300\nexpect indicators\n"
                                       "tap 900 508\nexpect indicator:pop_tohoku\n"
                                       "tap 103 153\nexpect indicators\n"
                                       "tap 103 153\nexpect home\n");
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

// Portrait detail: a related indicator's card opens its detail, and back shows the first one again
// (its own chart, not the related one's: the model is rebuilt for the route back).
TEST(KioskReplay, RelatedIndicatorOpensAndBackRestoresTheFirstDetail) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "tap 540 870\nexpect indicator:tertiary_employment_share\n"
                                       "tap 103 153\nexpect indicator:auto_employees\nscreenshot back.png\n",
                                       {"--size", "1080x1920", "--screen", "indicator:auto_employees"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto direct = dir.path() / "direct.png";
  const CommandResult shot =
      run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot", direct.string(), "--screen",
                 "indicator:auto_employees", "--size", "1080x1920", "--now", kNow});
  ASSERT_EQ(shot.exit_code, 0) << shot.output;
  const GoldenDiff diff = compare_golden(reduce_for_golden(read_png(direct)),
                                         reduce_for_golden(read_png(dir.path() / "back.png")));
  EXPECT_TRUE(diff.passes()) << diff.describe();
}

TEST(KioskReplay, CategoryTabNarrowsTheListToItsIndicators) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "tap 960 600\ntap 400 300\nexpect indicators\n"
                                       "tap 438 224    # 再生可能エネルギー\n"
                                       "tap 900 508\nexpect indicator:fit_capacity\n");
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

TEST(KioskReplay, ExhibitorsTileOpensTheMapAndABoothTapHighlightsIt) {
  TempDir dir;
  const CommandResult run = run_replay(dir,
                                       "tap 960 600\ntap 400 800\nexpect exhibitors\n"
                                       "screenshot before.png\n"
                                       "tap 1221 749   # booth T-08\n"
                                       "screenshot after.png\n");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Image before = read_png(dir.path() / "before.png"), after = read_png(dir.path() / "after.png");
  ASSERT_EQ(after.width, 1920);
  // Inside T-08, away from its number and outline: white before, the selection colour after.
  EXPECT_EQ(before.pixel(1190, 715), 0xFFFFFFu);
  EXPECT_NE(after.pixel(1190, 715), 0xFFFFFFu);
  const uint32_t selected = after.pixel(1190, 715);
  EXPECT_GT(selected >> 16 & 0xFF, (selected & 0xFF) + 100) << std::hex << selected;  // orange: red >> blue
}

TEST(KioskScreens, MapWithAnIdSelectsThatBoothAndAnUnknownIdFails) {
  TempDir dir;
  const auto out = dir.path() / "map.png";
  const auto data = (dir.path() / "data").string();
  CommandResult run = run_kiosk({"--data-dir", data, "--screenshot", out.string(), "--screen", "map:sample-univ-semi"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const uint32_t selected = read_png(out).pixel(1190, 715);  // inside booth T-08 (see above)
  EXPECT_GT(selected >> 16 & 0xFF, (selected & 0xFF) + 100) << std::hex << selected;
  run = run_kiosk({"--data-dir", data, "--screenshot", out.string(), "--screen", "map:no_such"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("screen \"map:no_such\": no item \"no_such\""));
}

TEST(KioskReplay, ExpectNamesTheScreenShown) {
  TempDir dir;
  const CommandResult run = run_replay(dir, "expect home\n");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("test.replay:1: expect: the screen is \"attract\", not \"home\""));
}

// PIN pad keys at 1080x1920 (centres): 1 2 3 / 4 5 6 / 7 8 9 / C 0 OK.
constexpr const char* kWrongPin = "tap 405 347\ntap 405 347\ntap 405 347\ntap 405 347\ntap 674 752\n";
constexpr const char* kRightPin = "tap 539 347\ntap 405 483\ntap 674 483\ntap 539 617\ntap 674 752\n";

TEST(KioskReplay, CornerHoldAndWrongPinDoesNotOpenStaff) {
  TempDir dir;
  const CommandResult run = run_replay(dir, std::string("hold 20 20 3300\nexpect staff-pin\n") + kWrongPin +
                                                "expect staff-pin\n",
                                       {"--staff-pin", "2468", "--size", "1080x1920"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("staff screen: wrong PIN"));
}

TEST(KioskReplay, CornerHoldAndRightPinOpensStaff) {
  TempDir dir;
  const CommandResult run = run_replay(dir, std::string("hold 20 20 3300\n") + kRightPin + "expect staff\n",
                                       {"--staff-pin", "2468", "--size", "1080x1920"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
}

TEST(KioskReplay, ShortCornerPressOpensNothing) {
  TempDir dir;
  const CommandResult run =
      run_replay(dir, "hold 20 20 1000\nexpect attract\n", {"--staff-pin", "2468", "--size", "1080x1920"});
  EXPECT_EQ(run.exit_code, 0) << run.output;  // the corner is on the title bar: nothing opens
}

}  // namespace
}  // namespace kiosk::ui::test
