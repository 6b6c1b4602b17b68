// Durable file writes: after one of these returns success the file survives a power cut with either
// its old or its new content, never a torn mix. Used for bundle output and (by the asset store) for
// content-addressed assets.
#pragma once

#include <filesystem>
#include <string_view>

#include "common/result.hpp"

namespace kiosk {

// Writes `bytes` to a temporary file in the same directory, fsyncs it, renames it over `path` and
// fsyncs the directory. The temporary file is removed on failure; an existing `path` is untouched then.
Result<void> write_file_durably(const std::filesystem::path& path, std::string_view bytes);

// Same guarantees as write_file_durably, streaming the bytes of `from` (which may be large).
Result<void> copy_file_durably(const std::filesystem::path& from, const std::filesystem::path& to);

// Makes a rename or file creation inside `dir` durable (the entry lives in the directory, not the file).
Result<void> fsync_directory(const std::filesystem::path& dir);

}  // namespace kiosk
