#!/bin/sh
# Renders the README's screenshots offscreen from the built-in content at a fixed time, at 1280x720 and
# 720x1280 (the UI scales with the display; these sizes keep the files small).
#   docs/screenshots/render.sh [path/to/kiosk]   (default: build/release/firmware/kiosk)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
kiosk=${1:-$here/../../build/release/firmware/kiosk}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
shot() {  # shot FILE SCREEN LANG SIZE
  SDL_VIDEODRIVER=offscreen "$kiosk" --data-dir "$data/data" --screenshot "$here/$1" --screen "$2" --lang "$3" \
    --size "$4" --now 2026-12-17T10:00 2>/dev/null
  echo "wrote $here/$1"
}
shot exhibitors-map-en-landscape.png map:sample-mems en 1280x720
shot indicators-ja-portrait.png indicators ja 720x1280
