// `kioskctl load` and `kioskctl dump`, run as the staff would run them.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bundle/bundle.hpp"
#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;
namespace fs = std::filesystem;

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string quoted(const std::string& arg) {  // single-quoted for /bin/sh
  std::string q = "'";
  for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

class KioskctlStore : public ::testing::Test {
 protected:
  CommandResult kioskctl(const std::vector<std::string>& args) {
    std::string command = quoted(KIOSKCTL_PATH);
    for (const auto& arg : args) command += " " + quoted(arg);
    const fs::path out = tmp_.path() / "stdout", err = tmp_.path() / "stderr";
    command += " >" + quoted(out.string()) + " 2>" + quoted(err.string());
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }
  fs::path build_fixture_bundle(int64_t version) {
    fs::path out = tmp_.path() / ("bundle-" + std::to_string(version));
    const fs::path sources = fs::path(KIOSK_SOURCE_DIR) / "tests/unit/store/data/bundle-source";
    auto built = bundle::build_bundle(sources, out, {version, "2026-01-02T03:04:05Z"});
    EXPECT_TRUE(built) << built.error().message;
    return out;
  }
  fs::path data() const { return tmp_.path() / "data"; }
  TempDir tmp_;
};

TEST_F(KioskctlStore, LoadPrintsVersionAndAssetCounts) {
  const fs::path bundle = build_fixture_bundle(3);
  const CommandResult first = kioskctl({"load", bundle.string(), "--data-dir", data().string()});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "loaded version 3 (2 assets copied, 0 removed)\n");
  EXPECT_EQ(first.err, "");
  const CommandResult again = kioskctl({"load", "--data-dir=" + data().string(), bundle.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, "loaded version 3 (0 assets copied, 0 removed)\n");
}

TEST_F(KioskctlStore, LoadOfBrokenBundleNamesTheFileAndExitsOne) {
  const fs::path bundle = build_fixture_bundle(3);
  test::write_file(bundle / "manifest.json", "{ not json");
  const CommandResult run = kioskctl({"load", bundle.string(), "--data-dir", data().string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err.rfind("kioskctl load: " + (bundle / "manifest.json").string() + ": not valid JSON", 0),
            0u)
      << run.err;
  EXPECT_FALSE(fs::exists(data()));
}

TEST_F(KioskctlStore, LoadWithoutDataDirIsAUsageError) {
  const CommandResult run = kioskctl({"load", "somewhere"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--data-dir DIR is missing"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("usage: kioskctl load BUNDLE --data-dir DIR"), std::string::npos) << run.err;
}

TEST_F(KioskctlStore, DumpPrintsTheLoadedContentAsJson) {
  const fs::path bundle = build_fixture_bundle(4);
  ASSERT_EQ(kioskctl({"load", bundle.string(), "--data-dir", data().string()}).exit_code, 0);
  const CommandResult run = kioskctl({"dump", "--data-dir", data().string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, 4), "{\n  ") << "2-space indent";
  const auto doc = nlohmann::json::parse(run.out);
  for (const char* key : {"version", "indicators", "events", "exhibitors", "crafts"}) {
    EXPECT_TRUE(doc.contains(key)) << key;
  }
  EXPECT_EQ(doc["version"], 4);
  const auto& pop = doc["indicators"][0];
  EXPECT_EQ(pop["id"], "pop_tohoku");
  EXPECT_EQ(pop["name"]["ja"], "東北の人口");
  EXPECT_EQ(pop["name"]["en"], "Population of Tohoku");
  EXPECT_EQ(pop["unit"], "万人");
  EXPECT_EQ(pop["source"]["document"], "003_206b471b5869c970.txt");
  ASSERT_EQ(pop["points"].size(), 3u);
  EXPECT_EQ(pop["points"][2]["period"], "FY2024");
  EXPECT_EQ(pop["points"][2]["value"], -89.0);
  EXPECT_EQ(pop["points"][2]["kind"], "target");
  // The dump is the bundle's own content.json, read back through the store.
  EXPECT_EQ(doc, nlohmann::json::parse(slurp(bundle / "content.json")));
}

TEST_F(KioskctlStore, DumpWithoutDatabaseFailsAndCreatesNothing) {
  fs::create_directories(data());
  const CommandResult run = kioskctl({"dump", "--data-dir", data().string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "kioskctl dump: " + database_path(data()).string() +
                         ": no content database (nothing applied to this data dir yet)\n");
  EXPECT_FALSE(fs::exists(database_path(data())));
  EXPECT_TRUE(fs::is_empty(data()));
}

TEST_F(KioskctlStore, DumpWithoutArgumentsIsAUsageError) {
  const CommandResult run = kioskctl({"dump"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("usage: kioskctl dump --data-dir DIR"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kiosk::store
