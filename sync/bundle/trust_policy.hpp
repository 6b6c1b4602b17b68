// What a kiosk accepts from a source (DESIGN.md section 5): a manifest signed by a configured key,
// not expired, not older than the applied content, with safe paths and bounded sizes. Checked on the
// manifest's bytes before any asset is fetched or any file in the data dir changes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle/manifest.hpp"
#include "bundle/signature.hpp"
#include "common/result.hpp"

namespace kiosk::bundle {

inline constexpr uint64_t kMaxSignatureBytes = 1024;  // a .sig file is 129 bytes; refuse more unread

struct TrustPolicy {
  std::vector<PublicKey> keys;                // any one of them may sign
  int64_t applied_version = 0;                // older versions are refused (equal is "unchanged")
  int64_t now_utc = 0;                        // manifests with expires <= now are refused
  int64_t trusted_time_utc = 0;               // a floor under now_utc: a clock behind it is not believed
  uint64_t max_file_bytes = 256ull << 20;     // per listed file
  uint64_t max_total_bytes = 2ull << 30;      // all listed files together
};

// The manifest when `manifest_bytes` passes every rule; otherwise the first refusal, with a code
// (Signature, Parse, Integrity, Expired, Rollback) and a message starting with `where` (URL or path).
Result<Manifest> verify_manifest(std::string_view manifest_bytes, std::string_view signature_text,
                                 const TrustPolicy& policy, const std::string& where);

}  // namespace kiosk::bundle
