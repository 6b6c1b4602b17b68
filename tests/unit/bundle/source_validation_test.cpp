// read_sources: every rule of assets/content/README.md, each asserted by its exact message.
#include <gtest/gtest.h>

#include "bundle/bundle.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

using Messages = std::vector<std::string>;
using namespace kiosk::test;

// `text` with its only occurrence of `from` replaced by `to`.
std::string replaced(const std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from << " occurs twice";
  return text.substr(0, at) + to + text.substr(at + from.size());
}

std::string with(const char* file, const std::string& extra_rows) { return file + extra_rows; }

// An event row (line 5 of events.csv when appended), valid except for the caller's start and end.
std::string event_row(const std::string& start, const std::string& end) {
  return "fair,fair,物産展,Craft fair," + start + "," + end +
         ",仙台,,,,説明,Summary,,002_b26cbd180fea2e59.txt,物産展\n";
}

TEST(SourceValidation, ValidFolderHasNoDiagnostics) {
  SourceFolder folder;
  EXPECT_EQ(folder.messages(), Messages{});
}

TEST(SourceValidation, ReadsEveryFileIntoTheModel) {
  SourceFolder folder;
  const model::Content c = read_sources(folder.path()).content;
  ASSERT_EQ(c.categories.size(), 2u);
  EXPECT_EQ(c.categories[1], (model::Category{"energy", {"エネルギー", "Energy"}, 2}));
  ASSERT_EQ(c.indicators.size(), 2u);
  EXPECT_EQ(c.indicators[1].source.quote, "太陽光, 風力");
  ASSERT_EQ(c.indicators[0].points.size(), 2u);
  EXPECT_EQ(c.indicators[0].points[1], (model::Point{"FY2024", -89, model::PointKind::Target, "tohoku", {}}));
  EXPECT_EQ(c.indicators[1].points[0].label, (model::Text{"太陽光", "Solar"}));
  ASSERT_EQ(c.events.size(), 2u);
  EXPECT_EQ(c.events[0].start_utc, 1670943600);  // 2022-12-14 00:00 JST
  EXPECT_EQ(c.events[0].end_utc, 1671202800);    // 2022-12-17 00:00 JST: the end date is inclusive
  EXPECT_TRUE(c.events[0].all_day);
  EXPECT_EQ(c.events[1].summary, (model::Text{"説明\n二行目", "A \"short\" talk, in English"}));
  EXPECT_FALSE(c.events[1].all_day);
  ASSERT_EQ(c.exhibitors.size(), 1u);
  EXPECT_EQ(c.exhibitors[0].logo, "images/sample_1.png");
  EXPECT_TRUE(c.exhibitors[0].sample);
  ASSERT_EQ(c.crafts.size(), 2u);
  EXPECT_EQ(c.crafts[1].image, "");
  ASSERT_EQ(c.slides.size(), 5u);
  EXPECT_EQ(c.slides[1].duration_ms, 10000);
  EXPECT_EQ(c.slides[1].active_until, "2022-12-17T18:00");
  EXPECT_EQ(c.strings.at("home.title"), (model::Text{"東北へようこそ", "Welcome to Tohoku"}));
  EXPECT_EQ(c.version, 0);
  EXPECT_TRUE(c.assets.empty());
}

TEST(SourceValidation, AcceptsBomAndCrlfLineEndings) {
  SourceFolder folder;
  folder.write("categories.csv",
               "\xEF\xBB\xBFid,name_ja,name_en,sort\r\npopulation,人口,Population,1\r\n"
               "energy,エネルギー,Energy,2\r\n");
  EXPECT_EQ(folder.messages(), Messages{});
}

TEST(SourceValidation, OptionalColumnsMayBeLeftOut) {
  SourceFolder folder;
  folder.write("indicator_points.csv",
               "region,kind,value,period,indicator\ntohoku,actual,1,2020,pop_tohoku\n"
               "tohoku,actual,2,2020,renewables\n");
  folder.write("slides.csv", "id,kind,ref,duration_s\ns1,prompt,,5\n");
  EXPECT_EQ(folder.messages(), Messages{});
}

TEST(SourceValidation, OptionalFilesMayBeMissing) {
  SourceFolder folder;
  folder.remove("exhibitors.csv");
  folder.remove("slides.csv");
  const SourceReadResult result = read_sources(folder.path());
  EXPECT_TRUE(result.diagnostics.empty());
  EXPECT_TRUE(result.content.exhibitors.empty());
  EXPECT_TRUE(result.content.slides.empty());
}

TEST(SourceValidation, ReportsMissingRequiredFile) {
  SourceFolder folder;
  folder.remove("events.csv");
  EXPECT_EQ(folder.messages(), Messages{"events.csv: file is missing (required)"});
}

TEST(SourceValidation, ReportsEmptyFile) {
  SourceFolder folder;
  folder.write("strings.csv", "");
  EXPECT_EQ(folder.messages(),
            Messages{"strings.csv: file is empty; its first line must be the header: key,ja,en"});
}

TEST(SourceValidation, ReportsWrongColumnCount) {
  SourceFolder folder;
  folder.write("categories.csv", with(kCategoriesCsv, "industry,産業,Industry\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "categories.csv:4:4: row has 3 fields, the header has 4; quote fields that contain ',' or line "
          "breaks"});
}

TEST(SourceValidation, ReportsUnknownColumn) {
  SourceFolder folder;
  folder.write("categories.csv",
               "id,name_ja,name_en,sort,colour\npopulation,人口,Population,1,red\n"
               "energy,エネルギー,Energy,2,blue\n");
  EXPECT_EQ(folder.messages(),
            Messages{"categories.csv:1:5: colour: unknown column; allowed: id, name_ja, name_en, sort"});
}

TEST(SourceValidation, ReportsUnnamedColumnFromTrailingComma) {
  SourceFolder folder;
  folder.write("strings.csv", "key,ja,en,\nhome.title,東北,Tohoku,\n");
  EXPECT_EQ(folder.messages(),
            Messages{"strings.csv:1:4: column has no name in the header; allowed: key, ja, en"});
}

TEST(SourceValidation, ReportsMissingRequiredColumn) {
  SourceFolder folder;
  folder.write("categories.csv",
               "id,name_ja,name_en\npopulation,人口,Population\nenergy,エネルギー,Energy\n");
  EXPECT_EQ(folder.messages(),
            Messages{"categories.csv:1: sort: required column is missing from the header"});
}

TEST(SourceValidation, ReportsDuplicateColumn) {
  SourceFolder folder;
  folder.write("strings.csv", "key,ja,en,ja\nhome.title,東北,Tohoku,東北\n");
  EXPECT_EQ(folder.messages(),
            Messages{"strings.csv:1:4: ja: column appears twice in the header (first as column 2)"});
}

TEST(SourceValidation, ReportsBadNumber) {
  SourceFolder folder;
  folder.write("indicator_points.csv", with(kPointsCsv, "pop_tohoku,2021,\"1,234\",actual,tohoku,,\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{"indicator_points.csv:5:3: value: \"1,234\" is not a number (digits with an optional leading "
               "'-' and '.' as decimal point; no thousands separators)"});
}

TEST(SourceValidation, ReportsUnknownCategory) {
  SourceFolder folder;
  folder.write("indicators.csv", replaced(kIndicatorsCsv, "pop_tohoku,population,", "pop_tohoku,populaton,"));
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "indicators.csv:2:2: category: unknown category \"populaton\" (categories.csv has: population, "
          "energy)"});
}

TEST(SourceValidation, ReportsDuplicateId) {
  SourceFolder folder;
  folder.write("categories.csv", with(kCategoriesCsv, "energy,エネルギー2,Energy again,3\n"));
  EXPECT_EQ(folder.messages(), Messages{"categories.csv:4:1: id: duplicate id \"energy\" (first on line 3)"});
}

TEST(SourceValidation, ReportsDuplicateStringKey) {
  SourceFolder folder;
  folder.write("strings.csv", with(kStringsCsv, "home.title,ようこそ,Welcome\n"));
  EXPECT_EQ(folder.messages(),
            Messages{"strings.csv:4:1: key: duplicate key \"home.title\" (first on line 2)"});
}

TEST(SourceValidation, ReportsInvalidId) {
  SourceFolder folder;
  folder.write("crafts.csv", replaced(kCraftsCsv, "nambu_tekki,", "Nambu Tekki,"));
  EXPECT_EQ(folder.messages(),
            Messages{"crafts.csv:3:1: id: \"Nambu Tekki\" is not a valid id (use a-z, 0-9, '_' and '-')"});
}

TEST(SourceValidation, ReportsEmptyRequiredValue) {
  SourceFolder folder;
  folder.write("indicator_points.csv", with(kPointsCsv, "pop_tohoku,,1,actual,tohoku,,\n"));
  EXPECT_EQ(folder.messages(), Messages{"indicator_points.csv:5:2: period: empty; a value is required"});
}

TEST(SourceValidation, ReportsBadDateOnItsColumn) {
  SourceFolder folder;
  folder.write("events.csv", with(kEventsCsv, event_row("2022-12-01", "2022-02-30")));
  EXPECT_EQ(folder.messages(),
            Messages{"events.csv:5:6: end: \"2022-02-30\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                     "YYYY-MM-DDTHH:MM)"});
}

TEST(SourceValidation, RejectsDateWithMonth13) {
  SourceFolder folder;
  folder.write("events.csv", with(kEventsCsv, event_row("2022-13-01", "")));
  EXPECT_EQ(folder.messages(),
            Messages{"events.csv:5:5: start: \"2022-13-01\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                     "YYYY-MM-DDTHH:MM)"});
}

TEST(SourceValidation, ReportsEventEndingBeforeItStarts) {
  SourceFolder folder;
  folder.write("events.csv", with(kEventsCsv, event_row("2022-12-14", "2022-12-13")));
  EXPECT_EQ(folder.messages(),
            Messages{"events.csv:5:6: end: \"2022-12-13\" is not after start \"2022-12-14\""});
}

TEST(SourceValidation, ReportsBadPeriod) {
  SourceFolder folder;
  folder.write("indicator_points.csv", with(kPointsCsv, "pop_tohoku,R4,1,actual,tohoku,,\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "indicator_points.csv:5:2: period: \"R4\" is not a period (YYYY, YYYY-MM, YYYY-MM-DD or FYYYYY)"});
}

TEST(SourceValidation, ReportsMissingEnglishTranslation) {
  SourceFolder folder;
  folder.write("crafts.csv", replaced(kCraftsCsv, "Nambu ironware", ""));
  EXPECT_EQ(
      folder.messages(),
      Messages{"crafts.csv:3:3: name_en: missing English text (name_ja and name_en are both required)"});
}

TEST(SourceValidation, ReportsMissingJapaneseTranslation) {
  SourceFolder folder;
  folder.write("events.csv", replaced(kEventsCsv, "セミコン・ジャパン", ""));
  EXPECT_EQ(
      folder.messages(),
      Messages{"events.csv:2:3: title_ja: missing Japanese text (title_ja and title_en are both required)"});
}

TEST(SourceValidation, ReportsMissingStringTranslation) {
  SourceFolder folder;
  folder.write("strings.csv", with(kStringsCsv, "home.events,催し,\n"));
  EXPECT_EQ(folder.messages(),
            Messages{"strings.csv:4:3: en: missing English text (ja and en are both required)"});
}

TEST(SourceValidation, ReportsEnglishPlaceWithoutJapanese) {
  SourceFolder folder;
  folder.write("events.csv", replaced(kEventsCsv, "東京ビッグサイト", ""));
  EXPECT_EQ(
      folder.messages(),
      Messages{"events.csv:2:7: place_ja: missing Japanese text while place_en is set (place_en may be left "
               "empty, place_ja may not)"});
}

TEST(SourceValidation, ReportsLabelWithoutEnglish) {
  SourceFolder folder;
  folder.write("indicator_points.csv", replaced(kPointsCsv, "太陽光,Solar", "太陽光,"));
  EXPECT_EQ(
      folder.messages(),
      Messages{"indicator_points.csv:4:7: label_en: missing English text (label_ja and label_en are given "
               "together or both left empty)"});
}

TEST(SourceValidation, ReportsInvalidUtf8) {
  SourceFolder folder;
  folder.write("strings.csv", with(kStringsCsv, "home.map,\xE5\x9C,Map\n"));
  EXPECT_EQ(folder.messages(), Messages{"strings.csv:4:2: ja: invalid UTF-8 (byte 0xE5 at character 1 of the "
                                        "field); save the file as UTF-8"});
}

TEST(SourceValidation, ReportsNonBmpCharacter) {
  SourceFolder folder;
  folder.write("crafts.csv", with(kCraftsCsv, "yoshi,𠮷野の器,Yoshino ware,iwate,1980,器,Ware,\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "crafts.csv:4:2: name_ja: \"𠮷\" (U+20BB7) at character 1 is outside the Basic Multilingual Plane "
          "(U+0000-U+FFFF), which the kiosk cannot draw; replace it with a BMP character"});
}

TEST(SourceValidation, ReportsNonBmpCharacterOnItsPhysicalLine) {
  SourceFolder folder;
  folder.write("strings.csv", with(kStringsCsv, "home.emoji,\"一行目\n二行目😀\",Emoji\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{"strings.csv:5:2: ja: \"😀\" (U+1F600) at character 8 is outside the Basic Multilingual Plane "
               "(U+0000-U+FFFF), which the kiosk cannot draw; replace it with a BMP character"});
}

TEST(SourceValidation, ReportsBadEnumValue) {
  SourceFolder folder;
  folder.write("events.csv", replaced(kEventsCsv, "briefing,seminar,", "briefing,talk,"));
  EXPECT_EQ(
      folder.messages(),
      Messages{"events.csv:3:2: kind: \"talk\" is not allowed; use one of: exhibition, seminar, contest, "
               "programme, fair, milestone"});
}

TEST(SourceValidation, ReportsUnknownRegion) {
  SourceFolder folder;
  folder.write("indicator_points.csv", with(kPointsCsv, "renewables,2022,5,actual,sendai,,\n"));
  EXPECT_EQ(
      folder.messages(),
      Messages{"indicator_points.csv:5:5: region: \"sendai\" is not allowed; use one of: tohoku, national, "
               "aomori, iwate, miyagi, akita, yamagata, fukushima"});
}

TEST(SourceValidation, ReportsSampleFlagThatIsNotTrueOrFalse) {
  SourceFolder folder;
  folder.write("exhibitors.csv", replaced(kExhibitorsCsv, ",true", ",yes"));
  EXPECT_EQ(folder.messages(),
            Messages{"exhibitors.csv:2:10: sample: \"yes\" is not allowed; use one of: true, false"});
}

TEST(SourceValidation, ReportsPointOfUnknownIndicator) {
  SourceFolder folder;
  folder.write("indicator_points.csv", with(kPointsCsv, "pop_sendai,2020,1,actual,miyagi,,\n"));
  EXPECT_EQ(folder.messages(),
            Messages{"indicator_points.csv:5:1: indicator: \"pop_sendai\" is not an id in indicators.csv"});
}

TEST(SourceValidation, ReportsIndicatorWithoutPoints) {
  SourceFolder folder;
  folder.write("indicator_points.csv",
               "indicator,period,value,kind,region\npop_tohoku,2020,862.5,actual,tohoku\n");
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "indicators.csv:3:1: id: indicator \"renewables\" has no rows in indicator_points.csv; at least "
          "one point is required"});
}

TEST(SourceValidation, ReportsSlideRefToMissingExhibitor) {
  SourceFolder folder;
  folder.write("slides.csv", with(kSlidesCsv, "s_x,exhibitor,nobody,6,,\n"));
  EXPECT_EQ(folder.messages(), Messages{"slides.csv:7:3: ref: \"nobody\" is not an id in exhibitors.csv"});
}

TEST(SourceValidation, ReportsSlideRefToMissingIndicatorAndCraft) {
  SourceFolder folder;
  folder.write("slides.csv", with(kSlidesCsv, "s_x,indicator,gdp,6,,\ns_y,craft,kokeshi,6,,\n"));
  EXPECT_EQ(folder.messages(), (Messages{"slides.csv:7:3: ref: \"gdp\" is not an id in indicators.csv",
                                         "slides.csv:8:3: ref: \"kokeshi\" is not an id in crafts.csv"}));
}

TEST(SourceValidation, ReportsRefOnPromptAndMissingRefOnIndicatorSlide) {
  SourceFolder folder;
  folder.write("slides.csv", with(kSlidesCsv, "s_x,prompt,pop_tohoku,6,,\ns_y,indicator,,6,,\n"));
  EXPECT_EQ(
      folder.messages(),
      (Messages{
          "slides.csv:7:3: ref: must be empty for a \"prompt\" slide",
          "slides.csv:8:3: ref: empty; a slide of kind \"indicator\" needs an id from indicators.csv"}));
}

TEST(SourceValidation, ReportsSlideDurationOutOfRange) {
  SourceFolder folder;
  folder.write("slides.csv", with(kSlidesCsv, "s_x,prompt,,150,,\ns_y,prompt,,1.5,,\n"));
  EXPECT_EQ(folder.messages(),
            (Messages{"slides.csv:7:4: duration_s: \"150\" is not a whole number from 2 to 120",
                      "slides.csv:8:4: duration_s: \"1.5\" is not a whole number from 2 to 120"}));
}

TEST(SourceValidation, ReportsSlideActiveUntilNotAfterFrom) {
  SourceFolder folder;
  folder.write("slides.csv",
               with(kSlidesCsv, "s_x,prompt,,5,2022-12-14,2022-12-14\ns_y,prompt,,5,2022-12,\n"));
  EXPECT_EQ(
      folder.messages(),
      (Messages{"slides.csv:7:6: active_until: \"2022-12-14\" is not after active_from \"2022-12-14\"",
                "slides.csv:8:5: active_from: \"2022-12\" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"}));
}

TEST(SourceValidation, ReportsMissingLogoFile) {
  SourceFolder folder;
  std::filesystem::remove(folder.path() / "images/sample_1.png");
  EXPECT_EQ(
      folder.messages(),
      Messages{"exhibitors.csv:2:9: logo: \"images/sample_1.png\" does not exist in the source folder"});
}

TEST(SourceValidation, ReportsImagePathsOutsideImagesFolder) {
  SourceFolder folder;
  folder.write("crafts.csv", with(kCraftsCsv,
                                  "a,漆器,Lacquer,akita,1976,説明,Text,../secret.png\n"
                                  "b,漆器,Lacquer,akita,1976,説明,Text,images/../categories.csv\n"));
  EXPECT_EQ(
      folder.messages(),
      (Messages{
          "crafts.csv:4:8: image: \"../secret.png\" is not a file under images/ (write e.g. "
          "images/logo.png)",
          "crafts.csv:5:8: image: \"images/../categories.csv\" must be a plain path under images/ without "
          "'..', '\\' or '//'"}));
}

TEST(SourceValidation, ReportsUrlWithoutScheme) {
  SourceFolder folder;
  folder.write("events.csv", replaced(kEventsCsv, "https://www.semiconjapan.org/", "www.semiconjapan.org"));
  EXPECT_EQ(
      folder.messages(),
      Messages{
          "events.csv:2:13: url: \"www.semiconjapan.org\" is not a web address; it must start with http:// "
          "or https://"});
}

TEST(SourceValidation, ReportsSourceQuoteLongerThan60Characters) {
  SourceFolder folder;
  const std::string quote(61, 'x');
  folder.write("indicators.csv", replaced(kIndicatorsCsv, "東北6県の人口", quote));
  EXPECT_EQ(folder.messages(),
            Messages{"indicators.csv:2:7: source_quote: 61 characters; the excerpt may have at most 60"});
}

TEST(SourceValidation, CollectsEveryProblemAcrossFilesInFileAndLineOrder) {
  SourceFolder folder;
  folder.write("strings.csv", with(kStringsCsv, "home.events,催し,\n"));
  folder.write("events.csv", with(kEventsCsv, event_row("2022-13-01", "")));
  folder.write("categories.csv", with(kCategoriesCsv, "energy,エネルギー,,x\n"));
  EXPECT_EQ(
      folder.messages(),
      (Messages{"categories.csv:4:1: id: duplicate id \"energy\" (first on line 3)",
                "categories.csv:4:3: name_en: missing English text (name_ja and name_en are both required)",
                "categories.csv:4:4: sort: \"x\" is not a whole number (digits with an optional leading '-')",
                "events.csv:5:5: start: \"2022-13-01\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                "YYYY-MM-DDTHH:MM)",
                "strings.csv:4:3: en: missing English text (ja and en are both required)"}));
}

TEST(Diagnostic, LeavesOutLineColumnAndFieldWhenUnknown) {
  EXPECT_EQ((Diagnostic{"events.csv", 14, 5, "start", "bad"}).to_string(), "events.csv:14:5: start: bad");
  EXPECT_EQ((Diagnostic{"events.csv", 14, 0, "", "bad row"}).to_string(), "events.csv:14: bad row");
  EXPECT_EQ((Diagnostic{"events.csv", 0, 0, "", "missing"}).to_string(), "events.csv: missing");
}

}  // namespace
}  // namespace kiosk::bundle
