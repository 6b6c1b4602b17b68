// The bar at the top of every visitor screen: the exhibition's title on the left and the
// language switch (日本語 / English) on the right, a full touch target.
#pragma once

#include <string>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

struct TitleBarModel {
  std::string title;           // app.title
  std::string subtitle;        // app.subtitle: shown beside the title when there is room
  std::string language_label;  // lang.switch_to_other: the other language's name, in that language
};

// Draws the bar across the current window at the cursor and moves the cursor below it.
// Returns true when the language switch was tapped.
bool draw_title_bar(const TitleBarModel& model, const DrawContext& context);

}  // namespace kiosk::ui
