"""The whole-text prefilters of the analysis skip work only: results as without them."""

from __future__ import annotations

import dataclasses
import random
import re
import string
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from catalog.ingest import names
from catalog.ingest.locations import statements_by_sentence, statements_in
from catalog.ingest.scan import is_letter, lowered, one_of
from catalog.ingest.sentences import split_sentences

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
    # lower-casing keeps what a word character is (the hints look behind in it)
    word = re.compile(r"\w")
    assert [c for c in chars if (word.match(c) is None) != (word.match(c.lower()) is None)
            and len(c.lower()) == 1] == []


def test_is_letter_is_the_letter_class_on_every_code_point():
    letter = re.compile(r"[^\W\d_]")
    assert [hex(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000
            and is_letter(chr(c)) != (letter.match(chr(c)) is not None)] == []


def _country_counts_plain(text: str) -> dict[str, int]:
    """country_counts as it was written before its automaton (the reference)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    heads = {w[:n] for w in words for n in names._TRIGGER_LENGTHS if len(w) >= n}
    counts = {cc: len(names._COUNTRY_RE[cc].findall(text))
              for cc, first in names._TRIGGERS.items() if first & heads}
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


@pytest.mark.parametrize("words", [names._MODIFIERS, names._HEADS, names._WEAK_HEADS,
                                   names._HEADS + names._WEAK_HEADS, ["ab", "a", "abc", "b-c"]])
def test_one_of_matches_the_words_and_nothing_else(words):
    rx = re.compile(r"(?:" + one_of(words) + r")\Z", re.I)
    assert all(rx.match(w) and rx.match(w.upper()) for w in words)
    for w in words:  # a letter short, a letter more, a letter changed: no word of the list
        for near in (w[:-1], w + "s", w[:-1] + ("x" if w[-1] != "x" else "y")):
            assert bool(rx.match(near)) == (near in words)


def _facility_phrase_plain() -> re.Pattern:
    """FACILITY_PHRASE as it was written before its word lists were tries (the reference)."""
    mod = r"(?:" + "|".join(names._MODIFIERS) + r")\s+"
    return re.compile(
        rf"\b(?:{mod}){{0,3}}(?:" + "|".join(names._HEADS) + rf")\b|\b(?:{mod}){{1,3}}(?:"
        + "|".join(names._WEAK_HEADS) + rf")\b|\b(?:{mod}){{0,3}}test(?:ing)?[ \t]+stands?\b",
        re.I)


def test_facility_phrase_as_plain_alternatives_on_reports():
    plain = _facility_phrase_plain()
    extra = ["the air-defence missile base, a nuclear-test site; AIR DEFENCE RADAR STATION",
             "rocket-motors test stands and a rocket-engine testing stand; an air base's "
             "uranium-conversion facility, the weapons-design laboratory"]
    for text in extra + _labelled_texts()[:40] + _mutations(20):
        assert [(m.span(), m.group()) for m in names.FACILITY_PHRASE.finditer(text)] == [
            (m.span(), m.group()) for m in plain.finditer(text)]


def _statements(text: str, wrapped=None) -> list[list[str]]:
    # (what a table's columns say of each row is read from the whole text, after the
    # sentences, the same way scanned or not: not a sentence's own statement)
    return [[repr(st) for st in sts if not st.extra.get("cell")]
            for sts in statements_by_sentence(text, split_sentences(text, wrapped))]


def _statements_one_by_one(text: str, wrapped=None) -> list[list[str]]:
    return [[repr(st) for st in statements_in(text, a, b)]
            for a, b in split_sentences(text, wrapped)]


@pytest.mark.parametrize("text", [
    "It lies about 40 km north of Pyongyang. The base near Yeongjeo-dong in Ryanggang "
    "Province.", "It is tenkm from Kusong, or 5 MILES NORTH OF Anju; I'm in the town of Sinpo.",
    "The pad (39°47′48″N 125°45′17″E) sits at\n39.7967, 125.7547 near the DMZ.",
    "Zone 52S 345678mE 4412345mN; 52SDH1234567890; lat 39.1 lon 125.2; 39 deg N, 125 deg E.",
    "It is 12 km from the Chinese border, on the coast, in the province of Chagang.",
    "It is near\nKusong and at\nSinpo, 3 nmi NNW of Wonsan, 2 m from ſea.",
    "The town of Yongbyon, which lies about 5 km to the northeast of the complex, grew; "
    "Kusong lies 3 KM NORTH FROM THE LAUNCH SITE.",
    "It is close to Kusong. It is not far from Anju. It is next to Sinpo. It is a short "
    "distance from Haeju. It is in the vicinity of Wonsan. It is adjacent to Kanggye. It is "
    "NEAR Hyesan. It is just outside Nampo. It is on the outskirts of Hamhung. So far, next "
    "year, closely: a short talk.",
    "It is in the province of Chagang. It is in North Hamgyong province. It is in "
    "Ryanggang\tProvince. It is in Musan County. It is in the prefecture of Hiroshima.",
])
def test_statements_read_from_one_scan_as_one_by_one(text):
    assert _statements(text) == _statements_one_by_one(text)
    assert _statements(text, True) == _statements_one_by_one(text, True)


def test_statements_read_from_one_scan_as_one_by_one_on_reports():
    for text in _labelled_texts() + _mutations():
        assert _statements(text) == _statements_one_by_one(text)


def _split_sentences_block_by_block(text: str, wrapped: bool) -> list[tuple[int, int]]:
    """split_sentences as written before it scanned the whole text at once (the
    reference): each block scanned for boundaries on its own."""
    from catalog.ingest import sentences as S

    spans = []

    def add(a, b):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))

    for base, block_end in S._blocks(text, wrapped):
        body = text[base:block_end]
        start = 0
        for m in S._BOUNDARY.finditer(body):
            word = body[:m.start() + 1].rsplit(None, 1)[-1].lstrip("\"“‘([")
            if word.rstrip(".").lower() in S._ABBREVIATIONS or re.fullmatch(
                    r"(?:[A-Za-z]\.)+", word) or S._inside_brackets(body, start, m.start(),
                                                                   m.end()):
                continue
            end = m.end()
            while end > m.start() and body[end - 1].isspace():
                end -= 1
            add(base + start, base + end)
            start = m.end()
        add(base + start, base + len(body))
    return spans


_SENTENCE_PIECES = st.sampled_from(["It", " ", "  ", "\n", "\n\n", " \n", ".", "!", "?", "'",
                                    "”", ")", "(", "“", "Mr.", "U.S.", "e.g.", "A", "b", "2",
                                    "É", "x.", "- ", "1. ", "\t", ":"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join), st.booleans())
@example("It. \nB. C.  \nD", False)
@example("It.\n\nB went. Mr. C", True)
@example("(1. It)", False)
def test_sentences_from_one_scan_as_block_by_block(text, wrapped):
    assert split_sentences(text, wrapped) == _split_sentences_block_by_block(text, wrapped)


def test_sentences_from_one_scan_as_block_by_block_on_reports():
    for text in _labelled_texts() + _mutations():
        for wrapped in (False, True):
            assert split_sentences(text, wrapped) == _split_sentences_block_by_block(
                text, wrapped)


def test_reverse_distances_gated_only_where_they_cannot_match():
    from catalog.ingest.locations import _gates, _read_statements

    texts = _labelled_texts() + _mutations() + [
        "Kusong lies 3 KM NORTH FROM THE  LAUNCH SITE.",
        "The town of Yongbyon, which lies about 5 km to the northeast of the complex, grew."]
    for text in texts:
        for a, b in split_sentences(text):
            every = _gates(text[a:b]) | {"reverse"}
            assert repr(statements_in(text, a, b)) == repr(_read_statements(text, a, b, every))


def _findings_sentence_by_sentence(ing, text: str) -> list[str]:
    """The findings of analyse read from every sentence (the reference): each that is
    not a headline goes through the whole phrase grammar."""
    from catalog.ingest.ingester import (
        _FIELDS_BELOW,
        _aligned_row,
        _capitalised,
        _listed,
        _paragraph,
        _without_shared_aliases,
        outside_other_names,
    )
    from catalog.ingest.names import (
        aliases_after,
        is_weapon_or_unit,
        one_site_per_place,
        site_column_findings,
    )
    from catalog.ingest.sentences import is_headline, stripped_span

    found, at = [], {}
    for a, b in split_sentences(text):
        sentence, whole = text[a:b], False
        if is_headline(sentence) and not _aligned_row(sentence):
            if _FIELDS_BELOW.match(text, b):
                sentence = _capitalised(sentence)  # a fact sheet's heading
            elif not _listed(text, a, b):
                continue
            whole = True  # (or a list's item: a name is all of it, or none)
        these = []
        for f in ing._findings(sentence, paragraph=_paragraph(text, a, b)):
            if whole and (f.full_start if f.full_start is not None else f.start,
                          f.span_end) != stripped_span(sentence):
                continue
            f.aliases = aliases_after(sentence, f.span_end)  # as analyse reads them
            these.append(f)
            at[id(f)] = a
        found += outside_other_names(these)
    # a table's column of sites, read from the whole text, as analyse reads it
    placed = [dataclasses.replace(f, start=f.start + at[id(f)], end=f.end + at[id(f)], **{
        k: getattr(f, k) + at[id(f)] for k in ("full_start", "stop")
        if getattr(f, k) is not None}) for f in found]  # (their offsets in the text)
    for f in site_column_findings(text, split_sentences(text), placed):
        if not is_weapon_or_unit(f) and ing._is_new(f):
            found.append(f)
            at[id(f)] = 0
    # one site per facility of the report ("the Natanz plant" of the Natanz Fuel Enrichment
    # Plant), as analyse folds them
    return [repr((f.place, f.phrase, f.start + at[id(f)], f.full, f.parent))
            for f in one_site_per_place(_without_shared_aliases(found))]


def test_findings_read_where_the_scan_sends_them(shipped):
    from catalog.ingest import Ingester

    ing = Ingester(shipped, places=[])
    texts = _labelled_texts() + _mutations() + [
        "Jets left PAF Base Masroor at dawn. Troops drilled at Fort Meade in the rain. "
        "Kapustin Yar, Russia's oldest missile test range, fired again. A second site, "
        "known as Sino-ri, grew. The FORT Knox depot. Jets flew from air bases, including "
        "Nur Khan near Rawalpindi and Sargodha. A second missile base, called Sino-ri, "
        "grew. Another site, dubbed Yusang-ni, too. A third base, named Kumchon-ri, also."]
    for text in texts:
        found = [repr((f.place, f.phrase, f.start, f.full, f.parent))
                 for f in ing.analyse(text).findings]
        assert found == _findings_sentence_by_sentence(ing, text)


@pytest.mark.parametrize("sentence", [
    "Jets flew from air bases, including Nur Khan near Rawalpindi and Sargodha.",
    "missile sites such as Sohae and test ranges like Musudan-ri, notably Tonghae",
    "Three airfields, among them Sunchon, and submarine bases INCLUDING Sinpo.",
])
def test_lists_of_described_sites_need_their_opening_words(sentence):
    """A list is looked for from its opening words back to the facility words before
    them: the same lists as a search led by the facility words at every place."""
    import re

    from catalog.ingest import descriptions

    brute = re.compile(descriptions._HEAD + r",?[ \t]+(?:including|such[ \t]+as|like|"
                       r"notably|among[ \t]+them)[ \t]+")
    texts = [sentence] + [text[a:b] for text in _labelled_texts() + _mutations()
                          for a, b in split_sentences(text)]
    for s in texts:
        want = [(m.group("head"), m.end()) for m in brute.finditer(s)]
        got = []
        for m in descriptions._LIST_WORDS.finditer(s):
            h = descriptions._HEAD_BEFORE.search(s, max(0, m.start() - 80), m.start())
            if h is not None:
                got.append((h.group("head"), m.end()))
        assert got == want, s
    assert list(brute.finditer(sentence))


def test_analyse_with_every_prefilter_off_is_the_same(shipped):
    from benchmarks.analyse_snapshot import canonical, plain_reading
    from catalog.ingest import Ingester

    ing = Ingester(shipped, places=[])
    texts = _labelled_texts() + _mutations()
    fast = [canonical(ing.analyse(t)) for t in texts]
    with plain_reading():
        plain = [canonical(ing.analyse(t)) for t in texts]
    assert fast == plain
    assert ing.analyse("It lies 40 km north of Kusong.").statements != [[]]  # restored
