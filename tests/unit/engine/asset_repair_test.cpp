// Bit flips on the card: the start-up check (store::check_applied_assets) finds an asset file whose
// bytes no longer match its SHA-256, removes it so nothing can show it, and the next poll fetches it
// again from the source although the version there is the one already applied.
#include <gtest/gtest.h>

#include <fstream>

#include "bundle/bundle.hpp"
#include "bundle/signature.hpp"
#include "common/sha256.hpp"
#include "engine/sync_engine.hpp"
#include "store/asset_check.hpp"
#include "store/asset_store.hpp"
#include "store/content_store.hpp"
#include "test_support.hpp"

namespace kiosk::engine {
namespace {

namespace fs = std::filesystem;
constexpr int64_t kNow = 1767225600;  // 2026-01-01T00:00:00Z

class AssetRepairTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto key = bundle::generate_key_files(dir_.path() / "staff");
    ASSERT_TRUE(key);
    auto secret = bundle::read_secret_key(dir_.path() / "staff.key");
    ASSERT_TRUE(secret);
    bundle::BuildOptions options{3, "2025-12-01T00:00:00Z", "2026-02-01T00:00:00Z", &*secret};
    auto built = bundle::build_bundle(sources_.path(), bundle_, options);
    ASSERT_TRUE(built) << built.error().message;
    config_.data_dir = data_;
    config_.sources = {bundle_.string()};
    config_.keys = {*key};
    ASSERT_EQ(poll().outcome, PollOutcome::Applied);
    auto reader = store::ContentReader::open(data_);
    ASSERT_TRUE(reader);
    auto content = reader->load_all();
    ASSERT_TRUE(content);
    ASSERT_EQ(content->assets.size(), 2u);  // images/sample_1.png and images/tsugaru.png
    asset_ = content->assets[0];
    stored_ = store::AssetStore(data_).path_of(asset_.sha256);
  }
  PollResult poll() {
    SyncHooks hooks;
    hooks.now_utc = [] { return kNow; };
    hooks.log = [this](const std::string& line) { log_ += line + "\n"; };
    return SyncEngine(config_, hooks).poll_once();
  }
  void flip_byte(std::streamoff at) {
    std::fstream file(stored_, std::ios::in | std::ios::out | std::ios::binary);
    file.seekg(at);
    const char byte = static_cast<char>(file.get() ^ 0x20);
    file.seekp(at);
    file.put(byte);
  }
  bool stored_intact() {
    auto digest = sha256_file(stored_);
    return digest && digest->sha256 == asset_.sha256 && digest->size == asset_.size;
  }

  test::TempDir dir_;
  test::SourceFolder sources_;
  fs::path bundle_ = dir_.path() / "bundle";
  fs::path data_ = dir_.path() / "data";
  SyncConfig config_;
  model::Asset asset_;
  fs::path stored_;
  std::string log_;
};

TEST_F(AssetRepairTest, StartCheckPassesIntactAssetsAndCountsTheBytes) {
  auto report = store::check_applied_assets(data_);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->checked, 2);
  EXPECT_EQ(report->bytes_hashed, 14u + 21u);  // the two test images
  EXPECT_TRUE(report->damaged.empty());
  EXPECT_TRUE(stored_intact());
}

TEST_F(AssetRepairTest, FlippedByteIsDetectedNamedAndRemovedThenFetchedAgain) {
  flip_byte(3);
  auto report = store::check_applied_assets(data_);
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->damaged.size(), 1u);
  EXPECT_EQ(report->damaged[0].asset.path, asset_.path);
  EXPECT_NE(report->damaged[0].reason.find(stored_.string() + " (" + asset_.path + "): SHA-256 is "),
            std::string::npos) << report->damaged[0].reason;
  EXPECT_NE(report->damaged[0].reason.find(", expected " + asset_.sha256), std::string::npos);
  EXPECT_FALSE(fs::exists(stored_)) << "a damaged file must not stay where the screens look for it";

  auto missing = store::missing_applied_assets(data_);
  ASSERT_TRUE(missing);
  ASSERT_EQ(missing->size(), 1u);
  const PollResult repaired = poll();  // the source still offers version 3, the applied one
  ASSERT_EQ(repaired.outcome, PollOutcome::Applied) << repaired.error;
  EXPECT_EQ(repaired.version, 3);
  EXPECT_NE(log_.find("fetched 1 missing or damaged assets of version 3 again"), std::string::npos) << log_;
  EXPECT_TRUE(stored_intact());
  EXPECT_TRUE(store::missing_applied_assets(data_)->empty());
  EXPECT_EQ(poll().outcome, PollOutcome::Unchanged);  // repaired: back to the cheap poll
}

TEST_F(AssetRepairTest, TruncatedAndMissingAssetsAreReportedWithTheirSizes) {
  fs::resize_file(stored_, asset_.size - 4);
  auto report = store::check_applied_assets(data_);
  ASSERT_TRUE(report);
  ASSERT_EQ(report->damaged.size(), 1u);
  EXPECT_NE(report->damaged[0].reason.find("size is " + std::to_string(asset_.size - 4) + " bytes, expected " +
                                           std::to_string(asset_.size)),
            std::string::npos)
      << report->damaged[0].reason;
  report = store::check_applied_assets(data_);  // now it is missing
  ASSERT_TRUE(report);
  ASSERT_EQ(report->damaged.size(), 1u);
  EXPECT_NE(report->damaged[0].reason.find(stored_.string()), std::string::npos) << report->damaged[0].reason;
}

TEST_F(AssetRepairTest, DamagedAssetStaysRemovedWhileTheSourceIsUnreachable) {
  flip_byte(0);
  ASSERT_TRUE(store::check_applied_assets(data_));
  config_.sources = {(dir_.path() / "unplugged-usb-stick").string()};
  const PollResult offline = poll();
  EXPECT_EQ(offline.outcome, PollOutcome::Failed);
  EXPECT_FALSE(fs::exists(stored_));
  auto reader = store::ContentReader::open(data_);  // the content itself is still there to show
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->version().value_or(0), 3);
}

}  // namespace
}  // namespace kiosk::engine
