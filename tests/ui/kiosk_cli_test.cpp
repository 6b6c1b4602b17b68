// The kiosk's command line: --help, every bad option named with what it accepts (exit 2), --now
// parsing, and the advice given when there is no display.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "iso_time.hpp"
#include "options.hpp"
#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::HasSubstr;

Result<firmware::Options> parse(std::vector<const char*> args) { return firmware::parse_options(args); }

TEST(KioskCli, HelpListsTheOptionsAndExitsZero) {
  const CommandResult run = run_kiosk({"--help"});
  EXPECT_EQ(run.exit_code, 0);
  for (const char* option : {"--data-dir DIR", "--builtin BUNDLE_DIR", "--screenshot OUT.png", "--size WxH",
                             "--lang ja|en", "--now ISO-8601", "--fullscreen", "--dev"})
    EXPECT_THAT(run.output, HasSubstr(option));
}

TEST(KioskCli, BadOptionsExitTwoNamingTheOption) {
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{}, "kiosk: --data-dir DIR is required: the folder holding the kiosk's content database"},
      {{"--data-dir", "d", "--lang", "fr"}, "kiosk: --lang: \"fr\" is not a language (use ja or en)"},
      {{"--data-dir", "d", "--size", "1920"},
       "kiosk: --size: \"1920\" is not WxH in pixels (e.g. 1920x1080 or 1080x1920; each 64-8192)"},
      {{"--data-dir", "d", "--now", "2022-13-01T10:00"},
       "kiosk: --now: \"2022-13-01T10:00\": there is no such day"},
      {{"--data-dir", "d", "--frobnicate"}, "kiosk: unknown option \"--frobnicate\" (see kiosk --help)"},
      {{"--data-dir", "d", "--lang"}, "kiosk: --lang needs a value (see kiosk --help)"},
  };
  for (const auto& c : cases) {
    const CommandResult run = run_kiosk(c.args);
    EXPECT_EQ(run.exit_code, 2) << c.message;
    EXPECT_EQ(run.output, c.message + "\n");
  }
}

TEST(KioskCli, WithoutADisplayTheErrorSaysWhatToDo) {
  TempDir dir;
  const CommandResult run =
      run_kiosk({"--data-dir", (dir.path() / "data").string()},
                {"env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER=x11"});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("cannot open a display"));
  EXPECT_THAT(run.output, HasSubstr("neither DISPLAY nor WAYLAND_DISPLAY is set"));
  EXPECT_THAT(run.output, HasSubstr("Run the kiosk in a desktop session"));
  EXPECT_THAT(run.output, HasSubstr("--screenshot OUT.png"));
  EXPECT_THAT(run.output, HasSubstr("SDL_VIDEODRIVER=kmsdrm"));
}

TEST(KioskCli, NowIsTakenAsTheAppClock) {
  TempDir dir;
  const CommandResult run =
      run_kiosk({"--data-dir", (dir.path() / "data").string(), "--screenshot",
                 (dir.path() / "out.png").string(), "--size", "640x360", "--now", "2022-12-14T10:00+09:00"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("rehearsal time starting at 2022-12-14T01:00:00Z"));
}

TEST(KioskOptions, AcceptsEveryOptionInBothForms) {
  auto options =
      parse({"--data-dir=/var/lib/kiosk", "--builtin", "/b", "--screenshot", "o.png", "--size=1080x1920",
             "--lang", "en", "--now", "2022-12-14T10:00", "--font", "f.ttf", "--dev"});
  ASSERT_TRUE(options) << options.error().message;
  EXPECT_EQ(options->data_dir, "/var/lib/kiosk");
  EXPECT_EQ(options->builtin_dir, "/b");
  EXPECT_EQ(options->screenshot, "o.png");
  EXPECT_EQ(options->width, 1080);
  EXPECT_EQ(options->height, 1920);
  EXPECT_EQ(options->language, Language::En);
  EXPECT_EQ(options->now_utc, 1670979600);
  EXPECT_EQ(options->font, "f.ttf");
  EXPECT_TRUE(options->dev);
  EXPECT_FALSE(options->fullscreen);
}

TEST(KioskOptions, DefaultsTheBuiltinBundle) {
  auto options = parse({"--data-dir", "d"});
  ASSERT_TRUE(options);
  EXPECT_EQ(options->builtin_dir, std::filesystem::path(KIOSK_BUILTIN_BUNDLE_DIR))
      << "the build tree's bundle exists";
  EXPECT_EQ(options->language, Language::Ja);
}

TEST(KioskOptions, FullscreenScreenshotIsRefused) {
  auto options = parse({"--data-dir", "d", "--screenshot", "o.png", "--fullscreen"});
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().code, ErrorCode::Usage);
  EXPECT_EQ(options.error().message,
            "--fullscreen and --screenshot exclude each other: a screenshot is offscreen");
}

TEST(Iso8601, ParsesTheFormsStaffType) {
  constexpr int64_t kTenJst = 1670979600;  // 2022-12-14T10:00+09:00
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14T10:00+09:00"), kTenJst);
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14T10:00:00+0900"), kTenJst);
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14T01:00Z"), kTenJst);
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14T10:00"), kTenJst) << "no offset means Asia/Tokyo";
  EXPECT_EQ(firmware::parse_iso8601("2022-12-13T20:00-05:00"), kTenJst);
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14"), kTenJst - 10 * 3600);
  EXPECT_EQ(firmware::parse_iso8601("2022-12-14T10:00:30+09:00"), kTenJst + 30);
}

TEST(Iso8601, RejectsWithTheReason) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"yesterday", "\"yesterday\" is not a date and time (e.g. 2022-12-14T10:00+09:00)"},
      {"2022-02-30", "\"2022-02-30\": there is no such day"},
      {"2022-12-14T25:00", "\"2022-12-14T25:00\": the time is out of range"},
      {"2022-12-14T10", "\"2022-12-14T10\": the time must be HH:MM or HH:MM:SS"},
      {"2022-12-14T10:00+9", "\"2022-12-14T10:00+9\": \"+9\" is not a UTC offset (Z, +09:00 or -0500)"},
  };
  for (const auto& c : cases) {
    auto parsed = firmware::parse_iso8601(c.text);
    ASSERT_FALSE(parsed) << c.text;
    EXPECT_EQ(parsed.error().code, ErrorCode::Parse);
    EXPECT_EQ(parsed.error().message, c.message);
  }
}

}  // namespace
}  // namespace kiosk::ui::test
