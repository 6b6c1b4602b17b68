// Per-call latencies for the benchmarks that the issue wants as median and p99 (Google Benchmark's
// own statistics are over repetitions, each an average): every call is timed, the figures go into
// the benchmark's counters so they print with the rest and land in --benchmark_out JSON.
// Timed in this thread's CPU time (ThreadCpuClock): on a shared machine a wall-clock p99 measures
// the scheduler's time slice (about 12 ms here under load), not the work.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <time.h>

#include <chrono>
#include <vector>

namespace kiosk::bench {

struct ThreadCpuClock {  // a std::chrono clock over CLOCK_THREAD_CPUTIME_ID
  using duration = std::chrono::nanoseconds;
  static std::chrono::time_point<ThreadCpuClock, duration> now() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::chrono::time_point<ThreadCpuClock, duration>(duration(t.tv_sec * 1'000'000'000LL + t.tv_nsec));
  }
};

class Latencies {
 public:
  void add(std::chrono::nanoseconds d) { us_.push_back(std::chrono::duration<double, std::micro>(d).count()); }
  // Sets counters median_us and p99_us (nearest rank) on `state`; nothing when no call was timed.
  void report(benchmark::State& state) {
    if (us_.empty()) return;
    std::sort(us_.begin(), us_.end());
    const auto rank = [&](double q) { return us_[std::min(us_.size() - 1, static_cast<size_t>(q * us_.size()))]; };
    state.counters["cpu_median_us"] = rank(0.5);
    state.counters["cpu_p99_us"] = rank(0.99);
    state.counters["calls"] = static_cast<double>(us_.size());
  }

 private:
  std::vector<double> us_;
};

}  // namespace kiosk::bench
