// Exhibitor search as a visitor types: partial Japanese (1-2 characters and 3+), partial English in
// any case, several words, and characters that mean something to SQL.
#include <gtest/gtest.h>

#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;
using Ids = std::vector<std::string>;

class ExhibitorSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = ContentWriter::open(dir_.path());
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->apply(test::sample_content(1)));
    auto reader = ContentReader::open(dir_.path());
    ASSERT_TRUE(reader) << reader.error().message;
    reader_.emplace(std::move(*reader));
  }
  Ids search(const std::string& query) {
    auto found = reader_->search_exhibitors(query);
    EXPECT_TRUE(found) << query << ": " << found.error().message;
    Ids out;
    if (found) {
      for (const auto& x : *found) out.push_back(x.id);
    }
    return out;
  }
  TempDir dir_;
  std::optional<ContentReader> reader_;
};

TEST_F(ExhibitorSearch, EmptyQueryListsAllByBoothNumberNaturally) {
  // A-2 before A-10 (numbers compare by value); the exhibitor without a booth comes last.
  EXPECT_EQ(search(""), (Ids{"miyagi-precision", "tohoku-semi", "yamagata-oled", "aizu-robotics"}));
  EXPECT_EQ(search("   "), search(""));
}

TEST_F(ExhibitorSearch, FindsTwoCharacterJapaneseSubstring) {
  EXPECT_EQ(search("東北"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("導体"), (Ids{"tohoku-semi"}));  // inside a word: Japanese has no spaces to split at
  EXPECT_EQ(search("精密"), (Ids{"miyagi-precision"}));
}

TEST_F(ExhibitorSearch, FindsOneCharacterJapanese) {
  EXPECT_EQ(search("会"), (Ids{"tohoku-semi", "aizu-robotics"}));  // 株式会社, 会津
}

TEST_F(ExhibitorSearch, FindsThreeOrMoreCharacterJapaneseSubstring) {
  EXPECT_EQ(search("半導体"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("有機EL"), (Ids{"yamagata-oled"}));
  EXPECT_EQ(search("ロボティクス"), (Ids{"aizu-robotics"}));
  EXPECT_EQ(search("パネルの開発"), (Ids{"yamagata-oled"}));  // description
}

TEST_F(ExhibitorSearch, FindsEnglishPrefixInAnyCase) {
  EXPECT_EQ(search("semi"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("SEMI"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("Semiconductor"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("oled"), (Ids{"yamagata-oled"}));
}

TEST_F(ExhibitorSearch, FindsShortEnglishInAnyCase) {
  EXPECT_EQ(search("Ai"), (Ids{"aizu-robotics"}));
  EXPECT_EQ(search("ai"), (Ids{"aizu-robotics"}));
  EXPECT_EQ(search("OL"), (Ids{"yamagata-oled"}));
}

TEST_F(ExhibitorSearch, FindsByBoothAndCategory) {
  EXPECT_EQ(search("A-1"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("b-1"), (Ids{"yamagata-oled"}));
  EXPECT_EQ(search("robotics"), (Ids{"aizu-robotics"}));
}

TEST_F(ExhibitorSearch, EveryWordMustMatch) {
  EXPECT_EQ(search("tohoku power"), (Ids{"tohoku-semi"}));
  EXPECT_EQ(search("東北　パワー"), (Ids{"tohoku-semi"}));  // ideographic space from a Japanese IME
  EXPECT_EQ(search("tohoku oled"), Ids{});
  EXPECT_EQ(search("会 ロボ"), (Ids{"aizu-robotics"}));
}

TEST_F(ExhibitorSearch, NoMatchIsEmpty) {
  EXPECT_EQ(search("沖縄"), Ids{});
  EXPECT_EQ(search("xyzzy"), Ids{});
}

TEST_F(ExhibitorSearch, SqlWildcardsAndQuotesAreLiteral) {
  EXPECT_EQ(search("%"), (Ids{"aizu-robotics"}));  // only the description with "100%"
  EXPECT_EQ(search("100%"), (Ids{"aizu-robotics"}));
  EXPECT_EQ(search("_"), Ids{});
  EXPECT_EQ(search("\""), Ids{});
  EXPECT_EQ(search("\"semi"), Ids{});
  EXPECT_EQ(search("semi OR oled"), Ids{});  // FTS5 operators are plain words here
  EXPECT_EQ(search("'; DROP TABLE exhibitors; --"), Ids{});
  EXPECT_EQ(search(""), (Ids{"miyagi-precision", "tohoku-semi", "yamagata-oled", "aizu-robotics"}));
}

TEST_F(ExhibitorSearch, ResultsCarryEveryField) {
  auto found = reader_->search_exhibitors("半導体");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front(), test::sample_content(1).exhibitors[0]);
}

TEST_F(ExhibitorSearch, SearchFollowsTheNewVersion) {
  auto writer = ContentWriter::open(dir_.path());
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->apply(test::other_content(2)));
  EXPECT_EQ(search("半導体"), Ids{});
  EXPECT_EQ(search("東北"), Ids{});
  EXPECT_EQ(search("秋田"), (Ids{"akita-wind"}));
  EXPECT_EQ(search("offshore"), (Ids{"akita-wind"}));
}

}  // namespace
}  // namespace kiosk::store
