// OnScreenKeyboard: a kiosk has no keyboard. Large keys for search input in two layouts: Latin
// (A-Z, 0-9, '-') and katakana in gojūon order (ア行 … ワ行, with ゛ ゜ to voice the last character),
// plus delete, clear, space and a layout switch. The key labels come from strings.csv
// (keyboard.kana / keyboard.latin) so their glyphs are in the atlas.
#pragma once

#include <string>
#include <vector>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

enum class KeyboardLayout { Kana, Latin };

struct KeyboardModel {                 // labels prepared with the view model
  std::vector<std::string> kana;        // one character a key, gojūon order (columns of 5)
  std::vector<std::string> latin;       // one character a key
  std::string to_kana, to_latin;        // layout switch labels
  std::string delete_label, clear_label, space_label;
};

KeyboardModel make_keyboard(const std::string& kana_keys, const std::string& latin_keys, std::string to_kana,
                            std::string to_latin, std::string delete_label, std::string clear_label,
                            std::string space_label);

// Applies one key to `query` (UTF-8). ゛ / ゜ voice the last character when they can (カ -> ガ,
// ハ -> パ) and are ignored otherwise. Returns true when the query changed.
bool apply_key(std::string& query, const std::string& key);
inline const std::string kKeyDelete = "\x7F";  // the delete key's value for apply_key
inline const std::string kKeyClear = "\x18";   // the clear key's value
inline const std::string kKeySpace = " ";

// Height the keyboard needs for `width` at this theme.
float keyboard_height(const KeyboardModel& model, KeyboardLayout layout, float width, const DrawContext& context);
// Draws at the cursor across `width`; returns the key tapped ("" none; kKeyDelete, kKeyClear, kKeySpace
// or a character). A tap on the layout switch flips `layout` and returns "".
std::string draw_keyboard(const KeyboardModel& model, KeyboardLayout& layout, float width, const DrawContext& context);

}  // namespace kiosk::ui
