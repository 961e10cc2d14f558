#!/bin/sh
# Install Debian's Node.js for the map's JavaScript tests (node --test tests/js/), only when
# missing or older than 18 (the first with a stable built-in test runner).
# Idempotent; needs root (CI runs as root with apt reachable).
set -eu
if command -v node >/dev/null 2>&1 \
        && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-node.sh: need root to apt-get install nodejs" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends nodejs
