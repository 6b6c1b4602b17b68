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
int run_keygen(const Args& args);    // keygen --out NAME
int run_verify(const Args& args);    // verify BUNDLE --pubkey NAME.pub
int run_sync(const Args& args);      // sync --data-dir DIR --source URL --pubkey NAME.pub --once
int run_publish(const Args& args);   // publish BUNDLE URL [--user U --password-file F | --token-file F]
int run_fleet(const Args& args);     // fleet URL [--json]
int run_stats(const Args& args);     // stats URL [--from DATE --to DATE] [--csv]
int run_export_html(const Args& args);  // export-html --data-dir DIR -o OUT

}  // namespace kiosk::kioskctl
