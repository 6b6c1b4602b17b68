// Replays: a visitor searches the exhibitors by typing part of a name on the on-screen keyboard (taps
// on its keys, through the real SDL event path), in Japanese on the katakana grid and in English on the
// Latin keys after switching the language. What is checked is what the visitor sees: the result list
// holds exactly one card, and tapping it highlights that exhibitor's booth, and only that one, on the
// map.
#include <fstream>

#include <gtest/gtest.h>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

// Landscape 1920x1080 places (centres), from the exhibitors screen of the built-in content.
//   katakana grid, gojūon columns from the left (ア カ サ タ ナ ハ マ ヤ ラ ワ ー…), x = 71 + 69.8 * column,
//   rows ア イ ウ エ オ at y = 652 722 792 861 931; the layout switch (ABC / カナ) at (144, 1001).
//   Latin keys: A-M at y = 810, N-Z at y = 875, x = 68 + 64.6 * (letter's place in its row).
//   The result list runs from y 300 to 610 left of x 880; its first card's middle is (450, 380).
constexpr const char* kKanaSe = "tap 211 861\n";
constexpr const char* kKanaN = "tap 699 792\n";
constexpr const char* kKanaSa = "tap 211 652\n";
constexpr const char* kToLatin = "tap 144 1001\n";
constexpr const char* kLatinW = "tap 648 875\n";
constexpr const char* kLatinA = "tap 68 810\n";
constexpr const char* kLatinF = "tap 391 810\n";

struct Box {
  int x0, y0, x1, y1;  // inclusive
};

// Booths as the map draws them (landscape): T-02 and T-05 in the top row.
constexpr Box kBoothT02{1004, 476, 1112, 584};
constexpr Box kBoothT05{1331, 476, 1439, 584};
constexpr Box kMap{900, 470, 1900, 1040};

// Cards in the result list: white runs at least 60 px tall down the list's left edge (x = 45 is inside
// a card's margin, left of any text).
int result_cards(const Image& image) {
  int cards = 0, run = 0;
  for (int y = 290; y < 615; ++y) {
    run = image.pixel(45, y) == 0xFFFFFFu ? run + 1 : 0;
    if (run == 60) ++cards;
  }
  return cards;
}

// Bounding box of the selection colour (Okabe-Ito orange: red well above blue) on the map; {0,0,-1,-1}
// when there is none.
Box highlighted(const Image& image) {
  Box box{image.width, image.height, -1, -1};
  for (int y = kMap.y0; y <= kMap.y1; ++y)
    for (int x = kMap.x0; x <= kMap.x1; ++x) {
      const uint32_t c = image.pixel(x, y);
      if ((c >> 16 & 0xFF) <= (c & 0xFF) + 100 || (c >> 8 & 0xFF) >= 200) continue;
      box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x), std::max(box.y1, y)};
    }
  return box.x1 < 0 ? Box{0, 0, -1, -1} : box;
}

void expect_box_near(const Box& actual, const Box& expected, const char* what) {
  EXPECT_NEAR(actual.x0, expected.x0, 3) << what;
  EXPECT_NEAR(actual.y0, expected.y0, 3) << what;
  EXPECT_NEAR(actual.x1, expected.x1, 3) << what;
  EXPECT_NEAR(actual.y1, expected.y1, 3) << what;
}

struct Walk {
  Image before;   // the exhibitors screen as it opens: every exhibitor listed
  Image typed;    // after typing
  Image selected; // after tapping the first result
};

Walk search_walk(const std::string& typing, const std::string& before_typing = "") {
  TempDir dir;
  const auto script = dir.path() / "search.replay";
  std::ofstream(script) << "tap 960 600\nexpect home\n" << before_typing  //
                        << "tap 400 800\nexpect exhibitors\nscreenshot before.png\n"
                        << typing << "screenshot typed.png\n"
                        << "tap 450 380\nscreenshot selected.png\n";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--now", "2026-12-17T10:00",
                                       "--size", "1920x1080", "--replay", script.string()});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  if (run.exit_code != 0) return {};
  return {read_png(dir.path() / "before.png"), read_png(dir.path() / "typed.png"),
          read_png(dir.path() / "selected.png")};
}

TEST(ExhibitorSearchReplay, PartOfAJapaneseNameOnTheKanaKeysFindsThatExhibitorOnly) {
  // センサ: the middle of サンプルセンサー株式会社 (booth T-05), in no other exhibitor's name.
  const Walk walk = search_walk(std::string(kKanaSe) + kKanaN + kKanaSa);
  ASSERT_EQ(walk.selected.width, 1920);
  EXPECT_GE(result_cards(walk.before), 2) << "the unfiltered list shows several exhibitors";
  EXPECT_EQ(highlighted(walk.before).x1, -1) << "nothing selected before the search";
  EXPECT_EQ(result_cards(walk.typed), 1);
  expect_box_near(highlighted(walk.selected), kBoothT05, "booth T-05 highlighted, nothing else");
}

TEST(ExhibitorSearchReplay, PartOfAnEnglishNameOnTheLatinKeysFindsThatExhibitorOnly) {
  // English first (the title bar's switch), then WAF: Sample Wafer Processing Co. (booth T-02).
  const Walk walk = search_walk(std::string(kToLatin) + kLatinW + kLatinA + kLatinF, "tap 1800 52  # English\n");
  ASSERT_EQ(walk.selected.width, 1920);
  EXPECT_GE(result_cards(walk.before), 2);
  EXPECT_EQ(result_cards(walk.typed), 1);
  expect_box_near(highlighted(walk.selected), kBoothT02, "booth T-02 highlighted, nothing else");
}

}  // namespace
}  // namespace kiosk::ui::test
