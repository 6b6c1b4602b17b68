// Runs a program (kioskctl) as a child process with extra environment variables, the way the
// reliability tests start a sync that the I/O fault shim may kill or fail, and reports how it ended.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kiosk::reliability {

struct ChildRun {
  bool exited = false;  // ended through exit(); otherwise killed by `signal`
  int code = -1;        // exit status when exited
  int signal = 0;       // the signal that ended it when !exited
  std::string out;      // everything it wrote to stdout
  std::string err;      // everything it wrote to stderr
  std::string how() const;  // "exit 1" or "signal 9", for messages
};

// Runs `argv` (argv[0] is a path) with the current environment plus `env`; stdout and stderr go
// through files in `scratch` (which must exist and lie outside any directory the shim watches).
ChildRun run_child(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                   const std::filesystem::path& scratch);

}  // namespace kiosk::reliability
