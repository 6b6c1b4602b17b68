// Test support for the ui tests: temporary dirs, running the kiosk binary, the built-in content,
// and PNG decoding (Debian's libstb).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/content.hpp"

namespace kiosk::ui::test {

class TempDir {  // mkdtemp under the system temp dir; removed recursively on destruction
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;  // -1 when the command did not exit normally
  std::string output;  // stdout and stderr together
};

// Runs `command` through the shell, stdout and stderr captured together.
CommandResult run_command(const std::string& command);

// Runs KIOSK_PATH with `args` (each shell-quoted) and optional leading `env` assignments, e.g.
// {"env", "-u", "DISPLAY"}. Killed after `timeout_s` so a hung SDL program cannot stall the suite.
CommandResult run_kiosk(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                        int timeout_s = 60);

// The built-in bundle applied to a fresh data dir and read back through the store, as the kiosk sees it.
model::Content builtin_content();

struct Image {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgb;            // 3 bytes a pixel
  uint32_t pixel(int x, int y) const;  // 0xRRGGBB
};

Image read_png(const std::filesystem::path& file);  // fails the test (empty image) when unreadable

}  // namespace kiosk::ui::test
