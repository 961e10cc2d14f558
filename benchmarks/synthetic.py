"""Synthetic catalogues of N sites for benchmarks and tests (deterministic for a seed).

Points are spread uniformly in longitude over the whole globe and in latitude over
[-60, 75] (where land and most sites are); about 5 % of sites are unlocated. Types,
statuses and precision classes are drawn from the model's vocabularies; approximate
sites get a ``precision_m`` of 100 m to 20 km. Every site is made up: the names say so.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from catalog import open_catalog
from catalog.model import FACILITY_TYPES, STATUSES, Site, Source

LAT_RANGE = (-60.0, 75.0)
UNLOCATED_SHARE = 0.05


def synthetic_sites(n: int, seed: int = 0) -> Iterator[Site]:
    """``n`` made-up sites, the same ones for the same seed."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(-180.0, 180.0, n)
    lat = rng.uniform(*LAT_RANGE, n)
    located = rng.random(n) >= UNLOCATED_SHARE
    types = rng.integers(0, len(FACILITY_TYPES), n)
    statuses = rng.integers(0, len(STATUSES), n)
    prec = rng.choice(["exact", "approximate", "locality"], n, p=[0.6, 0.3, 0.1])
    radius = np.round(rng.uniform(100.0, 20_000.0, n))
    for i in range(n):
        if located[i]:
            approx = prec[i] == "approximate"
            yield Site(
                f"syn-{i:07d}", f"Synthetic site {i}", FACILITY_TYPES[types[i]],
                lon=float(lon[i]), lat=float(lat[i]), status=STATUSES[statuses[i]],
                location_precision=str(prec[i]),
                precision_m=float(radius[i]) if approx else None,
                location_method="digitised by analyst", notes="made-up benchmark site",
            )
        else:
            yield Site(f"syn-{i:07d}", f"Synthetic site {i}", FACILITY_TYPES[types[i]],
                       status=STATUSES[statuses[i]], notes="made-up benchmark site")


def build_synthetic(path: str | os.PathLike, n: int, seed: int = 0,
                    overwrite: bool = False) -> float:
    """Write a synthetic catalogue of ``n`` sites to ``path``; returns the seconds taken.

    Uses the bulk :meth:`~catalog.stores.geopackage.GeoPackageCatalog.add_sites` (without
    ``site_history`` rows: the sites are made up). The file is
    written beside ``path`` and renamed into place only once complete.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists")
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    t = time.perf_counter()
    with open_catalog(tmp, create=True) as cat:
        cat.add_source(Source("synthetic", "Synthetic benchmark catalogue", kind="dataset"))
        # made-up sites need no provenance trail: skip site_history
        cat.add_sites(synthetic_sites(n, seed), record_history=False)
    os.replace(tmp, path)
    return time.perf_counter() - t


def cached_synthetic(n: int, seed: int = 0, directory: str | os.PathLike = "build/bench"
                     ) -> Path:
    """The synthetic catalogue of ``n`` sites under ``directory``, built once."""
    # -packed: written by add_sites in Hilbert order with a packed R-tree (older caches,
    # whose R-tree SQLite grew insert by insert, are not reused)
    path = Path(directory) / f"synthetic-{n}-seed{seed}-packed.gpkg"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        secs = build_synthetic(path, n, seed)
        print(f"built {path} in {secs:.1f} s", flush=True)
    return path


if __name__ == "__main__":
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = sys.argv[2] if len(sys.argv) > 2 else f"build/bench/synthetic-{n}-seed0.gpkg"
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    print(f"{out}: {n} sites in {build_synthetic(out, n, overwrite=True):.1f} s")
