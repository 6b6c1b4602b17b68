// The validate and build commands as staff run them: exit codes and what they print.
#include <gtest/gtest.h>

#include <chrono>

#include "bundle/bundle.hpp"
#include "kioskctl/commands.hpp"
#include "test_support.hpp"

namespace kiosk::kioskctl {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

CommandRun run(int (*command)(const Args&), const Args& args) {
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  const int code = command(args);
  std::string out = testing::internal::GetCapturedStdout();
  return {code, std::move(out), testing::internal::GetCapturedStderr()};
}

TEST(KioskctlValidate, PrintsSummaryForValidSources) {
  test::SourceFolder sources;
  const CommandRun r = run(run_validate, {sources.path().string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, sources.path().string() +
                       ": ok: 2 indicators, 2 events, 1 exhibitors, 2 crafts, 5 slides, 2 strings\n");
  EXPECT_EQ(r.err, "");
}

TEST(KioskctlValidate, PrintsEveryDiagnosticThenTheCount) {
  test::SourceFolder sources;
  sources.write("strings.csv", "key,ja,en\nhome.title,,\n");
  const CommandRun r = run(run_validate, {sources.path().string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "strings.csv:2:2: ja: missing Japanese text (ja and en are both required)\n"
            "strings.csv:2:3: en: missing English text (ja and en are both required)\n"
            "2 errors in " +
                sources.path().string() + "\n");
  EXPECT_EQ(r.out, "");
}

TEST(KioskctlValidate, UsageErrorExitsWith2) {
  EXPECT_EQ(run(run_validate, {}).exit_code, 2);
  EXPECT_EQ(run(run_validate, {"a", "b"}).exit_code, 2);
  EXPECT_EQ(run(run_validate, {"--all"}).exit_code, 2);
}

TEST(KioskctlValidate, MissingFolderIsRefused) {
  test::TempDir dir;
  const CommandRun r = run(run_validate, {(dir.path() / "nope").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "kioskctl validate: " + (dir.path() / "nope").string() + ": not a folder\n");
}

TEST(KioskctlBuild, WritesBundleWithGivenVersionAndCreated) {
  test::SourceFolder sources;
  test::TempDir out;
  const std::string dir = (out.path() / "b").string();
  const CommandRun r = run(run_build, {sources.path().string(), "-o", dir, "--version", "12", "--created",
                                       "2026-01-01T00:00:00Z"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, dir + ": version 12, created 2026-01-01T00:00:00Z, 2 asset files\n");
  const auto read = bundle::read_bundle(dir);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->version, 12);
}

TEST(KioskctlBuild, DefaultVersionIsTheCurrentUnixTime) {
  test::SourceFolder sources;
  test::TempDir out;
  const int64_t before =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  const CommandRun r = run(run_build, {"-o", (out.path() / "b").string(), sources.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto read = bundle::read_bundle(out.path() / "b");
  ASSERT_TRUE(read);
  EXPECT_GE(read->version, before);
  EXPECT_LE(read->version, before + 60);
}

TEST(KioskctlBuild, InvalidSourcesPrintDiagnosticsAndExit1) {
  test::SourceFolder sources;
  sources.remove("strings.csv");
  test::TempDir out;
  const CommandRun r =
      run(run_build, {sources.path().string(), "-o", (out.path() / "b").string(), "--version", "1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "strings.csv: file is missing (required)\n1 error in " + sources.path().string() + "\n");
  EXPECT_FALSE(fs::exists(out.path() / "b"));
}

TEST(KioskctlBuild, UsageErrorsExitWith2) {
  test::SourceFolder sources;
  const std::string src = sources.path().string();
  EXPECT_EQ(run(run_build, {src}).exit_code, 2);                               // no -o
  EXPECT_EQ(run(run_build, {src, "-o"}).exit_code, 2);                         // -o without value
  EXPECT_EQ(run(run_build, {src, "-o", "x", "--version", "0"}).exit_code, 2);  // version must be > 0
  EXPECT_EQ(run(run_build, {src, "-o", "x", "--version", "1e3"}).exit_code, 2);
  EXPECT_EQ(run(run_build, {src, "-o", "x", "--force"}).exit_code, 2);
  EXPECT_EQ(run(run_build, {src, src, "-o", "x"}).exit_code, 2);
  const CommandRun r = run(run_build, {src, "-o", "x", "--version", "nine"});
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "kioskctl build: --version: \"nine\" is not a whole number > 0");
}

TEST(KioskctlBuild, NonEmptyOutputFolderIsAUsageError) {
  test::SourceFolder sources;
  test::TempDir out;
  test::write_file(out.path() / "b/x", "x");
  const CommandRun r =
      run(run_build, {sources.path().string(), "-o", (out.path() / "b").string(), "--version", "1"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kioskctl build: " + (out.path() / "b").string() +
                       ": exists and is not empty; choose a new folder\n");
}

}  // namespace
}  // namespace kiosk::kioskctl
