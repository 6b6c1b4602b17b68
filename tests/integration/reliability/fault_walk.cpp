#include "fault_walk.hpp"

#include <stdlib.h>

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
