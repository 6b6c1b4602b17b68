// The output folder of export-html: written whole or not at all, an earlier export is replaced, a
// foreign folder never is; and the command end to end on the built-in content.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "html/site_dir.hpp"
#include "test_support.hpp"

namespace kiosk::html {
namespace {
namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;
using test::write_file;

struct CommandRun {
  int status;
  std::string output;  // stdout and stderr
};

CommandRun kioskctl(const std::string& args, const fs::path& scratch) {
  const fs::path log = scratch / "kioskctl.log";
  const std::string command = std::string(KIOSKCTL_PATH) + " " + args + " > '" + log.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(log)};
}

size_t entries(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(HtmlExport, WritesEveryFileAndTheMarker) {
  TempDir tmp;
  const fs::path out = tmp.path() / "preview";
  ASSERT_TRUE(write_site({{"index.html", "home"}, {"en/index.html", "en home"}}, out));
  EXPECT_EQ(read_file(out / "index.html"), "home");
  EXPECT_EQ(read_file(out / "en/index.html"), "en home");
  EXPECT_TRUE(fs::exists(out / kExportMarker));
  EXPECT_EQ(entries(tmp.path()), 1u);  // no staging folder left behind
}

TEST(HtmlExport, ReplacesAnEarlierExportWhole) {
  TempDir tmp;
  const fs::path out = tmp.path() / "preview";
  ASSERT_TRUE(write_site({{"index.html", "v1"}, {"old-only.html", "x"}}, out));
  ASSERT_TRUE(write_site({{"index.html", "v2"}}, out / ""));  // a trailing slash names the same folder
  EXPECT_EQ(read_file(out / "index.html"), "v2");
  EXPECT_FALSE(fs::exists(out / "old-only.html"));
  EXPECT_EQ(entries(tmp.path()), 1u);
}

TEST(HtmlExport, RefusesToReplaceAFolderItDidNotWrite) {
  TempDir tmp;
  const fs::path out = tmp.path() / "photos";
  write_file(out / "holiday.jpg", "precious");
  const auto written = write_site({{"index.html", "home"}}, out);
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().message, out.string() +
                                         ": folder exists and was not written by export-html (no "
                                         ".kiosk-export-html); refusing to replace it, choose an empty or new folder");
  EXPECT_EQ(read_file(out / "holiday.jpg"), "precious");
  EXPECT_EQ(entries(tmp.path()), 1u);
}

TEST(HtmlExport, AFailedWriteLeavesTheEarlierExportAndNoLeftovers) {
  TempDir tmp;
  const fs::path out = tmp.path() / "preview";
  ASSERT_TRUE(write_site({{"index.html", "v1"}}, out));
  // "style.css" is written as a file first, so the folder "style.css/" cannot be created.
  const auto written = write_site({{"style.css", "css"}, {"style.css/x.html", "x"}}, out);
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().message.find("style.css: cannot create folder"), std::string::npos)
      << written.error().message;
  EXPECT_EQ(read_file(out / "index.html"), "v1");
  EXPECT_EQ(entries(tmp.path()), 1u);
}

TEST(HtmlExport, MissingParentFolderIsNamed) {
  TempDir tmp;
  const auto written = write_site({{"index.html", "x"}}, tmp.path() / "no" / "such" / "out");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().message,
            (tmp.path() / "no" / "such").string() + ": the folder to write the export into does not exist");
}

TEST(HtmlExportCommand, ExportsTheBuiltInContentInBothLanguages) {
  TempDir tmp;
  const CommandRun load = kioskctl("load " + std::string(KIOSK_BUILTIN_BUNDLE_DIR) + " --data-dir " +
                                (tmp.path() / "data").string(), tmp.path());
  ASSERT_EQ(load.status, 0) << load.output;
  const CommandRun run = kioskctl("export-html --data-dir " + (tmp.path() / "data").string() + " -o " +
                               (tmp.path() / "site").string(), tmp.path());
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("13 files"), std::string::npos) << run.output;
  const std::string home = read_file(tmp.path() / "site/index.html");
  EXPECT_NE(home.find("東北パビリオン"), std::string::npos);
  EXPECT_NE(read_file(tmp.path() / "site/en/index.html").find("Tohoku Pavilion"), std::string::npos);
  EXPECT_NE(read_file(tmp.path() / "site/indicators.html").find("<svg"), std::string::npos);
}

TEST(HtmlExportCommand, NamesTheDataDirWithoutContent) {
  TempDir tmp;
  const fs::path missing = tmp.path() / "nothing-here";
  const CommandRun run = kioskctl("export-html --data-dir " + missing.string() + " -o " + (tmp.path() / "site").string(),
                           tmp.path());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find(missing.string()), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(tmp.path() / "site"));
}

TEST(HtmlExportCommand, UsageErrorsSayWhatIsMissing) {
  TempDir tmp;
  CommandRun run = kioskctl("export-html --data-dir " + tmp.path().string(), tmp.path());
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find("expected --data-dir DIR and -o OUT"), std::string::npos) << run.output;
  run = kioskctl("export-html --data-dir " + tmp.path().string() + " -o out --colour", tmp.path());
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find("unknown argument '--colour'"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace kiosk::html
