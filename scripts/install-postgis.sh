#!/bin/sh
# Install PostgreSQL 15 with PostGIS 3 from Debian, when missing (idempotent).
# Needs root and apt (waits for another apt to finish); tests/conftest.py and
# benchmarks/bench_postgis.py call it before starting a throwaway server.
set -eu
PG_VERSION=${PG_VERSION:-15}
have() {
    [ -x "/usr/lib/postgresql/$PG_VERSION/bin/initdb" ] &&
        [ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]
}
if have; then
    echo "PostgreSQL $PG_VERSION with PostGIS is installed"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-postgis.sh: need root to apt-get install postgresql-$PG_VERSION-postgis-3" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends postgresql "postgresql-$PG_VERSION-postgis-3"
have
echo "installed PostgreSQL $PG_VERSION with PostGIS"
