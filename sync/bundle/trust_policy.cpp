// The order of the checks matters: nothing in an unsigned document is parsed beyond JSON syntax that
// the signature has not vouched for, and expiry is checked before the version so a frozen server
// replaying the current manifest is reported as frozen, not as up to date.
#include "bundle/trust_policy.hpp"

#include <algorithm>

#include "common/timestamp.hpp"

namespace kiosk::bundle {
namespace {

Result<Manifest> parse(std::string_view bytes, const std::string& where) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::parse_error& e) {
    return fail(ErrorCode::Parse, where + ": not valid JSON: " + e.what());
  }
  auto manifest = manifest_from_json(doc);
  if (!manifest) return fail(manifest.error().code, where + ": " + manifest.error().message);
  return manifest;
}

// A clock behind the trusted time (rolled back, or a Pi without RTC before NTP) is not believed:
// expiry is judged at the later of the two, and the message says which one decided.
Result<void> check_expiry(const Manifest& manifest, const TrustPolicy& policy, const std::string& where) {
  if (manifest.expires.empty()) {
    return fail(ErrorCode::Expired, where + ": expires: missing; a signed manifest must expire");
  }
  const int64_t now = std::max(policy.now_utc, policy.trusted_time_utc);
  if (*parse_utc_timestamp(manifest.expires) <= now) {
    const std::string when = policy.now_utc >= policy.trusted_time_utc
                                 ? "now " + format_utc_timestamp(now)
                                 : "trusted time " + format_utc_timestamp(now) +
                                       " from an earlier signed manifest; the clock says " +
                                       format_utc_timestamp(policy.now_utc) + ", behind it";
    return fail(ErrorCode::Expired,
                where + ": expired at " + manifest.expires + " (" + when + "); the source may be frozen");
  }
  return {};
}

Result<void> check_sizes(const Manifest& manifest, const TrustPolicy& policy, const std::string& where) {
  uint64_t total = 0;
  for (std::size_t i = 0; i < manifest.files.size(); ++i) {
    const model::Asset& f = manifest.files[i];
    const uint64_t limit = f.path == kContentFile ? kMaxContentBytes : policy.max_file_bytes;
    if (f.size > limit) {
      return fail(ErrorCode::Integrity, where + ": files[" + std::to_string(i) + "]: \"" + f.path + "\" is " +
                                            std::to_string(f.size) + " bytes, more than the limit of " +
                                            std::to_string(limit));
    }
    total += f.size;
  }
  if (total > policy.max_total_bytes) {
    return fail(ErrorCode::Integrity, where + ": files add up to " + std::to_string(total) +
                                          " bytes, more than the limit of " +
                                          std::to_string(policy.max_total_bytes));
  }
  return {};
}

}  // namespace

Result<Manifest> verify_manifest(std::string_view manifest_bytes, std::string_view signature_text,
                                 const TrustPolicy& policy, const std::string& where) {
  if (manifest_bytes.size() > kMaxManifestBytes) {
    return fail(ErrorCode::Integrity,
                where + ": larger than the limit of " + std::to_string(kMaxManifestBytes) + " bytes");
  }
  if (auto signer = verify_detached(manifest_bytes, signature_text, policy.keys, where + ".sig"); !signer) {
    return tl::unexpected(signer.error());
  }
  auto manifest = parse(manifest_bytes, where);
  if (!manifest) return manifest;
  if (auto ok = check_expiry(*manifest, policy, where); !ok) return tl::unexpected(ok.error());
  if (manifest->version < policy.applied_version) {
    return fail(ErrorCode::Rollback, where + ": version " + std::to_string(manifest->version) +
                                         " is older than the applied version " +
                                         std::to_string(policy.applied_version) + " (rollback refused)");
  }
  if (auto ok = check_sizes(*manifest, policy, where); !ok) return tl::unexpected(ok.error());
  bool lists_content = false;
  for (const model::Asset& f : manifest->files) lists_content = lists_content || f.path == kContentFile;
  if (!lists_content) return fail(ErrorCode::Integrity, where + ": content.json is not listed");
  return manifest;
}

}  // namespace kiosk::bundle
