"""The whole-text prefilters of the analysis skip work only: results as without them."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pytest

from catalog.ingest import names
from catalog.ingest.scan import lowered

DATA = Path(__file__).parent / "data"
LABELLED = sorted(p for d in ("reports", "locate") for p in (DATA / d).iterdir()
                  if p.suffix in (".txt", ".md"))


def _labelled_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in LABELLED]


def _mutations(n: int = 60, seed: int = 7) -> list[str]:
    """Labelled texts with odd characters, case changes and joined lines."""
    rng = random.Random(seed)
    texts = _labelled_texts()
    odd = ["ı", "ſ", "İ", "K", "ß", "\u00a0", "°", "′", "N", "’s", "U.S.", "Iran", "ese"]
    out = []
    for _ in range(n):
        t = rng.choice(texts)
        for _ in range(rng.randint(1, 6)):
            i = rng.randrange(len(t) + 1)
            j = i + rng.randint(1, 400)
            op = rng.randrange(4)
            if op == 0:
                t = t[:i] + rng.choice(odd) + t[i:]
            elif op == 1:
                t = t[:i] + t[i:j].upper() + t[j:]
            elif op == 2:
                t = t[:i] + t[i:j].replace("\n", " ") + t[j:]
            else:
                t = t[:i] + chr(rng.randrange(0x20, 0x3000)) + t[i:]
        out.append(t)
    return out


def test_lowered_stands_for_ignorecase_on_every_code_point():
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    every = "".join(chars)
    matching = {m.group() for m in re.finditer(r"(?i)[a-z]", every)}
    lowers_to_letter = {c for c in chars if c.lower() in string.ascii_lowercase}
    for c in matching | lowers_to_letter:
        low = lowered(c)
        if low is None:
            continue  # the caller takes the plain way
        assert len(low) == 1
        assert (c in matching) == (c in lowers_to_letter), repr(c)
        assert re.fullmatch("(?i)" + low, c), repr(c)
    assert lowered("İstanbul") is None and lowered("ſyria") is None
    assert lowered("North Korea") == "north korea"


def _country_counts_plain(text: str) -> dict[str, int]:
    """country_counts as it was written before its automaton (the reference)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    counts = {cc: len(names._COUNTRY_RE[cc].findall(text))
              for cc, first in names._TRIGGERS.items() if first & words}
    return {cc: n for cc, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n}


@pytest.mark.parametrize("text", [
    "North Korea and north  koreans; DPRK. Pyongyang's", "I met U.S. and American envoys",
    "the Emirati and UAE, Abu Dhabi", "Turk, Turkey, turkish", "Tel Aviv hotel satellite",
    "South Africa, South African, South Korea", "ſyria and Syria", "İran and Iran",
    "Burma, Burmese, Lebanese", "", "u", "i", "American", "Americans",
])
def test_country_counts_as_plain_regexes(text):
    assert list(names.country_counts(text).items()) == list(
        _country_counts_plain(text).items())


def test_country_counts_as_plain_regexes_on_reports():
    for text in _labelled_texts() + _mutations():
        assert list(names.country_counts(text).items()) == list(
            _country_counts_plain(text).items())
