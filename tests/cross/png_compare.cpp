// png_compare: compares two screenshots pixel by pixel and says how far apart they are. The cross CI
// stage uses it to compare the arm64 kiosk's render (under qemu) with the native one: the same
// sources, fonts and content must draw the same picture on both architectures.
//
//   png_compare EXPECTED.png ACTUAL.png [--channel-slack N] [--max-differing PIXELS]
//
// A pixel differs when any channel is more than N (default 0) apart. Exit 0 when at most PIXELS
// (default 0) differ, 1 when more do or the sizes differ, 2 when a file cannot be read or the
// arguments are wrong. Always prints the size, the largest channel difference and the count, and the
// box around every pixel that differs at all.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <stb_image.h>  // Debian libstb-dev; implemented in libstb.so

namespace {

struct Image {
  int width = 0, height = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> rgba{nullptr, stbi_image_free};
};

bool load(const char* path, Image& image) {
  int channels = 0;
  image.rgba.reset(stbi_load(path, &image.width, &image.height, &channels, 4));
  if (!image.rgba) {
    std::fprintf(stderr, "png_compare: %s: cannot read as an image: %s\n", path, stbi_failure_reason());
    return false;
  }
  return true;
}

bool parse_count(const char* option, const char* text, long max, long& out) {
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || value < 0 || value > max) {
    std::fprintf(stderr, "png_compare: %s: '%s' is not a whole number from 0 to %ld\n", option, text, max);
    return false;
  }
  out = value;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const char* paths[2] = {nullptr, nullptr};
  int path_count = 0;
  long slack = 0, max_differing = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--channel-slack" || arg == "--max-differing") && i + 1 < argc) {
      const bool ok = arg == "--channel-slack" ? parse_count(argv[i], argv[i + 1], 255, slack)
                                               : parse_count(argv[i], argv[i + 1], 1L << 30, max_differing);
      if (!ok) return 2;
      ++i;
    } else if (arg.rfind("--", 0) != 0 && path_count < 2) {
      paths[path_count++] = argv[i];
    } else {
      std::fprintf(stderr, "png_compare: unexpected argument '%s'\n"
                           "usage: png_compare EXPECTED.png ACTUAL.png [--channel-slack N] [--max-differing PIXELS]\n",
                   argv[i]);
      return 2;
    }
  }
  if (path_count != 2) {
    std::fprintf(stderr, "usage: png_compare EXPECTED.png ACTUAL.png [--channel-slack N] [--max-differing PIXELS]\n");
    return 2;
  }
  Image expected, actual;
  if (!load(paths[0], expected) || !load(paths[1], actual)) return 2;
  if (expected.width != actual.width || expected.height != actual.height) {
    std::printf("png_compare: sizes differ: %s is %dx%d, %s is %dx%d\n", paths[0], expected.width,
                expected.height, paths[1], actual.width, actual.height);
    return 1;
  }
  const long pixels = static_cast<long>(expected.width) * expected.height;
  long differing = 0;
  int largest = 0;
  // Where any difference lies (a one-row edge shift and a changed word look very different here).
  int left = expected.width, top = expected.height, right = -1, bottom = -1;
  for (long p = 0; p < pixels; ++p) {
    int worst = 0;
    for (int c = 0; c < 4; ++c) {
      const int d = std::abs(expected.rgba.get()[p * 4 + c] - actual.rgba.get()[p * 4 + c]);
      if (d > worst) worst = d;
    }
    if (worst > largest) largest = worst;
    if (worst > slack) ++differing;
    if (worst > 0) {
      const int x = static_cast<int>(p % expected.width), y = static_cast<int>(p / expected.width);
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  std::printf("png_compare: %dx%d, largest channel difference %d, %ld of %ld pixels differ by more than %ld "
              "(allowed %ld)\n", expected.width, expected.height, largest, differing, pixels, slack, max_differing);
  if (right >= 0) std::printf("png_compare: pixels differ within x %d..%d, y %d..%d\n", left, right, top, bottom);
  return differing > max_differing ? 1 : 0;
}
