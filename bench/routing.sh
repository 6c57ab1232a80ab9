#!/usr/bin/env bash
# The routing benchmark: seeds 100 000 cases in its own database (medverka_bench, created by the
# test environment and dropped here afterwards), times the inbox through the real service, and
# compares routing throughput with raw PostgreSQL inserts. Figures: portal/target/bench-routing.txt
# Options: -Dbench.cases=100000 -Dbench.repetitions=300 -Dbench.routed=2000
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
drop() {
  if command -v psql >/dev/null; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'drop database if exists medverka_bench with (force)' || true
  fi
}
trap drop EXIT
./mvnw -B -pl portal -Pbench test -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat portal/target/bench-routing.txt
