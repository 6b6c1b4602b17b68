#!/usr/bin/env bash
# Checks that every given binary is built for the Debian architecture named first, with `file` (what a
# packager looks at) and the ELF header (the float ABI, which `file` does not print for ARM).
#   check_arch.sh arm64|armhf|amd64 BINARY...
# Exit 0 when all match, 1 naming each binary that does not (and what it is instead), 2 on bad usage.
set -uo pipefail

usage() { echo "usage: check_arch.sh arm64|armhf|amd64 BINARY..." >&2; exit 2; }
[ $# -ge 2 ] || usage
arch=$1; shift
case "$arch" in
  arm64) want_file='ELF 64-bit LSB .*ARM aarch64'; want_flags='' ;;
  # EABI5 and the hard-float loader in `file`; "hard-float ABI" in the ELF header flags (a soft-float
  # armel binary is also EABI5 and would not run on Raspberry Pi OS armhf).
  armhf) want_file='ELF 32-bit LSB .*ARM, EABI5.*/lib/ld-linux-armhf\.so\.3'; want_flags='hard-float ABI' ;;
  amd64) want_file='ELF 64-bit LSB .*x86-64'; want_flags='' ;;
  *) echo "check_arch.sh: unknown architecture '$arch' (use arm64, armhf or amd64)" >&2; usage ;;
esac
command -v file >/dev/null || { echo "check_arch.sh: 'file' is not installed (install-deps.sh installs it)" >&2; exit 2; }

bad=0
for bin in "$@"; do
  if [ ! -f "$bin" ]; then echo "check_arch.sh: $bin: no such file" >&2; bad=1; continue; fi
  described=$(file -b -L "$bin")
  if ! grep -Eq "$want_file" <<<"$described"; then
    echo "check_arch.sh: $bin: expected an $arch binary, file says: $described" >&2; bad=1; continue
  fi
  if [ -n "$want_flags" ]; then
    flags=$(LC_ALL=C readelf -h "$bin" | sed -n 's/^ *Flags: *//p')
    if ! grep -q "$want_flags" <<<"$flags"; then
      echo "check_arch.sh: $bin: expected ELF flags with '$want_flags', readelf says: $flags" >&2; bad=1; continue
    fi
  fi
  echo "$bin: $arch ok ($described)"
done
exit $bad
