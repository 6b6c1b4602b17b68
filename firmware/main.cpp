// kiosk: the device program. Parses the command line, runs a config-only command or hands over to
// run_kiosk() (config, signals, lock, systemd) and run_app().
#include <malloc.h>

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
  // One malloc arena for all threads, set before any thread starts. With glibc's default (an arena per
  // thread that allocates, up to 8 per core) the sync, thumbnail and statistics threads each kept a
  // fragmented arena that malloc_trim could not hand back: the soak test saw the resident floor creep
  // 15-26 KiB per content update for the first 50 or so updates (0.9-1.5 MiB per simulated hour),
  // and sit 600-800 KiB higher. With one arena it rises about 4 KiB per update. The other threads
  // allocate mostly during a sync, so the UI thread should rarely wait on the shared lock (not measured).
  ::mallopt(M_ARENA_MAX, 1);
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
