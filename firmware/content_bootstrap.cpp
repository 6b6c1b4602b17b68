#include "content_bootstrap.hpp"

#include <system_error>

#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"

namespace kiosk::firmware {
namespace {

Result<bool> has_content(const std::filesystem::path& data_dir) {
  std::error_code ec;
  if (!std::filesystem::exists(store::database_path(data_dir), ec)) return false;
  auto reader = store::ContentReader::open(data_dir);
  if (!reader) return tl::unexpected(reader.error());
  auto version = reader->version();
  if (!version) return tl::unexpected(version.error());
  return *version > 0;
}

}  // namespace

Result<void> ensure_content(const std::filesystem::path& data_dir, const std::filesystem::path& builtin_dir,
                            const Log& log) {
  auto present = has_content(data_dir);
  if (!present) return tl::unexpected(present.error());
  if (*present) return {};
  log.info("no content in " + data_dir.string() + " yet; loading the built-in bundle " +
           builtin_dir.string());
  auto loaded = store::load_bundle(builtin_dir, data_dir);
  if (!loaded)
    return fail(loaded.error().code, "cannot load the built-in content " + builtin_dir.string() + " into " +
                                         data_dir.string() + ": " + loaded.error().message);
  log.info("loaded built-in content version " + std::to_string(loaded->version) + " (" +
           std::to_string(loaded->assets_copied) + " asset files)");
  return {};
}

}  // namespace kiosk::firmware
