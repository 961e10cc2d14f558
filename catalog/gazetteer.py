"""Names: the romanization-tolerant matching key, place-name files, and a multi-pattern index.

Three things live here, shared by ingest and by name search:

- :func:`match_key` and :func:`name_tokens`: how spellings of one Korean place name are made
  to compare equal (``Yŏngjŏ-dong`` = ``Yeongjeo-dong`` = ``Yongjo-dong``, ``Hoejung-ni`` =
  ``Hoejung-ri``, ``Kŭmch'ŏn-ni`` = ``Kumchon-ri``);
- :class:`Place` records read from gazetteer files: the shipped GeoNames extract, full GeoNames
  dumps (19 columns, optionally with ``alternateNamesV2.txt``) and NGA GNS country files;
- :class:`NameIndex`: one Aho-Corasick automaton (pyahocorasick) over every site name, alias
  and place name, run over a report's normalized text, so the cost of a scan grows with the
  text and not with the number of names. Matches are whole words and map back to character
  offsets in the original text.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CatalogError, ValidationError
from .files import allow_long_csv_fields, shipped

#: The GeoNames extract shipped with the package (KP and KR places, population >= 500).
SHIPPED_GAZETTEER = shipped("gazetteer", "cities500_KP_KR.tsv")



def _mark_ranges() -> str:
    """The combining marks of the scripts before U+1E00 (and the symbols' and half marks'
    blocks), as a regular expression's class body: the vowel signs of Devanagari and of
    the other Indic scripts, Thai's, Hebrew's points, Arabic's harakat, Latin's accents
    written apart. Python's ``\\w`` matches none of them, so a word would end inside
    "तेजपुर" (2 ms at import)."""
    out, start = [], None
    for c in [*range(0x0300, 0x1E00), 0x1E00]:
        mark = c < 0x1E00 and unicodedata.category(chr(c))[0] == "M"
        if mark and start is None:
            start = c
        elif not mark and start is not None:
            out.append(f"{chr(start)}-{chr(c - 1)}" if c - 1 > start else chr(start))
            start = None
    return "".join(out) + "\u20d0-\u20f0\ufe20-\ufe2f"


#: Combining marks, for a character class: ``rf"[\\w{MARKS}]"`` is a word's letter in any
#: script.
MARKS = _mark_ranges()
# A word: letters or digits and their marks, with apostrophes inside (MR aspiration
# marks: Kŭmch'ŏn).
_LETTER = rf"(?:[^\W_]|[{MARKS}])"
_WORD = re.compile(rf"{_LETTER}+(?:['’ʼ‘`]{_LETTER}+)*")
_APOSTROPHES = re.compile(r"['’ʼ‘`]")
# Between two words of one name only spaces, hyphens and one line break (hard-wrapped text)
# may stand; anything else (a full stop, a comma, a blank line) ends the name.
_JOINER = re.compile(r"[ \t\u00a0\-‐‑]{0,3}\r?\n?[ \t\u00a0\-‐‑]{0,3}")
# Revised Romanization vowels written as McCune-Reischauer breves once diacritics are gone:
# "eo" (RR) = "ŏ" (MR) -> "o"; "eu" (RR) = "ŭ" (MR) -> "u".
_RR_VOWELS = (("eo", "o"), ("eu", "u"))
#: Generic village suffix, written -ri, -ni or -li after assimilation (Hoejung-ni).
RI_FORMS = ("ri", "ni", "li")
_GLUED_RI = re.compile(r"(?:ng|[mnl])[nl]i$")
_SEPARATOR = "|"  # stands between words that cannot belong to one name


#: Latin letters no decomposition takes to ASCII: "Łask", "Bodø", "Lađevci", "Akıncı",
#: "Værnes" (see :func:`latin_ascii`).
LATIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h",
                               "Ħ": "H", "ŧ": "t", "Ŧ": "T"})


def latin_ascii(name: str) -> str:
    """``name`` with the Latin letters no decomposition takes to ASCII written as ASCII
    letters: what a dataset of ASCII names (airportsdata, GeoNuclearData) writes. (Name
    keys, :func:`match_key`, keep them: the keys stored in catalogues were made so.)

    >>> latin_ascii("Łask"), latin_ascii("Ørland"), latin_ascii("Akıncı")
    ('Lask', 'Orland', 'Akinci')
    """
    return name.translate(LATIN_LETTERS) if not name.isascii() else name


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """Fold one word: case, diacritics, apostrophes, RR ``eo``/``eu`` -> MR ``o``/``u``.

    A possessive ``'s`` is dropped (``Hoejung-ni's`` is ``Hoejung-ni``). Words in other
    scripts (Hangul) are only case-folded and NFC-normalized.
    """
    w = word.casefold()
    if len(w) > 2 and w[-2] in "'’ʼ" and w[-1] == "s":
        w = w[:-2]
    if w.isascii():  # no diacritics to drop (NFKD and NFC leave ASCII as it is)
        w = _APOSTROPHES.sub("", w) if "'" in w or "`" in w else w
    else:
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c))
        w = unicodedata.normalize("NFC", _APOSTROPHES.sub("", w))
    if w.isascii():
        w = _fold_ascii(w)
        if w in ("ni", "li"):
            w = "ri"
    return w


def name_tokens(name: str) -> list[str]:
    """The folded words of a name, e.g. ``['yongjo', 'dong']`` for ``Yŏngjŏ-dong``."""
    return [t for t in (fold_word(m.group()) for m in _WORD.finditer(name)) if t]


@functools.lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """Return the key under which spellings of one place name compare equal (cached:
    ingest asks for the same names' keys again and again).

    Case, diacritics, apostrophes, hyphens and spaces are dropped; the Revised
    Romanization vowels ``eo``/``eu`` fold onto McCune-Reischauer ``o``/``u``; older
    ``shi`` folds to ``si``; a ``-ri``/``-ni``/``-li`` suffix folds to ``ri``. Names in
    other scripts (Hangul) keep their letters, case-folded.

    Examples
    --------
    >>> match_key("Yŏngjŏ-dong") == match_key("Yeongjeo-dong") == match_key("Yongjo-dong")
    True
    >>> match_key("Hoejung-ni") == match_key("Hoejung-ri") == match_key("Hoejung ri")
    True
    >>> match_key("Kŭmch'ŏn-ni") == match_key("Kumchon-ri")
    True
    """
    key = _key(name_tokens(name))
    # Compatibility characters can fold into new separators ("¼" -> "1⁄4"): fold until
    # the key is its own key, so that a stored key matches itself.
    for _ in range(3):
        # (an ASCII key of letters and digits is one word: no need to look for words)
        again = _key([fold_word(key)] if key.isascii() and key.isalnum()
                     else name_tokens(key))
        if again == key:
            break
        key = again
    return key


# a bulk keying's text: ASCII letters and digits kept (lower case), line breaks kept, any
# other character a space
_ASCII_WORDS = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789\n" else 32
                     for c in range(256))
# a word "ni" or "li" alone (a letter first: the engine skips ahead to candidates)
_LONE_RI = re.compile(r"[nl](?<![a-z0-9][nl])i(?![a-z0-9])")
_LONE_RI_LINE = re.compile(r"^[nl]i$", re.MULTILINE)


def match_keys(names: list[str]) -> list[str]:
    """``[match_key(n) for n in names]`` for many names at once (a bulk load's aliases:
    16 times faster at 100,000 names, measured).

    Names in ASCII without apostrophes (most romanized names) are keyed together: each
    step of :func:`match_key` runs once over all of them joined by line breaks, as string
    operations over the whole text. The folding rewrites (``eo``, ``eu``, ``shi``) never
    overlap one another, so folding every word and then the words run together ends in
    the letters a whole-text fold gives. Any other name goes through :func:`match_key`.
    """
    text = "\n".join(names)
    if (text.isascii() and "'" not in text and "`" not in text
            and text.count("\n") == len(names) - 1):
        plain = range(len(names))
    else:
        plain = [i for i, n in enumerate(names)
                 if n.isascii() and "'" not in n and "`" not in n and "\n" not in n]
        text = "\n".join(names[i] for i in plain)
    done: list[str] = []
    if plain:
        words = _fold_ascii(text.lower().encode("ascii").translate(_ASCII_WORDS).decode())
        if "ni" in words or "li" in words:  # each word folded, as fold_word folds it
            words = _LONE_RI.sub("ri", words)
        joined = _fold_ascii(words.replace(" ", ""))  # run together and folded again
        if "ni" in joined or "li" in joined:
            joined = _LONE_RI_LINE.sub("ri", joined)
        # a suffix run into the stem
        done = [_key([k]) if k[-1:] == "i" else k for k in joined.split("\n")]
    if len(done) == len(names):
        return done
    keys: list = [None] * len(names)
    for i, k in zip(plain, done, strict=True):
        keys[i] = k
    return [match_key(n) if k is None else k for n, k in zip(names, keys, strict=True)]


def _fold_ascii(w: str) -> str:
    """Lower-case ASCII text (a word, or many) with the Revised Romanization vowels and
    the older ``shi`` folded, to a fixed point, so that a key folds to itself ("eeo" ->
    "eo" -> "o"): :func:`fold_word`'s folding, and :func:`match_keys`' over many names."""
    before = None
    while before != w:
        before = w
        for rr, mr in _RR_VOWELS:
            w = w.replace(rr, mr)
        # Older MR press spellings write "shi" where MR and RR write "si" (Shinpo).
        w = w.replace("shi", "si")
    return w


def _key(tokens: list[str]) -> str:
    key = _joined(tokens)
    # A suffix run into the stem ("Hoejungni"): fold it too, after a consonant only, so
    # that words merely ending in -ni (Bikini) keep their letters.
    if len(tokens) == 1 and key.isascii() and len(key) > 4 and _GLUED_RI.search(key):
        key = key[:-2] + "ri"
    return key


def pattern_variants(name: str) -> set[str]:
    """The normalized forms under which ``name`` is searched for in a text.

    Words are joined by one space (``yongjo dong``), and also run together
    (``yongjodong``), since both spellings occur; a name ending in a ``-ri`` suffix is
    also searched for with ``-ni`` and ``-li`` run together (``hoejungni``).
    """
    return _variants(name_tokens(name))


def _joined(tokens: list[str]) -> str:
    """Words run together, folded again: a text writing them as one word folds so too."""
    key = "".join(tokens)
    return fold_word(key) if len(tokens) > 1 and key.isascii() else key


def _variants(tokens: list[str]) -> set[str]:
    if not tokens:
        return set()
    out = {" ".join(tokens), _joined(tokens)}
    if len(tokens) > 1 and tokens[-1] == "ri":
        stem = "".join(tokens[:-1])
        out.update(stem + form for form in RI_FORMS)
    elif len(tokens) == 1 and tokens[0].isascii() and _GLUED_RI.search(tokens[0]):
        out.update(tokens[0][:-2] + form for form in RI_FORMS)
    return out


# -- Hangul -> McCune-Reischauer and Revised Romanization ------------------------------------

# Generic place-name suffixes are romanized apart from the stem, as gazetteers write them
# (Yŏngjŏ-dong, not the pronunciation "yŏngjŏdong"); ko-pron romanizes the stem.
_HANGUL_GENERICS = {
    "리": ("ri", "ri"), "동": ("dong", "dong"), "읍": ("ŭp", "eup"), "면": ("myŏn", "myeon"),
    "군": ("kun", "gun"), "구": ("ku", "gu"), "시": ("si", "si"), "도": ("do", "do"),
}
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_HANGUL_CHAR = re.compile(r"[\uac00-\ud7a3]")


@functools.lru_cache(maxsize=50_000)
def romanizations(hangul: str) -> tuple[str, ...]:
    """McCune-Reischauer and Revised Romanization spellings of a Hangul place name.

    Uses the ``ko-pron`` library (MIT), which works offline. A generic suffix (리, 동, 읍…)
    is romanized apart and joined with a hyphen; ``리`` is also given as ``-ni`` where MR
    writes the assimilated form. Returns an empty tuple for text that is not all Hangul.

    Examples
    --------
    >>> romanizations("영저동")
    ('Yŏngjŏ-dong', 'Yeongjeo-dong')
    """
    hangul = hangul.strip()
    if not _HANGUL.match(hangul):
        return ()
    from ko_pron import romanise

    stem, suffix = hangul, None
    if len(hangul) > 1 and hangul[-1] in _HANGUL_GENERICS:
        stem, suffix = hangul[:-1], hangul[-1]
    out: list[str] = []
    for i, system in enumerate(("mr", "rr")):
        text = romanise(stem, system).replace(" ", "")
        if suffix:
            text += "-" + _HANGUL_GENERICS[suffix][i]
        text = text[:1].upper() + text[1:]
        if text not in out:
            out.append(text)
    return tuple(out)


# -- places ---------------------------------------------------------------------------------

#: ISO 3166-1 alpha-2 -> alpha-3 for the countries this catalogue's gazetteers cover.
ISO3 = {
    "KP": "PRK", "KR": "KOR", "CN": "CHN", "JP": "JPN", "RU": "RUS", "US": "USA", "IR": "IRN",
    "SY": "SYR", "PK": "PAK", "IN": "IND", "IL": "ISR", "MN": "MNG", "TW": "TWN", "SG": "SGP",
}
# GNS uses FIPS 10-4 country codes (KN = North Korea, KS = South Korea).
_FIPS_TO_ISO2 = {"KN": "KP", "KS": "KR", "CH": "CN", "JA": "JP", "RS": "RU", "IR": "IR",
                 "SY": "SY", "PK": "PK", "IN": "IN", "IS": "IL", "MG": "MN", "TW": "TW",
                 "SN": "SG", "US": "US"}


@dataclass(frozen=True)
class Place:
    """A named place from a gazetteer.

    ``place_id`` is ``geonames:<id>``, ``gns:<ufi>``, or for the Natural Earth units of the
    world gazetteer (:mod:`catalog.places`) ``ne-adm1:<adm1_code>`` and ``ne-adm0:<ISO3>``;
    ``country`` is ISO 3166-1 alpha-2; ``admin1`` the gazetteer's admin-1 code (GeoNames'
    ``01``, ISO 3166-2 ``KP-08`` for a province) and ``admin1_name`` the province's English
    name when known; ``feature_class``/``feature_code`` are GeoNames' (``P``/``PPL``,
    ``A``/``ADM1``, ``A``/``PCLI``) or a GNS designation.
    """

    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    population: int | None = None
    alternate_names: tuple[str, ...] = field(default_factory=tuple)
    feature_class: str | None = None
    admin1_name: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Preferred name first, then the alternates (duplicates dropped)."""
        return tuple(dict.fromkeys((self.name, *self.alternate_names)))

    @property
    def precision(self) -> str:
        """How precisely the gazetteer point locates a site named after this place."""
        code = (self.feature_code or "").upper()
        if code.startswith("PCL"):
            return "country"
        if code in ("ADM1", "ADM1H"):
            return "province"
        if code.startswith("ADM"):
            return "district"
        return "locality"


def _float(value: str, what: str, where: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ValidationError(f"{what} must be a number; got {value!r} in {where}") from None


def _int_or_none(value: str) -> int | None:
    try:
        return int(value) if value not in ("", None) else None
    except ValueError:
        return None


def _split_alternates(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split(",") if a.strip())


def read_places(path: str | os.PathLike, alternate_names: str | os.PathLike | None = None,
                romanize: bool = True) -> Iterator[Place]:
    """Read places from a gazetteer file, recognising its format from its columns.

    Formats: the shipped extract (a header with ``geonameid``, ``name``, ``latitude``...),
    a GeoNames dump (``KP.txt``, ``allCountries.txt``: 19 tab-separated columns, no header)
    and an NGA GNS country file (tab-separated, a header with ``UFI`` and
    ``FULL_NAME_RO`` or ``full_name``).

    Parameters
    ----------
    path
        The gazetteer file.
    alternate_names
        GeoNames ``alternateNamesV2.txt`` (or the per-country ``alternateNames/KP.txt``):
        its names are added to the places read from ``path``.
    romanize
        Add the McCune-Reischauer and Revised spellings of every Hangul name
        (:func:`romanizations`), so that a report's romanization finds the place.

    Raises
    ------
    CatalogError
        If the file cannot be read or its format is not one of the above.
    """
    p = Path(path)
    if not p.is_file():
        raise CatalogError(f"no gazetteer file at {str(p)!r}")
    allow_long_csv_fields()
    try:
        yield from _read_places(p, alternate_names, romanize)
    except UnicodeDecodeError as e:
        raise CatalogError(f"{p.name} is not UTF-8 text (byte 0x{e.object[e.start]:02x}); "
                           "convert it first, e.g. iconv -f latin1 -t utf-8") from None
    except csv.Error as e:
        raise CatalogError(f"{p.name}: not a gazetteer file this tool reads ({e})") from None


def _read_places(p: Path, alternate_names, romanize: bool) -> Iterator[Place]:
    extra = _read_alternate_names(alternate_names) if alternate_names else {}
    with open(p, encoding="utf-8", newline="") as f:
        first = f.readline()
        f.seek(0)
        cols = first.rstrip("\r\n").split("\t")
        lower = [c.strip().lower() for c in cols]
        if "geonameid" in lower and "latitude" in lower:
            rows = _read_shipped(f, p)
        elif "ufi" in lower and ("full_name_ro" in lower or "full_name" in lower):
            rows = _read_gns(f, p)
        elif len(cols) == 19 and cols[0].isdigit():
            rows = _read_geonames(f, p)
        else:
            raise CatalogError(
                f"{p.name}: not a gazetteer file this tool reads (a GeoNames dump with 19 "
                f"tab-separated columns, the shipped extract, or an NGA GNS file); its first "
                f"line has {len(cols)} column(s)")
        for place in rows:
            more = list(extra.get(place.place_id, ()))
            if romanize:
                for n in (*place.names, *more):
                    more.extend(r for r in romanizations(n) if r not in place.names)
            if more:
                alternates = tuple(dict.fromkeys((*place.alternate_names, *more)))
                place = dataclasses.replace(place, alternate_names=alternates)
            yield place


def _read_shipped(f: io.TextIOBase, p: Path) -> Iterator[Place]:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        where = f"{p.name} (geonameid {row['geonameid']})"
        yield Place(
            f"geonames:{row['geonameid']}", row["name"],
            _float(row["latitude"], "latitude", where),
            _float(row["longitude"], "longitude", where),
            row.get("country_code") or None, row.get("admin1_code") or None,
            row.get("feature_code") or "PPL", _int_or_none(row.get("population", "")),
            _split_alternates(row.get("alternatenames", "")),
        )


def _read_geonames(f: io.TextIOBase, p: Path) -> Iterator[Place]:
    for n, line in enumerate(f, 1):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != 19:
            raise CatalogError(f"{p.name}, line {n}: expected 19 tab-separated GeoNames "
                               f"columns, got {len(cols)}")
        where = f"{p.name}, line {n}"
        alternates = _split_alternates(cols[3])
        if cols[2] and cols[2] != cols[1]:
            alternates = (cols[2], *alternates)
        yield Place(f"geonames:{cols[0]}", cols[1], _float(cols[4], "latitude", where),
                    _float(cols[5], "longitude", where), cols[8] or None, cols[10] or None,
                    cols[7] or None, _int_or_none(cols[14]), alternates)


def _read_gns(f: io.TextIOBase, p: Path) -> Iterator[Place]:
    # GNS lists one row per name; rows of one feature share its UFI. Old files use
    # UFI/LAT/LONG/FULL_NAME_RO/DSG/CC1/ADM1, newer ones ufi/lat_dd/long_dd/full_name/desig_cd.
    reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    reader.fieldnames = [c.strip().lower() for c in reader.fieldnames or []]

    def get(row, *names):
        for n in names:
            if row.get(n):
                return row[n]
        return ""

    features: dict[str, dict] = {}
    for n, row in enumerate(reader, 2):
        ufi = get(row, "ufi")
        name = get(row, "full_name_ro", "full_name")
        if not ufi or not name:
            continue
        feat = features.get(ufi)
        if feat is None:
            where = f"{p.name}, line {n}"
            cc = get(row, "cc1", "cc_ft", "cc_nm").split(",")[0].strip().upper()
            feat = features[ufi] = {
                "names": [], "lat": _float(get(row, "lat", "lat_dd"), "latitude", where),
                "lon": _float(get(row, "long", "long_dd"), "longitude", where),
                "country": _FIPS_TO_ISO2.get(cc, cc or None),
                "admin1": get(row, "adm1") or None,
                "code": get(row, "dsg", "desig_cd") or None,
                "pop": _int_or_none(get(row, "pop")),
            }
        # NT 'N' (or name_type 'N') is the approved name: put it first.
        if get(row, "nt", "name_type").upper() == "N":
            feat["names"].insert(0, name)
        else:
            feat["names"].append(name)
        for other in (get(row, "full_name_nd_ro", "full_name_nd"),):
            if other:
                feat["names"].append(other)
    for ufi, feat in features.items():
        names = list(dict.fromkeys(feat["names"]))
        yield Place(f"gns:{ufi}", names[0], feat["lat"], feat["lon"], feat["country"],
                    feat["admin1"], feat["code"], feat["pop"], tuple(names[1:]))


def _read_alternate_names(path: str | os.PathLike) -> dict[str, list[str]]:
    """``geonames:<id>`` -> names from an ``alternateNamesV2.txt`` (links and codes skipped)."""
    out: dict[str, list[str]] = {}
    p = Path(path)
    if not p.is_file():
        raise CatalogError(f"no alternate-names file at {str(p)!r}")
    try:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) < 4 or not cols[1].isdigit():
                    raise CatalogError(f"{p.name}, line {n}: not a GeoNames alternate-names "
                                       "row")
                lang = cols[2]
                if lang in ("link", "post", "iata", "icao", "faac", "fr_1793", "abbr",
                            "wkdt"):
                    continue
                out.setdefault(f"geonames:{cols[1]}", []).append(cols[3])
    except UnicodeDecodeError as e:
        raise CatalogError(f"{p.name} is not UTF-8 text (byte 0x{e.object[e.start]:02x}); "
                           "convert it first, e.g. iconv -f latin1 -t utf-8") from None
    return out


@functools.lru_cache(maxsize=1)
def _shipped() -> tuple[Place, ...]:
    return tuple(read_places(SHIPPED_GAZETTEER))


def shipped_places() -> list[Place]:
    """The places of the shipped GeoNames extract (CC BY 4.0, see data/gazetteer/SOURCE.md),
    with MR and RR spellings of their Hangul names."""
    return list(_shipped())


def with_romanizations(names: Iterable[str]) -> list[str]:
    """The names plus the MR and RR spellings of every Hangul name among them."""
    out = list(dict.fromkeys(names))
    for n in list(out):
        for r in romanizations(n):
            if r not in out:
                out.append(r)
    return out


# -- the index ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """What a name in the index stands for: a catalogue site or a gazetteer place."""

    kind: str  # "site" or "place"
    ref: str  # site_id or place_id
    name: str  # the name as written in the catalogue or gazetteer


@dataclass(frozen=True)
class Match:
    """A whole-word mention found in a text.

    ``start``/``end`` are character offsets into the original text (``text[start:end]`` is
    the mention as written); ``entries`` are every site or place that has this name.
    """

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]


@dataclass
class FoldedText:
    """A text folded word by word for matching, with a map back to the original.

    Words are folded with :func:`fold_word` and joined by a space where only spaces or
    hyphens separated them in the original, else by `` | `` (so no name spans a full stop
    or a line break). ``starts``/``ends`` map a folded word's first and one-past-last
    character to the original offsets.
    """

    folded: str
    starts: dict[int, int]
    ends: dict[int, int]


def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for matching; see :class:`FoldedText`.

    The text is cut into words and gaps once by the regex engine and each word folded
    through :func:`fold_word`'s cache, so a report costs a few list operations per word
    rather than a Python loop of string slicing (the same result as
    :func:`_fold_text_by_word`, which handles the rare texts this path does not).
    """
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    if not words:
        return FoldedText("", {}, {})
    folded = list(map(fold_word, words))
    if "" in folded or not text.isascii() and _HANGUL_CHAR.search(text):
        return _fold_text_by_word(text)
    seps = list(map(_separator, parts[2:-1:2]))
    pieces = [None] * (2 * len(words) - 1)
    pieces[0::2] = folded
    pieces[1::2] = seps
    # offsets: where each part starts in the original, and each piece in the folded text
    original = list(itertools.accumulate(map(len, parts), initial=0))
    flat = list(itertools.accumulate(map(len, pieces), initial=0))
    f_starts = flat[0::2][:len(words)]
    f_ends = flat[1::2]
    o_starts = original[1::2][:len(words)]
    o_ends = original[2::2][:len(words)]
    ends = dict(zip(f_ends, o_ends, strict=True))
    for i in [i for i, w in enumerate(words) if len(w) > 2 and w[-1] in "sS"
              and w[-2] in "'’ʼ"]:
        ends[f_ends[i]] -= 2  # the possessive is not part of the name
    return FoldedText("".join(pieces), dict(zip(f_starts, o_starts, strict=True)), ends)


_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
#: Patterns added since an index was built that make it build its big automaton again
#: (or a sixteenth of its patterns, if more).
RECENT_PATTERNS = 512
_TOKENS_KEPT = 500_000  # runs of non-space remembered by a NameIndex (about 50 MB at most)
_TOKEN_WORDS: dict[str, tuple[str, ...]] = {}  # run of non-space -> its folded words


_LAST_TOKENS: tuple[str | None, frozenset[str]] = (None, frozenset())


def _tokens_of(text: str) -> frozenset[str]:
    """The distinct runs of non-space of ``text``; the last text's are kept, for a
    report's text is searched by several indexes in turn (known sites, each new site's
    names, the names a Dask run learnt): a split and a set of some 0.25 ms each time."""
    global _LAST_TOKENS
    last, tokens = _LAST_TOKENS
    if last is not text:
        tokens = frozenset(text.split())
        _LAST_TOKENS = (text, tokens)
    return tokens


#: A NameIndex with at most this many first words reads a text through :func:`_text_words`.
_FEW_FIRST_WORDS = 64
_LAST_TEXT_WORDS: tuple[str | None, dict, tuple] = (None, {}, ())


_LAST_ASKED: list = [None]


def _asked_again(text: str) -> bool:
    """Whether a new small index searches ``text`` after another one did: then the text's
    words are worth keeping by word (see :func:`_text_words`); the first search reads the
    runs of non-space as a large index does."""
    if _LAST_ASKED[0] is text:
        return True
    _LAST_ASKED[0] = text
    return False


def _text_words(text: str) -> tuple[dict[str, list[str]], tuple[str, ...]]:
    """The runs of non-space of ``text`` by each folded word they hold, and the runs that
    fold to a word with a space; the last text's are kept (see :func:`_tokens_of`)."""
    global _LAST_TEXT_WORDS
    last, by_word, spaced = _LAST_TEXT_WORDS
    if last is not text:
        by_word, spaced_runs = {}, []
        for token in _tokens_of(text):
            for w in _token_words(token):
                by_word.setdefault(w, []).append(token)
                if " " in w:
                    spaced_runs.append(token)
        spaced = tuple(spaced_runs)
        _LAST_TEXT_WORDS = (text, by_word, spaced)
    return by_word, spaced


_LAST_HANGUL: tuple[str | None, bool] = (None, False)


def _has_hangul(text: str) -> bool:
    """Whether ``text`` holds Hangul; the last text's answer is kept, as for
    :func:`_tokens_of` (a search of a 20 kB report is some 0.1 ms each time)."""
    global _LAST_HANGUL
    last, answer = _LAST_HANGUL
    if last is not text:
        answer = not text.isascii() and _HANGUL_CHAR.search(text) is not None
        _LAST_HANGUL = (text, answer)
    return answer


def _token_words(token: str) -> tuple[str, ...]:
    """The folded words of a run of non-space, remembered for every index: a new
    index (each new site's, when ingest looks for its later mentions) folds none again."""
    words = _TOKEN_WORDS.get(token)
    if words is None:
        if len(_TOKEN_WORDS) > _TOKENS_KEPT:
            _TOKEN_WORDS.clear()
        words = _TOKEN_WORDS[token] = tuple(fold_word(w) for w in _WORD.findall(token))
    return words
# What no name spans: a character that stands neither inside a word (letters, digits,
# apostrophes) nor between the words of one name (_JOINER's spaces, hyphens, one line
# break), or a second line break.
_NAME_BREAK = re.compile(r"[^\w'’ʼ‘` \t\u00a0\-‐‑\r\n]|_|\n[^\S\n]*\n")


@functools.lru_cache(maxsize=4096)
def _separator(gap: str) -> str:
    return " " if gap == " " or (gap and _JOINER.fullmatch(gap)) else f" {_SEPARATOR} "


def _fold_text_by_word(text: str) -> FoldedText:
    """:func:`fold_text` word by word: for texts with Hangul (a name may end inside a
    word before a particle) or a word that folds to nothing."""
    parts: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    pos = 0
    prev_end = None
    for m in _WORD.finditer(text):
        word = fold_word(m.group())
        if not word:
            continue
        if prev_end is not None:
            gap = text[prev_end:m.start()]
            sep = " " if gap == " " or (gap and _JOINER.fullmatch(gap)) else f" {_SEPARATOR} "
            parts.append(sep)
            pos += len(sep)
        starts[pos] = m.start()
        parts.append(word)
        if _HANGUL_CHAR.match(word) and len(word) == m.end() - m.start():
            # Korean particles attach to the noun (영저동에서 = at Yeongjeo-dong): a Hangul
            # name may end inside a word, though it must still start at the word's start.
            for k in range(1, len(word)):
                ends[pos + k] = m.start() + k
        pos += len(word)
        end = prev_end = m.end()
        if text[end - 1] in "sS" and text[end - 2] in "'’ʼ" and end - m.start() > 2:
            end -= 2  # the possessive is not part of the name
        ends[pos] = end
    return FoldedText("".join(parts), starts, ends)


class NameIndex:
    """Every known name, searchable in one pass over a text (Aho-Corasick).

    Examples
    --------
    >>> idx = NameIndex()
    >>> idx.add("Hoejung-ni", Entry("site", "kp-hoejung-ni", "Hoejung-ni"))
    >>> [m.text for m in idx.find("A base in Hoejung-ri, and Hoejungni.")]
    ['Hoejung-ri', 'Hoejungni']
    """

    def __init__(self) -> None:
        import ahocorasick

        # Two automatons: the patterns as of the last full build, and those added since.
        # A run of ingest adds a few names per report to an index of tens of thousands;
        # building it all again each time grew with the index (190 ms at 30,000 patterns,
        # per report), building the small one costs what it holds, and it is folded into
        # the big one once it holds a sixteenth as many (see _prepare).
        self._automaton = ahocorasick.Automaton()
        self._recent = ahocorasick.Automaton()
        self._recent_words: list[str] = []
        self._base_size = 0  # patterns in _automaton when it was last built
        self._entries: dict[str, list[Entry]] = {}
        self._by_key: dict[str, list[Entry]] = {}
        self._ready = False  # both automatons built since the last add
        # The first folded word of every pattern (a match starts at one), and the text
        # tokens (runs of non-space) known to hold one or not (see _regions).
        self._first_words: set[str] = set()
        self._tokens_with_first: set[str] = set()
        self._tokens_without_first: set[str] = set()
        # folded word -> the tokens without a first word that hold it: a name learnt
        # later moves just those (an index that grows with every report, as ingest's does,
        # would otherwise sort every token of every text again after each new name)
        self._tokens_by_word: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    # Pickled without its automaton, which is built again from the patterns: pickling a
    # pyahocorasick Automaton leaks the whole pickle's size each time (pyahocorasick 2.1),
    # and a distributed ingest sends copies of the index to its workers.
    def __getstate__(self) -> dict:
        return {"entries": self._entries, "by_key": self._by_key}

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        self._entries, self._by_key = state["entries"], state["by_key"]
        for pattern in self._entries:
            self._automaton.add_word(pattern, pattern)
            self._first_words.add(pattern.split(" ", 1)[0])

    def add(self, name: str, entry: Entry) -> None:
        """Index ``name`` (in all its :func:`pattern_variants`) as a name of ``entry``."""
        tokens = name_tokens(name)
        key = _key(tokens)
        if not key:
            return
        bucket = self._by_key.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        for pattern in _variants(tokens):
            entries = self._entries.get(pattern)
            if entries is None:
                entries = self._entries[pattern] = []
                if self._base_size:  # built once already: the new pattern waits apart
                    self._recent.add_word(pattern, pattern)
                    self._recent_words.append(pattern)
                else:
                    self._automaton.add_word(pattern, pattern)
                self._ready = False
                first = pattern.split(" ", 1)[0]
                if first not in self._first_words:
                    self._first_words.add(first)
                    for token in self._tokens_by_word.pop(first, ()):  # they hold it now
                        if token in self._tokens_without_first:
                            self._tokens_without_first.discard(token)
                            self._tokens_with_first.add(token)
            if entry not in entries:
                entries.append(entry)

    def lookup(self, name: str) -> list[Entry]:
        """Every entry whose name has the same :func:`match_key` as ``name``."""
        return list(self._by_key.get(match_key(name), ()))

    def find(self, text: str, kinds: Iterable[str] | None = None) -> list[Match]:
        """Whole-word mentions of indexed names in ``text``, longest first where they overlap.

        Only the parts of the text that may hold a name are folded and scanned (see
        :meth:`_regions`): a report that names few known sites costs a split on white
        space and a set lookup per distinct word, not a fold of every word.

        Parameters
        ----------
        text
            The original text; offsets of the matches index into it.
        kinds
            Keep only entries of these kinds (``"site"``, ``"place"``); None keeps all.
        """
        if not self._entries:
            return []
        self._prepare()
        wanted = set(kinds) if kinds is not None else None
        if _has_hangul(text):
            # a Hangul name may end inside a word (a particle follows): the whole text
            return self._find_in(text, 0, wanted)
        out = []
        for a, b in self._regions(text):
            out += self._find_in(text[a:b], a, wanted)
        return out

    def occurring(self, text: str) -> set[Entry]:
        """The entries of every whole-word occurrence of an indexed name in ``text``,
        overlapping ones included (:meth:`find` keeps the longest): what a new name could
        change in a :meth:`find` of ``text`` by another index that also has it."""
        if not self._entries:
            return set()
        self._prepare()
        if _has_hangul(text):
            parts = [text]
        else:
            parts = [text[a:b] for a, b in self._regions(text)]
        return {e for part in parts for _, _, entries in self._hits(fold_text(part), None)
                for e in entries}

    def _prepare(self) -> None:
        """Build what :meth:`add` left unbuilt: the small automaton of the patterns added
        since the big one was built, or both once the small one holds a sixteenth of the
        big one's (the cost of a build grows with its patterns, so each pattern is built
        into the big one a bounded number of times)."""
        if self._ready:
            return
        if not self._base_size or len(self._recent_words) > max(
                RECENT_PATTERNS, self._base_size // 16):
            import ahocorasick

            for pattern in self._recent_words:
                self._automaton.add_word(pattern, pattern)
            self._recent, self._recent_words = ahocorasick.Automaton(), []
            self._automaton.make_automaton()
            self._base_size = len(self._automaton)
        elif self._recent_words:
            self._recent.make_automaton()
        self._ready = True

    def _regions(self, text: str) -> list[tuple[int, int]]:
        """The parts of a text (without Hangul) that may hold a match, in order.

        A match starts at a word that folds to some pattern's first word, and ends before
        anything that cannot stand inside or between the words of one name (a full stop,
        a comma, a blank line...). So the runs of non-space that hold such a word are
        found first (each distinct run is folded once, then remembered), and each part
        runs from one of them to the next such break; the rest of the text is not folded.
        """
        if not self._tokens_with_first and not self._tokens_without_first and \
                len(self._first_words) <= _FEW_FIRST_WORDS and _asked_again(text):
            # a new small index (a new site's names): the text's words say where its first
            # words are, with no pass over every run of the text
            by_text_word, spaced = _text_words(text)
            with_first = set(spaced)
            for w in self._first_words:
                with_first.update(by_text_word.get(w, ()))
            return self._spans(text, with_first)
        tokens = _tokens_of(text)
        if len(self._tokens_with_first) + len(self._tokens_without_first) > _TOKENS_KEPT:
            self._tokens_with_first.clear()  # a long run's vocabulary: start again
            self._tokens_without_first.clear()
            self._tokens_by_word.clear()
        by_word = self._tokens_by_word
        for token in tokens - self._tokens_with_first - self._tokens_without_first:
            words = _token_words(token)
            if any(w in self._first_words or " " in w for w in words):
                self._tokens_with_first.add(token)
            else:
                self._tokens_without_first.add(token)
                for w in words:
                    held = by_word.get(w)
                    if held is None:
                        by_word[w] = [token]
                    else:
                        held.append(token)
        return self._spans(text, tokens & self._tokens_with_first)

    @staticmethod
    def _spans(text: str, with_first) -> list[tuple[int, int]]:
        """The regions of :meth:`_regions` from the runs of non-space that hold a first word."""
        spans = []
        for token in with_first:
            at = text.find(token)
            while at >= 0:
                end = at + len(token)
                while at > 0 and not text[at - 1].isspace():
                    at -= 1  # the start of the run of non-space that holds it
                # a name that starts in the token ends before the next break after it
                stop = _NAME_BREAK.search(text, end - 1)
                spans.append((at, stop.start() if stop else len(text)))
                at = text.find(token, end)
        regions: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if regions and a <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(b, regions[-1][1]))
            else:
                regions.append((a, b))
        return regions

    def _find_in(self, text: str, offset: int, wanted: set[str] | None) -> list[Match]:
        """The matches in ``text``, a part of a text at ``offset`` that no name spans out
        of (see :meth:`find`), with offsets in the whole text."""
        ft = fold_text(text)
        hits = self._hits(ft, wanted)
        # Longest match wins where two overlap ("Sakkanmol missile operating base" over
        # "Sakkanmol"); among equals, site names beat place names.
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        # Characters of the folded text already taken by a kept match: a hit overlaps an
        # earlier (longer) one exactly when one of its characters is taken. Each test and
        # each mark costs the hit's own length, so the whole pass is linear in the number
        # of matches (names are short) instead of comparing every pair.
        taken = bytearray(len(ft.folded) + 1)
        out = []
        for a, b, entries in hits:
            if taken.find(1, a, b) >= 0:
                continue
            taken[a:b] = b"\x01" * (b - a)
            start, end = ft.starts[a], ft.ends[b]
            out.append(Match(start + offset, end + offset, text[start:end], entries))
        out.sort(key=lambda m: m.start)
        return out

    def _hits(self, ft: FoldedText, wanted: set[str] | None) -> list[tuple]:
        """``(start, end, entries)`` in the folded text of every whole-word occurrence."""
        hits = []
        found = self._automaton.iter(ft.folded)
        if self._recent_words:
            found = itertools.chain(found, self._recent.iter(ft.folded))
        for last, pattern in found:
            first = last - len(pattern) + 1
            # Whole words only: the match must begin and end where folded words do.
            if first in ft.starts and last + 1 in ft.ends:
                entries = self._entries[pattern]
                if wanted is not None:
                    entries = [e for e in entries if e.kind in wanted]
                if entries:
                    hits.append((first, last + 1, tuple(entries)))
        return hits


def build_index(sites: Iterable, aliases: Iterable, places: Iterable[Place] = ()
                ) -> NameIndex:
    """An index over catalogue sites (names, local names, aliases) and gazetteer places.

    Hangul names also get their MR and RR spellings (:func:`romanizations`).
    """
    idx = NameIndex()
    for s in sites:
        for n in with_romanizations([s.name, *([s.name_local] if s.name_local else [])]):
            idx.add(n, Entry("site", s.site_id, s.name))
    for a in aliases:
        for n in with_romanizations([a.alias]):
            idx.add(n, Entry("site", a.site_id, a.alias))
    for p in places:
        for n in p.names:
            idx.add(n, Entry("place", p.place_id, p.name))
    return idx
