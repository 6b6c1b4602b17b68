// The JSON file a kiosk PUTs for one hour of statistics, next to its status JSON:
//   <status folder>/<kiosk>.stats/2026-12-16T01Z.json
// Each file holds the whole hour (not a delta), so a repeated PUT after a lost reply, or a later PUT
// with more figures for the same hour, simply replaces it; `kioskctl stats` sums the files.
//   {"kiosk_id":"pavilion-01","hour":"2026-12-16T01:00:00Z","utc_offset":"+09:00",
//    "local_hour":"2026-12-16T10:00","revision":3,
//    "rows":[{"kind":"slide","screen":"attract","item":"s-pop","language":"ja","count":7,"dwell_ms":56000}]}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "stats/play_event.hpp"

namespace kiosk::stats {

inline constexpr uint64_t kMaxHourDocumentBytes = 1u << 20;  // kioskctl refuses larger files

struct HourDocument {
  std::string kiosk_id;
  int64_t hour_utc = 0;
  int utc_offset_minutes = 0;  // the kiosk's opening-hours offset: local dates for --from/--to
  int64_t revision = 0;
  std::vector<HourRow> rows;
};

std::string to_json(const HourDocument& document);  // one object, fixed key order, ends with "\n"
// Errors name `where` (a URL or file) and the row: "URL: rows[3].kind: \"tap\" is not slide, visit or touch".
Result<HourDocument> hour_document_from_json(std::string_view bytes, const std::string& where);

std::string hour_file_name(int64_t hour_utc);                 // "2026-12-16T01Z.json"
std::optional<int64_t> parse_hour_file_name(std::string_view name);  // inverse; nullopt for other names
std::string format_offset(int minutes);                       // "+09:00", "-03:30"
std::string local_date(int64_t utc, int offset_minutes);      // "2026-12-16" at that offset

}  // namespace kiosk::stats
