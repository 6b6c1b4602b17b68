#!/usr/bin/env bash
# The whole test suite, from a fresh checkout: installs Debian packages, builds with warnings as
# errors (preset `ci`), runs every ctest label, then every further stage in tests/ci-stages/ in name
# order (sanitizers, fuzzing, cross builds, ...). This is the README's test command and what CI runs.
# It ends with a table of how long each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."

# ccache keys on paths relative to the checkout, so a second clone reuses the first one's objects.
# -g builds also hash the working directory (for the debug info's compile dir) unless told not to:
# without NOHASHDIR every fresh clone in a new folder rebuilds all four presets cold (measured: a
# second clone's native build missed on every object). Cached objects then name the first clone's
# folder in their debug info, which only a debugger looking for sources would notice.
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

timings=()
started=$SECONDS
stage_start=$SECONDS
stage_name=""
end_stage() {
  if [ -n "$stage_name" ]; then timings+=("$(printf '%-44s %5d s' "$stage_name" $((SECONDS - stage_start)))"); fi
}
stage() {
  end_stage
  stage_name="$1"; stage_start=$SECONDS
  printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"
}
report() {
  end_stage
  printf '\n== stage timings\n'
  printf '%s\n' "${timings[@]}"
  printf '%-44s %5d s\n' "total" $((SECONDS - started))
}
trap report EXIT

stage "installing build and test dependencies"
bash toolchains/install-deps.sh

stage "configuring (preset ci: RelWithDebInfo, -Werror)"
cmake --preset ci

stage "building"
cmake --build --preset ci

stage "testing (preset ci: all labels)"
ctest --preset ci

# Further stages: each is a bash script that installs what it needs itself and fails the run on error.
for script in tests/ci-stages/*.sh; do
  [ -e "$script" ] || continue
  stage "$(basename "$script" .sh)"
  bash "$script"
done
