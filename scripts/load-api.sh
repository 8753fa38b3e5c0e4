#!/usr/bin/env bash
# Load test of the calculation API with rate limiting off: the packaged jar on this machine, a mixed request set (the
# sample cases), load generator on the same 2 cores. Prints throughput and latency; asserts nothing.
#   scripts/load-api.sh [seconds]
# JAR=other.jar compares another build; JAVA_OPTS adds options to the application's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${JAR:-bootstrap/target/ondernemerscheck.jar}
PORT=18282
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
python3 - "$work/requests.jsonl" <<'PY'
import json, sys
cases = json.load(open("domain/src/test/resources/oracle/sample-cases.json"))
with open(sys.argv[1], "w") as out:
    for c in cases:
        out.write(json.dumps(c["request"]) + "\n")
PY
"$JAVA_HOME/bin/java" -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --ondernemerscheck.db.dir="$work/db" \
  --ondernemerscheck.api.rate-limit.enabled=false --logging.level.root=warn >"$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
  kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.2
done
URL="http://localhost:$PORT/api/v1/calculations"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%F)"
if command -v wrk >/dev/null; then
  # warm-up, not counted: let the JIT compile the hot paths first
  REQUESTS="$work/requests.jsonl" wrk -t2 -c32 -d10s -s scripts/mixed-requests.lua "$URL" >/dev/null
  # throughput with a light generator (wrk, from Debian's packages): 2 threads, 32 connections
  REQUESTS="$work/requests.jsonl" wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -s scripts/mixed-requests.lua "$URL" \
    | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
fi
"$JAVA_HOME/bin/java" scripts/ApiLoad.java max "$URL" "$work/requests.jsonl" "$SECONDS_PER_RUN" 32
"$JAVA_HOME/bin/java" scripts/ApiLoad.java rate "$URL" "$work/requests.jsonl" "$SECONDS_PER_RUN" 1000
