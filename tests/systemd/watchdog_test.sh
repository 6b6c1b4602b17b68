#!/bin/bash
# Runs INSIDE CI stage 40-systemd's container, as a service of the container's real systemd (PID 1):
# installs the kiosk .deb the way a Pi does (postinst enables and starts kiosk.service), then checks
# that systemd's watchdog, not a fake notify socket, restarts the kiosk:
#   1. a running kiosk pings: it stays up for 3 x WatchdogSec with the same MainPID and no restart;
#   2. SIGSTOP of its main PID: systemd logs "Watchdog timeout", kills that PID and starts a new one
#      (NRestarts + 1) within WatchdogSec plus a margin;
#   3. a hung main loop (the kiosk's --test-wedge-after hook, added by kiosk-wedge.conf): the same, and
#      not before the pings stop (the kill comes at least WatchdogSec/2 after the hang began).
# The exit status becomes the container's (kiosk-watchdog-test.service). Everything it prints goes to
# results/test.log; on failure the whole journal goes to results/journal.txt.
set -euo pipefail
dir=/kiosk-test
results=$dir/results
margin=3     # seconds allowed past WatchdogSec for systemd to act on a loaded 2-core machine
start_limit=60  # seconds a (re)start may take until READY=1 (first frame), under load

say() { printf '[%s] %s\n' "$(date -u +%T.%3N)" "$*" >&2; }
fail() {
  say "FAIL: $*"
  journalctl -b --no-pager -o short-precise >"$results/journal.txt" 2>&1 || true
  systemctl status kiosk.service --no-pager >&2 || true
  exit 1
}
prop() { systemctl show kiosk.service -p "$1" --value; }
now() { date +%s.%N; }
# float helpers (bash has integers only)
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# wait_running OLD_PID: until kiosk.service is active (READY=1 sent) with a main PID other than OLD_PID.
wait_running() {
  local old=$1 since pid state
  since=$(now)
  while :; do
    pid=$(prop MainPID)
    state=$(prop ActiveState)
    if [ "$state" = active ] && [ "$pid" != 0 ] && [ "$pid" != "$old" ]; then echo "$pid"; return 0; fi
    # failed: given up (Restart= or StartLimitBurst); no new PID will come.
    [ "$state" = failed ] && fail "kiosk.service failed and was not restarted (MainPID was $old)"
    le "$(sub "$(now)" "$since")" "$start_limit" ||
      fail "kiosk.service not active with a new main PID within ${start_limit} s (state $state, MainPID $pid, old $old)"
    sleep 0.1
  done
}
# journal_time PATTERN SINCE [UNIT_ARGS...]: unix time of the first kiosk journal line after SINCE matching
# PATTERN (grep -E), empty if none.
journal_time() {
  local pattern=$1 since=$2
  shift 2
  journalctl --no-pager -o short-unix -u kiosk.service --since "@${since%.*}" "$@" |
    awk -v s="$since" '$1 >= s' | grep -E -m1 -- "$pattern" | cut -d' ' -f1 || true
}
# wait_journal PATTERN SINCE LIMIT: as journal_time, waiting up to LIMIT seconds for the line.
wait_journal() {
  local t deadline
  deadline=$(awk -v a="$(now)" -v b="$3" 'BEGIN { printf "%.2f", a + b }')
  while :; do
    t=$(journal_time "$1" "$2")
    [ -n "$t" ] && { echo "$t"; return 0; }
    le "$(now)" "$deadline" || fail "no journal line matching '$1' within $3 s"
    sleep 0.2
  done
}

# After a fault at time $2 on main PID $1 (case $3, the fault named $4): systemd's watchdog fires
# within WatchdogSec + margin, kills that PID with SIGABRT and runs a new one, NRestarts + 1.
# Sets new (the new PID), t_up (when it ran) and after (seconds from the fault to the timeout).
expect_watchdog_restart() {
  local old=$1 t0=$2 name=$3 fault=$4 t_kill
  new=$(wait_running "$old")
  t_up=$(now)
  t_kill=$(wait_journal 'Watchdog timeout' "$t0" 5)
  [ -n "$(journal_time "Killing process $old \(kiosk\) with signal SIGABRT" "$t0")" ] ||
    fail "$name: no journal line of systemd killing PID $old with the watchdog signal (SIGABRT)"
  [ "$(prop NRestarts)" = $((restarts + 1)) ] || fail "$name: NRestarts is $(prop NRestarts), expected $((restarts + 1))"
  after=$(sub "$t_kill" "$t0")
  le "$after" $((wd + margin)) || fail "$name: watchdog fired ${after} s after $fault, limit ${wd} s + ${margin} s"
}

mkdir -p "$results"
say "systemd $(systemctl --version | head -1 | cut -d' ' -f2) is PID 1: $(cat /proc/1/comm)"
[ "$(cat /proc/1/comm)" = systemd ] || fail "PID 1 is $(cat /proc/1/comm), not systemd"

# The drop-in goes in before the package: postinst starts the unit, and without a display the product
# settings (KMSDRM) would crash-loop it into StartLimitBurst.
install -D -m 0644 "$dir/kiosk-ci.conf" /etc/systemd/system/kiosk.service.d/ci.conf
deb=$(ls "$dir"/kiosk_*.deb)
say "installing $(basename "$deb")"
dpkg -i "$deb" >"$results/dpkg.log" 2>&1 || { cat "$results/dpkg.log" >&2; fail "dpkg -i $(basename "$deb") failed"; }
[ "$(systemctl is-enabled kiosk.service)" = enabled ] || fail "postinst did not enable kiosk.service"

wd_usec=$(prop WatchdogUSec)
# WatchdogUSec is shown as a time span ("5s"); the drop-in sets whole seconds.
case "$wd_usec" in *[0-9]s) wd=${wd_usec%s} ;; *) fail "unexpected WatchdogUSec '$wd_usec' (kiosk-ci.conf sets 5s)" ;; esac
[ "$(prop Type)" = notify ] || fail "kiosk.service Type is $(prop Type), expected notify"

pid=$(wait_running 0)
restarts=$(prop NRestarts)
say "kiosk active (READY=1) as PID $pid, WatchdogSec=${wd}s, NRestarts=$restarts"

# 1. A healthy kiosk pings: without WATCHDOG=1 systemd would kill it after WatchdogSec.
say "case 1: kiosk left running for $((3 * wd)) s"
sleep $((3 * wd))
[ "$(prop MainPID)" = "$pid" ] || fail "case 1: MainPID changed from $pid to $(prop MainPID) without any fault"
[ "$(prop NRestarts)" = "$restarts" ] || fail "case 1: NRestarts went from $restarts to $(prop NRestarts)"
[ -z "$(journal_time 'Watchdog timeout' 0)" ] || fail "case 1: journal shows a watchdog timeout on a healthy kiosk"
say "case 1 passed: same PID $pid, NRestarts $restarts, no watchdog timeout"

# 2. SIGSTOP: the process exists but nothing runs, as when the kernel or a debugger freezes it.
say "case 2: SIGSTOP to PID $pid"
t0=$(now)
kill -STOP "$pid"
expect_watchdog_restart "$pid" "$t0" "case 2" SIGSTOP
kill -0 "$pid" 2>/dev/null && fail "case 2: the stopped PID $pid still exists"
say "case 2 passed: watchdog timeout ${after} s after SIGSTOP, new PID $new active $(sub "$t_up" "$t0") s after" \
    "SIGSTOP, NRestarts $((restarts + 1))"
restarts=$((restarts + 1))
pid=$new

# 3. A hung main loop: frames and pings stop together, the process stays alive and runnable.
say "case 3: main loop hang through --test-wedge-after 4000 (kiosk-wedge.conf)"
install -m 0644 "$dir/kiosk-wedge.conf" /etc/systemd/system/kiosk.service.d/wedge.conf
systemctl daemon-reload
t_restart=$(now)
systemctl restart kiosk.service
pid=$(wait_running "$pid")
restarts=$(prop NRestarts)  # a restart asked for by hand may reset the counter; count from here
t_hang=$(wait_journal 'test hook --test-wedge-after: the main loop hangs now' "$t_restart" 30)
expect_watchdog_restart "$pid" "$t_hang" "case 3" "the hang"
le "$(awk -v w="$wd" 'BEGIN { print w / 2 }')" "$after" ||
  fail "case 3: watchdog fired only ${after} s after the hang began: pings before the hang did not count"
say "case 3 passed: watchdog timeout ${after} s after the hang, new PID $new active $(sub "$t_up" "$t_hang") s" \
    "after the hang, NRestarts $((restarts + 1))"

# The new instance would hang again: put the product command back and stop it.
rm /etc/systemd/system/kiosk.service.d/wedge.conf
systemctl daemon-reload
systemctl stop kiosk.service
journalctl -b --no-pager -o short-precise -u kiosk.service >"$results/kiosk-journal.txt"
say "all 3 watchdog cases passed"
