#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of tests/fuzz (preset `fuzz`, clang with ASan + UBSan; only the
# parser sources, not the kiosk), replays the seed corpus and every saved crash (ctest --preset fuzz),
# then fuzzes each parser for KIOSK_FUZZ_SECONDS (default 45) and fails on any crash, sanitizer report
# or broken parser contract. Prints executions per second and coverage per target.
#
# Cost on 2 cores: about 1 min to build (29 objects), then 5 targets x 45 s two at a time, about 2.5 min.
# The longer run is one command: tests/fuzz/run-fuzzers.sh --seconds 3600
set -euo pipefail
cd "$(dirname "$0")/../.."
bash toolchains/install-deps.sh

export CCACHE_BASEDIR="$PWD"
cmake --preset fuzz
cmake --build --preset fuzz
ctest --preset fuzz
# A fresh corpus each CI run, so a result never depends on what an earlier run on this machine found.
rm -rf build/fuzz/fuzz-work
bash tests/fuzz/run-fuzzers.sh --seconds "${KIOSK_FUZZ_SECONDS:-45}"
