// ScreenFrame: what every content screen (indicators, events, exhibitors, map, crafts) shares: the
// full-screen window, the title bar with the language switch, a row with a large back button and
// the screen's heading, and a touch-scrolled body.
//
//   Intent intent = begin_screen("###events", header, context);
//   if (begin_scroll_body("###events-scroll", context)) { ... }
//   end_scroll_body();
//   end_screen();
#pragma once

#include <string>

#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/title_bar.hpp"

namespace kiosk::ui {

struct ScreenHeader {
  TitleBarModel bar;
  std::string back_label;  // common.back; no back button when empty
  std::string heading;     // the screen's title
};

// Opens the window over the main viewport, draws bar and header row. Returns SwitchLanguage or Back
// when tapped, else None. Always pair with end_screen().
Intent begin_screen(const char* window_id, const ScreenHeader& header, const DrawContext& context);
void end_screen();

// The scrolling body filling the rest of the window, with the screen margins as padding. Always pair
// with end_scroll_body(). Returns false when nothing in it is visible (draw nothing then).
bool begin_scroll_body(const char* id, const DrawContext& context);
void end_scroll_body();

// A full-width tappable area over [min, max] (after its content was drawn) that does not fire when
// the press turned into a scroll drag. Returns true when tapped. `id` must be stable ("###...").
bool tap_area(const char* id, ImVec2 min, ImVec2 max);

// A section heading with the accent bar at its left, as tall as `font`; the cursor ends under it.
void accent_heading(const std::string& title, ImFont* font, const DrawContext& context);

// A pill button of at least touch size: label in body font. Returns true when tapped.
bool touch_button(const char* label_with_id, const DrawContext& context, bool selected = false);

}  // namespace kiosk::ui
