#include "config_merge.hpp"

namespace kiosk::firmware {

std::optional<std::filesystem::path> choose_config_file(const Options& options,
                                                        const std::filesystem::path& default_path) {
  if (!options.config_file.empty()) return options.config_file;
  std::error_code ec;
  if (std::filesystem::exists(default_path, ec)) return default_path;
  return std::nullopt;
}

Result<Options> apply_config(Options options, const KioskConfig& config, bool from_file) {
  if (options.data_dir.empty()) {
    if (!from_file)
      return fail(ErrorCode::Usage, "--data-dir DIR is required: the folder holding the kiosk's content database");
    options.data_dir = config.data_dir;
  }
  if (options.width == 0 && config.display.width != 0) {
    options.width = config.display.width;
    options.height = config.display.height;
  }
  // A screenshot is offscreen: the config's fullscreen does not apply to it.
  if (!options.fullscreen && !options.windowed && options.screenshot.empty())
    options.fullscreen = from_file && config.display.fullscreen;
  if (!options.language_set) options.language = config.language;
  options.render_driver = config.display.render_driver;
  if (!options.rotation_set) options.rotation = config.display.rotation;
  options.idle_timeout_s = config.idle_timeout_s;
  options.staff_pin_hash = config.staff_pin_hash;
  return options;
}

}  // namespace kiosk::firmware
