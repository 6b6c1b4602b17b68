// kiosk: the device program. Parses the command line and hands over to run_app().
#include <cstdio>
#include <span>

#include "app.hpp"
#include "log.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
  using namespace kiosk::firmware;
  const Log log;
  auto options = parse_options(std::span<const char* const>(argv + 1, static_cast<size_t>(argc - 1)));
  if (!options) {
    std::fprintf(stderr, "kiosk: %s\n", options.error().message.c_str());
    return 2;
  }
  if (options->help) {
    std::fputs(usage().c_str(), stdout);
    return 0;
  }
  if (auto ran = run_app(*options, log); !ran) {
    log.error(ran.error().message);
    return ran.error().code == kiosk::ErrorCode::Usage ? 2 : 1;
  }
  return 0;
}
