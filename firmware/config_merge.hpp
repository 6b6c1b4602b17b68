// Which config file the kiosk reads, and how the command line overrides it.
#pragma once

#include <filesystem>
#include <optional>

#include "common/result.hpp"
#include "config.hpp"
#include "options.hpp"

namespace kiosk::firmware {

inline constexpr int kExitConfigError = 78;  // EX_CONFIG; the unit's RestartPreventExitStatus

// --config FILE when given, else `default_path` when it exists, else none (a desktop run).
std::optional<std::filesystem::path> choose_config_file(const Options& options,
                                                        const std::filesystem::path& default_path);

// Fills what the command line left open from `config`. Without a config file (`from_file` false)
// --data-dir is required and the kiosk opens a window: a developer's run never touches /var/lib.
Result<Options> apply_config(Options options, const KioskConfig& config, bool from_file);

}  // namespace kiosk::firmware
