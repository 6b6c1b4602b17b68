#!/usr/bin/env bash
# systemd's watchdog restarts a stopped or hung kiosk (issue #9, "watchdog and self-heal"). The unit
# tests and kiosk_runtime_test check the pings against a fake notify socket; this stage checks the other
# half, the real systemd acting on them. This machine has no systemd as PID 1, so the stage boots one:
# a minimal bookworm root (toolchains/install-systemd-root.sh, kept outside the checkout and reused)
# under `systemd-nspawn -b`, with an overlay on top so the root itself is never written. Into the
# overlay go the kiosk .deb that cpack makes from the native build, and tests/systemd/: a drop-in for
# a container without a display (offscreen video, WatchdogSec=5 instead of 30) and a test service that
# installs the .deb (its postinst enables and starts kiosk.service) and checks, through systemctl and
# the journal: a healthy kiosk is not restarted; SIGSTOP of its main PID and a hung main loop (the
# kiosk's --test-wedge-after hook) each end in "Watchdog timeout", a new MainPID and NRestarts + 1,
# within WatchdogSec + 3 s. Its exit status becomes the container's. Everything else in the product
# unit (User=kiosk, StateDirectory, the sandboxing options, Restart=always) applies unchanged.
#
#   bash tests/ci-stages/40-systemd.sh        (needs build/ci, which tests/run-all.sh builds first;
#                                              KIOSK_SYSTEMD_BUILD=DIR takes another build dir)
#
# Cost on this 2-core machine, measured 26 Nov 2026 with 3-4 other builds running (load 7-8):
#   packages and root, first time: systemd-container + mmdebstrap a few seconds, the root (mmdebstrap,
#     about 250 MB) 1 min 44 s to 2 min 44 s; afterwards under a second (stamp unchanged).
#   .deb (cpack, dpkg-shlibdeps): 6-9 s.
#   container: 37-38 s from boot to exit (boot about 1 s, dpkg -i 1.5 s, case 1's deliberate 15 s,
#     case 2 7.5 s, case 3 12 s); about 7.5 s of CPU for the whole stage.
# Whole stage with the root in place: 44-45 s wall (the first time on a machine add 2-3 min for the root).
# Measured figures of one run: watchdog timeout 4.80 s after SIGSTOP and 3.37 s after the hang (pings
# every 1.67 s, so 3.3-5 s is expected), new MainPID active 7.6 s and 5.9 s after the fault.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${KIOSK_SYSTEMD_BUILD:-build/ci}
if [ ! -f "$build/CPackConfig.cmake" ] || [ ! -x "$build/firmware/kiosk" ]; then
  echo "40-systemd.sh: $build has no built kiosk or CPackConfig.cmake: build preset ci first (tests/run-all.sh does)" >&2
  exit 1
fi

timings=()
step_name=""
step_start=$SECONDS
end_step() { [ -z "$step_name" ] || timings+=("$(printf '%-52s %5d s' "$step_name" $((SECONDS - step_start)))"); }
step() { end_step; step_name=$1; step_start=$SECONDS; printf '\n-- 40-systemd: %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

machine="kiosk-ci-$$"
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-systemd-XXXXXX")
nspawn_pid=""
cleanup() {
  end_step
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    # SIGTERM asks the container's systemd to shut down; SIGKILL if it has not within 15 s.
    kill "$nspawn_pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
  fi
  # nspawn mounts only inside its own mount namespace; anything left under $work here is a bug, but
  # unmount it rather than delete through it.
  { grep -o " ${work}[^ ]*" /proc/self/mounts || true; } | sort -r | while read -r m; do umount -l "$m" || true; done
  rm -rf "$work" "/run/systemd/nspawn/propagate/$machine"
  printf '\n-- 40-systemd: step timings\n'
  printf '%s\n' "${timings[@]}"
}
trap cleanup EXIT
trap 'exit 130' INT   # so that Ctrl-C or a killed CI run also stops the container and cleans up
trap 'exit 143' TERM

step "systemd-nspawn, mmdebstrap and the bookworm root"
root=$(bash toolchains/install-systemd-root.sh | tail -n 1)
[ -x "$root/lib/systemd/systemd" ] || { echo "40-systemd.sh: $root has no /lib/systemd/systemd" >&2; exit 1; }

step "kiosk .deb from $build (cpack)"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; echo "40-systemd.sh: cpack failed" >&2; exit 1; }
debs=("$work"/cpack/kiosk_*.deb)
[ -f "${debs[0]}" ] || { echo "40-systemd.sh: cpack wrote no kiosk_*.deb" >&2; exit 1; }

step "boot systemd in the container and run tests/systemd/watchdog_test.sh"
upper=$work/upper
mkdir -p "$upper/kiosk-test/results" "$upper/etc/systemd/system/multi-user.target.wants"
cp "${debs[0]}" tests/systemd/watchdog_test.sh tests/systemd/kiosk-ci.conf tests/systemd/kiosk-wedge.conf \
   "$upper/kiosk-test/"
cp tests/systemd/kiosk-watchdog-test.service "$upper/etc/systemd/system/"
ln -s ../kiosk-watchdog-test.service "$upper/etc/systemd/system/multi-user.target.wants/"
# --keep-unit --register=no: there is no systemd or D-Bus on the host to create a scope or register
# with machined. --private-network: the kiosk's sync sources are empty; nothing in there needs a network.
timeout 300 systemd-nspawn --quiet --keep-unit --register=no --machine="$machine" --private-network \
  --console=pipe --directory="$root" --overlay="$root:$upper:/" --boot </dev/null >"$work/nspawn.log" 2>&1 &
nspawn_pid=$!
rc=0
wait "$nspawn_pid" || rc=$?
nspawn_pid=""
cat "$upper/kiosk-test/results/test.log" 2>/dev/null || echo "40-systemd.sh: the test service wrote no log"
# What the test service left (its log, the kiosk's journal; on failure the whole journal) stays in the
# build dir for a look afterwards.
rm -rf "$build/systemd-stage"
cp -r "$upper/kiosk-test/results" "$build/systemd-stage"
if [ "$rc" -ne 0 ]; then
  echo "-- systemd-nspawn output:"; grep -v 'we can.t allow that' "$work/nspawn.log" || true
  if [ -f "$build/systemd-stage/journal.txt" ]; then
    echo "-- last 60 journal lines (all of it: $build/systemd-stage/journal.txt):"
    tail -n 60 "$build/systemd-stage/journal.txt"
  fi
  [ "$rc" -eq 124 ] && echo "40-systemd.sh: the container did not finish within 300 s" >&2
  echo "40-systemd.sh: FAILED: the container exited with status $rc" >&2
  exit 1
fi
echo "40-systemd.sh: systemd restarted the stopped and the hung kiosk (log above)"
