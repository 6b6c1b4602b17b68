#!/bin/sh
# Regenerates tests/ui/golden/*.png (the shell's golden screenshots) on purpose, with the same
# arguments as golden_test.cpp. Look at every PNG before committing them.
#   tests/ui/regenerate-goldens.sh [path/to/kiosk]   (default: build/h-shell/firmware/kiosk)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
kiosk=${1:-$here/../../build/h-shell/firmware/kiosk}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$here/golden"
for screen in attract home staff; do
  for lang in ja en; do
    for shape in landscape:1920x1080 portrait:1080x1920; do
      orientation=${shape%%:*}
      size=${shape#*:}
      SDL_VIDEODRIVER=offscreen "$kiosk" --data-dir "$data/data" --screenshot "$here/golden/$screen-$lang-$orientation.png" \
        --screen "$screen" --lang "$lang" --size "$size" --now 2026-12-17T10:00 2>/dev/null
      echo "wrote $here/golden/$screen-$lang-$orientation.png"
    done
  done
done
