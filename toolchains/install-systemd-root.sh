#!/usr/bin/env bash
# Installs what CI stage 40-systemd needs to boot a real systemd as PID 1 of a container: the host's
# systemd-nspawn (systemd-container) and mmdebstrap, and a minimal bookworm root with systemd and the
# kiosk's runtime libraries at $KIOSK_SYSTEMD_ROOT (default /opt/kiosk-sysroot/systemd-bookworm).
# The root lives outside the checkout so CI's fresh clones reuse it; it is made again only when the
# package list below changes. The stage never writes into it (it boots it with an overlay on top).
#
#   toolchains/install-systemd-root.sh     prints the root's path on its last line
set -euo pipefail

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-systemd-root.sh: not root and no sudo; run it as root" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

host=(systemd-container mmdebstrap)
missing=()
for p in "${host[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-systemd-root.sh: installing ${missing[*]}" >&2
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

root=${KIOSK_SYSTEMD_ROOT:-/opt/kiosk-sysroot/systemd-bookworm}
mirror=${KIOSK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${KIOSK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
# systemd as init; udev because it makes the groups render and input that kiosk.service's
# SupplementaryGroups names, as on Raspberry Pi OS (udevd itself does not run in a container). Then
# what the kiosk .deb depends on (install-deps.sh's runtime list plus the two libraries
# dpkg-shlibdeps adds, stb and toml++). The font is the small alternative the .deb accepts
# (IPAex, 3 MB) instead of Noto CJK (57 MB): the stage checks restarts, not glyphs. A package the .deb
# comes to need and this list lacks makes the stage's `dpkg -i` fail and name it.
packages=(systemd systemd-sysv udev libsdl2-2.0-0 libcurl4 libssl3 libsqlite3-0 libsodium23 libqrencode4 libfreetype6
          libstb0 libtomlplusplus3 fonts-ipaexfont-gothic ca-certificates)
wanted="bookworm amd64: ${packages[*]}"
stamp="$root/.kiosk-root-packages"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "install-systemd-root.sh: root $root is up to date" >&2
  echo "$root"
  exit 0
fi

# Built beside the final place and moved there at the end: a failed run never leaves half a root.
tmp="$root.new"
"${as_root[@]}" rm -rf "$tmp"
"${as_root[@]}" mkdir -p "$(dirname "$root")"
make_root() {  # make_root SOURCES...
  "${as_root[@]}" mmdebstrap --quiet --variant=apt --include="$(IFS=,; echo "${packages[*]}")" \
    bookworm "$tmp" "$@" >&2
}
main_sources=("deb $mirror bookworm main" "deb $mirror bookworm-updates main")
if ! make_root "${main_sources[@]}" "deb $security bookworm-security main"; then
  # As in install-cross-deps.sh: the security index has been seen failing to download here (wrong size
  # while mirrors sync). The point release's systemd and libraries are good enough to test restarts.
  echo "install-systemd-root.sh: WARNING: making the root with bookworm-security failed;" \
       "retrying without it (bookworm point release)" >&2
  "${as_root[@]}" rm -rf "$tmp"
  make_root "${main_sources[@]}"
fi
echo "$wanted" | "${as_root[@]}" tee "$tmp/.kiosk-root-packages" >/dev/null
"${as_root[@]}" rm -rf "$root"
"${as_root[@]}" mv "$tmp" "$root"
echo "install-systemd-root.sh: root ready at $root ($(du -sh "$root" | cut -f1))" >&2
echo "$root"
