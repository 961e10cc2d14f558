"""Findings to candidate sites: ids, names, and a gazetteer point only when it is unique."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..gazetteer import ISO3, Place
from ..model import Site
from .names import Finding

#: Place-id prefix -> the source recorded for points taken from that gazetteer.
GAZETTEER_SOURCES = {
    "geonames": ("geonames", "GeoNames geographical database", "GeoNames",
                 "https://www.geonames.org/",
                 "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0. "
                 "Candidate sites located through the gazetteer cite it for their point."),
    "gns": ("nga-gns", "GEOnet Names Server (GNS)", "US National Geospatial-Intelligence Agency",
            "https://geonames.nga.mil/", "Place names imported from NGA GNS country files."),
}


def slugify(text: str, max_len: int = 48) -> str:
    """A lower-case ASCII slug: ``Yŏngjŏ-dong missile base`` -> ``yongjo-dong-missile-base``."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).encode("ascii", "ignore")
    s = re.sub(r"[^a-z0-9]+", "-", t.decode().lower().replace("'", "").replace("’", ""))
    s = s.strip("-")[:max_len].strip("-")
    return s



def candidate_site(f: Finding, source_id: str, places: list[Place],
                   site_exists: Callable[[str], bool], context: set[str] = frozenset()
                   ) -> tuple[Site, Place | None]:
    """The candidate site for a finding, and the gazetteer place locating it, if any.

    ``places`` are the gazetteer places of the finding's name; ``context`` the ISO alpha-2
    codes of the countries the report is about (a place elsewhere is a homonym)."""
    place = places[0] if len(places) == 1 else None
    elsewhere = place is not None and bool(context) and place.country not in context
    if elsewhere:
        place = None
    name = f"{f.name} {' '.join(f.phrase.lower().split())}"
    prefix = (place.country or "").lower() if place else ""
    base = "-".join(p for p in (prefix, slugify(name)) if p) or "candidate"
    site_id, n = base, 2
    while site_exists(site_id):
        site_id, n = f"{base}-{n}", n + 1
    notes = [f"Candidate found by ingest in source {source_id!r} ('{f.name}' next to "
             f"'{' '.join(f.phrase.split())}'); not reviewed."]
    if place is not None:
        notes.append(f"Located at the gazetteer place {place.place_id} ({place.name}): "
                     f"the {place.precision} named, not the facility itself.")
        return Site(site_id, name, f.facility_type, lon=place.lon, lat=place.lat,
                    country=iso3(place.country), location_precision=place.precision,
                    location_method="gazetteer", review_status="candidate",
                    location_source_id=GAZETTEER_SOURCES[place.place_id.split(":")[0]][0],
                    notes=" ".join(notes)), place
    if elsewhere:
        p = places[0]
        notes.append(f"Unlocated: the gazetteer's only place of this name, {p.place_id} "
                     f"({p.name}, {p.country}), lies outside the countries the report is "
                     f"about ({', '.join(sorted(context))}).")
    elif places:
        notes.append("Unlocated: the gazetteer has several places of this name ("
                     + ", ".join(f"{p.place_id} {p.name}" for p in places[:5]) + ").")
    else:
        notes.append("Unlocated: the name is not in the gazetteer.")
    return Site(site_id, name, f.facility_type, review_status="candidate",
                notes=" ".join(notes)), None


def iso2(code: str | None) -> str | None:
    """ISO alpha-2 for an alpha-3 code the gazetteer knows (None otherwise)."""
    return {v: k for k, v in ISO3.items()}.get((code or "").upper())


def iso3(code: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2 code the gazetteer knows (None otherwise)."""
    return ISO3.get((code or "").upper())

