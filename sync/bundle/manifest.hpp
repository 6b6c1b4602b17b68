// manifest.json: the list a kiosk trusts. Every file of a bundle is named with its exact size and
// SHA-256, so a reader never takes a partial, altered or swapped file for a good one. Signed bundles
// carry `expires` and a detached signature (signature.hpp); trust_policy.hpp decides what a kiosk accepts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

inline constexpr std::string_view kManifestFile = "manifest.json";
inline constexpr std::string_view kContentFile = "content.json";
inline constexpr uint64_t kMaxManifestBytes = 1u << 20;  // refuse larger manifests unread (endless data)
inline constexpr uint64_t kMaxContentBytes = 64u << 20;  // refuse larger content documents

struct Manifest {
  int64_t version = 0;              // content version, > 0
  std::string created;              // ISO-8601 UTC
  std::string expires;              // ISO-8601 UTC; empty only in unsigned bundles (kioskctl load, built-in)
  std::vector<model::Asset> files;  // every file of the bundle except manifest.json, content.json first
};

nlohmann::ordered_json manifest_to_json(
    const Manifest& manifest);  // {"format","version","created",["expires",]"files":[...]}

// Parses and checks a manifest: format, version > 0, created, expires if present, and for every file a safe path, a size
// and a 64-hex-digit SHA-256; duplicates refused. Errors name the JSON path, e.g. "files[2].path".
Result<Manifest> manifest_from_json(const nlohmann::json& doc);

// A path a bundle may contain: relative, '/'-separated, no empty, "." or ".." parts, no '\' or control
// characters. Anything else could write or read outside the bundle folder.
bool is_safe_bundle_path(std::string_view path);

}  // namespace kiosk::bundle
