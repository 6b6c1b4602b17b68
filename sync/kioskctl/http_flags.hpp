// Command-line flags shared by the kioskctl commands that talk HTTP (sync, publish, fleet):
// credentials come from files, never from the command line (which other users can read in ps).
#pragma once

#include <cstddef>
#include <string>

#include "common/result.hpp"
#include "http/http_client.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {

// If args[i] is one of --user U, --password-file F, --token-file F, --ca-file F, --connect-timeout-ms N,
// --low-speed-time-ms N: applies it to `options`, advances i past its value and returns true.
// Errors (unreadable file, bad number) name the flag.
Result<bool> take_http_flag(const Args& args, std::size_t& i, http::HttpOptions& options);

inline constexpr const char* kHttpFlagsUsage =
    "  --user U --password-file F | --token-file F   HTTP Basic or Bearer credentials (from a file)\n"
    "  --ca-file F                                   trust this CA for https:// (TLS checks stay on)\n"
    "  --connect-timeout-ms N, --low-speed-time-ms N transfer timeouts\n";

}  // namespace kiosk::kioskctl
