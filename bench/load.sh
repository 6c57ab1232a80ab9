#!/usr/bin/env bash
# The load benchmark: the production jar with a 1 GiB heap (G1) on a database of its own
# (medverka_load, created anew), driven over HTTP by LoadDriver, which speaks Vaadin Flow's protocol
# as a browser does (the page with the view's first state, UIDL, heartbeats). Three runs, each on a freshly started portal:
#   memory   live heap per idle anonymous session on the start page (after full GCs, jcmd), the
#            sessions one 1 GiB heap holds (estimate, then actually held); both class histograms in
#            portal/target/bench-load-memory-<lang>-histogram-{before,with}.txt
#   latency  200 concurrent residents submitting complaints at a person's pace (20-40 s on the form):
#            p50/p95/p99 of the sending
#   saturation  the same residents as fast as the portal allows (3.5-5.5 s on the form, it refuses
#            under 3 s): what one node can take
#   expiry   idle open tabs and closed tabs are freed (portal started with a 1-minute session
#            timeout and 10-second heartbeats so that this takes minutes, not half an hour)
# Figures: portal/target/bench-load.txt. The driver runs on the same machine as the portal.
# Options (environment): SESSIONS=2000 HOLD=6000 USERS=200 DURATION=120 WARMUP=45 THINK_MS=20000
#   THINK_JITTER_MS=20000 ANONYMITY=PIN|ANONYMOUS EXPIRY_SESSIONS=1000
#   LANGS="sv fi yi" (the memory run once per language: residents who chose it earlier, in the cookie)
#   RUNS="memory latency saturation expiry"
#   PORT=8091 DB_POOL_SIZE (the portal's, default 10) LOAD_DB=medverka_load JAR=path (another build) START_WAIT=300 (s)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
PORT="${PORT:-8091}"
RUNS="${RUNS:-memory latency saturation expiry}"
OUT=portal/target/bench-load.txt
DB="${LOAD_DB:-${DB:-medverka_load}}"
APP_PID=
SINK_PID=
SMTP_PORT="${SMTP_PORT:-3025}"
# The production jar refuses to start without its configuration: a complaint key of this run's own.
COMPLAINT_KEYS="bench:$(head -c 32 /dev/urandom | base64)"
ADDRESS_HASH_KEY="$(head -c 32 /dev/urandom | base64)"

jar() { ls portal/target/portal-*.jar 2>/dev/null | head -1; }
if [ -z "${JAR:-}" ] && [ -z "$(jar)" ]; then
  ./mvnw -B -q -pl portal -am package -DskipTests
fi
JAR="${JAR:-$(jar)}"
# The driver runs from the compiled test classes, on the test class path (Jackson for UIDL's JSON).
./mvnw -B -q -pl portal test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
# The drivers' class path: our classes before the jars, so that the portal's logback.xml shadows the
# one commons-ip2 ships (DEBUG into ./commons-ip.log.txt, the mail sink's every SMTP line with it).
BENCH_CP="portal/target/test-classes:portal/target/classes:$(cat portal/target/bench-classpath.txt)"

stop_sink() {
  if [ -n "$SINK_PID" ] && kill -0 "$SINK_PID" 2>/dev/null; then
    kill "$SINK_PID"
    wait "$SINK_PID" 2>/dev/null || true
  fi
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap 'stop_app; stop_sink' EXIT

# An SMTP server that accepts and forgets every mail (MailSink, GreenMail from the test class path).
"$JAVA" -Xmx256m -cp "$BENCH_CP" \
  se.medverka.bench.MailSink "$SMTP_PORT" > portal/target/bench-mail-sink.log 2>&1 &
SINK_PID=$!

# A fresh database for every run, so that each starts from the same state.
fresh_database() {
  if command -v psql >/dev/null; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
  else
    echo "psql not found: using the existing database $DB at 127.0.0.1:5432" >&2
  fi
}

# Starts the portal with extra Spring properties; waits until the start page answers.
start_app() {
  fresh_database
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= PORT="$PORT" MEDVERKA_ADMIN_PASSWORD="load-bench-$RANDOM$RANDOM" \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" MEDVERKA_COMPLAINT_KEYS="$COMPLAINT_KEYS" \
    MEDVERKA_BASE_URL="https://medverka.bench" MEDVERKA_COUNCIL_ADDRESS_HASH_KEY="$ADDRESS_HASH_KEY" \
    "$JAVA" -Xmx1g -XX:+UseG1GC -jar "$JAR" "$@" > portal/target/bench-load-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${START_WAIT:-300}"); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; then
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 portal/target/bench-load-app.log; exit 1; }
    sleep 1
  done
  echo "the portal did not answer within ${START_WAIT:-300} s" >&2
  exit 1
}

driver() {
  # Pooled connections are dropped before Tomcat's keep-alive timeout (20 s) would close them under a request.
  "$JAVA" -Xmx512m -Djdk.httpclient.keepalive.timeout=15 -cp "$BENCH_CP" \
    se.medverka.bench.LoadDriver "$@" base="http://127.0.0.1:$PORT"
}

{
  echo "Load benchmark $(date -u +%FT%TZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); portal: production jar, -Xmx1g -XX:+UseG1GC, PostgreSQL $DB;"
  echo "the driver runs on the same machine."
} > "$OUT"

for run in $RUNS; do
  case "$run" in
    memory)
      : > portal/target/bench-load-memory.txt
      for lang in ${LANGS:-sv fi yi}; do
        start_app
        driver memory pid="$APP_PID" sessions="${SESSIONS:-2000}" hold="${HOLD:-6000}" lang="$lang" \
          out=portal/target/bench-load-memory-$lang.txt histograms=portal/target/bench-load-memory-$lang-histogram
        stop_app
        cat "portal/target/bench-load-memory-$lang.txt" >> portal/target/bench-load-memory.txt
      done
      ;;
    latency)
      start_app
      driver latency pid="$APP_PID" users="${USERS:-200}" duration="${DURATION:-120}" warmup="${WARMUP:-45}" \
        think-ms="${THINK_MS:-20000}" think-jitter-ms="${THINK_JITTER_MS:-20000}" anonymity="${ANONYMITY:-PIN}" \
        out=portal/target/bench-load-latency.txt
      ;;
    saturation)
      start_app
      driver latency pid="$APP_PID" users="${USERS:-200}" duration=60 warmup=15 think-ms=3500 think-jitter-ms=2000 \
        anonymity="${ANONYMITY:-PIN}" out=portal/target/bench-load-saturation.txt
      ;;
    expiry)
      start_app --server.servlet.session.timeout=1m --vaadin.heartbeat-interval=10
      driver expiry pid="$APP_PID" sessions="${EXPIRY_SESSIONS:-1000}" wait=150 out=portal/target/bench-load-expiry.txt
      ;;
    *) echo "unknown run $run" >&2; exit 1 ;;
  esac
  stop_app
  cat "portal/target/bench-load-$run.txt" >> "$OUT"
done
echo
cat "$OUT"
