#include "widgets/keyboard.hpp"

#include <algorithm>
#include <cstring>

#include <iterator>

namespace kiosk::ui {
namespace {

std::vector<std::string> characters(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    out.push_back(text.substr(i, length));
    i += length;
  }
  return out;
}

// Pairs (plain, voiced) for ゛ and ゜.
constexpr const char* kDakuten[] = {"カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ",
                                    "タダ", "チヂ", "ツヅ", "テデ", "トド", "ハバ", "ヒビ", "フブ", "ヘベ", "ホボ", "ウヴ"};
constexpr const char* kHandakuten[] = {"ハパ", "ヒピ", "フプ", "ヘペ", "ホポ"};

bool voice(std::string& query, const char* const* pairs, size_t count) {
  if (query.size() < 3) return false;
  const std::string last = query.substr(query.size() - 3);
  for (size_t i = 0; i < count; ++i)
    if (last == std::string(pairs[i], 3)) {
      query.replace(query.size() - 3, 3, std::string(pairs[i] + 3, 3));
      return true;
    }
  return false;
}

// Kana keys run down gojūon columns (ア行 ア イ ウ エ オ, カ行 …); these are the column lengths of
// keyboard.kana: ア カ サ タ ナ ハ マ ヤ ラ ワ(ワヲン) then ー゛゜ッャ and ュョ.
constexpr int kKanaColumns[] = {5, 5, 5, 5, 5, 5, 5, 3, 5, 3, 5, 2};
constexpr int kLatinColumns = 13;

int columns_for(KeyboardLayout layout) {
  return layout == KeyboardLayout::Kana ? static_cast<int>(std::size(kKanaColumns)) : kLatinColumns;
}

// Grid cell of key `index`; `rows` is the grid's row count.
void cell(KeyboardLayout layout, size_t index, int& column, int& row) {
  if (layout == KeyboardLayout::Latin) {
    column = static_cast<int>(index) % kLatinColumns;
    row = static_cast<int>(index) / kLatinColumns;
    return;
  }
  int remaining = static_cast<int>(index);
  for (column = 0; column < static_cast<int>(std::size(kKanaColumns)); ++column) {
    if (remaining < kKanaColumns[column]) break;
    remaining -= kKanaColumns[column];
  }
  row = remaining;
}

size_t grid_rows(KeyboardLayout layout, size_t keys) {
  if (layout == KeyboardLayout::Kana) return 5;
  return (keys + kLatinColumns - 1) / kLatinColumns;
}

}  // namespace

KeyboardModel make_keyboard(const std::string& kana_keys, const std::string& latin_keys, std::string to_kana,
                            std::string to_latin, std::string delete_label, std::string clear_label,
                            std::string space_label) {
  return {characters(kana_keys), characters(latin_keys), std::move(to_kana), std::move(to_latin),
          std::move(delete_label), std::move(clear_label), std::move(space_label)};
}

bool apply_key(std::string& query, const std::string& key) {
  if (key.empty()) return false;
  if (key == kKeyClear) {
    const bool had = !query.empty();
    query.clear();
    return had;
  }
  if (key == kKeyDelete) {
    if (query.empty()) return false;
    size_t at = query.size() - 1;
    while (at > 0 && (static_cast<unsigned char>(query[at]) & 0xC0) == 0x80) --at;
    query.erase(at);
    return true;
  }
  if (key == "\u309B") return voice(query, kDakuten, std::size(kDakuten));
  if (key == "\u309C") return voice(query, kHandakuten, std::size(kHandakuten));
  query += key;
  return true;
}

float keyboard_height(const KeyboardModel& model, KeyboardLayout layout, float width, const DrawContext& context) {
  const auto& keys = layout == KeyboardLayout::Kana ? model.kana : model.latin;
  const int columns = columns_for(layout);
  const float key = std::min(context.theme.metrics.touch * 1.15f, width / static_cast<float>(columns));
  return key * static_cast<float>(grid_rows(layout, keys.size()) + 1);
}

std::string draw_keyboard(const KeyboardModel& model, KeyboardLayout& layout, float width, const DrawContext& context) {
  const auto& keys = layout == KeyboardLayout::Kana ? model.kana : model.latin;
  const int columns = columns_for(layout);
  const float key = std::min(context.theme.metrics.touch * 1.15f, width / static_cast<float>(columns));
  const float gap = std::max(2.0f, key * 0.08f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float left = origin.x + (width - key * static_cast<float>(columns)) / 2;
  std::string pressed;
  ImGui::PushFont(context.fonts.body);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, context.theme.metrics.rounding / 2);
  ImGui::PushStyleColor(ImGuiCol_Button, context.theme.palette.surface);
  ImGui::PushStyleColor(ImGuiCol_Text, context.theme.palette.text);
  ImGui::PushID(layout == KeyboardLayout::Kana ? "kana" : "latin");
  for (size_t i = 0; i < keys.size(); ++i) {
    int column = 0, row = 0;
    cell(layout, i, column, row);
    if (column >= columns) break;  // more keys than the gojūon grid holds
    ImGui::SetCursorScreenPos(ImVec2(left + key * static_cast<float>(column), origin.y + key * static_cast<float>(row)));
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Button(keys[i].c_str(), ImVec2(key - gap, key - gap))) pressed = keys[i];
    ImGui::PopID();
  }
  ImGui::PopID();
  const size_t rows = grid_rows(layout, keys.size());
  const float y = origin.y + key * static_cast<float>(rows);
  const float wide = key * static_cast<float>(columns) / 4;
  const std::string* labels[] = {layout == KeyboardLayout::Kana ? &model.to_latin : &model.to_kana,
                                 &model.space_label, &model.delete_label, &model.clear_label};
  const char* ids[] = {"###kb-layout", "###kb-space", "###kb-delete", "###kb-clear"};
  for (int i = 0; i < 4; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(left + wide * static_cast<float>(i), y));
    ImGui::PushID(ids[i]);
    if (ImGui::Button(labels[i]->c_str(), ImVec2(wide - gap, key - gap))) {
      if (i == 0) layout = layout == KeyboardLayout::Kana ? KeyboardLayout::Latin : KeyboardLayout::Kana;
      if (i == 1) pressed = kKeySpace;
      if (i == 2) pressed = kKeyDelete;
      if (i == 3) pressed = kKeyClear;
    }
    ImGui::PopID();
  }
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, y + key));
  return pressed;
}

}  // namespace kiosk::ui
