// kioskctl build SRC -o OUT [--version N] [--created ISO]: validate the sources and write a bundle.
#include <chrono>
#include <cstdio>
#include <optional>

#include "bundle/bundle.hpp"
#include "bundle/numbers.hpp"
#include "common/timestamp.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage =
    "usage: kioskctl build SRC -o OUT [--version N] [--created YYYY-MM-DDTHH:MM:SSZ]\n"
    "  --version N    content version, a whole number > 0; default: the current Unix time in seconds,\n"
    "                 so a later build always has a greater version\n"
    "  --created ISO  build time stamped into the bundle (UTC); default: now\n";

struct BuildArgs {
  std::string source;
  std::string out;
  std::optional<int64_t> version;
  std::string created;
};

// Nullopt (after printing why) when the command line cannot be carried out.
std::optional<BuildArgs> parse_args(const Args& args) {
  BuildArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if ((arg == "-o" || arg == "--version" || arg == "--created") && !has_value) {
      std::fprintf(stderr, "kioskctl build: %s needs a value\n", arg.c_str());
      return std::nullopt;
    }
    if (arg == "-o") {
      parsed.out = args[++i];
    } else if (arg == "--version") {
      parsed.version = bundle::parse_integer(args[++i]);
      if (!parsed.version || *parsed.version <= 0) {
        std::fprintf(stderr, "kioskctl build: --version: \"%s\" is not a whole number > 0\n",
                     args[i].c_str());
        return std::nullopt;
      }
    } else if (arg == "--created") {
      parsed.created = args[++i];
    } else if (arg.starts_with("-") || !parsed.source.empty()) {
      std::fprintf(stderr, "kioskctl build: unexpected argument '%s'\n", arg.c_str());
      return std::nullopt;
    } else {
      parsed.source = arg;
    }
  }
  if (parsed.source.empty() || parsed.out.empty()) {
    std::fputs("kioskctl build: SRC and -o OUT are required\n", stderr);
    return std::nullopt;
  }
  return parsed;
}

int64_t unix_now() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::seconds>(now).count();
}

}  // namespace

int run_build(const Args& args) {
  const auto parsed = parse_args(args);
  if (!parsed) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const int64_t now = unix_now();  // read once: version and created describe the same moment
  bundle::BuildOptions options;
  options.version = parsed->version.value_or(now);
  options.created = parsed->created.empty() ? format_utc_timestamp(now) : parsed->created;
  const auto content = bundle::build_bundle(parsed->source, parsed->out, options);
  if (!content) {
    const bool usage = content.error().code == ErrorCode::Usage;
    std::fprintf(stderr, "%s%s\n", content.error().code == ErrorCode::Validation ? "" : "kioskctl build: ",
                 content.error().message.c_str());
    return usage ? 2 : 1;
  }
  std::printf("%s: version %lld, created %s, %zu asset files\n", parsed->out.c_str(),
              static_cast<long long>(content->version), content->created.c_str(), content->assets.size());
  return 0;
}

}  // namespace kiosk::kioskctl
