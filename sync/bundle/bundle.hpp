// Bundles: the unit staff build from their source files and kiosks apply whole.
//
// A bundle is a directory:  manifest.json   format, version, created, expires, path/size/sha256 of every file
//                           manifest.json.sig  detached Ed25519 signature of manifest.json (signed builds)
//                           content.json    the validated, normalised content (content_json.hpp)
//                           images/...      assets referenced by the content
// The manifest carries sizes and hashes so a reader never takes a partial or altered file for a good
// one; the signature makes the manifest itself trustworthy (signature.hpp, trust_policy.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bundle/signature.hpp"
#include "common/result.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

inline constexpr int kFormatVersion = 1;

struct Diagnostic {        // one problem found in the sources
  std::string file;        // file name relative to the source dir, e.g. "events.csv"
  int line = 0;            // 1-based physical line of the field (0 = whole file)
  int column = 0;          // 1-based CSV column (field number), 0 = whole row
  std::string field;       // header name of the column, empty when not about one field
  std::string message;     // what is wrong and what is allowed
  std::string to_string() const;  // "events.csv:14:3: start: \"2022-13-01\" is not a date (YYYY-MM-DD)"
};

// Reads and validates every source file in `source_dir`. On success the Content (version 0, no
// assets hashed yet); on failure every Diagnostic found, not just the first.
struct SourceReadResult {
  model::Content content;
  std::vector<Diagnostic> diagnostics;  // empty == valid
};
SourceReadResult read_sources(const std::filesystem::path& source_dir);

struct BuildOptions {
  int64_t version = 0;    // content version to stamp; must be > 0
  std::string created;    // ISO-8601 UTC; empty = now
  std::string expires = {};  // ISO-8601 UTC after `created`; empty = none (only for unsigned bundles)
  const SecretKey* signing_key = nullptr;  // writes manifest.json.sig when set; then `expires` is required
};

// Validates `source_dir` and writes a complete bundle to `out_dir` (created; must not exist or be
// empty). Written to a temporary sibling and renamed, so a failed build leaves nothing behind.
Result<model::Content> build_bundle(const std::filesystem::path& source_dir,
                                    const std::filesystem::path& out_dir, const BuildOptions& options);

// Reads a bundle directory: parses the manifest, checks every listed file's size and SHA-256,
// parses content.json. Content.assets lists the asset files (not content.json).
Result<model::Content> read_bundle(const std::filesystem::path& bundle_dir);

std::string sha256_hex_of_file(const std::filesystem::path& file, uint64_t* size_out = nullptr);  // "" on I/O error

}  // namespace kiosk::bundle
