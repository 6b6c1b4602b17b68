// run_kiosk: main() once the command line is parsed and no config-only command was asked for:
// config file, command-line overrides, signal mask, single-instance lock, systemd, then run_app().
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>

#include "options.hpp"

namespace kiosk::firmware {

// The process exit status: 0, 1 runtime error, 2 usage, kExitConfigError for a bad config file.
int run_kiosk(const Options& parsed, const std::optional<std::filesystem::path>& config_file,
              std::chrono::steady_clock::time_point started);

}  // namespace kiosk::firmware
