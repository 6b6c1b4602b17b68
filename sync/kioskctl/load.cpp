// kioskctl load BUNDLE --data-dir DIR: applies a bundle directory to a kiosk data dir, the same way
// the kiosk applies its built-in content (store/bundle_loader.hpp).
#include <cstdio>
#include <string>

#include "kioskctl/commands.hpp"
#include "store/bundle_loader.hpp"

namespace kiosk::kioskctl {

namespace {

constexpr const char* kLoadUsage = "usage: kioskctl load BUNDLE --data-dir DIR\n";

struct LoadArgs {
  std::string bundle;
  std::string data_dir;
};

// Returns false (after printing why) when the arguments are not one BUNDLE and one --data-dir.
bool parse(const Args& args, LoadArgs& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--data-dir" && i + 1 < args.size()) {
      out.data_dir = args[++i];
    } else if (arg.rfind("--data-dir=", 0) == 0) {
      out.data_dir = arg.substr(std::string("--data-dir=").size());
    } else if (!arg.empty() && arg[0] != '-' && out.bundle.empty()) {
      out.bundle = arg;
    } else {
      std::fprintf(stderr, "kioskctl load: unexpected argument '%s'\n%s", arg.c_str(), kLoadUsage);
      return false;
    }
  }
  if (out.bundle.empty() || out.data_dir.empty()) {
    std::fprintf(stderr, "kioskctl load: %s is missing\n%s", out.bundle.empty() ? "BUNDLE" : "--data-dir DIR",
                 kLoadUsage);
    return false;
  }
  return true;
}

}  // namespace

int run_load(const Args& args) {
  LoadArgs parsed;
  if (!parse(args, parsed)) return 2;
  auto report = store::load_bundle(parsed.bundle, parsed.data_dir);
  if (!report) {
    // Bundle errors already start with the file they are about; others (database, data dir) get the bundle
    // named.
    const std::string& message = report.error().message;
    const bool names_bundle = message.rfind(parsed.bundle, 0) == 0;
    std::fprintf(stderr, "kioskctl load: %s%s%s\n", names_bundle ? "" : parsed.bundle.c_str(),
                 names_bundle ? "" : ": ", message.c_str());
    return 1;
  }
  if (!report->warning.empty()) std::fprintf(stderr, "kioskctl load: warning: %s\n", report->warning.c_str());
  std::printf("loaded version %lld (%d assets copied, %d removed)\n", static_cast<long long>(report->version),
              report->assets_copied, report->assets_removed);
  return 0;
}

}  // namespace kiosk::kioskctl
