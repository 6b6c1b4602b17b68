#include "screens/crafts.hpp"

#include <algorithm>
#include <cmath>

#include "common/utf8.hpp"
#include "fonts/font_set.hpp"
#include "fonts/glyph_set.hpp"
#include "widgets/card.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

struct PrefectureTone {
  const char* id;
  int series;  // palette.series index (Okabe-Ito): neighbouring prefectures get distinct hues
};
constexpr PrefectureTone kPrefectures[] = {{"aomori", 0}, {"iwate", 3},    {"miyagi", 2},
                                           {"akita", 5},  {"yamagata", 1}, {"fukushima", 4}};

std::string first_character(const std::string& text) {
  return text.substr(0, utf8::decode_at(text, 0).length);  // content text is valid UTF-8 (validated)
}

// Near-black on light tiles (orange, sky blue, purple), white on dark ones: the mark stays readable.
ImU32 mark_colour(ImU32 tile, const Palette& palette) {
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(tile);
  const auto linear = [](float v) {
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
  };
  const float luminance = 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z);
  return luminance > 0.2f ? palette.text : IM_COL32(255, 255, 255, 255);
}

// The largest font that has the mark's glyph: the title font holds craft names in the kiosk (display
// glyphs); the body font holds every content character.
ImFont* mark_font(const std::string& mark, const DrawContext& context) {
  return missing_code_points(*context.fonts.title, glyphs_of(mark)).empty() ? context.fonts.title
                                                                            : context.fonts.body;
}

void placeholder(const CraftRow& row, const DrawContext& context, ImVec2 min, ImVec2 max) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Palette& p = context.theme.palette;
  const ImU32 tile = row.tone >= 0 ? p.series[static_cast<size_t>(row.tone)] : p.surface_line;
  list->AddRectFilled(min, max, tile, context.theme.metrics.rounding / 2);
  if (row.mark.empty()) return;
  ImFont* font = mark_font(row.mark, context);
  const float size = (max.y - min.y) * 0.5f;
  const ImVec2 extent = font->CalcTextSizeA(size, 1e6f, 0, row.mark.c_str());
  list->AddText(font, size, ImVec2((min.x + max.x - extent.x) / 2, (min.y + max.y - extent.y) / 2),
                mark_colour(tile, p), row.mark.c_str());
}

// The picture cropped to a square from its centre (no stretching), with rounded corners.
void picture(const CraftPicture& shown, const DrawContext& context, ImVec2 min, ImVec2 max) {
  const float w = static_cast<float>(std::max(1, shown.width)),
              h = static_cast<float>(std::max(1, shown.height));
  const float side = std::min(w, h);
  const ImVec2 uv0((w - side) / 2 / w, (h - side) / 2 / h);
  const ImVec2 uv1(1 - uv0.x, 1 - uv0.y);
  ImGui::GetWindowDrawList()->AddImageRounded(shown.texture, min, max, uv0, uv1, IM_COL32_WHITE,
                                              context.theme.metrics.rounding / 2);
}

void prefecture_header(const std::string& title, const DrawContext& context) {
  ImGui::Dummy(ImVec2(0, context.theme.metrics.gap));
  // Body font: prefecture names are content, not in the display fonts' smaller glyph set.
  accent_heading(title, context.fonts.body, context);
}

void craft_card(const CraftRow& row, const DrawContext& context, const CraftPictureIndex& pictures) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  {
    Card card(context, left, right);
    const float top = ImGui::GetCursorScreenPos().y;
    const float side = craft_tile_side(m);
    const ImVec2 tile_min(left + m.pad, top), tile_max(left + m.pad + side, top + side);
    const auto found = pictures.find(row.id);
    if (found != pictures.end() && found->second.texture)
      picture(found->second, context, tile_min, tile_max);
    else
      placeholder(row, context, tile_min, tile_max);
    const float text_left = tile_max.x + m.pad, text_right = right - m.pad;
    ImGui::SetCursorScreenPos(ImVec2(text_left, top));
    wrapped_text(row.name, context.fonts.body, p.text, text_right);
    if (!row.designation.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(text_left, ImGui::GetCursorScreenPos().y));
      wrapped_text(row.designation, context.fonts.caption, p.accent, text_right);
    }
    ImGui::SetCursorScreenPos(ImVec2(text_left, ImGui::GetCursorScreenPos().y + m.gap / 3));
    wrapped_text(row.description, context.fonts.caption, p.text, text_right);
    // The card is as tall as the tile or the text, whichever is taller.
    const float bottom =
        std::max(ImGui::GetCursorScreenPos().y, tile_max.y + ImGui::GetStyle().ItemSpacing.y);
    ImGui::SetCursorScreenPos(ImVec2(text_left, bottom));
  }
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
}

}  // namespace

float craft_tile_side(const Metrics& metrics) { return std::round(176 * metrics.scale); }

int craft_picture_max_side(const Metrics& metrics) {
  return static_cast<int>(std::lround(craft_tile_side(metrics) * 1.5f));
}

CraftsModel make_crafts(const std::vector<model::Craft>& crafts, const UiStrings& strings) {
  const Language language = strings.language();
  CraftsModel model;
  model.header = {
      {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
      strings.get("common.back"),
      strings.get("crafts.title")};
  model.note = strings.get("crafts.note");
  const std::string separator = language == Language::Ja ? "\uFF1A" : ": ";
  for (const PrefectureTone& prefecture : kPrefectures) {
    const model::Text* name = model::region_name(prefecture.id);
    CraftPrefecture section{prefecture.id, name ? pick(*name, language) : prefecture.id, {}};
    for (const model::Craft& craft : crafts) {
      if (craft.prefecture != prefecture.id) continue;
      section.rows.push_back(
          {craft.id, pick(craft.name, language),
           craft.designation.empty() ? "" : strings.get("crafts.designated") + separator + craft.designation,
           pick(craft.description, language), craft.image,
           first_character(craft.name.ja.empty() ? craft.name.en : craft.name.ja), prefecture.series});
    }
    if (!section.rows.empty()) model.prefectures.push_back(std::move(section));
  }
  return model;
}

Intent draw_crafts(const CraftsModel& model, const DrawContext& context, const CraftPictureIndex& pictures) {
  Intent intent = begin_screen("###crafts", model.header, context);
  if (begin_scroll_body("###crafts-scroll", context)) {
    wrapped_text(model.note, context.fonts.caption, context.theme.palette.text_muted,
                 ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x);
    for (const CraftPrefecture& prefecture : model.prefectures) {
      prefecture_header(prefecture.title, context);
      for (const CraftRow& row : prefecture.rows) craft_card(row, context, pictures);
    }
    ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
  }
  end_scroll_body();
  end_screen();
  return intent;
}

}  // namespace kiosk::ui
