// The commands that only deal with configuration and exit without opening a display.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>

namespace kiosk::firmware {

int print_default_config(std::FILE* out);  // --print-default-config; exit status 0
// --hash-pin: reads one line (the PIN) from `in`, prints `pin_hash = "..."` to `out`; 0, or 2 for a bad PIN.
int hash_pin_command(std::FILE* in, std::FILE* out, std::FILE* err);
// --check-config: "FILE: ok" and 0, or every problem and kExitConfigError.
int check_config_command(const std::optional<std::filesystem::path>& file, std::FILE* out, std::FILE* err);

}  // namespace kiosk::firmware
