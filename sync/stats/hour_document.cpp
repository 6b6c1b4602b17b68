#include "stats/hour_document.hpp"

#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/timestamp.hpp"

namespace kiosk::stats {
namespace {

std::optional<int> parse_offset(std::string_view text) {
  int hours = 0;
  int minutes = 0;
  char sign = 0;
  if (text.size() != 6 || std::sscanf(std::string(text).c_str(), "%c%2d:%2d", &sign, &hours, &minutes) != 3 ||
      (sign != '+' && sign != '-') || hours > 14 || minutes > 59)
    return std::nullopt;
  return (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
}

HourRow read_row(const nlohmann::json& row, int64_t hour_utc, const std::string& where) {
  HourRow out;
  out.hour_utc = hour_utc;
  const std::string kind = row.at("kind").get<std::string>();
  auto parsed = parse_kind(kind);
  if (!parsed) throw std::invalid_argument(where + ".kind: \"" + kind + "\" is not slide, visit or touch");
  out.kind = *parsed;
  out.screen = row.at("screen").get<std::string>();
  out.item = row.value("item", "");
  out.language = row.value("language", "");
  out.count = row.at("count").get<int64_t>();
  out.dwell_ms = row.value("dwell_ms", int64_t{0});
  if (out.count < 0 || out.dwell_ms < 0) throw std::invalid_argument(where + ": count and dwell_ms must be >= 0");
  return out;
}

}  // namespace

std::string format_offset(int minutes) {
  char text[8];
  const int magnitude = minutes < 0 ? -minutes : minutes;
  std::snprintf(text, sizeof text, "%c%02d:%02d", minutes < 0 ? '-' : '+', magnitude / 60 % 100, magnitude % 60);
  return text;
}

std::string local_date(int64_t utc, int offset_minutes) {
  return format_utc_timestamp(utc + int64_t{offset_minutes} * 60).substr(0, 10);
}

std::string hour_file_name(int64_t hour_utc) { return format_utc_timestamp(hour_utc).substr(0, 13) + "Z.json"; }

std::optional<int64_t> parse_hour_file_name(std::string_view name) {
  if (name.size() != 19 || !name.ends_with("Z.json")) return std::nullopt;
  return parse_utc_timestamp(std::string(name.substr(0, 13)) + ":00:00Z");
}

std::string to_json(const HourDocument& d) {
  nlohmann::ordered_json doc;
  doc["kiosk_id"] = d.kiosk_id;
  doc["hour"] = format_utc_timestamp(d.hour_utc);
  doc["utc_offset"] = format_offset(d.utc_offset_minutes);
  doc["local_hour"] = format_utc_timestamp(d.hour_utc + int64_t{d.utc_offset_minutes} * 60).substr(0, 16);
  doc["revision"] = d.revision;
  doc["rows"] = nlohmann::ordered_json::array();
  for (const HourRow& r : d.rows) {
    nlohmann::ordered_json row;
    row["kind"] = kind_name(r.kind);
    row["screen"] = r.screen;
    row["item"] = r.item;
    row["language"] = r.language;
    row["count"] = r.count;
    row["dwell_ms"] = r.dwell_ms;
    doc["rows"].push_back(std::move(row));
  }
  return doc.dump() + "\n";
}

Result<HourDocument> hour_document_from_json(std::string_view bytes, const std::string& where) {
  try {
    const auto doc = nlohmann::json::parse(bytes);
    HourDocument d;
    d.kiosk_id = doc.at("kiosk_id").get<std::string>();
    const std::string hour = doc.at("hour").get<std::string>();
    auto hour_utc = parse_utc_timestamp(hour);
    if (!hour_utc || *hour_utc % kHourSeconds != 0)
      return fail(ErrorCode::Parse, where + ": hour: \"" + hour + "\" is not the start of an hour (YYYY-MM-DDTHH:00:00Z)");
    d.hour_utc = *hour_utc;
    const std::string offset = doc.value("utc_offset", "+00:00");
    auto minutes = parse_offset(offset);
    if (!minutes) return fail(ErrorCode::Parse, where + ": utc_offset: \"" + offset + "\" is not like +09:00");
    d.utc_offset_minutes = *minutes;
    d.revision = doc.value("revision", int64_t{0});
    const auto& rows = doc.at("rows");
    for (size_t i = 0; i < rows.size(); ++i)
      d.rows.push_back(read_row(rows.at(i), d.hour_utc, where + ": rows[" + std::to_string(i) + "]"));
    return d;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::Parse, where + ": not an hour of kiosk statistics: " + e.what());
  } catch (const std::invalid_argument& e) {
    return fail(ErrorCode::Validation, e.what());
  }
}

}  // namespace kiosk::stats
