// The content model: plain structs shared by the bundle reader, the store, the UI and kioskctl.
// No behaviour here; validation lives in sync/bundle, persistence in sync/store.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::model {

struct Text {  // one human-readable string in both UI languages
  std::string ja;
  std::string en;
  bool operator==(const Text&) const = default;
};

struct Source {         // where a fact comes from, shown under every indicator
  std::string document;  // e.g. "003_206b471b5869c970.txt" (a file of ../shared/seeds)
  std::string quote;     // a short exact excerpt of the document (<= 60 characters)
  bool operator==(const Source&) const = default;
};

enum class PointKind { Actual, Target, Forecast };

struct Point {          // one value of an indicator
  std::string period;   // "2020", "2021-03", "2021-03-31" or "FY2024" (Japanese fiscal year)
  double value = 0;
  PointKind kind = PointKind::Actual;
  std::string region;   // "tohoku", "national", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima"
  Text label;           // optional breakdown label (e.g. 太陽光 / Solar); empty for a plain series
  bool operator==(const Point&) const = default;
};

struct Category {
  std::string id;  // e.g. "population"
  Text name;
  int sort = 0;    // display order, ascending
  bool operator==(const Category&) const = default;
};

struct Indicator {
  std::string id;
  std::string category;  // a Category::id
  Text name;
  std::string unit;      // as written in the source: "万人", "MW", "%", "億円"
  Source source;
  std::vector<Point> points;  // in source order
  bool operator==(const Indicator&) const = default;
};

struct Event {
  std::string id;
  std::string kind;       // exhibition, seminar, contest, programme, fair, milestone
  Text title;
  std::string start;      // as written, Asia/Tokyo: "2022", "2022-12", "2022-12-14" or "2022-12-14T10:00"
  std::string end;        // same forms; empty = same period as start
  int64_t start_utc = 0;  // derived: first second of start, Unix time
  int64_t end_utc = 0;    // derived: first second after end (exclusive), Unix time
  bool all_day = true;    // derived: no time of day given
  Text place;
  Text organizer;
  Text summary;
  std::string url;
  Source source;
  bool operator==(const Event&) const = default;
};

struct Rect {        // a rectangle on the floor plan, in floor units (Floor::width/height); y grows down
  double x = 0;      // left edge
  double y = 0;      // top edge
  double w = 0;      // width, > 0
  double h = 0;      // height, > 0
  bool operator==(const Rect&) const = default;
};

struct FloorArea {   // a labelled place on the floor plan that is not a booth (entrance, stage, lounge)
  std::string id;
  Text label;
  Rect rect;
  bool operator==(const FloorArea&) const = default;
};

struct Floor {              // the booth map (floor.csv); width == 0 means the content has no floor plan
  Text name;                // e.g. 東北パビリオン / Tohoku Pavilion (may be empty)
  double width = 0;         // floor size in floor units; booth and area rectangles lie inside it
  double height = 0;
  std::string image;        // asset path of the floor picture drawn under the booths; empty when none
  std::vector<FloorArea> areas;
  bool operator==(const Floor&) const = default;
};

struct Exhibitor {
  std::string id;
  Text name;
  std::string booth;     // booth (小間) number as printed on the floor plan
  std::string category;
  Text description;
  std::string url;
  std::string logo;      // asset path inside the bundle, empty when none
  bool sample = false;   // invented placeholder, shown as サンプル / Sample
  std::optional<Rect> booth_rect;  // where the booth is on Content::floor; nullopt when not drawn on it
  bool operator==(const Exhibitor&) const = default;
};

struct Craft {
  std::string id;
  Text name;
  std::string prefecture;   // aomori, iwate, miyagi, akita, yamagata, fukushima
  std::string designation;  // e.g. "1976" (year designated 伝統的工芸品) or free text
  Text description;
  std::string image;        // asset path inside the bundle, empty when none
  bool operator==(const Craft&) const = default;
};

struct Slide {               // one step of the attract loop
  std::string id;
  std::string kind;          // indicator, events, exhibitor, craft, prompt
  std::string ref;           // id of the indicator / exhibitor / craft; empty for events and prompt
  int duration_ms = 8000;
  std::string active_from;   // optional "YYYY-MM-DD[THH:MM]" Asia/Tokyo; empty = always
  std::string active_until;  // optional, exclusive
  bool operator==(const Slide&) const = default;
};

struct Asset {           // a file shipped in the bundle besides the content document
  std::string path;      // relative path inside the bundle, e.g. "images/booth-map.png"
  uint64_t size = 0;
  std::string sha256;    // lowercase hex
  bool operator==(const Asset&) const = default;
};

struct Content {         // one whole content version, applied atomically
  int64_t version = 0;
  std::string created;   // ISO-8601 UTC timestamp of the build
  std::vector<Category> categories;
  std::vector<Indicator> indicators;
  std::vector<Event> events;
  std::vector<Exhibitor> exhibitors;
  Floor floor;                          // the booth map the exhibitors' booth_rects lie on
  std::vector<Craft> crafts;
  std::vector<Slide> slides;
  std::map<std::string, Text> strings;  // UI strings by key
  std::vector<Asset> assets;
  bool operator==(const Content&) const = default;
};

// "actual", "target" or "forecast": the spelling in CSV sources, content.json and the store's CHECK.
const char* kind_name(PointKind kind);

// Names of the fixed regions (prefectures, Tohoku, Japan) in both languages; nullptr when unknown.
const Text* region_name(const std::string& region_id);

}  // namespace kiosk::model
