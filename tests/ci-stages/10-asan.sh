#!/usr/bin/env bash
# Sanitizers (issue #9): builds preset `asan` (g++ with AddressSanitizer + UndefinedBehaviorSanitizer,
# LeakSanitizer on) and runs the unit and integration labels, and the fuzz corpus replays, under it. Any
# report fails the test that triggered it: ASan and LSan stop the process with a non-zero status, UBSan is
# built with -fno-sanitize-recover and told to halt here too. Suppressions live in tests/sanitizers/
# (lsan.supp, empty: each entry would need a Debian library we do not build and the reason next to it).
#
# Reports found and fixed while bringing this up (26 Nov): a dangling UiStrings key (product: a missing
# string returned a reference to the caller's temporary), a dangling page reference in the HTML tests,
# Mesa loaded by a thumbnail test that skipped the kiosk's SDL hint (a leak inside Mesa), the fault shim
# preloaded ahead of the ASan runtime, two timing assumptions (wedge hook, 503-storm status race).
#
# The ui label (195 tests, 278 s under ASan at load 3) passed with no report but is left out of CI for
# time: it runs natively in stage "testing"; run it here with KIOSK_ASAN_LABELS="unit integration fuzz ui".
#
# The whole integration label runs, the slow walks sampled: Reliability.PowerCut and both
# Reliability.IoFault walks start kioskctl about 4 times per point of an update (about 300 points; 2.4 s
# per point under ASan, so over 600 s each). KIOSK_FAULT_WALK_STRIDE=20 makes them try every 20th point
# plus the first point of every phase and the last (24 of 299 kill points, 22 of 279 fault points per
# walk), so every phase of the update is still cut under ASan; preset ci (stage "testing") walks every
# point. ForgedContent.ManifestWithAMillionEntries runs in full (the 109 MB manifest, refused at 1 MiB):
# 9 s under ASan since test::read_file reads in blocks (it took 100-130 s a character at a time).
#
# Measured on the shared 2-core machine (other builds running): build after `ninja -t clean` with ccache
# 65% warm 523 s at load 6-7 (a cold build took about 40 min at load 11); then at load about 3:
# unit 389 tests 34 s, integration 55 tests 112 s, fuzz 5 replays + ui 195 tests 278 s. About 11 min
# in CI's labels with a warm ccache (16 with ui); under load 11 the labels took 271 + 321 + 453 s.
# The integration label, nice'd, at load 6-7 (26 Nov): with the four tests left out 180 s (55 tests);
# all 59, the walks sampled (stride 20), 232 s: the stage grows by about a minute.
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

# The power-cut and I/O-fault walks try every 20th point here (see the header); preset ci tries all.
export KIOSK_FAULT_WALK_STRIDE="${KIOSK_FAULT_WALK_STRIDE:-20}"
for label in ${KIOSK_ASAN_LABELS:-unit integration fuzz}; do
  started=$SECONDS
  echo "== asan: ctest -L $label"
  ctest --preset asan -L "^$label\$"
  echo "== asan: label $label took $((SECONDS - started)) s"
done
