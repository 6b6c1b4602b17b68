// The indicator list's view model: sections in category order, each row's figure, status and source
// prepared in the visitor's language.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "screens/indicator_list_model.hpp"

namespace kiosk::ui {
namespace {

model::Indicator indicator(std::string id, std::string category, model::Text name, std::string unit,
                           std::vector<model::Point> points) {
  model::Indicator i;
  i.id = std::move(id);
  i.category = std::move(category);
  i.name = std::move(name);
  i.unit = std::move(unit);
  i.source = {"003_206b471b5869c970.txt", "2020年には861万人ですが"};
  i.points = std::move(points);
  return i;
}

struct Fixture {
  std::vector<model::Category> categories = {
      {"energy", {"再生可能エネルギー", "Renewable energy"}, 20},
      {"population", {"人口", "Population"}, 10},
      {"empty", {"空", "Empty"}, 30},
  };
  std::vector<model::Indicator> indicators = {
      indicator("pop", "population", {"東北地域の人口", "Tohoku population"}, "万人",
                {{"2020", 861, model::PointKind::Actual, "tohoku", {}}}),
      indicator("pop_2030", "population", {"人口減少数", "Population decline"}, "万人",
                {{"2030", -89, model::PointKind::Forecast, "tohoku", {}}}),
      indicator("fit", "energy", {"導入容量", "Capacity"}, "MW",
                {{"2021-03", 7854, model::PointKind::Actual, "national", {"太陽光", "Solar"}}}),
  };
  std::map<std::string, model::Text> strings = {
      {"app.title", {"東北パビリオン", "Tohoku Pavilion"}},
      {"app.subtitle", {"副題", "Subtitle"}},
      {"lang.switch_to_other", {"English", "日本語"}},
      {"indicators.title", {"東北の地域指標", "Tohoku indicators"}},
      {"common.back", {"戻る", "Back"}},
      {"indicators.all", {"すべて", "All"}},
      {"indicators.open_detail", {"タップしてグラフを見る", "Tap for the chart"}},
      {"indicators.source", {"出典", "Source"}},
      {"indicators.as_of", {"時点", "As of"}},
      {"indicators.forecast", {"予測", "Forecast"}},
      {"indicators.target", {"目標", "Target"}},
  };
};

TEST(IndicatorListModel, SectionsFollowCategorySortAndSkipEmptyOnes) {
  Fixture f;
  const auto list = make_indicator_list(f.categories, f.indicators, UiStrings(f.strings, Language::Ja));
  ASSERT_EQ(list.sections.size(), 2u);
  EXPECT_EQ(list.sections[0].title, "人口");
  EXPECT_EQ(list.sections[1].title, "再生可能エネルギー");
  EXPECT_EQ(list.sections[0].rows.size(), 2u);
  EXPECT_EQ(list.header.heading, "東北の地域指標");
  EXPECT_EQ(list.header.back_label, "戻る");
  EXPECT_EQ(list.header.bar.language_label, "English");
  EXPECT_EQ(list.all_label, "すべて");
  EXPECT_EQ(list.open_hint, "タップしてグラフを見る");
  EXPECT_TRUE(list.empty_message.empty());
}

TEST(IndicatorListModel, JapaneseRowReadsNaturally) {
  Fixture f;
  const auto list = make_indicator_list(f.categories, f.indicators, UiStrings(f.strings, Language::Ja));
  const IndicatorRow& row = list.sections[0].rows[0];
  EXPECT_EQ(row.name, "東北地域の人口");
  EXPECT_EQ(row.number, "861");
  EXPECT_EQ(row.unit, "万人");
  EXPECT_TRUE(row.unit_spaced);
  EXPECT_EQ(row.status, "2020年時点");
  EXPECT_EQ(row.source, "出典：003_206b471b5869c970.txt 「2020年には861万人ですが」");
  EXPECT_EQ(list.sections[0].rows[1].status, "予測 \u00B7 2030年時点");
  EXPECT_EQ(list.sections[0].rows[1].number, "\u221289");
}

TEST(IndicatorListModel, EnglishRowNamesRegionAndBreakdown) {
  Fixture f;
  const auto list = make_indicator_list(f.categories, f.indicators, UiStrings(f.strings, Language::En));
  const IndicatorRow& row = list.sections[1].rows[0];
  EXPECT_EQ(row.name, "Capacity");
  EXPECT_EQ(row.number, "7,854");
  EXPECT_EQ(row.unit, "MW");
  EXPECT_EQ(row.status, "Japan \u00B7 Solar \u00B7 As of Mar 2021");
  EXPECT_EQ(row.source, "Source: 003_206b471b5869c970.txt \u201C2020年には861万人ですが\u201D");
  EXPECT_EQ(list.header.bar.language_label, "日本語");
}

TEST(IndicatorListModel, AnIndicatorWithoutPointsShowsADash) {
  Fixture f;
  f.indicators[0].points.clear();
  const auto list = make_indicator_list(f.categories, f.indicators, UiStrings(f.strings, Language::Ja));
  EXPECT_EQ(list.sections[0].rows[0].number, "\u2014");
  EXPECT_EQ(list.sections[0].rows[0].status, "");
}

TEST(IndicatorListModel, NoIndicatorsGivesTheEmptyMessage) {
  Fixture f;
  f.strings["indicators.none"] = {"指標はまだありません", "No indicators yet"};
  const auto list = make_indicator_list(f.categories, {}, UiStrings(f.strings, Language::En));
  EXPECT_TRUE(list.sections.empty());
  EXPECT_EQ(list.empty_message, "No indicators yet");
}

}  // namespace
}  // namespace kiosk::ui
