"""A canonical dump of every ``Ingester.analyse`` result, to prove a speed-up changes nothing.

Run ``python -m benchmarks.analyse_snapshot [--plain] [OUT]`` (default
``build/analyse-snapshot.jsonl``) before and after a change to the analysis
(:mod:`catalog.ingest.names`, ``sentences``, ``locations``, :mod:`catalog.coordinates`,
:mod:`catalog.gazetteer`): the two dumps must be byte-identical (the script prints their
SHA-256). Analysed, with the shipped catalogue's :class:`~catalog.ingest.Ingester`:

- every labelled text (``tests/data/reports``, ``tests/data/locate``), as read, with line
  breaks guessed and forced (``wrapped=True``), and upper- and lower-cased (so a cheap
  gate that only looks for words in one case shows up);
- the synthetic 2 MB corpus of ``make bench`` (built once into ``build/bench/``);
- seeded mutations of the labelled texts: tokens inserted (names, facility words, numbers,
  degree signs, units), runs deleted, duplicated and spliced, lines joined, any code point.

Each analysis becomes one JSON line holding everything it says: sentences, mentions,
findings (every field and the derived names), statements (every field, the coordinate
match's too) and country counts in their order.

``--plain`` makes the same dump with every whole-text prefilter turned off (no lower-cased
text, every sentence read for findings, every coordinate matcher run, every word of a text
folded for names): the reading the prefilters must not change. The two dumps of one tree
must be byte-identical too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_ingest import labelled_files, synthetic_corpus
from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog
from catalog.ingest import Ingester
from catalog.readers import read_report

OUT = Path("build") / "analyse-snapshot.jsonl"
MUTATIONS = 400
_TOKENS = ["the", "Sakkanmol", "Hoejung-ni", "Yŏngjŏ-dong", "missile base", "shipyard",
           "near", "Mr.", "U.S.", "known as", "a second site,", "-ri", "북한", "회중리", "\n\n",
           ". ", "Pyongyang", "\u200b", "—", "\ufeff", "Kim's", "(", "]", "40 km north of ",
           "39°47′48″N 125°45′17″E", " 39.0392, 125.7625 ", "lat 39.1 lon 125.2", "52SCG",
           "Province", " county", "border", " coast", "Nuclear Research Center", "reactor",
           "Test Site", "IR-40", "5 MWe", "also known as", " (also spelled ", ")", "North Korea",
           "Iranian", "Tehran", "in the town of ", "outskirts of ", "Launch Pad", "°", "deg ",
           " miles ", "NNW of ", "12", "3.5", "space station", "power plant", "Ŭiju", "É"]


def canonical(analysis) -> dict:
    """Everything an Analysis says, as plain JSON values (floats exact, order kept)."""
    def plain(obj) -> dict:
        d = dataclasses.asdict(obj)
        return {k: _jsonable(v) for k, v in d.items()}

    findings = []
    for f in analysis.findings:
        d = plain(f)
        d.update(name=f.name, site_name=f.site_name, span_end=f.span_end)
        findings.append(d)
    statements = []
    for sts in analysis.statements:
        row = []
        for st in sts:
            d = plain(st)
            d["anchor_end"] = st.anchor_end
            row.append(d)
        statements.append(row)
    return {"sentences": [list(s) for s in analysis.sentences],
            "mentions": [plain(m) for m in analysis.mentions],
            "findings": findings, "statements": statements,
            "country_counts": [list(kv) for kv in analysis.country_counts.items()]}


def _jsonable(v):
    if isinstance(v, float):
        return repr(v)  # exact, NaN and inf included
    if isinstance(v, tuple | list):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}
    return v


def mutate(rng: random.Random, text: str, others: list[str]) -> str:
    """One to eight seeded edits of a text (see the module docstring)."""
    t = text
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        i = rng.randrange(len(t) + 1)
        if op == 0:
            t = t[:i] + rng.choice(_TOKENS) + t[i:]
        elif op == 1:
            t = t[:i] + t[i + rng.randint(1, 64):]
        elif op == 2:
            run = t[i:i + rng.randint(1, 24)]
            t = t[:i] + run * rng.randint(2, 20) + t[i:]
        elif op == 3:
            o = rng.choice(others)
            j = rng.randrange(len(o) + 1)
            t = t[:i] + o[j:j + rng.randint(1, 400)] + t[i:]
        elif op == 4:
            j = i + rng.randint(1, 2000)
            t = t[:i] + t[i:j].replace("\n", " ") + t[j:]
        elif op == 5:
            j = i + rng.randint(1, 300)
            t = t[:i] + (t[i:j].upper() if rng.random() < 0.5 else t[i:j].lower()) + t[j:]
        else:
            t = t[:i] + chr(rng.randrange(0x20, 0x3000)) + t[i:]
    return t


def cases() -> list[tuple[str, str, bool | None]]:
    """(label, text, wrapped) for every analysis the snapshot holds."""
    out = []
    texts = [(p.name, read_report(p).text) for p in labelled_files()]
    for name, text in texts:
        out.append((name, text, None))
        out.append((f"{name} wrapped", text, True))
        out.append((f"{name} upper", text.upper(), None))
        out.append((f"{name} lower", text.lower(), None))
    for p in sorted(synthetic_corpus(2).glob("*.txt")):
        out.append((f"corpus {p.name}", p.read_text(encoding="utf-8"), None))
    rng = random.Random(20240613)
    bodies = [t for _, t in texts]
    for k in range(MUTATIONS):
        name, text = rng.choice(texts)
        out.append((f"mutation {k} of {name}", mutate(rng, text, bodies), None))
    return out


@contextlib.contextmanager
def plain_reading():
    """Every prefilter of the analysis off, for as long as the block runs."""
    import catalog.coordinates as coordinates
    from catalog.gazetteer import NameIndex
    from catalog.ingest import ingester, locations, names

    def every_sentence(text, sentences, low=None):
        for i in range(len(sentences)):
            yield i, True, True

    saved = [(m, "lowered", m.lowered) for m in (ingester, names, locations)]
    saved += [(ingester, "facility_sentences", ingester.facility_sentences),
              (coordinates, "_NEEDS", coordinates._NEEDS),
              (NameIndex, "_regions", NameIndex._regions)]
    for m in (ingester, names, locations):
        m.lowered = lambda text: None
    ingester.facility_sentences = every_sentence
    coordinates._NEEDS = tuple(re.compile("") for _ in coordinates._NEEDS)
    NameIndex._regions = lambda self, text: [(0, len(text))]
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


def main(argv: list[str]) -> int:
    plain = "--plain" in argv
    argv = [a for a in argv if a != "--plain"]
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    todo = cases()
    with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp, \
            plain_reading() if plain else contextlib.nullcontext():
        base = Path(tmp) / "shipped.gpkg"
        build_catalog(base, DATA_DIR)
        with open_catalog(base) as cat:
            ing = Ingester(cat)
            t0 = time.perf_counter()
            with open(out, "w", encoding="utf-8") as f:
                for label, text, wrapped in todo:
                    row = {"case": label, **canonical(ing.analyse(text, wrapped))}
                    f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            seconds = time.perf_counter() - t0
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{len(todo)} analyses in {seconds:.1f} s -> {out}\nsha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
