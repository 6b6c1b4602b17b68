#include "screens/exhibitors.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/card.hpp"
#include "widgets/text.hpp"
#include "widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

struct Column {  // a screen x range the parts of the screen are laid out in
  float left;
  float right;
};

// The サンプル / Sample badge: outlined text, so it does not rely on colour. Returns its right edge.
float sample_badge(const std::string& badge, float left, float y, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  ImFont* font = context.fonts.caption;
  const float w = text_width(badge, font) + m.pad;
  const ImVec2 a(left, y + (context.fonts.body->FontSize - font->FontSize) / 2 - m.pad / 6);
  const ImVec2 b(a.x + w, a.y + font->FontSize + m.pad / 3);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, b, p.series[6], m.rounding / 3);
  draw->AddRect(a, b, p.text, m.rounding / 3, 0, std::max(1.0f, m.scale * 2));
  draw->AddText(font, font->FontSize, ImVec2(a.x + m.pad / 2, a.y + m.pad / 6), p.text, badge.c_str());
  return b.x;
}

// Name (with the badge), booth and category, description: the same block in list rows and the detail.
void exhibitor_text(const ExhibitorsModel& model, const ExhibitorRow& row, float left, float right,
                    const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float y = ImGui::GetCursorScreenPos().y;
  float name_left = left + m.pad;
  if (row.sample) name_left = sample_badge(model.sample_badge, name_left, y, context) + m.pad / 2;
  ImGui::SetCursorScreenPos(ImVec2(name_left, y));
  wrapped_text(row.name, context.fonts.body, p.text, right - m.pad);
  ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
  wrapped_text(row.booth_line, context.fonts.caption, p.accent, right - m.pad);
  ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
  wrapped_text(row.description, context.fonts.caption, p.text_muted, right - m.pad);
}

void exhibitor_card(const ExhibitorsModel& model, const ExhibitorRow& row, bool selected,
                    const DrawContext& context, std::string& tapped) {
  const Metrics& m = context.theme.metrics;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorScreenPos().y;
  {
    Card card(context, left, right);
    exhibitor_text(model, row, left, right, context);
  }
  const float bottom = ImGui::GetCursorScreenPos().y;
  if (selected) {  // the row shown on the map: a thick dark frame, as the booth gets
    const float thick = std::max(3.0f, 5 * m.scale);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(left + thick / 2, top + thick / 2),
                                        ImVec2(right - thick / 2, bottom - thick / 2),
                                        context.theme.palette.text, m.rounding, 0, thick);
  }
  ImGui::PushID(row.id.c_str());
  if (tap_area("###exhibitor", ImVec2(left, top), ImVec2(right, bottom))) tapped = row.id;
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(left, bottom));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
}

void search_box(const ExhibitorsModel& model, const ExhibitorsState& state, Column column, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImVec2 a(column.left, ImGui::GetCursorScreenPos().y);
  const ImVec2 b(column.right, a.y + m.touch);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(a, b, p.surface, m.rounding);
  list->AddRect(a, b, p.accent, m.rounding, 0, std::max(1.0f, 3 * m.scale));
  ImFont* font = context.fonts.body;
  const float label_w = text_width(model.search_label, font);
  const float y = a.y + (m.touch - font->FontSize) / 2;
  list->AddText(font, font->FontSize, ImVec2(a.x + m.pad, y), p.text_muted, model.search_label.c_str());
  const bool empty = state.query.empty();
  const std::string& shown = empty ? model.search_hint : state.query;
  ImFont* shown_font = empty ? context.fonts.caption : font;
  list->PushClipRect(ImVec2(a.x + m.pad * 2 + label_w, a.y), b, true);
  list->AddText(shown_font, shown_font->FontSize,
                ImVec2(a.x + m.pad * 2 + label_w, a.y + (m.touch - shown_font->FontSize) / 2),
                empty ? p.text_muted : p.text, shown.c_str());
  list->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(column.left, b.y + m.gap / 2));
}

// Search box, result list and keyboard, from the cursor down to `bottom`. Returns the intent.
Intent search_column(const ExhibitorsModel& model, ExhibitorsState& state, Column column, float bottom,
                     const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  search_box(model, state, column, context);
  const float width = column.right - column.left;
  const float keyboard = keyboard_height(model.keyboard, state.layout, width, context);
  const float list_height = bottom - ImGui::GetCursorScreenPos().y - keyboard - m.gap;

  std::string tapped;
  ImGui::SetCursorScreenPos(ImVec2(column.left, ImGui::GetCursorScreenPos().y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, m.gap / 2));
  if (TouchScroll::begin("###exhibitors-scroll", ImVec2(width, std::max(m.touch, list_height)), context)) {
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (!model.no_results.empty()) wrapped_text(model.no_results, context.fonts.body, p.text_muted, right);
    if (!model.sample_note.empty()) wrapped_text(model.sample_note, context.fonts.caption, p.text_muted, right);
    for (const ExhibitorRow& row : model.rows) exhibitor_card(model, row, row.id == state.selected, context, tapped);
  }
  TouchScroll::end();
  ImGui::PopStyleVar();

  ImGui::SetCursorScreenPos(ImVec2(column.left, ImGui::GetCursorScreenPos().y + m.gap / 2));
  const std::string key = draw_keyboard(model.keyboard, state.layout, width, context);
  if (apply_key(state.query, key)) return {IntentKind::SearchExhibitors, state.query};
  if (!tapped.empty()) {
    state.selected = tapped;
    return {IntentKind::OpenExhibitor, tapped};
  }
  return {};
}

const ExhibitorRow* find_row(const ExhibitorsModel& model, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const ExhibitorRow& row : model.everyone)
    if (row.id == id) return &row;
  return nullptr;
}

// Lines the detail panel holds: name, booth line and up to four lines of description.
float detail_height(const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  return 2 * m.pad + context.fonts.body->FontSize * 1.3f + context.fonts.caption->FontSize * 1.3f * 5;
}

// The selected exhibitor (or the hint) in a fixed-height panel, so the map below never moves.
void detail_panel(const ExhibitorsModel& model, const ExhibitorsState& state, Column column, float top,
                  const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImVec2 a(column.left, top), b(column.right, top + detail_height(context));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(a, b, p.surface, m.rounding);
  draw->AddRect(a, b, p.surface_line, m.rounding, 0, std::max(1.0f, 2 * m.scale));
  ImGui::PushClipRect(a, b, true);
  ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + m.pad));
  if (const ExhibitorRow* row = find_row(model, state.selected)) {
    exhibitor_text(model, *row, a.x, b.x, context);
    if (!row->on_map && !model.not_on_map.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(a.x + m.pad, ImGui::GetCursorScreenPos().y));
      wrapped_text(model.not_on_map, context.fonts.caption, p.text, b.x - m.pad);
    }
  } else {
    ImGui::SetCursorScreenPos(ImVec2(a.x + m.pad, a.y + m.pad));
    wrapped_text(model.map_title, context.fonts.body, p.text, b.x - m.pad);
    ImGui::SetCursorScreenPos(ImVec2(a.x + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(model.map_hint, context.fonts.caption, p.text_muted, b.x - m.pad);
  }
  ImGui::PopClipRect();
}

// The booth map in [min, max]; a booth tap selects its exhibitor.
Intent map_panel(const ExhibitorsModel& model, ExhibitorsState& state, ImVec2 min, ImVec2 max, ImTextureID image,
                 const DrawContext& context) {
  state.map_min = state.map_max = ImVec2(0, 0);
  if (model.map.empty()) return {};
  state.map_min = min;
  state.map_max = max;
  const std::string tapped = draw_booth_map("###booth-map", model.map, state.selected, image, min, max, context);
  if (tapped.empty()) return {};
  state.selected = tapped;
  return {IntentKind::OpenExhibitor, tapped};
}

}  // namespace

ExhibitorsModel make_exhibitors(const std::vector<model::Exhibitor>& results, const std::string& query,
                                const UiStrings& strings, const model::Floor& floor,
                                const std::vector<model::Exhibitor>& everyone) {
  const Language language = strings.language();
  ExhibitorsModel model;
  model.header = {{strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
                  strings.get("common.back"),
                  strings.get("exhibitors.title")};
  model.query = query;
  model.search_label = strings.get("exhibitors.search");
  model.search_hint = strings.get("exhibitors.search_hint");
  model.sample_badge = strings.get("exhibitors.sample");
  const std::string booth = strings.get("exhibitors.booth");
  const auto row_of = [&](const model::Exhibitor& exhibitor) {
    const auto known = strings.all().find("exhibitors.category." + exhibitor.category);
    ExhibitorRow row{exhibitor.id, pick(exhibitor.name, language), booth + " " + exhibitor.booth,
                     known != strings.all().end() ? pick(known->second, language) : exhibitor.category,
                     pick(exhibitor.description, language), exhibitor.sample, {}, exhibitor.booth_rect.has_value()};
    row.booth_line = row.booth + "  " + row.category;
    return row;
  };
  bool any_sample = false;
  for (const model::Exhibitor& exhibitor : results) {
    model.rows.push_back(row_of(exhibitor));
    any_sample = any_sample || exhibitor.sample;
  }
  if (any_sample) model.sample_note = strings.get("exhibitors.sample_note");
  if (results.empty()) model.no_results = strings.get("exhibitors.no_results");
  model.keyboard = make_keyboard(strings.get("keyboard.kana"), strings.get("keyboard.latin"),
                                 strings.get("keyboard.to_kana"), strings.get("keyboard.to_latin"),
                                 strings.get("keyboard.delete"), strings.get("keyboard.clear"),
                                 strings.get("keyboard.space"));
  const std::vector<model::Exhibitor>& all = everyone.empty() ? results : everyone;
  for (const model::Exhibitor& exhibitor : all) model.everyone.push_back(row_of(exhibitor));
  model.map = make_booth_map(floor, all, language);
  model.map_title = floor.name.ja.empty() && floor.name.en.empty() ? strings.get("exhibitors.map")
                                                                   : pick(floor.name, language);
  model.map_hint = strings.get("exhibitors.map_hint");
  model.not_on_map = strings.get("exhibitors.not_on_map");
  return model;
}

Intent draw_exhibitors(const ExhibitorsModel& model, ExhibitorsState& state, const DrawContext& context,
                       ImTextureID floor_image) {
  const Metrics& m = context.theme.metrics;
  Intent intent = begin_screen("###exhibitors", model.header, context);
  const ImVec2 window = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  const float top = ImGui::GetCursorScreenPos().y;
  const float bottom = window.y + size.y - m.margin;
  const Column full{window.x + m.margin, window.x + size.x - m.margin};
  const bool landscape = size.x > size.y;
  Intent chosen;
  if (landscape) {  // left: search, list, keyboard; right: detail over the map
    const float split = std::floor(full.left + (full.right - full.left) * 0.46f);
    const Column left{full.left, split - m.gap / 2}, right{split + m.gap / 2, full.right};
    detail_panel(model, state, right, top, context);
    const float map_top = top + detail_height(context) + m.gap;
    const Intent on_map = map_panel(model, state, ImVec2(right.left, map_top), ImVec2(right.right, bottom),
                                    floor_image, context);
    ImGui::SetCursorScreenPos(ImVec2(left.left, top));
    chosen = search_column(model, state, left, bottom, context);
    if (on_map.kind != IntentKind::None) chosen = on_map;
  } else {  // portrait: map (at most a third of the screen), detail, then search, list, keyboard
    const float width = full.right - full.left;
    float map_h = 0;
    if (!model.map.empty())
      map_h = std::min(width * static_cast<float>(model.map.height / model.map.width), size.y / 3);
    const Intent on_map =
        map_panel(model, state, ImVec2(full.left, top), ImVec2(full.right, top + map_h), floor_image, context);
    const float detail_top = top + map_h + (map_h > 0 ? m.gap : 0);
    detail_panel(model, state, full, detail_top, context);
    ImGui::SetCursorScreenPos(ImVec2(full.left, detail_top + detail_height(context) + m.gap));
    chosen = search_column(model, state, full, bottom, context);
    if (on_map.kind != IntentKind::None) chosen = on_map;
  }
  end_screen();
  return chosen.kind != IntentKind::None ? chosen : intent;
}

}  // namespace kiosk::ui
