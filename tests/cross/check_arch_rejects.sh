#!/usr/bin/env bash
# Shows that check_arch.sh fails when a binary's architecture is wrong: it must exit 1 (not 2, a usage
# error) and name the binary. Used with a host binary claimed to be ARM, and arm64 vs armhf.
#   check_arch_rejects.sh ARCH BINARY
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: check_arch_rejects.sh ARCH BINARY" >&2; exit 2; }
out=$(bash "$(dirname "$0")/check_arch.sh" "$1" "$2" 2>&1); status=$?
if [ $status -ne 1 ]; then
  echo "check_arch.sh $1 $2 exited $status, expected 1 (a mismatch). Output: $out" >&2; exit 1
fi
if ! grep -qF "$2: expected an $1 binary" <<<"$out" && ! grep -qF "$2: expected ELF flags" <<<"$out"; then
  echo "check_arch.sh rejected $2 without naming it and the expected architecture. Output: $out" >&2; exit 1
fi
echo "rejected as expected: $out"
