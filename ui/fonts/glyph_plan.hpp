// GlyphPlan: which characters each font role needs. Body and caption text can show any UI string or
// content text; the big display sizes only show a few kinds of text, so they get a smaller set and
// the atlas stays within 2048x2048 (the Pi 3's texture limit).
#pragma once

#include <string_view>

#include "fonts/glyph_set.hpp"
#include "model/content.hpp"

namespace kiosk::ui {

struct GlyphPlan {
  GlyphSet text;      // body + caption fonts: every UI string and all content text, ASCII, formatter output
  GlyphSet title;     // title font: UI strings, category names, units, ASCII, slide names, craft marks
  GlyphSet heading;   // heading font: UI strings, category names, units, ASCII, event titles
  GlyphSet figures;   // figure font: digits, ASCII, units, formatter output
  GlyphSet headline;  // attract slides' big numbers: digits and number marks, so the largest size stays small
};

// The characters a formatted number is made of (format_number, English scale words aside): the
// headline font holds only these; a number with anything else falls back to the figure font.
std::string_view number_characters();

GlyphSet content_glyphs(const model::Content& content);  // every human-readable field, strings.csv included
GlyphPlan plan_glyphs(const model::Content& content);

}  // namespace kiosk::ui
