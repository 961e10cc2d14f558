#!/bin/sh
# Install Debian's headless PyQGIS, GDAL's Python bindings and ogrinfo for the QGIS proof tests.
# Idempotent: does nothing when both are already importable by the system python3.
# Needs root and a reachable apt mirror (CI has both).
set -eu
if /usr/bin/python3 -c 'import qgis.core, osgeo.gdal, osgeo_utils.samples.validate_gpkg' \
        >/dev/null 2>&1 && command -v ogrinfo >/dev/null; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-qgis.sh: must run as root to apt-get install python3-qgis" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends python3-qgis python3-gdal gdal-bin
