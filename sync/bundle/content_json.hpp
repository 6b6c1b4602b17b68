// JSON form of a content version: the bundle's content.json and the output of `kioskctl dump`.
//
// Top level: {"format":1, "version":N, "created":"...", "categories":[...], "indicators":[...],
// "events":[...], "exhibitors":[...], "crafts":[...], "slides":[...], "strings":{key:{ja,en}},
// "assets":[{path,size,sha256}]}. Bilingual fields are objects {"ja":..,"en":..}; an indicator is
// {"id","category","name":{ja,en},"unit","source":{"document","quote"},"points":[{"period","value",
// "kind","region","label"?}]}. An exhibitor on the floor plan has "booth_rect":{x,y,w,h}; a content with
// a floor plan has "floor":{"name":{ja,en},"width","height","image","areas":[{"id","label","rect"}]}
// (both optional: older readers ignore them). Keys are written in a fixed order so equal content gives
// equal bytes.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

nlohmann::ordered_json content_to_json(const model::Content& content);
Result<model::Content> content_from_json(const nlohmann::json& doc);  // errors name the JSON path, e.g. "events[3].start"

}  // namespace kiosk::bundle
