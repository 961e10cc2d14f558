#!/bin/sh
# Install Debian's headless PyQGIS and GDAL Python bindings for the QGIS proof test.
# Idempotent: does nothing when both are already importable by the system python3.
# Needs root and a reachable apt mirror (CI has both).
set -eu
if /usr/bin/python3 -c 'import qgis.core, osgeo.gdal, osgeo_utils.samples.validate_gpkg' \
        >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-qgis.sh: must run as root to apt-get install python3-qgis" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends python3-qgis python3-gdal
