#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer (ASan + UBSan) for a bounded time each and prints, per target,
# executions per second, coverage and whether it crashed. Builds the `fuzz` preset (clang) first.
#
#   tests/fuzz/run-fuzzers.sh                        every target for 60 s, two at a time
#   tests/fuzz/run-fuzzers.sh --seconds 3600 ics     one target for an hour (the long run)
#   options: --seconds N   time per target (default 60)
#            --parallel N  targets run at once (default 2)
#
# New interesting inputs collect in build/fuzz/fuzz-work/TARGET/corpus (kept between runs, so a long
# run continues where the last one stopped); the seed corpus in tests/fuzz/corpus is only read. A crash
# or broken contract is saved in build/fuzz/fuzz-work/TARGET/artifacts and fails the run: copy it to
# tests/fuzz/regressions/TARGET/ with a name saying what it found, fix the bug, re-run cmake, and
# `ctest --preset fuzz` (and -L fuzz in every other build) replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
parallel=2
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "run-fuzzers.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(csv ics manifest config replay)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [ -d "tests/fuzz/corpus/$t" ] || { echo "run-fuzzers.sh: no target '$t' (targets: ${all[*]})" >&2; exit 2; }
done

export CCACHE_BASEDIR="$PWD"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
work="$build/fuzz-work"
# Any UBSan report is a failure with a stack trace (the code is also built with -fno-sanitize-recover).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1

fuzz_one() {
  local t="$1" dir="$work/$1"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  local dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=("-dict=tests/fuzz/$t.dict")
  # -timeout: one input taking 10 s is a hang worth reporting; -rss_limit_mb: the kiosk's budget is far below.
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${dict[@]}" \
    "$dir/corpus" "tests/fuzz/corpus/$t" >"$dir/log" 2>&1
}

# Per target: the final "DONE cov: ... ft: ... corp: ..." line and libFuzzer's final stats.
summary() {
  local t="$1" status="$2" log="$work/$1/log"
  local runs eps cov ft corp
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(grep -Eo 'corp: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-9s %12s %9s %7s %9s %7s  %s\n' "$t" "${runs:--}" "${eps:--}" "${cov:--}" "${ft:--}" "${corp:--}" "$status"
}

declare -A pid_of
declare -A status_of
start_target() { fuzz_one "$1" & pid_of[$1]=$!; }
running=()
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do sleep 1; done
  echo "fuzzing $t for ${seconds}s (log: $work/$t/log)"
  start_target "$t"
  running+=("$t")
done
failed=0
for t in "${running[@]}"; do
  if wait "${pid_of[$t]}"; then
    status_of[$t]=ok
  else
    status_of[$t]="FAILED (crash or broken contract; see $work/$t/log)"
    failed=1
  fi
done

printf '\n%-9s %12s %9s %7s %9s %7s  %s\n' target executions "execs/s" "cov" features corpus result
for t in "${running[@]}"; do summary "$t" "${status_of[$t]}"; done
if [ "$failed" -ne 0 ]; then
  for t in "${running[@]}"; do
    [ "${status_of[$t]}" = ok ] && continue
    printf '\n== %s: end of %s\n' "$t" "$work/$t/log"
    tail -n 40 "$work/$t/log"
    ls "$work/$t/artifacts"/* 2>/dev/null | sed 's/^/saved input: /'
  done
  echo "run-fuzzers.sh: copy each saved input to tests/fuzz/regressions/TARGET/ and fix the bug" >&2
  exit 1
fi
