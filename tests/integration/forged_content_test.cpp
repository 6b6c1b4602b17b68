// Forged content from a server anyone may sit in front of (issue #9): each manifest below is refused
// with its reason, the last good content stays, and nothing is written outside the data dir. (A wrong
// key, a modified manifest or asset, an older version, an expired manifest and "../" paths are in
// sync_http_test.cpp.)
#include <cstdio>
#include <functional>

#include <nlohmann/json.hpp>

#include "common/timestamp.hpp"
#include "hostile_fixture.hpp"

namespace kiosk::itest {
namespace {

namespace fs = std::filesystem;

class ForgedContent : public HostileFixture {
 protected:
  // Publishes version 2, lets `forge` write the served manifest's new text from the real one, signs
  // it with the staff key (the forger holds the key: only the kiosk's own limits stand), then syncs.
  MeasuredRun refused(const std::function<std::string(nlohmann::ordered_json)>& forge) {
    before_ = applied_v1();
    EXPECT_EQ(publish(build(2)).code, 0);
    test::write_file(served() / "manifest.json",
                     forge(nlohmann::ordered_json::parse(test::read_file(served() / "manifest.json"))));
    sign_served_manifest();
    const auto outside = files_outside(dir_.path(), {data(), runs()});
    const MeasuredRun run = sync(base());
    EXPECT_EQ(run.code, 1) << run.out;
    EXPECT_EQ(dump(), before_);
    EXPECT_EQ(files_outside(dir_.path(), {data(), runs()}), outside) << "a file outside the data dir changed";
    return run;
  }
  std::string before_;
};

std::size_t index_of(const nlohmann::ordered_json& manifest, const std::string& path) {
  for (std::size_t i = 0; i < manifest["files"].size(); ++i)
    if (manifest["files"][i]["path"] == path) return i;
  ADD_FAILURE() << path << " is not in the manifest";
  return 0;
}

TEST_F(ForgedContent, ManifestWithAMillionEntriesIsRefusedUnread) {
  std::size_t bytes = 0;
  const MeasuredRun run = refused([&](nlohmann::ordered_json m) {
    // Written as text: a million parsed entries would cost the test itself hundreds of megabytes.
    const std::string sha = m["files"][0]["sha256"].get<std::string>();
    std::string text = m.dump();
    std::string entries;
    entries.reserve(100u << 20);
    for (int i = 0; i < 1000000; ++i) {  // appended piece by piece: no temporaries (seconds in the asan build)
      entries += "{\"path\":\"images/";
      entries += std::to_string(i);
      entries += ".png\",\"size\":25,\"sha256\":\"";
      entries += sha;
      entries += "\"},";
    }
    text.insert(text.find("\"files\":[") + 9, entries);
    bytes = text.size();
    return text;
  });
  EXPECT_GT(bytes, 50u << 20);
  EXPECT_EQ(run.err, "kioskctl sync: " + base() + "/manifest.json: server sent more than the 1048576 bytes expected\n");
  std::printf("[forged] manifest with a million entries (%zu MB): refused in %lld ms, peak RSS %ld KiB\n",
              bytes >> 20, static_cast<long long>(run.elapsed.count()), run.peak_rss_kb);
}

TEST_F(ForgedContent, ManifestDeclaringAOneGigabyteFileIsRefused) {
  std::size_t at = 0;
  const MeasuredRun run = refused([&](nlohmann::ordered_json m) {
    at = index_of(m, "images/tsugaru.png");
    m["files"][at]["size"] = 1ull << 30;
    return m.dump(2);
  });
  EXPECT_EQ(run.err, "kioskctl sync: " + base() + "/manifest.json: files[" + std::to_string(at) +
                         "]: \"images/tsugaru.png\" is 1073741824 bytes, more than the limit of 268435456\n");
}

TEST_F(ForgedContent, ManifestWithAnAbsolutePathIsRefused) {
  const MeasuredRun run = refused([&](nlohmann::ordered_json m) {
    m["files"][index_of(m, "images/tsugaru.png")]["path"] = "/tmp/kiosk-forged-escape.png";
    return m.dump(2);
  });
  EXPECT_NE(run.err.find("\"/tmp/kiosk-forged-escape.png\" is not a safe relative path"), std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists("/tmp/kiosk-forged-escape.png"));
}

// Version 2 was signed in January 2020 and expired in February 2020; version 1 (applied) was signed
// today. With the clock rolled back to mid-January 2020 (as a Pi without RTC, or a forged NTP answer,
// would have it) version 2 looks valid to the clock, but not to the trusted time kept from version 1.
TEST_F(ForgedContent, ManifestValidOnlyIfTheClockIsRolledBackIsRefused) {
  const std::string before = applied_v1();
  const auto v1 = nlohmann::json::parse(test::read_file(served() / "manifest.json"));
  const std::string trusted = v1["created"].get<std::string>();
  EXPECT_EQ(test::read_file(data() / "trusted-time"), trusted + "\n");
  ASSERT_EQ(publish(build(2, "--created 2020-01-01T00:00:00Z --expires 2020-02-01T00:00:00Z")).code, 0);
  const auto outside = files_outside(dir_.path(), {data(), runs()});
  const MeasuredRun run = sync(base(), "--now 2020-01-15T00:00:00Z");
  EXPECT_EQ(run.code, 1);
  EXPECT_EQ(run.err, "kioskctl sync: " + base() + "/manifest.json: expired at 2020-02-01T00:00:00Z (trusted time " +
                         trusted + " from an earlier signed manifest; the clock says 2020-01-15T00:00:00Z, behind "
                         "it); the source may be frozen\n");
  EXPECT_EQ(dump(), before);
  EXPECT_EQ(files_outside(dir_.path(), {data(), runs()}), outside);
  EXPECT_EQ(test::read_file(data() / "trusted-time"), trusted + "\n") << "a refusal does not move it";

  // The same sync into a data dir that never saw version 1 accepts it: the floor is what refused it.
  const MeasuredRun fresh = kioskctl("sync --data-dir " + (dir_.path() / "fresh").string() + " --source " + base() +
                                     " --pubkey " + pub() + " --once --now 2020-01-15T00:00:00Z");
  EXPECT_EQ(fresh.code, 0) << fresh.err;
  EXPECT_EQ(test::read_file(dir_.path() / "fresh" / "trusted-time"), "2020-01-01T00:00:00Z\n");
}

TEST_F(ForgedContent, BrokenTrustedTimeFileIsReportedAndReplaced) {
  applied_v1();
  test::write_file(data() / "trusted-time", "yesterday\n");
  sources_.write("images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n new craft image", 25));
  ASSERT_EQ(publish(build(2)).code, 0);
  const MeasuredRun run = sync(base());
  EXPECT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.err.find("kioskctl sync: sync: ignoring the trusted time: " + (data() / "trusted-time").string() +
                         ":1: \"yesterday\" is not YYYY-MM-DDTHH:MM:SSZ"),
            std::string::npos)
      << run.err;
  const auto v2 = nlohmann::json::parse(test::read_file(served() / "manifest.json"));
  EXPECT_EQ(test::read_file(data() / "trusted-time"), v2["created"].get<std::string>() + "\n");
}

}  // namespace
}  // namespace kiosk::itest
