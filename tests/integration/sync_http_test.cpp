// Staff publish to a real nginx over WebDAV PUT, a kiosk data dir syncs with `kioskctl sync --once`.
// Every failure case asserts the reason and that `kioskctl dump` shows exactly the previous content.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "bundle/signature.hpp"
#include "common/sha256.hpp"
#include "engine/sync_engine.hpp"
#include "fault_proxy.hpp"
#include "nginx_server.hpp"
#include "test_support.hpp"

namespace kiosk::itest {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class SyncOverHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ::unsetenv("http_proxy");  // the tests talk to 127.0.0.1 only
    ::unsetenv("HTTP_PROXY");
    ::unsetenv("all_proxy");
    server_ = new NginxServer();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    folder_ = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    CommandRun keygen = kioskctl("keygen --out " + (dir_.path() / "staff").string());
    ASSERT_EQ(keygen.code, 0) << keygen.err;
  }

  CommandRun kioskctl(const std::string& args) {
    const fs::path out = dir_.path() / "stdout", err = dir_.path() / "stderr";
    const std::string command = std::string(KIOSKCTL_PATH) + " " + args + " >" + out.string() + " 2>" + err.string();
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }
  std::string key() const { return (dir_.path() / "staff.key").string(); }
  std::string pub() const { return (dir_.path() / "staff.pub").string(); }
  std::string data() const { return (dir_.path() / "data").string(); }
  std::string base() const { return server_->url(folder_); }
  fs::path served() const { return server_->www() / folder_; }

  // Builds the sources as version `version` (signed with `key_file`) into a fresh folder.
  fs::path build(int64_t version, const std::string& extra = {}, const std::string& key_file = {}) {
    const fs::path out = dir_.path() / ("bundle-" + std::to_string(builds_++));
    CommandRun r = kioskctl("build " + sources_.path().string() + " -o " + out.string() + " --key " +
                     (key_file.empty() ? key() : key_file) + " --version " + std::to_string(version) + " " + extra);
    EXPECT_EQ(r.code, 0) << r.err;
    return out;
  }
  CommandRun publish(const fs::path& bundle) {
    return kioskctl("publish " + bundle.string() + " " + base() + " --user staff --password-file " +
                    (server_->dir() / "password").string());
  }
  CommandRun sync(const std::string& sources, const std::string& extra = {}) {
    return kioskctl("sync --data-dir " + data() + " " + sources + " --pubkey " + pub() +
                    " --once --connect-timeout-ms 1000 --low-speed-time-ms 1000 " + extra);
  }
  CommandRun sync() { return sync("--source " + base()); }
  std::string dump() { return kioskctl("dump --data-dir " + data()).out; }

  // Publishes and applies version 1; returns the dump that every failure must leave as it is.
  std::string applied_v1() {
    CommandRun p = publish(build(1));
    EXPECT_EQ(p.code, 0) << p.err;
    CommandRun s = sync();
    EXPECT_EQ(s.code, 0) << s.err;
    const std::string before = dump();
    EXPECT_NE(before.find("\"version\": 1,"), std::string::npos) << before;
    return before;
  }
  // Dates the served manifest 10 s back, as if published a while ago (see applied_v1_settled).
  void settle_served_manifest() {
    fs::last_write_time(served() / "manifest.json", fs::file_time_type::clock::now() - std::chrono::seconds(10));
  }
  // Publishes and applies version 1 with a manifest last modified 10 s ago: validators of a file changed in
  // the second of the response are not kept (http_client.hpp), and the tests must not depend on timing.
  std::string applied_v1_settled() {
    CommandRun p = publish(build(1));
    EXPECT_EQ(p.code, 0) << p.err;
    settle_served_manifest();
    CommandRun s = sync();
    EXPECT_EQ(s.code, 0) << s.err;
    return dump();
  }
  // Signs the manifest now on the server with the staff key (for hand-made manifests).
  void sign_served_manifest() {
    auto secret = bundle::read_secret_key(key());
    ASSERT_TRUE(secret);
    test::write_file(served() / "manifest.json.sig", bundle::sign_detached(slurp(served() / "manifest.json"), *secret));
  }
  void edit_served_manifest(const std::function<void(nlohmann::ordered_json&)>& edit) {
    auto doc = nlohmann::ordered_json::parse(slurp(served() / "manifest.json"));
    edit(doc);
    test::write_file(served() / "manifest.json", doc.dump(2) + "\n");
  }

  static NginxServer* server_;
  test::TempDir dir_;
  test::SourceFolder sources_;
  std::string folder_;
  int builds_ = 0;
};

NginxServer* SyncOverHttp::server_ = nullptr;

TEST_F(SyncOverHttp, FirstSyncAppliesPublishedBundle) {
  CommandRun p = publish(build(1));
  ASSERT_EQ(p.code, 0) << p.err;
  // Assets first, manifest last: the order the server received them in.
  const std::string log = server_->access_log();
  EXPECT_LT(log.find("PUT /" + folder_ + "/images/"), log.find("PUT /" + folder_ + "/manifest.json "));
  CommandRun s = sync();
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "applied version 1 from " + base() + " (3 files fetched, 0 reused)\n");
  EXPECT_NE(dump().find("\"version\": 1,"), std::string::npos);
}

TEST_F(SyncOverHttp, UnchangedPollIsOne304WithNoBody) {
  const std::string before = applied_v1_settled();
  // The first process saved the applied manifest's validators; a second process (as after a kiosk
  // restart) sends them, and the whole poll is one conditional GET answered 304 with no body.
  const auto state = nlohmann::json::parse(slurp(fs::path(data()) / "sync-state.json"));
  const std::string etag = state["sources"][base()]["etag"].get<std::string>();
  ASSERT_FALSE(etag.empty()) << state.dump();
  const std::size_t mark = server_->access_log().size();
  CommandRun s = sync();
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "unchanged: version 1 from " + base() + "\n");
  // nginx writes a quote in the log as \x22.
  std::string logged_etag = etag;
  for (std::size_t at; (at = logged_etag.find('"')) != std::string::npos;) logged_etag.replace(at, 1, "\\x22");
  EXPECT_EQ(server_->access_log().substr(mark),
            "GET /" + folder_ + "/manifest.json 304 0 range=- inm=" + logged_etag + "\n");
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, SavedValidatorsAreIgnoredWhenTheStoreIsOlder) {
  applied_v1_settled();
  // A data dir reset to nothing but an old sync-state.json: a 304 would leave the kiosk empty for good.
  const std::string state = slurp(fs::path(data()) / "sync-state.json");
  fs::remove_all(data());
  test::write_file(fs::path(data()) / "sync-state.json", state);
  const std::size_t mark = server_->access_log().size();
  CommandRun s = sync();
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "applied version 1 from " + base() + " (3 files fetched, 0 reused)\n");
  EXPECT_NE(server_->access_log().substr(mark).find("GET /" + folder_ + "/manifest.json 200 "), std::string::npos);
}

TEST_F(SyncOverHttp, IcsScheduleRoundTrips) {
  // A calendar export next to the CSV sources: built, published, synced, and read back from the store.
  test::write_file(sources_.path() / "pavilion-stage.ics",
                   slurp(fs::path(KIOSK_SOURCE_DIR) / "tests/unit/bundle/data/pavilion-stage.ics"));
  CommandRun p = publish(build(1));
  ASSERT_EQ(p.code, 0) << p.err;
  CommandRun s = sync();
  ASSERT_EQ(s.code, 0) << s.err;
  const auto doc = nlohmann::json::parse(dump());
  std::map<std::string, nlohmann::json> events;
  for (const auto& e : doc["events"]) events[e["id"].get<std::string>()] = e;
  ASSERT_EQ(events.count("3q8k2v1m5n7p9r0s4t6u-google-com"), 1u) << doc["events"].dump(2);
  const auto& seminar = events["3q8k2v1m5n7p9r0s4t6u-google-com"];
  EXPECT_EQ(seminar["title"]["ja"], "東北半導体セミナー");
  EXPECT_EQ(seminar["kind"], "seminar");
  EXPECT_EQ(seminar["start"], "2022-12-14T13:00");  // TZID=Asia/Tokyo 13:00
  EXPECT_EQ(seminar["end"], "2022-12-14T14:30");
  EXPECT_EQ(seminar["start_utc"], 1670990400);     // 2022-12-14T04:00:00Z
  EXPECT_EQ(seminar["end_utc"], 1670995800);
  EXPECT_EQ(seminar["place"]["ja"], "東京ビッグサイト 東4ホール, 東北パビリオン ステージ");
  const auto& talk = events["talk-0215-pavilion-example"];
  EXPECT_EQ(talk["start"], "2022-12-15T10:00");  // 01:00Z
  EXPECT_EQ(talk["start_utc"], 1671066000);
  const auto& pavilion = events["0a1b2c3d-4e5f-6789-abcd-ef0123456789"];
  EXPECT_EQ(pavilion["title"]["en"], "Tohoku Pavilion");
  EXPECT_EQ(pavilion["start"], "2022-12-14");
  EXPECT_EQ(pavilion["end"], "2022-12-16");  // DTEND;VALUE=DATE:20221217 is exclusive
  EXPECT_EQ(pavilion["all_day"], true);
  EXPECT_EQ(pavilion["end_utc"], 1671202800);  // 2022-12-17T00:00 Tokyo
  EXPECT_EQ(events.count("cancelled-pavilion-example"), 0u);
  EXPECT_EQ(events.count("semicon"), 1u);  // events.csv still counts
}

TEST_F(SyncOverHttp, EngineSecondPollIsConditionalAnd304WithNoBody) {
  ASSERT_EQ(publish(build(1)).code, 0);
  settle_served_manifest();  // validators of a manifest changed this second are not kept
  engine::SyncConfig config;
  config.data_dir = data();
  config.sources = {base()};
  config.keys = {*bundle::read_public_key(pub())};
  engine::SyncEngine kiosk(config);
  ASSERT_EQ(kiosk.poll_once().outcome, engine::PollOutcome::Applied);
  const std::size_t mark = server_->access_log().size();
  const engine::PollResult again = kiosk.poll_once();
  EXPECT_EQ(again.outcome, engine::PollOutcome::Unchanged) << again.error;
  const std::string log = server_->access_log().substr(mark);
  // One request, answered 304 with no body, sent with the ETag of the applied manifest.
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 1) << log;
  // nginx writes a quote in the log as \x22.
  EXPECT_EQ(log.rfind("GET /" + folder_ + "/manifest.json 304 0 range=- inm=\\x22", 0), 0u) << log;
  EXPECT_EQ(kiosk.status().state, engine::SyncState::UpToDate);
}

TEST_F(SyncOverHttp, UpdateFetchesOnlyChangedAssets) {
  applied_v1();
  sources_.write("images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n new craft image", 25));
  ASSERT_EQ(publish(build(2)).code, 0);
  const std::size_t mark = server_->access_log().size();
  CommandRun s = sync();
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "applied version 2 from " + base() + " (2 files fetched, 1 reused)\n");
  const std::string log = server_->access_log().substr(mark);
  EXPECT_EQ(log.find("sample_1.png"), std::string::npos) << log;
  EXPECT_NE(log.find("GET /" + folder_ + "/images/tsugaru.png 200"), std::string::npos) << log;
}

TEST_F(SyncOverHttp, RefusesBundleSignedWithWrongKey) {
  const std::string before = applied_v1();
  CommandRun keygen = kioskctl("keygen --out " + (dir_.path() / "intruder").string());
  ASSERT_EQ(keygen.code, 0);
  ASSERT_EQ(publish(build(2, "", (dir_.path() / "intruder.key").string())).code, 0);
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  auto staff = bundle::read_public_key(pub());
  EXPECT_EQ(s.err, "kioskctl sync: " + base() + "/manifest.json.sig: signature does not match manifest.json for "
                   "any trusted key (" + staff->fingerprint() + ")\n");
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, RefusesTamperedManifest) {
  const std::string before = applied_v1();
  ASSERT_EQ(publish(build(2)).code, 0);
  edit_served_manifest([](auto& m) { m["expires"] = "2099-01-01T00:00:00Z"; });
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_NE(s.err.find(base() + "/manifest.json.sig: signature does not match manifest.json"), std::string::npos)
      << s.err;
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, RefusesTamperedAsset) {
  const std::string before = applied_v1();
  sources_.write("images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n new craft image", 25));
  ASSERT_EQ(publish(build(2)).code, 0);
  test::write_file(served() / "images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n evil craft image", 25));
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  const std::string expected = "kioskctl sync: " + base() + "/images/tsugaru.png: SHA-256 is " +
                               sha256_hex(std::string("\x89PNG\r\n\x1a\n evil craft image", 25));
  EXPECT_EQ(s.err.rfind(expected, 0), 0u) << s.err;
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, RefusesOlderVersion) {
  const fs::path old_bundle = build(1);
  ASSERT_EQ(publish(build(2)).code, 0);
  ASSERT_EQ(sync().code, 0);
  const std::string before = dump();
  ASSERT_EQ(publish(old_bundle).code, 0);
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.err, "kioskctl sync: " + base() + "/manifest.json: version 1 is older than the applied version 2 "
                   "(rollback refused)\n");
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, RefusesExpiredManifest) {
  const std::string before = applied_v1();
  ASSERT_EQ(publish(build(2, "--created 2020-01-01T00:00:00Z --expires 2020-02-01T00:00:00Z")).code, 0);
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.err.rfind("kioskctl sync: " + base() + "/manifest.json: expired at 2020-02-01T00:00:00Z (now ", 0),
            0u)
      << s.err;
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, RefusesPathTraversalInManifest) {
  const std::string before = applied_v1();
  ASSERT_EQ(publish(build(2)).code, 0);
  edit_served_manifest([](auto& m) { m["files"][1]["path"] = "../../escape.png"; });
  sign_served_manifest();
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.err, "kioskctl sync: " + base() + "/manifest.json: files[1].path: \"../../escape.png\" is not a "
                   "safe relative path (no leading '/', no '..' or '.' parts, no '\\')\n");
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, StopsBodyLongerThanDeclared) {
  const std::string before = applied_v1();
  sources_.write("images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n new craft image", 25));
  ASSERT_EQ(publish(build(2)).code, 0);
  test::write_file(served() / "images/tsugaru.png", std::string(1 << 20, 'x'));  // endless-data stand-in
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.err, "kioskctl sync: " + base() + "/images/tsugaru.png: server sent more than the 25 bytes expected\n");
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, TruncatedTransferResumesWithRange) {
  const std::string before = applied_v1();
  std::string big(300000, '\0');
  std::mt19937 random(7);
  for (char& c : big) c = static_cast<char>(random());
  sources_.write("images/tsugaru.png", big);
  ASSERT_EQ(publish(build(2)).code, 0);
  FaultProxy proxy(server_->port());
  const std::string via = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/" + folder_;
  proxy.set_fault(Fault::Cut, "tsugaru.png", 100000);  // headers + part of the body, then the line drops
  CommandRun s = sync("--source " + via);
  EXPECT_EQ(s.code, 1);
  EXPECT_NE(s.err.find(via + "/images/tsugaru.png: "), std::string::npos) << s.err;
  EXPECT_EQ(dump(), before);
  proxy.set_fault(Fault::Pass);
  const std::size_t mark = server_->access_log().size();
  s = sync("--source " + via);
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "applied version 2 from " + via + " (2 files fetched, 1 reused)\n");
  const std::string log = server_->access_log().substr(mark);
  EXPECT_NE(log.find("GET /" + folder_ + "/images/tsugaru.png 206"), std::string::npos) << log;
  EXPECT_NE(log.find("range=bytes="), std::string::npos) << log;
}

TEST_F(SyncOverHttp, Server500ThenHeals) {
  const std::string before = applied_v1();
  ASSERT_EQ(publish(build(2)).code, 0);
  server_->fail_with_500(folder_, true);
  CommandRun s = sync();
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.err, "kioskctl sync: " + base() + "/manifest.json: HTTP 500\n");
  EXPECT_EQ(dump(), before);
  server_->fail_with_500(folder_, false);
  s = sync();
  EXPECT_EQ(s.code, 0) << s.err;
  EXPECT_NE(dump().find("\"version\": 2,"), std::string::npos);
}

TEST_F(SyncOverHttp, StalledServerHitsLowSpeedTimeout) {
  const std::string before = applied_v1();
  ASSERT_EQ(publish(build(2)).code, 0);
  FaultProxy proxy(server_->port());
  const std::string via = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/" + folder_;
  proxy.set_fault(Fault::Stall, "manifest.json");
  const auto start = std::chrono::steady_clock::now();
  CommandRun s = sync("--source " + via);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_EQ(s.code, 1);
  EXPECT_NE(s.err.find(via + "/manifest.json: Operation too slow"), std::string::npos) << s.err;
  EXPECT_EQ(dump(), before);
}

TEST_F(SyncOverHttp, UnreachableFirstSourceFallsBackToSecond) {
  ASSERT_EQ(publish(build(1)).code, 0);
  const std::string dead = "http://127.0.0.1:" + std::to_string(free_local_port()) + "/" + folder_;
  CommandRun s = sync("--source " + dead + " --source " + base());
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "applied version 1 from " + base() + " (3 files fetched, 0 reused)\n");
  EXPECT_NE(s.err.find("fell back to " + base() + " after: " + dead + "/manifest.json: "), std::string::npos)
      << s.err;
}

TEST_F(SyncOverHttp, PublishWithoutValidPasswordIsRefused) {
  test::write_file(dir_.path() / "wrong", "guess\n");
  CommandRun p = kioskctl("publish " + build(1).string() + " " + base() + " --user staff --password-file " +
                   (dir_.path() / "wrong").string());
  EXPECT_EQ(p.code, 1);
  EXPECT_EQ(p.err.rfind("kioskctl publish: " + base() + "/images/", 0), 0u) << p.err;
  EXPECT_NE(p.err.find(": HTTP 401"), std::string::npos) << p.err;
  EXPECT_FALSE(fs::exists(served() / "manifest.json"));
}

TEST_F(SyncOverHttp, HeartbeatIsListedByFleet) {
  applied_v1();
  const std::string status = server_->url("status/" + folder_ + "/");
  CommandRun s = sync("--source " + base(), "--kiosk-id booth-" + folder_ + " --heartbeat-url " + status +
                                         "booth.json --user staff --password-file " +
                                         (server_->dir() / "password").string());
  ASSERT_EQ(s.code, 0) << s.err;
  CommandRun f = kioskctl("fleet " + status + " --json");
  ASSERT_EQ(f.code, 0) << f.err;
  auto fleet = nlohmann::json::parse(f.out);
  ASSERT_EQ(fleet.size(), 1u) << f.out;
  EXPECT_EQ(fleet[0]["kiosk_id"], "booth-" + folder_);
  EXPECT_EQ(fleet[0]["content_version"], 1);
  EXPECT_EQ(fleet[0]["state"], "up-to-date");
  CommandRun table = kioskctl("fleet " + status);
  EXPECT_NE(table.out.find("booth-" + folder_), std::string::npos) << table.out;
}

}  // namespace
}  // namespace kiosk::itest
