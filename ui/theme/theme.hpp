// Theme: colours and spacing shared by every screen. Light surfaces and near-black text read well
// under booth lighting; accents come from the Okabe-Ito palette, which stays distinct for the
// common forms of colour blindness, and nothing is told by colour alone.
#pragma once

#include <array>

#include <SDL.h>
#include <imgui.h>

namespace kiosk::ui {

struct Palette {
  ImU32 background;     // behind everything
  ImU32 surface;        // cards
  ImU32 surface_line;   // card borders, dividers
  ImU32 bar;            // the title bar
  ImU32 on_bar;         // text on the title bar
  ImU32 on_bar_muted;   // secondary text on the title bar
  ImU32 text;           // body text (contrast >= 12:1 on surface)
  ImU32 text_muted;     // captions (contrast >= 5:1 on surface)
  ImU32 accent;         // section markers, headline figures (Okabe-Ito blue)
  ImU32 button;         // a button at rest (on the title bar)
  ImU32 button_active;  // while pressed
  ImU32 on_button;      // button label
  // Chart series in Okabe-Ito order: blue, orange, green, vermillion, sky blue, purple, yellow.
  std::array<ImU32, 7> series;
};

struct Metrics {       // pixel sizes, already scaled to the display
  float scale;         // short display side / 1080
  float margin;        // screen edge to content
  float gap;           // between cards
  float pad;           // inside a card
  float rounding;      // card and button corners
  float touch;         // smallest touch target side (9 mm on a 21.5" 1080p panel is about 60 px)
  float bar_height;    // the title bar
  float accent_width;  // the bar left of a section header
  float scrollbar;     // scrollbar width: wide enough to drag with a finger
};

struct Theme {
  Palette palette;
  Metrics metrics;
};

Theme make_theme(int display_width, int display_height);  // the kiosk's light theme, scaled to the display
void apply_theme(const Theme& theme, ImGuiStyle& style);  // copies colours and sizes into ImGui's style
SDL_Color clear_colour(const Theme& theme);               // the background as SDL wants it for RenderClear

}  // namespace kiosk::ui
