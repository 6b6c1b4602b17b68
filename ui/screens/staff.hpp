// Staff screens, hidden from visitors: a PIN pad (opened by holding a screen corner for 3 s), then
// the status page: content version and source, last sync and last error, storage, uptime, frame
// rate, "sync now" and "back". Unknown values show "—". Visitors can never leave the app from here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/title_bar.hpp"

namespace kiosk::ui {

struct UsageCounts {  // today's proof of play (firmware's statistics), local day
  int64_t plays = 0;    // attract slides played
  int64_t visits = 0;   // screens and items opened
  int64_t touches = 0;  // presses on the screen
};

// What the app knows about itself, filled by firmware (sync engine, storage); "" = unknown ("—").
struct StaffStatus {
  std::string content_source;  // "built-in" / the bundle URL
  std::string last_sync;       // "2026-11-26 13:00 (ok)"
  std::string last_error;
  std::string storage;         // "1.2 GB free of 16 GB"
  std::optional<UsageCounts> today;  // absent when statistics are off (the row is not shown)
};

struct StaffModel {
  TitleBarModel bar;
  std::string title;                                      // staff.title
  std::string pin_label;                                  // staff.pin
  std::vector<std::pair<std::string, std::string>> rows;  // label, value
  std::string sync_now;                                   // staff.sync_now
  std::string back;                                       // common.back
};

struct PinPadState {
  std::string digits;  // entered so far (shown as dots)
  bool wrong = false;  // the last submitted PIN was refused
};

enum class PinAction { None, Submit, Cancel };

StaffModel make_staff(const UiStrings& strings, const StaffStatus& status, const std::string& version,
                      const std::string& uptime, const std::string& fps);
// The PIN pad: digits 0-9, clear, OK and back. Returns Submit (check state.digits) or Cancel.
PinAction draw_pin_pad(const StaffModel& model, PinPadState& state, const DrawContext& context);
// The status page: returns SyncNow, Back, SwitchLanguage or None.
Intent draw_staff(const StaffModel& model, const DrawContext& context);

}  // namespace kiosk::ui
