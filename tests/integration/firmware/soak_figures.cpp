#include "soak_figures.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>

namespace kiosk::firmware::test {
namespace {

constexpr std::size_t kFloorSpan = 5;

SoakWindow window_of(const std::vector<SoakSample>& samples, double from_s, double to_s) {
  SoakWindow w{};
  bool first = true;
  for (const SoakSample& s : samples) {
    if (s.seconds < from_s || s.seconds > to_s) continue;
    const ProcessSample& p = s.sample;
    if (first) {
      w = {p.fds, p.fds, p.threads, p.threads, p.rss_kb, p.rss_kb};
      first = false;
    }
    w.fds_min = std::min(w.fds_min, p.fds), w.fds_max = std::max(w.fds_max, p.fds);
    w.threads_min = std::min(w.threads_min, p.threads), w.threads_max = std::max(w.threads_max, p.threads);
    w.rss_min_kb = std::min(w.rss_min_kb, p.rss_kb), w.rss_max_kb = std::max(w.rss_max_kb, p.rss_kb);
  }
  return w;
}

}  // namespace

double least_squares_slope(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() < 2 || x.size() != y.size()) return 0;
  double mean_x = 0, mean_y = 0;
  for (std::size_t i = 0; i < x.size(); ++i) mean_x += x[i], mean_y += y[i];
  mean_x /= static_cast<double>(x.size());
  mean_y /= static_cast<double>(y.size());
  double covariance = 0, variance = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    covariance += (x[i] - mean_x) * (y[i] - mean_y);
    variance += (x[i] - mean_x) * (x[i] - mean_x);
  }
  return variance > 0 ? covariance / variance : 0;
}

SoakFigures soak_figures(const std::vector<SoakSample>& samples, const std::vector<double>& update_times,
                         double warm_up_s, double window_s) {
  SoakFigures f;
  f.warm_up_s = warm_up_s;
  for (const SoakSample& s : samples)
    if (s.seconds >= warm_up_s) ++f.samples_measured, f.last_s = s.seconds;
  f.updates_total = static_cast<int>(update_times.size());
  std::vector<double> measured;  // update times from the end of the warm-up on
  for (double at : update_times)
    if (at >= warm_up_s) measured.push_back(at);
  // A cycle runs from one update on screen to the next. The stretch after the last update is left out:
  // the run may end right after it, before the kiosk is back on its floor.
  f.updates_measured = measured.empty() ? 0 : static_cast<int>(measured.size()) - 1;
  if (f.updates_measured > 0) {
    f.seconds_per_update = (measured.back() - measured.front()) / f.updates_measured;
    f.compression = 60.0 / f.seconds_per_update;
  }
  std::vector<double> cycle, floor;
  for (std::size_t i = 0; i + 1 < measured.size(); ++i) {
    long lowest = std::numeric_limits<long>::max();
    for (const SoakSample& s : samples)
      if (s.seconds >= measured[i] && s.seconds < measured[i + 1]) lowest = std::min(lowest, s.sample.rss_kb);
    if (lowest != std::numeric_limits<long>::max()) f.rss_floor_kb.push_back(lowest);
  }
  // Where the floor lands depends on what the sync, heartbeat and thumbnail threads hold when the update
  // is taken: about one cycle in three sits 600-700 KiB higher, up to five in a row. The lowest of
  // kFloorSpan consecutive cycles is fitted instead.
  for (std::size_t i = 0; i + kFloorSpan <= f.rss_floor_kb.size(); ++i) {
    cycle.push_back(static_cast<double>(i));
    floor.push_back(static_cast<double>(
        *std::min_element(f.rss_floor_kb.begin() + static_cast<std::ptrdiff_t>(i),
                          f.rss_floor_kb.begin() + static_cast<std::ptrdiff_t>(i + kFloorSpan))));
  }
  f.rss_kib_per_update = least_squares_slope(cycle, floor);
  f.rss_kib_per_simulated_hour = f.rss_kib_per_update * 60.0;
  f.start = window_of(samples, warm_up_s, warm_up_s + window_s);
  f.end = window_of(samples, f.last_s - window_s, f.last_s);
  f.whole = window_of(samples, warm_up_s, f.last_s);
  return f;
}

void print_soak_figures(const SoakFigures& f, int visitors, int failed_polls, double limit_kib_per_hour) {
  std::printf("[soak] %.0f s after READY, warm-up %.0f s; %d content updates shown (%d after the warm-up, one per "
              "%.1f s; 1 simulated minute each, compression %.1fx); %d failed polls under faults; %d scripted "
              "visitors through\n",
              f.last_s, f.warm_up_s, f.updates_total, f.updates_measured, f.seconds_per_update, f.compression,
              failed_polls, visitors);
  std::string floors;
  for (long kb : f.rss_floor_kb) floors += (floors.empty() ? "" : " ") + std::to_string(kb);
  std::printf("[soak] VmRSS lowest per update cycle (KiB): %s\n", floors.c_str());
  std::printf("[soak] VmRSS %ld-%ld KiB over %d samples after the warm-up; least-squares slope of the lowest of "
              "every 5 consecutive cycles %.1f KiB per update = %.0f KiB per simulated hour (limit %.0f)\n",
              f.whole.rss_min_kb, f.whole.rss_max_kb, f.samples_measured, f.rss_kib_per_update,
              f.rss_kib_per_simulated_hour, limit_kib_per_hour);
  std::printf("[soak] descriptors: %d-%d right after the warm-up, %d-%d at the end; threads: %d-%d, %d-%d\n",
              f.start.fds_min, f.start.fds_max, f.end.fds_min, f.end.fds_max, f.start.threads_min,
              f.start.threads_max, f.end.threads_min, f.end.threads_max);
}

}  // namespace kiosk::firmware::test
