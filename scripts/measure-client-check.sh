#!/usr/bin/env bash
# Issue 7 figures for the anonymous quick check: round trip per answered question under concurrent simulated visitors
# (Vaadin's own protocol over real HTTP) and live heap per open check. Starts the packaged jar with demo data, measures
# while holding /tmp/mvn.lock (no build at the same time), prints the figures, stops everything it started.
#   scripts/measure-client-check.sh [visitors=200] [seconds=60] [heap steps=200,1000]
set -euo pipefail
cd "$(dirname "$0")/.."
VISITORS=${1:-200}
SECONDS_MEASURED=${2:-60}
HEAP_STEPS=${3:-200,1000}
PORT=18484
source scripts/load-common.sh
prepare_run
start_app "$work" "$PORT" --ondernemerscheck.demo=true
# the demo data is seeded right after start-up; its summary names the quick check's address
for _ in $(seq 1 100); do
  firm=$(sed -n 's|.*/check/\([0-9a-f-]*\).*|\1|p' "$work/app.log" | head -n 1)
  [ -n "$firm" ] && break
  sleep 0.3
done
[ -n "$firm" ] || { echo "no demo firm in the log" >&2; exit 1; }
BASE="http://localhost:$PORT/"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u '+%F %H:%M UTC'); app: -Xmx1g, demo data"

with_lock "live heap per open check" \
  "$JAVA" scripts/vaadin/CheckLoad.java heap "$BASE" "$firm" "$pid" "$HEAP_STEPS"

with_lock "round trips, $VISITORS visitors" \
  "$JAVA" scripts/vaadin/CheckLoad.java latency "$BASE" "$firm" "$VISITORS" "$SECONDS_MEASURED" 20 1000 3000 | tee "$work/out"
python3 scripts/server-times.py "$work/access.log" $(sed -n 's/^measured window[^:]*: //p' "$work/out")
