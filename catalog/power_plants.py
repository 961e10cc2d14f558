"""The nuclear power plants of the world, by name: where a plant a report names lies.

"The Kursk NPP", "Koeberg Nuclear Power Station", "the Akkuyu plant": a plant is named after a
town that can be 30 km away (ingest allows 80 km), but its reactors are listed with their
points in GeoNuclearData (Open Database License 1.0; reactors from the IAEA's PRIS and the
WNA, points corrected from imagery), shipped as one row a plant in
``data/gazetteer/nuclear_power_plants.csv`` (see its ``SOURCE.md``).

:func:`plant_named` finds the one plant whose name is the site's without its power-plant
words, in the countries the report names. A plant whose units' points lie more than
:data:`MAX_SPREAD_M` apart has a wrong one, and places nothing.
"""

from __future__ import annotations

import csv
import functools
import re

from .files import shipped
from .gazetteer import Place, latin_ascii, match_key

#: Words that say a name is a nuclear plant's, not what it is named after.
PLANT_WORDS = frozenset("""
    nuclear power plant plants station stations npp nps aes npps atomic energy generating
    floating
    reactor reactors complex site unit units facility the of de del du la le centrale
    nucléaire nucleaire central kernkraftwerk akw kkw elektrownia jądrowa
""".split())
#: Plants whose units lie farther apart than this have a wrong point among them.
MAX_SPREAD_M = 5_000.0
#: How far from a plant's point its site may be: the plant's own extent and the rounding of
#: the listed points (a few kilometres; checked against encyclopedia coordinates).
PLANT_M = 5_000.0
#: ... and a site of no known kind named like it ("Hinkley Point B station"): the plant,
#: or something of the plant's beside it.
OTHER_PLANT_M = 15_000.0
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_UNIT = re.compile(r"[A-Z]|\d+|I{1,3}|IV")
SOURCE_FILE = shipped("gazetteer", "nuclear_power_plants.csv")


def stem(name: str) -> str:
    """The key of a name without its power-plant words: ``"the Kursk NPP"`` -> ``kursk``."""
    words = [w for w in _WORD.findall(name) if w.lower() not in PLANT_WORDS]
    while len(words) > 1 and (_UNIT.fullmatch(words[-1]) or len(words) > 2 and
                              words[-1].lower() == "and" and _UNIT.fullmatch(words[-2])):
        words.pop()  # "Hinkley Point B", "Kursk II", "Leningrad NPP-2", "Atucha I and II":
        # the plant's site
    if not any(w.isalpha() and len(w) > 2 for w in words):
        return ""
    return match_key(latin_ascii(" ".join(words)))


@functools.cache
def _index() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    with open(SOURCE_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if float(row["spread_m"]) > MAX_SPREAD_M:
                continue
            place = Place(f"geonucleardata:{row['name']}", row["name"], float(row["lat"]),
                          float(row["lon"]), country=row["country"], feature_class="S",
                          feature_code="PS")
            if key := stem(row["name"]):
                out.setdefault(key, []).append(place)
    return out


def plant_named(name: str, countries: list[str] | None = None) -> Place | None:
    """The one nuclear power plant ``name`` names, in one of ``countries`` (ISO alpha-2)
    when given; ``None`` when none or several do.

    Examples
    --------
    >>> plant_named("the Kursk NPP", ["RU"]).name
    'Kursk'
    >>> plant_named("Kursk Nuclear Power Plant", ["UA"]) is None
    True
    >>> plant_named("Chashma Nuclear Power Plant", ["PK"]).name
    'CHASNUPP'
    """
    key = stem(name)
    found = _index().get(key, []) if key else []
    if not found and key and names_a_plant(name):
        # "Chashma Nuclear Power Plant": the dataset's "CHASNUPP", its first letters and
        # "NUPP" (Pakistan's way: "Chashma Nuclear Power Plant")
        found = [p for prefix, p in _acronyms() if key.startswith(prefix) and key != prefix]
    if countries:
        found = [p for p in found if p.country in countries]
    if not found and key and countries and names_a_plant(name) and \
            len(_consonants(key)) >= _MIN_CONSONANTS:
        # "Khmelnytskyi NPP": the dataset's "Khmelnitski", spelled another way (its
        # consonants, in the country named; not "the Akita reactor", Ikata's "kt")
        found = [p for p in _by_consonants().get(_consonants(key), [])
                 if p.country in countries]
    return found[0] if len(found) == 1 else None


#: The fewest consonants a name is matched by (see plant_named)
_MIN_CONSONANTS = 5


def _consonants(key: str) -> str:
    """A name key's consonants, doubled ones once: what transliterations share
    ("khmelnytskyi" and "khmelnitski" are "khmlntsk")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", key))


@functools.cache
def _by_consonants() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for key, places in _index().items():
        out.setdefault(_consonants(key), []).extend(places)
    return out


_ACRONYM = re.compile(r"(?P<prefix>[A-Z]{3,6})NUPP")


@functools.cache
def _acronyms() -> list[tuple[str, Place]]:
    """``(prefix, plant)`` of the plants the dataset names by an acronym ("CHASNUPP")."""
    return [(m.group("prefix").lower(), p) for places in _index().values() for p in places
            if (m := _ACRONYM.fullmatch(p.name))]


_PLANT_NAME = re.compile(r"\b(?:nuclear power|atomic power|NPP|NPS|AES|nuclear generating|"
                         r"nuclear plant|nuclear station)\b", re.IGNORECASE)


def names_a_plant(name: str) -> bool:
    """Whether a name calls its site a nuclear power plant ("the Kursk NPP")."""
    return _PLANT_NAME.search(name) is not None
