// Crafts: the catalogue of traditional crafts (伝統的工芸品) by prefecture, north to south, each card
// with its picture, designation year and description. A craft without a picture (the built-in
// content has none) gets a placeholder tile of the same size: its prefecture's colour and the first
// character of its Japanese name, so the layout is the same with or without photos.
//
//   model:  CraftsModel   build: make_crafts(content.crafts, strings)
//   draw:   draw_crafts(model, context, pictures) -> Intent {Back | SwitchLanguage}
#pragma once

#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "render/craft_pictures.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

struct CraftRow {
  std::string id;
  std::string name;         // 津軽塗 / Tsugaru lacquerware (Tsugaru-nuri)
  std::string designation;  // "指定年：1975" / "Designated: 1975"; empty when unknown
  std::string description;
  std::string image;  // asset path; empty when none (CraftPictures loads it by craft id)
  std::string mark;   // the placeholder's large character: the first of the Japanese name (津)
  int tone = -1;      // the placeholder's colour: palette.series index of its prefecture; -1 = grey
};

struct CraftPrefecture {
  std::string id;     // aomori ... fukushima
  std::string title;  // 青森県 / Aomori
  std::vector<CraftRow> rows;
};

struct CraftsModel {
  ScreenHeader header;
  std::string note;  // crafts.note
  std::vector<CraftPrefecture>
      prefectures;  // Aomori, Iwate, Miyagi, Akita, Yamagata, Fukushima; empty ones left out
};

CraftsModel make_crafts(const std::vector<model::Craft>& crafts, const UiStrings& strings);
// Draws the catalogue; a craft's picture comes from `pictures` by id, else its placeholder is drawn.
Intent draw_crafts(const CraftsModel& model, const DrawContext& context,
                   const CraftPictureIndex& pictures = CraftPictureIndex{});

// Side of a card's square picture tile at this theme, in pixels.
float craft_tile_side(const Metrics& metrics);
// Longest side a craft picture is decoded to (CraftPictures::load): enough for a sharp tile after
// cropping a 4:3 photo to a square, small enough to bound memory (264 px: at most 0.28 MB a craft at 1080p).
int craft_picture_max_side(const Metrics& metrics);

}  // namespace kiosk::ui
