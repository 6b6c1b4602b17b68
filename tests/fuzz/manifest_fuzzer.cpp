// Fuzzes the manifest parser (sync/bundle/manifest.cpp), the first thing a kiosk reads from a content
// server. Beyond not crashing it checks what the rest of the sync engine relies on: an accepted manifest
// has a positive version, only safe and distinct paths and well-formed hashes, and writing it out and
// reading it back gives the same manifest. A refusal names the JSON path it is about.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bundle/manifest.hpp"
#include "common/sha256.hpp"
#include "fuzz_contract.hpp"

using kiosk::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The engine's own JSON step (trust_policy.cpp) catches parse errors; here invalid JSON just ends the run.
  const nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return 0;

  const auto manifest = kiosk::bundle::manifest_from_json(doc);
  if (!manifest) {
    require(!manifest.error().message.empty(), "a refusal says what is wrong");
    return 0;
  }
  require(manifest->version > 0, "an accepted manifest has a version > 0");
  std::set<std::string> paths;
  for (const auto& file : manifest->files) {
    require(kiosk::bundle::is_safe_bundle_path(file.path), "accepted paths stay inside the bundle", file.path);
    require(file.path != kiosk::bundle::kManifestFile, "the manifest does not list itself");
    require(paths.insert(file.path).second, "accepted paths are distinct", file.path);
    require(kiosk::is_sha256_hex(file.sha256), "accepted hashes are 64 hex digits", file.sha256);
  }
  const auto again = kiosk::bundle::manifest_from_json(nlohmann::json(kiosk::bundle::manifest_to_json(*manifest)));
  require(again.has_value(), "a manifest written out is read back", again ? "" : again.error().message);
  require(again->version == manifest->version && again->created == manifest->created &&
              again->expires == manifest->expires && again->files == manifest->files,
          "a manifest written out and read back is unchanged");
  return 0;
}
