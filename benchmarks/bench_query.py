"""Region queries over synthetic catalogues of 10k, 100k and 1M sites, against the baseline
a user would write: read the whole layer with geopandas, then filter (``.cx``), ``sjoin``
or compute every geodesic distance.

Catalogues are built once into ``build/bench/`` (see :mod:`benchmarks.synthetic`); delete
that folder to rebuild them. Run with ``nice make bench`` on a shared machine.
Set ``BENCH_QUERY_SIZES=10000,100000`` to skip the million.
"""

from __future__ import annotations

import math
import os
import time

import geopandas as gpd
import numpy as np
import pyproj
import shapely

from benchmarks import median_time
from benchmarks.synthetic import build_synthetic, cached_synthetic, synthetic_sites
from catalog import open_catalog
from catalog.query import BBox, Near, PolygonRegion

SIZES = tuple(int(n) for n in os.environ.get("BENCH_QUERY_SIZES",
                                             "10000,100000,1000000").split(","))
BOX = (120.0, 30.0, 130.0, 40.0)  # 10 x 10 degrees: about 0.2 % of the sites
NEAR = (40.0, 100.0, 250_000.0)  # lat, lon, metres: about 0.04 % of the sites
GEOD = pyproj.Geod(ellps="WGS84")


def star_polygon(vertices: int = 100, centre=(0.0, 10.0), radius: float = 27.7
                 ) -> shapely.Polygon:
    """A wavy 100-vertex polygon covering about 5 % of the synthetic sites."""
    t = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    r = radius * (1 + 0.15 * np.sin(5 * t))
    return shapely.Polygon(np.column_stack([centre[0] + r * np.cos(t),
                                            centre[1] + r * np.sin(t)]))


def run(record) -> None:
    _bench_bulk_insert(record)
    poly = star_polygon()
    times = {}
    for n in SIZES:
        _bench_size(record, n, poly, times)
    for name in ("bbox", "polygon", "radius"):
        small, big = (name, min(SIZES)), (name, max(SIZES))
        if small in times and big in times and small != big:
            print(f"  {name}: {times[big] * 1000:.1f} ms at {big[1]:,} sites vs "
                  f"{times[small] * 1000:.1f} ms at {small[1]:,} "
                  f"({times[big] / times[small]:.1f}x for {big[1] // small[1]}x the sites)")


def _bench_size(record, n: int, poly: shapely.Polygon, times: dict) -> None:
    path = cached_synthetic(n)
    reps = 3 if n >= 1_000_000 else 5

    def ours(region):
        def fn():
            with open_catalog(path) as cat:
                return cat.query(region)
        return fn

    def read_all():
        return gpd.read_file(path, layer="sites")

    def base_bbox():
        return read_all().cx[BOX[0]:BOX[2], BOX[1]:BOX[3]]

    poly_frame = gpd.GeoDataFrame(geometry=[poly], crs="EPSG:4326")

    def base_polygon():
        return gpd.sjoin(read_all(), poly_frame, predicate="intersects")

    def base_near():
        frame = read_all()
        frame = frame[frame.geometry.notna()]
        x, y = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
        _, _, d = GEOD.inv(np.full(len(x), NEAR[1]), np.full(len(x), NEAR[0]), x, y)
        return frame[d <= NEAR[2]]

    cases = [("bbox", BBox(*BOX), base_bbox, "read_file + .cx"),
             ("polygon", PolygonRegion(poly), base_polygon, "read_file + sjoin"),
             ("radius", Near(*NEAR), base_near, "read_file + Geod.inv")]
    for name, region, baseline, baseline_name in cases:
        hits = len(ours(region)())
        base_hits = len(baseline())
        assert hits == base_hits, f"{name}: ours found {hits}, baseline {base_hits}"
        ours_s = median_time(ours(region), repeat=7)
        base_s = median_time(baseline, repeat=reps, warmup=0)
        times[name, n] = ours_s
        record(f"query {name}", n, ours_s, baseline_name, base_s, hits=hits,
               share=round(hits / n, 4))


def _bench_bulk_insert(record, n: int = 10_000) -> None:
    """Bulk add_sites against the add_site loop a user would write."""
    out = "build/bench/insert.gpkg"
    os.makedirs("build/bench", exist_ok=True)
    bulk_s = min(build_synthetic(out, n, overwrite=True) for _ in range(3))

    def one_by_one():
        if os.path.exists(out):
            os.remove(out)
        t = time.perf_counter()
        with open_catalog(out, create=True) as cat, cat.transaction():
            for s in synthetic_sites(n):
                cat.add_site(s)
        return time.perf_counter() - t

    record("bulk add_sites", n, bulk_s, "add_site in a loop", one_by_one())
    os.remove(out)
    if 1_000_000 in SIZES:
        path = f"build/bench/synthetic-{1_000_000}-seed0.gpkg"
        if not os.path.exists(path):
            print(f"  building {path} ...", flush=True)
        cached_synthetic(1_000_000)
