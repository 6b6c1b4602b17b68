// load_bundle: bundle -> assets -> one transaction -> garbage collection, and the round trip from
// staff sources to what the kiosk reads back.
#include <gtest/gtest.h>

#include <algorithm>

#include "bundle/bundle.hpp"
#include "common/sha256.hpp"
#include "store/asset_store.hpp"
#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;
namespace fs = std::filesystem;

const fs::path kFixtureSources = fs::path(KIOSK_SOURCE_DIR) / "tests/unit/store/data/bundle-source";

model::Content read_back(const fs::path& data_dir) {
  auto reader = ContentReader::open(data_dir);
  EXPECT_TRUE(reader) << reader.error().message;
  if (!reader) return {};
  auto content = reader->load_all();
  EXPECT_TRUE(content) << content.error().message;
  return content.value_or(model::Content{});
}

std::vector<std::string> stored_files(const fs::path& data_dir) {
  std::vector<std::string> names;
  const auto root = data_dir / "assets";
  if (!fs::exists(root)) return names;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> hashes_of(const model::Content& content) {
  std::vector<std::string> out;
  for (const auto& asset : content.assets) out.push_back(asset.sha256);
  std::sort(out.begin(), out.end());
  return out;
}

class BundleLoader : public ::testing::Test {
 protected:
  // A copy of the fixture sources that a test may edit before building.
  fs::path sources(const std::string& name) {
    fs::path dir = tmp_.path() / ("src-" + name);
    fs::copy(kFixtureSources, dir, fs::copy_options::recursive);
    return dir;
  }
  model::Content build(const fs::path& source_dir, const std::string& name, int64_t version) {
    auto built = bundle::build_bundle(source_dir, bundle_dir(name), {version, "2026-01-02T03:04:05Z"});
    EXPECT_TRUE(built) << built.error().message;
    return built.value_or(model::Content{});
  }
  fs::path bundle_dir(const std::string& name) const { return tmp_.path() / ("bundle-" + name); }
  fs::path data() const { return tmp_.path() / "data"; }

  TempDir tmp_;
};

TEST_F(BundleLoader, RoundTripFromSourcesGivesBackTheSameContent) {
  const model::Content built = build(kFixtureSources, "v5", 5);
  auto report = load_bundle(bundle_dir("v5"), data());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->version, 5);
  EXPECT_EQ(report->assets_copied, 2);
  EXPECT_EQ(report->assets_removed, 0);
  EXPECT_TRUE(report->warning.empty()) << report->warning;

  model::Content expected = bundle::read_sources(kFixtureSources).content;
  expected.version = 5;
  expected.created = "2026-01-02T03:04:05Z";
  expected.assets = built.assets;
  ASSERT_EQ(expected.assets.size(), 2u);
  const model::Content back = read_back(data());
  EXPECT_EQ(back, expected) << "got      " << test::content_summary(back) << "\nexpected "
                            << test::content_summary(expected);
  EXPECT_EQ(stored_files(data()), hashes_of(expected));
  AssetStore store(data());
  for (const auto& asset : expected.assets) EXPECT_TRUE(store.has(asset.sha256, asset.size)) << asset.path;
}

TEST_F(BundleLoader, RoundTripOfTheBuiltInContent) {
  const fs::path builtin = fs::path(KIOSK_SOURCE_DIR) / "assets/content";
  const auto sources = bundle::read_sources(builtin);
  ASSERT_TRUE(sources.diagnostics.empty()) << "assets/content does not validate: "
                                            << sources.diagnostics.front().to_string();
  const model::Content built = build(builtin, "builtin", 1);
  auto report = load_bundle(bundle_dir("builtin"), data());
  ASSERT_TRUE(report) << report.error().message;
  model::Content expected = sources.content;
  expected.version = 1;
  expected.created = "2026-01-02T03:04:05Z";
  expected.assets = built.assets;
  EXPECT_EQ(read_back(data()), expected);
}

TEST_F(BundleLoader, ReloadingTheSameBundleCopiesAndRemovesNothing) {
  build(kFixtureSources, "v1", 1);
  ASSERT_TRUE(load_bundle(bundle_dir("v1"), data()));
  auto again = load_bundle(bundle_dir("v1"), data());
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->assets_copied, 0);
  EXPECT_EQ(again->assets_removed, 0);
}

TEST_F(BundleLoader, NewVersionRemovesAssetsNoLongerReferenced) {
  const model::Content v1 = build(kFixtureSources, "v1", 1);
  const fs::path edited = sources("v2");
  // v2 drops the craft image and gives the exhibitor a new logo.
  test::write_file(edited / "crafts.csv",
                   "id,name_ja,name_en,prefecture,designation,description_ja,description_en,image\n"
                   "nambu_tekki,南部鉄器,Nambu ironware,iwate,1975,鉄瓶,Iron kettles,\n");
  test::write_file(edited / "images/sample_1.png", "a new logo\n");
  const model::Content v2 = build(edited, "v2", 2);
  ASSERT_TRUE(load_bundle(bundle_dir("v1"), data()));

  auto report = load_bundle(bundle_dir("v2"), data());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->version, 2);
  EXPECT_EQ(report->assets_copied, 1);
  EXPECT_EQ(report->assets_removed, 2);
  EXPECT_EQ(stored_files(data()), hashes_of(v2));
  EXPECT_EQ(read_back(data()).crafts.size(), 1u);
}

TEST_F(BundleLoader, OlderVersionMayBeReappliedByDefault) {
  build(kFixtureSources, "v1", 1);
  build(kFixtureSources, "v2", 2);
  ASSERT_TRUE(load_bundle(bundle_dir("v2"), data()));
  auto report = load_bundle(bundle_dir("v1"), data());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(read_back(data()).version, 1);
}

TEST_F(BundleLoader, RequireNewerVersionRefusesSameOrOlder) {
  build(kFixtureSources, "v1", 1);
  build(kFixtureSources, "v2", 2);
  ASSERT_TRUE(load_bundle(bundle_dir("v2"), data()));
  auto older = load_bundle(bundle_dir("v1"), data(), {.require_newer_version = true});
  ASSERT_FALSE(older);
  EXPECT_EQ(older.error().code, ErrorCode::Validation);
  EXPECT_EQ(older.error().message, "bundle version 1 is not newer than the applied version 2");
  auto same = load_bundle(bundle_dir("v2"), data(), {.require_newer_version = true});
  ASSERT_FALSE(same);
  EXPECT_EQ(read_back(data()).version, 2);
}

TEST_F(BundleLoader, TamperedAssetIsRefusedAndDataDirUnchanged) {
  build(kFixtureSources, "v1", 1);
  ASSERT_TRUE(load_bundle(bundle_dir("v1"), data()));
  const fs::path edited = sources("v2");
  test::write_file(edited / "images/tsugaru.png", "new craft image\n");
  build(edited, "v2", 2);
  test::write_file(bundle_dir("v2") / "images/tsugaru.png", "NEW craft image\n");  // same size, other bytes
  const auto before = stored_files(data());

  auto result = load_bundle(bundle_dir("v2"), data());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Integrity);
  EXPECT_NE(result.error().message.find((bundle_dir("v2") / "images/tsugaru.png").string() + ": SHA-256 is "),
            std::string::npos)
      << result.error().message;
  EXPECT_EQ(read_back(data()).version, 1);
  EXPECT_EQ(stored_files(data()), before);
}

TEST_F(BundleLoader, FailedCommitRemovesTheAssetsItCopied) {
  const model::Content v1 = build(kFixtureSources, "v1", 1);
  ASSERT_TRUE(load_bundle(bundle_dir("v1"), data()));
  const fs::path edited = sources("v2");
  test::write_file(edited / "images/tsugaru.png", "another craft image\n");
  build(edited, "v2", 2);
  {
    auto raw = test::open_raw(database_path(data()));
    test::exec_sql(
        raw.get(),
        "CREATE TRIGGER refuse BEFORE INSERT ON assets BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  }
  auto result = load_bundle(bundle_dir("v2"), data());
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("disk full"), std::string::npos) << result.error().message;
  {
    auto raw = test::open_raw(database_path(data()));
    test::exec_sql(raw.get(), "DROP TRIGGER refuse");
  }
  EXPECT_EQ(read_back(data()), v1);
  EXPECT_EQ(stored_files(data()), hashes_of(v1)) << "the new image was copied in, then removed again";
}

TEST_F(BundleLoader, DatabaseFromNewerProgramIsRefusedBeforeAnyAssetIsCopied) {
  build(kFixtureSources, "v1", 1);
  fs::create_directories(data());
  {
    auto raw = test::open_raw(database_path(data()));
    test::exec_sql(raw.get(), "PRAGMA user_version = 99");
  }
  auto result = load_bundle(bundle_dir("v1"), data());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Unsupported);
  EXPECT_FALSE(fs::exists(data() / "assets"));
}

TEST_F(BundleLoader, MissingBundleLeavesNoDataDirBehind) {
  auto result = load_bundle(tmp_.path() / "no-such-bundle", data());
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find((tmp_.path() / "no-such-bundle" / "manifest.json").string()),
            std::string::npos)
      << result.error().message;
  EXPECT_FALSE(fs::exists(data()));
}

}  // namespace
}  // namespace kiosk::store
