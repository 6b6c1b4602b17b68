// kiosk: the device program. Parses the command line, runs a config-only command or hands over to
// run_kiosk() (config, signals, lock, systemd) and run_app().
#include <chrono>
#include <cstdio>
#include <span>

#include "config.hpp"
#include "config_commands.hpp"
#include "config_merge.hpp"
#include "device_main.hpp"
#include "options.hpp"

int main(int argc, char** argv) {
  using namespace kiosk::firmware;
  const auto started = std::chrono::steady_clock::now();  // for the start-up time to the first frame
  auto options = parse_options(std::span<const char* const>(argv + 1, static_cast<size_t>(argc - 1)));
  if (!options) {
    std::fprintf(stderr, "kiosk: %s\n", options.error().message.c_str());
    return 2;
  }
  if (options->help) {
    std::fputs(usage().c_str(), stdout);
    return 0;
  }
  if (options->print_default_config) return print_default_config(stdout);
  if (options->hash_pin) return hash_pin_command(stdin, stdout, stderr);
  const auto config_file = choose_config_file(*options, kDefaultConfigPath);
  if (options->check_config) return check_config_command(config_file, stdout, stderr);
  return run_kiosk(*options, config_file, started);
}
