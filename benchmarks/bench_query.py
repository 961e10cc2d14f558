"""Region queries and bulk loading against the strongest stock path a user would take.

Queries (``Catalog.query``, opening the catalogue each time) on synthetic catalogues of
``BENCH_QUERY_SIZES`` sites (default 10,000, 100,000 and 1,000,000), against pyogrio's
``read_dataframe(..., use_arrow=True)`` with ``bbox=`` or ``mask=`` (GDAL's R-tree, then
its own exact test), and for a radius ``bbox=`` around the circle then pyproj ``Geod``
distances. Both sides return the same sites (checked). The naive baseline (read the whole
layer with ``gpd.read_file`` and filter) is kept as extra rows up to
``BENCH_NAIVE_MAX_N`` sites (default 100,000; it takes 10-20 s a run at 1M).

Bulk load: ``add_sites`` of ``BENCH_BULK_N`` sites (default 100,000; validated, with
their aliases, no history since the sites are made up) against
``pyogrio.write_dataframe(use_arrow=True)`` of the same sites as a GeoDataFrame (the
sites layer only: no validation, no aliases), and against ``add_site`` in a loop.

Catalogues are built once into ``build/bench/`` (see :mod:`benchmarks.synthetic`); delete
that folder to rebuild them. Every pair is timed in alternating runs (ours, stock, ours,
stock, ...) and the medians compared: ``BENCH_REPEAT`` runs each (default 5).
"""

from __future__ import annotations

import math
import os
import time

import geopandas as gpd
import numpy as np
import pyogrio
import pyproj
import shapely

from benchmarks import alternating, env_sizes, median_time
from benchmarks.synthetic import build_synthetic, cached_synthetic, synthetic_sites
from catalog import open_catalog
from catalog.query import BBox, Near, PolygonRegion
from catalog.stores.base import sites_to_frame

SIZES = env_sizes("BENCH_QUERY_SIZES", "10000,100000,1000000")
NAIVE_MAX_N = int(os.environ.get("BENCH_NAIVE_MAX_N", "100000"))
BULK_N = int(os.environ.get("BENCH_BULK_N", "100000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
GEOD = pyproj.Geod(ellps="WGS84")
# At 1M sites (spread over 360 x 135 degrees, 95 % located): about 100 and 10,000 hits.
SMALL_BOX = (120.0, 30.0, 122.0, 32.2)
LARGE_BOX = (100.0, 20.0, 122.6, 42.6)
NEAR = (40.0, 100.0, 50_000.0)  # lat, lon, metres


def star_polygon(vertices: int = 100, centre=(0.0, 10.0), radius: float = 27.7
                 ) -> shapely.Polygon:
    """A wavy 100-vertex polygon covering about 5 % of the synthetic sites."""
    t = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    r = radius * (1 + 0.15 * np.sin(5 * t))
    return shapely.Polygon(np.column_stack([centre[0] + r * np.cos(t),
                                            centre[1] + r * np.sin(t)]))


def circle_bbox(lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
    """A box around a geodesic circle (what a pyogrio user passes as ``bbox``)."""
    dlat = radius_m / 110_000.0 * 1.01
    dlon = dlat / math.cos(math.radians(min(abs(lat) + dlat, 89.0)))
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat


def run(record) -> None:
    _bench_bulk(record)
    poly = star_polygon()
    for n in SIZES:
        _bench_size(record, n, poly)


def _bench_size(record, n: int, poly: shapely.Polygon) -> None:
    path = cached_synthetic(n)

    def ours(region):
        def fn():
            with open_catalog(path) as cat:
                return cat.query(region)
        return fn

    def stock_bbox(box):
        return lambda: pyogrio.read_dataframe(path, layer="sites", bbox=box, use_arrow=True)

    def stock_mask():
        return pyogrio.read_dataframe(path, layer="sites", mask=poly, use_arrow=True)

    def stock_near():
        lat, lon, r = NEAR
        f = pyogrio.read_dataframe(path, layer="sites", bbox=circle_bbox(*NEAR),
                                   use_arrow=True)
        x, y = f.geometry.x.to_numpy(), f.geometry.y.to_numpy()
        _, _, d = GEOD.inv(np.full(len(x), lon), np.full(len(x), lat), x, y)
        return f[d <= r]

    def read_all():
        return gpd.read_file(path, layer="sites")

    def naive_bbox(box):
        return lambda: read_all().cx[box[0]:box[2], box[1]:box[3]]

    poly_frame = gpd.GeoDataFrame(geometry=[poly], crs="EPSG:4326")

    def naive_polygon():
        return gpd.sjoin(read_all(), poly_frame, predicate="intersects")

    def naive_near():
        frame = read_all()
        frame = frame[frame.geometry.notna()]
        x, y = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
        _, _, d = GEOD.inv(np.full(len(x), NEAR[1]), np.full(len(x), NEAR[0]), x, y)
        return frame[d <= NEAR[2]]

    cases = [
        ("bbox small", BBox(*SMALL_BOX), stock_bbox(SMALL_BOX), "pyogrio bbox= use_arrow",
         naive_bbox(SMALL_BOX), "read_file + .cx"),
        ("bbox large", BBox(*LARGE_BOX), stock_bbox(LARGE_BOX), "pyogrio bbox= use_arrow",
         naive_bbox(LARGE_BOX), "read_file + .cx"),
        ("polygon 100 vertices", PolygonRegion(poly), stock_mask, "pyogrio mask= use_arrow",
         naive_polygon, "read_file + sjoin"),
        ("radius 50 km", Near(*NEAR), stock_near, "pyogrio bbox= use_arrow + Geod.inv",
         naive_near, "read_file + Geod.inv"),
    ]
    for name, region, stock, stock_name, naive, naive_name in cases:
        hits = sorted(ours(region)()["site_id"])
        assert hits == sorted(stock()["site_id"]), f"{name}: ours and {stock_name} differ"
        ours_s, stock_s = alternating(ours(region), stock, repeat=REPEAT)
        record(f"query {name}", n, ours_s, stock_name, stock_s, hits=len(hits),
               share=round(len(hits) / n, 5))
        if n <= NAIVE_MAX_N:
            assert hits == sorted(naive()["site_id"]), f"{name}: ours and {naive_name} differ"
            ours_s, naive_s = alternating(ours(region), naive, repeat=REPEAT)
            record(f"query {name} (naive)", n, ours_s, naive_name, naive_s, hits=len(hits))


def _bench_bulk(record) -> None:
    """Bulk add_sites against write_dataframe with Arrow, and against add_site in a loop."""
    os.makedirs("build/bench", exist_ok=True)
    sites = list(synthetic_sites(BULK_N))
    frame = sites_to_frame(sites)
    ours_path, stock_path = "build/bench/bulk-ours.gpkg", "build/bench/bulk-stock.gpkg"

    def fresh(path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)

    def ours():
        fresh(ours_path)
        with open_catalog(ours_path, create=True) as cat:
            cat.add_sites(sites, record_history=False)

    def stock():
        fresh(stock_path)
        pyogrio.write_dataframe(frame, stock_path, layer="sites", use_arrow=True)

    ours_s, stock_s = alternating(ours, stock, repeat=REPEAT, warmup=0)
    record("bulk add_sites (validated, aliases)", BULK_N, ours_s,
           "pyogrio write_dataframe use_arrow", stock_s)
    fresh(ours_path)
    fresh(stock_path)

    n = min(BULK_N, 10_000)
    out = "build/bench/insert.gpkg"

    def bulk():
        build_synthetic(out, n, overwrite=True)

    def one_by_one():
        fresh(out)
        with open_catalog(out, create=True) as cat, cat.transaction():
            for s in synthetic_sites(n):
                cat.add_site(s)

    record("bulk add_sites (naive)", n, median_time(bulk, repeat=3, warmup=0),
           "add_site in a loop", median_time(one_by_one, repeat=3, warmup=0))
    fresh(out)


if __name__ == "__main__":
    import sys

    from benchmarks.__main__ import main

    t = time.perf_counter()
    code = main(["bench_query"])
    print(f"{time.perf_counter() - t:.0f} s")
    sys.exit(code)
