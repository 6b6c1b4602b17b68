#!/usr/bin/env bash
# Installs what a cross build for Raspberry Pi OS needs (called as `install-deps.sh --arch arm64|armhf`):
# the Debian cross compiler, qemu-user to run the target's binaries, and the target's libraries.
#
#   arm64: Debian multiarch. `dpkg --add-architecture arm64` and the :arm64 -dev packages next to the
#          amd64 ones (apt may upgrade a few amd64 libraries so both architectures have equal versions).
#   armhf: a separate armhf root at $KIOSK_ARMHF_ROOT (default /opt/kiosk-sysroot/armhf) made with
#          `mmdebstrap --variant=extract`, because armhf multiarch next to amd64 fails whenever the armhf
#          package index lags the amd64 security updates (seen here: a Packages.xz of the wrong size, and
#          before that "generated breaks"). The root also gets a small dpkg database built from the
#          packages it was made from, so that dpkg-shlibdeps can compute the .deb's Depends.
# Idempotent: an arm64 install skips what is there, an armhf root is made again only when the package
# list changed. Uses sudo when not run as root.
set -euo pipefail

arch=${1:-}
case "$arch" in
  arm64) triplet=aarch64-linux-gnu; qemu=qemu-aarch64 ;;
  armhf) triplet=arm-linux-gnueabihf; qemu=qemu-arm ;;
  *) echo "install-cross-deps.sh: unknown target architecture '$arch' (use arm64 or armhf)" >&2; exit 2 ;;
esac

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-cross-deps.sh: not root and no sudo; run it as root" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# Host tools: the cross compiler and binutils (dpkg-shlibdeps runs <triplet>-objdump), qemu-user for
# ctest's CMAKE_CROSSCOMPILING_EMULATOR, `file` for the architecture checks, dpkg-dev and fakeroot
# for cpack's .deb, mmdebstrap for the armhf root.
host=(crossbuild-essential-$arch qemu-user file dpkg-dev fakeroot ninja-build cmake pkg-config ccache)
[ "$arch" = armhf ] && host+=(mmdebstrap)

# The target's -dev packages: the same list as install-deps.sh's build list plus the test frameworks.
# libxdamage-dev: tests/bench's screen_probe is configured in every build.
target=(libsdl2-dev libimgui-dev libstb-dev libfreetype-dev libcurl4-openssl-dev libsqlite3-dev
        libsodium-dev libssl-dev libqrencode-dev libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev
        libxdamage-dev)
# Header-only, architecture-independent: the host's copies serve multiarch; the armhf root needs its own.
headers=(nlohmann-json3-dev libexpected-dev)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
apt_install() {
  local missing=() p
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "install-cross-deps.sh: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [ "$arch" = arm64 ]; then
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    echo "install-cross-deps.sh: adding arm64 as a dpkg foreign architecture (multiarch)"
    "${as_root[@]}" dpkg --add-architecture arm64
    "${as_root[@]}" apt-get update -qq || {
      echo "install-cross-deps.sh: apt-get update failed after adding arm64; the arm64 package index" \
           "may lag the amd64 one. Remove it with 'dpkg --remove-architecture arm64' if nothing :arm64 is" \
           "installed, and retry later" >&2; exit 1; }
  fi
  apt_install "${host[@]}" "${target[@]/%/:arm64}" "${headers[@]}"
  echo "install-cross-deps.sh: arm64 cross toolchain and multiarch libraries ready"
  exit 0
fi

# armhf: host tools, then the separate root.
apt_install "${host[@]}"
root=${KIOSK_ARMHF_ROOT:-/opt/kiosk-sysroot/armhf}
mirror=${KIOSK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${KIOSK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
packages=(libc6-dev libstdc++-12-dev "${target[@]}" "${headers[@]}")
wanted="bookworm armhf: ${packages[*]}"
stamp="$root/.kiosk-root-packages"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "install-cross-deps.sh: armhf root $root is up to date"
  exit 0
fi

# Built beside the final place and moved there at the end: a failed run never leaves half a root.
tmp="$root.new"
"${as_root[@]}" rm -rf "$tmp"
"${as_root[@]}" mkdir -p "$(dirname "$root")"
make_root() {  # mmdebstrap SOURCES...; keeps the downloaded .debs for the dpkg database below
  "${as_root[@]}" mmdebstrap --quiet --variant=extract --architectures=armhf --skip=cleanup/apt/cache \
    --include="$(IFS=,; echo "${packages[*]}")" bookworm "$tmp" "$@"
}
main_sources=("deb $mirror bookworm main" "deb $mirror bookworm-updates main")
if ! make_root "${main_sources[@]}" "deb $security bookworm-security main"; then
  # The armhf security index is the one seen failing to download (wrong size while mirrors sync). The
  # root is only linked against; the Pi installs its own, updated libraries, so the point release will do.
  echo "install-cross-deps.sh: WARNING: making the armhf root with bookworm-security failed;" \
       "retrying without it (libraries from the bookworm point release, for linking only)" >&2
  "${as_root[@]}" rm -rf "$tmp"
  make_root "${main_sources[@]}"
fi

# A dpkg database for dpkg-shlibdeps (used with --admindir, see firmware/deploy/cross_packaging.cmake):
# for each runtime library package (one with a shlibs or symbols file), its status entry, its file list
# with the root's path in front (dpkg-shlibdeps asks `dpkg --search` about the paths it found), and
# those files. Only library packages: listing every -dev package's files would take minutes.
admin="$tmp/var/lib/dpkg"
"${as_root[@]}" mkdir -p "$admin/info" "$admin/updates"
echo 1 | "${as_root[@]}" tee "$admin/info/format" >/dev/null       # file names carry ":armhf"
printf 'amd64\narmhf\n' | "${as_root[@]}" tee "$admin/arch" >/dev/null
"${as_root[@]}" touch "$admin/available"
control=$(mktemp -d)
trap 'rm -rf "$control"' EXIT
for deb in "$tmp"/var/cache/apt/archives/*.deb; do
  rm -rf "${control:?}"/*
  dpkg-deb --control "$deb" "$control"
  [ -f "$control/shlibs" ] || [ -f "$control/symbols" ] || continue
  pkg=$(dpkg-deb --field "$deb" Package)
  name=$pkg
  [ "$(dpkg-deb --field "$deb" Multi-Arch)" = same ] && name="$pkg:armhf"
  { dpkg-deb --field "$deb" | sed '/^Package:/a Status: install ok installed'; echo; } |
    "${as_root[@]}" tee -a "$admin/status" >/dev/null
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' -e '/^\/\{0,1\}$/d' -e "s|^|$root|" |
    "${as_root[@]}" tee "$admin/info/$name.list" >/dev/null
  for f in shlibs symbols; do
    [ -f "$control/$f" ] && "${as_root[@]}" cp "$control/$f" "$admin/info/$name.$f"
  done
done
"${as_root[@]}" rm -f "$tmp"/var/cache/apt/archives/*.deb
echo "$wanted" | "${as_root[@]}" tee "$tmp/.kiosk-root-packages" >/dev/null
"${as_root[@]}" rm -rf "$root"
"${as_root[@]}" mv "$tmp" "$root"
echo "install-cross-deps.sh: armhf root ready at $root ($(du -sh "$root" | cut -f1))"
