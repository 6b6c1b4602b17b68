// content_from_json: the inverse of content_to_json. Unknown keys are ignored so a newer writer can add
// fields within the same format; a newer format is refused.
#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"
#include "bundle/json_reader.hpp"

namespace kiosk::bundle {
namespace {

using json = nlohmann::json;

model::Text text(JsonReader& r, const json& o, const std::string& path, std::string_view key) {
  const json* t = r.object(o, path, key);
  if (!t) return {};
  const std::string at = JsonReader::member(path, key);
  return {r.string(*t, at, "ja"), r.string(*t, at, "en")};
}

model::Source source(JsonReader& r, const json& o, const std::string& path) {
  const json* s = r.object(o, path, "source");
  if (!s) return {};
  const std::string at = JsonReader::member(path, "source");
  return {r.string(*s, at, "document"), r.string(*s, at, "quote")};
}

model::PointKind point_kind(JsonReader& r, const json& o, const std::string& path) {
  const std::string kind = r.string(o, path, "kind");
  if (kind == "target") return model::PointKind::Target;
  if (kind == "forecast") return model::PointKind::Forecast;
  if (kind != "actual" && !r.failed()) {
    r.fail_at(JsonReader::member(path, "kind"), "\"" + kind + "\" is not actual, target or forecast");
  }
  return model::PointKind::Actual;
}

model::Point point(JsonReader& r, const json& o, const std::string& path) {
  model::Point p;
  p.period = r.string(o, path, "period");
  p.value = r.number(o, path, "value");
  p.kind = point_kind(r, o, path);
  p.region = r.string(o, path, "region");
  if (o.is_object() && o.contains("label")) p.label = text(r, o, path, "label");
  return p;
}

// Reads the array `key` of `doc`, converting each element with `convert`.
template <class Item>
std::vector<Item> array_of(JsonReader& r, const json& doc, const std::string& path, std::string_view key,
                           Item (*convert)(JsonReader&, const json&, const std::string&)) {
  std::vector<Item> items;
  const json* array = r.array(doc, path, key);
  if (!array) return items;
  const std::string at = JsonReader::member(path, key);
  for (std::size_t i = 0; i < array->size() && !r.failed(); ++i) {
    items.push_back(convert(r, (*array)[i], JsonReader::element(at, i)));
  }
  return items;
}

model::Category category(JsonReader& r, const json& o, const std::string& path) {
  return {r.string(o, path, "id"), text(r, o, path, "name"), static_cast<int>(r.integer(o, path, "sort"))};
}

model::Indicator indicator(JsonReader& r, const json& o, const std::string& path) {
  model::Indicator i;
  i.id = r.string(o, path, "id");
  i.category = r.string(o, path, "category");
  i.name = text(r, o, path, "name");
  i.unit = r.string(o, path, "unit");
  i.source = source(r, o, path);
  i.points = array_of(r, o, path, "points", point);
  return i;
}

model::Event event(JsonReader& r, const json& o, const std::string& path) {
  model::Event e;
  e.id = r.string(o, path, "id");
  e.kind = r.string(o, path, "kind");
  e.title = text(r, o, path, "title");
  e.start = r.string(o, path, "start");
  e.end = r.string(o, path, "end");
  e.start_utc = r.integer(o, path, "start_utc");
  e.end_utc = r.integer(o, path, "end_utc");
  e.all_day = r.boolean(o, path, "all_day");
  e.place = text(r, o, path, "place");
  e.organizer = text(r, o, path, "organizer");
  e.summary = text(r, o, path, "summary");
  e.url = r.string(o, path, "url");
  e.source = source(r, o, path);
  return e;
}

model::Rect rect(JsonReader& r, const json& o, const std::string& path, std::string_view key) {
  const json* j = r.object(o, path, key);
  if (!j) return {};
  const std::string at = JsonReader::member(path, key);
  const model::Rect out{r.number(*j, at, "x"), r.number(*j, at, "y"), r.number(*j, at, "w"), r.number(*j, at, "h")};
  if (!r.failed() && (out.w <= 0 || out.h <= 0 || out.x < 0 || out.y < 0))
    r.fail_at(at, "not a rectangle on the floor (x and y >= 0, w and h > 0)");
  return out;
}

model::FloorArea floor_area(JsonReader& r, const json& o, const std::string& path) {
  return {r.string(o, path, "id"), text(r, o, path, "label"), rect(r, o, path, "rect")};
}

// Optional: content.json written before floor plans existed has no "floor".
model::Floor floor(JsonReader& r, const json& doc) {
  if (!doc.is_object() || !doc.contains("floor")) return {};
  const json* f = r.object(doc, "", "floor");
  if (!f) return {};
  model::Floor out;
  out.name = text(r, *f, "floor", "name");
  out.width = r.number(*f, "floor", "width");
  out.height = r.number(*f, "floor", "height");
  if (!r.failed() && (out.width <= 0 || out.height <= 0))
    r.fail_at("floor", "width and height must be greater than 0");
  out.image = r.string(*f, "floor", "image");
  out.areas = array_of(r, *f, "floor", "areas", floor_area);
  return out;
}

model::Exhibitor exhibitor(JsonReader& r, const json& o, const std::string& path) {
  model::Exhibitor x;
  x.id = r.string(o, path, "id");
  x.name = text(r, o, path, "name");
  x.booth = r.string(o, path, "booth");
  x.category = r.string(o, path, "category");
  x.description = text(r, o, path, "description");
  x.url = r.string(o, path, "url");
  x.logo = r.string(o, path, "logo");
  x.sample = r.boolean(o, path, "sample");
  if (o.is_object() && o.contains("booth_rect")) x.booth_rect = rect(r, o, path, "booth_rect");
  return x;
}

model::Craft craft(JsonReader& r, const json& o, const std::string& path) {
  model::Craft c;
  c.id = r.string(o, path, "id");
  c.name = text(r, o, path, "name");
  c.prefecture = r.string(o, path, "prefecture");
  c.designation = r.string(o, path, "designation");
  c.description = text(r, o, path, "description");
  c.image = r.string(o, path, "image");
  return c;
}

model::Slide slide(JsonReader& r, const json& o, const std::string& path) {
  model::Slide s;
  s.id = r.string(o, path, "id");
  s.kind = r.string(o, path, "kind");
  s.ref = r.string(o, path, "ref");
  s.duration_ms = static_cast<int>(r.integer(o, path, "duration_ms"));
  s.active_from = r.string(o, path, "active_from");
  s.active_until = r.string(o, path, "active_until");
  return s;
}

model::Asset asset(JsonReader& r, const json& o, const std::string& path) {
  return {r.string(o, path, "path"), r.size(o, path, "size"), r.string(o, path, "sha256")};
}

std::map<std::string, model::Text> strings(JsonReader& r, const json& doc) {
  std::map<std::string, model::Text> out;
  const json* object = r.object(doc, "", "strings");
  if (!object) return out;
  for (const auto& [key, value] : object->items()) {
    out[key] = text(r, *object, "strings", key);
    if (r.failed()) break;
  }
  return out;
}

}  // namespace

Result<model::Content> content_from_json(const nlohmann::json& doc) {
  JsonReader r;
  const int64_t format = r.integer(doc, "", "format");
  if (!r.failed() && format != kFormatVersion) {
    r.fail_at("format",
              std::to_string(format) + " is not supported (this program reads format " +
                  std::to_string(kFormatVersion) + ")",
              ErrorCode::Unsupported);
  }
  model::Content content;
  if (!r.failed()) {
    content.version = r.integer(doc, "", "version");
    content.created = r.string(doc, "", "created");
    content.categories = array_of(r, doc, "", "categories", category);
    content.indicators = array_of(r, doc, "", "indicators", indicator);
    content.events = array_of(r, doc, "", "events", event);
    content.exhibitors = array_of(r, doc, "", "exhibitors", exhibitor);
    content.floor = floor(r, doc);
    content.crafts = array_of(r, doc, "", "crafts", craft);
    content.slides = array_of(r, doc, "", "slides", slide);
    content.strings = strings(r, doc);
    content.assets = array_of(r, doc, "", "assets", asset);
  }
  if (r.failed()) return tl::unexpected(r.error());
  return content;
}

}  // namespace kiosk::bundle
