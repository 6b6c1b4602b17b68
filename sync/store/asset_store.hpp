// AssetStore: content-addressed asset files under <data_dir>/assets/sha256/ab/abcdef...
//
// A file is written to a temporary name, fsynced, renamed into place and its directory fsynced
// before the database commit that references it, so a power cut never leaves the database
// pointing at a missing or half-written file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include "common/result.hpp"

namespace kiosk::store {

class AssetStore {
 public:
  explicit AssetStore(std::filesystem::path data_dir);
  Result<void> put(const std::filesystem::path& file, const std::string& sha256, uint64_t size);  // copy in, verify hash
  bool has(const std::string& sha256, uint64_t size) const;             // present with the right size
  std::filesystem::path path_of(const std::string& sha256) const;       // where the file is (or would be)
  Result<int> remove_unreferenced(const std::set<std::string>& keep);   // after commit only; returns files removed

 private:
  std::filesystem::path root_;  // <data_dir>/assets/sha256
};

}  // namespace kiosk::store
