#!/usr/bin/env bash
# Sync benchmarks (label bench) against a real nginx on 127.0.0.1, started and stopped here:
#   - full sync of a bundle with 50 MiB of assets (10 images of 5 MiB) with `kioskctl sync --once`
#     (fetch, verify signature, sizes and SHA-256, copy, apply) against a raw `curl` download of the
#     same files over one connection into a folder on the same file system: wall time of each,
#     alternating, and the throughput ratio; also curl into /dev/null (the network alone), for scale;
#   - an unchanged poll: requests made and body bytes received (from nginx's access log);
#   - an update that changes one asset: requests and body bytes transferred.
# Prints a table of medians (min-max) and writes the same as JSON. Never fails on a figure.
#
#   tests/bench/sync_bench.sh [--rounds N] [--quick] [--build DIR] [--out DIR]
#   --quick: 1 round and 10 MiB of assets (CI smoke); default 5 rounds and 50 MiB
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=5 images=10 build=build/ci out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
    --quick) rounds=1 images=2; shift ;;
    --build) build="${2:?--build needs a folder}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "sync_bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "sync_bench.sh: --rounds '$rounds' is not a positive number" >&2; exit 2; }
build=$(cd "$build" && pwd)
out=${out:-$build/bench-sync}
kioskctl=$build/sync/kioskctl
[ -x "$kioskctl" ] || { echo "sync_bench.sh: $kioskctl is missing; build it first" >&2; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "sync_bench.sh: nginx is not installed (toolchains/install-deps.sh)" >&2; exit 1; }
command -v curl >/dev/null || { echo "sync_bench.sh: curl is not installed" >&2; exit 1; }

mkdir -p "$out"
work=$(mktemp -d /tmp/kiosk-sync-bench.XXXXXX)
nginx_started=0
cleanup() {
  [ "$nginx_started" = 1 ] && "$nginx" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# ---- content: the built-in sources, exhibitors with 5 MiB logo images (random, so nothing compresses)
cp -r assets/content "$work/src"
mkdir -p "$work/src/images" "$work/www" "$work/tmp"
{
  echo "id,name_ja,name_en,booth,category,description_ja,description_en,logo,sample"
  for i in $(seq "$images"); do
    printf '\x89PNG\r\n\x1a\n' > "$work/src/images/logo_$i.png"
    head -c $((5 * 1024 * 1024 - 8)) /dev/urandom >> "$work/src/images/logo_$i.png"
    echo "bench_$i,ベンチ出展者$i,Bench exhibitor $i,B-$i,materials,説明,Description,images/logo_$i.png,true"
  done
} > "$work/src/exhibitors.csv"
# Slides may name exhibitors of the built-in list; keep only those that do not.
grep -v ',exhibitor,' assets/content/slides.csv > "$work/src/slides.csv"
"$kioskctl" keygen --out "$work/staff" >/dev/null
"$kioskctl" build "$work/src" -o "$work/www/bundle" --key "$work/staff.key" >/dev/null
asset_mib=$(du -sm "$work/www/bundle" | cut -f1)

# ---- nginx on a free port, everything in $work
port=$(( 20000 + RANDOM % 20000 ))
cat > "$work/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes 1;
daemon on;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
  log_format t '\$request_method \$uri \$status \$body_bytes_sent';
  access_log $work/access.log t;
  client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
  types { application/json json; }
  default_type application/octet-stream;
  server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
# nginx's validators come from the files' mtimes in whole seconds, and the kiosk rightly distrusts a
# Last-Modified in the same second as the response (sync/http/http_client.cpp): without this pause a
# fast machine syncs within the second the bundle was built and the unchanged poll becomes a full GET,
# which no kiosk polling minutes after a publish sees.
sleep 1
"$nginx" -p "$work" -c "$work/nginx.conf" || { echo "sync_bench.sh: nginx did not start (see $work/error.log)" >&2; exit 1; }
nginx_started=1
url=http://127.0.0.1:$port/bundle
for _ in $(seq 50); do curl -sf -o /dev/null "$url/manifest.json" && break; sleep 0.1; done
: > "$work/access.log"

log_lines() { wc -l < "$work/access.log"; }
log_bytes_from() { tail -n +"$(( $1 + 1 ))" "$work/access.log" | awk '{ s += $4 } END { print s + 0 }'; }
now_ms() { date +%s%3N; }
sync_once() {  # sync_once DATA_DIR: one kioskctl sync; prints its wall time in ms
  local start; start=$(now_ms)
  "$kioskctl" sync --data-dir "$1" --source "$url" --pubkey "$work/staff.pub" --once >> "$out/sync.log" 2>&1 ||
    { echo "sync_bench.sh: kioskctl sync failed (see $out/sync.log)" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
}
files=$(cd "$work/www/bundle" && find . -type f | sed 's|^\./||' | sort)
curl_once() {  # curl_once DEST: every file of the bundle, one curl process, one connection
  # DEST is a folder beside the kiosk's data dir (same file system), or /dev/null for the network alone.
  local dest=$1 start args=()
  if [ "$dest" != /dev/null ]; then rm -rf "$dest"; mkdir -p "$dest"; fi
  start=$(now_ms)
  for f in $files; do
    if [ "$dest" = /dev/null ]; then args+=(-o /dev/null "$url/$f"); else args+=(-o "$dest/${f//\//_}" "$url/$f"); fi
  done
  curl -sf "${args[@]}" || { echo "sync_bench.sh: curl download failed" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
}

raw=$out/sync-raw.tsv
printf 'round\tfigure\tvalue\tloadavg\n' > "$raw"
record() { printf '%s\t%s\t%s\t%s\n' "$round" "$1" "$2" "$(cut -d' ' -f1 /proc/loadavg)" >> "$raw"; }
: > "$out/sync.log"
for round in $(seq "$rounds"); do
  echo "sync_bench.sh: round $round/$rounds (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  rm -rf "$work/data"
  before=$(log_lines)
  record full_sync_ms "$(sync_once "$work/data")"
  record full_sync_requests $(( $(log_lines) - before ))
  record full_sync_body_bytes "$(log_bytes_from "$before")"
  record raw_curl_ms "$(curl_once "$work/curl-files")"
  record raw_curl_devnull_ms "$(curl_once /dev/null)"
  before=$(log_lines)
  sync_once "$work/data" > /dev/null
  record unchanged_poll_requests $(( $(log_lines) - before ))
  record unchanged_poll_body_bytes "$(log_bytes_from "$before")"
done
# One changed asset: a new version of the bundle with logo_1 replaced, then one sync of the kiosk.
printf '\x89PNG\r\n\x1a\n' > "$work/src/images/logo_1.png"
head -c $((5 * 1024 * 1024 - 8)) /dev/urandom >> "$work/src/images/logo_1.png"
sleep 1  # the builder stamps a version of at least now; the guard against same-second republish
"$kioskctl" build "$work/src" -o "$work/bundle-v2" --key "$work/staff.key" >/dev/null
rm -rf "$work/www/bundle-old"; mv "$work/www/bundle" "$work/www/bundle-old"; mv "$work/bundle-v2" "$work/www/bundle"
before=$(log_lines)
round=update
record one_asset_update_ms "$(sync_once "$work/data")"
record one_asset_update_requests $(( $(log_lines) - before ))
record one_asset_update_body_bytes "$(log_bytes_from "$before")"

summary=$(awk -F'\t' '
  NR > 1 { v[$2] = v[$2] " " $3; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
  END {
    for (k = 1; k <= n; k++) {
      c = split(v[order[k]], a, " ")
      for (i = 2; i <= c; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      med = c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
      printf "%s\t%s\t%s\t%s\n", order[k], med, a[1], a[c]
      m[order[k]] = med
    }
    printf "throughput_ratio_sync_vs_curl\t%.3f\t\t\n", m["raw_curl_ms"] / m["full_sync_ms"]
    printf "throughput_ratio_sync_vs_curl_devnull\t%.3f\t\t\n", m["raw_curl_devnull_ms"] / m["full_sync_ms"]
  }' "$raw")
{
  echo "Sync against nginx on 127.0.0.1: bundle of $asset_mib MiB ($images images of 5 MiB), $rounds round(s)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-30s %s\n' figure "median (min-max)"
  while IFS=$'\t' read -r f med lo hi; do
    if [ -n "$lo" ]; then printf '%-30s %s (%s-%s)\n' "$f" "$med" "$lo" "$hi"; else printf '%-30s %s\n' "$f" "$med"; fi
  done <<< "$summary"
  echo "throughput ratio = raw curl time (files written to disk; _devnull: discarded) / kioskctl sync time (1.0 = as fast as curl). Raw values: $raw"
} | tee "$out/sync.txt"
{
  printf '{\n  "rounds": %s, "bundle_mib": %s,\n  "figures": {\n' "$rounds" "$asset_mib"
  sep=""
  while IFS=$'\t' read -r f med lo hi; do
    printf '%s    "%s": {"median": %s, "min": %s, "max": %s}' "$sep" "$f" "$med" "${lo:-$med}" "${hi:-$med}"
    sep=$',\n'
  done <<< "$summary"
  printf '\n  }\n}\n'
} > "$out/sync.json"
