// Exhibitors: search by partial Japanese and by English through ContentReader::search_exhibitors and
// the screen's model, the on-screen keyboard's input rules, sample badges, glyphs and screenshots.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fonts/glyph_set.hpp"
#include "screen_render.hpp"
#include "screens/exhibitors.hpp"
#include "store/content_store.hpp"
#include "store/bundle_loader.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

class ExhibitorSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store::load_bundle(KIOSK_BUILTIN_BUNDLE_DIR, dir_.path()));
    auto reader = store::ContentReader::open(dir_.path());
    ASSERT_TRUE(reader);
    reader_.emplace(std::move(*reader));
    auto all = reader_->load_all();
    ASSERT_TRUE(all);
    content_ = *all;
  }
  ExhibitorsModel search(const std::string& query, Language language) {
    auto results = reader_->search_exhibitors(query);
    EXPECT_TRUE(results);
    return make_exhibitors(results ? *results : std::vector<model::Exhibitor>{}, query,
                           UiStrings(content_.strings, language));
  }
  TempDir dir_;
  std::optional<store::ContentReader> reader_;
  model::Content content_;
};

TEST_F(ExhibitorSearch, PartialJapaneseFindsTheExhibitor) {
  const ExhibitorsModel model = search("半導体材", Language::Ja);
  ASSERT_FALSE(model.rows.empty());
  EXPECT_EQ(model.rows.front().name, "サンプル半導体材料株式会社");
  EXPECT_TRUE(model.rows.front().sample);
  EXPECT_EQ(model.sample_badge, "サンプル");
  EXPECT_FALSE(model.sample_note.empty());
  EXPECT_THAT(model.rows.front().booth, HasSubstr("小間 T-01"));
}

TEST_F(ExhibitorSearch, PartialEnglishCaseInsensitiveFindsTheExhibitor) {
  const ExhibitorsModel model = search("semiconductor mat", Language::En);
  ASSERT_FALSE(model.rows.empty());
  EXPECT_EQ(model.rows.front().name, "Sample Semiconductor Materials Co.");
  EXPECT_EQ(model.sample_badge, "Sample");
  EXPECT_THAT(model.rows.front().booth_line, HasSubstr("Booth T-01"));
}

TEST_F(ExhibitorSearch, NoMatchSaysSoAndEmptyQueryListsAll) {
  EXPECT_EQ(search("zzzzqqq", Language::Ja).no_results, "該当する出展者はありません");
  EXPECT_EQ(search("", Language::En).rows.size(), content_.exhibitors.size());
}

TEST(OnScreenKeyboard, TypesVoicesDeletesAndClears) {
  std::string query;
  EXPECT_TRUE(apply_key(query, "カ"));
  EXPECT_TRUE(apply_key(query, "\u309B"));  // ゛
  EXPECT_EQ(query, "ガ");
  EXPECT_TRUE(apply_key(query, "ハ"));
  EXPECT_TRUE(apply_key(query, "\u309C"));  // ゜
  EXPECT_EQ(query, "ガパ");
  EXPECT_FALSE(apply_key(query, "\u309B")) << "パ has no voiced form";
  EXPECT_TRUE(apply_key(query, kKeyDelete));
  EXPECT_EQ(query, "ガ");
  EXPECT_TRUE(apply_key(query, "A"));
  EXPECT_TRUE(apply_key(query, kKeyClear));
  EXPECT_EQ(query, "");
  EXPECT_FALSE(apply_key(query, kKeyDelete));
}

TEST_F(ExhibitorSearch, KeyboardKeysAndEveryTextHaveGlyphsAndScreensRender) {
  for (Language language : {Language::Ja, Language::En}) {
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
      const std::string query = language == Language::Ja ? "サンプル" : "SAMPLE";
      const ExhibitorsModel model = search(query, language);
      ExhibitorsState state;
      state.query = query;
      state.layout = language == Language::Ja ? KeyboardLayout::Kana : KeyboardLayout::Latin;
      EXPECT_EQ(model.keyboard.kana.size(), 53u);  // 46 gojūon + ー゛゜ッャュョ
      std::string missing;
      const std::string name = std::string("exhibitors-") + (language == Language::Ja ? "ja" : "en") + "-" +
                               std::to_string(w) + "x" + std::to_string(h);
      const RenderedScreen screen = render_screen(content_, w, h, name, [&](const DrawContext& c) {
        draw_exhibitors(model, state, c);
        missing.clear();
        std::string all = model.search_label + model.search_hint + model.sample_badge + model.sample_note +
                          model.keyboard.to_kana + model.keyboard.to_latin + model.keyboard.delete_label +
                          model.keyboard.clear_label + model.keyboard.space_label + UiStrings(content_.strings, language).get("keyboard.voiced");
        for (const auto& k : model.keyboard.kana) all += k;
        for (const auto& k : model.keyboard.latin) all += k;
        for (const auto& r : model.rows) all += r.name + r.booth_line + r.description;
        for (char32_t cp : missing_in(c.fonts.body, all)) missing += describe(cp);
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
