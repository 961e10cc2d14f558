"""The map at 1k, 10k and 100k sites against folium's FastMarkerCluster, the stock path for
many markers (and ``GeoDataFrame.explore()`` as an extra row), and at 1M sites for memory
and page size.

Measured side by side in one run, medians of 5 alternating runs (3 at 100k and above):

- build: frames in memory -> the HTML string (ours: ``make_map`` on ``map_data``, which also
  carries aliases, citations and search keys; FastMarkerCluster: a ``folium.Map`` with a
  ``FastMarkerCluster`` of the points, rendered; explore: ``gdf.explore()`` rendered);
- the size of that HTML;
- first paint in Debian's headless Chromium: from navigation start until the page has drawn
  and two animation frames have passed. Every page is opened from a file with no network,
  like for like with no basemap: ours as written but for its outlines (also timed with
  them, as an offline map draws them: ``with_outlines_s``); the others with their CDN
  scripts replaced by the same Leaflet and by Leaflet.markercluster 1.4.1 from the
  ``xstatic-leaflet-markercluster`` package (folium links 1.1.0);
- the first search: a query issued as soon as the map says it is ready, until its answer
  (the page folds the names' keys in a Web Worker while it draws; a query that comes first
  waits for it), against folding every key on the first keystroke, as the map did before;
- at 1M sites (``BENCH_MAP_BIG``, 0 to skip): the peak memory of a fresh process that builds
  the map from frames and saves it, and the page's size, ours and FastMarkerCluster's.

Synthetic sites (made here, seeded): random points over 60° S-70° N, each with one alias and
one citation quoting a sentence, from 500 sources.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from catalog.mapping import leaflet_assets, make_map, map_data
from catalog.model import FACILITY_TYPES, METHODS, STATUSES

ROOT = Path(__file__).resolve().parent.parent
SIZES = tuple(int(s) for s in os.environ.get("BENCH_MAP_SIZES", "1000,10000,100000").split(","))
BIG = int(os.environ.get("BENCH_MAP_BIG", "1000000"))
SYLLABLES = ("yong", "jeo", "hoe", "jung", "sak", "kan", "mol", "sin", "pung", "kye", "ri",
             "dong", "san", "ho", "chon", "gang", "ryong", "bong", "nam", "buk")
QUERY = "Hoejeo"  # the start of many names and part of more, folded (eo -> o)


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


def ours_html(sites, aliases, citations, tiles=None) -> str:
    return make_map(None, map_data(sites, aliases, citations), tiles=tiles).get_root().render()


# FastMarkerCluster's default marker is an AwesomeMarkers icon from yet another CDN; the
# plain Leaflet marker draws the same cluster tree.
FMC_CALLBACK = "function (row) { return L.marker(new L.LatLng(row[0], row[1])); }"


def fast_marker_cluster_html(sites) -> str:
    """The stock path: folium's FastMarkerCluster over the points (one JS loop, no popups)."""
    import folium
    from folium.plugins import FastMarkerCluster

    m = folium.Map(tiles=None, max_zoom=19)
    m.options["max_zoom"] = 19  # markercluster needs the map's; a tile layer would give it
    located = sites[~sites.geometry.is_empty & sites.geometry.notna()]
    FastMarkerCluster(np.column_stack([located.geometry.y, located.geometry.x]).tolist(),
                      callback=FMC_CALLBACK).add_to(m)
    return m.get_root().render()


def explore_html(sites) -> str:
    return sites.explore(tiles=None).get_root().render()


def markercluster_assets() -> tuple[str, str]:
    """Leaflet.markercluster's JS and CSS from the xstatic package (a dev dependency)."""
    import xstatic.pkg.leaflet_markercluster as xmc

    base = Path(xmc.BASE_DIR)
    css = "\n".join((base / f).read_text(encoding="utf-8")
                    for f in ("MarkerCluster.css", "MarkerCluster.Default.css"))
    return (base / "leaflet.markercluster.js").read_text(encoding="utf-8"), css


def strip_cdn(html: str) -> str:
    """A folium page with its CDN assets dropped and Leaflet (and markercluster) inlined, to
    open with no network (jQuery, Bootstrap and fonts are not needed to draw)."""
    js, css, _ = leaflet_assets()
    mc = "markercluster" in html
    html = re.sub(r'<script src="https?://[^"]+"></script>', "", html)
    html = re.sub(r'<link rel="stylesheet" href="https?://[^"]+"\s*/?>', "", html)
    head = f"<style>{css}</style><script>{js}</script>"
    if mc:
        mc_js, mc_css = markercluster_assets()
        head += f"<style>{mc_css}</style><script>{mc_js}</script>"
    return html.replace("<head>", f"<head>{head}", 1)


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


def search_seconds(browser, path: Path) -> dict:
    """The first query as soon as the map is ready, a later one, and a query on an index
    with no key folded (every key folded on the first keystroke, as before)."""
    browser.open(path)
    return browser.driver.execute_async_script(
        "var done = arguments[arguments.length - 1], q = arguments[0];"
        "(function wait() {"
        "  var st = window.catalogMapState;"
        "  if (!(st && st.ready)) return setTimeout(wait, 1);"
        "  var ix = CatalogMap.last.index, folded = ix.next / ix.names.length;"
        "  var t = performance.now();"
        "  CatalogMap.last.searchWhenReady(q).then(function (found) {"
        "    var first = performance.now() - t;"
        "    t = performance.now(); CatalogMap.last.search('sinpung');"
        "    var later = performance.now() - t;"
        "    var cold = new ix.constructor(ix.names, ix.site, null, null);"
        "    t = performance.now(); cold.search(q); var before = performance.now() - t;"
        "    done({first: first / 1000, later: later / 1000, before: before / 1000,"
        "          folded: folded, hits: found.length});"
        "  });"
        "})();", QUERY)


def median_alternating(fns, repeat: int) -> list[float]:
    """Median wall time of each of ``fns``, run in turn ``repeat`` times (after a warm-up)."""
    for fn in fns:
        fn()
    times = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t = time.perf_counter()
            fn()
            times[i].append(time.perf_counter() - t)
    return [statistics.median(t) for t in times]


def memory_run(kind: str, n: int) -> dict:
    """Build a map of ``n`` sites in a fresh process: seconds, peak and start memory (MB),
    page size (MB)."""
    r = subprocess.run([sys.executable, "-m", "benchmarks.bench_map", "--memory", kind, str(n)],
                       capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if r.returncode != 0:
        raise RuntimeError(f"memory run {kind} {n}: {r.stderr[-1000:]}")
    return json.loads(r.stdout.splitlines()[-1])


def _memory_child(kind: str, n: int) -> None:
    def mb(field: str) -> float:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(field)) / 1024

    sites, aliases, citations = synthetic(n)
    before = mb("VmRSS:")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        t = time.perf_counter()
        if kind == "ours":
            make_map(None, map_data(sites, aliases, citations)).save(str(out))
        else:
            out.write_text(fast_marker_cluster_html(sites), encoding="utf-8")
        secs = time.perf_counter() - t
        size = out.stat().st_size / 1e6
    print(json.dumps({"seconds": secs, "peak_mb": mb("VmHWM:"), "frames_mb": before,
                      "page_mb": size}))


def run(record):
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import Browser, ensure_chromium

    reason = ensure_chromium()
    browser = None if reason else Browser()
    if reason:
        print(f"  (no browser rows: {reason})")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in SIZES:
                _run_size(record, browser, Path(tmp), n)
    finally:
        if browser is not None:
            browser.close()
    if BIG:
        ours, fmc = memory_run("ours", BIG), memory_run("fmc", BIG)
        record("map build 1M (fresh process)", BIG, ours["seconds"],
               "folium FastMarkerCluster", fmc["seconds"],
               peak_mb=round(ours["peak_mb"]), frames_mb=round(ours["frames_mb"]),
               page_mb=round(ours["page_mb"], 1), baseline_peak_mb=round(fmc["peak_mb"]),
               baseline_page_mb=round(fmc["page_mb"], 1))
        print(f"  n={BIG}: ours peak {ours['peak_mb']:.0f} MB (frames alone "
              f"{ours['frames_mb']:.0f} MB), page {ours['page_mb']:.1f} MB; "
              f"FastMarkerCluster peak {fmc['peak_mb']:.0f} MB, page {fmc['page_mb']:.1f} MB",
              flush=True)


def _run_size(record, browser, tmp: Path, n: int) -> None:
    sites, aliases, citations = synthetic(n)
    repeat = 3 if n >= 100_000 else 5
    ours_s, fmc_s, explore_s = median_alternating([
        lambda: ours_html(sites, aliases, citations),
        lambda: fast_marker_cluster_html(sites),
        lambda: explore_html(sites)], repeat)
    ours, fmc, base = (ours_html(sites, aliases, citations), fast_marker_cluster_html(sites),
                       explore_html(sites))
    mb, fmc_mb, base_mb = (len(h.encode()) / 1e6 for h in (ours, fmc, base))
    record("map build (frames -> HTML)", n, ours_s, "folium FastMarkerCluster", fmc_s,
           ours_mb=round(mb, 2), baseline_mb=round(fmc_mb, 2))
    record("map build (frames -> HTML)", n, ours_s, "GeoDataFrame.explore()", explore_s,
           ours_mb=round(mb, 2), baseline_mb=round(base_mb, 2))
    print(f"  HTML size n={n}: ours {mb:.2f} MB (with aliases, citations, outlines), "
          f"FastMarkerCluster {fmc_mb:.2f} MB (points only), explore() {base_mb:.2f} MB",
          flush=True)
    if browser is None:
        return
    paths = {name: tmp / f"{name}-{n}.html"
             for name in ("ours", "fmc", "explore", "outlines")}
    paths["outlines"].write_text(ours, encoding="utf-8")
    paths["ours"].write_text(re.sub(r',"outlines_id":"[\w-]+"', "", ours), encoding="utf-8")
    paths["fmc"].write_text(strip_cdn(fmc), encoding="utf-8")
    paths["explore"].write_text(strip_cdn(base), encoding="utf-8")
    paints: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(repeat):
        for name, path in paths.items():
            paints[name].append(paint_seconds(browser, path, name in ("ours", "outlines")))
    ours_p, fmc_p, base_p, with_outlines = (statistics.median(paints[k]) for k in paths)
    record("map first paint (headless Chromium)", n, ours_p, "folium FastMarkerCluster", fmc_p,
           with_outlines_s=round(with_outlines, 3))
    record("map first paint (headless Chromium)", n, ours_p, "GeoDataFrame.explore()", base_p,
           with_outlines_s=round(with_outlines, 3))
    runs = [search_seconds(browser, paths["ours"]) for _ in range(repeat)]
    first = statistics.median(r["first"] for r in runs)
    before = statistics.median(r["before"] for r in runs)
    record("map first search (headless Chromium)", n, first,
           "every key folded on the first keystroke", before,
           later_query_s=round(statistics.median(r["later"] for r in runs), 4),
           folded_at_first_query=round(statistics.median(r["folded"] for r in runs), 2),
           hits=runs[0]["hits"])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        _memory_child(sys.argv[2], int(sys.argv[3]))
        sys.exit(0)
    from benchmarks.__main__ import main

    sys.exit(main(["bench_map"]))
