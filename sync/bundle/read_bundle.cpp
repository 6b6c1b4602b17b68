// read_bundle: trust nothing in a bundle folder until the manifest vouches for it. Every listed file
// is checked for size and SHA-256 before content.json is parsed, and the content may refer only to
// files the manifest lists.
#include <sys/stat.h>

#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"
#include "bundle/manifest.hpp"
#include "common/file_read.hpp"
#include "common/sha256.hpp"

namespace kiosk::bundle {
namespace {

namespace fs = std::filesystem;

// A symlink inside the bundle could point anywhere on the kiosk; only plain files and folders count.
Result<void> check_plain_file(const fs::path& bundle_dir, const std::string& relative) {
  fs::path at = bundle_dir;
  for (const fs::path& part : fs::path(relative)) {
    at /= part;
    struct stat info {};
    if (::lstat(at.c_str(), &info) != 0) {
      return fail(ErrorCode::NotFound,
                  (bundle_dir / relative).string() + ": listed in manifest.json but missing");
    }
    if (S_ISLNK(info.st_mode)) {
      return fail(ErrorCode::Integrity, at.string() + ": is a symbolic link; bundles hold plain files only");
    }
  }
  return {};
}

Result<void> check_digest(const fs::path& file, const model::Asset& expected, const FileDigest& actual) {
  if (actual.size > expected.size) {  // readers stop one byte past the declared size, so no exact count
    return fail(ErrorCode::Integrity, file.string() + ": larger than the " + std::to_string(expected.size) +
                                          " bytes manifest.json says");
  }
  if (actual.size < expected.size) {
    return fail(ErrorCode::Integrity, file.string() + ": size is " + std::to_string(actual.size) +
                                          " bytes, manifest.json says " + std::to_string(expected.size));
  }
  if (actual.sha256 != expected.sha256) {
    return fail(ErrorCode::Integrity,
                file.string() + ": SHA-256 is " + actual.sha256 + ", manifest.json says " + expected.sha256);
  }
  return {};
}

// Checks one listed file; content.json is read into memory once, so the bytes parsed are the bytes hashed.
Result<void> verify_file(const fs::path& bundle_dir, const model::Asset& entry, std::string* content_bytes) {
  if (auto plain = check_plain_file(bundle_dir, entry.path); !plain) return plain;
  const fs::path file = bundle_dir / entry.path;
  if (content_bytes == nullptr) {
    auto digest = sha256_file(file, entry.size);  // reads at most one byte past the declared size
    if (!digest) return tl::unexpected(digest.error());
    return check_digest(file, entry, *digest);
  }
  if (entry.size > kMaxContentBytes) {
    return fail(ErrorCode::Integrity, file.string() + ": manifest.json says " + std::to_string(entry.size) +
                                          " bytes, more than the limit of " +
                                          std::to_string(kMaxContentBytes));
  }
  auto bytes = read_file_limited(file, entry.size);
  if (!bytes && bytes.error().code == ErrorCode::Integrity)
    return check_digest(file, entry, {entry.size + 1, {}});
  if (!bytes) return tl::unexpected(bytes.error());
  if (auto ok = check_digest(file, entry, {bytes->size(), sha256_hex(*bytes)}); !ok) return ok;
  *content_bytes = std::move(*bytes);
  return {};
}

template <class Document>
Result<Document> parse_json(const fs::path& file, const std::string& bytes) {
  try {
    return Document::parse(bytes);
  } catch (const nlohmann::json::parse_error& e) {
    return fail(ErrorCode::Parse, file.string() + ": not valid JSON: " + e.what());
  }
}

// Asset references in the content must be files the manifest vouched for.
Result<void> check_references(const fs::path& content_file, const model::Content& content,
                              const Manifest& manifest) {
  auto listed = [&](const std::string& path) {
    for (const model::Asset& f : manifest.files) {
      if (f.path == path) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < content.exhibitors.size(); ++i) {
    const std::string& logo = content.exhibitors[i].logo;
    if (!logo.empty() && (logo == kContentFile || !listed(logo))) {
      return fail(ErrorCode::Integrity, content_file.string() + ": exhibitors[" + std::to_string(i) +
                                            "].logo: \"" + logo + "\" is not listed in manifest.json");
    }
  }
  const std::string& floor_image = content.floor.image;
  if (!floor_image.empty() && (floor_image == kContentFile || !listed(floor_image))) {
    return fail(ErrorCode::Integrity,
                content_file.string() + ": floor.image: \"" + floor_image + "\" is not listed in manifest.json");
  }
  for (std::size_t i = 0; i < content.crafts.size(); ++i) {
    const std::string& image = content.crafts[i].image;
    if (!image.empty() && (image == kContentFile || !listed(image))) {
      return fail(ErrorCode::Integrity, content_file.string() + ": crafts[" + std::to_string(i) +
                                            "].image: \"" + image + "\" is not listed in manifest.json");
    }
  }
  return {};
}

Result<Manifest> read_manifest(const fs::path& bundle_dir) {
  const fs::path file = bundle_dir / kManifestFile;
  auto bytes = read_file_limited(file, kMaxManifestBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  auto doc = parse_json<nlohmann::json>(file, *bytes);
  if (!doc) return tl::unexpected(doc.error());
  auto manifest = manifest_from_json(*doc);
  if (!manifest) return fail(manifest.error().code, file.string() + ": " + manifest.error().message);
  return manifest;
}

}  // namespace

Result<model::Content> read_bundle(const fs::path& bundle_dir) {
  auto manifest = read_manifest(bundle_dir);
  if (!manifest) return tl::unexpected(manifest.error());
  std::string content_bytes;
  bool has_content = false;
  std::vector<model::Asset> assets;
  for (const model::Asset& entry : manifest->files) {
    const bool is_content = entry.path == kContentFile;
    if (auto ok = verify_file(bundle_dir, entry, is_content ? &content_bytes : nullptr); !ok) {
      return tl::unexpected(ok.error());
    }
    has_content = has_content || is_content;
    if (!is_content) assets.push_back(entry);
  }
  if (!has_content) {
    return fail(ErrorCode::Integrity, (bundle_dir / kManifestFile).string() + ": content.json is not listed");
  }
  const fs::path content_file = bundle_dir / kContentFile;
  auto doc = parse_json<nlohmann::json>(content_file, content_bytes);
  if (!doc) return tl::unexpected(doc.error());
  auto content = content_from_json(*doc);
  if (!content) return fail(content.error().code, content_file.string() + ": " + content.error().message);
  if (content->version != manifest->version) {
    return fail(ErrorCode::Integrity,
                content_file.string() + ": version " + std::to_string(content->version) +
                    " differs from manifest.json version " + std::to_string(manifest->version));
  }
  content->assets = std::move(assets);
  if (auto refs = check_references(content_file, *content, *manifest); !refs)
    return tl::unexpected(refs.error());
  return content;
}

std::string sha256_hex_of_file(const fs::path& file, uint64_t* size_out) {
  auto digest = sha256_file(file);
  if (!digest) return {};
  if (size_out != nullptr) *size_out = digest->size;
  return digest->sha256;
}

}  // namespace kiosk::bundle
