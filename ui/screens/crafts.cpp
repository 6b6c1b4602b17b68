#include "screens/crafts.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr const char* kPrefectures[] = {"aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima"};

void prefecture_header(const std::string& title, const DrawContext& context) {
  ImGui::Dummy(ImVec2(0, context.theme.metrics.gap));
  // Body font: prefecture names are content, not in the display fonts' smaller glyph set.
  accent_heading(title, context.fonts.body, context);
}

void craft_card(const CraftRow& row, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  {
    Card card(context, left, right);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.name, context.fonts.body, p.text, right - m.pad);
    if (!row.designation.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
      wrapped_text(row.designation, context.fonts.caption, p.accent, right - m.pad);
    }
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y + m.gap / 3));
    wrapped_text(row.description, context.fonts.caption, p.text, right - m.pad);
  }
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
}

}  // namespace

CraftsModel make_crafts(const std::vector<model::Craft>& crafts, const UiStrings& strings) {
  const Language language = strings.language();
  CraftsModel model;
  model.header = {{strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
                  strings.get("common.back"),
                  strings.get("crafts.title")};
  model.note = strings.get("crafts.note");
  const std::string separator = language == Language::Ja ? "\uFF1A" : ": ";
  for (const char* prefecture : kPrefectures) {
    const model::Text* name = model::region_name(prefecture);
    CraftPrefecture section{prefecture, name ? pick(*name, language) : prefecture, {}};
    for (const model::Craft& craft : crafts) {
      if (craft.prefecture != prefecture) continue;
      section.rows.push_back({craft.id, pick(craft.name, language),
                              craft.designation.empty() ? "" : strings.get("crafts.designated") + separator + craft.designation,
                              pick(craft.description, language), craft.image});
    }
    if (!section.rows.empty()) model.prefectures.push_back(std::move(section));
  }
  return model;
}

Intent draw_crafts(const CraftsModel& model, const DrawContext& context) {
  Intent intent = begin_screen("###crafts", model.header, context);
  if (begin_scroll_body("###crafts-scroll", context)) {
    wrapped_text(model.note, context.fonts.caption, context.theme.palette.text_muted,
                 ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x);
    for (const CraftPrefecture& prefecture : model.prefectures) {
      prefecture_header(prefecture.title, context);
      for (const CraftRow& row : prefecture.rows) craft_card(row, context);
    }
    ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
  }
  end_scroll_body();
  end_screen();
  return intent;
}

}  // namespace kiosk::ui
