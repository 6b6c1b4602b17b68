#include "screens/exhibitors.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/text.hpp"
#include "widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

void exhibitor_card(const ExhibitorsModel& model, const ExhibitorRow& row, const DrawContext& context, Intent& intent) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorScreenPos().y;
  {
    Card card(context, left, right);
    const float y = ImGui::GetCursorScreenPos().y;
    float name_left = left + m.pad;
    if (row.sample) {  // the badge: outlined text, so it does not rely on colour
      ImFont* font = context.fonts.caption;
      const float w = text_width(model.sample_badge, font) + m.pad;
      const ImVec2 a(name_left, y + (context.fonts.body->FontSize - font->FontSize) / 2 - m.pad / 6);
      const ImVec2 b(a.x + w, a.y + font->FontSize + m.pad / 3);
      ImGui::GetWindowDrawList()->AddRectFilled(a, b, p.series[6], m.rounding / 3);
      ImGui::GetWindowDrawList()->AddRect(a, b, p.text, m.rounding / 3, 0, std::max(1.0f, m.scale * 2));
      ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(a.x + m.pad / 2, a.y + m.pad / 6), p.text,
                                          model.sample_badge.c_str());
      name_left = b.x + m.pad / 2;
    }
    ImGui::SetCursorScreenPos(ImVec2(name_left, y));
    wrapped_text(row.name, context.fonts.body, p.text, right - m.pad);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.booth_line, context.fonts.caption, p.accent, right - m.pad);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.description, context.fonts.caption, p.text_muted, right - m.pad);
  }
  const float bottom = ImGui::GetCursorScreenPos().y;
  ImGui::PushID(row.id.c_str());
  if (tap_area("###exhibitor", ImVec2(left, top), ImVec2(right, bottom))) intent = {IntentKind::OpenExhibitor, row.id};
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(left, bottom));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
}

void search_box(const ExhibitorsModel& model, const ExhibitorsState& state, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImVec2 a(ImGui::GetCursorScreenPos().x + m.margin, ImGui::GetCursorScreenPos().y);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - m.margin;
  const ImVec2 b(right, a.y + m.touch);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(a, b, p.surface, m.rounding);
  list->AddRect(a, b, p.accent, m.rounding, 0, std::max(1.0f, 3 * m.scale));
  ImFont* font = context.fonts.body;
  const float label_w = text_width(model.search_label, font);
  const float y = a.y + (m.touch - font->FontSize) / 2;
  list->AddText(font, font->FontSize, ImVec2(a.x + m.pad, y), p.text_muted, model.search_label.c_str());
  const bool empty = state.query.empty();
  const std::string& shown = empty ? model.search_hint : state.query;
  list->PushClipRect(ImVec2(a.x + m.pad * 2 + label_w, a.y), b, true);
  list->AddText(empty ? context.fonts.caption : font, (empty ? context.fonts.caption : font)->FontSize,
                ImVec2(a.x + m.pad * 2 + label_w, empty ? a.y + (m.touch - context.fonts.caption->FontSize) / 2 : y),
                empty ? p.text_muted : p.text, shown.c_str());
  list->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x, b.y + m.gap / 2));
}

}  // namespace

ExhibitorsModel make_exhibitors(const std::vector<model::Exhibitor>& results, const std::string& query,
                                const UiStrings& strings) {
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
  bool any_sample = false;
  for (const model::Exhibitor& exhibitor : results) {
    const std::string category_key = "exhibitors.category." + exhibitor.category;
    const auto known = strings.all().find(category_key);
    model.rows.push_back({exhibitor.id, pick(exhibitor.name, language), booth + " " + exhibitor.booth,
                          known != strings.all().end() ? pick(known->second, language) : exhibitor.category,
                          pick(exhibitor.description, language), exhibitor.sample, {}});
    model.rows.back().booth_line = model.rows.back().booth + "  " + model.rows.back().category;
    any_sample = any_sample || exhibitor.sample;
  }
  if (any_sample) model.sample_note = strings.get("exhibitors.sample_note");
  if (results.empty()) model.no_results = strings.get("exhibitors.no_results");
  model.keyboard = make_keyboard(strings.get("keyboard.kana"), strings.get("keyboard.latin"),
                                 strings.get("keyboard.to_kana"), strings.get("keyboard.to_latin"),
                                 strings.get("keyboard.delete"), strings.get("keyboard.clear"),
                                 strings.get("keyboard.space"));
  return model;
}

Intent draw_exhibitors(const ExhibitorsModel& model, ExhibitorsState& state, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  Intent intent = begin_screen("###exhibitors", model.header, context);
  search_box(model, state, context);
  const float width = ImGui::GetWindowWidth() - 2 * m.margin;
  const float keyboard = keyboard_height(model.keyboard, state.layout, width, context);
  const float list_height = ImGui::GetContentRegionAvail().y - keyboard - m.gap;

  Intent tapped;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(m.margin, m.gap / 2));
  if (TouchScroll::begin("###exhibitors-scroll", ImVec2(0, std::max(m.touch, list_height)), context)) {
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (!model.no_results.empty()) wrapped_text(model.no_results, context.fonts.body, context.theme.palette.text_muted, right);
    if (!model.sample_note.empty()) wrapped_text(model.sample_note, context.fonts.caption, context.theme.palette.text_muted, right);
    for (const ExhibitorRow& row : model.rows) exhibitor_card(model, row, context, tapped);
  }
  TouchScroll::end();
  ImGui::PopStyleVar();

  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + m.margin, ImGui::GetCursorScreenPos().y + m.gap / 2));
  const std::string key = draw_keyboard(model.keyboard, state.layout, width, context);
  if (apply_key(state.query, key)) tapped = {IntentKind::SearchExhibitors, state.query};
  end_screen();
  return tapped.kind != IntentKind::None ? tapped : intent;
}

}  // namespace kiosk::ui
