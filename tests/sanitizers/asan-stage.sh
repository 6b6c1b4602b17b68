#!/usr/bin/env bash
# Sanitizers: builds preset `asan` (g++ with AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer
# on) and runs the unit, integration, fuzz-corpus and ui labels under it. Any report fails the test that
# triggered it: ASan and LSan stop the process with a non-zero status, UBSan is built with
# -fno-sanitize-recover and told to halt here too. The only suppressions are in tests/sanitizers/, each
# for a Debian library we do not build, with the reason next to it.
#
# Not yet in tests/ci-stages: it has not run green end to end (the full asan build did not finish on the
# shared machine in time). Run so far: the 190 bundle unit tests and the fuzz corpus replays, clean with
# LSan on. Once the whole script has passed, `git mv` it to tests/ci-stages/10-asan.sh.
#
# Cost, estimated, not measured end to end: the build is most of it, a second full Debug build of about 230
# objects at about 4 s of CPU each (measured under load), so roughly 8 min on 2 free cores, less with a
# warm ccache; the test labels run about 2-3x slower than in preset ci.
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

for label in unit integration fuzz ui; do
  started=$SECONDS
  echo "== asan: ctest -L $label"
  ctest --preset asan -L "^$label\$"
  echo "== asan: label $label took $((SECONDS - started)) s"
done
