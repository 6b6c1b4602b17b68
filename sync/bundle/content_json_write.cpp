// content_to_json: keys in a fixed order (ordered_json keeps insertion order) so that equal content
// always gives equal bytes, and so equal hashes.
#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"

namespace kiosk::bundle {
namespace {

using nlohmann::ordered_json;

ordered_json text(const model::Text& t) { return {{"ja", t.ja}, {"en", t.en}}; }

ordered_json source(const model::Source& s) { return {{"document", s.document}, {"quote", s.quote}}; }

ordered_json point(const model::Point& p) {
  ordered_json j = {
      {"period", p.period}, {"value", p.value}, {"kind", model::kind_name(p.kind)}, {"region", p.region}};
  if (!p.label.ja.empty() || !p.label.en.empty()) j["label"] = text(p.label);
  return j;
}

ordered_json indicator(const model::Indicator& i) {
  ordered_json points = ordered_json::array();
  for (const model::Point& p : i.points) points.push_back(point(p));
  return {{"id", i.id},     {"category", i.category},     {"name", text(i.name)},
          {"unit", i.unit}, {"source", source(i.source)}, {"points", std::move(points)}};
}

ordered_json event(const model::Event& e) {
  return {{"id", e.id},
          {"kind", e.kind},
          {"title", text(e.title)},
          {"start", e.start},
          {"end", e.end},
          {"start_utc", e.start_utc},
          {"end_utc", e.end_utc},
          {"all_day", e.all_day},
          {"place", text(e.place)},
          {"organizer", text(e.organizer)},
          {"summary", text(e.summary)},
          {"url", e.url},
          {"source", source(e.source)}};
}

ordered_json rect(const model::Rect& r) { return {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}; }

ordered_json exhibitor(const model::Exhibitor& x) {
  ordered_json j = {{"id", x.id},
                    {"name", text(x.name)},
                    {"booth", x.booth},
                    {"category", x.category},
                    {"description", text(x.description)},
                    {"url", x.url},
                    {"logo", x.logo},
                    {"sample", x.sample}};
  if (x.booth_rect) j["booth_rect"] = rect(*x.booth_rect);  // absent: not drawn on the floor plan
  return j;
}

ordered_json floor_area(const model::FloorArea& a) {
  return {{"id", a.id}, {"label", text(a.label)}, {"rect", rect(a.rect)}};
}

ordered_json craft(const model::Craft& c) {
  return {{"id", c.id},
          {"name", text(c.name)},
          {"prefecture", c.prefecture},
          {"designation", c.designation},
          {"description", text(c.description)},
          {"image", c.image}};
}

ordered_json slide(const model::Slide& s) {
  return {{"id", s.id},
          {"kind", s.kind},
          {"ref", s.ref},
          {"duration_ms", s.duration_ms},
          {"active_from", s.active_from},
          {"active_until", s.active_until}};
}

ordered_json category(const model::Category& c) {
  return {{"id", c.id}, {"name", text(c.name)}, {"sort", c.sort}};
}

ordered_json asset(const model::Asset& a) {
  return {{"path", a.path}, {"size", a.size}, {"sha256", a.sha256}};
}

template <class Item>
ordered_json array_of(const std::vector<Item>& items, ordered_json (*convert)(const Item&)) {
  ordered_json out = ordered_json::array();
  for (const Item& item : items) out.push_back(convert(item));
  return out;
}

}  // namespace

nlohmann::ordered_json content_to_json(const model::Content& content) {
  ordered_json strings = ordered_json::object();
  for (const auto& [key, value] : content.strings) strings[key] = text(value);  // std::map: sorted keys
  ordered_json doc;
  doc["format"] = kFormatVersion;
  doc["version"] = content.version;
  doc["created"] = content.created;
  doc["categories"] = array_of(content.categories, category);
  doc["indicators"] = array_of(content.indicators, indicator);
  doc["events"] = array_of(content.events, event);
  doc["exhibitors"] = array_of(content.exhibitors, exhibitor);
  if (content.floor.width > 0) {  // absent when the content has no floor plan (as before floor.csv)
    const model::Floor& f = content.floor;
    doc["floor"] = {{"name", text(f.name)},   {"width", f.width},
                    {"height", f.height},     {"image", f.image},
                    {"areas", array_of(f.areas, floor_area)}};
  }
  doc["crafts"] = array_of(content.crafts, craft);
  doc["slides"] = array_of(content.slides, slide);
  doc["strings"] = std::move(strings);
  doc["assets"] = array_of(content.assets, asset);
  return doc;
}

}  // namespace kiosk::bundle
