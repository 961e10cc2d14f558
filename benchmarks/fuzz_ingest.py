"""Fuzz the ingest with random and mutated bytes: ``make fuzz`` (``FUZZ_N=5000 make fuzz``).

Each input is written as a ``.txt``, ``.html``, ``.md`` or ``.pdf`` file and ingested into
one catalogue built from the shipped text form. Inputs are mutations of the labelled reports
in ``tests/data/reports`` (and of a one-page PDF): bytes flipped, inserted, deleted,
duplicated, spliced from two reports, truncated; edits of their decoded text (site names,
tricky tokens, any code point), which stay UTF-8 and so reach the analysis; or pure random
bytes. Only
:class:`~catalog.errors.CatalogError` may escape; afterwards the catalogue must pass
``PRAGMA integrity_check`` and ``catalog validate``. Crashing inputs are saved under
``build/fuzz-crashes/``. Plain seeded ``random``, no coverage guidance (atheris is not
used), so a run is reproducible from ``FUZZ_SEED``.
"""

from __future__ import annotations

import collections
import os
import random
import re
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
                                 b"/Count 1000000000", b"\xed\xa0\x80"])
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
                if roll < 0.2:
                    data = rng.randbytes(rng.randint(0, 4096))
                elif roll < 0.6:
                    base = rng.choice(pool[:-2])  # the text reports, not the PDFs
                    data = mutate_text(rng, base.decode("utf-8")).encode("utf-8")
                else:
                    data = mutate(rng, rng.choice(pool), pool)
                f = tmp / f"input-{k}{rng.choice(SUFFIXES)}"
                f.write_bytes(data)
                try:
                    summary = ingest(cat, [f])
                except CatalogError as e:
                    # what was refused, without the names and numbers of this input
                    why = re.sub(r"'[^']*'|\(.*|\d+|0x\w+|:.*", "", str(e)).split()
                    outcomes[f"rejected: {type(e).__name__}: {' '.join(why)[:50]}"] += 1
                except Exception:  # what must never happen: saved for a regression test
                    crashes += 1
                    CRASHES.mkdir(parents=True, exist_ok=True)
                    (CRASHES / f.name).write_bytes(data)
                    print(f"CRASH on {f.name} (saved in {CRASHES}):", file=sys.stderr)
                    traceback.print_exc()
                else:
                    outcomes[f"ingested: {summary.reports[0].status}"] += 1
                f.unlink()
            problems = [p for p in validate_catalog(cat) if p.level == "error"]
            counts = cat.counts()
        con = sqlite3.connect(path)
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
    took = time.perf_counter() - started
    rejected = sum(v for k, v in outcomes.items() if k.startswith("rejected"))
    print(f"fuzz_ingest: {n} inputs (seed {seed}) in {took:.1f} s: "
          f"{n - rejected - crashes} ingested, {rejected} rejected cleanly, {crashes} crashes")
    for k, v in sorted(outcomes.items()):
        print(f"  {k:<40} {v}")
    print(f"  catalogue afterwards: {counts}; integrity_check {integrity}; "
          f"validate errors {len(problems)}")
    for p in problems[:10]:
        print(f"  validate: {p}", file=sys.stderr)
    return 1 if crashes or problems or integrity != "ok" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
