#include <gtest/gtest.h>

#include "heartbeat/heartbeat.hpp"

namespace kiosk::heartbeat {
namespace {

TEST(Heartbeat, RoundTripsThroughJson) {
  engine::SyncStatus s;
  s.state = engine::SyncState::Failed;
  s.applied_version = 42;
  s.source = "http://h/bundle";
  s.last_sync_utc = 1767225600;
  s.last_error = "http://h/bundle/manifest.json: HTTP 500";
  const Heartbeat h = from_status(s, "pavilion-01", 1767225000, 1767225660);
  EXPECT_EQ(to_json(h),
            "{\"kiosk_id\":\"pavilion-01\",\"content_version\":42,\"state\":\"failed\",\"source\":\"http://h/bundle\","
            "\"last_sync\":\"2026-01-01T00:00:00Z\",\"last_error\":\"http://h/bundle/manifest.json: HTTP 500\","
            "\"uptime_s\":660,\"sent_at\":\"2026-01-01T00:01:00Z\"}\n");
  auto back = from_json(to_json(h), "x");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->content_version, 42);
  EXPECT_EQ(back->last_error, h.last_error);
}

TEST(Heartbeat, RefusesDocumentWithoutKioskId) {
  auto bad = from_json("{\"content_version\":1}", "http://h/status/a.json");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message.rfind("http://h/status/a.json: not a kiosk heartbeat: ", 0), 0u);
}

}  // namespace
}  // namespace kiosk::heartbeat
