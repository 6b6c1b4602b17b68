// Replays: a visitor searches the exhibitors by typing part of a name on the on-screen keyboard (taps
// on its keys, through the real SDL event path), in Japanese on the katakana grid and in English on the
// Latin keys the keyboard opens on in English, in landscape and portrait. What is checked is what the
// visitor sees: the result list holds exactly one card, and tapping it highlights on the map exactly
// the booth the kiosk highlights for that exhibitor (`--screen map:ID`), and no other.
#include <fstream>
#include <ostream>

#include <gtest/gtest.h>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

constexpr const char* kNow = "2026-12-17T10:00";

// Places on the exhibitors screen of the built-in content (centres, in pixels), measured on its
// screenshots. The katakana grid runs down gojūon columns (ア カ サ タ ナ ハ マ ヤ ラ ワ ー…) with rows
// ア イ ウ エ オ; the Latin keys are A-M, N-Z, 0-9 rows.
struct Layout {
  const char* name;
  const char* size;
  const char* english;      // the title bar's language switch
  const char* exhibitors;   // the 出展者 tile on the home screen
  const char* kana_se;      // セ (サ column, エ row)
  const char* kana_n;       // ン (ワ column, ウ row)
  const char* kana_sa;      // サ
  const char* latin_w;
  const char* latin_a;
  const char* latin_f;
  const char* first_card;   // the first result card
  int list_top, list_bottom;  // the result list's rows above the keyboard (kana layout, the taller one)
};

constexpr Layout kLandscape{"landscape", "1920x1080", "1800 52", "400 800", "211 861", "699 792", "211 652",
                            "648 875", "68 810", "391 810", "450 380", 290, 615};
constexpr Layout kPortrait{"portrait", "1080x1920", "959 52", "540 1250", "278 1692", "794 1618", "278 1471",
                           "757 1691", "94 1618", "462 1618", "540 1200", 1130, 1435};

void PrintTo(const Layout& layout, std::ostream* out) { *out << layout.name; }

struct Box {
  int x0 = 0, y0 = 0, x1 = -1, y1 = -1;  // inclusive; x1 < 0: nothing
};

std::ostream& operator<<(std::ostream& out, const Box& b) {
  return out << "(" << b.x0 << "," << b.y0 << ")-(" << b.x1 << "," << b.y1 << ")";
}

// Cards in the result list: white runs at least 60 px tall down the list's left edge (x = 45 is inside
// a card's margin, left of any text).
int result_cards(const Image& image, const Layout& layout) {
  int cards = 0, run = 0;
  for (int y = layout.list_top; y < layout.list_bottom; ++y) {
    run = image.pixel(45, y) == 0xFFFFFFu ? run + 1 : 0;
    if (run == 60) ++cards;
  }
  return cards;
}

// Bounding box of the selection colour, Okabe-Ito orange #E69F00, anywhere on the screen. The bounds
// leave out the サンプル badge's yellow #F0E442 (green too high) and its blends with black or white.
Box highlighted(const Image& image) {
  Box box{image.width, image.height, -1, -1};
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const uint32_t c = image.pixel(x, y);
      const uint32_t r = c >> 16 & 0xFF, g = c >> 8 & 0xFF, b = c & 0xFF;
      if (r < 200 || g < 120 || g > 190 || b > 60) continue;
      box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x), std::max(box.y1, y)};
    }
  return box.x1 < 0 ? Box{} : box;
}

bool near(const Box& a, const Box& b) {
  return std::abs(a.x0 - b.x0) <= 3 && std::abs(a.y0 - b.y0) <= 3 && std::abs(a.x1 - b.x1) <= 3 &&
         std::abs(a.y1 - b.y1) <= 3;
}

// The booth the kiosk highlights for `exhibitor`, from its own map:ID screen.
Box booth_of(const std::string& exhibitor, const Layout& layout) {
  TempDir dir;
  const auto png = dir.path() / "map.png";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--now", kNow, "--size",
                                       layout.size, "--screen", "map:" + exhibitor, "--screenshot", png.string()});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  return run.exit_code == 0 ? highlighted(read_png(png)) : Box{};
}

struct Walk {
  Image before;    // the exhibitors screen as it opens: every exhibitor listed
  Image typed;     // after typing
  Image selected;  // after tapping the first result
};

Walk search_walk(const Layout& layout, const std::string& typing, bool english) {
  TempDir dir;
  const auto script = dir.path() / "search.replay";
  std::ofstream(script) << "tap 540 600\nexpect home\n"
                        << (english ? std::string("tap ") + layout.english + "\n" : std::string())
                        << "tap " << layout.exhibitors << "\nexpect exhibitors\nscreenshot before.png\n"
                        << typing << "screenshot typed.png\n"
                        << "tap " << layout.first_card << "\nscreenshot selected.png\n";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--now", kNow, "--size",
                                       layout.size, "--replay", script.string()});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  if (run.exit_code != 0) return {};
  return {read_png(dir.path() / "before.png"), read_png(dir.path() / "typed.png"),
          read_png(dir.path() / "selected.png")};
}

std::string taps(std::initializer_list<const char*> points) {
  std::string out;
  for (const char* p : points) out += std::string("tap ") + p + "\n";
  return out;
}

void expect_one_result_shown_on_the_map(const Walk& walk, const Layout& layout, const std::string& exhibitor) {
  ASSERT_FALSE(walk.selected.rgb.empty());
  EXPECT_GE(result_cards(walk.before, layout), 2) << "the unfiltered list shows several exhibitors";
  EXPECT_LT(highlighted(walk.before).x1, 0) << "a booth is highlighted before any search";
  EXPECT_EQ(result_cards(walk.typed, layout), 1);
  const Box expected = booth_of(exhibitor, layout);
  ASSERT_GE(expected.x1, 0) << "map:" << exhibitor << " highlights no booth";
  const Box shown = highlighted(walk.selected);
  EXPECT_TRUE(near(shown, expected)) << "highlighted " << shown << ", the booth of " << exhibitor << " is "
                                     << expected;
}

class ExhibitorSearchReplay : public ::testing::TestWithParam<Layout> {};

TEST_P(ExhibitorSearchReplay, PartOfAJapaneseNameOnTheKanaKeysFindsThatExhibitorOnly) {
  // センサ: the middle of サンプルセンサー株式会社, in no other exhibitor's name or description.
  const Layout& layout = GetParam();
  const Walk walk = search_walk(layout, taps({layout.kana_se, layout.kana_n, layout.kana_sa}), false);
  expect_one_result_shown_on_the_map(walk, layout, "sample-sensors");
}

TEST_P(ExhibitorSearchReplay, PartOfAnEnglishNameOnTheLatinKeysFindsThatExhibitorOnly) {
  // English first, then straight on the Latin keys, which the keyboard opens on in English (no ABC
  // switch tapped; on the katakana grid these taps would type other characters): WAF, the start of
  // Sample Wafer Processing Co.'s second word.
  const Layout& layout = GetParam();
  const Walk walk = search_walk(layout, taps({layout.latin_w, layout.latin_a, layout.latin_f}), true);
  expect_one_result_shown_on_the_map(walk, layout, "sample-wafer");
}

INSTANTIATE_TEST_SUITE_P(Orientations, ExhibitorSearchReplay, ::testing::Values(kLandscape, kPortrait),
                         [](const ::testing::TestParamInfo<Layout>& layout_info) { return layout_info.param.name; });

}  // namespace
}  // namespace kiosk::ui::test
