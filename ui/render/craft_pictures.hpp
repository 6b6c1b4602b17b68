// CraftPictures: the crafts catalogue's photos, decoded from the asset store and shrunk to thumbnails
// once per content version (never in a frame), so drawing only looks a texture up by craft id.
// A craft without a usable picture simply has none here: the screen draws its placeholder tile.
#pragma once

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <SDL.h>
#include <imgui.h>

#include "log_sink.hpp"
#include "model/content.hpp"
#include "render/image_texture.hpp"

namespace kiosk::ui {

struct CraftPicture {  // what a craft card draws
  ImTextureID texture = nullptr;
  int width = 0;  // texture pixels, for cropping to the tile
  int height = 0;
};
using CraftPictureIndex = std::unordered_map<std::string, CraftPicture>;  // by craft id

// Where the file of an asset with this SHA-256 is (AssetStore::path_of).
using AssetFileLookup = std::function<std::filesystem::path(const std::string& sha256)>;

class CraftPictures {
 public:
  // Replaces the pictures with those of `crafts`: each image path is found among `assets` and its file
  // decoded at most `max_side` pixels on the longer side. A picture that is not among the assets, is
  // missing or cannot be decoded is logged as a warning naming the craft and the file, once per craft
  // and file for the life of this object (a device reset reloads without repeating it).
  void load(SDL_Renderer* renderer, const std::vector<model::Craft>& crafts,
            const std::vector<model::Asset>& assets, const AssetFileLookup& asset_file, const LogSink& log,
            int max_side);
  void clear();  // releases every texture (before the renderer goes)
  const CraftPictureIndex& index() const { return index_; }
  size_t texture_bytes() const;  // RGBA bytes of all thumbnails: the memory the pictures hold

 private:
  void warn_once(const LogSink& log, const std::string& craft_id, const std::string& file,
                 const std::string& why);
  std::vector<ImageTexture> textures_;
  CraftPictureIndex index_;
  std::set<std::string> warned_;  // "craft id\nfile" already reported
};

}  // namespace kiosk::ui
