// I/O faults, SQLite-style: the shim makes the Nth write, fsync or rename in the data dir fail with
// ENOSPC, for N = 1, 2, ... until the update completes without meeting a fault; once (only call N
// fails) and from then on (call N and every later one fail, a card that filled up). After each run the
// sync either failed with a reason naming the failing file or applied version 2 completely; the data
// dir passes integrity_check and shows exactly the old (or new) content with its assets intact; and a
// sync without faults then applies version 2. KIOSK_FAULT_WALK_STRIDE=k (the asan stage only) tries
// every k-th N plus the first call of each phase, the last, and the values past the last until it completes.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "fault_walk.hpp"

namespace kiosk::reliability {
namespace {

namespace fs = std::filesystem;
constexpr const char* kFaultOps = "write,sync,rename";
constexpr int kDetailedFailures = 10;

// The first line of a failed sync's reason, with the point-specific temp-file suffix cut off, so that
// the distinct reasons can be listed.
std::string reason_of(const std::string& err) {
  std::string line = err.substr(0, err.find('\n'));
  if (const auto temp = line.find(".tmp-"); temp != std::string::npos) line.replace(temp + 5, 6, "XXXXXX");
  return line;
}

// A failed sync must say why in terms staff can act on: the disk is full, or (a failed fsync, whose
// errno SQLite no longer has after rolling back) that syncing to the card failed.
bool names_the_fault(const std::string& err) {
  return err.find("No space left on device") != std::string::npos ||
         err.find("database or disk is full") != std::string::npos ||
         err.find("disk I/O error (sync to the card failed)") != std::string::npos;
}

class IoFault : public ReliabilityTest {
 protected:
  static void walk_faults(const std::vector<TracedCall>& calls, const std::string& action);
};

void IoFault::walk_faults(const std::vector<TracedCall>& calls, const std::string& action) {
  const UpdateScenario& scenario = *scenario_;
  const auto started = std::chrono::steady_clock::now();
  std::map<std::string, int> reasons;
  int failures = 0, refused = 0, applied_anyway = 0;
  bool completed = false;
  const std::set<std::size_t> points = points_to_walk(calls);  // all of them unless KIOSK_FAULT_WALK_STRIDE
  std::size_t n = 1, tried = 0;
  for (; !completed; ++n) {
    if (n <= calls.size() && !points.count(n)) continue;
    ++tried;
    const fs::path data = scenario.fresh_data_dir("fault");
    const ChildRun run = scenario.sync(data, shim_env(data, kFaultOps, static_cast<long>(n), action));
    const DataDirCheck after = scenario.check(data);
    const ChildRun again = scenario.sync(data);
    const DataDirCheck recovered = scenario.check(data, /*in_process=*/true);
    std::string problem;
    if (!run.exited) problem = "the sync crashed (" + run.how() + "); ";
    if (run.exited && run.code == 0) {
      completed = n > calls.size();  // no fault met: the walk is over
      applied_anyway += !completed;
      if (after.version != 2) problem += "reported success but shows version " + std::to_string(after.version) + "; ";
    } else if (run.exited) {
      ++refused;
      ++reasons[reason_of(run.err)];
      if (after.version != 1) problem += "failed but does not show the old content exactly; ";
      if (!names_the_fault(run.err)) problem += "the reason does not say the disk is full: " + run.err;
    }
    if (!after.problems.empty()) problem += "after the fault: " + after.problems;
    if (!again.exited || again.code != 0) problem += "sync without faults failed (" + again.how() + "): " + again.err;
    if (recovered.version != 2 || !recovered.problems.empty())
      problem += "after the sync without faults: version " + std::to_string(recovered.version) + " " + recovered.problems;
    if (!problem.empty() && ++failures <= kDetailedFailures) {
      const TracedCall& call = calls[std::min(n, calls.size()) - 1];
      ADD_FAILURE() << action << " at call " << n << " (" << phase_of(call) << ": " << call.call << " " << call.path
                    << "): " << problem;
    }
    if (n > calls.size() + 1) {
      ADD_FAILURE() << "the update never completed, even with the fault past its last call";
      break;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("I/O faults (ENOSPC, %s): N = 1..%zu over %zu write/sync/rename calls; %d runs refused the update "
              "cleanly, %d applied it despite the fault, %d failures; %.1f s\n",
              action.c_str(), n - 1, calls.size(), refused, applied_anyway, failures, seconds);
  if (tried < n - 1)
    std::printf("  sampled (KIOSK_FAULT_WALK_STRIDE=%zu): %zu of the %zu values of N, every %zu-th, the first call of "
                "each phase, the last and those past it\n",
                walk_stride(), tried, n - 1, walk_stride());
  std::printf("  reasons given (count, first line):\n");
  for (const auto& [reason, count] : reasons) std::printf("  %4d  %s\n", count, reason.c_str());
  EXPECT_EQ(failures, 0);
  EXPECT_TRUE(completed);
}

TEST_F(IoFault, EnospcOnceOnTheNthWriteSyncOrRenameKeepsOldContentThenUpdates) {
  const std::vector<TracedCall> calls = trace_clean_update(kFaultOps);
  ASSERT_GE(calls.size(), 50u);
  walk_faults(calls, "fail-once");
}

TEST_F(IoFault, EnospcFromTheNthWriteSyncOrRenameOnKeepsOldContentThenUpdates) {
  const std::vector<TracedCall> calls = trace_clean_update(kFaultOps);
  ASSERT_GE(calls.size(), 50u);
  walk_faults(calls, "fail-always");
}

}  // namespace
}  // namespace kiosk::reliability
