// Power cuts during a content update: the sync process is killed with SIGKILL just before its Nth
// write, fsync, rename or unlink in the data dir, for every N of a whole update (about 300 points over
// downloads, asset writes, the SQLite transaction and clean-up), then started again. After every cut
// the database passes integrity_check, `kioskctl dump` shows exactly version 1 or exactly version 2,
// every asset that version references is present and intact, and the next sync completes.
//
// SIGKILL ends the process, not the kernel: data written but not yet fsynced still reaches the disk.
// What this proves is that no order of completed calls leaves a state the program cannot use; the
// durability of each fsync is the file system's (see the README's reliability section).
//
// KIOSK_FAULT_WALK_STRIDE=k (the asan stage only) tries every k-th point plus the first of each phase.
//
// KIOSK_RELIABILITY_LONG=1 also cuts every recovery sync once more (at a point spread over its own
// calls) before the final one: two power cuts in a row.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "fault_walk.hpp"

namespace kiosk::reliability {
namespace {

namespace fs = std::filesystem;
constexpr const char* kAllOps = "write,sync,rename,unlink";
constexpr int kDetailedFailures = 10;  // failures described one by one; the rest are counted

struct PhaseTally {
  int tried = 0;
  int showed_v1 = 0;
  int showed_v2 = 0;
  int failures = 0;
};

bool long_mode() {
  const char* value = std::getenv("KIOSK_RELIABILITY_LONG");
  return value && std::string(value) == "1";
}

class PowerCut : public ReliabilityTest {};

TEST_F(PowerCut, KillAtEveryWriteSyncRenameAndUnlinkOfAnUpdateLosesNothing) {
  const std::vector<TracedCall> calls = trace_clean_update(kAllOps);
  ASSERT_GE(calls.size(), 200u) << "the update makes too few calls to spread 200 kill points over";
  const auto started = std::chrono::steady_clock::now();
  std::map<std::string, PhaseTally> phases;
  int failures = 0, not_killed = 0, max_leftovers = 0, recovery_cuts = 0;
  const std::set<std::size_t> points = points_to_walk(calls);  // all of them unless KIOSK_FAULT_WALK_STRIDE
  for (std::size_t n = 1; n <= calls.size(); ++n) {
    if (!points.count(n)) continue;
    const TracedCall& call = calls[n - 1];
    PhaseTally& tally = phases[phase_of(call)];
    ++tally.tried;
    const fs::path data = scenario_->fresh_data_dir("cut");
    const ChildRun cut = scenario_->sync(data, shim_env(data, kAllOps, static_cast<long>(n), "kill"));
    if (cut.exited) ++not_killed;  // the clean run made more calls than this one: counted, checked all the same
    const DataDirCheck after_cut = scenario_->check(data);
    tally.showed_v1 += after_cut.version == 1;
    tally.showed_v2 += after_cut.version == 2;
    if (long_mode()) {  // a second cut, during the recovery sync
      const ChildRun second = scenario_->sync(data, shim_env(data, kAllOps, static_cast<long>(1 + n * 7 % 250), "kill"));
      recovery_cuts += !second.exited;
      const DataDirCheck after_second = scenario_->check(data);
      if (!after_second.problems.empty()) {
        ++failures;
        ADD_FAILURE() << "kill point " << n << " then a cut during recovery: " << after_second.problems;
      }
    }
    const ChildRun again = scenario_->sync(data);
    const DataDirCheck recovered = scenario_->check(data, /*in_process=*/true);
    max_leftovers = std::max(max_leftovers, recovered.leftovers);
    std::string problem;
    if (!after_cut.problems.empty()) problem = "after the cut: " + after_cut.problems;
    if (!again.exited || again.code != 0) problem += "next sync failed (" + again.how() + "): " + again.err;
    if (recovered.version != 2 || !recovered.problems.empty())
      problem += "after the next sync: version " + std::to_string(recovered.version) + " " + recovered.problems;
    if (problem.empty()) continue;
    ++tally.failures;
    if (++failures <= kDetailedFailures) {
      ADD_FAILURE() << "kill point " << n << " (" << phase_of(call) << ": " << call.call << " " << call.path
                    << "): " << problem;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("power cuts: %zu kill points tried (SIGKILL before call N of %zu), %d failures%s\n", points.size(),
              calls.size(), failures, long_mode() ? " (long mode: each recovery cut once more)" : "");
  if (points.size() < calls.size())
    std::printf("  sampled (KIOSK_FAULT_WALK_STRIDE=%zu): every %zu-th call, the first of each phase and the last\n",
                walk_stride(), walk_stride());
  std::printf("  %-36s %6s %6s %6s %8s\n", "phase", "points", "old", "new", "failures");
  for (const auto& [name, t] : phases)
    std::printf("  %-36s %6d %6d %6d %8d\n", name.c_str(), t.tried, t.showed_v1, t.showed_v2, t.failures);
  std::printf("  runs that finished before their kill point: %d; recovery syncs cut: %d\n", not_killed,
              recovery_cuts);
  std::printf("  most files left over after recovery (unreferenced assets, staging): %d\n", max_leftovers);
  std::printf("  %.1f s in all, %.0f ms per kill point (cut, dump, check, sync, dump, check)\n", seconds,
              1000.0 * seconds / static_cast<double>(points.size()));
  EXPECT_EQ(failures, 0);
  // Spread: every phase of the update must have been cut at least once.
  for (const char* phase : {"download", "staging (bundle folder)", "asset write (temp, fsync, rename)",
                            "database: WAL (transaction)", "database: checkpoint", "asset clean-up (GC)",
                            "staging clean-up"}) {
    EXPECT_GT(phases[phase].tried, 0) << "no kill point fell in phase " << phase;
  }
}

}  // namespace
}  // namespace kiosk::reliability
