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
  explicit AssetStore(const std::filesystem::path& data_dir);
  enum class Intake {
    Copy,  // the file stays the caller's (a bundle folder, a USB stick): the store gets its own copy
    Link,  // the caller hands the file over and never changes it again (a staged download): it is
           // hard-linked instead of copied, saving a second write of every byte; copied when the
           // store is on another file system
  };
  // Takes `file` in under its hash, checking size and SHA-256 on the way (Integrity on mismatch,
  // leaving no file); a no-op when already present. Durable (fsynced, renamed, dir fsynced) on return.
  Result<void> put(const std::filesystem::path& file, const std::string& sha256, uint64_t size,
                   Intake intake = Intake::Copy);
  bool has(const std::string& sha256, uint64_t size) const;        // present with the right size
  std::filesystem::path path_of(const std::string& sha256) const;  // where the file is (or would be)
  // Removes stored files whose hash is not in `keep`, and temp files left by a crash. Call only after
  // the version that no longer needs them is committed. Returns the number of files removed.
  Result<int> remove_unreferenced(const std::set<std::string>& keep);

 private:
  std::filesystem::path root_;  // <data_dir>/assets/sha256
};

}  // namespace kiosk::store
