// Crafts: the catalogue of traditional crafts (伝統的工芸品) by prefecture, north to south, each with
// its designation year and description (and its image once the content ships one).
//
//   model:  CraftsModel   build: make_crafts(content.crafts, strings)
//   draw:   draw_crafts(model, context) -> Intent {Back | SwitchLanguage}
#pragma once

#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

struct CraftRow {
  std::string id;
  std::string name;         // 津軽塗 / Tsugaru lacquerware (Tsugaru-nuri)
  std::string designation;  // "指定年：1975" / "Designated: 1975"; empty when unknown
  std::string description;
  std::string image;        // asset path; not drawn yet (no built-in craft has an image)
};

struct CraftPrefecture {
  std::string id;     // aomori ... fukushima
  std::string title;  // 青森県 / Aomori
  std::vector<CraftRow> rows;
};

struct CraftsModel {
  ScreenHeader header;
  std::string note;  // crafts.note
  std::vector<CraftPrefecture> prefectures;  // Aomori, Iwate, Miyagi, Akita, Yamagata, Fukushima; empty ones left out
};

CraftsModel make_crafts(const std::vector<model::Craft>& crafts, const UiStrings& strings);
Intent draw_crafts(const CraftsModel& model, const DrawContext& context);

}  // namespace kiosk::ui
