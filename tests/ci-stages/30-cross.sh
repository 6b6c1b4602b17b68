#!/usr/bin/env bash
# Cross builds for Raspberry Pi OS (issue #6), meant to become CI stage tests/ci-stages/30-cross.sh once
# it has run green end to end (not yet: see the README's cross-building section). Run it after the
# native build: `bash tests/run-all.sh` (or cmake --preset ci && cmake --build --preset ci), then
# `bash tests/cross/cross-stage.sh`. It proves every change still builds and works for arm64 and
# armhf without a board. For each architecture: installs the cross toolchain and target libraries
# (install-deps.sh --arch), configures preset cross-<arch>, builds only `cross_targets` (kiosk, kioskctl,
# the built-in bundle, the unit test executables, the checks), runs the unit and cross labels under
# qemu-user, checks with `file` that the binaries are ARM aarch64 / ARM EABI5 hard-float, and builds the
# .deb and checks its Architecture and Depends. Then renders one offscreen screenshot with the arm64
# kiosk under qemu and compares it with the native build's (build/ci, made by run-all.sh before this).
#
# Cost on 2 cores, measured so far (under a load of about 25 from parallel builds, so pessimistic):
# packages 4 min for arm64 multiarch and 7 min for the armhf root the first time on a machine, seconds
# after; the cross builds compile as fast as the native one (no ccache sharing with it). The qemu test
# run and the screenshot are not measured yet. Each step prints how long the previous one took.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"

step_start=$SECONDS
step() { printf '\n-- cross-stage: %s (previous step %d s)\n' "$1" $((SECONDS - step_start)); step_start=$SECONDS; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for arch in arm64 armhf; do
  step "$arch: installing the cross toolchain and target libraries"
  bash toolchains/install-deps.sh --arch "$arch"

  step "$arch: configuring preset cross-$arch"
  cmake --preset "cross-$arch" >"$work/configure-$arch.log" || { cat "$work/configure-$arch.log"; exit 1; }

  step "$arch: building cross_targets"
  cmake --build --preset "cross-$arch" --target cross_targets

  step "$arch: unit and cross tests under qemu"
  ctest --preset "cross-$arch" -L '^(unit|cross)$'

  step "$arch: binaries are $arch (file, readelf)"
  bash tests/cross/check_arch.sh "$arch" "build/cross-$arch/firmware/kiosk" "build/cross-$arch/sync/kioskctl"

  step "$arch: .deb"
  rm -f build/cross-"$arch"/kiosk_*.deb
  (cd "build/cross-$arch" && cpack -G DEB >"$work/cpack-$arch.log") || { cat "$work/cpack-$arch.log"; exit 1; }
  debs=(build/cross-"$arch"/kiosk_*_"$arch".deb)
  [ -f "${debs[0]}" ] || { echo "cross-stage: cpack wrote no kiosk_<version>_$arch.deb:" >&2; ls build/cross-"$arch" >&2; exit 1; }
  bash tests/cross/check_deb.sh "$arch" "${debs[0]}"
done

step "arm64 screenshot under qemu vs native"
native_kiosk=build/ci/firmware/kiosk
png_compare=build/ci/tests/cross/png_compare
for f in "$native_kiosk" "$png_compare"; do
  [ -x "$f" ] || { echo "cross-stage: $f is missing: run the native build first (tests/run-all.sh does)" >&2; exit 1; }
done
render() {  # render OUT.png COMMAND...: the first screen of the built-in content, offscreen
  local out=$1; shift
  mkdir -p "$work/data-$(basename "$out")"
  SDL_VIDEODRIVER=offscreen timeout -s KILL 600 "$@" --data-dir "$work/data-$(basename "$out")" --screenshot "$out"
}
render "$work/native.png" "$native_kiosk"
render "$work/arm64.png" qemu-aarch64 -L / build/cross-arm64/firmware/kiosk
# Exact on purpose. Known failure (measured 07:30 UTC): `kiosk --screenshot` captures the attract slide
# while it is still fading in, so the picture depends on how fast frames come (qemu is ~50x slower):
# 21,563 pixels differed, largest channel difference 182, only in the fading slide text. The kiosk
# needs a settled-frame screenshot (animations finished, or a fixed clock) before this can pass.
"$png_compare" "$work/native.png" "$work/arm64.png" || {
  mkdir -p build/cross-arm64/screenshot-mismatch
  cp "$work/native.png" "$work/arm64.png" build/cross-arm64/screenshot-mismatch/
  echo "cross-stage: the arm64 render differs from the native one; both are in build/cross-arm64/screenshot-mismatch/" >&2
  exit 1
}
step "done"
