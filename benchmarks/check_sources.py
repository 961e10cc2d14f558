"""`make check-sources`: the shipped data and the labelled texts against the real reports.

Kept out of `make test`, whose suite runs from a plain clone with nothing beside it: these
checks need the real reports that stay outside the repository (``--reports``, by default
``../shared/reports`` beside the checkout). They check

- the seed article the shipped catalogue quotes: its header (title, author, publisher,
  date), that its content hash is the one the shipped source stores, and that every
  shipped quote of it is the article's own text at the stored offsets;
- that ingesting it into the shipped catalogue adds nothing (it is recognised by its hash)
  and that a rescan finds only the sentences already cited;
- that ingesting it into the shipped catalogue without it cites the two sites with the
  hand-written quotes and offsets, and adds no site;
- that no text of the labelled sets (``tests/data/locate*``, and the first-run note) shares
  a run of 8 words with a real report (the project stores attributed quotes of a sentence
  or two, never articles).

Exit code 0 when every check holds, 1 otherwise (each failure printed), 2 without reports.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "globalmedia-2018-12-08-missile-base"
SEED_FILE = "2018-12-08-global-media-north-korea-missile-base.txt"
HOEJUNG_OFFSETS = (1523, 1667)


def check_seed(reports: Path, failures: list[str]) -> None:
    from catalog import open_catalog
    from catalog.build import DATA_DIR, build_catalog
    from catalog.ingest import ingest
    from catalog.readers import read_report

    path = reports / SEED_FILE
    if not path.exists():
        failures.append(f"the seed article is not at {path}")
        return
    r = read_report(path)
    text = path.read_text(encoding="utf-8")
    expect(failures, r.text == text, "the reader's text is the file as written")
    expect(failures, r.metadata == {
        "title": "New Satellite Images Reveal North Korea Expanding Key Missile Base",
        "authors": ["Kelli Lowe"], "publisher": "Global Media", "published": "2018-12-08"},
        f"the seed article's header: {r.metadata}")
    tmp = Path(tempfile.mkdtemp(prefix="check-sources-"))
    try:
        shipped = tmp / "shipped.gpkg"
        build_catalog(shipped, DATA_DIR)
        with open_catalog(shipped) as cat:
            src = cat.get_source(SEED)
            expect(failures, src.content_hash == "sha256:" + hashlib.sha256(
                path.read_bytes()).hexdigest() == r.content_hash,
                "the shipped source's content hash is the article's")
            quotes = {}
            for c in cat.citations(source_id=SEED):
                expect(failures, text[c.char_start:c.char_end] == c.quote,
                       f"the shipped quote of {c.site_id} is the text at its offsets")
                quotes[c.site_id] = c
            expect(failures, {"kp-yeongjeo-dong", "kp-hoejung-ni"} <= set(quotes),
                   "the article is cited for Yeongjeo-dong and Hoejung-ni")
            counts = cat.counts()
            summary = ingest(cat, [path])
            expect(failures, summary.reports[0].status == "duplicate"
                   and cat.counts() == counts, "ingesting it again adds nothing")
            again = ingest(cat, [path], rescan=True)
            expect(failures, again.citations_added == 0 and cat.counts() == counts,
                   "a rescan finds only the sentences already cited")
        without = tmp / "data"
        text_form = Path(DATA_DIR) / "catalogue"  # the catalogue's text form
        shutil.copytree(text_form if text_form.is_dir() else DATA_DIR, without)
        for name in ("sources.csv", "citations.csv"):
            with open(without / name, encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
            with open(without / name, "w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(row for row in rows if row["source_id"] != SEED)
        build_catalog(tmp / "noseed.gpkg", without)
        with open_catalog(tmp / "noseed.gpkg") as cat:
            before = {s.site_id for s in cat.sites(None)}
            (rep,) = ingest(cat, [path]).reports
            cites = {c.site_id: c for c in cat.citations(source_id=rep.source_id)}
            expect(failures, set(cites) == {"kp-hoejung-ni", "kp-yeongjeo-dong"},
                   f"ingest cites the two sites (got {sorted(cites)})")
            for sid, c in cites.items():
                if sid in quotes:
                    expect(failures, (c.quote, c.char_start, c.char_end) == (
                        quotes[sid].quote, quotes[sid].char_start, quotes[sid].char_end),
                        f"ingest's citation of {sid} is the hand-written one")
            if "kp-hoejung-ni" in cites:
                expect(failures, (cites["kp-hoejung-ni"].char_start,
                                  cites["kp-hoejung-ni"].char_end) == HOEJUNG_OFFSETS,
                       "the Hoejung-ni quote's offsets")
            expect(failures, {s.site_id for s in cat.sites(None)} == before,
                   "ingest adds no site")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_not_copied(reports: Path, failures: list[str], n: int = 8) -> None:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9]+", text.lower())
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    theirs: set[tuple[str, ...]] = set()
    for p in reports.iterdir():
        if p.is_file():
            theirs |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    # the labelled sets (tests/data/reports are notes of a few sentences each: one names
    # the summit's venue in the words every article uses)
    for folder in ("locate", "locate-b", "locate-c", "locate-d", "locate-e", "locate-f",
                   "locate-g", "locate-h", "locate-i", "first-run"):
        for p in sorted((ROOT / "tests" / "data" / folder).glob("*")):
            if p.suffix in (".txt", ".md", ".html"):
                common = shingles(p.read_text(encoding="utf-8")) & theirs
                expect(failures, not common,
                       f"{p.relative_to(ROOT)} shares {n} words with a real report: "
                       f"{' '.join(sorted(common)[0]) if common else ''}")


def expect(failures: list[str], ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.check_sources",
                                description=__doc__.splitlines()[0])
    p.add_argument("--reports", type=Path, default=ROOT.parent / "shared" / "reports",
                   help="the folder of real reports (default: %(default)s)")
    args = p.parse_args(argv)
    if not args.reports.is_dir():
        print(f"no reports at {args.reports}: give --reports DIR", file=sys.stderr)
        return 2
    failures: list[str] = []
    check_seed(args.reports, failures)
    check_not_copied(args.reports, failures)
    for f in failures:
        print(f"FAILED: {f}")
    print("sources checked: " + ("all hold" if not failures else f"{len(failures)} failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
