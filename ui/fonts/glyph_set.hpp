// GlyphSet: the Unicode code points some text needs. ImGui 1.86 cannot load glyphs on demand, so
// the atlas is built from exactly the characters the strings and the content use (PLATFORM.md).
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace kiosk::ui {

using GlyphSet = std::set<char32_t>;

inline constexpr char32_t kReplacementChar = 0xFFFD;  // what a malformed UTF-8 byte decodes to

void add_utf8(GlyphSet& set, std::string_view utf8);  // every code point of the text (not controls)
void add_printable_ascii(GlyphSet& set);              // U+0020..U+007E: digits, Latin, punctuation
GlyphSet glyphs_of(std::string_view utf8);            // the code points of one text
std::string to_utf8(char32_t code_point);             // one code point encoded as UTF-8
std::string describe(char32_t code_point);            // "U+9AD9 髙" for logs and test messages

}  // namespace kiosk::ui
