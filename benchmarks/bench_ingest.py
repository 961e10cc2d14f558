"""Ingest: precision and recall on the labelled reports, and throughput.

Side by side with the strongest stock matcher: one plain pyahocorasick automaton over the
same names (lower-cased), with whole-word checks; the naive loop (a regex per name) is an
extra row. ``BENCH_CORPUS_MB`` (default 2; 50 takes hours through the CLI today) sizes
the synthetic corpus (built once into ``build/bench/``) that ``analyse`` and
``catalog ingest`` read once each;
``BENCH_GAZETTEER_N`` (default 1,000,000) the imported gazetteer (built once too).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import alternating
from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog
from catalog.gazetteer import (
    Match,
    NameIndex,
    Place,
    build_index,
    match_key,
    shipped_places,
)
from catalog.ingest import Ingester, ingest
from catalog.readers import read_report

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "data" / "reports"
LOCATE = ROOT / "tests" / "data" / "locate"
CORPUS_MB = int(os.environ.get("BENCH_CORPUS_MB", "2"))
GAZETTEER_N = int(os.environ.get("BENCH_GAZETTEER_N", "1000000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
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


class PlainAhoCorasick:
    """The stock path: one pyahocorasick automaton over the lower-cased names, run over
    the lower-cased text, each hit kept when it starts and ends at a word boundary."""

    def __init__(self, names):
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for n in names:
            key = n.lower()
            if key:
                self.automaton.add_word(key, key)
        self.automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int]]:
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lowered
            low = text
        out = []
        for last, name in self.automaton.iter(low):
            first = last - len(name) + 1
            if (first == 0 or not low[first - 1].isalnum()) and (
                    last + 1 == len(low) or not low[last + 1].isalnum()):
                out.append((first, last + 1))
        return out


def labelled_files() -> list[Path]:
    """Every labelled report (tests/data/reports and tests/data/locate)."""
    return sorted(p for d in (REPORTS, LOCATE) for p in d.iterdir()
                  if p.suffix in (".txt", ".md", ".html"))


def synthetic_corpus(megabytes: int, directory: Path = Path("build/bench")) -> Path:
    """A folder of about ``megabytes`` MB of reports, built once: each report a header
    naming it and 16 labelled texts (tests/data/reports, tests/data/locate) drawn at random
    (seeded), so the corpus reads like the labelled set, as densely named."""
    import random

    out = directory / f"corpus-{megabytes}mb"
    done = out / ".complete"
    if done.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    texts = [read_report(p).text for p in labelled_files()]
    rng = random.Random(13)
    size, k = 0, 0
    while size < megabytes * 1_000_000:
        body = "\n\n".join(rng.choice(texts) for _ in range(16))
        text = f"Synthetic report {k}\n- by Bench Writer\n\n{body}\n"
        (out / f"report-{k:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
        k += 1
    done.write_text(f"{k} reports, {size} bytes\n")
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

        files = labelled_files()
        texts = [read_report(f).text for f in files]
        nbytes = sum(len(t.encode()) for t in texts)
        cat = open_catalog(base)
        ing = Ingester(cat)
        names = [s.name for s in cat.sites(None)] + [a.alias for a in cat.aliases()]
        names += [n for p in shipped_places() for n in p.names]
        plain = PlainAhoCorasick(names)

        # -- analyse the labelled set: ours against plain pyahocorasick, then the naive loop
        ours_s, plain_s = alternating(lambda: [ing.analyse(t) for t in texts],
                                      lambda: [plain.find(t) for t in texts], repeat=REPEAT)
        record("analyse labelled set", len(texts), ours_s,
               "plain pyahocorasick + word checks", plain_s,
               mb_per_s=round(nbytes / 1e6 / ours_s, 3),
               plain_mb_per_s=round(nbytes / 1e6 / plain_s, 3), bytes=nbytes,
               precision=round(pr["precision"], 3), recall=round(pr["recall"], 3))
        naive_ing = Ingester(cat)
        naive_ing.index = naive_index(cat)
        ours_s, naive_s = alternating(lambda: [ing.analyse(t) for t in texts],
                                      lambda: [naive_ing.analyse(t) for t in texts],
                                      repeat=REPEAT)
        record("analyse labelled set (naive)", len(texts), ours_s,
               "regex loop, sites+gazetteer", naive_s)

        # -- end-to-end ingest of the labelled set (reading, sentences, GeoPackage writes)
        def ingest_all():
            run_path = tmp / "run.gpkg"
            shutil.copy(base, run_path)
            with open_catalog(run_path) as c:
                i = Ingester(c)
                for f in files:
                    i.ingest_report(read_report(f))

        def plain_all():
            for f in files:
                plain.find(read_report(f).text)

        ours_s, plain_s = alternating(ingest_all, plain_all, repeat=REPEAT)
        record("ingest labelled set (library)", len(files), ours_s,
               "read + plain pyahocorasick", plain_s,
               reports_per_s=round(len(files) / ours_s, 1),
               mb_per_s=round(nbytes / 1e6 / ours_s, 3))

        # -- a synthetic corpus: analyse, and through the CLI ------------------------------
        corpus = synthetic_corpus(CORPUS_MB)
        corpus_files = sorted(corpus.glob("*.txt"))
        corpus_bytes = sum(p.stat().st_size for p in corpus_files)
        t = time.perf_counter()
        for p in corpus_files:
            ing.analyse(p.read_text(encoding="utf-8"))
        ours_s = time.perf_counter() - t
        t = time.perf_counter()
        for p in corpus_files:
            plain.find(p.read_text(encoding="utf-8"))
        plain_s = time.perf_counter() - t
        record(f"analyse synthetic corpus {CORPUS_MB} MB", len(corpus_files), ours_s,
               "plain pyahocorasick + word checks", plain_s,
               mb_per_s=round(corpus_bytes / 1e6 / ours_s, 3),
               plain_mb_per_s=round(corpus_bytes / 1e6 / plain_s, 3), bytes=corpus_bytes)
        cli_path = tmp / "cli.gpkg"
        shutil.copy(base, cli_path)
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "catalog", "--catalog", str(cli_path),
                               "ingest", str(corpus)], capture_output=True, text=True)
        ours_s = time.perf_counter() - t
        if done.returncode != 0:
            raise RuntimeError(f"catalog ingest failed: {done.stderr[-500:]}")
        record(f"catalog ingest CLI, corpus {CORPUS_MB} MB", len(corpus_files), ours_s,
               "read + plain pyahocorasick", plain_s,
               mb_per_s=round(corpus_bytes / 1e6 / ours_s, 3), bytes=corpus_bytes)
        cat.close()

        # -- a ten-page report against one million imported gazetteer places --------------
        text = ten_page_report()
        names = synthetic_names(GAZETTEER_N)
        big = gazetteer_catalogue(base, names)
        with open_catalog(big) as c:
            t = time.perf_counter()
            ing = Ingester(c)
            init_s = time.perf_counter() - t
        t = time.perf_counter()
        plain = PlainAhoCorasick(names)
        plain_init_s = time.perf_counter() - t
        record(f"ingester start-up, {GAZETTEER_N:,} imported places", GAZETTEER_N, init_s,
               "plain pyahocorasick automaton build", plain_init_s)
        with open_catalog(big) as c:
            ing = Ingester(c)
            ing.analyse("warm up")
            ours_s, plain_s = alternating(lambda: ing.analyse(text), lambda: plain.find(text),
                                          repeat=REPEAT)
        record(f"10-page report, {GAZETTEER_N:,} imported places", len(text), ours_s,
               "plain pyahocorasick + word checks", plain_s,
               mb_per_s=round(len(text.encode()) / 1e6 / ours_s, 3),
               plain_mb_per_s=round(len(text.encode()) / 1e6 / plain_s, 3))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gazetteer_catalogue(base: Path, names: list[str]) -> Path:
    """The shipped catalogue with ``names`` imported as gazetteer places, built once."""
    path = Path("build/bench") / f"gazetteer-{len(names)}.gpkg"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        shutil.copy(base, part)
        t = time.perf_counter()
        with open_catalog(part) as cat:
            cat.add_places(Place(f"synthetic:{i}", n, 38 + (i % 1000) / 1000,
                                 125 + (i // 1000 % 1000) / 1000, "KP", None, "PPL")
                           for i, n in enumerate(names))
        os.replace(part, path)
        print(f"imported {len(names):,} places into {path} in "
              f"{time.perf_counter() - t:.0f} s", flush=True)
    return path
