// Shared by the power-cut and I/O-fault tests: the calls of one clean update as the fault shim counts
// them, the phase each belongs to, and the environment that arms the shim at call N.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "update_scenario.hpp"

namespace kiosk::reliability {

struct TracedCall {
  std::string op_class;  // write, sync, rename, unlink
  std::string call;      // pwrite64, fdatasync, ...
  std::string path;      // inside the data dir
};

// Where in the update a call happens, named from its path (see phase_of in fault_walk.cpp); `data` is
// the data dir the call was traced in.
std::string phase_of(const TracedCall& call, const std::filesystem::path& data);

// The shim's environment: count `ops` under `data`, then do `action` at call `at` (0: only count).
std::map<std::string, std::string> shim_env(const std::filesystem::path& data, const std::string& ops, long at,
                                             const std::string& action, const std::filesystem::path& trace = {});

// A test suite that builds the update scenario once, in a fresh folder on a fast file system.
class ReliabilityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  // The calls of `ops` classes in one clean update from version 1 to 2 (asserting it succeeds).
  static std::vector<TracedCall> trace_clean_update(const std::string& ops);
  static std::string phase_of(const TracedCall& call);  // of a call traced by trace_clean_update

  // Which points N (1-based) of `calls` a walk tries. Every one, unless KIOSK_FAULT_WALK_STRIDE=k > 1
  // (the asan stage, where one point costs seconds): then every k-th (N = 1, 1 + k, ...), the first
  // point of every phase and the last point, so each phase is still hit. Preset ci walks every point.
  static std::set<std::size_t> points_to_walk(const std::vector<TracedCall>& calls);
  static std::size_t walk_stride();  // KIOSK_FAULT_WALK_STRIDE, 1 when unset

  static std::filesystem::path work_;
  static UpdateScenario* scenario_;
};

}  // namespace kiosk::reliability
