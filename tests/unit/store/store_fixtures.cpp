#include "store_fixtures.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace kiosk::store::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-store-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed for " + pattern);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

namespace {

model::Event make_event(std::string id, std::string kind, model::Text title, int64_t start, int64_t end) {
  model::Event e;
  e.id = std::move(id);
  e.kind = std::move(kind);
  e.title = std::move(title);
  e.start = "2022-12-14T10:00";
  e.end = "2022-12-14T17:00";
  e.start_utc = start;
  e.end_utc = end;
  e.all_day = false;
  e.place = {"東京ビッグサイト 東1ホール", "Tokyo Big Sight, East Hall 1"};
  e.organizer = {"東北経済産業局", "Tohoku Bureau of Economy, Trade and Industry"};
  e.summary = {"東北パビリオンの催し", "A Tohoku Pavilion event"};
  e.url = "https://example.org/" + e.id;
  e.source = {"010_semicon.txt", "東北パビリオン"};
  return e;
}

model::Exhibitor make_exhibitor(std::string id, model::Text name, std::string booth, std::string category,
                                model::Text description) {
  model::Exhibitor x;
  x.id = std::move(id);
  x.name = std::move(name);
  x.booth = std::move(booth);
  x.category = std::move(category);
  x.description = std::move(description);
  x.url = "https://example.org/" + x.id;
  x.logo = x.id == "tohoku-semi" ? "images/tohoku-semi.png" : "";
  x.sample = true;
  return x;
}

}  // namespace

model::Content sample_content(int64_t version) {
  model::Content c;
  c.version = version;
  c.created = "2026-01-01T00:00:00Z";
  // Two categories share sort 1: display order must fall back to the order written.
  c.categories = {{"population", {"人口", "Population"}, 2},
                  {"energy", {"エネルギー", "Energy"}, 1},
                  {"industry", {"産業", "Industry"}, 1}};

  model::Indicator population{"pop_tohoku",
                              "population",
                              {"東北の人口", "Population of Tohoku"},
                              "万人",
                              {"003_population.txt", "東北地域の人口"},
                              {}};
  population.points = {{"2020", 861.8, model::PointKind::Actual, "tohoku", {}},
                       {"2015", 898.3, model::PointKind::Actual, "tohoku", {}},
                       {"2045", 667.9, model::PointKind::Forecast, "tohoku", {}}};
  model::Indicator renewable{"renewable_mw",
                             "energy",
                             {"再生可能エネルギー導入量", "Renewable capacity"},
                             "MW",
                             {"007_energy.txt", "再生可能エネルギー"},
                             {}};
  renewable.points = {{"FY2021", 5120, model::PointKind::Actual, "tohoku", {"太陽光", "Solar"}},
                      {"FY2021", 1830.5, model::PointKind::Actual, "tohoku", {"風力", "Wind"}}};
  model::Indicator kpi{
      "kpi_jobs", "industry", {"新規雇用", "New jobs"}, "人", {"012_kpi.txt", "新規雇用創出"}, {}};
  kpi.points = {{"FY2022", 1200, model::PointKind::Actual, "tohoku", {}},
                {"FY2024", 3000, model::PointKind::Target, "tohoku", {}},
                {"FY2023", -89, model::PointKind::Actual, "miyagi", {}}};
  c.indicators = {population, renewable, kpi};

  c.events = {
      make_event("contest", "contest", {"学生コンテスト", "Student contest"}, kContestStart, kContestEnd),
      make_event("opening", "exhibition", {"東北パビリオン", "Tohoku Pavilion"}, kOpeningStart, kOpeningEnd),
      make_event("next-day", "seminar", {"翌日セミナー", "Next-day seminar"}, kNextDayStart, kNextDayEnd),
      make_event("seminar", "seminar", {"半導体セミナー", "Semiconductor seminar"}, kSeminarStart,
                 kSeminarEnd),
      make_event("milestone", "milestone", {"節目", "Milestone"}, kMilestoneAt, kMilestoneAt)};
  c.events[0].all_day = true;

  c.exhibitors = {
      make_exhibitor("tohoku-semi", {"東北半導体株式会社", "Tohoku Semiconductor Inc."}, "A-10",
                     "semiconductor", {"パワー半導体の製造", "Power device manufacturing"}),
      make_exhibitor("miyagi-precision", {"みやぎ精密工業", "Miyagi Precision Works"}, "A-2", "devices",
                     {"精密部品の加工", "Precision parts machining"}),
      make_exhibitor("yamagata-oled", {"やまがた有機EL研究所", "Yamagata OLED Lab"}, "B-1", "display",
                     {"有機ELパネルの開発", "OLED panel development"}),
      make_exhibitor("aizu-robotics", {"会津ロボティクス", "Aizu Robotics"}, "", "robotics",
                     {"産業用ロボット 100% 国産", "Industrial robots, 100% made in Japan"}),
  };

  c.crafts = {
      {"nambu-tekki",
       {"南部鉄器", "Nambu ironware"},
       "iwate",
       "1975",
       {"鋳鉄の器", "Cast iron ware"},
       "images/nambu.png"},
      {"tsugaru-nuri", {"津軽塗", "Tsugaru lacquerware"}, "aomori", "1975", {"漆器", "Lacquerware"}, ""},
      {"hidehira-nuri", {"秀衡塗", "Hidehira lacquerware"}, "iwate", "1985", {"漆器", "Lacquerware"}, ""}};

  c.slides = {{"s-pop", "indicator", "pop_tohoku", 8000, "", ""},
              {"s-events", "events", "", 10000, "2022-12-14", "2022-12-17"},
              {"s-prompt", "prompt", "", 5000, "", ""}};

  c.strings = {{"home.title", {"東北へようこそ", "Welcome to Tohoku"}}, {"lang", {"日本語", "English"}}};

  c.assets = {{"images/tohoku-semi.png", 4, std::string(64, 'a')},
              {"images/nambu.png", 7, std::string(64, 'b')}};
  return c;
}

model::Content other_content(int64_t version) {
  model::Content c;
  c.version = version;
  c.created = "2026-02-01T00:00:00Z";
  c.categories = {{"energy", {"エネルギー", "Energy"}, 1}};
  model::Indicator wind{"wind_mw", "energy", {"風力", "Wind power"}, "MW", {"007_energy.txt", "風力"}, {}};
  wind.points = {{"2023", 2100, model::PointKind::Actual, "tohoku", {}}};
  c.indicators = {wind};
  c.exhibitors = {make_exhibitor("akita-wind", {"秋田風力", "Akita Wind Power"}, "C-1", "energy",
                                 {"洋上風力", "Offshore wind"})};
  c.strings = {{"home.title", {"ようこそ", "Welcome"}}};
  c.assets = {{"images/wind.png", 3, std::string(64, 'c')}};
  return c;
}

std::string content_summary(const model::Content& c) {
  std::ostringstream out;
  out << "version " << c.version << "; categories";
  for (const auto& x : c.categories) out << ' ' << x.id;
  out << "; indicators";
  for (const auto& x : c.indicators) out << ' ' << x.id << '(' << x.points.size() << ')';
  out << "; events";
  for (const auto& x : c.events) out << ' ' << x.id;
  out << "; exhibitors";
  for (const auto& x : c.exhibitors) out << ' ' << x.id;
  out << "; crafts";
  for (const auto& x : c.crafts) out << ' ' << x.id;
  out << "; assets";
  for (const auto& x : c.assets) out << ' ' << x.path;
  return out.str();
}

RawDb open_raw(const std::filesystem::path& db_file, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(db_file.c_str(), &raw, flags, nullptr);
  RawDb db(raw);
  EXPECT_EQ(rc, SQLITE_OK) << db_file << ": " << (raw ? sqlite3_errmsg(raw) : "");
  if (db) sqlite3_busy_timeout(db.get(), 2000);
  return db;
}

int64_t query_int(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db) << " in " << sql;
  int64_t value = 0;
  if (stmt && sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return value;
}

std::string query_text(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db) << " in " << sql;
  std::string value;
  if (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
    const auto* text = sqlite3_column_text(stmt, 0);
    if (text) value = reinterpret_cast<const char*>(text);
  }
  sqlite3_finalize(stmt);
  return value;
}

void exec_sql(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "") << " in " << sql;
  sqlite3_free(message);
}

void write_file(const std::filesystem::path& file, const std::string& bytes) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << bytes;
}

}  // namespace kiosk::store::test
