#include "fonts/font_file.hpp"

#include <system_error>

namespace kiosk::ui {

std::vector<FontFile> default_font_candidates() {
  return {
      {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0, 1.0f},
      {"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0, 0.92f},
      {"/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf", 0, 0.92f},
  };
}

Result<FontFile> find_japanese_font(const std::filesystem::path& override_path) {
  std::error_code ec;
  if (!override_path.empty()) {
    if (!std::filesystem::is_regular_file(override_path, ec))
      return fail(ErrorCode::NotFound, "font file " + override_path.string() + " does not exist");
    return FontFile{override_path, 0, 1.0f};
  }
  std::string tried;
  for (const FontFile& candidate : default_font_candidates()) {
    if (std::filesystem::is_regular_file(candidate.path, ec)) return candidate;
    tried += (tried.empty() ? "" : ", ") + candidate.path.string();
  }
  return fail(ErrorCode::NotFound,
              "no Japanese font found (tried " + tried +
                  "); install fonts-noto-cjk or fonts-ipaexfont-gothic, or pass --font FILE");
}

}  // namespace kiosk::ui
