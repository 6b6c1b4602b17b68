// Intent: what the visitor asked for on a screen. Screens return one; the ui shell turns it into
// navigation or a language switch. Screens never change state themselves.
#pragma once

#include <string>

namespace kiosk::ui {

enum class IntentKind {
  None,            // nothing asked this frame
  SwitchLanguage,  // 日本語 <-> English
  // Content screens (indicators, events, exhibitors, map, crafts):
  Back,            // the screen's back button: leave to where the visitor came from
  OpenIndicator,   // target = indicator id (indicator detail)
  OpenEvent,       // target = event id (event detail)
  OpenExhibitor,   // target = exhibitor id (booth map with that booth selected)
  OpenMap,         // the booth map; target = selected exhibitor id or empty
  SearchExhibitors,  // target = the new query: run ContentReader::search_exhibitors, rebuild the model
  // Shell screens (attract, home, staff):
  Wake,            // a tap on the attract loop: go to Home
  OpenScreen,      // target = a screen name ("indicators", "events", "exhibitors", "crafts")
  SyncNow,         // staff: ask the sync engine for a poll now
};

struct Intent {
  IntentKind kind = IntentKind::None;
  std::string target;  // id of what to open (for the detail screens to come); empty otherwise
  bool operator==(const Intent&) const = default;
};

}  // namespace kiosk::ui
