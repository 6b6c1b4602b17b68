// Crafts: the catalogue grouped by prefecture north to south, glyphs of every text, screenshots.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "fonts/glyph_set.hpp"
#include "screen_render.hpp"
#include "screens/crafts.hpp"

namespace kiosk::ui::test {
namespace {

const model::Content& content() {
  static const model::Content loaded = builtin_content();
  return loaded;
}

TEST(CraftsModel, GroupsByPrefectureNorthToSouthWithDesignation) {
  const CraftsModel ja = make_crafts(content().crafts, UiStrings(content().strings, Language::Ja));
  ASSERT_EQ(ja.prefectures.size(), 6u);
  EXPECT_EQ(ja.prefectures.front().id, "aomori");
  EXPECT_EQ(ja.prefectures.back().id, "fukushima");
  EXPECT_EQ(ja.prefectures.front().rows.front().name, "津軽塗");
  EXPECT_EQ(ja.prefectures.front().rows.front().designation, "指定年\uFF1A1975");
  size_t rows = 0;
  for (const auto& p : ja.prefectures) rows += p.rows.size();
  EXPECT_EQ(rows, content().crafts.size());
  const CraftsModel en = make_crafts(content().crafts, UiStrings(content().strings, Language::En));
  EXPECT_EQ(en.prefectures.front().rows.front().designation, "Designated: 1975");
}

TEST(CraftsModel, PlaceholderShowsTheJapaneseNamesFirstCharacterInItsPrefecturesColour) {
  for (Language language : {Language::Ja, Language::En}) {
    const CraftsModel model = make_crafts(content().crafts, UiStrings(content().strings, language));
    const CraftRow& tsugaru = model.prefectures.front().rows.front();
    EXPECT_EQ(tsugaru.mark, "津") << "the same mark in English: the tile looks the same in both languages";
    EXPECT_EQ(tsugaru.tone, 0);
    std::set<int> tones;
    for (const auto& p : model.prefectures) {
      tones.insert(p.rows.front().tone);
      for (const auto& r : p.rows)
        EXPECT_EQ(r.tone, p.rows.front().tone) << r.id << ": one colour a prefecture";
    }
    EXPECT_EQ(tones.size(), 6u) << "six prefectures, six colours";
  }
}

TEST(CraftsScreen, EveryTextHasAGlyphAndBothOrientationsRender) {
  for (Language language : {Language::Ja, Language::En}) {
    const CraftsModel model = make_crafts(content().crafts, UiStrings(content().strings, language));
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
      std::string missing;
      const std::string name = std::string("crafts-") + (language == Language::Ja ? "ja" : "en") + "-" +
                               std::to_string(w) + "x" + std::to_string(h);
      const RenderedScreen screen = render_screen(content(), w, h, name, [&](const DrawContext& c) {
        draw_crafts(model, c);
        missing.clear();
        for (const std::string& t : {model.header.heading}) for (char32_t cp : missing_in(c.fonts.heading, t)) missing += describe(cp);
        for (const auto& p : model.prefectures) {
          for (char32_t cp : missing_in(c.fonts.body, p.title)) missing += describe(cp);
          for (const auto& r : p.rows)
            for (char32_t cp : missing_in(c.fonts.caption, r.name + r.designation + r.description + r.mark))
              missing += describe(cp);
        }
      });
      EXPECT_EQ(missing, "");
      const PixelStats stats = pixel_stats(screen.image);
      EXPECT_GT(stats.distinct_colours, 100u) << screen.png;
      EXPECT_GT(stats.non_background, 0.05) << screen.png;
    }
  }
}

}  // namespace
}  // namespace kiosk::ui::test
