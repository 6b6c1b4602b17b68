#include "widgets/booth_map.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr ImU32 kAreaFill = IM_COL32(0xDD, 0xE3, 0xE8, 0xFF);  // a cool grey: clearly not a booth

float distance_to(const ImVec2& min, const ImVec2& max, ImVec2 at) {
  const float dx = std::max({min.x - at.x, 0.0f, at.x - max.x});
  const float dy = std::max({min.y - at.y, 0.0f, at.y - max.y});
  return std::sqrt(dx * dx + dy * dy);
}

// Label centred in [a, b], shrunk to fit a small booth rather than spilling over its neighbours.
void centred_label(ImDrawList* draw, ImFont* font, const std::string& text, ImVec2 a, ImVec2 b, ImU32 colour) {
  if (text.empty()) return;
  const float room = (b.x - a.x) * 0.92f;
  float size = font->FontSize;
  const float width = text_width(text, font);
  if (width > room && width > 0) size = std::max(font->FontSize * 0.5f, size * room / width);
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
  const ImVec2 at(std::floor((a.x + b.x - extent.x) / 2), std::floor((a.y + b.y - extent.y) / 2));
  draw->PushClipRect(a, b, true);
  draw->AddText(font, size, at, colour, text.c_str());
  draw->PopClipRect();
}

void draw_floor(ImDrawList* draw, ImTextureID image, ImVec2 a, ImVec2 b, const DrawContext& context) {
  const Palette& p = context.theme.palette;
  if (image) {
    draw->AddImage(image, a, b);
  } else {
    draw->AddRectFilled(a, b, p.surface);
  }
  draw->AddRect(a, b, p.text_muted, 0, 0, std::max(1.0f, 2 * context.theme.metrics.scale));
}

}  // namespace

BoothMapModel make_booth_map(const model::Floor& floor, const std::vector<model::Exhibitor>& exhibitors,
                             Language language) {
  BoothMapModel model;
  if (floor.width <= 0 || floor.height <= 0) return model;
  model.width = floor.width;
  model.height = floor.height;
  for (const model::FloorArea& area : floor.areas) model.areas.push_back({pick(area.label, language), area.rect});
  for (const model::Exhibitor& exhibitor : exhibitors) {
    if (exhibitor.booth_rect) model.booths.push_back({exhibitor.id, exhibitor.booth, *exhibitor.booth_rect});
  }
  return model;
}

MapPlacement fit_floor(const BoothMapModel& model, ImVec2 min, ImVec2 max) {
  MapPlacement placement;
  if (model.empty()) return placement;
  const float w = std::max(0.0f, max.x - min.x), h = std::max(0.0f, max.y - min.y);
  placement.scale = std::min(w / static_cast<float>(model.width), h / static_cast<float>(model.height));
  const float used_w = static_cast<float>(model.width) * placement.scale;
  const float used_h = static_cast<float>(model.height) * placement.scale;
  placement.origin = ImVec2(std::floor(min.x + (w - used_w) / 2), std::floor(min.y + (h - used_h) / 2));
  return placement;
}

void booth_screen_rect(const MapBooth& booth, const MapPlacement& placement, ImVec2& min, ImVec2& max) {
  min = placement.to_screen(booth.rect.x, booth.rect.y);
  max = placement.to_screen(booth.rect.x + booth.rect.w, booth.rect.y + booth.rect.h);
}

const MapBooth* booth_at(const BoothMapModel& model, const MapPlacement& placement, ImVec2 at, float slop) {
  const MapBooth* nearest = nullptr;
  float best = slop;
  for (const MapBooth& booth : model.booths) {
    ImVec2 a, b;
    booth_screen_rect(booth, placement, a, b);
    const float d = distance_to(a, b, at);
    if (d == 0) return &booth;
    if (d <= best) {
      best = d;
      nearest = &booth;
    }
  }
  return nearest;
}

std::string draw_booth_map(const char* id, const BoothMapModel& model, const std::string& selected_id,
                           ImTextureID floor_image, ImVec2 min, ImVec2 max, const DrawContext& context) {
  if (model.empty() || max.x <= min.x || max.y <= min.y) return {};
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  const MapPlacement placement = fit_floor(model, min, max);
  const ImVec2 floor_min = placement.origin;
  const ImVec2 floor_max = placement.to_screen(model.width, model.height);
  const float slop = m.touch / 4;

  // One button over the whole floor: the booth is the one under the press, and the tap counts only
  // when the finger lifts over that same booth (sliding off cancels, as with any button).
  ImGui::SetCursorScreenPos(floor_min);
  const bool released = ImGui::InvisibleButton(id, ImVec2(floor_max.x - floor_min.x, floor_max.y - floor_min.y));
  const ImGuiIO& io = ImGui::GetIO();
  const MapBooth* pressed = ImGui::IsItemActive() ? booth_at(model, placement, io.MouseClickedPos[0], slop) : nullptr;
  std::string tapped;
  if (released) {
    const MapBooth* down = booth_at(model, placement, io.MouseClickedPos[0], slop);
    if (down && down == booth_at(model, placement, io.MousePos, slop)) tapped = down->exhibitor_id;
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_floor(draw, floor_image, floor_min, floor_max, context);
  const float thin = std::max(1.0f, 2 * m.scale);
  for (const MapArea& area : model.areas) {
    const ImVec2 a = placement.to_screen(area.rect.x, area.rect.y);
    const ImVec2 b = placement.to_screen(area.rect.x + area.rect.w, area.rect.y + area.rect.h);
    draw->AddRectFilled(a, b, kAreaFill);
    draw->AddRect(a, b, p.surface_line, 0, 0, thin);
    centred_label(draw, context.fonts.caption, area.label, a, b, p.text_muted);
  }
  const MapBooth* selected = nullptr;
  for (const MapBooth& booth : model.booths) {
    ImVec2 a, b;
    booth_screen_rect(booth, placement, a, b);
    // A small inset keeps neighbouring booths' outlines apart, so each reads as its own target.
    const float inset = std::max(1.0f, 2 * m.scale);
    a = ImVec2(a.x + inset, a.y + inset);
    b = ImVec2(b.x - inset, b.y - inset);
    if (booth.exhibitor_id == selected_id && !selected_id.empty()) selected = &booth;
    draw->AddRectFilled(a, b, &booth == pressed ? p.button_active : p.surface, m.rounding / 4);
    draw->AddRect(a, b, p.text_muted, m.rounding / 4, 0, thin);
    centred_label(draw, context.fonts.caption, booth.label, a, b, p.text);
  }
  if (selected) {  // drawn last so its thick outline is never covered by a neighbour
    ImVec2 a, b;
    booth_screen_rect(*selected, placement, a, b);
    const float thick = std::max(3.0f, 6 * m.scale);
    draw->AddRectFilled(a, b, p.series[1], m.rounding / 4);  // Okabe-Ito orange
    draw->AddRect(ImVec2(a.x + thick / 2, a.y + thick / 2), ImVec2(b.x - thick / 2, b.y - thick / 2), p.text,
                  m.rounding / 4, 0, thick);
    centred_label(draw, context.fonts.body, selected->label, a, b, p.text);
  }
  return tapped;
}

}  // namespace kiosk::ui
