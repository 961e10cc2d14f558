#!/bin/sh
# Install Debian's xmllint (libxml2-utils) for the KML schema test, only when missing.
# Idempotent; needs root (CI runs as root with apt reachable).
set -eu
if command -v xmllint >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-xmllint.sh: need root to apt-get install libxml2-utils" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends libxml2-utils
