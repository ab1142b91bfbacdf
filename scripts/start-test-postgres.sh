#!/usr/bin/env bash
# Starts a private PostgreSQL for the central server's tests (idempotent) and prints its JDBC URL.
#
#   scripts/start-test-postgres.sh           # prints the JDBC URL
#   eval "$(scripts/start-test-postgres.sh --env)"   # exports LOKET_TEST_PG_URL, _USER, _PASSWORD
#   ./mvnw verify -pl sync/central -am       # now also runs the PostgreSQL variants of the tests
#   scripts/start-test-postgres.sh --reset   # drops and recreates the test database
#   scripts/start-test-postgres.sh --stop
#
# Loopback only, on port 55432 (LOKET_TEST_PG_PORT), data under /tmp/loket-test-pg (LOKET_TEST_PG_DIR).
# initdb refuses to run as root: as root the server runs as the "postgres" user.
set -euo pipefail

PORT="${LOKET_TEST_PG_PORT:-55432}"
DIR="${LOKET_TEST_PG_DIR:-/tmp/loket-test-pg}"
DATA="$DIR/data"
SOCK="$DIR/sock"
DB=loket_central_test
ROLE=loket
PASSWORD=loket

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        echo "start-test-postgres: installing PostgreSQL..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
        BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    else
        echo "start-test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
        exit 1
    fi
fi

as_owner() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_admin() {
    as_owner "$BIN/psql" -h "$SOCK" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

if [[ "${1:-}" == "--stop" ]]; then
    if [[ -f "$DATA/postmaster.pid" ]]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2; fi
    exit 0
fi

mkdir -p "$DIR"
if [[ "$(id -u)" == 0 ]]; then chown postgres: "$DIR"; fi
if [[ ! -f "$DATA/PG_VERSION" ]]; then
    as_owner mkdir -p "$DATA" "$SOCK"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
as_owner mkdir -p "$SOCK"
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w \
        -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
fi

if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [[ "${1:-}" == "--reset" ]]; then
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $ROLE"
fi

URL="jdbc:postgresql://127.0.0.1:$PORT/$DB"
if [[ "${1:-}" == "--env" ]]; then
    printf 'export LOKET_TEST_PG_URL=%q LOKET_TEST_PG_USER=%q LOKET_TEST_PG_PASSWORD=%q\n' "$URL" "$ROLE" "$PASSWORD"
else
    echo "$URL  (user $ROLE, password $PASSWORD)"
fi
