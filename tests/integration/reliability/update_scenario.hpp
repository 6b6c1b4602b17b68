// The content update every reliability test interrupts: a kiosk data dir showing version 1 (the unit
// tests' small content with two images) is synced with `kioskctl sync --once` from a folder holding
// version 2 (the built-in Tohoku content with three new 192 KiB craft images and one image kept from
// version 1). The update therefore downloads files in several chunks, writes assets durably, runs a
// large SQLite transaction, removes an old asset and cleans up its staging folder: every phase a
// power cut or a full card can hit.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "child_process.hpp"

namespace kiosk::reliability {

// What a data dir holds after an interrupted update, as the checks below see it.
struct DataDirCheck {
  int version = 0;       // 1 or 2 when the dump is exactly one of them, else 0
  std::string problems;  // empty when integrity_check is ok, the dump is exactly v1 or v2, and every
                         // asset the dump references is present with its size and SHA-256
  int leftovers = 0;     // files in the asset store or incoming/ that the current version does not need
};

class UpdateScenario {
 public:
  // Builds keys, both bundles and a template data dir at version 1 under `work` (created, kept).
  explicit UpdateScenario(const std::filesystem::path& work);

  // A fresh copy of the version 1 data dir at work/`name` (replacing what was there).
  std::filesystem::path fresh_data_dir(const std::string& name) const;
  // Copies the version 1 data dir into `target` (an existing, empty directory such as a mount point).
  void copy_template_into(const std::filesystem::path& target) const;
  // kioskctl sync --once from the version 2 folder into `data`, with `env` added (the fault shim's).
  ChildRun sync(const std::filesystem::path& data, const std::map<std::string, std::string>& env = {}) const;
  // Everything the tests require of a data dir after an interruption (see DataDirCheck). The dump
  // comes from `kioskctl dump`, or with `in_process` from the same reader and JSON writer called here
  // (one process less per check, for the checks after a recovery).
  DataDirCheck check(const std::filesystem::path& data, bool in_process = false) const;

  const std::filesystem::path& scratch() const { return scratch_; }

 private:
  std::filesystem::path work_;
  std::filesystem::path scratch_;   // child stdout/stderr files, never inside a data dir
  std::filesystem::path template_;  // data dir at version 1
  std::filesystem::path v2_bundle_;
  std::string pubkey_;
  std::string v1_dump_;
  std::string v2_dump_;
};

std::string kioskctl_path();       // the kioskctl under test
std::string fault_preload();       // LD_PRELOAD for a faulted child: the shim built beside the tests
                                   // (after the ASan runtime in the asan preset)
std::filesystem::path fast_work_root();  // /dev/shm when usable (runs are many and short), else the temp dir

}  // namespace kiosk::reliability
