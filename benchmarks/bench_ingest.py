"""Ingest: precision and recall on the labelled reports, and matching throughput.

Side by side with the matcher a user would otherwise write: a loop over every name (a
regex per name with the shipped gazetteer; a substring test per name with one million).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import median_time
from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog
from catalog.gazetteer import (
    Entry,
    Match,
    NameIndex,
    Place,
    build_index,
    fold_text,
    match_key,
    shipped_places,
)
from catalog.ingest import Ingester, ingest
from catalog.readers import read_report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "data" / "reports"
SEED = ROOT.parent / "shared" / "reports" / "2018-12-08-global-media-north-korea-missile-base.txt"


class NaiveIndex:
    """The baseline: one case-insensitive whole-word regex per name, tried one by one."""

    def __init__(self, index: NameIndex):
        self._names = []
        for entries in index._by_key.values():
            for name in {e.name for e in entries}:
                rx = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
                self._names.append((rx, tuple(entries)))
        self._by_key = index._by_key

    def lookup(self, name):
        return list(self._by_key.get(match_key(name), ()))

    def find(self, text, kinds=None):
        out = []
        for rx, entries in self._names:  # every name is tried: that is the baseline's cost
            hits = list(rx.finditer(text))
            if kinds is not None:
                entries = tuple(e for e in entries if e.kind in kinds)
            if hits and entries:
                out.extend(Match(m.start(), m.end(), m.group(), entries) for m in hits)
        return sorted(out, key=lambda m: m.start)

    def add(self, name, entry):
        rx = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        self._names.append((rx, (entry,)))
        self._by_key.setdefault(match_key(name), []).append(entry)


def naive_index(cat) -> NaiveIndex:
    """The baseline over every name a user would scan for: sites, aliases, gazetteer."""
    return NaiveIndex(build_index(cat.sites(None), cat.aliases(), shipped_places()))


def precision_recall(catalog_path: Path) -> dict:
    """Ingest the labelled set into a fresh shipped catalogue and score the sites found."""
    manifest = json.loads((REPORTS / "manifest.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    misses, false = [], []
    with open_catalog(catalog_path) as cat:
        for rep in manifest["reports"]:
            (r,) = ingest(cat, [REPORTS / rep["file"]]).reports
            expected = {match_key(n): n for n in rep["sites"]}
            found = set()
            for sid in {*r.sites_matched, *r.candidates}:
                keys = {match_key(a.alias) for a in cat.aliases(sid)}
                keys.add(match_key(cat.get_site(sid).name))
                hit = keys & set(expected)
                if hit:
                    found |= hit
                else:
                    fp += 1
                    false.append(f"{rep['file']}: {sid}")
            tp += len(found)
            fn += len(set(expected) - found)
            misses += [f"{rep['file']}: {expected[k]}" for k in set(expected) - found]
    return {"precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0, "tp": tp, "fp": fp, "fn": fn,
            "misses": misses, "false_sites": false}


def ten_page_report() -> str:
    """About ten pages (~30,000 characters) of report prose from the labelled set."""
    parts = [read_report(p).text for p in sorted(REPORTS.iterdir())
             if p.suffix in (".txt", ".md", ".html")]
    if SEED.exists():
        parts.append(SEED.read_text(encoding="utf-8"))
    text = ""
    while len(text) < 30_000:
        text += "\n\n".join(parts) + "\n\n"
    return text


_SYLLABLES = ["ka", "kang", "ko", "kum", "nam", "pong", "song", "chon", "yong", "hwa", "mun",
              "dong", "sin", "pyong", "ha", "hoe", "jung", "sam", "sa", "kap", "tae", "il",
              "wol", "ryong", "chang", "tok", "hung", "san", "bong", "myong", "un", "pu"]


def synthetic_names(n: int) -> list[str]:
    """``n`` distinct Korean-like place names (four syllables), e.g. ``Kangsongpyongil``."""
    out = []
    k = len(_SYLLABLES)
    for i in range(n):
        a, b, c, d = i % k, (i // k) % k, (i // k ** 2) % k, (i // k ** 3) % k
        name = _SYLLABLES[d] + _SYLLABLES[c] + _SYLLABLES[b] + _SYLLABLES[a]
        out.append(name.capitalize())
    return out


def run(record):
    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        base = tmp / "shipped.gpkg"
        build_catalog(base, DATA_DIR)

        # -- precision and recall on the labelled set -----------------------------------
        work = tmp / "pr.gpkg"
        shutil.copy(base, work)
        pr = precision_recall(work)
        print(f"labelled set: precision {pr['precision']:.2f}, recall {pr['recall']:.2f} "
              f"(tp {pr['tp']}, fp {pr['fp']}, fn {pr['fn']}); missed: "
              f"{', '.join(pr['misses']) or 'none'}; false: "
              f"{', '.join(pr['false_sites']) or 'none'}", flush=True)

        # -- end-to-end ingest of the labelled set, shipped gazetteer ----------------------
        files = sorted(p for p in REPORTS.iterdir() if p.suffix != ".json")
        nbytes = sum(p.stat().st_size for p in files)

        def ingest_all(naive: bool):
            work = tmp / "run.gpkg"
            shutil.copy(base, work)
            with open_catalog(work) as cat:
                ing = Ingester(cat)
                if naive:
                    ing.index = naive_index(cat)
                t = time.perf_counter()
                for f in files:
                    ing.ingest_report(read_report(f))
                return time.perf_counter() - t

        ours = min(ingest_all(False) for _ in range(5))
        naive = min(ingest_all(True) for _ in range(5))
        record("ingest labelled set (shipped gaz.)", len(files), ours,
               "regex loop, sites+gazetteer", naive,
               reports_per_s=round(len(files) / ours, 1),
               mb_per_s=round(nbytes / 1e6 / ours, 3),
               precision=round(pr["precision"], 3), recall=round(pr["recall"], 3))

        # -- matching alone (no writes), shipped gazetteer ---------------------------------
        texts = [read_report(f).text for f in files]
        cat = open_catalog(base)
        ing = Ingester(cat)
        naive_ing = Ingester(cat)
        naive_ing.index = naive_index(cat)
        ours = median_time(lambda: [ing.analyse(t) for t in texts])
        naive = median_time(lambda: [naive_ing.analyse(t) for t in texts])
        chars = sum(len(t.encode()) for t in texts)
        record("analyse labelled set (shipped gaz.)", len(texts), ours,
               "regex loop, sites+gazetteer", naive,
               reports_per_s=round(len(texts) / ours, 1), mb_per_s=round(chars / 1e6 / ours, 3),
               automaton_patterns=len(ing.index))

        # -- a ten-page report against one million names in the automaton ------------------
        text = ten_page_report()
        t = time.perf_counter()
        names = synthetic_names(1_000_000)
        for i, n in enumerate(names):
            ing.index.add(n, Entry("site", f"synthetic-{i}", n))
        build_s = time.perf_counter() - t
        ing.analyse("warm up the automaton")
        print(f"index of {len(ing.index):,} patterns built in {build_s:.1f} s", flush=True)
        ours = median_time(lambda: ing.analyse(text), repeat=5)
        folded = [match_key(n) for n in names]

        def substring_loop():
            f = fold_text(text).folded.replace(" ", "")
            return [n for n in folded if n in f]

        naive = median_time(substring_loop, repeat=1, warmup=0)
        record("10-page report vs 1M names", len(text), ours, "substring loop, 1M names",
               naive, chars=len(text), pages=round(len(text) / 3000, 1),
               mb_per_s=round(len(text.encode()) / 1e6 / ours, 3),
               reports_per_s=round(1 / ours, 1), index_build_s=round(build_s, 1))
        cat.close()

        # -- the same report with 1M places imported into the catalogue's gazetteer -------
        # This is the path `catalog ingest` takes: places are looked up by match key in the
        # GeoPackage (indexed), so start-up and matching do not grow with the gazetteer.
        big = tmp / "big.gpkg"
        shutil.copy(base, big)
        with open_catalog(big) as cat:
            t = time.perf_counter()
            cat.add_places(Place(f"synthetic:{i}", n, 38 + (i % 1000) / 1000,
                                 125 + (i // 1000 % 1000) / 1000, "KP", None, "PPL")
                           for i, n in enumerate(names))
            import_s = time.perf_counter() - t
            t = time.perf_counter()
            ing = Ingester(cat)
            init_s = time.perf_counter() - t
            ing.analyse("warm up")
            ours = median_time(lambda: ing.analyse(text), repeat=5)
        print(f"imported 1,000,000 places in {import_s:.1f} s; ingester start-up "
              f"{init_s * 1000:.0f} ms", flush=True)
        record("10-page report, 1M imported places", len(text), ours,
               "substring loop, 1M names", naive, import_s=round(import_s, 1),
               startup_s=round(init_s, 3), reports_per_s=round(1 / ours, 1),
               mb_per_s=round(len(text.encode()) / 1e6 / ours, 3))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
