// GlyphPlan: which characters each font role needs. Body and caption text can show any UI string or
// content text; the big display sizes only show a few kinds of text, so they get a smaller set and
// the atlas stays within 2048x2048 (the Pi 3's texture limit).
#pragma once

#include "fonts/glyph_set.hpp"
#include "model/content.hpp"

namespace kiosk::ui {

struct GlyphPlan {
  GlyphSet text;     // body + caption fonts: every UI string and all content text, ASCII, formatter output
  GlyphSet display;  // title + heading fonts: UI strings, category names, ASCII
  GlyphSet figures;  // headline-number font: digits, ASCII, units, formatter output
};

GlyphSet content_glyphs(const model::Content& content);  // every human-readable field, strings.csv included
GlyphPlan plan_glyphs(const model::Content& content);

}  // namespace kiosk::ui
