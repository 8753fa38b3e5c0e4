#!/usr/bin/env bash
# Issue 9 figures for a rate publish: the recompute of every stored result of 50 firms (wall time from the
# administrator's click on "Publiceren" until the last firm is done), the heap it takes, and the portfolio's p95 for
# one firm's accountants while it runs against the same accountants' p95 just before (idle). Seeds first (not
# measured), measures while holding /tmp/mvn.lock, prints the figures, stops everything it started.
#   scripts/measure-recompute.sh [firms=50] [clients per firm=1000] [accountants=10] [idle seconds=30]
#                                [warm-up seconds=120]
# Before the idle window the app is warmed up as a running server is: the administrator publishes a warm-up draft
# (the first recompute after a start also compiles its code; its time is printed) and the accountants work the
# portfolio for the warm-up seconds more.
# Two results per client (scripts/seed/SeedRecompute.java), so the defaults store 100,000 results (plus the demo
# firm's own few). KEEP_DB=/some/dir keeps the seeded database there and reuses it on the next run (each run adds
# its own accounts and a draft that moves the KIA rate the other way); without it everything goes at the end.
# FROM_DB=/some/dir runs on a copy of a database kept that way (left unchanged), so several runs, of one build or
# of two, can start from the same state: the database's growth from run to run is then no variable.
# RECOMPUTE_WORKERS=N starts the app with that many recompute workers (ondernemerscheck.jobs.recompute-workers).
# COLD=1 publishes no warm-up draft: the first publication after the start (with ROUNDS=1 the measured one) then comes
# after the portfolio's warm-up, as on a server in use since its start that has not published yet.
# PREVIEW=1: after the warm-up the administrator asks for the impact preview of the measured draft; its time is printed.
# ROUNDS=N (1 to 5, default 1): N idle windows and N publications of 100,000 results each, the last the measured one;
# the portfolio's figures then come per round and pooled, so that one idle window no longer decides the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
FIRMS=${1:-50}
PER_FIRM=${2:-1000}
USERS=${3:-10}
IDLE=${4:-30}
export ROUNDS=${ROUNDS:-1}
WARMUP=${5:-120}
PORT=18486
source scripts/load-common.sh
prepare_run
password="Meting-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-2026"
run=$(date -u +%H%M%S)
if [ -n "${FROM_DB:-}" ] && [ -n "${KEEP_DB:-}" ]; then
  echo "give KEEP_DB or FROM_DB, not both" >&2; exit 2
elif [ -n "${FROM_DB:-}" ]; then
  [ -f "$FROM_DB/seeded-$FIRMS-$PER_FIRM" ] \
    || { echo "$FROM_DB holds no database seeded with $FIRMS x $PER_FIRM" >&2; exit 2; }
  cp -a "$FROM_DB" "$work/db"
elif [ -n "${KEEP_DB:-}" ]; then
  mkdir -p "$KEEP_DB"
  ln -s "$(realpath "$KEEP_DB")" "$work/db"
else
  mkdir "$work/db"
fi

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
seed() {
  "$JAVA" -Xmx1g -cp "$work/app/ondernemerscheck.jar:$work/app/lib/*" scripts/seed/SeedRecompute.java "$@" \
    --ondernemerscheck.db.dir="$work/db" --ondernemerscheck.demo=true --server.port=0 \
    --logging.level.root=warn >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
  grep -E '^(firms|seeded|accounts for run|round [0-9]+: draft)' "$work/seed.log"
}
if [ -f "$work/db/seeded-$FIRMS-$PER_FIRM" ]; then
  echo "reusing the database seeded with $FIRMS firms x $PER_FIRM clients in ${FROM_DB:+a copy of }${FROM_DB:-$KEEP_DB}"
  seed draft "$USERS" "$password" "$run"
else
  echo "seeding $FIRMS firms x $PER_FIRM clients, two results each (not measured) ..."
  seed seed "$FIRMS" "$PER_FIRM" "$USERS" "$password" "$run"
  touch "$work/db/seeded-$FIRMS-$PER_FIRM"
fi
start_app "$work" "$PORT" --ondernemerscheck.demo=true \
  ${RECOMPUTE_WORKERS:+--ondernemerscheck.jobs.recompute-workers=$RECOMPUTE_WORKERS}
BASE="http://localhost:$PORT/"
pgport=$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -1)
sql() { psql -h localhost -p "$pgport" -U postgres -d ondernemerscheck -At -F ' ' "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u '+%F %H:%M UTC'); app: -Xmx1g," \
  "recompute workers: ${RECOMPUTE_WORKERS:-2 (default)};" \
  "stored results: $(sql -c "select format('select sum(n) from (%s) x', string_agg(format(
    'select count(*) n from %I.client_result', schema_name), ' union all ')) from platform.firm" | sql)"

measurement() {
  python3 scripts/cpu-by-process.py sample "$work/cpu" "$pid" 3600 &
  local sampler=$!
  "$JAVA" scripts/vaadin/RecomputeLoad.java "$BASE" "$password" "$run" "$USERS" "$pid" "$WARMUP" "$IDLE" 300 1000 \
    900 "$ROUNDS" $([ "${COLD:-0}" = 1 ] && echo no-warm-up-publication) $([ "${PREVIEW:-0}" = 1 ] && echo preview) \
    | tee "$work/out"
  kill $sampler
  echo "-- CPU by process, idle:"
  python3 scripts/cpu-by-process.py window "$work/cpu" $(sed -n 's/^idle window[^:]*: //p' "$work/out")
  echo "   during the recompute:"
  python3 scripts/cpu-by-process.py window "$work/cpu" $(sed -n 's/^during window[^:]*: //p' "$work/out")
  echo "-- server time of the same portfolio requests (access log), idle and during"
  python3 scripts/server-times.py "$work/access.log" $(sed -n 's/^idle window[^:]*: //p' "$work/out")
  echo "   during:"
  python3 scripts/server-times.py "$work/access.log" $(sed -n 's/^during window[^:]*: //p' "$work/out")
}
with_lock "rate publish and recompute of $FIRMS firms x $PER_FIRM clients" measurement

clicked=$(sed -n 's/^publish clicked at[^:]*: //p' "$work/out")
echo "-- recompute per firm (platform.rate_recompute, the table the /tarieven screen reads its progress from)"
sql -c "select count(*) as firms, sum(results) as results, count(*) filter (where done < publication) as waiting,
  count(*) filter (where failed_for is not null) as failed,
  round((extract(epoch from min(finished_at)) * 1000 - $clicked) / 1000.0, 1) as first_done_s,
  round((extract(epoch from max(finished_at)) * 1000 - $clicked) / 1000.0, 1) as last_done_s
  from platform.rate_recompute" | awk '{printf "firms %s, results stored %s, waiting %s, failed %s; first firm done %s s, last firm done %s s after the click\n", $1, $2, $3, $4, $5, $6}'
sql -c "select round(percentile_cont(0.5) within group (order by s)::numeric, 2), round(max(s)::numeric, 2)
  from (select extract(epoch from finished_at - lag(finished_at) over (order by finished_at)) s
  from platform.rate_recompute) x where s is not null" \
  | awk '{printf "time per firm (between consecutive finishes): median %s s, longest %s s\n", $1, $2}'
echo "longest gaps between finishes (firm id: seconds since the previous finish):" $(sql -c "select
  firm_id, s from (select firm_id, round(extract(epoch from finished_at - lag(finished_at) over (order by
  finished_at))::numeric, 2) s from platform.rate_recompute) x where s is not null order by s desc limit 3" \
  | awk '{printf "%s: %s s; ", $1, $2}')
echo "results changed (the notices left to each firm's accountants): $(sql -c "select format(
  'select sum(n) from (%s) x', string_agg(format('(select results_changed n from %I.recompute_notice order by id desc
  limit 1)', schema_name), ' union all ')) from platform.firm" | sql)"
echo "rehearsal after the start: $(grep -o 'recompute rehearsed.*' "$work/app.log" || echo 'none logged')"
