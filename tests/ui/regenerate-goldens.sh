#!/bin/sh
# Regenerates tests/ui/golden/*.png on purpose: runs the golden test with KIOSK_UPDATE_GOLDENS=1, so
# the goldens are written by the same code (same screens, --now, size reduction) that compares them.
# Look at every PNG before committing them.
#   tests/ui/regenerate-goldens.sh [build dir]   (default: build/h-ui)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/h-ui}
cmake --build "$build" --target ui_tests kiosk builtin_bundle
mkdir -p "$here/golden"
KIOSK_UPDATE_GOLDENS=1 SDL_VIDEODRIVER=offscreen "$build/tests/ui/ui_tests" --gtest_filter='Screens/Golden.*' |
  grep '^wrote '
echo "$(ls "$here/golden" | wc -l) goldens, $(du -sk "$here/golden" | cut -f1) KiB in $here/golden"
