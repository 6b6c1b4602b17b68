// kioskctl validate SRC: every problem in the staff's source files, one per line, so they can fix
// them all in one go; a one-line summary when there are none.
#include <cstdio>
#include <filesystem>

#include "bundle/bundle.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage = "usage: kioskctl validate SRC\n";

std::string summary(const model::Content& c) {
  return std::to_string(c.indicators.size()) + " indicators, " + std::to_string(c.events.size()) +
         " events, " + std::to_string(c.exhibitors.size()) + " exhibitors, " +
         std::to_string(c.crafts.size()) + " crafts, " + std::to_string(c.slides.size()) + " slides, " +
         std::to_string(c.strings.size()) + " strings";
}

}  // namespace

int run_validate(const Args& args) {
  if (args.size() != 1 || args[0].empty() || args[0].front() == '-') {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string& source = args[0];
  if (std::error_code ec; !std::filesystem::is_directory(source, ec)) {
    std::fprintf(stderr, "kioskctl validate: %s: not a folder\n", source.c_str());
    return 1;
  }
  const bundle::SourceReadResult result = bundle::read_sources(source);
  for (const bundle::Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  const std::size_t n = result.diagnostics.size();
  if (n > 0) {
    std::fprintf(stderr, "%zu %s in %s\n", n, n == 1 ? "error" : "errors", source.c_str());
    return 1;
  }
  std::printf("%s: ok: %s\n", source.c_str(), summary(result.content).c_str());
  return 0;
}

}  // namespace kiosk::kioskctl
