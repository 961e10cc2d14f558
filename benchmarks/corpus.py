"""A synthetic corpus of reports made from templates (distributed ingest: tests, benchmark).

Every report is made up, in this project's own words. Report ``i`` proposes a new site
at an invented place (``place_name(i)``, placed "N km north of" a real town of the
shipped gazetteer), goes on about sites of earlier reports (``i-1`` in 5 % of reports,
``i-3`` in 10 %, ``i-40`` and ``i-400`` in half: names the catalogue learnt during the
same run, some of them too recent for the workers' copy), often names a shipped site,
and fills up to its size with prose that names no facility. The same ``i`` always gives
the same text.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

_A = ["Ma", "So", "Tae", "Kum", "Pyol", "Chon", "Ryong", "Hwa", "Pu", "Sin", "Ok", "Nam",
      "Tok", "Kal", "Mu", "Sa", "Yul", "Hyang", "Pal", "Ung", "Pom", "Ki", "Tan", "Hae"]
_B = ["bang", "dol", "gok", "rim", "san", "chon", "dae", "mak", "sol", "ryong", "bu",
      "ham", "jin", "pyong", "sok", "gap", "hung", "nae", "ul", "wol", "mo", "ba"]
_C = ["", "bong", "dang", "gol", "mun", "ak", "chi"]
_SUFFIX = ["-ri", "-dong", "-ri", "-ri"]
#: (facility words after the name, how a later sentence may call it)
_KINDS = [("missile base", "missile base"), ("missile operating base", "base"),
          ("shipyard", "shipyard"), ("air base", "air base"),
          ("nuclear facility", "facility"), ("test site", "test site")]
#: Towns of the shipped gazetteer a site is placed from.
_TOWNS = ["Kanggye", "Hyesan", "Chongjin", "Anju", "Wonsan", "Hamhung", "Haeju", "Kaesong",
          "Sunchon", "Nampo"]
_DIRECTIONS = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest"]
_KNOWN = ["The Sakkanmol missile operating base also showed new vehicle tracks.",
          "Analysts said the Hoejung-ni missile operating base was quiet that week.",
          "Work at the Yeongjeo-dong missile base appeared to have slowed."]
_FILLER = [
    "Officials in Seoul declined to comment on the images.",
    "The analysis draws on commercial satellite imagery taken over several months.",
    "Cloud cover limited what could be seen in the winter scenes.",
    "Road traffic in the valley rose in the weeks before the holiday.",
    "A spokesman for the ministry said the report was speculative.",
    "Independent experts cautioned that imagery alone cannot show intent.",
    "The authors thank the reviewers who read an earlier draft of this note.",
    "Satellite passes were scheduled for the early morning, when shadows are long.",
    "Construction crews were seen clearing snow from the approach roads.",
    "Some of the buildings appear to be housing for workers and their families.",
    "The images were compared with archival scenes from a decade earlier.",
    "Vehicle counts in the parking areas varied from week to week.",
    "Negotiators met again in the spring without announcing progress.",
    "Farm fields around the area were planted as usual that season.",
    "Power lines reaching the valley were upgraded during the summer.",
    "Diplomats said talks would resume after the elections.",
    "The report does not claim to know what the buildings are used for.",
    "Observers noted fresh excavation spoil beside two of the structures.",
    "Local markets were busy, according to travellers who visited the region.",
    "New fencing was visible along the northern edge of the compound.",
]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def place_name(i: int) -> str:
    """An invented place name, different for each ``i`` (below 24*22*7*4 = 14,784)."""
    n = i % (len(_A) * len(_B) * len(_C) * len(_SUFFIX))
    a, n = _A[n % len(_A)], n // len(_A)
    b, n = _B[n % len(_B)], n // len(_B)
    c, n = _C[n % len(_C)], n // len(_C)
    return f"{a}{b}{c}{_SUFFIX[n % len(_SUFFIX)]}"


def _kind(i: int) -> tuple[str, str]:
    return _KINDS[i % len(_KINDS)]


def report_text(i: int, size: int | None = None) -> str:
    """Report ``i`` of the corpus, about ``size`` bytes (default: 4 to 40 kB, by ``i``)."""
    rng = random.Random(i)
    size = size or rng.randint(4_000, 40_000)
    place, (kind, _) = place_name(i), _kind(i)
    town, km = _TOWNS[i % len(_TOWNS)], 5 + i % 40
    lines = [f"Corpus report {i:06d} on {place}",
             "- by Synthetic Writer",
             f"- in {['Example Wire', 'Open Imagery Notes', 'Corpus Review'][i % 3]}",
             f"- — {_MONTHS[i % 12]} {1 + i % 28}, {2015 + i % 10}",
             "",
             f"Imagery taken in the spring shows new work at the {place} {kind} in North "
             f"Korea. The {place} {kind} lies {km} km {_DIRECTIONS[i % 8]} of {town}."]
    for back, share in ((1, 0.05), (3, 0.1), (40, 0.5), (400, 0.5)):
        if i - back >= 0 and rng.random() < share:
            j = i - back
            lines.append(f"Work also continued at the {place_name(j)} {_kind(j)[1]}, "
                         f"where {rng.choice(['trucks', 'cranes', 'new roofs'])} were seen.")
    if rng.random() < 0.5:
        lines.append(rng.choice(_KNOWN))
    body = "\n".join(lines) + "\n\n"
    paragraphs = []
    total = len(body)
    while total < size:
        p = " ".join(rng.choice(_FILLER) for _ in range(rng.randint(3, 7)))
        paragraphs.append(p)
        total += len(p) + 2
    return body + "\n\n".join(paragraphs) + "\n"


def write_corpus(directory: str | os.PathLike, megabytes: float | None = None,
                 reports: int | None = None, size: int | None = None) -> list[Path]:
    """Write reports ``corpus-000000.txt``... into ``directory`` until ``megabytes`` (or
    ``reports`` reports) are written, each of ``size`` bytes (default: 4 to 40 kB);
    reports already there are kept. Returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out, total, i = [], 0, 0
    limit = megabytes * 1e6 if megabytes is not None else None
    while (limit is not None and total < limit) or (reports is not None and i < reports):
        p = directory / f"corpus-{i:06d}.txt"
        if not p.exists():
            tmp = p.with_suffix(".part")
            tmp.write_text(report_text(i, size), encoding="utf-8")
            tmp.rename(p)
        total += p.stat().st_size
        out.append(p)
        i += 1
    return out
