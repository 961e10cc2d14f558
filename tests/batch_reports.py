"""Write a batch of small made-up reports for the durability and fuzz runs.

Each report has its own title (hence its own source) and names one new place next to
facility words (a candidate site) and, in two of three reports, a shipped site.
The wording is this project's own; the places are invented syllable pairs.
"""

from __future__ import annotations

from pathlib import Path

_FIRST = ["Ma", "So", "Tae", "Kum", "Pyol", "Chon", "Ryong", "Hwa", "Pu", "Sin", "Ok",
          "Nam", "Tok", "Kal", "Mu", "Sa", "Yul", "Hyang", "Pal", "Ung"]
_SECOND = ["bang", "dol", "gok", "rim", "san", "chon", "dae", "mak", "sol", "ryong", "bu",
           "ham", "jin", "pyong", "sok", "gap", "hung", "nae", "ul", "wol"]
_THIRD = ["", "bong", "dang", "gol", "mun"]
_KNOWN = ["The Sakkanmol missile operating base also showed new vehicle tracks.",
          "Analysts said the Hoejung-ri site was quiet that week.",
          ""]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def place_name(i: int) -> str:
    """An invented place name, different for each ``i`` below 2000."""
    return f"{_FIRST[i % 20]}{_SECOND[(i // 20) % 20]}{_THIRD[(i // 400) % 5]}-ri"


def report_text(i: int) -> str:
    place = place_name(i)
    return (f"Batch report {i:04d} on {place}\n"
            f"- by Test Writer\n"
            f"- in Durability Wire\n"
            f"- — {_MONTHS[i % 12]} {1 + i % 28}, 2020\n"
            f"Imagery taken in the spring shows new work at the {place} missile base "
            f"in North Korea.\n"
            f"{_KNOWN[i % 3]}\n"
            f"Officials in Seoul declined to comment on report {i}.\n")


def write_batch(directory: Path, n: int, start: int = 0) -> list[Path]:
    """Write reports ``start`` to ``start + n - 1`` (``batch-0000.txt``...) into
    ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = directory / f"batch-{i:04d}.txt"
        p.write_text(report_text(i), encoding="utf-8")
        out.append(p)
    return out
