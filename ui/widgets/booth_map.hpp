// BoothMap: the pavilion floor plan with every booth as an outlined, numbered rectangle and the labelled
// areas (entrance, stage) from the content's floor.csv. The floor is scaled to fit the space given,
// aspect kept and centred. The selected booth is filled Okabe-Ito orange AND drawn with a thick dark
// outline, so it stands out without relying on colour. Tapping a booth returns its exhibitor.
//
//   model:  BoothMapModel   build: make_booth_map(content.floor, content.exhibitors, language)
//   draw:   draw_booth_map("###map", model, selected_id, floor_texture, min, max, context) -> tapped id
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "i18n/language.hpp"
#include "model/content.hpp"
#include "widgets/draw_context.hpp"

namespace kiosk::ui {

struct MapBooth {
  std::string exhibitor_id;
  std::string label;  // the booth number as printed on the plan, e.g. "T-01"
  model::Rect rect;   // floor units
};

struct MapArea {
  std::string label;  // in the current language
  model::Rect rect;
};

struct BoothMapModel {
  double width = 0;   // floor size in floor units; 0 when the content has no floor plan
  double height = 0;
  std::vector<MapBooth> booths;  // exhibitors with a booth rectangle, in content order
  std::vector<MapArea> areas;
  bool empty() const { return width <= 0 || height <= 0; }
};

// Booths of `exhibitors` that have a rectangle; area labels in `language`.
BoothMapModel make_booth_map(const model::Floor& floor, const std::vector<model::Exhibitor>& exhibitors,
                             Language language);

struct MapPlacement {  // where the floor lands on screen: screen = origin + floor * scale
  ImVec2 origin{0, 0};
  float scale = 0;
  ImVec2 to_screen(double x, double y) const {
    return ImVec2(origin.x + static_cast<float>(x) * scale, origin.y + static_cast<float>(y) * scale);
  }
};

// The largest placement of the floor inside [min, max] that keeps its aspect, centred.
MapPlacement fit_floor(const BoothMapModel& model, ImVec2 min, ImVec2 max);
// The booth under screen point `at`, or nullptr. A finger is wider than a thin gap between booths:
// outside every booth, the nearest one within `slop` pixels counts.
const MapBooth* booth_at(const BoothMapModel& model, const MapPlacement& placement, ImVec2 at, float slop);
// Screen rectangle of a booth (for tests and for drawing).
void booth_screen_rect(const MapBooth& booth, const MapPlacement& placement, ImVec2& min, ImVec2& max);

// Draws the map into [min, max] (floor_image may be null: a plain floor is drawn). `selected_id` is an
// exhibitor id ("" = none). Returns the exhibitor id of the booth tapped this frame, "" otherwise.
std::string draw_booth_map(const char* id, const BoothMapModel& model, const std::string& selected_id,
                           ImTextureID floor_image, ImVec2 min, ImVec2 max, const DrawContext& context);

}  // namespace kiosk::ui
