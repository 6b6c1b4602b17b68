// kioskctl verify BUNDLE --pubkey NAME.pub [--now ISO]: checks a bundle folder exactly as a kiosk would
// before applying it (signature, expiry, sizes, paths, every file's hash), so staff see a refusal first.
#include <chrono>
#include <cstdio>

#include "bundle/bundle.hpp"
#include "bundle/trust_policy.hpp"
#include "common/file_read.hpp"
#include "common/timestamp.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage = "usage: kioskctl verify BUNDLE --pubkey NAME.pub [--now YYYY-MM-DDTHH:MM:SSZ]\n";

struct VerifyArgs {
  std::string bundle;
  std::vector<std::string> pubkeys;
  std::string now;
};

bool parse(const Args& args, VerifyArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--pubkey" || args[i] == "--now") && i + 1 < args.size()) {
      (args[i] == "--now" ? out.now : out.pubkeys.emplace_back()) = args[i + 1];
      ++i;
    } else if (!args[i].starts_with("-") && out.bundle.empty()) {
      out.bundle = args[i];
    } else {
      std::fprintf(stderr, "kioskctl verify: unexpected argument '%s'\n", args[i].c_str());
      return false;
    }
  }
  return !out.bundle.empty() && !out.pubkeys.empty();
}

Result<bundle::Manifest> verify(const VerifyArgs& args, int64_t now) {
  bundle::TrustPolicy policy;
  policy.now_utc = now;
  for (const std::string& file : args.pubkeys) {
    auto key = bundle::read_public_key(file);
    if (!key) return tl::unexpected(key.error());
    policy.keys.push_back(*key);
  }
  const std::filesystem::path dir(args.bundle);
  auto manifest = read_file_limited(dir / bundle::kManifestFile, bundle::kMaxManifestBytes);
  if (!manifest) return tl::unexpected(manifest.error());
  auto signature = read_file_limited(dir / bundle::kSignatureFile, bundle::kMaxSignatureBytes);
  if (!signature) return tl::unexpected(signature.error());
  auto verified =
      bundle::verify_manifest(*manifest, *signature, policy, (dir / bundle::kManifestFile).string());
  if (!verified) return verified;
  if (auto content = bundle::read_bundle(dir); !content) return tl::unexpected(content.error());
  return verified;
}

}  // namespace

int run_verify(const Args& args) {
  VerifyArgs parsed;
  if (!parse(args, parsed)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  if (!parsed.now.empty()) {
    const auto given = parse_utc_timestamp(parsed.now);
    if (!given) {
      std::fprintf(stderr, "kioskctl verify: --now: \"%s\" is not YYYY-MM-DDTHH:MM:SSZ\n%s", parsed.now.c_str(),
                   kUsage);
      return 2;
    }
    now = *given;
  }
  auto manifest = verify(parsed, now);
  if (!manifest) {
    std::fprintf(stderr, "kioskctl verify: %s\n", manifest.error().message.c_str());
    return 1;
  }
  std::printf("%s: ok: version %lld, created %s, expires %s, %zu files\n", parsed.bundle.c_str(),
              static_cast<long long>(manifest->version), manifest->created.c_str(), manifest->expires.c_str(),
              manifest->files.size());
  return 0;
}

}  // namespace kiosk::kioskctl
