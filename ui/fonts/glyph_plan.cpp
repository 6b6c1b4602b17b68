#include "fonts/glyph_plan.hpp"

#include "common/utf8.hpp"
#include "i18n/format.hpp"

namespace kiosk::ui {
namespace {

void add_text(GlyphSet& set, const model::Text& text) {
  add_utf8(set, text.ja);
  add_utf8(set, text.en);
}

void add_region(GlyphSet& set, const std::string& region) {
  if (const model::Text* name = model::region_name(region)) add_text(set, *name);
}

void add_indicators(GlyphSet& set, const model::Content& content) {
  for (const auto& category : content.categories) add_text(set, category.name);
  for (const auto& indicator : content.indicators) {
    add_text(set, indicator.name);
    add_utf8(set, indicator.unit);
    add_utf8(set, indicator.source.document);
    add_utf8(set, indicator.source.quote);
    for (const auto& point : indicator.points) {
      add_utf8(set, point.period);
      add_text(set, point.label);
      add_region(set, point.region);
    }
  }
}

void add_events(GlyphSet& set, const model::Content& content) {
  for (const auto& event : content.events) {
    for (const auto* text : {&event.title, &event.place, &event.organizer, &event.summary})
      add_text(set, *text);
    for (const auto* text :
         {&event.start, &event.end, &event.url, &event.source.document, &event.source.quote})
      add_utf8(set, *text);
  }
}

void add_exhibitors_and_crafts(GlyphSet& set, const model::Content& content) {
  for (const auto& exhibitor : content.exhibitors) {
    add_text(set, exhibitor.name);
    add_text(set, exhibitor.description);
    for (const auto* text : {&exhibitor.booth, &exhibitor.category, &exhibitor.url}) add_utf8(set, *text);
  }
  add_text(set, content.floor.name);  // the booth map's title and area labels
  for (const auto& area : content.floor.areas) add_text(set, area.label);
  for (const auto& craft : content.crafts) {
    add_text(set, craft.name);
    add_text(set, craft.description);
    add_utf8(set, craft.designation);
    add_region(set, craft.prefecture);
  }
}

// The name an attract slide shows as its title: its indicator, exhibitor or craft (none for the
// events and prompt slides, whose titles are UI strings).
model::Text slide_name(const model::Content& content, const model::Slide& slide) {
  if (slide.kind == "indicator")
    for (const auto& indicator : content.indicators)
      if (indicator.id == slide.ref) return indicator.name;
  if (slide.kind == "exhibitor")
    for (const auto& exhibitor : content.exhibitors)
      if (exhibitor.id == slide.ref) return exhibitor.name;
  if (slide.kind == "craft")
    for (const auto& craft : content.crafts)
      if (craft.id == slide.ref) return craft.name;
  return {};
}

}  // namespace

GlyphSet content_glyphs(const model::Content& content) {
  GlyphSet set;
  add_indicators(set, content);
  add_events(set, content);
  add_exhibitors_and_crafts(set, content);
  for (const auto& [key, text] : content.strings) add_text(set, text);
  return set;
}

GlyphPlan plan_glyphs(const model::Content& content) {
  GlyphPlan plan;
  plan.text = content_glyphs(content);
  add_printable_ascii(plan.text);
  add_utf8(plan.text, format_characters());

  GlyphSet display;  // the base of both display sizes
  add_printable_ascii(display);
  add_utf8(display, format_characters());
  for (const auto& [key, text] : content.strings) add_text(display, text);
  for (const auto& category : content.categories) add_text(display, category.name);
  // An attract slide sets the unit beside its big number in the title font.
  for (const auto& indicator : content.indicators) add_utf8(display, indicator.unit);
  plan.title = display;
  plan.heading = std::move(display);
  // Content in the display sizes, and only that (every content name at both sizes would double the
  // atlas): the names on the attract slides in the title font, the events slide's titles (which
  // change with the clock) in the heading font, and the crafts' placeholder characters (the first
  // of a name) in the title font.
  for (const model::Slide& slide : content.slides) add_text(plan.title, slide_name(content, slide));
  for (const auto& event : content.events) {
    add_text(plan.heading, event.title);
    add_utf8(plan.heading, event.start);
  }
  for (const auto& craft : content.crafts)
    for (const std::string* name : {&craft.name.ja, &craft.name.en})
      add_utf8(plan.title, name->substr(0, utf8::decode_at(*name, 0).length));

  add_printable_ascii(plan.figures);
  add_utf8(plan.figures, format_characters());
  for (const auto& indicator : content.indicators) add_utf8(plan.figures, indicator.unit);

  add_utf8(plan.headline, number_characters());
  return plan;
}

std::string_view number_characters() { return "0123456789,.+-\u2212%"; }

}  // namespace kiosk::ui
