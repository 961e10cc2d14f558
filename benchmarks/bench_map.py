"""The map at 1k, 10k and 100k sites against ``GeoDataFrame.explore()`` on the same sites.

Three things per size, measured side by side in one run:

- build: frames in memory -> the HTML string (ours: ``make_map`` on prepared ``map_data``,
  which also carries aliases and citations; explore: ``gdf.explore().get_root().render()``);
- size of that HTML;
- first paint in Debian's headless Chromium: from navigation start until the page has
  loaded and two animation frames have passed (everything drawn). Both pages are opened
  from a file with no network: ours is the ``offline=True`` file; explore's CDN scripts are
  replaced by the same inlined Leaflet (its other CDN assets are not needed to draw).

Synthetic sites (made here, seeded): random points over 60° S-70° N, each with one alias and
one citation quoting a sentence, from 500 sources.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks import median_time
from catalog.mapping import leaflet_assets, make_map, map_data
from catalog.model import FACILITY_TYPES, METHODS, STATUSES

ROOT = Path(__file__).resolve().parent.parent
SIZES = tuple(int(s) for s in os.environ.get("BENCH_MAP_SIZES", "1000,10000,100000").split(","))
SYLLABLES = ("yong", "jeo", "hoe", "jung", "sak", "kan", "mol", "sin", "pung", "kye", "ri",
             "dong", "san", "ho", "chon", "gang", "ryong", "bong", "nam", "buk")


def synthetic(n: int, seed: int = 6):
    """Sites, aliases and citations frames for ``n`` made-up sites."""
    import geopandas as gpd

    rng = np.random.default_rng(seed)
    syl = np.array(SYLLABLES)
    parts = syl[rng.integers(0, len(syl), size=(n, 3))]
    names = [f"{a.title()}{b}-{c} site {i}" for i, (a, b, c) in enumerate(parts)]
    lon = rng.uniform(-180, 180, n).round(6)
    lat = rng.uniform(-60, 70, n).round(6)
    approx = rng.random(n) < 0.2
    ids = [f"syn-{i:06d}" for i in range(n)]
    sites = gpd.GeoDataFrame({
        "site_id": ids, "name": names, "name_local": None,
        "facility_type": np.array(FACILITY_TYPES)[rng.integers(0, len(FACILITY_TYPES), n)],
        "country": "PRK", "admin1": None,
        "status": np.array(STATUSES)[rng.integers(0, len(STATUSES), n)],
        "status_as_of": None,
        "location_precision": np.where(approx, "approximate", "exact"),
        "precision_m": np.where(approx, rng.integers(500, 20000, n), np.nan),
        "location_method": np.array(METHODS)[rng.integers(0, len(METHODS), n)],
        "parent_site_id": None, "notes": None,
    }, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    aliases = pd.DataFrame({"site_id": ids, "alias": [n.replace("-", " ") for n in names]})
    src = rng.integers(0, 500, n)
    years = 2000 + src % 25
    citations = pd.DataFrame({
        "site_id": ids, "source_id": [f"src-{s}" for s in src],
        "quote": [f"Imagery shows new work at the {nm.split(' site')[0]} site." for nm in names],
        "supports": "existence", "note": None,
        "title": [f"Report {s} on military sites" for s in src], "publisher": "Synthetic Press",
        "published": [f"{y}-0{1 + s % 9}-1{s % 10}" for y, s in zip(years, src, strict=True)],
        "url": [f"https://example.org/reports/{s}" for s in src],
    })
    return sites, aliases, citations


def ours_html(sites, aliases, citations, offline=False, tiles="OpenStreetMap") -> str:
    return make_map(None, map_data(sites, aliases, citations), offline=offline,
                    tiles=tiles).get_root().render()


def explore_html(sites) -> str:
    return sites.explore(tiles=None).get_root().render()


def strip_cdn(html: str) -> str:
    """explore()'s page with its CDN assets dropped and Leaflet inlined, to open offline."""
    js, css, _ = leaflet_assets()
    html = re.sub(r'<script src="https?://[^"]+"></script>', "", html)
    html = re.sub(r'<link rel="stylesheet" href="https?://[^"]+"/?>', "", html)
    return html.replace("<head>", f"<head><style>{css}</style><script>{js}</script>", 1)


def paint_seconds(browser, path: Path, ours: bool) -> float:
    browser.open(path)  # returns after the load event
    # Ours may still be inflating its gzipped data after "load": wait until it has drawn.
    ready = "window.catalogMapState && window.catalogMapState.ready" if ours else "true"
    ms = browser.driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        f"(function wait() {{ if (!({ready})) return setTimeout(wait, 5);"
        "requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));"
        "})();")
    errors = [e for e in browser.console() if e["level"] == "SEVERE"]
    if errors:
        raise RuntimeError(f"{path.name}: {errors[0]['message'][:200]}")
    return ms / 1000


def run(record):
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import Browser, ensure_chromium

    reason = ensure_chromium()
    browser = None if reason else Browser()
    if reason:
        print(f"  (no paint times: {reason})")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in SIZES:
                sites, aliases, citations = synthetic(n)
                repeat = 3 if n >= 100_000 else 5
                ours_s = median_time(lambda s=sites, a=aliases, c=citations: ours_html(s, a, c),
                                     repeat=repeat)
                base_s = median_time(lambda s=sites: explore_html(s), repeat=repeat)
                ours = ours_html(sites, aliases, citations)
                offline = ours_html(sites, aliases, citations, offline=True)
                base = explore_html(sites)
                mb = len(ours.encode()) / 1e6
                off_mb = len(offline.encode()) / 1e6
                base_mb = len(base.encode()) / 1e6
                record("map build (frames -> HTML)", n, ours_s, "GeoDataFrame.explore()",
                       base_s, ours_mb=round(mb, 2), offline_mb=round(off_mb, 2),
                       explore_mb=round(base_mb, 2), size_ratio=round(base_mb / mb, 2))
                print(f"  HTML size n={n}: ours {mb:.2f} MB (offline {off_mb:.2f} MB), "
                      f"explore() {base_mb:.2f} MB, {base_mb / mb:.1f}x smaller", flush=True)
                if browser is None:
                    continue
                ours_path = Path(tmp) / f"ours-{n}.html"
                off_path = Path(tmp) / f"ours-offline-{n}.html"
                base_path = Path(tmp) / f"explore-{n}.html"
                # Like for like: both pages with Leaflet inlined and no basemap...
                bare = ours_html(sites, aliases, citations, tiles=None)
                ours_path.write_text(strip_cdn(bare), encoding="utf-8")
                base_path.write_text(strip_cdn(base), encoding="utf-8")
                # ...and ours as shipped offline, drawing its Natural Earth basemap too.
                off_path.write_text(offline, encoding="utf-8")
                ours_p = min(paint_seconds(browser, ours_path, True) for _ in range(2))
                base_p = min(paint_seconds(browser, base_path, False) for _ in range(2))
                off_p = min(paint_seconds(browser, off_path, True) for _ in range(2))
                record("map first paint (headless Chromium)", n, ours_p,
                       "GeoDataFrame.explore()", base_p, offline_with_basemap_s=round(off_p, 3))
                print(f"  first paint n={n}: ours offline with basemap {off_p * 1000:.0f} ms",
                      flush=True)
    finally:
        if browser is not None:
            browser.close()


if __name__ == "__main__":
    from benchmarks.__main__ import main

    sys.exit(main(["bench_map"]))
