// Exhibitors: the pavilion's exhibitors with an on-screen keyboard search (katakana gojūon or Latin,
// partial input, ja and en), a detail of the selected exhibitor and the booth map with its booth
// highlighted. Landscape: search, list and keyboard on the left, detail and map on the right; portrait:
// map on top, detail under it, then search, list and keyboard.
//
// The search runs outside the draw path: when the query changes the screen returns
// SearchExhibitors(query); the shell runs ContentReader::search_exhibitors(query) and rebuilds the model
// from the results. Selecting (a list row or a booth on the map) sets state.selected itself and returns
// OpenExhibitor(id); the shell needs only to redraw. Sample entries carry a サンプル / Sample badge.
//
//   model:  ExhibitorsModel   build: make_exhibitors(results, query, strings, content.floor, content.exhibitors)
//   state:  ExhibitorsState   (query being typed, keyboard layout, selected exhibitor; owned by the shell)
//   draw:   draw_exhibitors(model, state, context, floor_texture)
//             -> Intent {SearchExhibitors(query) | OpenExhibitor(id) | Back | SwitchLanguage}
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "screens/intent.hpp"
#include "widgets/booth_map.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

struct ExhibitorRow {
  std::string id;
  std::string name;
  std::string booth;        // "小間 T-01" / "Booth T-01"
  std::string category;     // exhibitors.category.<id>, or the id when unknown
  std::string description;
  bool sample = false;
  std::string booth_line;   // booth and category on one line, joined once here (not per frame)
  bool on_map = false;      // has a booth rectangle on the floor plan
};

struct ExhibitorsModel {
  ScreenHeader header;
  std::string query;         // what the results are for
  std::string search_label;  // exhibitors.search
  std::string search_hint;   // shown while the query is empty
  std::string sample_badge;  // exhibitors.sample
  std::string sample_note;   // exhibitors.sample_note, when a sample is listed
  std::string no_results;    // exhibitors.no_results, when the search found nothing
  std::vector<ExhibitorRow> rows;  // the search results, booth order
  KeyboardModel keyboard;
  // The booth map and the detail of whichever exhibitor is selected, also one outside the results
  // (a booth tapped on the map). Empty map: the content has no floor plan; the detail still shows.
  std::string map_title;         // exhibitors.map, or the floor's name when it has one
  std::string map_hint;          // exhibitors.map_hint: shown while nothing is selected
  std::string not_on_map;        // exhibitors.not_on_map: the selected exhibitor has no booth rectangle
  BoothMapModel map;
  std::vector<ExhibitorRow> everyone;  // every exhibitor, for the detail
};

struct ExhibitorsState {
  std::string query;  // typed so far (UTF-8)
  KeyboardLayout layout = KeyboardLayout::Kana;
  std::string selected;  // exhibitor id shown in the detail and highlighted on the map; "" = none
  // Written by draw_exhibitors: where the map was drawn last frame (zero size without a floor plan),
  // so tests and replays can find the booths on screen.
  ImVec2 map_min{0, 0};
  ImVec2 map_max{0, 0};
};

// `results` are what ContentReader::search_exhibitors(query) returned (booth order). `floor` and
// `everyone` (all exhibitors, e.g. Content::floor and Content::exhibitors) give the map and the details;
// when `everyone` is empty the results stand in for it.
ExhibitorsModel make_exhibitors(const std::vector<model::Exhibitor>& results, const std::string& query,
                                const UiStrings& strings, const model::Floor& floor = {},
                                const std::vector<model::Exhibitor>& everyone = {});
// `floor_image`: the floor picture's texture (ImageTexture::id()), or null for a plain floor.
Intent draw_exhibitors(const ExhibitorsModel& model, ExhibitorsState& state, const DrawContext& context,
                       ImTextureID floor_image = nullptr);

}  // namespace kiosk::ui
