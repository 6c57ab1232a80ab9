#!/usr/bin/env bash
# The weight benchmark: what a resident's phone downloads and how long it waits on a weak connection.
# Starts the production jar (on a free port, on a database of its own, created anew, with one
# published dialogue in it), then WeightBench drives headless chromium (Playwright) over it with the
# network throttled through the DevTools protocol: none, fast 3G (1.6 Mbit/s, 150 ms), slow 3G
# (400 kbit/s, 400 ms). For / /klagomal /klagomal/status /dialog /barn and the dialogue's page: bytes
# and requests of a first visit (empty cache) and a repeat visit (same browser, new tab), time until
# the main heading and the first input are visible and usable; median of RUNS runs (5).
# Figures: portal/target/bench-weight.txt (the table; the load average before and after is printed
# with it: the machine is shared, so timings are noisy).
# Options (environment): RUNS=5 NETWORKS="none fast3g slow3g" PATHS="/ /klagomal ..." PORT (free one)
#   TLS=1: HTTPS with HTTP/2 on the portal itself (a self-signed certificate made for the run), as a
#   resident's phone reaches it through the city's TLS proxy; without it, plain HTTP/1.1 to Tomcat.
#   NO_COMPILE=1 (the driver is compiled already) WEIGHT_DB=medverka_weight BUILD=1 (package the jar even if one exists) JAR=path (measure another build)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
RUNS="${RUNS:-5}"
NETWORKS="${NETWORKS:-none fast3g slow3g}"
DB="${WEIGHT_DB:-medverka_weight}"
OUT="${OUT:-portal/target/bench-weight.txt}"
APP_PID=

jar() { ls portal/target/portal-*.jar 2>/dev/null | grep -v sources | head -1; }
if [ -z "${JAR:-}" ] && { [ -z "$(jar)" ] || [ -n "${BUILD:-}" ]; }; then
  ./mvnw -B -q -DskipTests package
fi
JAR="${JAR:-$(jar)}"
# The driver runs from the compiled test classes, on the test class path (Playwright).
[ -n "${NO_COMPILE:-}" ] || ./mvnw -B -q -pl portal test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
# The drivers' class path: our classes before the jars, so that the portal's logback.xml shadows the
# one commons-ip2 ships (DEBUG into ./commons-ip.log.txt, the mail sink's every SMTP line with it).
BENCH_CP="portal/target/test-classes:portal/target/classes:$(cat portal/target/bench-classpath.txt)"

stop_app() {
  for pid in "$APP_PID" "${SINK_PID:-}"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  APP_PID=
}
trap stop_app EXIT

# The production jar refuses to start without an SMTP server and complaint keys: a mail sink that
# forgets what it gets (as bench/load.sh) and a random key for this run.
SMTP_PORT="${SMTP_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
"$JAVA" -Xmx256m -cp "$BENCH_CP" \
  se.medverka.bench.MailSink "$SMTP_PORT" > portal/target/bench-weight-mail-sink.log 2>&1 &
SINK_PID=$!

# HTTPS with HTTP/2 (TLS=1): a throwaway self-signed certificate; Tomcat speaks h2 through the JDK's ALPN.
SCHEME=http
TLS_ENV=()
if [ -n "${TLS:-}" ]; then
  STORE=portal/target/bench-weight-tls.p12
  rm -f "$STORE"
  "$JAVA_HOME/bin/keytool" -genkeypair -alias bench -keyalg EC -groupname secp256r1 -validity 2 \
    -dname "CN=127.0.0.1" -ext "SAN=ip:127.0.0.1" -storetype PKCS12 -keystore "$STORE" -storepass benchpass -keypass benchpass >/dev/null
  TLS_ENV=(SERVER_SSL_ENABLED=true SERVER_SSL_KEY_STORE="file:$PWD/$STORE" SERVER_SSL_KEY_STORE_PASSWORD=benchpass
    SERVER_SSL_KEY_STORE_TYPE=PKCS12 SERVER_HTTP2_ENABLED=true)
  SCHEME=https
  # Chromium trusts the certificate by its public key's hash (so it caches as with a real certificate).
  SPKI=$("$JAVA_HOME/bin/keytool" -exportcert -rfc -alias bench -keystore "$STORE" -storepass benchpass \
    | openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)
fi

psql_() { psql -q -h 127.0.0.1 -U postgres "$@"; }
psql_ -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= PORT="$PORT" MEDVERKA_ADMIN_PASSWORD="weight-bench-$RANDOM$RANDOM" \
  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" MEDVERKA_COMPLAINT_KEYS="bench:$(head -c 32 /dev/urandom | base64)" \
  MEDVERKA_BASE_URL="https://medverka.bench" MEDVERKA_SESSION_SECURE_COOKIE=false \
  MEDVERKA_COUNCIL_ADDRESS_HASH_KEY="$(head -c 32 /dev/urandom | base64)" \
  env "${TLS_ENV[@]}" "$JAVA" -Xmx512m -jar "$JAR" > portal/target/bench-weight-app.log 2>&1 &
APP_PID=$!
for i in $(seq 1 "${START_WAIT:-300}"); do
  curl -fsk -o /dev/null "$SCHEME://127.0.0.1:$PORT/" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 portal/target/bench-weight-app.log; exit 1; }
  [ "$i" = "${START_WAIT:-300}" ] && { echo "the portal did not answer within ${START_WAIT:-300} s" >&2; exit 1; }
  sleep 1
done

# One published, open dialogue (the page a resident reaches from /dialog), written as staff would
# leave it: Swedish texts and one free-text question.
DIALOGUE=$(psql_ -d "$DB" -At <<'SQL'
with d as (
  insert into dialogue_dialogue (committee_id, status, opens_on, closes_on, allow_answers, allow_proposals,
      allow_comments, moderation, created_at, created_by, published_at)
  select min(id), 'PUBLISHED', current_date - 1, current_date + 30, true, true, true, 'POST', now(), 'weight-bench', now()
  from routing_committee returning id),
t as (
  insert into dialogue_text (dialogue_id, language, title, summary, body)
  select id, 'sv', 'Hur ska parken vid skolan bli tryggare?', 'Berätta vad som gör parken otrygg och vad som skulle hjälpa.',
      'Stadsdelsnämnden ska rusta parken nästa år. Innan vi bestämmer något vill vi höra från er som använder den: barn, föräldrar, grannar. Svara på frågan, lämna ett förslag eller kommentera andras.'
  from d returning dialogue_id),
q as (
  insert into dialogue_question (dialogue_id, position, kind) select dialogue_id, 1, 'FREE_TEXT' from t returning id)
insert into dialogue_question_text (question_id, language, text) select id, 'sv', 'Vad skulle göra parken tryggare för dig?' from q;
select max(id) from dialogue_dialogue;
SQL
)
PATHS="${PATHS:-/ /klagomal /klagomal/status /dialog /barn /dialog/$DIALOGUE}"

{
  echo "Weight benchmark $(date -u +%FT%TZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "production jar, chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') headless, 390×844 mobile viewport; median of $RUNS runs;"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$OUT.head"
"$JAVA" -cp "$BENCH_CP" se.medverka.bench.WeightBench \
  base="$SCHEME://127.0.0.1:$PORT" paths="$(echo $PATHS | tr ' ' ',')" runs="$RUNS" networks="$(echo $NETWORKS | tr ' ' ',')" \
  out="$OUT.body" spki="${SPKI:-}"
{ cat "$OUT.head" "$OUT.body"; echo; echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$OUT"
rm -f "$OUT.head" "$OUT.body"
echo
cat "$OUT"
