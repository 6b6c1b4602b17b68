// kioskctl build SRC -o OUT [--key NAME.key] [--version N] [--created ISO] [--expires ISO | --expires-in DAYS]:
// validate the sources and write a bundle, signed when a key is given. With a key, the last version
// built is kept in NAME.last-version next to it, so a rebuilt or mistyped older version is refused here
// rather than by every kiosk.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

#include "bundle/bundle.hpp"
#include "bundle/numbers.hpp"
#include "common/durable_file.hpp"
#include "common/file_read.hpp"
#include "common/timestamp.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage =
    "usage: kioskctl build SRC -o OUT [--key NAME.key] [--version N] [--created YYYY-MM-DDTHH:MM:SSZ]\n"
    "                               [--expires YYYY-MM-DDTHH:MM:SSZ | --expires-in DAYS]\n"
    "  --key FILE       sign manifest.json (writes manifest.json.sig); the last version built is kept in\n"
    "                   NAME.last-version next to the key and a version not greater is refused\n"
    "  --version N      content version, a whole number > 0; default: the current Unix time in seconds\n"
    "                   (or one more than the last version built, if greater), so a later build is greater\n"
    "  --created ISO    build time stamped into the bundle (UTC); default: now\n"
    "  --expires ISO    when kiosks stop accepting the bundle; default with --key: created + 30 days\n"
    "  --expires-in N   the same, N days after created\n";

struct BuildArgs {
  std::string source;
  std::string out;
  std::optional<int64_t> version;
  std::string created;
  std::string key;
  std::string expires;
  std::optional<int64_t> expires_in_days;
};

// Nullopt (after printing why) when the command line cannot be carried out.
std::optional<BuildArgs> parse_args(const Args& args) {
  BuildArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if ((arg == "-o" || arg == "--version" || arg == "--created" || arg == "--key" || arg == "--expires" ||
         arg == "--expires-in") &&
        !has_value) {
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
    } else if (arg == "--key") {
      parsed.key = args[++i];
    } else if (arg == "--expires") {
      parsed.expires = args[++i];
    } else if (arg == "--expires-in") {
      parsed.expires_in_days = bundle::parse_integer(args[++i]);
      if (!parsed.expires_in_days || *parsed.expires_in_days <= 0) {
        std::fprintf(stderr, "kioskctl build: --expires-in: \"%s\" is not a whole number of days > 0\n",
                     args[i].c_str());
        return std::nullopt;
      }
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

// NAME.key -> NAME.last-version: the counter belongs to the key, as each key's bundles form one history.
std::filesystem::path version_state_file(const std::string& key) {
  std::filesystem::path file(key);
  file.replace_extension(".last-version");
  return file;
}

Result<int64_t> last_version_built(const std::filesystem::path& state) {
  auto text = read_file_limited(state, 64);
  if (!text && text.error().code == ErrorCode::NotFound) return 0;
  if (!text) return tl::unexpected(text.error());
  while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
  const auto value = bundle::parse_integer(*text);
  if (!value || *value < 0) return fail(ErrorCode::Parse, state.string() + ": not a version number");
  return *value;
}

// The version to build with a key: the requested one if greater than the last, else refused.
Result<int64_t> next_version(const BuildArgs& args, int64_t now, const std::filesystem::path& state) {
  auto last = last_version_built(state);
  if (!last) return last;
  if (!args.version) return std::max(now, *last + 1);
  if (*args.version <= *last) {
    return fail(ErrorCode::Usage, "--version " + std::to_string(*args.version) +
                                      " is not greater than " + std::to_string(*last) +
                                      ", the last version built with " + args.key + " (" + state.string() + ")");
  }
  return *args.version;
}

std::string expiry(const BuildArgs& args, const std::string& created) {
  if (!args.expires.empty()) return args.expires;
  if (args.key.empty() && !args.expires_in_days) return {};
  const auto start = parse_utc_timestamp(created);
  if (!start) return {};  // build_bundle reports the bad created time
  return format_utc_timestamp(*start + args.expires_in_days.value_or(30) * 86400);
}

int report_failure(const Error& error) {
  std::fprintf(stderr, "%s%s\n", error.code == ErrorCode::Validation ? "" : "kioskctl build: ",
               error.message.c_str());
  return error.code == ErrorCode::Usage ? 2 : 1;
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
  options.expires = expiry(*parsed, options.created);
  bundle::SecretKey key;
  const auto state = version_state_file(parsed->key);
  if (!parsed->key.empty()) {
    auto read = bundle::read_secret_key(parsed->key);
    if (!read) return report_failure(read.error());
    key = std::move(*read);
    options.signing_key = &key;
    auto version = next_version(*parsed, now, state);
    if (!version) return report_failure(version.error());
    options.version = *version;
  }
  const auto content = bundle::build_bundle(parsed->source, parsed->out, options);
  if (!content) return report_failure(content.error());
  if (!parsed->key.empty()) {
    // After the bundle exists: a failed build must not use up a version number.
    if (auto saved = write_file_durably(state, std::to_string(content->version) + "\n"); !saved)
      return report_failure(saved.error());
  }
  const std::string signed_by =
      parsed->key.empty() ? "" : ", signed by " + key.public_key().fingerprint() + ", expires " + options.expires;
  std::printf("%s: version %lld, created %s, %zu asset files%s\n", parsed->out.c_str(),
              static_cast<long long>(content->version), content->created.c_str(), content->assets.size(),
              signed_by.c_str());
  return 0;
}

}  // namespace kiosk::kioskctl
