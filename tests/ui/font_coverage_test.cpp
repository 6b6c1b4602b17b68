// Every character the built-in content and the UI strings use has a glyph in the font atlas the
// kiosk builds (no tofu, no '?'), the atlas stays within the Pi 3's 2048x2048 texture limit, and the
// coverage check itself reports characters that were left out.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "fonts/font_set.hpp"
#include "fonts/glyph_plan.hpp"
#include "i18n/format.hpp"
#include "screens/attract.hpp"
#include "screens/crafts.hpp"
#include "screens/indicator_list_model.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

std::string describe_all(const std::vector<char32_t>& code_points) {
  std::string out;
  for (size_t i = 0; i < code_points.size() && i < 40; ++i) out += describe(code_points[i]) + "  ";
  if (code_points.size() > 40) out += "... (" + std::to_string(code_points.size()) + " in all)";
  return out;
}

// Builds the kiosk's fonts for the built-in content once for all tests (FreeType on a 19 MB font
// takes about a second).
class BuiltinFontCoverage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    content_ = new model::Content(builtin_content());
    atlas_ = new ImFontAtlas();
    auto file = find_japanese_font();
    ASSERT_TRUE(file) << file.error().message;
    auto built = build_fonts(*atlas_, *file, plan_glyphs(*content_), font_sizes_for(1920, 1080, *file));
    ASSERT_TRUE(built) << built.error().message;
    fonts_ = new BuiltFonts(*built);
  }
  static void TearDownTestSuite() {
    delete fonts_;
    delete atlas_;
    delete content_;
    fonts_ = nullptr;
    atlas_ = nullptr;
    content_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(fonts_, nullptr) << "building the fonts failed"; }

  static model::Content* content_;
  static ImFontAtlas* atlas_;
  static BuiltFonts* fonts_;
};

model::Content* BuiltinFontCoverage::content_ = nullptr;
ImFontAtlas* BuiltinFontCoverage::atlas_ = nullptr;
BuiltFonts* BuiltinFontCoverage::fonts_ = nullptr;

TEST_F(BuiltinFontCoverage, TheBuiltinContentIsNotEmpty) {
  EXPECT_FALSE(content_->strings.empty());
  EXPECT_FALSE(content_->indicators.empty());
  EXPECT_GT(content_glyphs(*content_).size(), 500u) << "expected hundreds of distinct kanji and kana";
}

TEST_F(BuiltinFontCoverage, EveryCharacterOfTheUiStringsAndContentHasABodyAndCaptionGlyph) {
  GlyphSet wanted = content_glyphs(*content_);
  add_utf8(wanted, format_characters());
  EXPECT_EQ(missing_code_points(*fonts_->fonts.body, wanted), std::vector<char32_t>{})
      << describe_all(missing_code_points(*fonts_->fonts.body, wanted));
  EXPECT_EQ(missing_code_points(*fonts_->fonts.caption, wanted), std::vector<char32_t>{})
      << describe_all(missing_code_points(*fonts_->fonts.caption, wanted));
}

TEST_F(BuiltinFontCoverage, EveryUiStringHasTitleAndHeadingGlyphs) {
  GlyphSet wanted;
  for (const auto& [key, text] : content_->strings) {
    add_utf8(wanted, text.ja);
    add_utf8(wanted, text.en);
  }
  for (const auto& category : content_->categories) {
    add_utf8(wanted, category.name.ja);
    add_utf8(wanted, category.name.en);
  }
  for (ImFont* font : {fonts_->fonts.title, fonts_->fonts.heading})
    EXPECT_EQ(missing_code_points(*font, wanted), std::vector<char32_t>{})
        << describe_all(missing_code_points(*font, wanted));
}

TEST_F(BuiltinFontCoverage, EveryTextOfTheIndicatorListIsCoveredInBothLanguages) {
  for (Language language : {Language::Ja, Language::En}) {
    const UiStrings strings(content_->strings, language);
    const IndicatorListModel list = make_indicator_list(content_->categories, content_->indicators, strings);
    GlyphSet figures, text;
    for (const auto& section : list.sections) {
      add_utf8(text, section.title);
      for (const auto& row : section.rows) {
        add_utf8(figures, row.number);
        for (const std::string* field : {&row.name, &row.unit, &row.status, &row.source})
          add_utf8(text, *field);
      }
    }
    EXPECT_EQ(missing_code_points(*fonts_->fonts.figure, figures), std::vector<char32_t>{})
        << language_code(language) << ": "
        << describe_all(missing_code_points(*fonts_->fonts.figure, figures));
    EXPECT_EQ(missing_code_points(*fonts_->fonts.body, text), std::vector<char32_t>{})
        << language_code(language) << ": " << describe_all(missing_code_points(*fonts_->fonts.body, text));
  }
}

// The display sizes hold only the content they show (slide names, event titles, craft marks), so
// each of those is checked against the font that draws it.
TEST_F(BuiltinFontCoverage, EveryAttractSlideAndCraftMarkIsCoveredInTheDisplayFonts) {
  ASSERT_FALSE(content_->slides.empty());
  for (Language language : {Language::Ja, Language::En}) {
    const UiStrings strings(content_->strings, language);
    GlyphSet title, heading;
    // The events slide's lines follow the clock: the first events before the show, the last after it.
    for (int64_t now : {int64_t{0}, int64_t{4102444800}}) {
      for (const AttractSlide& slide : make_attract(*content_, strings, now).slides) {
        add_utf8(title, slide.title);
        add_utf8(heading, slide.eyebrow + slide.status);
        for (const std::string& line : slide.lines) add_utf8(heading, line);
      }
    }
    for (const CraftPrefecture& prefecture : make_crafts(content_->crafts, strings).prefectures)
      for (const CraftRow& row : prefecture.rows) add_utf8(title, row.mark);
    EXPECT_EQ(missing_code_points(*fonts_->fonts.title, title), std::vector<char32_t>{})
        << language_code(language) << ": " << describe_all(missing_code_points(*fonts_->fonts.title, title));
    EXPECT_EQ(missing_code_points(*fonts_->fonts.heading, heading), std::vector<char32_t>{})
        << language_code(language) << ": "
        << describe_all(missing_code_points(*fonts_->fonts.heading, heading));
  }
}

TEST_F(BuiltinFontCoverage, CharactersOutsideTheContentAreReportedMissing) {
  // 龘 (U+9F98) is a real kanji Noto has, but no content uses it; 𠮷 (U+20BB7) is beyond the 16-bit
  // ImWchar this ImGui build uses and can never be drawn.
  const GlyphSet rare = glyphs_of("\u9F98");
  ASSERT_EQ(content_glyphs(*content_).count(U'\u9F98'), 0u) << "pick another rare kanji for this test";
  EXPECT_EQ(missing_code_points(*fonts_->fonts.body, rare), std::vector<char32_t>{U'\u9F98'});
  EXPECT_EQ(missing_code_points(*fonts_->fonts.body, glyphs_of("\U00020BB7")),
            std::vector<char32_t>{U'\U00020BB7'});
  EXPECT_EQ(missing_code_points(*fonts_->fonts.body, glyphs_of("東北")), std::vector<char32_t>{});
}

TEST_F(BuiltinFontCoverage, TheAtlasFitsThePi3TextureLimit) {
  EXPECT_LE(fonts_->report.width, kMaxAtlasSide);
  EXPECT_LE(fonts_->report.height, kMaxAtlasSide);
  EXPECT_GT(fonts_->report.glyphs, 0);
  EXPECT_EQ(fonts_->report.shrink, 1.0f) << "the built-in content should fit at full size";
  RecordProperty("atlas", std::to_string(fonts_->report.width) + "x" + std::to_string(fonts_->report.height));
  RecordProperty("glyphs", fonts_->report.glyphs);
}

TEST(FontSizes, ScaleWithTheShortDisplaySide) {
  const FontFile noto{"noto.ttc", 0, 1.0f};
  EXPECT_FLOAT_EQ(font_sizes_for(1920, 1080, noto).body, 32.0f);
  EXPECT_FLOAT_EQ(font_sizes_for(1080, 1920, noto).body, 32.0f) << "portrait keeps the panel's pixel density";
  EXPECT_FLOAT_EQ(font_sizes_for(1280, 720, noto).body, 32.0f * 720 / 1080);
  EXPECT_FLOAT_EQ(font_sizes_for(1920, 1080, noto).title, 56.0f);
}

TEST(FontFile, AMissingOverrideIsNamedInTheError) {
  auto file = find_japanese_font("/nonexistent/font.ttf");
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().message, "font file /nonexistent/font.ttf does not exist");
}

TEST(GlyphSet, DecodesUtf8AndSkipsControls) {
  EXPECT_EQ(glyphs_of("a\t東\n"), (GlyphSet{U'a', U'\u6771'}));
  EXPECT_EQ(glyphs_of("\xE6\x9D"), (GlyphSet{kReplacementChar})) << "a truncated sequence";
  EXPECT_EQ(describe(U'\u9AD9'), "U+9AD9 \u9AD9");
}

}  // namespace
}  // namespace kiosk::ui::test
