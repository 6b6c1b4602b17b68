#!/usr/bin/env bash
# Sanitizers: builds preset `asan` (g++ with AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer
# on) and runs the unit, integration, fuzz-corpus and ui labels under it. Any report fails the test that
# triggered it: ASan and LSan stop the process with a non-zero status, UBSan is built with
# -fno-sanitize-recover and told to halt here too. The only suppressions are in tests/sanitizers/, each
# for a Debian library we do not build, with the reason next to it.
#
# Not yet in tests/ci-stages: every label has now passed with no report, but in separate runs, not yet
# in one run of this script (then `git mv` it to tests/ci-stages/10-asan.sh). Reports found and fixed
# (26 Nov): a dangling UiStrings key (product), a dangling page reference in the HTML tests, Mesa loaded
# by a thumbnail test that skipped the kiosk's SDL hint (a leak inside Mesa), the fault shim preloaded
# ahead of the ASan runtime, two timing assumptions (wedge hook, 503-storm status race). No suppressions.
#
# Excluded from the integration label here, for time only (they pass in preset ci, stage "testing"):
# Reliability.PowerCut and Reliability.IoFault start kioskctl about 300 times each and did not finish
# within their 600 s under ASan; ForgedContent.ManifestWithAMillionEntries builds a 100 MB manifest in
# the -O0 test process: passed with no report in 130 s, over its 60 s limit. What they drive (kioskctl
# sync, the manifest reader) runs under ASan in the other integration tests and the fuzz replays.
#
# Measured on the shared 2-core machine (other builds running): build after `ninja -t clean` with ccache
# 65% warm 523 s at load 6-7 (a cold build took about 40 min at load 11); then at load about 3:
# unit 389 tests 34 s, integration 55 tests 112 s, fuzz 5 replays + ui 195 tests 278 s. About 16 min
# in all with a warm ccache; under load 11 the labels took 271 + 321 + 453 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash toolchains/install-deps.sh

export CCACHE_BASEDIR="$PWD"
cmake --preset asan
cmake --build --preset asan

supp="$PWD/tests/sanitizers"
# detect_leaks: LeakSanitizer works in this environment (it needs ptrace-like thread suspension, which
# some containers forbid; then this stage fails loudly instead of passing without leak checks).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

# Too slow under ASan for this stage (see the header); they run in preset ci.
too_slow='^Reliability\.(PowerCut|IoFault)\.|^Integration\.ForgedContent\.ManifestWithAMillionEntries'
for label in unit integration fuzz ui; do
  started=$SECONDS
  echo "== asan: ctest -L $label"
  ctest --preset asan -L "^$label\$" -E "$too_slow"
  echo "== asan: label $label took $((SECONDS - started)) s"
done
