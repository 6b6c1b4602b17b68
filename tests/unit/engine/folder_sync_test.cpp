// The sync engine against a local folder source (USB stick): the same verification and apply path as
// HTTP, without a server. Every refusal leaves the applied version and its content as they were.
#include <gtest/gtest.h>

#include <thread>

#include "bundle/bundle.hpp"
#include "engine/sync_engine.hpp"
#include "store/content_store.hpp"
#include "test_support.hpp"

namespace kiosk::engine {
namespace {

namespace fs = std::filesystem;
constexpr int64_t kNow = 1767225600;  // 2026-01-01T00:00:00Z

SyncHooks fixed_clock() {
  SyncHooks hooks;
  hooks.now_utc = [] { return kNow; };
  return hooks;
}

class FolderSyncTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto key = bundle::generate_key_files(dir_.path() / "staff");
    ASSERT_TRUE(key);
    key_ = *key;
  }
  fs::path build(int64_t version, const std::string& expires = "2026-02-01T00:00:00Z") {
    auto secret = bundle::read_secret_key(dir_.path() / "staff.key");
    const fs::path out = dir_.path() / ("v" + std::to_string(version) + "-" + std::to_string(builds_++));
    bundle::BuildOptions options{version, "2025-12-01T00:00:00Z", expires, &*secret};
    auto built = bundle::build_bundle(sources_.path(), out, options);
    EXPECT_TRUE(built) << built.error().message;
    return out;
  }
  PollResult sync(const fs::path& source) {
    SyncConfig config;
    config.data_dir = dir_.path() / "data";
    config.sources = {source.string()};
    config.keys = {key_};
    SyncEngine engine(config, fixed_clock());
    return engine.poll_once();
  }
  int64_t applied() {
    auto reader = store::ContentReader::open(dir_.path() / "data");
    return reader ? reader->version().value_or(-1) : 0;
  }

  test::TempDir dir_;
  test::SourceFolder sources_;
  bundle::PublicKey key_;
  int builds_ = 0;
};

TEST_F(FolderSyncTest, FirstSyncAppliesThenUnchanged) {
  const fs::path b = build(3);
  PollResult r = sync(b);
  ASSERT_EQ(r.outcome, PollOutcome::Applied) << r.error;
  EXPECT_EQ(r.version, 3);
  EXPECT_EQ(r.downloaded, 3);  // content.json and the two images
  EXPECT_EQ(applied(), 3);
  r = sync(b);
  EXPECT_EQ(r.outcome, PollOutcome::Unchanged) << r.error;
}

TEST_F(FolderSyncTest, UpdateReusesStoredAssets) {
  ASSERT_EQ(sync(build(3)).outcome, PollOutcome::Applied);
  const PollResult r = sync(build(4));
  ASSERT_EQ(r.outcome, PollOutcome::Applied) << r.error;
  EXPECT_EQ(r.downloaded, 1);
  EXPECT_EQ(r.reused, 2);
}

TEST_F(FolderSyncTest, RefusesOlderVersionAndKeepsContent) {
  const fs::path older = build(3);
  ASSERT_EQ(sync(build(5)).outcome, PollOutcome::Applied);
  const PollResult r = sync(older);
  ASSERT_EQ(r.outcome, PollOutcome::Failed);
  EXPECT_EQ(r.error, (older / "manifest.json").string() +
                         ": version 3 is older than the applied version 5 (rollback refused)");
  EXPECT_EQ(applied(), 5);
}

TEST_F(FolderSyncTest, RefusesTamperedAssetAndKeepsContent) {
  ASSERT_EQ(sync(build(3)).outcome, PollOutcome::Applied);
  const fs::path b = build(4);
  std::string bytes = test::read_file(b / "content.json");
  bytes[bytes.size() / 2] ^= 1;
  fs::remove(b / "content.json");
  test::write_file(b / "content.json", bytes);
  const PollResult r = sync(b);
  ASSERT_EQ(r.outcome, PollOutcome::Failed);
  EXPECT_NE(r.error.find((b / "content.json").string() + ": SHA-256 is "), std::string::npos) << r.error;
  EXPECT_EQ(applied(), 3);
}

TEST_F(FolderSyncTest, RefusesExpiredBundle) {
  const fs::path b = build(3, "2025-12-15T00:00:00Z");
  const PollResult r = sync(b);
  ASSERT_EQ(r.outcome, PollOutcome::Failed);
  EXPECT_EQ(r.error, (b / "manifest.json").string() +
                         ": expired at 2025-12-15T00:00:00Z (now 2026-01-01T00:00:00Z); the source may be frozen");
  EXPECT_EQ(applied(), 0);
}

TEST_F(FolderSyncTest, RunStopsPromptlyWhenAsked) {
  SyncConfig config;
  config.data_dir = dir_.path() / "data";
  config.sources = {build(3).string()};
  config.keys = {key_};
  config.poll_interval = std::chrono::hours(1);
  SyncEngine engine(config, fixed_clock());
  const auto start = std::chrono::steady_clock::now();
  {
    std::jthread thread([&](std::stop_token stop) { engine.run(stop); });
    while (engine.status().state != SyncState::UpToDate) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }  // jthread requests stop and joins
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(engine.status().applied_version, 3);
}

}  // namespace
}  // namespace kiosk::engine
