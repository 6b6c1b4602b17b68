// Which Japanese font file the kiosk draws with. Debian ships Noto Sans CJK JP (fonts-noto-cjk,
// preferred) and IPAex Gothic (fonts-ipaexfont-gothic, small); a path given by the user wins.
#pragma once

#include <filesystem>
#include <vector>

#include "common/result.hpp"

namespace kiosk::ui {

struct FontFile {
  std::filesystem::path path;
  int face_index = 0;        // inside a .ttc collection: NotoSansCJK-Regular.ttc face 0 is JP
  float size_factor = 1.0f;  // IPAex draws larger than Noto at the same pixel size; this evens them out
};

std::vector<FontFile> default_font_candidates();  // in order of preference
// `override_path` when not empty (it must exist), else the first default candidate that exists.
Result<FontFile> find_japanese_font(const std::filesystem::path& override_path = {});

}  // namespace kiosk::ui
