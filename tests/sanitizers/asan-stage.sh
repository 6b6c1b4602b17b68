#!/usr/bin/env bash
# Sanitizers: builds preset `asan` (g++ with AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer
# on) and runs the unit, integration, fuzz-corpus and ui labels under it. Any report fails the test that
# triggered it: ASan and LSan stop the process with a non-zero status, UBSan is built with
# -fno-sanitize-recover and told to halt here too. The only suppressions are in tests/sanitizers/, each
# for a Debian library we do not build, with the reason next to it.
#
# Not yet in tests/ci-stages: not green end to end in one run yet. Each report found so far is fixed
# (commits of 26 Nov: a dangling UiStrings key, a dangling page reference in the HTML tests, Mesa loaded
# by a thumbnail test that skipped the kiosk's SDL hint, the fault shim preloaded ahead of the ASan
# runtime, two timing assumptions). Labels run clean one by one: unit (387 tests), fuzz (5 corpus
# replays), ui (190), integration (55 of 59; the other four are excluded below).
#
# Excluded from the integration label here, for time only (they pass in preset ci, stage "testing"):
# Reliability.PowerCut and Reliability.IoFault start kioskctl about 300 times each and did not finish
# within their 600 s under ASan; ForgedContent.ManifestWithAMillionEntries builds a 100 MB manifest in
# the -O0 test process: passed with no report in 130 s, over its 60 s limit. What they drive (kioskctl
# sync, the manifest reader) runs under ASan in the other integration tests and the fuzz replays.
#
# Measured on the shared 2-core machine under load (load average 5-11, other builds running), not idle:
# build after `ninja -t clean` with ccache 65% warm 523 s (a cold build took about 40 min at load 11);
# unit 271 s (-j1), integration 321 s (in a run where the excluded walks stopped early), fuzz 1 s,
# ui 453 s.
# So about 26 min under that load, more than the 20 min aimed for; not yet measured on an idle machine.
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
