#include "fonts/glyph_set.hpp"

#include <cstdio>

#include "common/utf8.hpp"

namespace kiosk::ui {
namespace {

// Decodes one UTF-8 sequence at `i`, advancing it; malformed input yields U+FFFD and moves one byte.
char32_t next_code_point(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int length = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07;
  } else {
    ++i;
    return kReplacementChar;
  }
  if (i + length > text.size()) {
    ++i;
    return kReplacementChar;
  }
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacementChar;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

}  // namespace

void add_utf8(GlyphSet& set, std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    const char32_t cp = next_code_point(utf8, i);
    if (cp >= 0x20 && cp != 0x7F) set.insert(cp);  // controls (tab, line breaks) are layout, not glyphs
  }
}

void add_printable_ascii(GlyphSet& set) {
  for (char32_t c = 0x20; c < 0x7F; ++c) set.insert(c);
}

GlyphSet glyphs_of(std::string_view utf8) {
  GlyphSet set;
  add_utf8(set, utf8);
  return set;
}

std::string to_utf8(char32_t cp) { return utf8::encode(cp); }

std::string describe(char32_t cp) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
  return std::string(hex) + " " + to_utf8(cp);
}

}  // namespace kiosk::ui
