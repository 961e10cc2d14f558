"""Fuzz the ingest with random and mutated bytes: ``make fuzz`` (``FUZZ_N=5000 make fuzz``).

Each input is written as a ``.txt``, ``.html``, ``.md`` or ``.pdf`` file and ingested into
one catalogue built from the shipped text form. Inputs are mutations of the labelled reports
in ``tests/data/reports`` (and of a one-page PDF): bytes flipped, inserted, deleted,
duplicated, spliced from two reports, truncated; edits of their decoded text (site names,
tricky tokens, any code point), which stay UTF-8 and so reach the analysis; or pure random
bytes; hostile reports (issue 15): control characters past the first 8 KB, form feeds,
ANSI escape sequences, Markdown front matter with ``javascript:`` URLs and spreadsheet
formulas, file names holding newlines and escapes, and small batches (directories) that
mix them. Only :class:`~catalog.errors.CatalogError` may escape; afterwards the catalogue
must pass ``PRAGMA integrity_check`` and ``catalog validate``, hold no control character
in any stored text, export CSV with no cell a spreadsheet would run, and export KML that
is well-formed and imports into an empty catalogue. Crashing inputs are saved under
``build/fuzz-crashes/``. Plain seeded ``random``, no coverage guidance (atheris is not
used), so a run is reproducible from ``FUZZ_SEED``.
"""

from __future__ import annotations

import collections
import os
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "reports"
SUFFIXES = [".txt", ".html", ".md", ".pdf"]
CRASHES = ROOT / "build" / "fuzz-crashes"


def seeds() -> list[bytes]:
    from tests.hostile_pdf import lying_count_pdf

    out = [p.read_bytes() for p in sorted(SEEDS.iterdir()) if p.suffix != ".json"]
    out += [lying_count_pdf(1), lying_count_pdf(10**9)]
    return out


def mutate(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    """One to eight random edits of ``data``."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        i = rng.randrange(len(b) + 1)
        if op == 0 and b:  # flip bits
            b[min(i, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert random bytes
            b[i:i] = rng.randbytes(rng.randint(1, 32))
        elif op == 2:  # delete a run
            del b[i:i + rng.randint(1, 64)]
        elif op == 3:  # duplicate a run many times
            run = b[i:i + rng.randint(1, 16)]
            b[i:i] = run * rng.randint(2, 200)
        elif op == 4:  # splice in part of another report
            o = rng.choice(others)
            j = rng.randrange(len(o) + 1)
            b[i:i] = o[j:j + rng.randint(1, 400)]
        elif op == 5:  # truncate
            del b[i:]
        else:  # insert an interesting token
            b[i:i] = rng.choice([b"\x00", b"\xff", b"\xe9", b"<script>", b"</p>", b"&#0;",
                                 b"\xef\xbb\xbf", b"%PDF-", b"\r", b"\n\n", b"- \xe2\x80\x94 ",
                                 b"2018-13-45", b"<meta charset=\"x-bogus\">",
                                 b"/Count 1000000000", b"\xed\xa0\x80", b"\x0c", b"\x1b[2J",
                                 b"\xc2\x9b31m", b"&#12;", b"&#x1b;"])
    return bytes(b)


_WORDS = ["the", "Sakkanmol", "Hoejung-ni", "Yŏngjŏ-dong", "missile base", "shipyard", "near",
          "Mr.", "U.S.", "known as", "a second site,", "-ri", "북한", "회중리", "\n\n", ". ",
          "Pyongyang", "<b>", "&amp;", "\u200b", "\u2028", "—", "\ufeff", "Kim's", "(", "]"]


def mutate_text(rng: random.Random, text: str) -> str:
    """Edits of the decoded text (so the result stays UTF-8 and reaches the analysis)."""
    t = text
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(t) + 1)
        op = rng.randrange(4)
        if op == 0:  # a known word or a tricky token
            t = t[:i] + rng.choice(_WORDS) + " " + t[i:]
        elif op == 1:  # random code points, any plane
            t = t[:i] + "".join(chr(rng.choice([rng.randrange(32, 0x250),
                                                rng.randrange(0x250, 0xD800),
                                                rng.randrange(0xE000, 0x110000)]))
                                for _ in range(rng.randint(1, 8))) + t[i:]
        elif op == 2:  # delete a span
            t = t[:i] + t[i + rng.randint(1, 80):]
        else:  # repeat a span
            t = t[:i] + t[i:i + rng.randint(1, 200)] * rng.randint(2, 20) + t[i:]
    return t


# -- hostile reports (issue 15) -------------------------------------------------------------

CONTROLS = ["\x00", "\x0c", "\x0b", "\x07", "\x08", "\x1b[31m", "\x1b[0m", "\x1b[2J",
            "\x1b]8;;https://evil.example\x07", "\x1b]0;title\x1b\\", "\x9b2J", "\x85",
            "\x7f", "\x1b", "\r", "\ufffe"]
FORMULAS = ['=HYPERLINK("http://evil.example","x")', "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0", "-2+3", "\t=1+1"]
URLS = ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
        "https://example.org/ok", "vbscript:msgbox(1)", " javascript:alert(1)", "file:///etc/x",
        "=HYPERLINK(\"x\")", "http://exa mple.org/"]


def hostile_text(rng: random.Random, base: str) -> str:
    """A report with control characters and escapes, some past the first 8 KB (where the
    binary check does not look), and lines that read as spreadsheet formulas."""
    t = base
    while len(t) < 8192 + rng.randint(0, 4000):
        t += "\n" + base
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(t) + 1)
        t = t[:i] + rng.choice(CONTROLS + FORMULAS + ["\n"]) + t[i:]
    return t


def hostile_markdown(rng: random.Random, base: str) -> str:
    """Markdown front matter with hostile URLs, and titles or authors holding formulas,
    control characters and escapes."""
    title = rng.choice(["Report", *FORMULAS]) + rng.choice(["", *CONTROLS])
    lines = ["---", f"title: {title}", f"url: {rng.choice(URLS)}"]
    if rng.random() < 0.5:
        lines.append(f"author: {rng.choice(FORMULAS)}{rng.choice(CONTROLS)}")
    if rng.random() < 0.3:
        lines.append(f"date: {rng.choice(['2018-13-45', '9999-12-31', '2019-01-21'])}")
    return "\n".join([*lines, "---", base])


def hostile_name(rng: random.Random, k: int, suffix: str) -> str:
    """A file name, sometimes holding a newline (which could forge a summary line), an
    escape sequence or a formula."""
    odd = rng.choice(["", "", "\nkp-forged: added source 'x'", "\x1b[2J", "=cmd|x",
                      " 'quoted' \"x\"", "북한"])
    return f"input-{k}{odd}{suffix}"


def _has_controls(text) -> bool:
    return isinstance(text, str) and any(
        (ord(c) < 32 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f for c in text)


def after_checks(cat, tmp: Path) -> list[str]:
    """What must hold of the catalogue after the run (see the module docstring)."""
    import csv
    import xml.etree.ElementTree as ET

    from catalog import open_catalog
    from catalog.export import FORMULA_STARTS, export_catalog
    from catalog.importer import import_file

    bad = []
    for s in cat.sources():
        for v in (s.title, s.publisher, s.url, *s.authors):
            if _has_controls(v):
                bad.append(f"control character in source {s.source_id!r}: {v!r}")
    for s in cat.sites(None):
        if _has_controls(s.name) or _has_controls(s.notes):
            bad.append(f"control character in site {s.site_id!r}")
    for c in cat.citations():
        if _has_controls(c.quote):
            bad.append(f"control character in citation {c.citation_id}: {c.quote!r}")
    out = tmp / "after" / "sites.csv"
    export_catalog(cat, out)
    for f in out.parent.iterdir():
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    try:
                        float(cell)
                    except ValueError:
                        if cell[:1] in FORMULA_STARTS:
                            bad.append(f"{f.name}: a cell a spreadsheet runs: {cell[:60]!r}")
    kml = tmp / "after" / "sites.kml"
    export_catalog(cat, kml)
    try:
        ET.parse(kml)
        with open_catalog(tmp / "after" / "empty.gpkg", create=True) as empty:
            import_file(empty, kml)
    except Exception as e:  # noqa: BLE001 - any failure is a finding
        bad.append(f"the KML export does not import: {type(e).__name__}: {e}"[:300])
    return bad


def main(argv: list[str]) -> int:
    from catalog import open_catalog
    from catalog.build import DATA_DIR, build_catalog
    from catalog.errors import CatalogError
    from catalog.ingest import ingest
    from catalog.validate import validate_catalog

    n = int(argv[0]) if argv else int(os.environ.get("FUZZ_N", "2000"))
    seed = int(os.environ.get("FUZZ_SEED", "20181208"))
    rng = random.Random(seed)
    pool = seeds()
    outcomes: collections.Counter = collections.Counter()
    crashes = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "fuzz.gpkg"
        build_catalog(path, DATA_DIR)
        with open_catalog(path) as cat:
            for k in range(n):
                roll = rng.random()
                suffix = rng.choice(SUFFIXES)
                if roll < 0.15:
                    data = rng.randbytes(rng.randint(0, 4096))
                elif roll < 0.45:
                    base = rng.choice(pool[:-2])  # the text reports, not the PDFs
                    data = mutate_text(rng, base.decode("utf-8")).encode("utf-8")
                elif roll < 0.6:
                    base = rng.choice(pool[:-2]).decode("utf-8")
                    data = hostile_text(rng, base).encode("utf-8")
                    suffix = rng.choice([".txt", ".md", ".html"])
                elif roll < 0.7:
                    base = rng.choice(pool[:-2]).decode("utf-8")
                    data = hostile_markdown(rng, base).encode("utf-8")
                    suffix = ".md"
                else:
                    data = mutate(rng, rng.choice(pool), pool)
                batch = rng.random() < 0.1  # a directory: this input and two more
                where = tmp / f"batch-{k}" if batch else tmp
                where.mkdir(exist_ok=True)
                f = where / hostile_name(rng, k, suffix)
                f.write_bytes(data)
                if batch:
                    for j in range(2):
                        more = rng.choice(pool[:-2]).decode("utf-8")
                        (where / f"more-{j}.md").write_text(
                            hostile_markdown(rng, more) if rng.random() < 0.5
                            else hostile_text(rng, more), encoding="utf-8")
                try:
                    summary = ingest(cat, [where if batch else f])
                except CatalogError as e:
                    # what was refused, without the names and numbers of this input
                    why = re.sub(r"'[^']*'|\"[^\"]*\"|\(.*|\d+|0x\w+|:.*", "", str(e)).split()
                    outcomes[f"rejected: {type(e).__name__}: {' '.join(why)[:50]}"] += 1
                except Exception:  # what must never happen: saved for a regression test
                    crashes += 1
                    CRASHES.mkdir(parents=True, exist_ok=True)
                    (CRASHES / f.name).write_bytes(data)
                    print(f"CRASH on {f.name} (saved in {CRASHES}):", file=sys.stderr)
                    traceback.print_exc()
                else:
                    for r in summary.reports:
                        outcomes[f"ingested: {r.status}"] += 1
                    for _path, why in summary.failed:
                        why = re.sub(r"'[^']*'|\"[^\"]*\"|\(.*|\d+|0x\w+|:.*", "", why).split()
                        outcomes[f"listed: {' '.join(why)[:50]}"] += 1
                if batch:
                    shutil.rmtree(where)
                else:
                    f.unlink()
            problems = [p for p in validate_catalog(cat) if p.level == "error"]
            counts = cat.counts()
            findings = after_checks(cat, tmp)
        con = sqlite3.connect(path)
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
    took = time.perf_counter() - started
    total = {kind: sum(v for k, v in outcomes.items() if k.startswith(kind))
             for kind in ("ingested", "rejected", "listed")}
    print(f"fuzz_ingest: {n} inputs (seed {seed}; batches add reports) in {took:.1f} s: "
          f"{total['ingested']} reports ingested, {total['rejected']} inputs rejected and "
          f"{total['listed']} reports of batches listed cleanly, {crashes} crashes")
    for k, v in sorted(outcomes.items()):
        print(f"  {k:<40} {v}")
    print(f"  catalogue afterwards: {counts}; integrity_check {integrity}; "
          f"validate errors {len(problems)}; findings after the run {len(findings)}")
    for p in problems[:10]:
        print(f"  validate: {p}", file=sys.stderr)
    for finding in findings[:10]:
        print(f"  after the run: {finding}", file=sys.stderr)
    return 1 if crashes or problems or findings or integrity != "ok" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
