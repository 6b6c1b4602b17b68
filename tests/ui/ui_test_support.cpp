#include "ui_test_support.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>
#include <stb_image.h>  // Debian libstb-dev; implemented in libstb.so

#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"

namespace kiosk::ui::test {
namespace {

std::string shell_quote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-ui-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed for " << pattern;
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return result;
  }
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

CommandResult run_kiosk(const std::vector<std::string>& args, const std::vector<std::string>& env,
                        int timeout_s) {
  std::string command;
  for (const std::string& word : env) command += shell_quote(word) + " ";
  command += "timeout -s KILL " + std::to_string(timeout_s) + " " + shell_quote(KIOSK_PATH);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return run_command(command);
}

model::Content builtin_content() {
  TempDir data;
  auto loaded = store::load_bundle(KIOSK_BUILTIN_BUNDLE_DIR, data.path());
  if (!loaded) {
    ADD_FAILURE() << "load_bundle: " << loaded.error().message;
    return {};
  }
  auto reader = store::ContentReader::open(data.path());
  if (!reader) {
    ADD_FAILURE() << "ContentReader::open: " << reader.error().message;
    return {};
  }
  auto content = reader->load_all();
  if (!content) {
    ADD_FAILURE() << "load_all: " << content.error().message;
    return {};
  }
  return *content;
}

uint32_t Image::pixel(int x, int y) const {
  const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3;
  return (uint32_t{rgb[i]} << 16) | (uint32_t{rgb[i + 1]} << 8) | rgb[i + 2];
}

Image read_png(const std::filesystem::path& file) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(file.c_str(), &image.width, &image.height, &channels, 3);
  if (data == nullptr) {
    ADD_FAILURE() << "cannot decode " << file << ": " << stbi_failure_reason();
    return {};
  }
  image.rgb.assign(data, data + static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 3);
  stbi_image_free(data);
  return image;
}

}  // namespace kiosk::ui::test
