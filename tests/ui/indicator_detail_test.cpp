// Indicator detail: which chart each kind of indicator gets, the texts of its model, every character
// of them in the atlas, and screenshots in both languages and orientations.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fonts/glyph_set.hpp"
#include "i18n/ui_strings.hpp"
#include "screen_render.hpp"
#include "screens/indicator_detail.hpp"
#include "screens/indicator_list.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::HasSubstr;

model::Point point(std::string period, double value, model::PointKind kind = model::PointKind::Actual,
                   std::string region = "tohoku", model::Text label = {}) {
  return {std::move(period), value, kind, std::move(region), std::move(label)};
}

const model::Content& content() {
  static const model::Content loaded = builtin_content();
  return loaded;
}

TEST(ChartKindFor, APlainSeriesOverPeriodsIsALine) {
  EXPECT_EQ(chart_kind_for({point("2010", 1), point("2020", 2)}), ChartKind::Line);
  EXPECT_EQ(chart_kind_for({point("2010", 1), point("2030", 2, model::PointKind::Forecast)}), ChartKind::Line);
}

TEST(ChartKindFor, ABreakdownByLabelOrRegionIsABar) {
  EXPECT_EQ(chart_kind_for({point("2021", 1, {}, "tohoku", {"風力", "Wind"}),
                            point("2021", 2, {}, "tohoku", {"地熱", "Geothermal"})}),
            ChartKind::Bar);
  EXPECT_EQ(chart_kind_for({point("2013", 1, {}, "aomori"), point("2013", 2, {}, "iwate")}), ChartKind::Bar);
  EXPECT_EQ(chart_kind_for({point("2013", 1)}), ChartKind::Bar) << "a single value";
}

TEST(ChartKindFor, AKpiWithATargetIsAProgressView) {
  EXPECT_EQ(chart_kind_for({point("2021-11", 31), point("2025-03", 55, model::PointKind::Target)}),
            ChartKind::Progress);
  EXPECT_EQ(chart_kind_for({point("FY2024", 10, model::PointKind::Target)}), ChartKind::Progress);
  EXPECT_EQ(chart_kind_for({}), ChartKind::None);
}

TEST(IndicatorDetailModel, KpiShowsActualTargetAndPercentage) {
  const UiStrings strings(content().strings, Language::Ja);
  const auto detail = make_indicator_detail(content().indicators, "kpi_re_retailers", strings);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->chart, ChartKind::Progress);
  EXPECT_EQ(detail->progress.actual_text, "31%");
  EXPECT_EQ(detail->progress.target_text, "55%");
  EXPECT_EQ(detail->progress.percent_text, "56%");
  EXPECT_THAT(detail->progress.target_label, HasSubstr("2025年3月"));
  EXPECT_THAT(detail->source, HasSubstr("出典"));
}

TEST(IndicatorDetailModel, BreakdownBarsKeepLabelsUnitAndMarkForecasts) {
  const UiStrings strings(content().strings, Language::En);
  const auto detail = make_indicator_detail(content().indicators, "pop_decline_2000_2030", strings);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->chart, ChartKind::Bar);
  ASSERT_EQ(detail->data.items.size(), 2u);
  EXPECT_EQ(detail->data.items[1].label, "2010-2030 (projected)");
  EXPECT_TRUE(detail->data.items[1].projected);
  // English rescales 万人 (10^4 people) onto one axis: −150万人 is −1.5 million people.
  EXPECT_EQ(detail->data.items[1].value_text, "\u22121.5 (Forecast)");
  EXPECT_EQ(detail->data.items[0].value_text, "\u22120.5");
  EXPECT_DOUBLE_EQ(detail->data.items[1].value, -1.5);
  EXPECT_LE(detail->data.axis.min, -1.5);
  EXPECT_GT(detail->data.axis.min, -3) << "the axis is on the same scale as the bars";
  EXPECT_EQ(detail->unit_line, "Unit: million people");
  EXPECT_EQ(detail->data.axis.unit, detail->unit_line) << "the axis carries the unit";
  EXPECT_FALSE(detail->chart_note.empty()) << "projected values are explained in words";
}

TEST(IndicatorDetailModel, ABreakdownByRegionNamesEveryBarByItsRegion) {
  // Regression: the Tohoku bar of fit_capacity was labelled with its period ("2021年3月") beside "全国".
  const UiStrings strings(content().strings, Language::Ja);
  const auto detail = make_indicator_detail(content().indicators, "fit_capacity", strings);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->data.items.size(), 2u);
  EXPECT_EQ(detail->data.items[0].label, "東北");
  EXPECT_EQ(detail->data.items[1].label, "全国");
}

TEST(IndicatorDetailModel, RelatedAreTheCategoryFirstThenTheSameSourceEachOnceNeverItself) {
  const auto& all = content().indicators;
  const auto by_id = [&](const std::string& id) {
    return *std::find_if(all.begin(), all.end(), [&](auto& i) { return i.id == id; });
  };
  const model::Indicator& kpi = by_id("auto_employees");
  const auto related = related_indicators(all, kpi);
  ASSERT_FALSE(related.empty());
  EXPECT_LE(related.size(), 6u);
  EXPECT_EQ(related.front()->id, "tertiary_employment_share") << "the other employment indicator comes first";
  bool left_category = false;
  for (const model::Indicator* other : related) {
    EXPECT_NE(other->id, kpi.id);
    EXPECT_TRUE(other->category == kpi.category || other->source.document == kpi.source.document)
        << other->id;
    if (other->category != kpi.category)
      left_category = true;
    else
      EXPECT_FALSE(left_category) << other->id << ": the category's own come before the same source's";
    EXPECT_EQ(std::count(related.begin(), related.end(), other), 1) << other->id;
  }
  const UiStrings strings(content().strings, Language::En);
  const auto detail = make_indicator_detail(all, kpi.id, strings);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->related.size(), related.size());
  EXPECT_EQ(detail->related_title, "Related indicators");
  EXPECT_EQ(detail->related.front().id, "tertiary_employment_share");
}

TEST(IndicatorDetailModel, KpiNumbersCarryTheirUnitSoNoSeparateUnitLineIsNeeded) {
  const UiStrings strings(content().strings, Language::En);
  const auto detail = make_indicator_detail(content().indicators, "auto_employees", strings);
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->progress.actual_text, "33,000 people");
  EXPECT_EQ(detail->progress.target_text, "60,000 people");
  EXPECT_EQ(detail->unit, "people") << "and beside the headline figure";
}

TEST(IndicatorDetailModel, ValueAxisIncludesZeroAndRoundTicks) {
  const ValueAxis axis = make_value_axis({7.8, 52.6, 59.6}, "Unit: %");
  EXPECT_EQ(axis.min, 0);
  EXPECT_GE(axis.max, 59.6);
  ASSERT_GE(axis.ticks.size(), 3u);
  EXPECT_EQ(axis.tick_labels.front(), "0");
  EXPECT_EQ(axis.tick_labels.back(), "60");
}

TEST(IndicatorDetailModel, EveryBuiltinIndicatorHasAChartAndAnUnknownIdNone) {
  const UiStrings strings(content().strings, Language::Ja);
  std::map<ChartKind, int> kinds;
  for (const auto& indicator : content().indicators) {
    const auto detail = make_indicator_detail(content().indicators, indicator.id, strings);
    ASSERT_TRUE(detail) << indicator.id;
    EXPECT_NE(detail->chart, ChartKind::None) << indicator.id;
    ++kinds[detail->chart];
  }
  EXPECT_GT(kinds[ChartKind::Line], 0);
  EXPECT_GT(kinds[ChartKind::Bar], 0);
  EXPECT_GT(kinds[ChartKind::Progress], 0);
  EXPECT_FALSE(make_indicator_detail(content().indicators, "no-such-indicator", strings));
}

// Every character the detail screen draws, for every indicator, in both languages, is in the atlas.
TEST(IndicatorDetailGlyphs, EveryTextOfEveryIndicatorHasAGlyph) {
  std::string report;
  render_screen(content(), 640, 360, "glyphs-indicator-detail", [&](const DrawContext& c) {
    if (!report.empty()) return;
    for (Language language : {Language::Ja, Language::En}) {
      const UiStrings strings(content().strings, language);
      for (const auto& indicator : content().indicators) {
        const auto d = make_indicator_detail(content().indicators, indicator.id, strings);
        auto check = [&](const ImFont* font, const std::string& text) {
          for (char32_t cp : missing_in(font, text)) report += indicator.id + ": " + describe(cp) + "\n";
        };
        check(c.fonts.heading, d->header.heading);
        check(c.fonts.body, d->header.back_label);
        check(c.fonts.body, d->name);
        check(c.fonts.figure, d->number + d->unit);
        for (const std::string& t : {d->status, d->chart_note, d->unit_line, d->source, d->progress.actual_label,
                                     d->progress.target_label})
          check(c.fonts.caption, t);
        check(c.fonts.figure, d->progress.actual_text + d->progress.target_text);
        check(c.fonts.heading, d->progress.percent_text);
        for (const auto& item : d->data.items) check(c.fonts.caption, item.label + item.value_text);
        for (const auto& tick : d->data.axis.tick_labels) check(c.fonts.caption, tick);
        check(c.fonts.heading, d->related_title);
        for (const auto& r : d->related) {
          check(c.fonts.body, r.name);
          check(c.fonts.figure, r.number + r.unit);
          check(c.fonts.caption, r.status);
        }
      }
    }
    if (report.empty()) report = "ok";
  });
  EXPECT_EQ(report, "ok");
}

struct DetailShot {
  std::string id;
  Language language;
  int width, height;
};

class IndicatorDetailScreenshot : public ::testing::TestWithParam<DetailShot> {};

TEST_P(IndicatorDetailScreenshot, DrawsAChartWithAxesAndText) {
  const DetailShot& shot = GetParam();
  const UiStrings strings(content().strings, shot.language);
  const auto detail = make_indicator_detail(content().indicators, shot.id, strings);
  ASSERT_TRUE(detail);
  const std::string name = "indicator-" + shot.id + "-" + (shot.language == Language::Ja ? "ja" : "en") + "-" +
                           std::to_string(shot.width) + "x" + std::to_string(shot.height);
  Intent intent;
  const RenderedScreen screen = render_screen(content(), shot.width, shot.height, name,
                                              [&](const DrawContext& c) { intent = draw_indicator_detail(*detail, c); });
  ASSERT_EQ(screen.image.width, shot.width);
  const PixelStats stats = pixel_stats(screen.image);
  EXPECT_GT(stats.distinct_colours, 100u) << screen.png;
  EXPECT_GT(stats.non_background, 0.05) << screen.png;
  EXPECT_EQ(intent.kind, IntentKind::None);
}

std::string shot_name(const ::testing::TestParamInfo<DetailShot>& info) {
  return info.param.id + "_" + (info.param.language == Language::Ja ? "ja" : "en") + "_" +
         std::to_string(info.param.width) + "x" + std::to_string(info.param.height);
}

INSTANTIATE_TEST_SUITE_P(
    LineBarProgress, IndicatorDetailScreenshot,
    ::testing::Values(DetailShot{"sanriku_summit_viewers", Language::Ja, 1920, 1080},
                      DetailShot{"sanriku_summit_viewers", Language::En, 1080, 1920},
                      DetailShot{"auto_pref_council_members", Language::Ja, 1080, 1920},
                      DetailShot{"auto_pref_council_members", Language::En, 1920, 1080},
                      DetailShot{"fit_share_by_source", Language::En, 1920, 1080},
                      DetailShot{"pop_decline_2000_2030", Language::Ja, 1920, 1080},
                      DetailShot{"kpi_re_retailers", Language::Ja, 1920, 1080},
                      DetailShot{"kpi_re_retailers", Language::En, 1080, 1920}),
    shot_name);

}  // namespace
}  // namespace kiosk::ui::test
