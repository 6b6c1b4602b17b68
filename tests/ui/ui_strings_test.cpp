// UI string lookup: current language, then the other language, then the key, each miss logged once.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "i18n/ui_strings.hpp"

namespace kiosk::ui {
namespace {

using ::testing::ElementsAre;

struct Recorder {
  std::vector<std::string> lines;
  LogSink sink() {
    return [this](LogLevel, const std::string& message) { lines.push_back(message); };
  }
};

std::map<std::string, model::Text> sample_strings() {
  return {{"app.title", {"東北パビリオン", "Tohoku Pavilion"}}, {"only.ja", {"日本語だけ", ""}}};
}

TEST(UiStrings, ReturnsTheCurrentLanguage) {
  UiStrings strings(sample_strings(), Language::Ja);
  EXPECT_EQ(strings.get("app.title"), "東北パビリオン");
  strings.set_language(Language::En);
  EXPECT_EQ(strings.get("app.title"), "Tohoku Pavilion");
}

TEST(UiStrings, FallsBackToTheOtherLanguageAndLogsOnce) {
  Recorder log;
  UiStrings strings(sample_strings(), Language::En, log.sink());
  EXPECT_EQ(strings.get("only.ja"), "日本語だけ");
  EXPECT_EQ(strings.get("only.ja"), "日本語だけ");
  EXPECT_THAT(log.lines, ElementsAre("UI string \"only.ja\" has no en text; showing the other language"));
}

TEST(UiStrings, ShowsTheKeyWhenItIsMissingAndLogsOnce) {
  Recorder log;
  UiStrings strings(sample_strings(), Language::Ja, log.sink());
  EXPECT_EQ(strings.get("no.such.key"), "no.such.key");
  EXPECT_EQ(strings.get("no.such.key"), "no.such.key");
  EXPECT_THAT(log.lines, ElementsAre("UI string \"no.such.key\" is not in strings.csv; showing the key"));
}

TEST(UiStrings, AMissingKeyStaysReadableAfterTheTemporaryKeyIsGone) {
  UiStrings strings(sample_strings(), Language::En);
  // The literal becomes a temporary std::string that dies at the end of this statement; the returned
  // reference must not point into it (under the asan preset this read was a stack-use-after-scope).
  const std::string& shown = strings.get("indicators.as_of");
  const std::string& again = strings.get(std::string("indicators.") + "as_of");
  EXPECT_EQ(shown, "indicators.as_of");
  EXPECT_EQ(&shown, &again);  // one stored copy per missing key, not one per lookup
}

TEST(UiStrings, FormatFillsThePlaceholderOrAppends) {
  UiStrings strings({{"with", {"{}時点", "As of {}"}}, {"without", {"出典", "Source"}}}, Language::Ja);
  EXPECT_EQ(strings.format("with", "2020年"), "2020年時点");
  EXPECT_EQ(strings.format("without", "x.txt"), "出典 x.txt");
  strings.set_language(Language::En);
  EXPECT_EQ(strings.format("with", "2020"), "As of 2020");
}

TEST(Language, ParsesOnlyJaAndEn) {
  EXPECT_EQ(parse_language("ja"), Language::Ja);
  EXPECT_EQ(parse_language("en"), Language::En);
  EXPECT_EQ(parse_language("JA"), std::nullopt);
  EXPECT_EQ(parse_language("fr"), std::nullopt);
  EXPECT_EQ(other_language(Language::Ja), Language::En);
}

TEST(Language, PickFallsBackWhenATextIsEmpty) {
  EXPECT_EQ(pick({"会場", ""}, Language::En), "会場");
  EXPECT_EQ(pick({"会場", "Hall"}, Language::En), "Hall");
}

}  // namespace
}  // namespace kiosk::ui
