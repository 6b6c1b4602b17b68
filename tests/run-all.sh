#!/usr/bin/env bash
# The whole test suite, from a fresh checkout: installs Debian packages, builds with warnings as
# errors (preset `ci`), runs every ctest label. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

stage() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

stage "installing build and test dependencies"
bash toolchains/install-deps.sh

stage "configuring (preset ci: RelWithDebInfo, -Werror)"
cmake --preset ci

stage "building"
cmake --build --preset ci

stage "testing"
ctest --preset ci
