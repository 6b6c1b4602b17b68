// The source line names a document by its title from strings.csv ("source.<file name>"), never by
// its file name unless the content has no title for it.
#include <gtest/gtest.h>

#include "screens/source_title.hpp"

namespace kiosk::ui {
namespace {

const std::map<std::string, model::Text> kStrings = {
    {"source.001_0189cab12a9ad6e5.txt", {"東北経済産業局 中期政策", "METI mid-term policy"}},
    {"source.003_206b471b5869c970.txt", {"パンフレット", "Brochure"}},
    {"indicators.source", {"出典", "Source"}},
};

TEST(SourceTitle, ShowsTheTitleInTheVisitorsLanguage) {
  EXPECT_EQ(source_title(kStrings, "001_0189cab12a9ad6e5.txt", Language::Ja), "東北経済産業局 中期政策");
  EXPECT_EQ(source_title(kStrings, "001_0189cab12a9ad6e5.txt", Language::En), "METI mid-term policy");
}

TEST(SourceTitle, FallsBackToTheFileNameWithoutATitle) {
  EXPECT_EQ(source_title(kStrings, "009_unknown.txt", Language::Ja), "009_unknown.txt");
  EXPECT_EQ(source_title({}, "009_unknown.txt", Language::En), "009_unknown.txt");
}

TEST(SourceTitle, JoinsTheTitlesOfTwoDocuments) {
  EXPECT_EQ(source_title(kStrings, "001_0189cab12a9ad6e5.txt;003_206b471b5869c970.txt", Language::En),
            "METI mid-term policy; Brochure");
  // Spaces around the separator and a document without a title.
  EXPECT_EQ(source_title(kStrings, "003_206b471b5869c970.txt ; 009_unknown.txt", Language::Ja),
            "パンフレット; 009_unknown.txt");
  EXPECT_EQ(source_title(kStrings, "001_0189cab12a9ad6e5.txt;", Language::Ja), "東北経済産業局 中期政策");
}

}  // namespace
}  // namespace kiosk::ui
