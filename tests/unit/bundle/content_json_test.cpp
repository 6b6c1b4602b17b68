#include "bundle/content_json.hpp"

#include <gtest/gtest.h>

#include "bundle/bundle.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

model::Content sample_content() {
  test::SourceFolder folder;
  model::Content content = read_sources(folder.path()).content;
  content.version = 42;
  content.created = "2026-01-01T00:00:00Z";
  content.assets = {{"images/a.png", 12, std::string(64, 'a')}};
  content.indicators[0].points[0].value = 0.1 + 0.2;  // a double that only round-trips with full precision
  return content;
}

Result<model::Content> through_json(const model::Content& content) {
  return content_from_json(nlohmann::json::parse(content_to_json(content).dump()));
}

TEST(ContentJson, RoundTripsEveryField) {
  const model::Content original = sample_content();
  const auto again = through_json(original);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, original);
}

TEST(ContentJson, RoundTripsEmptyContent) {
  model::Content empty;
  empty.version = 1;
  const auto again = through_json(empty);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, empty);
}

TEST(ContentJson, WritesKeysInTheDocumentedOrder) {
  const auto doc = content_to_json(sample_content());
  std::vector<std::string> keys;
  for (const auto& item : doc.items()) keys.push_back(item.key());
  EXPECT_EQ(keys,
            (std::vector<std::string>{"format", "version", "created", "categories", "indicators", "events",
                                      "exhibitors", "crafts", "slides", "strings", "assets"}));
  EXPECT_EQ(doc["categories"][0].dump(),
            R"({"id":"population","name":{"ja":"人口","en":"Population"},"sort":1})");
  EXPECT_EQ(
      doc["indicators"][1]["points"][0].dump(),
      R"({"period":"2021-03","value":1200.0,"kind":"actual","region":"miyagi","label":{"ja":"太陽光","en":"Solar"}})");
  EXPECT_FALSE(doc["indicators"][0]["points"][1].contains("label"));  // no breakdown label: key left out
}

TEST(ContentJson, EqualContentGivesEqualBytes) {
  EXPECT_EQ(content_to_json(sample_content()).dump(2), content_to_json(sample_content()).dump(2));
}

TEST(ContentJson, ErrorNamesThePathOfAWrongType) {
  auto doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["events"][1]["start"] = 20221215;
  const auto parsed = content_from_json(doc);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, ErrorCode::Parse);
  EXPECT_EQ(parsed.error().message, "events[1].start: expected a string");
}

TEST(ContentJson, ErrorNamesTheNestedPathOfAMissingKey) {
  auto doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["indicators"][0]["points"][1].erase("value");
  EXPECT_EQ(content_from_json(doc).error().message, "indicators[0].points[1].value: missing");
  doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["strings"]["home.title"].erase("en");
  EXPECT_EQ(content_from_json(doc).error().message, "strings.home.title.en: missing");
}

TEST(ContentJson, RejectsUnknownPointKind) {
  auto doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["indicators"][0]["points"][0]["kind"] = "estimate";
  EXPECT_EQ(content_from_json(doc).error().message,
            "indicators[0].points[0].kind: \"estimate\" is not actual, target or forecast");
}

TEST(ContentJson, RefusesNewerFormat) {
  auto doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["format"] = 2;
  const auto parsed = content_from_json(doc);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, ErrorCode::Unsupported);
  EXPECT_EQ(parsed.error().message, "format: 2 is not supported (this program reads format 1)");
}

TEST(ContentJson, RejectsDocumentThatIsNotAnObject) {
  EXPECT_EQ(content_from_json(nlohmann::json::array()).error().message, "(top level): expected an object");
}

TEST(ContentJson, IgnoresUnknownKeysFromNewerWriters) {
  auto doc = nlohmann::json::parse(content_to_json(sample_content()).dump());
  doc["events"][0]["colour"] = "red";
  doc["expires"] = "2027-01-01T00:00:00Z";
  EXPECT_TRUE(content_from_json(doc));
}

}  // namespace
}  // namespace kiosk::bundle
