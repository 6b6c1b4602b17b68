// Helpers for the bundle tests: a temporary folder that removes itself, and a staff source folder
// pre-filled with a small valid content set that each test breaks in one place.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::test {

class TempDir {
 public:
  TempDir();   // a fresh folder under the system temp dir
  ~TempDir();  // removes it with everything inside
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, const std::string& bytes);  // creates parent folders
std::string read_file(const std::filesystem::path& file);

// The valid sources, one header + rows per file (LF line endings), keyed by file name.
extern const char* const kCategoriesCsv;
extern const char* const kIndicatorsCsv;
extern const char* const kPointsCsv;
extern const char* const kEventsCsv;
extern const char* const kExhibitorsCsv;
extern const char* const kCraftsCsv;
extern const char* const kSlidesCsv;
extern const char* const kStringsCsv;

class SourceFolder {
 public:
  SourceFolder();  // writes every valid file and the two images they refer to
  const std::filesystem::path& path() const { return dir_.path(); }
  void write(const std::string& name, const std::string& bytes) const;  // replace one file
  void remove(const std::string& name) const;
  std::vector<std::string> messages() const;  // read_sources' diagnostics, as to_string()

 private:
  TempDir dir_;
};

}  // namespace kiosk::test
