// Writing the preview pages into a folder, all or nothing: the files go into a fresh sibling
// folder first, which then takes the output's name, so a browser or a staff member never sees half
// an export and a failed export leaves an earlier one as it was.
#pragma once

#include <filesystem>
#include <vector>

#include "common/result.hpp"
#include "html/site.hpp"

namespace kiosk::html {

// The marker file every export contains; an existing output folder is only replaced when it has
// it (or is empty), so a mistyped -o never deletes somebody's folder.
inline constexpr const char* kExportMarker = ".kiosk-export-html";

// Writes `files` as `out_dir` (created or replaced). Errors name the path that failed.
Result<void> write_site(const std::vector<SiteFile>& files, const std::filesystem::path& out_dir);

}  // namespace kiosk::html
