// The soak test's arithmetic: what the /proc samples of a long run say once the warm-up is cut off,
// and the "[soak]" lines that print it (README, "Long run").
#pragma once

#include <vector>

#include "process_probe.hpp"

namespace kiosk::firmware::test {

struct SoakSample {
  double seconds = 0;  // since READY
  ProcessSample sample;
};

struct SoakWindow {  // fewest and most seen in a stretch of samples
  int fds_min = 0, fds_max = 0;
  int threads_min = 0, threads_max = 0;
  long rss_min_kb = 0, rss_max_kb = 0;
};

struct SoakFigures {
  double warm_up_s = 0, last_s = 0;  // measured from warm_up_s to last_s after READY
  int samples_measured = 0;
  int updates_total = 0, updates_measured = 0;
  double seconds_per_update = 0;  // real seconds per content-update cycle after the warm-up
  double compression = 0;         // simulated seconds per real second: 60 / seconds_per_update
  // Resident memory per update cycle, its lowest sample (between the spikes of an update being built
  // and applied), and the least-squares slope of the lowest of every 5 consecutive cycles.
  std::vector<long> rss_floor_kb;
  double rss_kib_per_update = 0;
  double rss_kib_per_simulated_hour = 0;  // one update cycle = one simulated minute
  SoakWindow start, end;                  // the first and the last `window` seconds of the measured stretch
  SoakWindow whole;
};

// `update_times`: seconds after READY at which each content update was on screen. Samples and updates
// before `warm_up_s` are left out.
SoakFigures soak_figures(const std::vector<SoakSample>& samples, const std::vector<double>& update_times,
                         double warm_up_s, double window_s);
void print_soak_figures(const SoakFigures& figures, int visitors, int failed_polls, double limit_kib_per_hour);

double least_squares_slope(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace kiosk::firmware::test
