// Benchmark (label bench): what the start-up asset check (store::check_applied_assets) costs. Prints
// the time for the built-in content and for a version with 12 MiB of images, so the per-MiB cost
// can be scaled to a real content set. Never fails on time; fails only if the check itself fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bundle/bundle.hpp"
#include "store/asset_check.hpp"
#include "store/bundle_loader.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using kiosk::store::check_applied_assets;

// Median wall time of `runs` checks of `data`, in milliseconds; -1 when the check fails.
double median_check_ms(const fs::path& data, int runs, kiosk::store::AssetCheckReport& last) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto started = std::chrono::steady_clock::now();
    auto report = check_applied_assets(data);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    if (!report) {
      std::fprintf(stderr, "asset check failed: %s\n", report.error().message.c_str());
      return -1;
    }
    last = *report;
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::string big_image(size_t size, char seed) {
  std::string bytes(size, seed);
  for (size_t i = 0; i < size; i += 97) bytes[i] = static_cast<char>(i * 31 + seed);
  return bytes;
}

}  // namespace

int main() {
  kiosk::test::TempDir dir;
  kiosk::store::AssetCheckReport report;

  const fs::path builtin_data = dir.path() / "builtin";
  auto loaded = kiosk::store::load_bundle(KIOSK_BUILTIN_BUNDLE_DIR, builtin_data);
  if (!loaded) return std::fprintf(stderr, "%s\n", loaded.error().message.c_str()), 1;
  const double builtin_ms = median_check_ms(builtin_data, 21, report);
  if (builtin_ms < 0) return 1;
  std::printf("start-up asset check, built-in content: %d asset files, %llu KiB hashed, %.2f ms (median of 21)\n",
              report.checked, static_cast<unsigned long long>(report.bytes_hashed / 1024), builtin_ms);

  kiosk::test::SourceFolder sources;  // two images, made 6 MiB each
  sources.write("images/sample_1.png", big_image(6 << 20, 'a'));
  sources.write("images/tsugaru.png", big_image(6 << 20, 'b'));
  auto built = kiosk::bundle::build_bundle(sources.path(), dir.path() / "big-bundle", {1, "2026-01-01T00:00:00Z", {}, nullptr});
  if (!built) return std::fprintf(stderr, "%s\n", built.error().message.c_str()), 1;
  const fs::path big_data = dir.path() / "big";
  loaded = kiosk::store::load_bundle(dir.path() / "big-bundle", big_data);
  if (!loaded) return std::fprintf(stderr, "%s\n", loaded.error().message.c_str()), 1;
  const double big_ms = median_check_ms(big_data, 7, report);
  if (big_ms < 0) return 1;
  const double mib = static_cast<double>(report.bytes_hashed) / (1 << 20);
  std::printf("start-up asset check, %d asset files of %.0f MiB (page cache warm): %.1f ms, %.1f ms per MiB "
              "(median of 7)\n", report.checked, mib, big_ms, big_ms / mib);
  return 0;
}
