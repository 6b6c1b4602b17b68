// kioskctl publish BUNDLE URL [credentials]: uploads a built bundle with HTTP PUT (WebDAV). Assets first,
// content.json next, the signature, and manifest.json last: a kiosk that fetches the new manifest finds
// every file it lists already in place. (Between the signature and the manifest a kiosk may see a
// mismatched pair for a moment; it refuses it and the next poll heals.)
#include <cstdio>

#include "bundle/bundle.hpp"
#include "bundle/manifest.hpp"
#include "bundle/signature.hpp"
#include "bundle/trust_policy.hpp"
#include "common/file_read.hpp"
#include "kioskctl/commands.hpp"
#include "kioskctl/http_flags.hpp"

namespace kiosk::kioskctl {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = "usage: kioskctl publish BUNDLE URL [options]\n";

// Upload order: every listed file but content.json, then content.json, signature, manifest.
std::vector<std::string> upload_order(const bundle::Manifest& manifest) {
  std::vector<std::string> order;
  for (const model::Asset& f : manifest.files) {
    if (f.path != bundle::kContentFile) order.push_back(f.path);
  }
  order.emplace_back(bundle::kContentFile);
  order.emplace_back(bundle::kSignatureFile);
  order.emplace_back(bundle::kManifestFile);
  return order;
}

Result<bundle::Manifest> local_manifest(const fs::path& dir) {
  // The whole bundle is checked first: publishing a damaged bundle would only make every kiosk refuse it.
  if (auto content = bundle::read_bundle(dir); !content) return tl::unexpected(content.error());
  auto bytes = read_file_limited(dir / bundle::kManifestFile, bundle::kMaxManifestBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  if (std::error_code ec; !fs::exists(dir / bundle::kSignatureFile, ec)) {
    return fail(ErrorCode::Signature, (dir / bundle::kSignatureFile).string() +
                                          ": missing; build the bundle with --key to sign it");
  }
  try {
    auto manifest = bundle::manifest_from_json(nlohmann::json::parse(*bytes));
    if (!manifest) return fail(manifest.error().code, (dir / bundle::kManifestFile).string() + ": " +
                                                          manifest.error().message);
    return manifest;
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::Parse, (dir / bundle::kManifestFile).string() + ": " + e.what());
  }
}

Result<int> publish(const fs::path& dir, const std::string& url, const http::HttpOptions& options) {
  auto manifest = local_manifest(dir);
  if (!manifest) return tl::unexpected(manifest.error());
  auto client = http::HttpClient::create(options);
  if (!client) return tl::unexpected(client.error());
  int uploaded = 0;
  for (const std::string& path : upload_order(*manifest)) {
    auto bytes = read_file_limited(dir / path, 1ull << 30);
    if (!bytes) return tl::unexpected(bytes.error());
    const bool json = path.ends_with(".json");
    auto put = client->put(http::join_url(url, http::escape_path(path)), *bytes,
                           json ? "application/json" : "application/octet-stream");
    if (!put) return tl::unexpected(put.error());
    ++uploaded;
  }
  return uploaded;
}

}  // namespace

int run_publish(const Args& args) {
  std::vector<std::string> positional;
  http::HttpOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    auto taken = take_http_flag(args, i, options);
    if (!taken) {
      std::fprintf(stderr, "kioskctl publish: %s\n%s%s", taken.error().message.c_str(), kUsage, kHttpFlagsUsage);
      return taken.error().code == ErrorCode::Usage ? 2 : 1;
    }
    if (!*taken) positional.push_back(args[i]);
  }
  if (positional.size() != 2 || positional[0].starts_with("-") || !http::is_http_url(positional[1])) {
    std::fprintf(stderr, "%s%s", kUsage, kHttpFlagsUsage);
    return 2;
  }
  auto uploaded = publish(positional[0], positional[1], options);
  if (!uploaded) {
    std::fprintf(stderr, "kioskctl publish: %s\n", uploaded.error().message.c_str());
    return 1;
  }
  std::printf("published %s to %s (%d files, manifest.json last)\n", positional[0].c_str(), positional[1].c_str(),
              *uploaded);
  return 0;
}

}  // namespace kiosk::kioskctl
