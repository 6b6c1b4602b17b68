// Golden screenshots of every screen the kiosk accepts by name (attract, home, indicators, one
// indicator of each chart kind, events, an event with a QR code, exhibitors, map, map:ID, crafts,
// staff) in ja and en, landscape 1920x1080 and portrait 1080x1920: rendered by the real kiosk
// binary offscreen at a fixed --now, reduced and compared with tests/ui/golden/*.png within the
// tolerance of golden_compare.hpp. On a failure the render and a diff image (differing pixels red)
// are written to the build's golden-actual/ folder and their paths printed.
// Regenerate on purpose with tests/ui/regenerate-goldens.sh (it runs this test with
// KIOSK_UPDATE_GOLDENS=1), then look at every PNG before committing.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "golden_compare.hpp"

namespace kiosk::ui::test {
namespace {

struct Shot {
  std::string screen;  // as given to --screen: "indicator:auto_employees"
  std::string lang;
  std::string orientation;
  std::string size() const { return orientation == "landscape" ? "1920x1080" : "1080x1920"; }
  std::string file() const {  // "indicator-auto_employees-en-portrait.png"
    std::string name = screen;
    for (char& c : name)
      if (c == ':') c = '-';
    return name + "-" + lang + "-" + orientation + ".png";
  }
};

// One per chart kind, an event with a URL (its QR code) and a booth on the map; all from the
// built-in content, chosen so that the English screens show rescaled units (万人 -> people).
const std::vector<std::string> kScreens{"attract",                      // the first slide: a number alone
                                        "attract:s05-kpi-renewables",  // a number with its KPI progress
                                        "home",
                                        "indicators",
                                        "indicator:dx_seminar_attendees",   // line: a series
                                        "indicator:pop_decline_2000_2030",  // bars: a breakdown
                                        "indicator:auto_employees",         // progress: a KPI
                                        "events",
                                        "event:midterm_policy_5",  // has a URL: QR code
                                        "exhibitors",
                                        "map",
                                        "map:sample-mems",
                                        "crafts",
                                        "staff"};

std::vector<Shot> all_shots() {
  std::vector<Shot> shots;
  for (const std::string& screen : kScreens)
    for (const char* lang : {"ja", "en"})
      for (const char* orientation : {"landscape", "portrait"}) shots.push_back({screen, lang, orientation});
  return shots;
}

// Values of the running process that no fixed --now pins down: the staff screen's uptime and frame
// rate (measured from real frame times). Everything around them is compared.
std::vector<Box> live_values(const Shot& shot) {
  if (shot.screen != "staff") return {};
  if (shot.orientation == "landscape") return {Box{300, 222, 240, 52}};
  return {Box{12, 322, 240, 22}, Box{12, 370, 240, 22}};
}

bool updating() {
  const char* update = std::getenv("KIOSK_UPDATE_GOLDENS");
  return update != nullptr && std::string(update) == "1";
}

class Golden : public ::testing::TestWithParam<Shot> {};

TEST_P(Golden, MatchesTheGoldenScreenshot) {
  const Shot& shot = GetParam();
  static TempDir dir;  // one data dir for all: the built-in bundle is loaded once
  const auto out_dir = std::filesystem::path(KIOSK_GOLDEN_OUT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto render_path = out_dir / ("render-" + shot.file());
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot",
                                       render_path.string(), "--screen", shot.screen, "--lang", shot.lang,
                                       "--size", shot.size(), "--now", "2026-12-17T10:00"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Image actual = reduce_for_golden(read_png(render_path));
  ASSERT_FALSE(actual.rgb.empty());

  const auto golden_path = std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/ui/golden" / shot.file();
  if (updating()) {
    ASSERT_TRUE(write_image_png(actual, golden_path)) << "cannot write " << golden_path;
    std::cout << "wrote " << golden_path.string() << "\n";
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden_path))
      << golden_path << " is missing: run tests/ui/regenerate-goldens.sh";
  const auto diff_path = out_dir / ("diff-" + shot.file());
  const GoldenDiff diff = compare_golden(read_png(golden_path), actual, diff_path, live_values(shot));
  EXPECT_TRUE(diff.passes()) << shot.file() << ": " << diff.describe() << "; render " << render_path
                             << ", diff " << diff_path;
}

INSTANTIATE_TEST_SUITE_P(Screens, Golden, ::testing::ValuesIn(all_shots()),
                         [](const ::testing::TestParamInfo<Shot>& shot_info) {
                           std::string name = shot_info.param.file();
                           name.resize(name.size() - 4);  // no ".png"
                           for (char& c : name)
                             if (c == '-' || c == ':') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace kiosk::ui::test
