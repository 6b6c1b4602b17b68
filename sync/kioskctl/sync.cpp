// kioskctl sync --data-dir DIR --source URL|FOLDER... --pubkey NAME.pub... --once: one poll of the kiosk's
// sync engine, exactly as the kiosk runs it. Exit 0 when applied or unchanged, 1 with the reason otherwise.
#include <cstdio>

#include "bundle/signature.hpp"
#include "common/timestamp.hpp"
#include "engine/sync_engine.hpp"
#include "kioskctl/commands.hpp"
#include "kioskctl/http_flags.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage =
    "usage: kioskctl sync --data-dir DIR --source URL|FOLDER [--source ...] --pubkey NAME.pub [--pubkey ...]\n"
    "                     --once [--now YYYY-MM-DDTHH:MM:SSZ] [--kiosk-id ID --heartbeat-url URL]\n"
    "  sources are tried in order; the first that answers ends the poll\n";

struct SyncArgs {
  engine::SyncConfig config;
  bool once = false;
  std::optional<int64_t> now;
};

Result<SyncArgs> parse(const Args& args) {
  SyncArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    auto http = take_http_flag(args, i, out.config.http);
    if (!http) return tl::unexpected(http.error());
    if (*http) continue;
    const std::string& a = args[i];
    if (a == "--once") {
      out.once = true;
      continue;
    }
    if (i + 1 >= args.size()) return fail(ErrorCode::Usage, "unexpected argument '" + a + "'");
    const std::string& value = args[++i];
    if (a == "--data-dir") {
      out.config.data_dir = value;
    } else if (a == "--source") {
      out.config.sources.push_back(value);
    } else if (a == "--pubkey") {
      auto key = bundle::read_public_key(value);
      if (!key) return tl::unexpected(key.error());
      out.config.keys.push_back(*key);
    } else if (a == "--kiosk-id") {
      out.config.kiosk_id = value;
    } else if (a == "--heartbeat-url") {
      out.config.heartbeat_url = value;
    } else if (a == "--now") {
      out.now = parse_utc_timestamp(value);
      if (!out.now) return fail(ErrorCode::Usage, "--now: \"" + value + "\" is not YYYY-MM-DDTHH:MM:SSZ");
    } else {
      return fail(ErrorCode::Usage, "unexpected argument '" + a + "'");
    }
  }
  if (out.config.data_dir.empty() || out.config.sources.empty() || out.config.keys.empty() || !out.once) {
    return fail(ErrorCode::Usage, "--data-dir, --source, --pubkey and --once are required");
  }
  out.config.heartbeat_http = out.config.http;
  return out;
}

}  // namespace

int run_sync(const Args& args) {
  auto parsed = parse(args);
  if (!parsed) {
    std::fprintf(stderr, "kioskctl sync: %s\n%s", parsed.error().message.c_str(), kUsage);
    return parsed.error().code == ErrorCode::Usage ? 2 : 1;
  }
  engine::SyncHooks hooks;
  if (parsed->now) hooks.now_utc = [now = *parsed->now] { return now; };
  hooks.log = [](const std::string& line) {
    if (line.starts_with("heartbeat") || line.find("fell back") != std::string::npos ||
        line.starts_with("sync: ignoring") || line.starts_with("sync: cannot"))
      std::fprintf(stderr, "kioskctl sync: %s\n", line.c_str());
  };
  engine::SyncEngine engine(parsed->config, hooks);
  const engine::PollResult result = engine.poll_once();
  switch (result.outcome) {
    case engine::PollOutcome::Applied:
      std::printf("applied version %lld from %s (%d files fetched, %d reused)\n",
                  static_cast<long long>(result.version), result.source.c_str(), result.downloaded, result.reused);
      return 0;
    case engine::PollOutcome::Unchanged:
      std::printf("unchanged: version %lld from %s\n", static_cast<long long>(result.version),
                  result.source.c_str());
      return 0;
    case engine::PollOutcome::Failed:
      break;
  }
  std::fprintf(stderr, "kioskctl sync: %s\n", result.error.c_str());
  return 1;
}

}  // namespace kiosk::kioskctl
