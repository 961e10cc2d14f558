"""Candidate sites: their ids, and the gazetteers that may give their anchor points."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..countries import iso2_to_iso3, iso3_to_iso2

#: Place-id prefix -> the source recorded for points taken from that gazetteer.
GAZETTEER_SOURCES = {
    "geonames": ("geonames", "GeoNames geographical database", "GeoNames",
                 "https://www.geonames.org/",
                 "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0. "
                 "Candidate sites located through the gazetteer cite it for their point."),
    "airportsdata": ("airportsdata", "airportsdata: airports and landing strips of the world",
                     "airportsdata (Mike Borsetti)", "https://github.com/mborsetti/airportsdata",
                     "MIT licence. Aerodrome reference points by ICAO code; an air base a "
                     "report names like one airfield is placed at that field's point."),
    "geonucleardata": ("geonucleardata", "GeoNuclearData: the nuclear power plants of the world",
                       "GeoNuclearData (Cristian Stoica)",
                       "https://github.com/cristianst85/GeoNuclearData",
                       "Contains information from GeoNuclearData, which is made available "
                       "under the Open Database License 1.0. A nuclear site a report names "
                       "like one plant is placed at that plant's point."),
    "gns": ("nga-gns", "GEOnet Names Server (GNS)", "US National Geospatial-Intelligence Agency",
            "https://geonames.nga.mil/", "Place names imported from NGA GNS country files."),
}


#: Letters no Unicode decomposition takes to ASCII, written as their languages' own ASCII
#: spellings do ("Andøya" -> "andoya", "Łask" -> "lask"), not dropped.
_ASCII_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae",
                                "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "H",
                                # (dashes part words: "Lewis–McChord" -> "lewis-mcchord")
                                "–": "-", "—": "-", "‑": "-", "‐": "-"})


def slugify(text: str, max_len: int = 48) -> str:
    """A lower-case ASCII slug: ``Yŏngjŏ-dong missile base`` -> ``yongjo-dong-missile-base``,
    ``Andøya Air Station`` -> ``andoya-air-station``, ``Joint Base Lewis–McChord`` ->
    ``joint-base-lewis-mcchord``."""
    t = unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
    t = "".join(c for c in t if not unicodedata.combining(c)).encode("ascii", "ignore")
    s = re.sub(r"[^a-z0-9]+", "-", t.decode().lower().replace("'", "").replace("’", ""))
    s = s.strip("-")[:max_len].strip("-")
    return s


def candidate_id(name: str, country: str | None, taken: Callable[[str], bool]) -> str:
    """A new candidate's id: the country's ISO alpha-2 code and a slug of its name, as the
    shipped sites have (``kp-sinpo-south-shipyard``), numbered if taken.

    Examples
    --------
    >>> candidate_id("Sinpo South Shipyard", "KP", lambda s: False)
    'kp-sinpo-south-shipyard'
    """
    base = "-".join(p for p in ((country or "").lower(), slugify(name)) if p) or "candidate"
    site_id, n = base, 2
    while taken(site_id):
        site_id, n = f"{base}-{n}", n + 1
    return site_id


def iso2(code: str | None) -> str | None:
    """ISO alpha-2 for an ISO alpha-3 code (None for none or an unknown one)."""
    return iso3_to_iso2(code)


def iso3(code: str | None) -> str | None:
    """ISO alpha-3 for an ISO alpha-2 code (None for none or an unknown one)."""
    return iso2_to_iso3(code)

