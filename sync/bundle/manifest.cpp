#include "bundle/manifest.hpp"

#include <set>

#include "bundle/bundle.hpp"
#include "bundle/json_reader.hpp"
#include "common/sha256.hpp"
#include "common/timestamp.hpp"

namespace kiosk::bundle {
namespace {

void check_file(JsonReader& r, const model::Asset& file, const std::string& path,
                std::set<std::string>& seen) {
  if (r.failed()) return;
  if (!is_safe_bundle_path(file.path)) {
    r.fail_at(
        JsonReader::member(path, "path"),
        "\"" + file.path + "\" is not a safe relative path (no leading '/', no '..' or '.' parts, no '\\')",
        ErrorCode::Integrity);
  } else if (file.path == kManifestFile) {
    r.fail_at(JsonReader::member(path, "path"), "manifest.json cannot list itself", ErrorCode::Integrity);
  } else if (!seen.insert(file.path).second) {
    r.fail_at(JsonReader::member(path, "path"), "\"" + file.path + "\" is listed twice",
              ErrorCode::Integrity);
  } else if (!is_sha256_hex(file.sha256)) {
    r.fail_at(JsonReader::member(path, "sha256"), "expected 64 lowercase hex digits");
  }
}

}  // namespace

bool is_safe_bundle_path(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  for (unsigned char c : path) {
    if (c < 0x20 || c == 0x7F || c == '\\') return false;
  }
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    const std::string_view part = path.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

nlohmann::ordered_json manifest_to_json(const Manifest& manifest) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const model::Asset& f : manifest.files) {
    files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
  }
  nlohmann::ordered_json doc;
  doc["format"] = kFormatVersion;
  doc["version"] = manifest.version;
  doc["created"] = manifest.created;
  if (!manifest.expires.empty()) doc["expires"] = manifest.expires;
  doc["files"] = std::move(files);
  return doc;
}

Result<Manifest> manifest_from_json(const nlohmann::json& doc) {
  JsonReader r;
  const int64_t format = r.integer(doc, "", "format");
  if (!r.failed() && format != kFormatVersion) {
    r.fail_at("format",
              std::to_string(format) + " is not supported (this program reads format " +
                  std::to_string(kFormatVersion) + ")",
              ErrorCode::Unsupported);
  }
  Manifest manifest;
  manifest.version = r.integer(doc, "", "version");
  if (!r.failed() && manifest.version <= 0) r.fail_at("version", "must be greater than 0");
  manifest.created = r.string(doc, "", "created");
  if (!r.failed() && !parse_utc_timestamp(manifest.created)) {
    r.fail_at("created",
              "\"" + manifest.created + "\" is not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
  }
  if (!r.failed() && doc.is_object() && doc.contains("expires")) {
    manifest.expires = r.string(doc, "", "expires");
    if (!r.failed() && !parse_utc_timestamp(manifest.expires)) {
      r.fail_at("expires",
                "\"" + manifest.expires + "\" is not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
    }
  }
  std::set<std::string> seen;
  if (const nlohmann::json* files = r.failed() ? nullptr : r.array(doc, "", "files")) {
    for (std::size_t i = 0; i < files->size() && !r.failed(); ++i) {
      const std::string at = JsonReader::element("files", i);
      const nlohmann::json& entry = (*files)[i];
      model::Asset file{r.string(entry, at, "path"), r.size(entry, at, "size"),
                        r.string(entry, at, "sha256")};
      check_file(r, file, at, seen);
      manifest.files.push_back(std::move(file));
    }
  }
  if (r.failed()) return tl::unexpected(r.error());
  return manifest;
}

}  // namespace kiosk::bundle
