// MappedFile: a read-only memory map of a whole file. Fonts are read through one: FreeType touches
// only the tables and glyphs it needs, so a 19 MB font collection costs a few MB of RSS instead of
// 19 MB of heap while the atlas is built.
#pragma once

#include <cstddef>
#include <filesystem>

#include "common/result.hpp"

namespace kiosk::ui {

class MappedFile {
 public:
  static Result<MappedFile> open(const std::filesystem::path& path);  // ErrorCode::Io naming the path
  const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
  size_t size() const { return size_; }

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}
  void* data_ = nullptr;  // nullptr when moved from
  size_t size_ = 0;
};

}  // namespace kiosk::ui
