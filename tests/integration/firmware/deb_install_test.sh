#!/usr/bin/env bash
# The .deb builds, lists the unit, config and content, and installs, removes and purges cleanly in a
# scratch root. dpkg --root normally chroots into the root to run maintainer scripts, which needs a
# whole Debian system in there (debootstrap); --force-script-chrootless runs them on the host with
# DPKG_ROOT set instead, and our scripts pass that root to systemd-sysusers, systemd-tmpfiles and
# systemctl --root. So the real postinst/prerm/postrm run, against the scratch root only.
#   deb_install_test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-deb-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(fakeroot)   # dpkg insists on root; fakeroot is enough for a scratch root

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/kiosk_*.deb)
echo "built $(basename "$deb")"

dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/kiosk ./usr/bin/kioskctl ./lib/systemd/system/kiosk.service ./etc/kiosk/kiosk.toml \
            ./usr/lib/sysusers.d/kiosk.conf ./usr/lib/tmpfiles.d/kiosk.conf \
            ./usr/share/kiosk/builtin-bundle/manifest.json ./usr/share/kiosk/builtin-bundle/content.json \
            ./usr/share/doc/kiosk/copyright; do
  grep -q " $path\$" "$work/contents" || fail "dpkg-deb --contents lacks $path"
done
dpkg-deb --field "$deb" Depends | grep -q 'libsdl2-2.0-0' || fail "Depends lacks libsdl2-2.0-0"
echo "contents: unit, config, content, binaries listed"

# lintian, minus the two tags README.md explains (systemctl in maintainer scripts, no man pages).
if command -v lintian >/dev/null; then
  lintian --suppress-tags maintainer-script-calls-systemctl,no-manual-page "$deb" >"$work/lintian" 2>&1 || true
  if grep -q '^[EW]:' "$work/lintian"; then cat "$work/lintian"; fail "lintian"; fi
  echo "lintian: clean apart from the explained tags"
fi

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/log"
touch "$root/var/lib/dpkg/status"
dpkg_root() {
  "${as_root[@]}" dpkg --root="$root" --force-script-chrootless --force-depends --force-not-root \
    --log="$work/dpkg.log" "$@" >"$work/dpkg.out" 2>&1 || { cat "$work/dpkg.out"; fail "dpkg $*"; }
}

dpkg_root -i "$deb"
[ -x "$root/usr/bin/kiosk" ] || fail "kiosk not installed"
grep -q '^kiosk:' "$root/etc/passwd" || fail "postinst did not create the kiosk user"
for group in video render input; do
  grep -q "^$group:.*kiosk" "$root/etc/group" || fail "kiosk is not in group $group"
done
[ -d "$root/var/lib/kiosk" ] || fail "postinst did not create /var/lib/kiosk"
[ -L "$root/etc/systemd/system/multi-user.target.wants/kiosk.service" ] || fail "postinst did not enable the unit"
"$root/usr/bin/kiosk" --check-config --config "$root/etc/kiosk/kiosk.toml" >/dev/null || fail "installed config"
# The unit as systemd reads it (on the host: the scratch root has no systemd to verify against).
if command -v systemd-analyze >/dev/null; then
  cp "$root/lib/systemd/system/kiosk.service" "$work/kiosk.service"
  systemd-analyze verify "$work/kiosk.service" >"$work/verify" 2>&1 || true
  if grep -v -e 'Command /usr/bin/kiosk is not executable' "$work/verify" | grep -q .; then
    cat "$work/verify"; fail "systemd-analyze verify kiosk.service"
  fi
fi
echo "installed: user, groups, data dir, enabled unit"

dpkg_root -r kiosk
[ ! -e "$root/usr/bin/kiosk" ] || fail "remove left /usr/bin/kiosk"
[ ! -e "$root/lib/systemd/system/kiosk.service" ] || fail "remove left the unit"
[ ! -e "$root/etc/systemd/system/multi-user.target.wants/kiosk.service" ] || fail "remove left the unit enabled"
[ -e "$root/etc/kiosk/kiosk.toml" ] || fail "remove must keep the conffile (only purge deletes it)"
echo "removed: binaries and unit gone, config kept"

dpkg_root -P kiosk
[ ! -e "$root/etc/kiosk/kiosk.toml" ] || fail "purge left the config"
[ ! -e "$root/var/lib/kiosk" ] || fail "purge left /var/lib/kiosk"
leftover=$(cd "$root" && find . -path ./var/lib/dpkg -prune -o -path ./var/log -prune -o -path ./etc -prune \
           -o -path ./var/lib -prune -o -type f -print)
[ -z "$leftover" ] || fail "purge left files: $leftover"
echo "purged: nothing left but dpkg's database and the kiosk user"
