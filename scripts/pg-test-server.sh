#!/bin/sh
# A throwaway PostgreSQL + PostGIS server for tests and benchmarks, on loopback only.
#
#   scripts/pg-test-server.sh start DIR [PORT]   # initdb into DIR, start, print the URL
#   scripts/pg-test-server.sh stop DIR           # stop it (DIR can then be deleted)
#
# The cluster trusts loopback connections for user `catalog` and has a database
# `catalog` with the postgis extension, which tests use as a template. Run as root, the
# server runs as the `postgres` system user (PostgreSQL refuses to run as root).
# Durability is switched off (fsync, synchronous_commit): it is a test server.
set -eu
cmd=${1:?usage: pg-test-server.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-test-server.sh start|stop DIR [PORT]}
PG_VERSION=${PG_VERSION:-15}
bin=/usr/lib/postgresql/$PG_VERSION/bin
[ -x "$bin/initdb" ] || bin=$(dirname "$(command -v initdb || echo /nonexistent/initdb)")
if [ ! -x "$bin/initdb" ]; then
    echo "pg-test-server.sh: no PostgreSQL found (run scripts/install-postgis.sh)" >&2
    exit 3
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $cmd in
start)
    port=${3:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U catalog --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    url="postgresql://catalog@127.0.0.1:$port/catalog"
    psql=$bin/psql
    [ -x "$psql" ] || psql=psql
    "$psql" -q -X "postgresql://catalog@127.0.0.1:$port/postgres" -c "CREATE DATABASE catalog" \
        >"$dir/psql.log" 2>&1 &&
        "$psql" -q -X "$url" -c "CREATE EXTENSION postgis" >>"$dir/psql.log" 2>&1 || {
            cat "$dir/psql.log" >&2
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
            exit 4
        }
    echo "$url"
    ;;
stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "usage: pg-test-server.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
