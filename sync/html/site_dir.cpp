#include "html/site_dir.hpp"

#include <unistd.h>

#include <fstream>
#include <system_error>

namespace kiosk::html {
namespace fs = std::filesystem;
namespace {

Result<void> io_error(const fs::path& path, const std::string& what, const std::error_code& ec) {
  return fail(ErrorCode::Io, path.string() + ": " + what + ": " + ec.message());
}

// May `out_dir` be replaced? Yes when it does not exist, is empty, or is an earlier export.
Result<void> check_replaceable(const fs::path& out_dir) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(out_dir, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) return io_error(out_dir, "cannot inspect", ec);
  if (!fs::exists(status)) return {};
  if (!fs::is_directory(status))
    return fail(ErrorCode::Usage, out_dir.string() + ": exists and is not a folder; choose another -o");
  if (fs::exists(out_dir / kExportMarker)) return {};
  if (fs::is_empty(out_dir, ec) && !ec) return {};
  return fail(ErrorCode::Usage, out_dir.string() +
                                    ": folder exists and was not written by export-html (no " + kExportMarker +
                                    "); refusing to replace it, choose an empty or new folder");
}

Result<void> write_one(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return io_error(path.parent_path(), "cannot create folder", ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return fail(ErrorCode::Io, path.string() + ": cannot create file");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return fail(ErrorCode::Io, path.string() + ": write failed (disk full?)");
  return {};
}

// A name next to `out_dir` that nothing uses yet: same filesystem, so rename() is atomic.
fs::path sibling(const fs::path& out_dir, const char* tag) {
  const std::string base = out_dir.filename().string() + "." + tag + "-" + std::to_string(::getpid());
  fs::path candidate = out_dir.parent_path() / base;
  for (int n = 1; fs::exists(candidate); ++n) candidate = out_dir.parent_path() / (base + "-" + std::to_string(n));
  return candidate;
}

}  // namespace

Result<void> write_site(const std::vector<SiteFile>& files, const fs::path& requested) {
  // Without a trailing separator: "out/" would make the sibling "out/.tmp" instead of "out.tmp".
  const fs::path out_dir = requested.has_filename() ? requested : requested.parent_path();
  if (out_dir.empty()) return fail(ErrorCode::Usage, "export-html: the output folder is empty");
  if (auto ok = check_replaceable(out_dir); !ok) return ok;
  std::error_code ec;
  const fs::path parent = out_dir.parent_path().empty() ? fs::path(".") : out_dir.parent_path();
  if (!fs::is_directory(parent, ec))
    return fail(ErrorCode::NotFound, parent.string() + ": the folder to write the export into does not exist");

  const fs::path staging = sibling(out_dir, "tmp");
  const auto discard = [&] { fs::remove_all(staging, ec); };
  fs::create_directory(staging, ec);
  if (ec) return io_error(staging, "cannot create folder", ec);
  for (const SiteFile& file : files) {
    if (auto ok = write_one(staging / file.path, file.bytes); !ok) {
      discard();
      return ok;
    }
  }
  if (auto ok = write_one(staging / kExportMarker, "written by kioskctl export-html\n"); !ok) {
    discard();
    return ok;
  }
  // Swap: the old export (if any) steps aside, the new one takes its name, then the old one goes.
  fs::path old;
  if (fs::exists(fs::symlink_status(out_dir, ec))) {
    old = sibling(out_dir, "old");
    fs::rename(out_dir, old, ec);
    if (ec) {
      discard();
      return io_error(out_dir, "cannot move the previous export aside", ec);
    }
  }
  fs::rename(staging, out_dir, ec);
  if (ec) {
    const auto error = io_error(out_dir, "cannot move the new export into place", ec);
    if (!old.empty()) fs::rename(old, out_dir, ec);  // put the previous export back
    discard();
    return error;
  }
  if (!old.empty()) fs::remove_all(old, ec);  // a leftover is harmless; the new export is complete
  return {};
}

}  // namespace kiosk::html
