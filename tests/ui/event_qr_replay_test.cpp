// Replay: a visitor opens the events screen, taps the next event and its detail shows a QR code that a
// phone reads back as the event's web address. The code is decoded from the replay's own screenshot by
// zbarimg (Debian zbar-tools), an independent decoder, so a drawn code that merely looks like a QR code
// (wrong modules, cut-off quiet zone, modules too small or blurred) fails. An event without an address
// shows no code at all.
//
// The test builds its own bundle the way staff would: the built-in sources plus a calendar file
// (stage.ics) with two events on the rehearsal day, at 11:00 with a URL ("next" at 10:00) and at 13:00
// without one ("later today"), so the walk does not depend on which built-in events have a URL.

#include <fstream>

#include <gtest/gtest.h>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNow = "2026-12-17T10:00";
constexpr const char* kUrl = "https://www.tohoku.meti.go.jp/s_cyusyo/topics/seminar.html";
constexpr const char* kEventScreen = "event:qr-talk-kiosk-test";  // the UID, lower-cased, '@' and '.' -> '-'
constexpr const char* kNoUrlScreen = "event:no-url-talk-kiosk-test";

std::string calendar() {
  return std::string("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kiosk ui tests//EN\r\nBEGIN:VEVENT\r\n"
                     "UID:qr-talk@kiosk.test\r\n"
                     "DTSTART;TZID=Asia/Tokyo:20261217T110000\r\nDTEND;TZID=Asia/Tokyo:20261217T120000\r\n"
                     "SUMMARY;LANGUAGE=ja:半導体人材セミナー\r\nSUMMARY;LANGUAGE=en:Semiconductor skills seminar\r\n"
                     "LOCATION:Stage A\r\nURL:") +
         kUrl +
         "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:no-url-talk@kiosk.test\r\n"
         "DTSTART;TZID=Asia/Tokyo:20261217T130000\r\nDTEND;TZID=Asia/Tokyo:20261217T140000\r\n"
         "SUMMARY;LANGUAGE=ja:工芸品の実演\r\nSUMMARY;LANGUAGE=en:Craft demonstration\r\n"
         "LOCATION:Stage B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

// The built-in sources plus stage.ics, built with kioskctl into dir/bundle. Returns the bundle folder.
fs::path bundle_with_calendar(const TempDir& dir) {
  const fs::path sources = dir.path() / "sources", bundle = dir.path() / "bundle";
  fs::copy(fs::path(KIOSK_SOURCE_DIR) / "assets/content", sources, fs::copy_options::recursive);
  std::ofstream(sources / "stage.ics", std::ios::binary) << calendar();
  const CommandResult built = run_command(std::string(KIOSKCTL_PATH) + " build '" + sources.string() + "' -o '" +
                                        bundle.string() + "' --version 1 --created 2026-01-01T00:00:00Z");
  EXPECT_EQ(built.exit_code, 0) << built.output;
  return bundle;
}

struct Decoded {
  int exit_code = -1;  // zbarimg: 0 symbols found, 4 none found
  std::string symbols;  // one "Type:data" line a symbol
};

Decoded decode_barcodes(const fs::path& png) {
  const CommandResult which = run_command("command -v zbarimg");
  if (which.exit_code != 0) {
    ADD_FAILURE() << "zbarimg is not installed: install zbar-tools (toolchains/install-deps.sh)";
    return {};
  }
  const CommandResult run = run_command("zbarimg -q --nodbus '" + png.string() + "'");
  return {run.exit_code, run.output};
}

struct Layout {
  const char* name;
  const char* size;
  const char* lang_tap;     // the language switch in the title bar, or "" to stay in Japanese
  const char* events_tile;  // on the home screen
  const char* next_card;    // the first card under 次のイベント / Next
  const char* later_card;   // the first card under 本日この後 / Later today
};

void PrintTo(const Layout& layout, std::ostream* out) { *out << layout.name; }

class EventQrReplay : public ::testing::TestWithParam<Layout> {};

TEST_P(EventQrReplay, NextEventsQrCodeDecodesToItsUrlAndAnEventWithoutUrlHasNone) {
  const Layout& layout = GetParam();
  TempDir dir;
  const fs::path bundle = bundle_with_calendar(dir);
  const fs::path script = dir.path() / "event-qr.replay";
  std::ofstream(script) << "tap 540 600\nexpect home\n" << layout.lang_tap               //
                        << "tap " << layout.events_tile << "\nexpect events\n"           //
                        << "tap " << layout.next_card << "\nexpect " << kEventScreen << "\n"
                        << "screenshot with-url.png\n"
                        << "tap 103 153   # back\nexpect events\n"
                        << "tap " << layout.later_card << "\nexpect " << kNoUrlScreen << "\n"
                        << "screenshot without-url.png\n";
  const CommandResult run = run_kiosk({"--data-dir", (dir.path() / "data").string(), "--builtin", bundle.string(),
                                       "--now", kNow, "--size", layout.size, "--replay", script.string()});
  ASSERT_EQ(run.exit_code, 0) << run.output;

  const Decoded with_url = decode_barcodes(dir.path() / "with-url.png");
  EXPECT_EQ(with_url.exit_code, 0) << "no code found in the detail of the event with a url";
  EXPECT_EQ(with_url.symbols, std::string("QR-Code:") + kUrl + "\n");
  const Decoded without_url = decode_barcodes(dir.path() / "without-url.png");
  EXPECT_EQ(without_url.exit_code, 4) << "an event without a url shows a code: " << without_url.symbols;
  EXPECT_EQ(without_url.symbols, "");
}

// Landscape in Japanese (the kiosk's start language); portrait after the visitor taps English.
INSTANTIATE_TEST_SUITE_P(Orientations, EventQrReplay,
                         ::testing::Values(Layout{"landscape_ja", "1920x1080", "", "1400 400", "900 365", "900 620"},
                                           Layout{"portrait_en", "1080x1920", "tap 959 52\n", "540 830", "527 365",
                                                  "527 620"}),
                         [](const ::testing::TestParamInfo<Layout>& layout_info) { return layout_info.param.name; });

}  // namespace
}  // namespace kiosk::ui::test
