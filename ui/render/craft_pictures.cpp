#include "render/craft_pictures.hpp"

namespace kiosk::ui {

void CraftPictures::clear() {
  index_.clear();
  textures_.clear();
}

void CraftPictures::warn_once(const LogSink& log, const std::string& craft_id, const std::string& file,
                              const std::string& why) {
  if (!warned_.insert(craft_id + "\n" + file).second) return;
  log_to(log, LogLevel::Warning,
         "crafts: " + craft_id + " is shown with a placeholder instead of " + file + ": " + why);
}

void CraftPictures::load(SDL_Renderer* renderer, const std::vector<model::Craft>& crafts,
                         const std::vector<model::Asset>& assets, const AssetFileLookup& asset_file,
                         const LogSink& log, int max_side) {
  clear();
  for (const model::Craft& craft : crafts) {
    if (craft.image.empty()) continue;  // no picture in the content: the placeholder is by design
    const model::Asset* asset = nullptr;
    for (const model::Asset& a : assets)
      if (a.path == craft.image) asset = &a;
    if (!asset) {
      warn_once(log, craft.id, craft.image, "the image is not among the content's assets");
      continue;
    }
    if (!asset_file) {
      warn_once(log, craft.id, craft.image, "this kiosk has no asset store");
      continue;
    }
    auto texture = ImageTexture::load(renderer, asset_file(asset->sha256), max_side);
    if (!texture) {
      warn_once(log, craft.id, craft.image, texture.error().message);
      continue;
    }
    index_[craft.id] = {texture->id(), texture->width(), texture->height()};
    textures_.push_back(std::move(*texture));
  }
}

size_t CraftPictures::texture_bytes() const {
  size_t bytes = 0;
  for (const ImageTexture& t : textures_)
    bytes += static_cast<size_t>(t.width()) * static_cast<size_t>(t.height()) * 4;
  return bytes;
}

}  // namespace kiosk::ui
