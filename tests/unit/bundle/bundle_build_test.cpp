// build_bundle: a complete bundle or nothing at all.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "bundle/bundle.hpp"
#include "common/sha256.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

namespace fs = std::filesystem;

BuildOptions options(int64_t version = 7) { return {version, "2026-01-01T00:00:00Z"}; }

std::vector<std::string> entries_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(BuildBundle, ReadBackEqualsTheSourcesWithVersionCreatedAndAssets) {
  test::SourceFolder sources;
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", options());
  ASSERT_TRUE(built) << built.error().message;
  const auto read = read_bundle(out.path() / "b");
  ASSERT_TRUE(read) << read.error().message;

  model::Content expected = read_sources(sources.path()).content;
  expected.version = 7;
  expected.created = "2026-01-01T00:00:00Z";
  expected.assets = {
      {"images/sample_1.png", 14, sha256_hex(test::read_file(sources.path() / "images/sample_1.png"))},
      {"images/tsugaru.png", 21, sha256_hex(test::read_file(sources.path() / "images/tsugaru.png"))}};
  EXPECT_EQ(*read, expected);
  EXPECT_EQ(*built, expected);
}

TEST(BuildBundle, WritesManifestListingEveryFileWithSizeAndHash) {
  test::SourceFolder sources;
  test::TempDir out;
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "b", options()));
  const fs::path b = out.path() / "b";
  EXPECT_EQ(entries_in(b), (std::vector<std::string>{"content.json", "images", "manifest.json"}));
  const auto manifest = nlohmann::json::parse(test::read_file(b / "manifest.json"));
  EXPECT_EQ(manifest["format"], 1);
  EXPECT_EQ(manifest["version"], 7);
  EXPECT_EQ(manifest["created"], "2026-01-01T00:00:00Z");
  ASSERT_EQ(manifest["files"].size(), 3u);
  std::vector<std::string> paths;
  for (const auto& file : manifest["files"]) {
    const std::string bytes = test::read_file(b / file["path"].get<std::string>());
    EXPECT_EQ(file["size"], bytes.size());
    EXPECT_EQ(file["sha256"], sha256_hex(bytes));
    paths.push_back(file["path"]);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"content.json", "images/sample_1.png", "images/tsugaru.png"}));
}

TEST(BuildBundle, OutputIsReadableByOthersSoAWebServerCanPublishIt) {
  test::SourceFolder sources;
  test::TempDir out;
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "b", options()));
  for (const fs::path& p : {out.path() / "b", out.path() / "b/manifest.json", out.path() / "b/content.json",
                            out.path() / "b/images/tsugaru.png"}) {
    EXPECT_NE(fs::status(p).permissions() & fs::perms::others_read, fs::perms::none) << p;
  }
}

TEST(BuildBundle, SameSourcesAndOptionsGiveIdenticalBytes) {
  test::SourceFolder sources;
  test::TempDir out;
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "one", options()));
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "two", options()));
  EXPECT_EQ(test::read_file(out.path() / "one/manifest.json"),
            test::read_file(out.path() / "two/manifest.json"));
}

TEST(BuildBundle, FailedValidationLeavesNoOutputBehind) {
  test::SourceFolder sources;
  sources.write("strings.csv", "key,ja,en\nhome.title,東北,\n");
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", options());
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().code, ErrorCode::Validation);
  EXPECT_EQ(built.error().message,
            "strings.csv:2:3: en: missing English text (ja and en are both required)\n1 error in " +
                sources.path().string());
  EXPECT_EQ(entries_in(out.path()), std::vector<std::string>{});  // no bundle, no staging folder
}

TEST(BuildBundle, FailedCopyLeavesNoOutputBehind) {
  test::SourceFolder sources;
  // A "regular file" whose read fails with EIO even for root: the copy fails after staging began.
  fs::remove(sources.path() / "images/tsugaru.png");
  fs::create_symlink("/proc/self/mem", sources.path() / "images/tsugaru.png");
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", options());
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().code, ErrorCode::Io);
  EXPECT_EQ(entries_in(out.path()), std::vector<std::string>{});
}

TEST(BuildBundle, RefusesOutputFolderThatIsNotEmpty) {
  test::SourceFolder sources;
  test::TempDir out;
  test::write_file(out.path() / "b/old.txt", "earlier bundle");
  const auto built = build_bundle(sources.path(), out.path() / "b", options());
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().code, ErrorCode::Usage);
  EXPECT_EQ(built.error().message,
            (out.path() / "b").string() + ": exists and is not empty; choose a new folder");
  EXPECT_EQ(entries_in(out.path() / "b"), std::vector<std::string>{"old.txt"});
}

TEST(BuildBundle, FillsAnExistingEmptyOutputFolder) {
  test::SourceFolder sources;
  test::TempDir out;
  fs::create_directory(out.path() / "b");
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "b/", options()));
  EXPECT_TRUE(read_bundle(out.path() / "b"));
}

TEST(BuildBundle, CreatesMissingParentFolders) {
  test::SourceFolder sources;
  test::TempDir out;
  ASSERT_TRUE(build_bundle(sources.path(), out.path() / "x/y/b", options()));
  EXPECT_TRUE(read_bundle(out.path() / "x/y/b"));
}

TEST(BuildBundle, RefusesVersionZero) {
  test::SourceFolder sources;
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", options(0));
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().code, ErrorCode::Usage);
  EXPECT_EQ(built.error().message, "version: 0 is not a content version (> 0)");
}

TEST(BuildBundle, RefusesCreatedThatIsNotIsoUtc) {
  test::SourceFolder sources;
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", {1, "2026-01-01 09:00"});
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().message,
            "created: \"2026-01-01 09:00\" is not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
}

TEST(BuildBundle, EmptyCreatedMeansNow) {
  test::SourceFolder sources;
  test::TempDir out;
  const auto built = build_bundle(sources.path(), out.path() / "b", {1, ""});
  ASSERT_TRUE(built);
  EXPECT_EQ(built->created.size(), 20u);
  EXPECT_GE(built->created, "2025-");
}

}  // namespace
}  // namespace kiosk::bundle
