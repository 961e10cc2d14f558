"""Exports and import reading against geopandas/pyogrio, the baseline a user reaches for.

The baseline writes the sites layer alone (no citations, aliases or sources), so it does
less than ours; the ratio shows what carrying the citations costs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import geopandas as gpd

from benchmarks import median_time
from catalog import open_catalog
from catalog.export import export_catalog
from catalog.importer import read_records
from catalog.model import Citation, Site, Source

N = 5_000


def _catalogue(path: Path):
    cat = open_catalog(path, create=True)
    with cat.transaction():
        cat.add_source(Source("src-1", "A report", ["A. Author"], "Publisher", "2020-01-02"))
        for i in range(N):
            located = i % 5 != 0
            cat.add_site(Site(
                f"s-{i}", f"Site {i} 영저동 Yŏngjŏ", "missile base",
                lon=120 + (i % 100) * 0.05 if located else None,
                lat=35 + (i // 100) * 0.05 if located else None,
                location_precision="exact" if located else "unknown",
                location_method="gazetteer" if located else None,
                notes='quote "x" & <y>'))
            cat.add_citation(Citation(f"s-{i}", "src-1", f"Site {i} is a base.", "existence"))
    return cat


def run(record) -> None:
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        cat = _catalogue(d / "bench.gpkg")
        for fmt, driver in (("geojson", "GeoJSON"), ("kml", "KML"), ("csv", None),
                            ("fgb", "FlatGeobuf")):
            out, base = d / f"ours.{fmt}", d / f"base.{fmt}"

            def ours(out=out, fmt=fmt):
                export_catalog(cat, out, fmt, overwrite=True)

            def baseline(base=base, driver=driver):
                f = cat.sites_frame(None)  # reading the store is part of both
                if driver is None:
                    f.to_csv(base, index=False)
                else:
                    f.loc[f.geometry.x.isna(), f.geometry.name] = None  # POINT (NaN NaN)
                    if driver == "KML":  # GDAL's KML driver refuses features without one
                        f = f[f.geometry.notna()]
                    f.to_file(base, driver=driver, engine="pyogrio",
                              **({"SPATIAL_INDEX": False} if driver == "FlatGeobuf" else {}))

            record(f"export {fmt} (with citations)", N, median_time(ours, repeat=3),
                   f"geopandas {fmt} (sites only)", median_time(baseline, repeat=3))
        ours_geojson = d / "ours.geojson"
        record("read geojson export (records)", N,
               median_time(lambda: read_records(ours_geojson), repeat=3),
               "gpd.read_file (sites only)",
               median_time(lambda: gpd.read_file(ours_geojson), repeat=3))
        cat.close()
