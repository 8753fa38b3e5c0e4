#!/usr/bin/env bash
# Issue 8 figures for the portfolio with 5,000 clients: first page and filter/search changes (round trip over Vaadin's
# own protocol and server time from the access log), alone and with concurrent accountants, and live heap per open
# portfolio view. Seeds the demo firm through the app's own use cases first, measures while holding /tmp/mvn.lock,
# prints the figures, stops everything it started.
#   scripts/measure-portfolio.sh [clients=5000] [accountants at once=20] [seconds=60] [heap steps=200,500]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-5000}
USERS=${2:-20}
SECONDS_MEASURED=${3:-60}
HEAP_STEPS=${4:-200,500}
PORT=18485
source scripts/load-common.sh
prepare_run
password="Meting-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-2026"
accounts=$((USERS + 30))

echo "seeding $CLIENTS clients with facts and results and $accounts accountants (not measured) ..."
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
"$JAVA" -Xmx1g -cp "$work/app/ondernemerscheck.jar:$work/app/lib/*" scripts/seed/SeedPortfolio.java \
  "$CLIENTS" "$accounts" "$password" --ondernemerscheck.db.dir="$work/db" --ondernemerscheck.demo=true \
  --server.port=0 --logging.level.root=warn >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
grep -E '^seeded .* with' "$work/seed.log"
start_app "$work" "$PORT"
BASE="http://localhost:$PORT/"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u '+%F %H:%M UTC'); app: -Xmx1g"

# the three measurements in one hold of the lock (about 4-5 minutes), so they are taken back to back
measurements() {
  echo "-- one accountant alone (server time without contention)"
  "$JAVA" scripts/vaadin/PortfolioLoad.java latency "$BASE" "$password" 1 1 "$SECONDS_MEASURED" 15 500 1500 \
    | tee "$work/out"
  python3 scripts/server-times.py "$work/access.log" $(sed -n 's/^measured window[^:]*: //p' "$work/out")
  echo "-- $USERS accountants at once"
  "$JAVA" scripts/vaadin/PortfolioLoad.java latency "$BASE" "$password" 2 "$USERS" "$SECONDS_MEASURED" 15 1000 3000 \
    | tee "$work/out"
  python3 scripts/server-times.py "$work/access.log" $(sed -n 's/^measured window[^:]*: //p' "$work/out")
  echo "-- live heap per open portfolio view"
  "$JAVA" scripts/vaadin/PortfolioLoad.java heap "$BASE" "$password" $((USERS + 2)) 20 "$pid" "$HEAP_STEPS"
}
with_lock "portfolio with $CLIENTS clients" measurements
