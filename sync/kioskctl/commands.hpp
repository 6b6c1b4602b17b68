// kioskctl: the staff command line. One file per command; each returns the process exit code
// (0 success, 1 the input or data was refused, 2 usage error) and writes errors to stderr.
#pragma once

#include <string>
#include <vector>

namespace kiosk::kioskctl {

using Args = std::vector<std::string>;  // the arguments after the command name

int run_validate(const Args& args);  // validate SRC
int run_build(const Args& args);     // build SRC -o OUT [--version N]
int run_load(const Args& args);      // load BUNDLE --data-dir DIR
int run_dump(const Args& args);      // dump --data-dir DIR

}  // namespace kiosk::kioskctl
