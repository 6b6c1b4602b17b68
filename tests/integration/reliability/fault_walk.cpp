#include "fault_walk.hpp"

#include <stdlib.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kiosk::reliability {

namespace fs = std::filesystem;

fs::path ReliabilityTest::work_;
UpdateScenario* ReliabilityTest::scenario_ = nullptr;

std::string phase_of(const TracedCall& call, const fs::path& data) {
  const std::string& p = call.path;
  if (p == data.string()) return "data dir entries (directory sync)";
  if (p.find("/incoming/partial") != std::string::npos) return "download";
  if (p.find("/incoming/") != std::string::npos)
    return call.op_class == "unlink" ? "staging clean-up" : "staging (bundle folder)";
  if (p.find("/assets") != std::string::npos)  // the files and their directories
    return call.op_class == "unlink" ? "asset clean-up (GC)" : "asset write (temp, fsync, rename)";
  if (p.ends_with("content.db-wal")) return "database: WAL (transaction)";
  if (p.ends_with("content.db-shm")) return "database: WAL index";
  if (p.ends_with("content.db")) return "database: checkpoint";
  return "other (" + fs::path(p).filename().string() + ")";
}

std::map<std::string, std::string> shim_env(const fs::path& data, const std::string& ops, long at,
                                            const std::string& action, const fs::path& trace) {
  std::map<std::string, std::string> env{{"LD_PRELOAD", fault_preload()},
                                         {"KIOSK_FAULT_ROOT", data.string()},
                                         {"KIOSK_FAULT_OPS", ops},
                                         {"KIOSK_FAULT_AT", std::to_string(at)},
                                         {"KIOSK_FAULT_ACTION", action},
                                         {"KIOSK_FAULT_ERRNO", "ENOSPC"}};
  if (!trace.empty()) env["KIOSK_FAULT_TRACE"] = trace.string();
  return env;
}

void ReliabilityTest::SetUpTestSuite() {
  std::string pattern = (fast_work_root() / "kiosk-reliability-XXXXXX").string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
  work_ = fs::canonical(pattern);  // the shim compares canonical paths (/proc/self/fd links)
  scenario_ = new UpdateScenario(work_);
}

void ReliabilityTest::TearDownTestSuite() {
  delete scenario_;
  scenario_ = nullptr;
  std::error_code ignored;
  fs::remove_all(work_, ignored);
}

std::string ReliabilityTest::phase_of(const TracedCall& call) {
  return reliability::phase_of(call, work_ / "traced");
}

std::size_t ReliabilityTest::walk_stride() {
  const char* text = std::getenv("KIOSK_FAULT_WALK_STRIDE");
  if (!text || !*text) return 1;
  char* end = nullptr;
  const long stride = std::strtol(text, &end, 10);
  if (*end != '\0' || stride < 1) {
    ADD_FAILURE() << "KIOSK_FAULT_WALK_STRIDE=\"" << text << "\": expected a whole number of at least 1; walking every point";
    return 1;
  }
  return static_cast<std::size_t>(stride);
}

std::set<std::size_t> ReliabilityTest::points_to_walk(const std::vector<TracedCall>& calls) {
  const std::size_t stride = walk_stride();
  std::set<std::size_t> points;
  std::set<std::string> phases;
  for (std::size_t n = 1; n <= calls.size(); ++n) {
    const bool first_of_phase = phases.insert(phase_of(calls[n - 1])).second;
    if (stride == 1 || first_of_phase || (n - 1) % stride == 0 || n == calls.size()) points.insert(n);
  }
  return points;
}

std::vector<TracedCall> ReliabilityTest::trace_clean_update(const std::string& ops) {
  const fs::path data = scenario_->fresh_data_dir("traced");
  const fs::path trace = scenario_->scratch() / ("trace-" + ops);
  fs::remove(trace);
  const ChildRun run = scenario_->sync(data, shim_env(data, ops, 0, "kill", trace));
  EXPECT_TRUE(run.exited && run.code == 0) << "clean update under the shim: " << run.how() << ": " << run.err;
  std::vector<TracedCall> calls;
  std::ifstream in(trace);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    long n = 0;
    TracedCall call;
    fields >> n >> call.op_class >> call.call;
    std::getline(fields >> std::ws, call.path);
    calls.push_back(call);
  }
  return calls;
}

}  // namespace kiosk::reliability
