// Facts from the source documents that a visitor must see exactly as published, checked end to
// end: built-in bundle -> `kioskctl load` -> `kioskctl dump` JSON.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Runs a shell command, returns its stdout; fails the test on a non-zero exit.
std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return out;
  }
  char buffer[4096];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_EQ(status, 0) << command;
  return out;
}

class BuiltinContent : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    data_dir_ = fs::temp_directory_path() / ("kiosk-builtin-test-" + std::to_string(::getpid()));
    fs::remove_all(data_dir_);
    run(std::string(KIOSKCTL_PATH) + " load '" + KIOSK_BUILTIN_BUNDLE_DIR + "' --data-dir '" +
        data_dir_.string() + "'");
    dump_ = json::parse(run(std::string(KIOSKCTL_PATH) + " dump --data-dir '" + data_dir_.string() + "'"));
  }
  static void TearDownTestSuite() { fs::remove_all(data_dir_); }

  // The indicator with this id; fails the test when absent.
  static const json& indicator(const std::string& id) {
    for (const json& item : dump_.at("indicators"))
      if (item.at("id") == id) return item;
    static const json none;
    ADD_FAILURE() << "no indicator " << id;
    return none;
  }

  // The value of the point of `item` with this period and region; NaN when absent.
  static double point_value(const json& item, const std::string& period, const std::string& region) {
    for (const json& p : item.value("points", json::array()))
      if (p.at("period") == period && p.value("region", "") == region) return p.at("value").get<double>();
    return std::nan("");
  }

  static inline fs::path data_dir_;
  static inline json dump_;
};

TEST_F(BuiltinContent, DumpHasTheDocumentedTopLevelKeys) {
  for (const char* key : {"version", "indicators", "events", "exhibitors", "crafts"})
    EXPECT_TRUE(dump_.contains(key)) << key;
  EXPECT_EQ(dump_.at("version").get<int64_t>(), 1);
}

TEST_F(BuiltinContent, MeetsTheMinimumCounts) {
  EXPECT_GE(dump_.at("indicators").size(), 40u);
  EXPECT_GE(dump_.at("events").size(), 25u);
  EXPECT_GE(dump_.at("crafts").size(), 24u);
  EXPECT_GE(dump_.at("exhibitors").size(), 1u);
}

TEST_F(BuiltinContent, TohokuPopulation2020Is861ManNin) {
  bool found = false;
  for (const json& item : dump_.at("indicators")) {
    if (item.at("unit") != "万人") continue;
    for (const json& p : item.at("points"))
      if (p.at("period") == "2020" && p.value("region", "") == "tohoku" && p.at("kind") == "actual" &&
          p.at("value").get<double>() == 861.0)
        found = true;
  }
  EXPECT_TRUE(found) << "no indicator in 万人 with a 2020 actual Tohoku point of 861";
}

TEST_F(BuiltinContent, FitCapacityIs7854MwInTohokuAgainst61361Nationally) {
  const json& fit = indicator("fit_capacity");
  EXPECT_EQ(fit.value("unit", ""), "MW");
  EXPECT_EQ(point_value(fit, "2021-03", "tohoku"), 7854.0);
  EXPECT_EQ(point_value(fit, "2021-03", "national"), 61361.0);
}

TEST_F(BuiltinContent, EveryIndicatorNamesItsSource) {
  for (const json& item : dump_.at("indicators")) {
    const json& source = item.at("source");
    EXPECT_FALSE(source.value("document", "").empty()) << item.at("id");
    EXPECT_FALSE(source.value("quote", "").empty()) << item.at("id");
    EXPECT_FALSE(item.at("name").value("ja", "").empty()) << item.at("id");
    EXPECT_FALSE(item.at("name").value("en", "").empty()) << item.at("id");
  }
}

TEST_F(BuiltinContent, EveryExhibitorIsAFlaggedSample) {
  // The documents give exhibitor counts, not names: anything we ship is invented and must say so.
  for (const json& exhibitor : dump_.at("exhibitors")) EXPECT_TRUE(exhibitor.value("sample", false)) << exhibitor.at("id");
}

}  // namespace
