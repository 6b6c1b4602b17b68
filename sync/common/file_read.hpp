// Reading a whole small file (manifest, content document) with a hard size limit, so a file that is
// larger than any real one, or keeps growing, is refused rather than read into memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "common/result.hpp"

namespace kiosk {

// The file's bytes. Fails with NotFound when it does not exist, Io when it cannot be read, and
// Integrity when it holds more than `max_bytes` (only max_bytes + 1 bytes are ever read).
Result<std::string> read_file_limited(const std::filesystem::path& file, uint64_t max_bytes);

}  // namespace kiosk
