// Home: four large tiles (地域指標 Indicators, イベント Events, 出展者 Exhibitors, 工芸品 Crafts), the
// title bar with the language switch, and a clock. 2x2 tiles in landscape, a column in portrait.
//
//   model: HomeModel  build: make_home(strings)
//   draw:  draw_home(model, clock_text, context) -> Intent {OpenScreen(target) | SwitchLanguage | None}
#pragma once

#include <array>
#include <string>

#include "i18n/ui_strings.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/tile.hpp"
#include "widgets/title_bar.hpp"

namespace kiosk::ui {

struct HomeTile {
  std::string screen;  // target of the OpenScreen intent: "indicators", "events", "exhibitors", "crafts"
  TileText text;       // label in the current language, caption in the other
};

struct HomeModel {
  TitleBarModel bar;
  std::array<HomeTile, 4> tiles;
};

HomeModel make_home(const UiStrings& strings);
Intent draw_home(const HomeModel& model, const std::string& clock_text, const DrawContext& context);

}  // namespace kiosk::ui
