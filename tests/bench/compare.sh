#!/usr/bin/env bash
# The kiosk against a Chromium kiosk showing the same content (issue #7): memory, idle CPU, animation
# CPU and frame rate, time to the first frame with content, bytes read at start-up. Both run in one
# Xvfb at 1920x1080, alternating kiosk / Chromium (/ kiosk on GL) in every round, so load from
# anything else on the machine hits all of them alike. Prints a table of medians (min-max) with the
# ratio kiosk/Chromium per figure and writes the same as JSON. Never fails on a figure: it fails only
# when something could not be measured.
#
#   tests/bench/compare.sh [--rounds N] [--quick] [--build DIR] [--out DIR] [--no-gl]
#
#   --rounds N  rounds of A B (C) runs, default 5
#   --quick     CI smoke: 1 round, 2 s settle, 3 s windows, no GL run (proves every figure is measured)
#   --build DIR the CMake build folder with firmware/kiosk, sync/kioskctl, builtin-bundle and
#               tests/bench/screen_probe (default build/ci)
#   --out DIR   where compare.json, compare.txt and the clients' logs go (default DIR/bench-compare)
#   --no-gl     skip the kiosk on SDL's OpenGL renderer (Mesa llvmpipe under Xvfb)
#
# What is measured, per client (its whole process tree, found by parent pid):
#   first_content_ms  exec to the first screen sample showing the home screen's colours (screen_probe,
#                     pixels sampled every 10 ms from the X server, not a log line)
#   disk_read_mib     /proc/PID/io read_bytes at that moment: storage reads. Cold when this script may
#                     drop the page cache (root, writable /proc/sys/vm/drop_caches), else warm (said so)
#   read_calls_mib    /proc/PID/io rchar: bytes through read() calls, cached or not (mmap not counted)
#   pss_mib           PSS summed over the tree (smaps_rollup) after SETTLE s on the home screen
#   idle_cpu_s        CPU seconds (user+system) of the tree plus Xvfb over WINDOW s on the home screen,
#                     which shows a clock (both redraw it once a minute)
#   anim_cpu_s        the same on the attract loop (slides fading and rising in, 0.7 s each)
#   anim_fps          frames delivered to the X server in that window (screen_probe frames: DAMAGE)
#
# The kiosk runs on SDL's software renderer with framebuffer acceleration off (what a board without
# GL uses: ui/render/display.cpp); "kiosk-gl" is the same binary with render_driver = "opengl", i.e.
# Mesa llvmpipe under Xvfb, reported separately. Chromium is Debian's `chromium` as FullPageOS and
# Anthias start it (--kiosk), with a fresh profile and every background network feature off.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=5 quick=0 build=build/ci out="" with_gl=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
    --quick) quick=1; rounds=1; with_gl=0; shift ;;
    --build) build="${2:?--build needs a folder}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    --no-gl) with_gl=0; shift ;;
    -h|--help) sed -n '2,34p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --rounds '$rounds' is not a positive number" >&2; exit 2; }
if [ "$quick" = 1 ]; then settle=2 window=3; else settle=10 window=20; fi
build=$(cd "$build" && pwd)
out=${out:-$build/bench-compare}
kiosk=$build/firmware/kiosk kioskctl=$build/sync/kioskctl probe=$build/tests/bench/screen_probe
bundle=$build/builtin-bundle
for f in "$kiosk" "$kioskctl" "$probe"; do
  [ -x "$f" ] || { echo "compare.sh: $f is missing; build it first (cmake --build $build)" >&2; exit 1; }
done
[ -d "$bundle" ] || { echo "compare.sh: $bundle is missing; build target builtin_bundle" >&2; exit 1; }
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || { echo "compare.sh: chromium is not installed (toolchains/install-deps.sh)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "compare.sh: Xvfb is not installed (toolchains/install-deps.sh)" >&2; exit 1; }

mkdir -p "$out"
work=$(mktemp -d /tmp/kiosk-compare.XXXXXX)
xvfb_pid="" client_pgid=""
cleanup() {
  [ -n "$client_pgid" ] && kill -KILL -- "-$client_pgid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# ---- the same content for both: the built-in bundle in a data dir, and its HTML export
"$kioskctl" load "$bundle" --data-dir "$work/data" >/dev/null
"$kioskctl" export-html --data-dir "$work/data" -o "$work/site" >/dev/null
printf '[display]\nrender_driver = "opengl"\n' > "$work/kiosk-gl.toml"

# ---- Xvfb on a display number nobody uses
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp -noreset > "$out/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$display" ] || { echo "compare.sh: Xvfb :$display did not start (see $out/xvfb.log)" >&2; exit 1; }

cold=0
if [ -w /proc/sys/vm/drop_caches ] && sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then cold=1; fi

# ---- /proc helpers
# Every pid in the tree under $1 (itself included), from one pass over /proc/*/stat (processes that
# end meanwhile are skipped: cat goes on past files that vanished).
tree() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$1" '
    { pid = $1; line = $0; sub(/.*\) /, "", line); split(line, f, " "); kids[f[2]] = kids[f[2]] " " pid }
    END {
      queue = root; out = ""
      while (queue != "") {
        n = split(queue, q, " "); queue = ""
        for (i = 1; i <= n; i++) { out = out " " q[i]; if (q[i] in kids) queue = queue kids[q[i]] }
      }
      print out
    }'
}
# CPU ticks (utime+stime+cutime+cstime) summed over the given pids.
ticks() {
  local sum=0 pid line
  for pid in "$@"; do
    line=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    line=${line##*) }
    read -r -a f <<< "$line"
    sum=$((sum + f[11] + f[12] + f[13] + f[14]))
  done
  echo "$sum"
}
pss_kib() {
  local sum=0 pid v
  for pid in "$@"; do
    v=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null) || continue
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
io_field() {  # io_field read_bytes|rchar PIDS...
  local key=$1 sum=0 pid v; shift
  for pid in "$@"; do
    v=$(awk -v k="$key:" '$1 == k { print $2 }' "/proc/$pid/io" 2>/dev/null) || continue
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
hz=$(getconf CLK_TCK)

# The command line of client $1 showing screen $2 (home or attract).
client_command() {
  local client=$1 screen=$2
  case "$client" in
    kiosk) echo "$kiosk --data-dir $work/data --size 1920x1080 --fullscreen --screen $screen --idle-timeout 3600" ;;
    kiosk-gl) echo "$kiosk --config $work/kiosk-gl.toml --data-dir $work/data --size 1920x1080 --fullscreen --screen $screen --idle-timeout 3600" ;;
    chromium)
      local page=index.html
      [ "$screen" = attract ] && page=attract.html
      rm -rf "$work/profile"
      echo "$chromium --kiosk --no-sandbox --no-first-run --noerrdialogs --disable-background-networking" \
           "--disable-component-update --disable-sync --disable-quic --disable-translate" \
           "--disable-features=Translate,MediaRouter,OptimizationHints --user-data-dir=$work/profile" \
           "--window-position=0,0 --window-size=1920,1080 file://$work/site/$page" ;;
  esac
}

# Starts client $1 on screen $2 through screen_probe; sets client_pgid and first_ms.
start_client() {
  local client=$1 screen=$2 line
  # Cold start only where it is measured (home); the page cache is the whole machine's.
  [ "$cold" = 1 ] && [ "$screen" = home ] && { sync; echo 3 > /proc/sys/vm/drop_caches; }
  # shellcheck disable=SC2046
  line=$("$probe" first-content --timeout 90 --log "$out/$client-$screen.log" -- $(client_command "$client" "$screen")) ||
    { echo "compare.sh: $client did not show $screen (log: $out/$client-$screen.log)" >&2; exit 1; }
  client_pgid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<< "$line")
  first_ms=$(sed -n 's/.*first_content_ms=\([0-9]*\).*/\1/p' <<< "$line")
}
stop_client() {
  kill -TERM -- "-$client_pgid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 -- "-$client_pgid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$client_pgid" 2>/dev/null || true
  client_pgid=""
  sleep 1  # let the X server forget the window before the next client maps its own
}
cpu_over_window() {  # CPU seconds of the client's tree plus Xvfb over $window s
  local before after
  before=$(( $(ticks $(tree "$client_pgid")) + $(ticks "$xvfb_pid") ))
  sleep "$window"
  after=$(( $(ticks $(tree "$client_pgid")) + $(ticks "$xvfb_pid") ))
  awk -v d=$((after - before)) -v hz="$hz" 'BEGIN { printf "%.2f", d / hz }'
}

clients=(kiosk chromium)
[ "$with_gl" = 1 ] && clients+=(kiosk-gl)
raw=$out/compare-raw.tsv
printf 'round\tclient\tfigure\tvalue\tloadavg\n' > "$raw"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$1" "$2" "$3" "$(cut -d' ' -f1 /proc/loadavg)" >> "$raw"; }

for round in $(seq "$rounds"); do
  for client in "${clients[@]}"; do
    echo "compare.sh: round $round/$rounds: $client (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    start_client "$client" home
    pids=$(tree "$client_pgid")
    # shellcheck disable=SC2086
    record "$client" first_content_ms "$first_ms"
    # shellcheck disable=SC2086
    record "$client" disk_read_mib "$(awk -v b="$(io_field read_bytes $pids)" 'BEGIN { printf "%.1f", b / 1048576 }')"
    # shellcheck disable=SC2086
    record "$client" read_calls_mib "$(awk -v b="$(io_field rchar $pids)" 'BEGIN { printf "%.1f", b / 1048576 }')"
    sleep "$settle"
    # shellcheck disable=SC2046
    record "$client" pss_mib "$(awk -v k="$(pss_kib $(tree "$client_pgid"))" 'BEGIN { printf "%.1f", k / 1024 }')"
    record "$client" idle_cpu_s "$(cpu_over_window)"
    stop_client

    start_client "$client" attract
    sleep "$settle"
    "$probe" frames --seconds "$window" > "$work/frames" &
    frames_pid=$!
    record "$client" anim_cpu_s "$(cpu_over_window)"
    wait "$frames_pid"
    record "$client" anim_fps "$(sed -n 's/.*fps=\([0-9.]*\).*/\1/p' "$work/frames")"
    stop_client
  done
done

# ---- summary: median (min-max) per client and figure, ratio kiosk/chromium of the medians
summary=$(awk -F'\t' '
  NR > 1 { v[$2 SUBSEP $3] = v[$2 SUBSEP $3] " " $4; figs[$3] = 1; cl[$2] = 1 }
  function stats(list, out,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    out["min"] = a[1]; out["max"] = a[n]
    out["med"] = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    split("first_content_ms disk_read_mib read_calls_mib pss_mib idle_cpu_s anim_cpu_s anim_fps", order, " ")
    for (k = 1; k <= 7; k++) {
      f = order[k]
      for (c in cl) { if (!((c, f) in v)) continue; stats(v[c, f], s); med[c] = s["med"]; lo[c] = s["min"]; hi[c] = s["max"] }
      ratio = (med["chromium"] + 0 > 0) ? sprintf("%.3f", med["kiosk"] / med["chromium"]) : "n/a"
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f, med["kiosk"], lo["kiosk"], hi["kiosk"],
        med["chromium"], lo["chromium"], hi["chromium"], ratio, med["kiosk-gl"], lo["kiosk-gl"], hi["kiosk-gl"]
      delete med; delete lo; delete hi
    }
  }' "$raw")

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
warmth=$([ "$cold" = 1 ] && echo "cold (page cache dropped before each start)" || echo "warm (cannot drop the page cache here: not root or /proc/sys/vm read-only)")
{
  echo "Kiosk vs Chromium kiosk, Xvfb 1920x1080x24, $rounds round(s), settle ${settle}s, windows ${window}s"
  echo "machine: $machine; load at end: $(cut -d' ' -f1-3 /proc/loadavg); start-up reads: $warmth"
  echo "chromium: $("$chromium" --version 2>/dev/null | head -1)"
  echo
  printf '%-18s %-24s %-24s %-9s %s\n' figure "kiosk median (min-max)" "chromium median (min-max)" "ratio" "kiosk-gl median (min-max)"
  while IFS=$'\t' read -r f km kl kh cm cl ch r gm gl gh; do
    gl_text="-"; [ -n "$gm" ] && gl_text="$gm ($gl-$gh)"
    printf '%-18s %-24s %-24s %-9s %s\n' "$f" "$km ($kl-$kh)" "$cm ($cl-$ch)" "$r" "$gl_text"
  done <<< "$summary"
  echo
  echo "ratio = kiosk median / chromium median. Raw values per round with the load average: $raw"
} | tee "$out/compare.txt"

# ---- the same as JSON
{
  printf '{\n  "rounds": %s, "settle_s": %s, "window_s": %s, "cold_start": %s,\n' "$rounds" "$settle" "$window" \
    "$([ "$cold" = 1 ] && echo true || echo false)"
  printf '  "machine": "%s",\n  "load_at_end": "%s",\n  "figures": {\n' "$machine" "$(cut -d' ' -f1-3 /proc/loadavg)"
  first=1
  while IFS=$'\t' read -r f km kl kh cm cl ch r gm gl gh; do
    [ "$first" = 1 ] || printf ',\n'
    first=0
    printf '    "%s": {"kiosk": {"median": %s, "min": %s, "max": %s}, "chromium": {"median": %s, "min": %s, "max": %s}, "ratio": %s' \
      "$f" "$km" "$kl" "$kh" "$cm" "$cl" "$ch" "$([ "$r" = n/a ] && echo null || echo "$r")"
    [ -n "$gm" ] && printf ', "kiosk-gl": {"median": %s, "min": %s, "max": %s}' "$gm" "$gl" "$gh"
    printf '}'
  done <<< "$summary"
  printf '\n  }\n}\n'
} > "$out/compare.json"
echo "compare.sh: wrote $out/compare.txt and $out/compare.json" >&2
