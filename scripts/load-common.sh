# Shared by the measure-*.sh scripts (sourced): start the jar with an access log that records the server time of every
# request, and run a measurement while holding the build lock, saying what else was busy on the machine.

# prepare_run: sets $JAVA and $JAR (the packaged app, which must exist) and makes a fresh folder $work; when the script
# ends, however it ends, the app started into $pid is stopped and $work is removed
prepare_run() {
  JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
  JAVA="$JAVA_HOME/bin/java"
  JAR=bootstrap/target/ondernemerscheck.jar
  [ -f "$JAR" ] || { echo "build the jar first: mvn -o -DskipTests package (through the lock)" >&2; exit 1; }
  work=$(mktemp -d)
  pid=
  trap stop_run EXIT
  trap 'exit 130' INT TERM
}

stop_run() {
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}

# start_app WORK PORT [app arguments...]: sets $pid; the caller's trap stops it
start_app() {
  local dir=$1 port=$2
  shift 2
  # APP_JAVA_OPTS: extra JVM options for the app only (diagnostics while looking into a figure)
  "$JAVA" -Xmx1g ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --ondernemerscheck.db.dir="$dir/db" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$dir" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.rotate=false \
    --server.tomcat.accesslog.buffered=false \
    "--server.tomcat.accesslog.pattern=%{begin:msec}t %U%q %s %D" "$@" >"$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do
    kill -0 $pid 2>/dev/null || { cat "$dir/app.log" >&2; exit 1; }
    sleep 0.3
  done
}

# with_lock TITLE command...: runs the command holding /tmp/mvn.lock (LOAD_LOCK names another lock file, only for
# trying the scripts out: figures taken without the build lock are not worth recording), after noting the load and the busiest processes
with_lock() {
  local title=$1
  shift
  (
    flock 9
    echo "== $title (lock held from $(date -u +%H:%M:%S); load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # CPU over the last second, busiest first (top's second sample; the first counts since process start)
    top -b -n 2 -d 1 -o %CPU | awk '/^top -/ {n++} n == 2 && $1 ~ /^[0-9]+$/ && c < 4 {printf "   busy before: %s %s%%\n", $12, $9; c++}'
    "$@"
    echo "   (lock released $(date -u +%H:%M:%S))"
  ) 9>"${LOAD_LOCK:-/tmp/mvn.lock}"
}
