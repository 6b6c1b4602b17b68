// Intent: what the visitor asked for on a screen. Screens return one; the ui shell turns it into
// navigation or a language switch. Screens never change state themselves.
#pragma once

#include <string>

namespace kiosk::ui {

enum class IntentKind {
  None,            // nothing asked this frame
  SwitchLanguage,  // 日本語 <-> English
};

struct Intent {
  IntentKind kind = IntentKind::None;
  std::string target;  // id of what to open (for the detail screens to come); empty otherwise
  bool operator==(const Intent&) const = default;
};

}  // namespace kiosk::ui
