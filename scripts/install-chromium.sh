#!/bin/sh
# Install Debian's headless Chromium, its WebDriver and a Hangul font for the browser tests,
# only when missing.
# Idempotent; needs root (CI runs as root with apt reachable).
set -eu
if command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromedriver ] \
        && [ -d /usr/share/fonts/truetype/nanum ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-chromium.sh: need root to apt-get install chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends chromium chromium-driver \
    fonts-nanum  # Hangul glyphs, so screenshots show 영저동 rather than boxes
