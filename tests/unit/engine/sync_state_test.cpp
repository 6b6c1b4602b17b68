// sync-state.json: the validators a kiosk keeps across restarts, written durably and read back.
#include <gtest/gtest.h>

#include "engine/sync_state.hpp"
#include "test_support.hpp"

namespace kiosk::engine {
namespace {

TEST(SyncStateFile, MissingFileIsAnEmptyState) {
  test::TempDir dir;
  const auto state = load_sync_state(dir.path());
  ASSERT_TRUE(state) << state.error().message;
  EXPECT_TRUE(state->empty());
}

TEST(SyncStateFile, SavedValidatorsReadBack) {
  test::TempDir dir;
  SavedSources saved;
  saved["http://a/bundle"] = {{"\"6b07b8f7-23c\"", "Thu, 26 Nov 2026 04:30:00 GMT"}, 3};
  ASSERT_TRUE(save_sync_state(dir.path(), saved));
  const auto loaded = load_sync_state(dir.path());
  ASSERT_TRUE(loaded) << loaded.error().message;
  ASSERT_EQ(loaded->size(), 1u);
  const SourceState& a = loaded->at("http://a/bundle");
  EXPECT_EQ(a.validators.etag, "\"6b07b8f7-23c\"");
  EXPECT_EQ(a.validators.last_modified, "Thu, 26 Nov 2026 04:30:00 GMT");
  EXPECT_EQ(a.version, 3);
}

TEST(SyncStateFile, RefusesAFileThatIsNotOurs) {
  test::TempDir dir;
  test::write_file(sync_state_file(dir.path()), "{\"format\": 7}");
  const auto state = load_sync_state(dir.path());
  ASSERT_FALSE(state);
  EXPECT_EQ(state.error().message,
            (dir.path() / "sync-state.json").string() + ": not a sync state file of format 1");
}

}  // namespace
}  // namespace kiosk::engine
