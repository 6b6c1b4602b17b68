// Proof of play over the network, against a real nginx on 127.0.0.1 (WebDAV PUT, autoindex JSON):
// hours recorded while offline are kept; a refused PUT keeps them unsent; once the server takes them
// they are marked sent (and only then), the heartbeat carries the last hour's figures, and
// kioskctl stats / fleet read them back. The kiosk side is the firmware's own Observability driving
// the sync engine's heartbeat, as in the kiosk.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "clock.hpp"
#include "engine/sync_engine.hpp"
#include "log.hpp"
#include "nginx_server.hpp"
#include "observability/observability.hpp"
#include "stats/hour_document.hpp"

namespace kiosk::itest {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr int64_t kNow = 1797384600;  // 2026-12-16T01:30:00Z = 10:30 in Japan

struct Ran {
  int code = -1;
  std::string out;
};

Ran run(const std::string& command) {
  Ran r;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe)) r.out += buffer.data();
  const int status = ::pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

Ran kioskctl(const std::string& args) { return run(std::string(KIOSKCTL_PATH) + " " + args); }

class StatsUpload : public ::testing::Test {
 protected:
  void SetUp() override {
    work_ = fs::path(server_.dir()) / "kiosk";
    fs::create_directories(work_ / "data");
    config_.kiosk_id = "booth-1";
    config_.heartbeat.url = server_.url("status/");
    config_.heartbeat.thumbnail_every = 0;  // thumbnails: tests/unit/stats/thumbnail_test.cpp
    observability_ = std::make_unique<firmware::Observability>(config_, work_ / "data", clock_, log_);
  }

  // One poll (the source is missing: it fails, as offline) and its heartbeat to `status_url`.
  engine::SyncStatus beat(const std::string& status_url, const std::string& password) {
    engine::SyncConfig sync;
    sync.data_dir = work_ / "data";
    sync.sources = {(work_ / "no-bundle-here").string()};
    sync.kiosk_id = "booth-1";
    sync.heartbeat_url = status_url;
    sync.heartbeat_http.user = "staff";
    sync.heartbeat_http.password = password;
    sync.heartbeat_http.connect_timeout = std::chrono::milliseconds(2000);
    engine::SyncHooks hooks;
    hooks.heartbeat_extras = [this, status_url] { return observability_->heartbeat_extras(status_url); };
    engine::SyncEngine engine(sync, hooks);
    engine.poll_once();
    return engine.status();
  }

  void visitor_session() {  // attract -> home -> indicator detail, with two presses
    auto& o = *observability_;
    o.shown(firmware::visitor_view("attract", "s01-population", "ja"));
    o.touched();
    o.shown(firmware::visitor_view("home", "", "ja"));
    o.touched();
    o.shown(firmware::visitor_view("indicator:pop_tohoku", "", "en"));
    o.shown(firmware::visitor_view("attract", "s02-fit-capacity", "en"));
  }

  fs::path hour_file() const { return server_.www() / "status" / "booth-1.stats" / "2026-12-16T01Z.json"; }

  NginxServer server_;
  fs::path work_;
  firmware::KioskConfig config_;
  firmware::Clock clock_ = firmware::Clock::starting_at(kNow);
  firmware::Log log_{ui::LogLevel::Error};
  std::unique_ptr<firmware::Observability> observability_;
};

TEST_F(StatsUpload, OfflineHoursAreKeptThenUploadedAndMarkedSentOnlyAfterTheServerTookThem) {
  visitor_session();
  observability_->commit_now();
  // Offline: nobody listens on the status server's port.
  const std::string dead = "http://127.0.0.1:" + std::to_string(free_local_port()) + "/status/booth-1.json";
  EXPECT_THAT(beat(dead, "booth-secret").heartbeat_error, HasSubstr("127.0.0.1"));
  observability_->commit_now();
  // A refused PUT (wrong password) keeps the hour unsent as well.
  const std::string status_url = server_.url("status/booth-1.json");
  EXPECT_THAT(beat(status_url, "wrong").heartbeat_error, HasSubstr("401"));
  observability_->commit_now();
  EXPECT_FALSE(fs::exists(hour_file()));

  // Online: the hour file lands, then the next heartbeat reports nothing unsent.
  EXPECT_EQ(beat(status_url, "booth-secret").heartbeat_error, "");
  ASSERT_TRUE(fs::exists(hour_file()));
  observability_->commit_now();  // the confirmation is written with the next commit
  EXPECT_EQ(beat(status_url, "booth-secret").heartbeat_error, "");
  std::ifstream in(server_.www() / "status" / "booth-1.json");
  std::stringstream status_json;
  status_json << in.rdbuf();
  const auto status = nlohmann::json::parse(status_json.str());
  EXPECT_EQ(status["usage"]["plays_last_hour"], 1) << status_json.str();
  EXPECT_EQ(status["usage"]["visits_last_hour"], 2);
  EXPECT_EQ(status["usage"]["touches_last_hour"], 2);
  EXPECT_EQ(status["usage"]["unsent_hours"], 0);
  EXPECT_EQ(status["usage"]["dropped_hours"], 0);

  std::ifstream hour_in(hour_file());
  std::stringstream hour_json;
  hour_json << hour_in.rdbuf();
  auto document = stats::hour_document_from_json(hour_json.str(), hour_file().string());
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->kiosk_id, "booth-1");
  EXPECT_EQ(document->utc_offset_minutes, 540);
  EXPECT_EQ(document->rows.size(), 5u);  // slide, 2 touches (attract, home), 2 visits (home, indicator)

  // Staff: the sums as CSV, the date filter in the kiosk's local time, and the fleet table.
  Ran csv = kioskctl("stats " + server_.url("status/") + " --csv");
  ASSERT_EQ(csv.code, 0) << csv.out;
  EXPECT_THAT(csv.out, HasSubstr("kind,screen,item,count,count_ja,count_en,dwell_s,kiosks\n"));
  EXPECT_THAT(csv.out, HasSubstr("slide,attract,s01-population,1,1,0,"));
  EXPECT_THAT(csv.out, HasSubstr("visit,home,,1,1,0,"));
  EXPECT_THAT(csv.out, HasSubstr("visit,indicator,pop_tohoku,1,0,1,"));
  EXPECT_THAT(csv.out, HasSubstr("touch,attract,s01-population,1,1,0,"));
  EXPECT_THAT(csv.out, HasSubstr("touch,home,,1,1,0,"));
  Ran other_day = kioskctl("stats " + server_.url("status/") + " --from 2026-12-17 --to 2026-12-18 --csv");
  ASSERT_EQ(other_day.code, 0) << other_day.out;
  EXPECT_EQ(other_day.out, "kind,screen,item,count,count_ja,count_en,dwell_s,kiosks\n");
  Ran table = kioskctl("stats " + server_.url("status/") + " --from 2026-12-16 --to 2026-12-16");
  EXPECT_THAT(table.out, HasSubstr("1 kiosk-hour(s) from 2026-12-16 to 2026-12-16"));
  Ran fleet = kioskctl("fleet " + server_.url("status/"));
  ASSERT_EQ(fleet.code, 0) << fleet.out;
  EXPECT_THAT(fleet.out, HasSubstr("PLAYS/H TOUCH/H"));
  EXPECT_THAT(fleet.out, ::testing::ContainsRegex("booth-1 .* 1 +2  -"));
}

TEST_F(StatsUpload, KioskctlStatsNamesABadDateAndABadHourFile) {
  Ran bad = kioskctl("stats " + server_.url("status/") + " --from 2026-02-30");
  EXPECT_EQ(bad.code, 2);
  EXPECT_THAT(bad.out, HasSubstr("kioskctl stats: --from: \"2026-02-30\" is not a date (YYYY-MM-DD)"));
  Ran reversed = kioskctl("stats " + server_.url("status/") + " --from 2026-12-17 --to 2026-12-16");
  EXPECT_THAT(reversed.out, HasSubstr("kioskctl stats: --from 2026-12-17 is after --to 2026-12-16"));
  fs::create_directories(server_.www() / "status" / "x.stats");
  std::ofstream(server_.www() / "status" / "x.stats" / "2026-12-16T01Z.json") << "{\"kiosk_id\": 3}";
  Ran broken = kioskctl("stats " + server_.url("status/"));
  EXPECT_EQ(broken.code, 1);
  EXPECT_THAT(broken.out, HasSubstr("kioskctl stats: " + server_.url("status/x.stats/2026-12-16T01Z.json") +
                                    ": not an hour of kiosk statistics"));
}

}  // namespace
}  // namespace kiosk::itest
