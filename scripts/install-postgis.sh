#!/bin/sh
# Install PostgreSQL 15 with PostGIS 3 from Debian, when missing (idempotent).
# Needs root and apt; used by tests/conftest.py and `make postgis` before the PostGIS suite.
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
apt-get update -q
apt-get install -y -q --no-install-recommends postgresql "postgresql-$PG_VERSION-postgis-3"
have
echo "installed PostgreSQL $PG_VERSION with PostGIS"
