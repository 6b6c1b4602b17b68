#include "heartbeat/heartbeat.hpp"

#include <nlohmann/json.hpp>

#include "common/timestamp.hpp"
#include "http/http_client.hpp"

namespace kiosk::heartbeat {

Heartbeat from_status(const engine::SyncStatus& status, const std::string& kiosk_id, int64_t started_utc,
                      int64_t now_utc) {
  Heartbeat h;
  h.kiosk_id = kiosk_id;
  h.content_version = status.applied_version;
  h.state = engine::to_string(status.state);
  h.source = status.source;
  h.last_sync = status.last_sync_utc > 0 ? format_utc_timestamp(status.last_sync_utc) : "";
  h.last_error = status.last_error;
  h.uptime_s = now_utc - started_utc;
  h.sent_at = format_utc_timestamp(now_utc);
  return h;
}

std::string to_json(const Heartbeat& h) {
  nlohmann::ordered_json doc;
  doc["kiosk_id"] = h.kiosk_id;
  doc["content_version"] = h.content_version;
  doc["state"] = h.state;
  doc["source"] = h.source;
  doc["last_sync"] = h.last_sync;
  doc["last_error"] = h.last_error;
  doc["uptime_s"] = h.uptime_s;
  doc["sent_at"] = h.sent_at;
  if (!h.thumbnail.empty()) {
    doc["thumbnail"] = h.thumbnail;
    doc["thumbnail_at"] = h.thumbnail_at;
  }
  if (h.usage) {
    doc["usage"] = {{"plays_last_hour", h.usage->plays_last_hour},
                    {"visits_last_hour", h.usage->visits_last_hour},
                    {"touches_last_hour", h.usage->touches_last_hour},
                    {"unsent_hours", h.usage->unsent_hours},
                    {"dropped_hours", h.usage->dropped_hours}};
  }
  return doc.dump() + "\n";
}

Result<Heartbeat> from_json(std::string_view bytes, const std::string& where) {
  try {
    const auto doc = nlohmann::json::parse(bytes);
    Heartbeat h;
    h.kiosk_id = doc.at("kiosk_id").get<std::string>();
    h.content_version = doc.at("content_version").get<int64_t>();
    h.state = doc.value("state", "");
    h.source = doc.value("source", "");
    h.last_sync = doc.value("last_sync", "");
    h.last_error = doc.value("last_error", "");
    h.uptime_s = doc.value("uptime_s", int64_t{0});
    h.sent_at = doc.value("sent_at", "");
    h.thumbnail = doc.value("thumbnail", "");
    h.thumbnail_at = doc.value("thumbnail_at", "");
    if (doc.contains("usage")) {
      const auto& u = doc.at("usage");
      h.usage = UsageFigures{u.value("plays_last_hour", int64_t{0}), u.value("visits_last_hour", int64_t{0}),
                             u.value("touches_last_hour", int64_t{0}), u.value("unsent_hours", int64_t{0}),
                             u.value("dropped_hours", int64_t{0})};
    }
    return h;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::Parse, where + ": not a kiosk heartbeat: " + e.what());
  }
}

std::string attachment_url(const std::string& status_url, const std::string& name) {
  return status_url.substr(0, status_url.rfind('/') + 1) + http::escape_path(name);
}

std::string status_stem(const std::string& status_url) {
  std::string file = status_url.substr(status_url.rfind('/') + 1);
  if (file.ends_with(".json")) file.resize(file.size() - 5);
  return file.empty() ? "kiosk" : file;
}

}  // namespace kiosk::heartbeat
