#!/usr/bin/env bash
# Cold start of the packaged jar to the first HTTP 200 on /actuator/health, and the process RSS once started.
# Median of N runs (default 5), each on a fresh embedded database directory. Prints the figures; asserts nothing.
#   scripts/measure-startup.sh [runs] [extra java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${JAR:-bootstrap/target/ondernemerscheck.jar}
[ -f "$JAR" ] || { echo "build the jar first: ./oc run or mvn -DskipTests package" >&2; exit 1; }
PORT=18181
times=(); rss=()
for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -Xmx1g "$@" -jar "$JAR" --server.port=$PORT --ondernemerscheck.db.dir="$dir/db" \
    >"$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 $pid 2>/dev/null || { echo "the app stopped; see $dir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  sleep 2
  kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms"); rss+=("$kb")
  echo "run $i: first 200 after ${ms} ms, RSS $((kb / 1024)) MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: first 200 after $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MiB (runs: $RUNS, java options: ${*:-none})"
