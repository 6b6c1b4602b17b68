// main() for fuzz targets in builds without libFuzzer (g++, the ci and asan presets): runs every file
// of the given folders through LLVMFuzzerTestOneInput once, so the seed corpus and every saved crash
// are regression tests everywhere. A libFuzzer build uses libFuzzer's own main instead (-runs=0 does
// the same there). Arguments starting with '-' are libFuzzer flags and are ignored here.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& where) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_regular_file(where)) return {where};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(where))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());  // a stable order, so a failure names the same file every run
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t ran = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("-")) continue;
    if (!std::filesystem::exists(arg)) {
      std::fprintf(stderr, "%s: no such corpus file or folder\n", arg.c_str());
      return 2;
    }
    for (const auto& file : inputs_in(arg)) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (!in.good() && !in.eof()) {
        std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
        return 2;
      }
      std::fprintf(stderr, "running %s (%zu bytes)\n", file.c_str(), bytes.size());
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++ran;
    }
  }
  // An empty corpus would pass without testing anything: refuse it.
  if (ran == 0) {
    std::fprintf(stderr, "no inputs found; give corpus folders or files\n");
    return 2;
  }
  std::printf("%zu inputs ran without a crash or a broken contract\n", ran);
  return 0;
}
