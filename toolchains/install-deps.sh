#!/usr/bin/env bash
# Installs every Debian package the kiosk needs to build, test and run. Idempotent: apt-get skips
# what is already there. Uses sudo when not run as root.
#
#   toolchains/install-deps.sh            build + runtime + test packages for this machine
#   toolchains/install-deps.sh --runtime  only what a running kiosk needs (no compiler, no test tools)
#   toolchains/install-deps.sh --arch arm64|armhf  cross compiler, qemu-user and the target's libraries
set -euo pipefail

# Cross builds for Raspberry Pi OS have their own script (multiarch for arm64, a separate root for armhf).
if [ "${1:-}" = --arch ]; then exec bash "$(dirname "$0")/install-cross-deps.sh" "${2:-}"; fi

mode=all
for arg in "$@"; do
  case "$arg" in
    --runtime) mode=runtime ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install-deps.sh: unknown option '$arg' (use --runtime, --arch arm64|armhf or nothing)" >&2; exit 2 ;;
  esac
done

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps.sh: not root and no sudo; run it as root" >&2; exit 1; }
  as_root=(sudo)
fi

# Runtime: the libraries the binaries link plus the Japanese font the UI draws with (libstb0 and
# libtomlplusplus3 too: the kiosk links libstb.so.0 and libtomlplusplus.so.3, and the .deb depends on them).
runtime=(libsdl2-2.0-0 libcurl4 libssl3 libsqlite3-0 libsodium23 libqrencode4 libfreetype6 libstb0 libtomlplusplus3
         fonts-noto-cjk ca-certificates)

# Build: compiler, CMake, every -dev package (ImGui 1.86 with its backend sources, stb for PNG output).
build=(build-essential cmake pkg-config ninja-build
       libsdl2-dev libimgui-dev libstb-dev libfreetype-dev libcurl4-openssl-dev libsqlite3-dev
       libsodium-dev libssl-dev nlohmann-json3-dev libtomlplusplus-dev libqrencode-dev libexpected-dev)
# ccache: CI builds the same sources for several presets (ci, asan, cross); a warm cache makes reruns cheap.
build+=(ccache)

# Tests: GoogleTest, Google Benchmark, Xvfb for real-window runs, sqlite3 for inspecting stores, nginx for
# the integration label (nginx-light has the built-in http_dav_module for PUT, and autoindex for fleet).
tests=(googletest libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth sqlite3 file nginx-light)
# A Latin-only font: the test that a font without Japanese is reported in the log uses it.
tests+=(fonts-dejavu-core)
# zbarimg decodes the QR code an event's detail shows, from a replay's screenshot (tests/ui), as a phone would.
tests+=(zbar-tools)
# Packaging: cpack's DEB generator (dpkg-shlibdeps), lintian, and systemd's sysusers/tmpfiles/systemctl,
# which the .deb test runs against a scratch root.
tests+=(dpkg-dev fakeroot lintian systemd)
# Fuzzing (tests/fuzz, CI stage 20-fuzz): clang and its runtime libraries, which hold libFuzzer with
# the ASan/UBSan runtimes clang links against (g++ has no libFuzzer).
tests+=(clang libclang-rt-14-dev)
# Benchmarks (tests/bench): Chromium is what the kiosk is compared with (a Chromium kiosk on the same
# content); libxdamage-dev lets screen_probe count the frames each of them delivers to Xvfb.
tests+=(chromium libxdamage-dev)

packages=("${runtime[@]}")
[ "$mode" = all ] && packages+=("${build[@]}" "${tests[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps.sh: all ${#packages[@]} packages already installed"
  exit 0
fi
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
