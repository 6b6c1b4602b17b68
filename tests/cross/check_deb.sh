#!/usr/bin/env bash
# Checks a cross-built kiosk .deb: its Architecture field, that its Depends name the target's runtime
# libraries (computed by dpkg-shlibdeps for that architecture, not the build machine's), and that the
# binaries inside are of that architecture.
#   check_deb.sh arm64|armhf PACKAGE.deb
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: check_deb.sh arm64|armhf PACKAGE.deb" >&2; exit 2; }
arch=$1 deb=$2
[ -f "$deb" ] || { echo "check_deb.sh: $deb: no such file" >&2; exit 1; }

fail=0
got_arch=$(dpkg-deb --field "$deb" Architecture)
if [ "$got_arch" != "$arch" ]; then
  echo "check_deb.sh: $deb: Architecture is '$got_arch', expected '$arch'" >&2; fail=1
fi
depends=$(dpkg-deb --field "$deb" Depends)
echo "$deb: Architecture: $got_arch"
echo "$deb: Depends: $depends"
# The libraries kiosk and kioskctl link; each must appear as a versioned dependency.
for lib in libc6 libstdc++6 libsdl2-2.0-0 libsqlite3-0 libsodium23 libcurl4 libqrencode4 libfreetype6; do
  pattern=${lib//+/\\+}   # libstdc++6: '+' is special in a regular expression
  if ! grep -Eq "(^|, )$pattern \(>= [^)]+\)" <<<"$depends"; then
    echo "check_deb.sh: $deb: Depends lacks a versioned '$lib' (dpkg-shlibdeps for $arch did not see it)" >&2
    fail=1
  fi
done
if grep -q ':amd64' <<<"$depends"; then
  echo "check_deb.sh: $deb: Depends names amd64 packages" >&2; fail=1
fi

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
bash "$(dirname "$0")/check_arch.sh" "$arch" "$unpacked/usr/bin/kiosk" "$unpacked/usr/bin/kioskctl" || fail=1
exit $fail
