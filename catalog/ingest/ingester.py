"""One report at a time: its text analysed, then written in one transaction.

For each report (see :mod:`catalog.readers` for the formats):

1. the source is recorded once; a report whose content hash or URL is already in the
   catalogue adds nothing and is reported as a duplicate;
2. the text is split into sentences (:mod:`.sentences`); every whole-word mention of a
   known site's name or alias (romanization-tolerant, see :mod:`catalog.gazetteer`)
   becomes a citation holding the sentence exactly as written and its offsets; a name
   that is also a town's, a province's or a country's ("Isfahan", "Arak") cites its site
   only when the sentence speaks of the facility, else the match is *held* for review;
3. facility names and place names beside facility words (:mod:`.names`) that name no known
   site become *candidate* sites, with the other names the sentence gives them ("also
   known as") and their parent when they are a component ("the 5 MWe reactor at
   Yongbyon");
4. every statement of place (:mod:`.locations`: coordinates, "40 km north of X", "near
   X", "in X Province", "12 km from the border") is tied to the site it is about, read
   into a region, and the regions of one site placed (:mod:`.placing`): each used
   statement is cited with ``supports=location``;
5. countries, provinces, capitals standing for governments, venues and organisations
   never become sites.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..airfields import airfield_by_icao
from ..coordinates import find_coordinates
from ..countries import geonames_capitals
from ..errors import ValidationError
from ..gazetteer import Entry, NameIndex, Place, build_index, match_key
from ..lazy import lazy_module
from ..model import SOURCE_KINDS, Citation, Site, Source, parse_date
from ..places import CatalogGazetteer, CombinedGazetteer, PlaceList, default_gazetteer
from ..power_plants import plant_named
from ..readers import Report, clean_text
from ..stores import Catalog
from .candidates import GAZETTEER_SOURCES, iso2, slugify
from .descriptions import (
    AIR_WAR_WORDS,
    BASE_OF_ANY_WORDS,
    LANDFORM_GATE,
    LOCATION_INDICATOR,
    PLACING_WORDS,
    SHIP_PREFIXES,
    abbreviated_air_bases_in,
    about_research_reactors,
    air_bases_flown_from,
    air_bases_hosting,
    air_stations_named_first_in,
    airstrips_with_a_point,
    bare_air_bases_in,
    bare_plants_in,
    bold_item_siblings,
    bracketed_names_in,
    capital_bases_in,
    coded_air_bases_in,
    company_works_in,
    dated_works_in,
    described_in,
    described_near,
    field_named_sites_in,
    french_centres_in,
    fronted_kinds_in,
    glued_barracks_in,
    head_first_in,
    heading_named_by_initials,
    headquarters_in,
    initials_at_their_place_in,
    kind_word_then_name_in,
    kind_words_only,
    kinds_then_named_in,
    landform_sites_in,
    lettered_works_in,
    listed_plant,
    listed_plants_in,
    listed_sites_in,
    military_airports_in,
    missile_complexes_in,
    nuclear_test_sites_in,
    numbered_bases_in,
    numbered_centres_in,
    numbered_kind_bases_in,
    numbered_native_bases_in,
    outposts_in,
    placed_names_in,
    placed_right_after,
    plural_siblings,
    ports_named_first_in,
    radar_sites_in,
    reactor_sites_at,
    reactor_words_after,
    reactors_by_designation,
    speaks_of_troops,
    struck_oil_sites_in,
    typed_rows_in,
    war_in,
    weapons_kept_at,
    wing_bases_in,
    zavods_in,
)
from .locations import (
    CITY_POPULATION,
    POINT_LABELS,
    STREET_AFTER,
    continues_subject,
    statements_by_sentence,
    statements_in,
)
from .names import (
    ARMS_OR_ATOMS,
    ATOMS,
    FACILITY_PHRASE,
    GENERIC_UNIT_WORDS,
    LAUNCHING,
    NON_SITE_KEYS,
    STOPWORDS,
    UNIT_WORDS,
    WAR_STRIKE,
    Finding,
    aliases_after,
    as_base_command,
    base_place,
    country_counts,
    country_of_word,
    facility_sentences,
    facility_type_of,
    findings_of_wrapped_cells,
    findings_with_facility_words,
    is_facility_word,
    is_weapon_or_unit,
    local_stem,
    mended_in_place,
    name_stem,
    named_after_its_town,
    names_a_power_plant,
    names_country,
    numbered_parts,
    one_site_per_place,
    report_works,
    site_column_findings,
    starts_with_facility_word,
    stem_key,
    towns_in,
    unit_designations,
)
from .placing import SMALL_PLACE_POPULATION
from .scan import lowered
from .sentences import (
    AKA,
    ITEM_CODE,
    NAME_FIELD,
    RECORD_NAME,
    in_capitals,
    is_headline,
    line_in_capitals,
    section_start,
    split_sentences,
    stripped_span,
)
from .writing import ReportWriter, cue_sentences, province_countries

regions = lazy_module("catalog.regions")


@dataclass
class Mention:
    """A known site named in a sentence; ``held`` says why it was not cited, if it was not."""

    site_id: str
    start: int
    end: int
    sentence: tuple[int, int]
    held: str | None = None


#: How many towns a report measures from in a country it never names make it one of the
#: report's countries (see Ingester._anchor_countries).
ANCHOR_COUNTRY_TOWNS = 3
#: an acronym a sentence opens with ("PINSTECH was founded ..."): the facility it speaks of
_OPENING_ACRONYM = re.compile(r"[ \t\r\n]*(?:The[ \t]+)?(?P<name>[A-Z]{3,10})\b(?![-'’])")


def _initials(name: str) -> str:
    """The capitals of a name's words ("Tarapur Atomic Power Station": "TAPS")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def unit_parent(text: str, sentence: tuple[int, int], designation: str, pos: int,
                sites: list[tuple[int, str, list[str], str]],
                kinds: frozenset[str] = frozenset({"nuclear"})) -> tuple[str, int] | None:
    """The facility a unit named ``designation`` (at ``pos`` of ``text``, in
    ``sentence``) is a part of, as ``(name, offset)``; None when the report does not say.

    ``sites`` are what the report names, in order: ``(offset, name, other names,
    facility type)``. In turn:

    - the facility whose initials or other name are the designation's letters
      ("TAPS-1" of the Tarapur Atomic Power Station, "TAPS"), the nearest before it
      (else after it) in the report;
    - an acronym the sentence opens with, that the report gives as a name ("PINSTECH ...
      houses the research reactor, PARR-1", the report having written "(PINSTECH)");
    - the nuclear facility the sentence names before it, else the last one its paragraph
      names before it ("The Rajasthan Atomic Power Station ... Two new units, RAPP-7
      and RAPP-8, are being commissioned there"), else the only one the report names
      before it (of ``kinds``: a launch site's for a numbered pad, see
      :func:`.names.numbered_parts`).
    """
    letters = designation.split("-")[0].upper()
    if len(letters) >= 2:
        same = [(o, n) for o, n, others, _ in sites
                if _initials(n) == letters or any(x.upper() == letters for x in others)]
        before = [x for x in same if x[0] < pos]
        if same:
            o, n = before[-1] if before else same[0]
            return n, o
    a, b = sentence
    opening = _OPENING_ACRONYM.match(text, a, b)
    if opening and opening.group("name") != letters and opening.start("name") < pos:
        acronym = opening.group("name")
        named = [(o, n) for o, n, others, _ in sites
                 if acronym in others or _initials(n) == acronym]
        if named:
            return named[-1][1], named[-1][0]
        if f"({acronym})" in text or re.search(r"\b(?:known|referred\s+to)\s+as\s+"
                                               + acronym + r"\b", text):
            return acronym, opening.start("name")
    # (a section under a Markdown heading is about other sites: "## Garching, Řež")
    section = section_start(text, a)
    para = max(text.rfind("\n\n", 0, a), section)
    near = [(o, n) for o, n, _, kind in sites if para <= o < pos and kind in kinds
            and not (o <= pos < o + len(n))]
    if near:
        return near[-1][1], near[-1][0]
    earlier = {n: o for o, n, _, kind in sites if section <= o < pos and kind in kinds}
    if len(earlier) == 1:  # "the plant's newer reactors, KANUPP-2 and ...", a paragraph on
        ((n, o),) = earlier.items()
        return n, o
    return None


def _said_of_others(said: list, others: list[int], at: int) -> bool:
    """Whether every statement of a sentence (``said``) stands before ``at`` and after the
    end of a site the sentence named before it (``others``: where each ends): they place
    that site, not a name at ``at`` after them."""
    return bool(others) and all(st.end <= at and any(end <= st.start for end in others)
                                for st in said)


@dataclass
class Analysis:
    """What a report's text says: mentions of known sites, new-site findings, and the
    statements of place in each sentence."""

    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    findings: list[Finding]
    statements: list[list] = field(default_factory=list)  # per sentence
    #: how often the text names each country (ISO alpha-2), most named first
    country_counts: dict[str, int] = field(default_factory=dict)
    #: the sentences whose words alone may tie a statement or a name to a site they do
    #: not name (:func:`.writing.cue_sentences`); None: any sentence may
    cues: tuple[int, ...] | None = None
    #: the match keys of the names the text calls a town or a region ("the town of
    #: Dimona"): no alias of the facility named after the place (:func:`.names.towns_in`)
    towns: frozenset[str] = frozenset()

    @property
    def held(self) -> list[Mention]:
        return [m for m in self.mentions if m.held]


@dataclass
class ReportResult:
    """What ingesting one report did."""

    path: str | None
    source_id: str
    status: str  # "added", "duplicate" or "rescanned"
    citations_added: int = 0
    sites_matched: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    message: str = ""


# Words that show a sentence speaks of a facility of each type, beyond its facility phrase.
_TYPE_WORDS = {
    "nuclear": r"nuclear|atomic|enrich\w*|reactors?|centrifuges?|uranium|plutonium|"
               r"heavy[- ]water|IAEA|inspectors?|fuel|isotopes?|radioactive|radiochemical",
    "missile base": r"missiles?|launchers?|warheads?|ICBMs?|IRBMs?|rockets?",
    "launch site": r"launch\w*|rockets?|satellites?|missiles?|engine\s+tests?|flights?|"
                   r"astronauts?|cosmonauts?|spacecraft|orbit(?:al)?|lift-?off",
    "test site": r"nuclear\s+tests?|test\w*|detonations?|tunnels?|seismic|explosions?",
    "naval base": r"submarines?|naval|navy|shipyards?|vessels?|warships?|piers?",
    "airbase": r"aircraft|fighters?|runways?|jets?|bombers?|hangars?|air\s+force",
    "production": r"missiles?|munitions?|rocket\s+engines?|propellants?|explosives?|"
                  r"warheads?|drones?|launchers?",
}
# A capitalised word right before a match (not a sentence's first "The"): the match is the
# end of a longer name.
_PROPER_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!The\b|A\b|An\b|At\b|In\b)[A-Z][\w'’-]*[ \t]+$")
_TYPE_RE = {t: re.compile(r"\b(?:" + p + r")\b", re.I) for t, p in _TYPE_WORDS.items()}


#: The last words of a region's name: no facility is named after a whole province ("Olenya
#: air base in Murmansk Oblast, the base of the Tu-22M3 regiment"; "the base in Zagreb
#: County"): the words say where an unnamed facility is.
_REGION_LAST_WORDS = frozenset({"oblast", "province", "governorate", "prefecture", "krai",
                                "county", "region", "voivodeship", "okrug", "district"})


#: A facility's name set off after another's by ", the", and closed by a comma before the
#: sentence's verb: "The older Plant 404, the Tallow Atomic Energy Complex, produced ..."
#: (not a list: ", the X, and the Y", ", the X, the Y and the Z")
# (a name in Markdown's bold too: "**Plant 202**, the Baotou Nuclear Fuel Component Plant")
_APPOSED = re.compile(r"(?:\*\*|__)?,[ \t]+the[ \t]+(?:\*\*|__)?")
# ... closed by a comma before a verb, the town and province it stands in between ("...,
# the Baotou Nuclear Fuel Component Plant in Baotou, Inner Mongolia, makes fuel")
_APPOSITION_CLOSED = re.compile(r"(?:\*\*|__)?(?:[ \t]+(?:in|at|near)[ \t]+"
                                r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                                r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?)?"
                                r",[ \t]+(?!(?:and|or|but|nor|the|a|an|its|their|as|with|while|"
                                r"which|who|where|including|both|each|all)\b)[a-z]")


#: Words of war and its places beside those of arms (:data:`.names.ARMS_OR_ATOMS`): a bare
#: name placed at once in such a sentence is a facility's ("REGAN Vest, near Skørping, ...
#: was the government's wartime seat")
_OF_WAR = re.compile(r"\b(?:bunkers?|bases?|garrisons?|barracks|wartime|war|armies|army|navy|"
                     r"naval|fleets?|submarines?|tests?|tested|testing|radars?|airfields?|"
                     r"troops|defen[cs]e)\b", re.I)


#: What a camp of troops is said to hold or do in its own sentence ("Camp Tallow hosts a
#: brigade"): with these, a camp that shares a village's name is the camp
_CAMP_TROOPS = re.compile(r"\b(?:troops|soldiers|brigades?|battalions?|regiments?|"
                          r"divisions?|marines|guards?men|army|military|garrison|training|"
                          r"trains?|units?|forces)\b", re.I)


#: ... and where a place, not a camp, is written: "next to Camp Douglas", "in Camp Verde"
_TOWN_BEFORE = re.compile(r"\b(?:near|next[ \t]+to|beside|outside|in|of)[ \t]+\Z")


def _fold(sentence: str, g: Finding, into: Finding, found: list[Finding]) -> None:
    """Make the finding ``g`` another name of ``into``, out of ``found``."""
    into.aliases.append((sentence[g.span_start:g.span_end], g.span_start))
    found.remove(g)


#: How often a text must name its main country for a town of it to outweigh another
#: country's capital of that name (see :meth:`Ingester._without_namesake_capitals`)
_MAIN_COUNTRY_MIN = 5


def _one_complex_per_number(findings: list[Finding]) -> list[Finding]:
    """``findings``, a missile wing's launch complex named again by other words ("Titan II
    ICBM Site 571-7", then "Complex 571-7") folded into its first name as another one
    (:func:`.descriptions.missile_complexes_in`: its number is its "place")."""
    first: dict[str, Finding] = {}
    out = []
    for f in findings:
        if f.phrase == "complex" and f.facility_type == "missile base" and f.full:
            if (g := first.get(f.name)) is not None:
                g.aliases.append((f.full, f.full_start))
                continue
            first[f.name] = f
        out.append(f)
    return out


#: A sentence's opening facility words after "The" ("The base is located near ..."), and
#: how far back (in characters) the site they speak of may have been named
_THE = re.compile(r"[\s*_>#]*The[ \t]+")
_ANAPHOR_REACH = 600


def _apposed_names(sentence: str, found: list[Finding]) -> list[Finding]:
    """``found``, a full name set off after another's (:data:`_APPOSED`) folded into that
    one as its other name: two names of one facility (not a component at its place:
    "RSG-GAS, the 30 MW multipurpose reactor at Serpong")."""
    out = list(found)
    folded: set[int] = set()
    for f in found:
        for g in found:
            if g is not f and g.full is not None and g.span_start >= f.span_end and \
                    id(g) not in folded and id(f) not in folded and \
                    _APPOSED.fullmatch(sentence, f.span_end, g.span_start) and \
                    _APPOSITION_CLOSED.match(sentence, g.span_end):
                if g.parent is None:
                    _fold(sentence, g, f, out)
                else:
                    out.remove(g)  # what the name is, at its place, no other name
                folded.add(id(g))
    return out


#: What an air station does from its own field: "Marine Corps Air Station Tallow, ...,
#: flies F-35B squadrons from Kesk Field"
_FLIES_FROM = re.compile(r"[^.;]{0,120}?\b(?:fl(?:y|ies)|operates?)\b[^.;]{0,80}?\bfrom[ \t]+")


def _own_fields(sentence: str, found: list[Finding]) -> list[Finding]:
    """``found``, a field the air base or station a sentence opens with flies from folded
    into it as its other name (the runways of a base named after a person: "Merritt
    Field"; not the field a base's aircraft flew to for a while)."""
    out = list(found)
    for g in found:
        if g.phrase != "Field" or g.full is None:
            continue
        base = next((f for f in out if f is not g and f.facility_type == "airbase"
                     and sentence[:f.span_start].strip() in ("", "The")
                     and f.span_end <= g.span_start
                     and _FLIES_FROM.fullmatch(sentence, f.span_end, g.span_start)), None)
        if base is not None:
            _fold(sentence, g, base, out)
    return out


_SET_OFF_NAME = re.compile(r",[ \t]+")
#: A compass word that ends a name ("Fleet Base West")
_COMPASS_END = re.compile(r"[ \t]+(?:East|West|North|South)\b")


def _ship_named_other_names(sentence: str, found: list[Finding]) -> list[Finding]:
    """``found``, a name in capitals set off right after a ship-named shore establishment's
    folded into it as its other name ("HMAS Stirling, Fleet Base West on Garden Island":
    one base, not a "Fleet Base" of its own)."""
    out = list(found)
    for f in found:
        if f.phrase not in SHIP_PREFIXES or not f.named_first or f not in out:
            continue
        for g in found:
            if g is f or g not in out or g.full is None or \
                    not _SET_OFF_NAME.fullmatch(sentence, f.span_end, g.span_start) or \
                    not all(w[:1].isupper() for w in g.full.split()):
                continue
            end = g.span_end
            if (compass := _COMPASS_END.match(sentence, end)) is not None:
                end = compass.end()
            f.aliases.append((sentence[g.span_start:end], g.span_start))
            out.remove(g)
    return out


_IN_PLACE_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:in|at)[ \t]+(?:the[ \t]+)?"
                               r"(?:(?:town|city|village)[ \t]+of[ \t]+)?")


def _numbered_bases_at_their_base(sentence: str, found: list[Finding]) -> list[Finding]:
    """``found`` with a base known by its number at a base named by its place made one:
    "the 4th Main Jet Base at Mürted Air Base", "Malatya Erhaç Air Base, ..., home of the
    7th Main Jet Base" (the number's name is the named base's other name)."""
    numbered = [g for g in found if g.full is not None and g.parent is None and not g.unit
                and _NUMBERED_BASE.fullmatch(g.site_name)]
    out = list(found)
    for g in numbered:
        host = next((f for f in out if f is not g and f.full is not None and f.parent is None
                     and not f.unit and not _NUMBERED_BASE.fullmatch(f.site_name)
                     and f.facility_type in (g.facility_type, "airbase", "naval base")
                     and (g.span_end <= f.span_start and _AT_THE_BASE.fullmatch(
                         sentence, g.span_end, f.span_start)
                          or f.span_end <= g.span_start and _HOME_OF.search(
                              sentence, f.span_end, g.span_start)
                          and not _ONCE_HOME.search(sentence, f.span_end, g.span_start)
                          and not any(
                                  f.span_end <= h.span_start < g.span_start for h in out))),
                    None)
        if host is not None:
            host.aliases.append((g.site_name, g.span_start))
            out = [f for f in out if f is not g]
    return out


#: A base's name that is its number and kind alone ("the 4th Main Jet Base", "the 7th
#: Tactical Air Base")
_NUMBERED_BASE = re.compile(r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}Base")
#: ... at a named base ("the 4th Main Jet Base at Mürted Air Base")
_AT_THE_BASE = re.compile(r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?")
#: ... or a named base's home ("Erhaç Air Base, ... home of the 7th Main Jet Base")
_HOME_OF = re.compile(r"\bhome[ \t]+(?:of|to)[ \t]+the[ \t]+\Z")
#: ... not its home once ("Diyarbakır Air Base, the former home of the 5th Main Jet Base")
_ONCE_HOME = re.compile(r"\b(?:former|formerly|once|previously|until|was|were|had[ \t]+been)"
                        r"\b(?=[^,;]*\bhome\b)")


def _described_near_a_name(sentence: str, found: list[Finding]) -> list[Finding]:
    """``found`` without the facility a name's apposition places near a town ("Zorbin
    Works, a missile plant near Lyon"; "the Impulse Graphite Reactor (IGR), a pulsed
    reactor near Kurchatov"): the named one, which takes the words' kind if it had none.
    (Not "at": "Project Mensa, a new facility at Burghfield" is a part of a site there;
    nor "a supplier to the missile plant near Lyon".)"""
    if len(found) < 2 or ", " not in sentence:
        return found
    out = list(found)
    for g in found:
        if g.full is not None or g.parent is not None or g.described or g.unit:
            continue
        named = [f for f in out if f is not g and f.parent is None and not f.unit
                 and (f.full is not None or f.described) and f.span_end <= g.start]
        if not named:
            continue  # (its expressions are compiled only when a name stands before it)
        rx, item = _apposed_near(g.phrase)
        f = next((f for f in named if rx.fullmatch(sentence, f.span_end, g.start)
                  or item.fullmatch(sentence, f.span_end, g.start)), None)
        if f is not None:
            if f.facility_type == "other":
                f.facility_type = g.facility_type
            out = [h for h in out if h is not g]
    return out


@functools.lru_cache(maxsize=1024)
def _apposed_near(phrase: str) -> tuple[re.Pattern, re.Pattern]:
    """:data:`_APPOSED_NEAR` and :data:`_ITEM_NEAR` for a facility's words."""
    return tuple(re.compile(rx.replace("PHRASE", re.escape(phrase)), re.I)
                 for rx in (_APPOSED_NEAR, _ITEM_NEAR))


#: A name's apposition that says what it is and that it stands near a town (PHRASE: the
#: facility's words): " (IGR), a pulsed reactor near "
_APPOSED_NEAR = (
    r"(?:[ \t]*\([^()]{1,60}\))?[ \t]*,[ \t]+(?:the|an?)[ \t]+"
    r"(?:(?!(?:to|of|for|from|with|and|or|than|like|by|near)\b)[\w'’-]+[ \t]+){0,4}"
    r"PHRASE[ \t]+(?:near|outside|close[ \t]+to|in)[ \t]+"
    r"(?:the[ \t]+(?:town|village|city)[ \t]+of[ \t]+)?")
#: ... or a list's item, a dash after the name, where "at" is the named one's place too:
#: "- **Fábrica Presidente Vargas** - IMBEL's powder and explosives works in Piquete"
_ITEM_NEAR = (
    r"(?:\*\*|__)?(?:[ \t]*\([^()]{1,60}\))?[ \t]+[-–—][ \t]+(?:(?:the|an?|its)[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,5}?"
    r"PHRASE[ \t]+(?:near|outside|close[ \t]+to|in|at)[ \t]+"
    r"(?:the[ \t]+(?:town|village|city)[ \t]+of[ \t]+)?")


def _own_name_in(sentence: str, h: Finding, f: Finding) -> bool:
    """Whether ``f``, the last words of ``h``'s name read as a facility's "in" or "at" a
    place ("Atomic Reactors" in Dimitrovgrad), is where ``h``, a name of no place's ("the
    Research Institute of Atomic Reactors"), stands."""
    return h.place == h.full and f.full is not None and f.full_start is not None and \
        f.parent == f.place and h.full_start <= f.full_start and \
        f.full_start + len(f.full) == h.stop and \
        _IN_PLACE_BETWEEN.fullmatch(sentence, h.stop, f.start) is not None


#: The largest extent, in degrees of latitude and longitude, of a province a site may be
#: named after as after a town (an island's: about 30 km).
SMALL_PROVINCE_DEGREES = 0.3


@functools.lru_cache(maxsize=4096)
def _small_province(name: str, country: str | None) -> bool:
    """Whether the shipped boundaries' province of that name (in ``country``, ISO alpha-2)
    spans less than :data:`SMALL_PROVINCE_DEGREES` each way."""
    try:
        _, geometry = regions.admin1_geometry(name, country)
    except ValidationError:
        return False  # no such province, or several
    x0, y0, x1, y1 = geometry.bounds
    return x1 - x0 < SMALL_PROVINCE_DEGREES and y1 - y0 < SMALL_PROVINCE_DEGREES


def _a_region(f: Finding) -> bool:
    """Whether a place-named finding's place is a region's name ("Murmansk Oblast")."""
    return f.full is None and f.parent is None and not f.unit and \
        f.name.split()[-1].lower() in _REGION_LAST_WORDS


_ITEM_LINE = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+")


def _list_intro(text: str, at: int) -> str | None:
    """The line a list's item at ``at`` follows, the items before it passed over, when the
    item is one and that line ends with a colon ("... including:")."""
    start = text.rfind("\n", 0, at) + 1
    if not _ITEM_LINE.match(text, start):
        return None
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        if not line.strip() and prev > 0:
            start = prev  # (items set apart by blank lines, or the intro by one)
            continue
        if not _ITEM_LINE.match(line):
            return line if line.rstrip().endswith(":") else None
        start = prev
    return None


#: A line of a report's references: a note's number or mark, an author's initials and
#: name, then a comma or the year ("3. J. Smith, Exporting Reactors: ...", "6. ^ B. Example
#: (2009). Siting of Advanced Reactors. ..."): a cited work's title names no site
_REFERENCE = re.compile(
    r"[ \t]*(?:\d{1,3}[.)]|\^|\[\d{1,3}\])?[ \t]*(?:\^[ \t]*)?(?:[A-Z]\.[ \t]?){1,3}[ \t]*"
    r"[A-Z][\w'’-]+(?:[ \t]+(?:and|&)[ \t]+(?:[A-Z]\.[ \t]?){1,3}[ \t]*[A-Z][\w'’-]+)?"
    r"(?:[ \t]+et[ \t]+al\.)?[ \t]*(?:,|\((?:19|20)\d{2}\))")


def _in_a_reference(text: str, at: int) -> bool:
    """Whether ``at`` lies in a line of the report's references (:data:`_REFERENCE`)."""
    start = text.rfind("\n", 0, at) + 1
    return _REFERENCE.match(text, start) is not None


def _opens_with_a_common_word(f: Finding, sentence: str) -> bool:
    """Whether a finding's place is only the sentence's capitalised first word, and that
    word an adjective or a participle ("Hardened shelters appear ...", "Expanding missile
    bases ...", "Gaseous-diffusion enrichment plant in ..."): a capital that marks the
    sentence, not a name."""
    head, _, rest = f.name.partition("-")
    before = _SPEAKER.sub("", sentence[:f.start])  # ("Senator X: Secondly, ...")
    return (" " not in f.name and not before.strip(" \t\"“‘'(#*>-")
            and (rest.islower() or not rest)
            and (head.lower().endswith(("ed", "ing", "ly", "ous", "ive", "al"))
                 or head.lower() in _COUNT_WORDS  # "Four plants enrich uranium"
                 # "Small port on the west coast": a size, no place
                 or head.lower() in ("small", "large", "big", "major", "minor", "main"))
            and not f.name.isupper()  # an acronym ("OPAL, Lucas Heights, ... — 20 MW")
            # a name in capitals, in a list's item or before the rest of the sentence in
            # small letters: "- Natal Air Force Base (...)", "Loring Air Force Base closed"
            and not (f.full is not None and f.full != f.name
                     and all(w[:1].isupper() for w in f.full.split())
                     and (sentence.lstrip()[:1] in "-*•" or (
                         not head.lower().endswith("ed") and not f.full.endswith("s")
                         and _SMALL_AFTER.match(sentence, f.full_start + len(f.full))))))


#: The rest of a sentence in small letters after a name ("... closed in 1994"), or a table's
#: next cell ("Loring AFB    ME    about 15 km NE of Caribou"), or brackets
_SMALL_AFTER = re.compile(r"[ \t]+[a-z]|[ \t]{2,}|\t|[ \t]*\(")


#: Between a facility's name and the place it stands at: " at ", " in "
_AT_ITS_PLACE = re.compile(r"[ \t]+(?:at|in|on)[ \t]+")
_NEAR_ITS_PLACE = re.compile(r"[ \t]+(?:near|outside|close[ \t]+to)[ \t]+")
#: Words that count, opening a sentence: "Four drive-through shelters have been added"
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "several", "many", "most", "some", "both", "few",
                          "dozens", "hundreds", "numerous", "other", "more"})
#: A speaker's label opening a transcript's line ("Senator WHITFIELD: ", "Q: ")
_SPEAKER = re.compile(r"\A[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]+:[ \t]*")


#: Facility words that are initials ("Udorn RTAFB", "Kola NPP"): set after a name, they
#: mark it off even in a text in capitals.
_INITIALS_HEADS = frozenset({"afb", "afbs", "rtafb", "npp", "npps", "nps", "aes"})
#: A site's status, capitalised at a cell's or a line's start: no name of its
#: ("Active garrison"; but "Forward Operational Base" has its own word)
_STATUS_WORDS = frozenset({"active", "inactive", "operational", "closed", "former",
                           "disused", "abandoned", "decommissioned", "dormant", "planned",
                           "proposed", "demolished", "reactivated"})
#: A broadcast warning's words, in capitals: what tells one from a news heading
_BROADCAST_WORDS = re.compile(r"\b(?:CLOSED|CLSD|ACT|ACTIVE|ACTIVATED|TRAFFIC|VESSELS|"
                              r"NAVIGATION|PROHIBITED|RESTRICTED|DANGER|EXERCISES?|FIRING|"
                              r"ANCHORING|APPROACHES|NOTAMN?|NAVAREA|WARNINGS?|MARINERS|OPS|"
                              r"CANCEL|PSN|NM|FL\d{2,3})\b")
#: Facility words that say no kind of facility ("Tallow site"): see _broadcast_name
_NO_KIND_HEADS = frozenset({"site", "facility", "complex", "installation", "area", "zone"})


#: Words for any facility: "the Nevatim site" is whichever one facility stands there.
_ANY_FACILITY = frozenset({"site", "sites", "facility", "facilities", "complex", "base",
                           "installation", "compound"})


def _other_words(name: str, other: str, stem: str) -> bool:
    """Whether two names of one stem end in facility words that name other kinds of
    facility, neither of them words for any ("Rocky Mountain Laboratories" and "Rocky
    Mountain Arsenal"; not "the Nevatim site" and "Nevatim Air Base")."""
    def tail(n: str) -> set[str]:
        words = [w.lower() for w in n.split()]
        return set(words[len(stem.split()):]) if n.lower().startswith(stem.lower()) else set()
    a, b = tail(name), tail(other)
    return bool(a and b) and a.isdisjoint(b) and a.isdisjoint(_ANY_FACILITY) and \
        b.isdisjoint(_ANY_FACILITY)


def _other_service(name: str, other: str) -> bool:
    """Whether two names are one word apart, and that word a service's in each: another
    service's facility ("United States Military Academy", "United States Naval
    Academy"; "Kesk Army Hospital", "Kesk Naval Hospital")."""
    a, b = name.lower().split(), other.lower().split()
    apart = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and len(apart) == 1 and \
        apart[0][0] in _SERVICES and apart[0][1] in _SERVICES and \
        {apart[0][0], apart[0][1]} != {"naval", "navy"} and a[-1] not in BASE_OF_ANY_WORDS
    # (a base is one whatever service's words call it: "Hmeimim Air Base", "Hmeimim Military
    # Base")


#: A service's word in a facility's name
_SERVICES = frozenset({"military", "army", "naval", "navy", "air", "marine", "coast",
                       "space"})


#: After a one-word name, what makes it a weapon's: "a Bastion coastal missile battery",
#: "the Tallow missile system", "Tallow launchers".
# Facility words right after a known site's one-word name ("Balkhash nuclear power plant")
_KIND_AFTER = re.compile(r"[ \t]+(" + FACILITY_PHRASE.pattern[2:] + ")", re.I)


def _other_kind(kind: str, known: str) -> bool:
    """Whether facility words of ``kind`` name another facility than a known site of kind
    ``known`` named after the same place (a nuclear power plant, not the town's airfield;
    but "the Olkiluoto plant" may be its nuclear power plant, a works any part of it)."""
    return kind != known and {kind, known} <= _DISTINCT_KINDS


#: Kinds of facility no other kind's words name (a "plant" or a "depot" may be a part of any)
_DISTINCT_KINDS = frozenset({"airbase", "naval base", "missile base", "launch site", "nuclear",
                             "test site"})


#: A street's word before a name ("Jl. Gatot Subroto", "rue de Tallow"): an address (and
#: after it, locations.STREET_AFTER: "Tallow Road")
_STREET_BEFORE = re.compile(r"(?<![\w'’-])(?:Jl|Jln|Jalan|Rue|rue|Calle|calle|Avenida|Av|Rua|"
                            r"Viale|ul|Ulitsa|ulitsa|Boulevard|Bd)\.?[ \t]+(?:de[ \t]+)?\Z")
# (not "Via", English too: "via Incirlik")
#: A land's or a water's word after a name, capitalised: another place's name ("Hood
#: Canal", "Kesk Valley", "Tallow County")
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:Canal|River|Lake|Mountains?|Valley|Street|Road|Avenue|County|"
    r"Sound|Strait|Creek|Hills?|Gulf|Sea|Basin|Desert|Plateau|Forest|"
    # (or a water's word in small letters: "near the Seletar reservoir")
    r"[Rr]eservoir|river|canal)\b")
# (not "Island", "Bay": "on Amchitka Island" is where the Amchitka test site is)
_WEAPON_AFTER = re.compile(
    r"[ \t]+(?:(?:coastal|anti-ship|air[- ]defen[cs]e|surface-to-air|cruise|ballistic)"
    r"[ \t]+)?(?:missile[ \t]+)?(?:batter(?:y|ies)|systems?|launchers?)\b", re.I)


class Ingester:
    """Ingests reports into one catalogue, keeping its name index between reports.

    Parameters
    ----------
    cat
        The catalogue to write to.
    places
        Gazetteer places to locate new candidates, anchor statements and recognise
        countries and provinces; None means the world gazetteer
        (:func:`catalog.places.default_gazetteer`) plus any imported into the catalogue
        (looked up through the store, see :meth:`Catalog.places_named`).
    """

    def __init__(self, cat: Catalog, places: Iterable[Place] | None = None):
        self.cat = cat
        # Places are looked up by key, never scanned for in the text: the world gazetteer
        # (GeoNames towns, Natural Earth provinces and countries, from a cache), then the
        # places imported into the catalogue, through the store's index.
        self._own_places = None if places is None else list(places)
        self._connect_gazetteer()
        self._named_cache: dict[str, list[Place]] = {}
        #: The statements (:func:`catalog.ingest.writing.fact_key`) each site was placed
        #: from in this run: a report repeating them does not place it again.
        self.weighed: dict[str, set] = {}
        sites = cat.sites(None)
        self._sites = {s.site_id: s for s in sites}
        # parent site id -> its parts' ids (see :meth:`children`)
        self._children: dict[str, set[str]] = {}
        for s in sites:
            if s.parent_site_id:
                self._children.setdefault(s.parent_site_id, set()).add(s.site_id)
        rejected = {s.site_id for s in sites if s.review_status == "rejected"}
        aliases = cat.aliases()
        #: (name, site id) the index learnt from this run's reports, in order: a
        #: distributed ingest checks analyses made from an earlier copy against them.
        self.names_added: list[tuple[str, str]] = []
        self.index: NameIndex = build_index(
            [s for s in sites if s.site_id not in rejected],
            [a for a in aliases if a.site_id not in rejected])
        # Rejected sites stay known, so that their names are not proposed again.
        for s in sites:
            if s.site_id in rejected:
                self.index.add(s.name, Entry("rejected", s.site_id, s.name))
        for a in aliases:
            if a.site_id in rejected:
                self.index.add(a.alias, Entry("rejected", a.site_id, a.alias))
        # Every name of each site, and the stems of its names ("Fordow" of the Fordow
        # Fuel Enrichment Plant), to know a facility named anew.
        self._names: dict[str, set[str]] = {}
        self._stems: dict[str, set[str]] = {}
        # the places of bases named with the base words first ("Air Force Station X")
        self._base_places: dict[str, set[str]] = {}
        for s in sites:
            if s.site_id not in rejected:
                self.add_name(s.site_id, s.name)
        for a in aliases:
            if a.site_id not in rejected:
                self.add_name(a.site_id, a.alias)

    def children(self, site_id: str) -> set[str]:
        """The ids of the known parts of a site (a superset: a reader checks each part's
        ``parent_site_id``), without a scan of every site."""
        return self._children.setdefault(site_id, set())

    def add_name(self, site_id: str, name: str) -> None:
        """Remember a name of a site (its key, and its stem's key)."""
        self._names.setdefault(site_id, set()).add(match_key(name))
        stem = stem_key(name_stem(name))
        if stem:
            self._stems.setdefault(stem, set()).add(site_id)
        place = base_place(name)
        if place:
            self._base_places.setdefault(match_key(place), set()).add(site_id)

    def _learn(self, name: str, site_id: str) -> None:
        """A name of a site, to be found in the next reports."""
        self.index.add(name, Entry("site", site_id, name))
        self.add_name(site_id, name)

    def learnt(self, since: int = 0) -> list[tuple[str, str, str, str]]:
        """The names learnt from this run's reports after the first ``since``, with what an
        analysis needs of their sites: ``(name, site id, facility type, site name)``."""
        return [(name, sid, self._sites[sid].facility_type, self._sites[sid].name)
                for name, sid in self.names_added[since:]]

    def learn(self, learnt: Iterable[tuple[str, str, str, str]]) -> None:
        """Bring a copy of this ingester (a Dask worker's) up to date with what the
        original :meth:`learnt`: the names, and the sites as far as analysis reads them."""
        for name, sid, facility_type, site_name in learnt:
            if sid not in self._sites:
                self._sites[sid] = Site(sid, site_name, facility_type,
                                        review_status="candidate")
            self._learn(name, sid)

    def site_by_stem(self, name: str, facility_type: str) -> str | None:
        """The one known site whose name has the same stem as ``name`` and a compatible
        type, when the stem is the facility's own ("Shahid Ali Mohammadi", "Fordo"), not
        a town's ("Arak": two plants stand there)."""
        stem = name_stem(name)
        ids = self._stems.get(stem_key(stem), set())
        same = self._same_base(name, stem, facility_type)
        if same is not None:
            return same
        ids = {i for i in ids if i in self._sites and (
            self._sites[i].facility_type == facility_type
            or "other" in (facility_type, self._sites[i].facility_type)
            and not _other_words(name, self._sites[i].name, stem))
            and not _other_service(name, self._sites[i].name)}
        if len(ids) != 1:
            return None
        generic = name.split()[-1].lower() in _ANY_FACILITY if name.split() else False
        (only,) = ids
        if len(stem.split()) < 2 and (self._ambiguous(match_key(stem)) or len(stem) < 4) \
                and not generic and not (names_a_power_plant(name)
                                         and names_a_power_plant(self._sites[only].name)):
            # "the Arak reactor" is not the Arak production plant; "the Balakovo NPP" is
            # the Balakovo Nuclear Power Plant
            return None
        return only  # "the Nevatim site": the one site named after Nevatim

    def _same_base(self, name: str, stem: str, facility_type: str) -> str | None:
        """The one known base of ``facility_type`` at the place a base's name gives, the
        base words after it in one name and before it in the other: "Pathankot air base"
        is "Air Force Station Pathankot" (and the other way round), though a town is
        named Pathankot. None for any other name."""
        if facility_type not in ("airbase", "naval base"):
            return None
        place = base_place(name)
        if place is not None:
            ids = self._stems.get(match_key(place), set())
        elif stem and stem != name.strip() and len(name.split()) - len(stem.split()) <= 2:
            ids = self._base_places.get(match_key(stem), set())
        else:
            return None
        ids = {i for i in ids if i in self._sites and self._sites[i].facility_type ==
               facility_type and self._sites[i].review_status != "rejected"}
        return ids.pop() if len(ids) == 1 else None

    def _connect_gazetteer(self) -> None:
        if self._own_places is None:
            self._imported = CatalogGazetteer(self.cat)
            self.gazetteer = CombinedGazetteer(default_gazetteer(), self._imported)
        else:
            self._imported = None
            self.gazetteer = PlaceList(self._own_places)

    def __getstate__(self) -> dict:
        # a copy for another process (a Dask worker): the world gazetteer is a connection
        # to this machine's cache, opened again there
        state = dict(self.__dict__)
        for writer_only in ("gazetteer", "_imported", "_named_cache", "weighed"):
            state.pop(writer_only, None)  # caches and the writer's memory travel not
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._named_cache = {}
        self.weighed = {}
        self._connect_gazetteer()

    def imported_places(self, key: str) -> list[Place]:
        """The places imported into the catalogue (``catalog gazetteer import``) with a name
        of this key; none when the ingester was given its own places."""
        return self._imported.by_key(key) if self._imported is not None else []

    # -- names and places ------------------------------------------------------------------
    def _is_site_name(self, name: str) -> bool:
        return any(e.kind in ("site", "rejected") for e in self.index.lookup(name))

    def _site_of(self, name: str) -> str | None:
        """The one known (not rejected) site a name stands for, if it is one."""
        ids = {e.ref for e in self.index.lookup(name) if e.kind == "site"}
        return ids.pop() if len(ids) == 1 else None

    def _named_in_capitals(self, f: Finding) -> bool:
        """Whether a finding of a text in capitals names a place: there every word is
        capitalised, so a name runs into the words before it ("AMBASSADOR SAID PORT
        FACILITIES"); only a gazetteer's place, or a name before initials ("UDORN
        RTAFB"), is one."""
        return bool(self.places_named(f.name)) or f.phrase.lower() in _INITIALS_HEADS

    def _broadcast_name(self, f: Finding) -> bool:
        """Whether a finding in a line in capitals that reads as a heading is a place's
        facility all the same, wherever in its line: a broadcast warning's "APPROACHES TO
        TALLOW NAVAL BASE CLOSED", a town of 5,000 people or more and one facility's words
        (not "LEGACY SITES PROGRAMME", "OIL STORAGE DEPOTS": a word some hamlet bears, a
        kind of sites)."""
        last = f.phrase.split()[-1].lower() if f.phrase else ""
        if not last or last.endswith("s") or last in _NO_KIND_HEADS:
            return False
        return any((p.population or 0) >= 5_000 for p in self.places_named(f.name))

    def places_named(self, name: str) -> list[Place]:
        """Gazetteer places with this name (romanization-tolerant): the world's, then the
        catalogue's imported ones."""
        key = match_key(name)
        if key not in self._named_cache:
            self._named_cache[key] = self.gazetteer.by_key(key) if key else []
        return self._named_cache[key]

    def _is_non_site(self, name: str, named: bool = False, island: bool = False) -> bool:
        """Whether a place name cannot be a site's: a country's, a capital's, a province's
        or a provincial capital's ("a missile base near Tabriz" is somewhere near the
        city). A site ``named`` after the place, its name before the facility words ("the
        Kermanshah missile base"), may bear a provincial capital's or a province's name
        when a town has it too; an ``island``'s airstrip whose point the sentence gives
        ("The Agaléga airstrip is at 10°22.4′S ...") may bear a province's."""
        key = match_key(name)
        if key in NON_SITE_KEYS:
            return True
        places = self.places_named(name)
        if " " in name and is_facility_word(name.split()[-1]):
            # "Thule Air Base": another name of Greenland's Pituffik area, a base's first
            places = [p for p in places if match_key(p.name) == key]
        codes = {(p.feature_code or "").upper() for p in places}
        if any(c.startswith("PCL") for c in codes) or any(
                (p.feature_code or "").upper() == "PPLC" and match_key(p.name) == key
                for p in places):
            return True  # a capital by its own name, not by an old one ("Angara": Ankara)
        if island:
            return False
        if named:
            # (a province as small as a town's reach is no region: "the Peleliu airfield",
            # Peleliu a state of Palau)
            return "ADM1" in codes and not any(c.startswith("PPL") for c in codes) and \
                not all(_small_province(p.name, p.country) for p in places
                        if (p.feature_code or "").upper() == "ADM1")
        return bool(codes & {"ADM1", "PPLA"})

    def _a_fort_town(self, f: Finding, sentences: list[tuple[int, int]],
                     statements: list[list]) -> bool:
        """Whether a "Fort X" is a town a statement measures from or places in ("about 11
        km north-east of Fort Walton Beach", "a plant in Fort Worth"), one of 10,000 people
        or more by that name: no fort (but "at Fort Drum" is where troops are)."""
        if f.phrase != "Fort" or not f.named_first or f.full_start is None:
            return False
        i = bisect.bisect_right([a for a, _ in sentences], f.full_start) - 1
        if i < 0 or not any(
                st.anchor_start == f.full_start and (st.kind in ("distance", "near") or (
                    st.kind == "in" and st.words[:3].lower() == "in "))
                for st in statements[i]):
            return False
        key = match_key(f.full)
        return any((p.population or 0) >= SMALL_PLACE_POPULATION and match_key(p.name) == key
                   for p in self.places_named(f.full))

    def _town(self, name: str) -> bool:
        """Whether a name is a populated place's, of any size."""
        return any((p.feature_code or "").upper().startswith("PPL")
                   for p in self.places_named(name))

    def _city(self, name: str, country: str | None = None) -> bool:
        """Whether a name is a city's (100,000 people or more; in ``country``, an ISO 3166
        alpha-2 code, if given): "the Kursk plant" may be any of its plants, not only the
        nuclear one named after it."""
        return any((p.population or 0) >= CITY_POPULATION and country in (None, p.country)
                   for p in self.places_named(name))

    def _town_named(self, name: str) -> bool:
        """Whether a gazetteer's populated place bears a name as its own ("Camp Douglas",
        Wisconsin; "Camp Verde", Arizona)."""
        key = match_key(name)
        return any((p.feature_class or "").upper() == "P" and match_key(p.name) == key
                   for p in self.places_named(name))

    def works_city(self, facility_type: str, name: str) -> bool:
        """Whether another name given a works is a city's: where it stands ("Kupol
        Electromechanical Plant (Izhevsk)"), not a name of it."""
        return facility_type == "production" and self._city(name)

    def _capital(self, name: str) -> bool:
        """Whether a name is a capital's own (and no country's)."""
        key = match_key(name)
        places = self.places_named(name)
        return key not in NON_SITE_KEYS and any(
            (p.feature_code or "").upper() == "PPLC" and match_key(p.name) == key
            for p in places) and not any(
            (p.feature_code or "").upper().startswith("PCL") for p in places)

    def _ambiguous(self, key: str) -> str | None:
        """Why a name is not a facility's own: it is also a country's, a province's or a
        town's name (None when it is the facility's alone)."""
        if key in NON_SITE_KEYS:
            return "a country's or a capital's name"
        for p in self.places_named(key):
            code = (p.feature_code or "").upper()
            if code.startswith("PCL"):
                return f"a country's name ({p.place_id})"
            if code.startswith("ADM"):
                return f"a province's name ({p.place_id})"
            if (p.population or 0) >= 1000 or code.startswith("PPL"):
                return f"a town's name ({p.place_id} {p.name})"
        return None

    def _bare_word(self, site: Site, key: str, text: str, low: str | None = None) -> bool:
        """Whether ``key`` is a candidate site's name cut to its first word, a word the
        report also writes before other names ("Example" of an "Example Naval Institute",
        where the report has "Example Orbital" and "Example Sergei" too): a word of names,
        as weak as a town's name. A site a reviewer accepted keeps its names. ``low`` is
        :func:`.scan.lowered` of ``text``, if at hand."""
        words = site.name.split()
        if site.review_status != "candidate" or len(words) < 2 or match_key(words[0]) != key:
            return False
        names = self._names.get(site.site_id, set())
        for m in _words_after(words[0], text, low):
            joined = match_key(f"{words[0]} {m.group(1)}")
            if not any(n.startswith(joined) for n in names | {match_key(site.name)}):
                return True
        return False

    def _speaks_of(self, site: Site, sentence: str, matched: set[str]) -> bool:
        """Whether a sentence speaks of the facility, not of the town it is named after:
        facility words of its type, the words of its trade, or another of its names."""
        if matched & (self._names.get(site.site_id, set()) - self._ambiguous_keys(site)):
            return True
        own = None
        for m in FACILITY_PHRASE.finditer(sentence):
            kind = facility_type_of(m.group())
            if kind == site.facility_type and kind != "other":
                return True
            if kind == "other":
                # (a word of no kind speaks of any facility, but a kind's own word only of
                # a site of its name: "in Vardø, the star-shaped fortress" is not of the
                # Vardø radar station)
                head = m.group().split()[-1].lower()
                if own is None:
                    own = set(_WORD.findall(site.name.lower()))
                if head in _NO_KIND_WORDS or head.rstrip("s") in _NO_KIND_WORDS or \
                        head in own or head in _QUARTERS and not own.isdisjoint(_QUARTERS):
                    return True  # (troops' quarters by any of their words: "the new
                    # barracks" of the Vardø garrison)
        rx = _TYPE_RE.get(site.facility_type)
        return bool(rx and rx.search(sentence))

    def _ambiguous_keys(self, site: Site) -> set[str]:
        return {k for k in self._names.get(site.site_id, set()) if self._ambiguous(k)}

    # -- analysis (no writes) ---------------------------------------------------------------
    def analyse(self, text: str, wrapped: bool | None = None) -> Analysis:
        """Find mentions of known sites, new-site findings and statements of place in
        ``text`` (writes nothing).

        ``wrapped`` says whether line breaks may fall inside sentences (see
        :func:`split_sentences`); None guesses.
        """
        # (a word a hyphen broke over a line's end is read whole: "multipurpose re-\nactor")
        text = mended_in_place(text)
        low = lowered(text)  # shared by the whole-text scans of each reader
        return self._analysed(text, split_sentences(text, wrapped), low)

    def _analysed(self, text: str, sentences: list[tuple[int, int]], low: str | None
                  ) -> Analysis:
        """:meth:`analyse` of a text already split into ``sentences``."""
        statements = statements_by_sentence(_sentences_on_one_line(text, sentences), sentences,
                                            low)
        mentions = self.mentions_in(text, sentences, statements, low)
        findings: list[Finding] = []
        capitals = in_capitals(text)
        # a report whose title and lead speak of the atom ("Western Uranium Supply: Mines,
        # Mills and ...") makes its "Key Lake mill" a site, as a paragraph about it does;
        # one on ports and navies its "Gwadar Port"
        works = report_works(text[:_LEAD_CHARS])
        reactor_report = about_research_reactors(text[:_LEAD_CHARS])
        atoms_lead = ATOMS.search(text, 0, _LEAD_CHARS) is not None
        war_lead = war_in(text[:_LEAD_CHARS])
        # (a lead on a war's strikes: drones, missiles, shells; not "strikes over pay")
        strike_lead = WAR_STRIKE.search(text, 0, _LEAD_CHARS) is not None
        headings: list[Finding] = []  # the sites section headings name
        for i, facility, may_name in facility_sentences(text, sentences, low):
            a, b = sentences[i]
            sentence = text[a:b]
            if _GLOSSARY.match(sentence):
                continue  # "Abbreviations: ARP aerodrome reference point; ...": words
                # explained, no site named
            # a heading or a title: a name is all of it (or its item's name), or none
            whole_spans: set[tuple[int, int] | None] = set()
            heading = None
            section = False  # a section's heading line: see _spelled_out_below
            if is_headline(sentence) and not _aligned_row(sentence) and \
                    (heading := heading_named_by_initials(sentence)) is None:
                # Title Case capitalizes every word, so no name can be told apart from the
                # rest of the line
                # ("4. Moem Barracks - Wewak", "Name/Location: Votkinsk Machine Building
                # Plant, Udmurt Republic")
                item = _item_name_span(sentence) or _field_name_span(sentence)
                if _FIELDS_BELOW.match(text, b):
                    # "ROSTOV NUCLEAR POWER PLANT" over "Other names: ...", "Location: ...":
                    # the name of the site the fields describe, read in Title Case (an
                    # item's number before it, its own words and its place after it: "1.
                    # TALLOW AIR BASE (清泉崗空軍基地), TAICHUNG" over "Link: ...")
                    sentence = _capitalised(sentence)
                    item = item or _record_name_span(sentence) or \
                        _headed_name_span(sentence) or _marked_name_span(sentence)
                elif not _listed(text, a, b) and item is None:
                    # a heading that is one name and its other name in brackets, nothing
                    # else: "### Xichang Satellite Launch Center", "### Jiuquan Satellite
                    # Launch Center (JSLC)" over the section on it
                    md = _MD_HEADING.match(sentence)  # (its number is no part of the
                    # name: "### 1.1 San Antonio de los Baños Air Base")
                    item = _headed_name_span(sentence + "(") if "(" in sentence else \
                        md.span("title") if md is not None and md.group("title") else \
                        stripped_span(sentence)
                    section = True
                # (or a list's item that is one name and nothing else: "Kursk Nuclear Power
                # Plant" in a page's "See also" list; a heading, alone between blank lines,
                # may be a short form of the name the section spells out)
                whole_spans = {stripped_span(sentence), item}
            paragraph = _paragraph(text, a, b)
            these: list[Finding] = []
            # (a line in capitals read as a heading may be a broadcast warning quoted in a
            # digest: "APPROACHES TO KESK NAVAL BASE CLOSED" names a place wherever in it; a
            # news heading, "SPAIN: KESK BASE TO HOST TANKERS", names none but whole)
            caps = line_in_capitals(sentence)
            # ("Fuel Enrichment Plant (FEP)" heading the section on it: that facility)
            for f in [heading] if heading is not None else self._findings(
                    sentence, facility, may_name, _camp_context(sentence, paragraph, text),
                    paragraph, _next_sentence(text, sentences, i), _list_intro(text, a),
                    works, reactor_report, atoms_lead, war_lead, strike_lead):
                if whole_spans and (f.span_start, f.span_end) not in whole_spans and not (
                        caps and _BROADCAST_WORDS.search(sentence)
                        and self._broadcast_name(f)):
                    continue
                if section and len(f.site_name.split()) - len(f.phrase.split()) > 2 and \
                        not (f.phrase and f.site_name.endswith(f.phrase) and self.places_named(
                            f.site_name[:-len(f.phrase)].strip())):
                    continue  # a headline in Title Case ("Drone Strike Hits Air Base"), not
                    # a name of a place and its facility words (but "San Antonio de los
                    # Baños Air Base": a town's name of five words)
                if sentence.startswith(":", f.span_end) and \
                        (f := _without_field_label(f, sentence)) is None:
                    continue
                if _spells_out_its_code(f.site_name):
                    continue  # "AIRB air base", "NVB naval base": a key to a gazetteer's
                    # codes, each spelled out, no site
                if capitals and not self._named_in_capitals(f) and \
                        not aliases_after(_one_line(sentence), f.span_end):
                    continue  # (but "SONDOK AIR BASE (RR SEONDEOK; MR SŎNDŎK)": a name its
                    # other spellings follow)
                f.start += a
                f.end += a
                f.sentence = (a, b)
                if f.full_start is not None:
                    f.full_start += a
                if f.parent_start is not None:
                    f.parent_start += a
                if f.stop is not None:
                    f.stop += a
                # (with those the finder read inside the name: "X [Y] uranium mill")
                f.aliases = [(t, o + a) for t, o in f.aliases] + \
                    [(t, o + a) for t, o in aliases_after(_one_line(sentence), f.span_end - a)
                     if not self.works_city(f.facility_type, t)]
                if (town := _TOWN_AFTER_BARRACKS.match(sentence, f.span_end - a)) and \
                        sentence.endswith(" Barracks", 0, f.span_end - a) and \
                        self.places_named(town.group(1)):
                    # "Normandy Barracks Leconfield": a British garrison's name ends in its
                    # town's (the town places it too, as a site named after it)
                    f.aliases.append((sentence[f.span_start - a:town.end(1)], f.span_start))
                these.append(f)
            if section:
                headings += these
            findings += outside_other_names(these)
        if headings:
            short = {id(h) for h in _spelled_out_below(text, headings, findings)}
            findings = [f for f in findings if id(f) not in short]
        findings = [f for f in findings if not _in_a_reference(text, f.start)
                    and not self._a_fort_town(f, sentences, statements)
                    and not self._an_anaphor(text, f, findings, mentions)]
        findings += self._bare_sites(text, sentences, statements, findings, low)
        findings += self._infobox_subjects(text, sentences, findings)
        findings += self._located_headings(text, sentences, findings)
        findings += self._kind_section_headings(text, sentences, findings)
        findings += self._sibling_section_headings(text, sentences, findings)
        findings += self._dateline_sites(text, sentences, findings)
        findings = self._with_capital_bases(text, sentences, findings)
        findings += self._second_plants(text, sentences, findings)
        findings = findings_of_wrapped_cells(text, sentences, findings, self._findings)
        findings += [f for f in site_column_findings(text, sentences, findings)
                     if not is_weapon_or_unit(f) and self._is_new(f)]
        findings += self._bold_item_siblings(text, sentences, findings)
        findings = _one_complex_per_number(findings)
        findings = self._with_units(text, sentences,
                                    one_site_per_place(_without_shared_aliases(findings)),
                                    mentions, low)
        # "the Kozelsk missile division": Kozelsk stays the town's name
        towns = towns_in(text) | {match_key(f.name) for f in findings
                                  if named_after_its_town(f)}
        return Analysis(sentences, mentions, findings, statements,
                        self._without_namesake_capitals(text, country_counts(text, low)),
                        cue_sentences(text, sentences, low), frozenset(towns))

    def _without_namesake_capitals(self, text: str, counts: dict[str, int]) -> dict[str, int]:
        """``counts`` without a country the text names only by its capital's name when
        the country it names most has a town of that name: "3 km north-east of Tripoli" in
        a Greek gazette is Greece's Trípoli, not Libya's capital, and "north-east of Rabat"
        in a piece on Malta is Malta's Rabat (the text names neither Libya nor Morocco)."""
        if len(counts) < 2:
            return counts
        main = next(iter(counts))
        capitals = geonames_capitals()
        out = dict(counts)
        low = text.lower()
        for cc, n in counts.items():
            capital = capitals.get(cc)
            if cc == main or not capital or len(capital) < 4 or capital.lower() not in low \
                    or counts[main] < _MAIN_COUNTRY_MIN or counts[main] < 3 * n:
                continue  # (only where the text is plainly about its main country: a
                # report on Israel that names Kabul twice may mean Afghanistan's capital)
            blanked = re.sub(r"(?<![\w'’-])" + re.escape(capital) + r"(?![\w'’-])",
                             lambda m: " " * len(m.group()), text, flags=re.I)
            if blanked != text and not names_country(blanked, cc) and any(
                    p.country == main and match_key(p.name) == match_key(capital)
                    for p in self.places_named(capital)):
                del out[cc]
        return out

    def _an_anaphor(self, text: str, f: Finding, findings: list[Finding],
                    mentions: list[Mention]) -> bool:
        """Whether a finding named after its place is a sentence's opening "The base" (or
        its other facility words) of the site named last, just before, with that word:
        "The Tallow Air Base was built in 1976. The base is located near Kesk" says
        where Tallow Air Base is, and names no "Kesk base"."""
        if f.full is not None or f.parent is not None or f.sentence is None or \
                not continues_subject(text[f.sentence[0]:f.sentence[1]]):
            return False  # (what goes on about the last site: "The air base" may be another)
        a = f.sentence[0]
        head = f.phrase.split()
        m = _THE.match(text, a)
        if not head or m is None:
            return False
        words = re.compile(r"[ \t\r\n]+".join(map(re.escape, head)) + r"\b", re.I)
        said = words.match(text, m.end())
        if said is None or f.start < said.end():
            return False
        named = [(g.span_end, g.site_name) for g in findings
                 if g.full is not None and g.span_end <= a] + \
            [(n.end, self._sites[n.site_id].name) for n in mentions
             if n.end <= a and n.site_id in self._sites]
        if not named:
            return False
        end, name = max(named)
        word = head[-1].lower().rstrip("s")
        return a - end <= _ANAPHOR_REACH and any(
            w.lower().rstrip("s") == word for w in name.split())

    def _dateline_sites(self, text: str, sentences: list[tuple[int, int]],
                        findings: list[Finding]) -> list[Finding]:
        """The site a dateline in capitals names ("SCOTT AIR FORCE BASE, Ill. — Tanker
        crews ...", "NAVAL STATION ROTA, Spain —"): read in Title Case, the whole line's
        name a facility's."""
        out: list[Finding] = []
        starts = [a for a, _ in sentences]
        for m in _DATELINE.finditer(text):
            a, b = m.span("name")
            titled = " ".join("-".join(p.capitalize() for p in w.split("-"))
                              for w in m.group("name").split())
            i = bisect.bisect_right(starts, a) - 1
            if i < 0 or not sentences[i][0] <= a < sentences[i][1] or any(
                    a <= g.start < b or g.start <= a < g.span_end for g in findings):
                continue
            for f in findings_with_facility_words(titled) + head_first_in(titled, m.group()):
                if f.span_start != 0 or f.span_end != len(titled) or f.parent is not None:
                    continue  # the whole name, or none
                f.start, f.end, f.sentence = f.start + a, f.end + a, sentences[i]
                if f.full_start is not None:
                    f.full_start += a
                if f.stop is not None:
                    f.stop += a
                if self._is_new(f):
                    out.append(f)
        return out

    def _with_capital_bases(self, text: str, sentences: list[tuple[int, int]],
                            findings: list[Finding]) -> list[Finding]:
        """``findings`` and the airfields a notice to airmen names in capitals ("E) ALMAZA
        AIR BASE 11 KM ENE CAIRO": :func:`.descriptions.capital_bases_in`), in place of a
        finding that reads the same capitals as they stand, where no other finding holds
        them."""
        if "AIR" not in text and " AB" not in text:
            return findings
        findings = list(findings)
        out: list[Finding] = []
        for a, b in sentences:
            sentence = text[a:b]
            if "AIR" not in sentence and " AB" not in sentence:
                continue
            for f in capital_bases_in(sentence):
                f.start, f.end, f.sentence = f.start + a, f.end + a, (a, b)
                if f.full_start is not None:
                    f.full_start += a
                f.stop += a
                over = [g for g in findings if g.start < f.stop and f.start < g.span_end]
                if any(not (g.full or g.place).isupper() for g in over) or any(
                        g.start < f.stop and f.start < g.span_end for g in out) \
                        or not self._is_new(f):
                    continue
                for g in over:  # (a reading of the capitals as they are: "ABDULAZIZ
                    findings.remove(g)  # MILITARY ACADEMY AIRFIELD", its "KING" lost)
                out.append(f)
        return findings + out

    def _infobox_subjects(self, text: str, sentences: list[tuple[int, int]],
                          findings: list[Finding]) -> list[Finding]:
        """The site an infobox or a fact sheet describes by a bare name: its heading line
        over fields whose "Type:" is a facility's ("Moruroa" over "Other names: ...",
        "Type: atoll; former nuclear test site"), when no finding holds the heading."""
        out: list[Finding] = []
        if "Type:" not in text:
            return out
        starts = [a for a, _ in sentences]
        for m in _INFOBOX.finditer(text):
            kind = _TYPE_FIELD.search(m.group("fields"))
            phrase = FACILITY_PHRASE.search(kind.group("type")) if kind else None
            a, b = m.span("name")
            if phrase is None or any(a <= g.start < b or g.start <= a < g.span_end
                                     for g in findings):
                continue
            i = bisect.bisect_right(starts, a) - 1
            if i < 0 or not sentences[i][0] <= a < sentences[i][1]:
                continue
            name = m.group("name")
            f = Finding(name, phrase.group(), facility_type_of(phrase.group()), a, b,
                        sentences[i], full=name, full_start=a, described=True)
            if f.facility_type != "other" and self._is_new(f) and \
                    not self._is_non_site(name):
                out.append(f)
        return out

    def _located_headings(self, text: str, sentences: list[tuple[int, int]],
                          findings: list[Finding]) -> list[Finding]:
        """The outposts a tracker or a survey lists by a bare name: a heading line over a
        field that gives its point ("WOODY ISLAND (Yongxing Dao)" over "Reference point:
        16°49′58″N 112°20′38″E"), whose entry speaks of troops, runways or weapons, when no
        finding holds the heading and no town, province or country bears its name (a
        town's page over its "Coordinates:" is no site's)."""
        out: list[Finding] = []
        if ":" not in text:
            return out
        starts = [a for a, _ in sentences]
        for m in _LOCATED_HEADING.finditer(text):
            a, b = m.span("name")
            name = _capitalised(m.group("name")) if m.group("name").isupper() \
                else m.group("name")
            if any(a <= g.start < b or g.start <= a < g.span_end for g in findings) or \
                    not find_coordinates(m.group("point")):
                continue
            entry = text[m.end():m.end() + _ENTRY_CHARS].split("\n\n", 1)[0]
            troops = _OUTPOST_WORDS.search(entry)
            i = bisect.bisect_right(starts, a) - 1
            if troops is None or i < 0 or not sentences[i][0] <= a < sentences[i][1] or \
                    not _FEATURE_LAST.search(name) or \
                    self._is_non_site(name) or self._town(name):
                continue  # (a feature's name: not "Executive Summary" over "Position:")
            kind = "airbase" if troops.group().lower().startswith(("runway", "airstrip")) \
                else "other"
            f = Finding(name, "", kind, a, b, sentences[i], full=name, full_start=a,
                        described=True)
            if not self._is_new(f):
                continue
            f.aliases = [(t, o + sentences[i][0]) for t, o in aliases_after(
                _one_line(text[sentences[i][0]:sentences[i][1]]), b - sentences[i][0])]
            out.append(f)
        return out

    def _kind_section_headings(self, text: str, sentences: list[tuple[int, int]],
                               findings: list[Finding]) -> list[Finding]:
        """The sites an analysis gives a sub-heading each, by a bare name, under a section
        whose heading names their kind in the plural ("## 2. The operating bases" over "###
        2.3 Yeongjeo-dong (Yongjo-ri)"): a site of that kind where the sub-section's text
        names it again, and no site found there bears the name (not "### Overview", nor
        "### 2.5 Sil-li" over "The Sil-li Ballistic Missile Support Facility"). The kind is
        the section's, or the report's longer phrase of it ("missile operating bases")."""
        if "#" not in text:
            return []
        heads = [(len(m.group(1)), m) for m in _MD_HEADING.finditer(text)]
        starts = [a for a, _ in sentences]
        out: list[Finding] = []
        for k, (level, section) in enumerate(heads):
            plural = _KIND_PLURAL.search(section.group("title"))
            if plural is None:
                continue
            kind = facility_type_of(plural.group("kinds"))
            if kind == "other":
                longer = collections.Counter(
                    facility_type_of(m.group()) for m in re.finditer(
                        r"\b[\w-]+[ \t]+" + re.escape(plural.group("kinds")), text, re.I))
                kind = next((t for t, _ in longer.most_common() if t != "other"), "other")
            for j in range(k + 1, len(heads)):
                sub_level, sub = heads[j]
                if sub_level <= level:
                    break
                if sub_level != level + 1:
                    continue
                titled = _HEADING_NAME.fullmatch(sub.group("title"))
                if titled is None:
                    continue
                name, alias = titled.group("name"), titled.group("alias")
                if alias and alias.split()[-1].lower() in _REGION_WORDS:
                    alias = None  # where it is, no other name: "### 1.4 Ivanovo Severny
                    # (Ivanovo region)"
                end = heads[j + 1][1].start() if j + 1 < len(heads) else len(text)
                body = text[sub.end():end]
                said = re.search(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", body)
                a = sub.start("title")
                if said is None or name.lower() in _SECTION_WORDS or \
                        name.split()[0].lower() in STOPWORDS or \
                        name.split()[-1].lower() in _REGION_WORDS or \
                        any(ch.isdigit() for ch in name) or \
                        country_of_word(name) is not None or \
                        any(sub.start() <= g.start < end or match_key(g.site_name).startswith(
                            match_key(name)) for g in findings + out) or \
                        all(is_facility_word(w) for w in name.split()) or \
                        any(w.lower() in UNIT_WORDS or w.lower() in ("force", "forces")
                            for w in name.split()) or \
                        re.search(r"(?<![\w'’-])" + re.escape(name.lower()) + r"(?![\w'’-])",
                                  text) or self._is_non_site(name):
                    continue  # (not a group of sites the sub-section names, "### Chagang
                    # Province"; a design, "### VVER-1200"; a topic, "### Sanctions", its
                    # word written in small letters too)
                i = bisect.bisect_right(starts, sub.end() + said.start()) - 1
                if i < 0:
                    continue
                f = Finding(name, "", kind, a, a + len(name), sentences[i], full=name,
                            full_start=a, described=True)
                if not self._is_new(f):
                    continue
                if alias:
                    f.aliases = [(alias, a + titled.start("alias"))]
                out.append(f)
        return out

    def _sibling_section_headings(self, text: str, sentences: list[tuple[int, int]],
                                  findings: list[Finding]) -> list[Finding]:
        """The sites an analysis gives a sub-heading each, by a bare name, among sibling
        sub-headings most of which name sites found ("### 1.2 Playa Baracoa air base" beside
        "### 1.3 San Julián"), whose section opens on the kind of the site ("The old airfield
        in Pinar del Río province, at ..."): a site of that kind (not "### Recent Activity"
        over "The base ...", whose siblings name no sites)."""
        if "#" not in text:
            return []
        heads = [(len(m.group(1)), m) for m in _MD_HEADING.finditer(text)]
        starts = [a for a, _ in sentences]
        out: list[Finding] = []

        def names_site(m: re.Match) -> bool:
            a, b = m.span("title")
            return any(a <= g.start < b for g in findings)

        for k, (level, sub) in enumerate(heads):
            titled = _HEADING_NAME.fullmatch(sub.group("title"))
            if titled is None or names_site(sub):
                continue
            lo = next((j for j in range(k - 1, -1, -1) if heads[j][0] < level), -1)
            hi = next((j for j in range(k + 1, len(heads)) if heads[j][0] < level), len(heads))
            siblings = [m for j, (lv, m) in enumerate(heads[lo + 1:hi], lo + 1)
                        if lv == level and j != k]
            sites = sum(map(names_site, siblings))
            if sites < 2 or 2 * sites < len(siblings):
                continue
            end = heads[k + 1][1].start() if k + 1 < len(heads) else len(text)
            body = text[sub.end():end].lstrip()
            opening = _SECTION_OPENS_ON_KIND.match(body)
            name = titled.group("name")
            first = body[:body.find(".") + 1 if "." in body else len(body)]
            if opening is None or titled.group("alias") or \
                    _AT_ANOTHER.match(body, opening.end()) or \
                    not (find_coordinates(first) or _PLACED_WORDS.search(first)) or \
                    re.search(r"(?<![\w'’-])" + re.escape(name.lower()) + r"(?![\w'’-])",
                              text) or \
                    name.lower() in _SECTION_WORDS or name.split()[0].lower() in STOPWORDS or \
                    name.split()[-1].lower() in _REGION_WORDS or \
                    any(ch.isdigit() for ch in name) or country_of_word(name) is not None or \
                    all(is_facility_word(w) for w in name.split()) or \
                    any(w.lower() in UNIT_WORDS for w in name.split()) or \
                    self._is_non_site(name):
                continue
            a = sub.start("title")
            i = bisect.bisect_right(starts, a) - 1
            if i < 0 or not sentences[i][0] <= a < sentences[i][1]:
                continue
            f = Finding(name, "", facility_type_of(opening.group("kind")), a, a + len(name),
                        sentences[i], full=name, full_start=a, described=True)
            if self._is_new(f):
                out.append(f)
        return out

    def _bold_item_siblings(self, text: str, sentences: list[tuple[int, int]],
                            findings: list[Finding]) -> list[Finding]:
        """The items of a list in bold most of whose items are sites found, placed by what
        they say (:func:`.descriptions.bold_item_siblings`), with the other names after
        them ("**Academia Militar das Agulhas Negras** (AMAN), in Resende")."""
        if "**" not in text and "__" not in text:
            return []
        starts = [a for a, _ in sentences]
        out: list[Finding] = []
        for f in bold_item_siblings(text, findings):
            i = bisect.bisect_right(starts, f.start) - 1
            if i < 0 or not sentences[i][0] <= f.start < sentences[i][1] or \
                    not self._is_new(f) or self._is_non_site(f.name) or self.places_named(f.name):
                continue
            a, b = f.sentence = sentences[i]
            f.aliases = [(t, o + a) for t, o in aliases_after(_one_line(text[a:b]),
                                                              f.span_end - a)
                         if not self.works_city(f.facility_type, t)]
            out.append(f)
        return out

    def _second_plants(self, text: str, sentences: list[tuple[int, int]],
                       findings: list[Finding]) -> list[Finding]:
        """A plant named after a place and the numeral of its generation, in a sentence or
        paragraph about the atom ("Its replacement, Kursk II, is being built beside it", "the
        Russian-built Paks II project"): a site of its own ("Jericho II", a missile, is in
        no sentence of the atom; "Lightning II" is no place's)."""
        out: list[Finding] = []
        if " II" not in text:
            return out
        # (of a place the report names a facility after: not "Delta III", a submarine
        # class, nor "Georges Besse II" or "TRIGA Mark II", a longer name's end)
        places = {match_key(f.name) for f in findings if f.parent is None}
        for a, b in sentences:
            sentence = text[a:b]
            if " II" not in sentence or not (ATOMS.search(sentence)
                                             or ATOMS.search(_paragraph(text, a, b))):
                continue
            for m in _SECOND_PLANT.finditer(sentence):
                at, end = a + m.start(), a + m.end()
                if any(g.start <= at < g.span_end or at <= g.start < end for g in findings):
                    continue
                if _CAPITALISED_BEFORE.search(text, max(0, at - 40), at) or (
                        match_key(m.group("place")) not in places
                        and not self._is_site_name(m.group("place"))):
                    continue
                name = m.group()
                f = Finding(name, "plant", "nuclear", at, end, (a, b), full=name,
                            full_start=at, described=True)
                if self._is_new(f):
                    out.append(f)
        return out

    def _bare_sites(self, text: str, sentences: list[tuple[int, int]], statements: list[list],
                    findings: list[Finding], low: str | None) -> list[Finding]:
        """The sites a report names bare, other than those ``findings`` hold: nuclear power
        plants placed at once in a report about the atom ("Oldbury, about 5 km north-west
        of Thornbury": :func:`.descriptions.bare_plants_in`; none named after a city, which
        may be any of its plants; in a sentence of no word of the atom, the paragraph or
        the report's lead has one), and military airfields in a sentence of military
        flying ("drones struck Belaya and Morozovsk": :func:`.descriptions.bare_air_bases_in`;
        not a city's), and names no gazetteer place bears, placed at once in a sentence or
        paragraph of arms or the atom ("Pantex, 17 miles north-east of Amarillo":
        :func:`.descriptions.placed_names_in`),
        in a sentence that says nothing of where anything is (its ``statements`` would be
        another's: "rotations from Barksdale; the base is in Gloucestershire") and by a
        name no finding holds (the airfield's point places that finding's site)."""
        atoms_text = ATOMS.search(text if low is None else low) is not None
        lead = atoms_text and ATOMS.search(text, 0, _LEAD_CHARS) is not None
        named = {match_key(f.name) for f in findings}
        air = self._air_war_sentences(sentences, low)
        by_start = sorted((g.start, g.span_end) for g in findings)
        found_at = [x for x, _ in by_start]
        out: list[Finding] = []
        for i, ((a, b), said) in enumerate(zip(sentences, statements, strict=True)):
            sentence = text[a:b]
            # (not a city's name: "drones struck Port Sudan" is the city)
            # (in a sentence that says where things are, only a name its own statement
            # follows at once: "13/ Migalovo, about 10 km west-south-west of central Tver")
            # ("The bombers of Ukrainka air base, in Amur Oblast, were dispersed after the
            # strikes on Belaya": the statements are of the site named before them)
            others = [e for _, e in by_start[bisect.bisect_left(found_at, a):
                                              bisect.bisect_left(found_at, b)]]
            got = [] if air is not None and i not in air else [
                f for f in bare_air_bases_in(sentence) if match_key(f.name) not in named
                and (not said or placed_right_after(sentence, f.end)
                     or _said_of_others(said, others, a + f.start))
                and not is_weapon_or_unit(f, sentence) and not self._city(f.name)]
            if atoms_text and (any(w in sentence for w in PLACING_WORDS)
                               or listed_plant(sentence)):
                atoms = lead or ATOMS.search(_paragraph(text, a, b)) is not None
                got += [f for f in bare_plants_in(sentence, atoms)
                        if not self._city(f.name, plant_named(f.name).country)]
            placed = placed_names_in(sentence) if "km" in sentence or "mile" in sentence \
                or "near" in sentence or "outside" in sentence or "edge" in sentence \
                or "outskirts" in sentence else ()
            # "the Kirana Hills, where Pakistan is believed to store weapons" (not a town
            # of the name: "just outside Burns Flat")
            got += [f for f in landform_sites_in(sentence, bool(lead) or ATOMS.search(
                        _paragraph(text, a, b)) is not None)
                    if not self.places_named(f.name) and not self._is_site_name(f.name)] \
                if LANDFORM_GATE.search(sentence) else []
            base = _THE_BASE_NEXT.match(_next_sentence(text, sentences, i) or "") \
                if placed else None
            if placed and (base is not None or ARMS_OR_ATOMS.search(sentence)
                           or _OF_WAR.search(sentence)
                           or ARMS_OR_ATOMS.search(_paragraph(text, a, b))):
                for f in placed:
                    if not self.places_named(f.name) and not self._is_site_name(f.name) \
                            and not _written_as_a_place(text, f.name) and (
                                ARMS_OR_ATOMS.search(sentence) or _OF_WAR.search(sentence)
                                or ARMS_OR_ATOMS.search(_paragraph(text, a, b))):
                        if ATOMS.search(sentence):
                            f.facility_type = "nuclear"
                        got.append(f)
                    elif base is not None and f is placed[0] and f.start < 3 and \
                            not self._city(f.name) and not self._is_site_name(f.name):
                        # "Dyagilevo, on the western outskirts of Ryazan, was struck ...
                        # The base, which trains Tu-22M3 crews, ...": the base the village
                        # names, which the next sentence speaks of
                        f.facility_type = "airbase" if base.group("air") or any(
                            w in (sentence + base.string).lower() for w in AIR_WAR_WORDS) \
                            else "other"
                        got.append(f)
            for f in got:
                f.start, f.end, f.sentence = f.start + a, f.end + a, (a, b)
                if f.full_start is not None:
                    f.full_start += a
                if any(g.start <= f.start < g.span_end or f.start <= g.start < f.end
                       for g in findings + out) or not self._is_new(f):
                    continue
                out.append(f)
        return out

    @staticmethod
    def _air_war_sentences(sentences: list[tuple[int, int]], low: str | None
                           ) -> set[int] | None:
        """The indices of the sentences that hold a word of military flying
        (:data:`.descriptions.AIR_WAR_WORDS`), found in the text lowered (``low``) at
        once; None when it is not at hand (each sentence is then looked at)."""
        if low is None:
            return None
        starts = [a for a, _ in sentences]
        held = set()
        for word in AIR_WAR_WORDS:
            at = low.find(word)
            while at >= 0:
                held.add(bisect.bisect_right(starts, at) - 1)
                at = low.find(word, at + len(word))
        return held

    def mentions_in(self, text: str, sentences: list[tuple[int, int]],
                    statements: list[list] | None = None, low: str | None = None
                    ) -> list[Mention]:
        """Mentions of known sites in ``text`` (split into ``sentences``, with their
        ``statements`` of place if already read), held where the name is also a place's and
        the sentence does not speak of the facility. ``low``: :func:`.scan.lowered` of the
        text, when the caller has it."""
        starts = [a for a, _ in sentences]
        mentions: list[Mention] = []
        # One pass of the automaton over the whole text; each match then falls in the
        # sentence that holds it (a name never spans a line break or a full stop).
        by_sentence: dict[int, list] = {}
        bare: dict[tuple[str, str], bool] = {}  # (site, key): a first word of its name
        low = lowered(text) if low is None else low
        for m in self.index.find(text, kinds=("site",)):
            i = bisect.bisect_right(starts, m.start) - 1
            if i < 0 or m.end > sentences[i][1]:
                continue
            by_sentence.setdefault(i, []).append(m)
        if statements is None:
            statements = [statements_in(text, a, b) for a, b in sentences]
        for i, matches in sorted(by_sentence.items()):
            a, b = sentences[i]
            sentence = text[a:b]
            keys_here = {match_key(text[m.start:m.end]) for m in matches}
            anchors = [(st.anchor_start, st.anchor_end) for st in statements[i]
                       if st.anchor_start is not None and st.kind == "distance"]
            seen = set()
            for m in matches:
                if any(x <= m.start and m.end <= y for x, y in anchors):
                    continue  # "50 km northwest of Arak": the town a statement measures from
                if starts_with_facility_word(m.text) and _PROPER_BEFORE.search(text, 0,
                                                                              m.start):
                    continue  # "Fuel Enrichment Plant" inside "Fordow Fuel Enrichment Plant"
                if " " not in m.text.strip() and m.text[:1].islower():
                    continue  # "neutron-scattering": a word, not the site called "Neutron"
                if " " not in m.text.strip() and _WEAPON_AFTER.match(text, m.end):
                    continue  # "a Bastion coastal missile battery": a weapon's name, not
                    # Camp Bastion's
                if " " not in m.text.strip() and _FEATURE_AFTER.match(text, m.end):
                    continue  # "on Hood Canal": a water's or a land's name, not Fort Hood's
                if _STREET_BEFORE.search(text, max(0, m.start - 10), m.start) or \
                        STREET_AFTER.match(text, m.end):
                    continue  # "Jl. Gatot Subroto, Bandung", "Tallow Road": a street named
                    # after a base's hero or town, an address, not the base
                key = match_key(text[m.start:m.end])
                after = _KIND_AFTER.match(text, m.end, b) if " " not in m.text.strip() \
                    else None
                for e in m.entries:
                    if e.ref in seen:
                        continue
                    seen.add(e.ref)
                    site = self._sites.get(e.ref)
                    if after is not None and site is not None and _other_kind(
                            facility_type_of(after.group(1)), site.facility_type):
                        continue  # "the Balkhash nuclear power plant": not Balkhash's
                        # airfield, named after the same town
                    held = None
                    why = self._ambiguous(key) if site is not None else None
                    if why is None and site is not None and (e.ref, key) not in bare:
                        bare[e.ref, key] = self._bare_word(site, key, text, low)  # once
                    if why is None and site is not None and bare[e.ref, key]:
                        why = (f"only the first word of the name {site.name!r}, and the "
                               "report writes it before other names")
                    if why and not self._speaks_of(site, sentence, keys_here - {key}):
                        held = (f"{text[m.start:m.end]!r} is {why}, and the sentence does "
                                f"not speak of the facility")
                    mentions.append(Mention(e.ref, m.start, m.end, sentences[i], held))
        return mentions

    def analyse_report(self, report: Report) -> Analysis:
        """:meth:`analyse` a report's text, as :meth:`ingest_report` does (writes nothing)."""
        return self.analyse(report.text, _wrapped(report))

    def reanalysed(self, text: str, analysis: Analysis) -> Analysis:
        """``analysis`` of ``text``, made by an ingester that knew fewer site names or
        places (a Dask worker's copy of this one), brought up to date: the parts that
        depend on them made again (mentions; findings that now name a known site or a
        place dropped), sentences and statements of place kept (they depend on the text
        alone). Equal to :meth:`analyse` of ``text`` by this ingester.

        A text that may name units ("TAPS-1") is analysed again whole: which facility a
        unit is a part of depends on the sites the report names, known ones included."""
        low = lowered(text)
        if any(unit_designations(text[a:b])
               for a, b in self._unit_spans(text, analysis.sentences, low)) or any(
                numbered_parts(text[a:b]) for a, b in self._part_spans(text, analysis.sentences)):
            return self._analysed(text, analysis.sentences, low)
        return Analysis(analysis.sentences,
                        self.mentions_in(text, analysis.sentences, analysis.statements, low),
                        [f for f in analysis.findings if self._is_new(f)],
                        analysis.statements, analysis.country_counts, analysis.cues,
                        analysis.towns)

    def _kinds_then_named(self, sentence: str) -> list[Finding]:
        """:func:`.descriptions.kinds_then_named_in`, a town's name there read as the
        town's base ("the main naval base, Tallowport, at the river's mouth": the
        Tallowport naval base)."""
        out = kinds_then_named_in(sentence) + kind_word_then_name_in(sentence)
        for f in out:
            if self.places_named(f.name):
                f.full = f.full_start = None
        return out

    def _findings(self, sentence: str, facility: bool = True, may_name: bool = True,
                  around: str | None = None, paragraph: str | None = None,
                  after: str | None = None, intro: str | None = None,
                  works: frozenset[str] = frozenset(), reactor_report: bool = False,
                  atoms_lead: bool = False, war_lead: bool = False,
                  strike_lead: bool = False
                  ) -> list[Finding]:
        """New-site findings of a sentence; ``facility`` False for one without facility
        words, ``may_name`` False for one without the words of "known as X" (see
        :func:`.names.facility_sentences`): what needs them is not looked for. ``around``
        is the paragraph that holds the sentence, if wanted (see
        :func:`.descriptions.head_first_in`); ``after`` the paragraph's next sentence,
        if any (see :func:`.descriptions.military_airports_in`); ``works`` the civil heads
        the report's title and lead make a site's (:func:`.names.report_works`),
        ``reactor_report`` whether they speak of research
        reactors (see :func:`.descriptions.reactors_by_designation`), ``atoms_lead``
        whether they speak of the atom (see :func:`.descriptions.nuclear_test_sites_in`)."""
        found = findings_with_facility_words(sentence, may_name, paragraph, works) \
            if facility else []
        for c in company_works_in(sentence):
            # "Nammo Lapua": the maker's works at a town of that name (not "Saab Gripen")
            # (or an aircraft maker's by its whole name, placed after it: "the Harbin
            # Aircraft Industry Group, in Harbin")
            if (c.name == c.full or self._town(c.name)) and \
                    not self._is_non_site(c.name, named=True) and \
                    not any(f.start < c.stop and c.full_start < f.span_end for f in found):
                found.append(c)
        for h in head_first_in(sentence, around):  # "PAF Base Masroor", not "PAF Base"
            if h.phrase == "Camp" and (
                    not _CAMP_TROOPS.search(sentence)
                    or _TOWN_BEFORE.search(sentence, max(0, h.full_start - 12), h.full_start)) \
                    and self._town_named(h.full):
                continue  # "Volk Field, next to Camp Douglas": a village of Wisconsin
            if any(f.start == h.full_start and h.stop < f.span_end for f in found):
                continue  # "Fort Custer Training Center": the longer name, not "Fort Custer
                # Training"
            # (and "INS Tallow, a naval air station at Goa" is one site, INS Tallow)
            placed = next((f for f in found if _own_name_in(sentence, h, f)), None)
            found = [f for f in found if not (h.full_start <= f.start and f.end <= h.stop)
                     and not described_near(sentence, h, f) and f is not placed]
            if placed is not None:
                # "the Research Institute of Atomic Reactors in Dimitrovgrad": the name
                # whole, standing in the town its last words were read before
                placed.full, placed.full_start, placed.phrase = h.full, h.full_start, h.full
                found.append(placed)
                continue
            found.append(h)
        for c in missile_complexes_in(sentence):  # "Titan II ICBM Site 571-7", not its
            # "Titan II ICBM Site" (a weapon's name and a site's word)
            found = [f for f in found if not (c.start <= f.start and f.span_end <= c.end)]
            if not any(f.start < c.end and c.start < f.span_end for f in found):
                found.append(c)
        for c in numbered_centres_in(sentence) + headquarters_in(sentence):
            # "the 338th Naval Communication Centre", not its "Naval Communication Centre";
            # "the Eastern Theater Command headquarters in Nanjing", not its "Eastern Theater
            # Command" (a command's word)
            found = [f for f in found if not (c.start <= f.start and f.span_end <= c.end)]
            if not any(f.start < c.end and c.start < f.span_end for f in found):
                found.append(c)
        flat = _one_line(sentence)  # (a hard-wrapped sentence read as on one line)
        for o in fronted_kinds_in(flat):  # ("An island garrison in Kesk, Tallowsaari
            # hosts ...": the garrison is the name's, not the town's)
            found = [f for f in found if f.span_end > o.start] + [o]
        # "radar domes went up at Tallow Reef"; "Tallow Airport, home of the 3rd air base"
        # ... and "F-35As are based at Tallow": an air base
        # ... and "new reactors, including units at Tarsin and Holt": nuclear power plants
        for o in outposts_in(flat) + (
                military_airports_in(flat, after, intro, paragraph, war_lead)
                # (a French or Spanish airport, its word first: "the aérodrome de Kandi")
                if facility or _NATIVE_AIRPORT_WORD.search(flat) else []) \
                + air_bases_flown_from(flat) + air_bases_hosting(flat) \
                + air_stations_named_first_in(flat) \
                + ports_named_first_in(flat, paragraph) \
                + field_named_sites_in(flat) \
                + struck_oil_sites_in(flat, paragraph, strike_lead) \
                + weapons_kept_at(flat) \
                + reactor_sites_at(flat) \
                + dated_works_in(flat) + airstrips_with_a_point(flat) \
                + reactors_by_designation(flat, reactor_report) + wing_bases_in(flat) \
                + abbreviated_air_bases_in(flat, paragraph) \
                + numbered_bases_in(flat) + numbered_native_bases_in(flat) \
                + numbered_kind_bases_in(flat) + initials_at_their_place_in(flat) \
                + coded_air_bases_in(flat) \
                + typed_rows_in(flat) \
                + lettered_works_in(flat) \
                + radar_sites_in(flat) + listed_sites_in(flat, intro) \
                + nuclear_test_sites_in(
                    # (the paragraph is read only for a sentence that speaks of tests)
                    flat, atoms_lead or (
                        paragraph is not None and "test" in flat.lower()
                        and ATOMS.search(paragraph) is not None)) \
                + bracketed_names_in(flat) + zavods_in(flat, paragraph) \
                + glued_barracks_in(flat) \
                + french_centres_in(flat) + self._kinds_then_named(flat) + [
                    p for p in listed_plants_in(flat) if not self._city(p.name)]:
            if not any(f.start < o.end and o.start < f.span_end for f in found):
                found.append(o)
            elif o.phrase in ("plant", "station", "power station", "power plant"):
                for f in found:  # "the Kudankulam plant" read as works: the listed plant
                    if f.start == o.start and f.end == o.end and \
                            f.facility_type == "production" and f.full is None:
                        f.facility_type = "nuclear"
        # "Kapustin Yar, Russia's missile test range" (its facility words are needed)
        # (a hard-wrapped sentence read as one line: "... is a\nNorthern Theatre Command
        # airfield"; the same length, so offsets hold)
        for d in described_in(flat) if facility else ():
            if any((f.named_first or f.full is not None
                    and f.facility_type == d.facility_type)
                   and _AT_ITS_PLACE.fullmatch(sentence, f.span_end, d.start)
                   or _NEAR_ITS_PLACE.fullmatch(sentence, f.span_end, d.start)
                   for f in found):
                continue  # "INS Baaz at Campbell Bay - the southernmost air station": the
                # station named first, at its place; "Tallow naval base near Kesk, the
                # country's main naval base": the base, near the town; "Vardøhus festning
                # in Vardø, the star-shaped fortress": the fortress, in the town
            if not any(f.start < d.end and d.start < f.span_end for f in found):
                # (and "Olenya, the Tu-95 base near Olenegorsk" is Olenya alone)
                found = [f for f in found if not described_near(sentence, d, f)] + [d]
        found = _described_near_a_name(flat, found)
        found = _numbered_bases_at_their_base(flat, found)
        found += [g for f in found for g in plural_siblings(sentence, f)]  # "the X and Y bases"
        found = _ship_named_other_names(sentence, _own_fields(sentence, _apposed_names(
            sentence, [as_base_command(f, sentence) for f in found])))
        return [f for f in found if not is_weapon_or_unit(f, sentence)
                # (a town's name is no participle: "Yining air base, about 5 km ...",
                # "Manching Air Base, south-east of Ingolstadt, ...")
                and not (_opens_with_a_common_word(f, sentence) and not self._city(f.name)
                         and not (f.full is not None and f.name.lower() not in _COUNT_WORDS
                                  and self._town(f.name)))
                and not _a_region(f) and self._is_new(f)]

    def _with_units(self, text: str, sentences: list[tuple[int, int]],
                    findings: list[Finding], mentions: list[Mention], low: str | None = None
                    ) -> list[Finding]:
        """``findings`` and the units the report names by a designation ("the two units,
        known as TAPS-1 and TAPS-2", :func:`.names.unit_designations`), each a component of
        the facility :func:`unit_parent` finds for it; a unit with none is left out. A
        finding of the designation's own words ("the KAPS-3 reactor") gives way to it.
        Only the sentences that hold "unit" or "reactor" are read (found in ``low``,
        :func:`.scan.lowered` of the text, when given)."""
        spans = self._unit_spans(text, sentences, low)
        parts = self._part_spans(text, sentences)
        if not spans and not parts:
            return findings
        sites = []  # (offset, name, other names, facility type) of what the report names
        for f in findings:
            if f.parent is None:
                start = f.span_start
                sites.append((start, f.site_name, [t for t, _ in f.aliases], f.facility_type))
        for m in mentions:
            site = self._sites.get(m.site_id)
            if m.held is None and site is not None:
                sites.append((m.start, text[m.start:m.end], [site.name], site.facility_type))
        sites.sort(key=lambda x: x[0])
        # (another name of a site the report gives is no unit of it: "the Khondab Heavy
        # Water Research Reactor (KHRR), formerly the IR-40 Reactor")
        named = {o for f in findings for _, o in f.aliases}
        units = []
        for a, b in spans:
            for designation, off in unit_designations(text[a:b]):
                pos = a + off
                if pos in named:
                    continue
                got = unit_parent(text, (a, b), designation, pos, sites)
                if got is None:
                    continue
                parent, p0 = got
                letters = designation.split("-")[0]
                name = designation if len(letters) >= 3 and \
                    letters.lower() not in GENERIC_UNIT_WORDS else f"{parent} {designation}"
                stop, aliases = pos + len(designation), []
                if name == designation and (words := reactor_words_after(text, stop)):
                    # "with the RECH-1 research reactor": its name as written, the
                    # designation another
                    name, aliases = f"{designation} {words}", [(designation, pos)]
                    stop = text.index("reactor", stop) + len("reactor")
                f = Finding(parent, designation, "nuclear", pos, pos + len(designation),
                            (a, b), full=name, full_start=pos, parent=parent,
                            parent_start=p0, stop=stop, unit=True, aliases=aliases)
                if self._is_new(f):
                    units.append(f)
        for a, b in parts:  # "Site 31", "Launch Complex 39A": a launch or test site's
            for name, off in numbered_parts(text[a:b]):
                pos = a + off
                # the facility the sentence names after it ("Site 31 at Baikonur"), else
                # the last one before it, as for a unit
                after = [(o, n) for o, n, _, kind in sites
                         if pos + len(name) <= o <= pos + len(name) + 12
                         and re.match(r"[ \t]+(?:at|of|in)[ \t]+(?:the[ \t]+)?\Z",
                                      text[pos + len(name):o])]
                # (a launch complex or pad names its kind: a space force's station or
                # base, of no launch site's words, holds it too)
                got = after[0][::-1] if after else unit_parent(
                    text, (a, b), name, pos, sites,
                    _PART_OF | {"other"} if name.startswith(("Launch", "Space")) else _PART_OF)
                if got is None and name.startswith("Site") and \
                        LAUNCHING.search(text, a, b) is not None:
                    # "Site 110, about 38 km north of Baikonur, has the two pads built for
                    # Energia": a cosmodrome's numbered site, its cosmodrome unnamed
                    f = Finding(name, name, "launch site", pos, pos + len(name), (a, b),
                                full=name, full_start=pos, stop=pos + len(name))
                    if self._is_new(f):
                        units.append(f)
                    continue
                if got is None:
                    continue
                parent, p0 = got
                kind = "launch site" if re.search(r"Launch|Pad", name) else next(
                    (k for o, n, _, k in sites if o == p0 and n == parent), "launch site")
                f = Finding(parent, name, kind, pos, pos + len(name), (a, b), full=name,
                            full_start=pos, parent=parent, parent_start=p0,
                            stop=pos + len(name), unit=True)
                if self._is_new(f):
                    units.append(f)
        if not units:
            return findings
        kept = [f for f in findings
                if not any(u.start < f.span_end and f.start < u.end for u in units)]
        return kept + units

    @staticmethod
    def _part_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The sentences that may name a numbered part of a launch or test site ("Site
        31", :func:`.names.numbered_parts`)."""
        if not _PART_GATE.search(text):
            return []
        return [(a, b) for a, b in sentences if _PART_GATE.search(text, a, b)]

    @staticmethod
    def _unit_spans(text: str, sentences: list[tuple[int, int]], low: str | None
                    ) -> list[tuple[int, int]]:
        """The sentences that may name a unit by a designation: with "unit" or "reactor"
        (found in ``low``, :func:`.scan.lowered` of the text, when given) and a hyphen."""
        if low is None:
            spans = sentences
        else:
            starts = [a for a, _ in sentences]
            held = set()
            for word in ("unit", "reactor"):
                at = low.find(word)
                while at >= 0:
                    held.add(bisect.bisect_right(starts, at) - 1)
                    at = low.find(word, at + len(word))
            spans = [sentences[i] for i in sorted(held) if i >= 0]
        return [(a, b) for a, b in spans if "-" in text[a:b]]

    def _is_new(self, f: Finding) -> bool:
        """Whether a finding may name a new site (not a known site, not a place)."""
        if self._is_site_name(f.site_name):
            return False  # a known site's name: its mention is cited already
        if f.full is None and f.name.lower() in _STATUS_WORDS:
            return False  # a register's status cell: "Active garrison", "Inactive base"
        if kind_words_only(f.site_name):
            return False  # "RAAF BASE" of "RAAF BASE TALLOW" in a notice in capitals: the
            # words of every RAAF base
        if f.parent is None and (f.full is None or _native_words_and_place(f)) and \
                self._is_site_name(f.name) and not all(
                _other_kind(f.facility_type, site.facility_type)
                for e in self.index.lookup(f.name) if e.kind == "site"
                and (site := self._sites.get(e.ref)) is not None):
            return False  # "the Yongbyon reactor", Yongbyon being known (but not "the
            # Balkhash nuclear power plant", Balkhash's airfield being known)
        # (an air or naval base "at" or "in" a town is the town's own: "the air base at
        # Dire Dawa", a provincial capital, as "the Dire Dawa air base")
        named = f.stop is not None and f.stop > f.end or (
            f.at_place and f.facility_type in ("airbase", "naval base"))
        island = f.described and f.phrase in ("airstrip", "heliport")  # with its point
        if f.full is None and f.parent is None and \
                self._is_non_site(f.name, named=named, island=island) \
                and not (named and f.facility_type in ("airbase", "naval base")
                         and self._capital(f.name)):
            # "a missile base near Pyongyang": the capital, not a site ("the Ouagadougou air
            # base" is the capital's air base, as "the Tehran Research Reactor" is its reactor)
            return False
        if f.place_only and not any((p.feature_code or "").upper().startswith("PPL")
                                    for p in self.places_named(f.name)):
            return False  # "Kim's missile base": a person's (no town of the name)
        return True

    # -- writing ---------------------------------------------------------------------------
    def ingest_report(self, report: Report, *, title=None, authors=None, publisher=None,
                      published=None, url=None, kind=None, source_id=None,
                      rescan: bool = False, analysis: Analysis | None = None) -> ReportResult:
        """Record one report, cite the known sites it names, add and place candidates.

        Parameters
        ----------
        report
            A report read by :func:`catalog.readers.read_report` (or built in code).
        title, authors, publisher, published, url, kind
            Metadata that overrides what the document says about itself.
        source_id
            The new source's id; by default made from publisher, date and title.
        rescan
            For a report already in the catalogue: add the citations of known sites that
            it lacks (for sites added since), instead of only saying it is a duplicate.
        analysis
            The report's :meth:`analyse_report`, made elsewhere against this ingester's
            current names (a Dask worker's, checked by :mod:`.distributed`); None
            analyses it here.

        Returns
        -------
        ReportResult
        """
        meta = dict(report.metadata)
        for k, v in (("title", title), ("authors", authors), ("publisher", publisher),
                     ("published", published), ("url", url)):
            if v:
                meta[k] = v
        path = str(report.path) if report.path else None
        existing = self.cat.find_source(content_hash=report.content_hash,
                                        url=meta.get("url"))
        if existing is not None:
            how = ("content hash" if existing.content_hash == report.content_hash
                   else "URL")
            if not rescan:
                return ReportResult(path, existing.source_id, "duplicate",
                                    message=f"already in the catalogue as source "
                                            f"{existing.source_id!r} (same {how}); "
                                            f"nothing added")
            return self._rescan(report, existing, path, analysis)
        source = self._new_source(report, meta, kind, source_id)
        if analysis is None:
            analysis = self.analyse_report(report)
        result = ReportResult(path, source.source_id, "added")
        weights = self._country_weights(analysis)
        countries = sorted(weights, key=lambda cc: -weights[cc])
        writer = ReportWriter(self, mended_in_place(report.text), source, analysis, result,
                              countries, weights, quoted=report.text)
        try:
            with self.cat.transaction():
                self.cat.add_source(source)
                writer.run()
        except BaseException:
            # the report did not land: forget what it taught the in-memory state (its new
            # sites, the places it gave known ones; a known site it named stays known)
            writer.forget()
            raise
        # Only now that the report has landed do its candidates join the index.
        for name, sid in writer.new_names:
            self._learn(name, sid)
        self.names_added.extend(writer.new_names)
        result.message = (f"added source {source.source_id!r}: {result.citations_added} "
                          f"citation(s), {len(result.sites_matched)} known site(s), "
                          f"{len(result.candidates)} new candidate(s), "
                          f"{len(result.located)} located")
        return result

    def _country_weights(self, analysis: Analysis) -> dict[str, int]:
        """How much a report speaks of each country (ISO alpha-2), the countries of the
        known sites it cites counting too; sorted, the countries it is about, most named
        first."""
        counts = dict(analysis.country_counts)
        for m in analysis.mentions:
            site = self._sites.get(m.site_id)
            cc = iso2(site.country) if site else None
            if cc and not m.held:
                counts[cc] = counts.get(cc, 0) + 2
        # the United States is named as a government far more often than as a place
        if "US" in counts and len(counts) > 1:
            counts["US"] = 0
        # ... and the provinces it names of a country it never names, each once: a
        # parliament's answer on "Trawsfynydd, in Gwynedd" and "Chapelcross, in Dumfries
        # and Galloway" is about Britain, though it names no country but the "Russian
        # material" it does not import (the provinces of a country named are no more
        # evidence: Crimea, Russia's in the boundaries, is no reason to look for Saky there)
        for cc in province_countries(analysis.statements):
            if cc not in analysis.country_counts:
                counts[cc] = counts.get(cc, 0) + 1
        # ... and the towns it measures from, when three or more lie in one country it never
        # names (a thread on the German army's airfields "~19 km W of Koblenz", "~20 km NE of
        # Stendal", naming only the Somalia a swapped pair would put one in)
        for cc, n in self._anchor_countries(analysis.statements).items():
            if cc not in analysis.country_counts:
                counts[cc] = counts.get(cc, 0) + n
        return counts

    def _anchor_countries(self, statements: list[list]) -> dict[str, int]:
        """How many towns that a report's statements of distance or nearness measure from
        lie in each country, of the countries of three such towns or more; a town counts
        when every place of its name in the gazetteer lies in one country."""
        anchors = {st.anchor for sentence in statements for st in sentence
                   if st.kind in ("distance", "near") and st.anchor}
        counts: dict[str, int] = {}
        for name in anchors:
            codes = {p.country for p in self.places_named(name)
                     if (p.feature_code or "").upper()[:3] not in ("PCL", "ADM")}
            if len(codes) == 1 and (cc := codes.pop()):
                counts[cc] = counts.get(cc, 0) + 1
        return {cc: n for cc, n in counts.items() if n >= ANCHOR_COUNTRY_TOWNS}

    def _rescan(self, report: Report, existing: Source, path: str | None,
                analysis: Analysis | None = None) -> ReportResult:
        result = ReportResult(path, existing.source_id, "rescanned")
        have = {(c.site_id, c.quote) for c in self.cat.citations(source_id=existing.source_id)}
        have_spans = {(c.site_id, c.char_start) for c in
                      self.cat.citations(source_id=existing.source_id)}
        if analysis is None:
            analysis = self.analyse_report(report)
        with self.cat.transaction():
            for m in analysis.mentions:
                a, b = m.sentence
                if (m.site_id, report.text[a:b]) in have or (m.site_id, a) in have_spans:
                    continue
                have.add((m.site_id, report.text[a:b]))
                self._cite(m.site_id, existing.source_id, report.text, m.sentence)
                result.citations_added += 1
                if m.site_id not in result.sites_matched:
                    result.sites_matched.append(m.site_id)
        result.message = (f"already in the catalogue as source {existing.source_id!r}; "
                          f"rescanned: {result.citations_added} citation(s) added")
        return result

    def _cite(self, site_id: str, source_id: str, text: str, span: tuple[int, int]) -> None:
        a, b = span
        self.cat.add_citation(Citation(site_id, source_id, text[a:b], "existence", a, b))

    def _new_source(self, report: Report, meta: dict, kind, source_id) -> Source:
        note = None
        title = meta.get("title")
        if not title:
            if report.path is None:
                raise ValidationError("the report has no title: give one (--title)")
            title = " ".join(clean_text(report.path.stem).split())  # a name may hold escapes
            note = "Title taken from the file name: the document gives none."
        published = parse_date(meta.get("published"), "published")
        kind = kind or "other"
        if kind not in SOURCE_KINDS:
            raise ValidationError(f"kind must be one of {', '.join(SOURCE_KINDS)}; "
                                  f"got {kind!r}")
        if source_id is None:
            parts = [slugify(meta.get("publisher") or "", 24), published or "",
                     slugify(" ".join(title.split()[:6]), 40)]
            base = "-".join(p for p in parts if p) or "report"
            source_id, n = base, 2
            while self._source_exists(source_id):
                source_id, n = f"{base}-{n}", n + 1
        authors = meta.get("authors") or []
        return Source(source_id, title, list(authors), meta.get("publisher"), published,
                      meta.get("url"), None, kind, report.content_hash, note).validated()

    def _ensure_gazetteer_source(self, source_id: str) -> None:
        """The gazetteer a point came from, recorded once as a ``dataset`` source."""
        if self._source_exists(source_id):
            return
        _, title, publisher, url, notes = next(
            v for v in GAZETTEER_SOURCES.values() if v[0] == source_id)
        self.cat.add_source(Source(source_id, title, [], publisher, None, url, None,
                                   "dataset", None, notes))

    def _source_exists(self, source_id: str) -> bool:
        try:
            self.cat.get_source(source_id)
        except KeyError:
            return False
        return True


# Two cells of a table aligned with spaces: a gap of two spaces or more (or a tab) between
# words of a line; one at least of three or more (two may stand inside a name, see
# names._NAME_GAP)
_COLUMN_GAP = re.compile(r"\S(?:[ ]{2,}|\t)(?=\S)")


#: What a numbered part ("Site 31", "Pad 2") is a part of.
_PART_OF = frozenset({"launch site", "test site", "missile base"})
_PART_GATE = re.compile(r"(?:Site|Pad|Complex)[ \t]+(?:No\.?[ \t]*)?\d")


def _next_sentence(text: str, sentences: list[tuple[int, int]], i: int) -> str | None:
    """The sentence after sentence ``i`` when the same paragraph holds it (no blank line
    between), else None."""
    if i + 1 >= len(sentences):
        return None
    a, b = sentences[i + 1]
    if _BLANK_LINE.search(text, sentences[i][1], a):
        return None
    return text[a:b]


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
#: A sentence that opens on the base just named ("The base, which trains Tu-22M3 crews").
_THE_BASE_NEXT = re.compile(r"[ \t]*The[ \t]+(?P<air>air[ \t]*base|airfield)?(?(air)|base)\b"
                            r"(?![ \t]+(?:of|in|at|near)\b)")


def _camp_context(sentence: str, paragraph: str, text: str) -> str | None:
    """What a "Camp X" of a sentence is read with: its paragraph, and the report's lead when
    the paragraph says nothing of troops ("(4) Camp Ripley ... are heavily used by their own
    states" in an assessment of a Guard training center); None for no camp. (A French
    "camp de X" is read with its paragraph alone: "The camp du Larzac ... Since 2016 the
    camp has hosted the 13e demi-brigade". A bare "Base X" is read with both too: "Base Cid
    Campeador, in Castrillo del Val" is a Spanish army's in a report whose lead names its
    brigades; and a "PEF X", Brazil's frontier platoon in a report on its frontier.)"""
    if "Camp" not in sentence and "Base " not in sentence and "PEF " not in sentence:
        return paragraph if "camp d" in sentence else None
    return paragraph if "Base " not in sentence and "PEF " not in sentence and \
        speaks_of_troops(paragraph) else paragraph + "\n" + text[:_LEAD_CHARS]


def _paragraph(text: str, a: int, b: int) -> str:
    """The paragraph of ``text`` that holds the sentence ``a``..``b`` (between blank
    lines), at most 600 characters on either side of it."""
    start = text.rfind("\n\n", max(0, a - 600), a)
    end = text.find("\n\n", b, b + 600)
    return text[max(0, a - 600) if start < 0 else start:b + 600 if end < 0 else end]


def outside_other_names(findings: list[Finding]) -> list[Finding]:
    """The findings of one sentence but those inside another name another finding gives
    its site ("HMAS Stirling, also called Fleet Base West, on Garden Island": no "Fleet
    Base" of its own)."""
    named = [(g, o, o + len(t)) for g in findings for t, o in g.aliases]
    return [f for f in findings if not any(
        g is not f and o <= f.start and f.span_end <= e for g, o, e in named)]


def _without_shared_aliases(findings: list[Finding]) -> list[Finding]:
    """``findings`` without the other names that findings of different places both give:
    "RAAF Base Curtin (WA), ... and RAAF Base Learmonth (WA)" qualify two bases by their
    state, which names neither (it had made them one site)."""
    givers: dict[str, set[str]] = {}
    for f in findings:
        for t, _ in f.aliases:
            givers.setdefault(match_key(t), set()).add(match_key(f.name))
    shared = {k for k, places in givers.items() if len(places) > 1}
    if shared:
        for f in findings:
            f.aliases = [(t, o) for t, o in f.aliases if match_key(t) not in shared]
    return findings


#: Below a heading, the fields of a fact sheet or an infobox ("Other names: ...",
#: "Location: ..."), over a rule of "=" or "-" if one is drawn.
#: How much of a report's start is its title and lead (see ``about_the_atom``)
def _native_words_and_place(f: Finding) -> bool:
    """Whether a finding's full name is its place's name and the words of its kind in the
    country's language ("Ørland hovedflystasjon", "Vliegbasis Volkel"): a known site named
    after that place is the same site."""
    return f.full is not None and match_key(local_stem(f.full)) == match_key(f.name) and \
        local_stem(f.full) != f.full


_LEAD_CHARS = 600


def _written_as_a_place(text: str, name: str) -> bool:
    """Whether a report writes a name as a place something is at ("at Kalpakkam, about 60 km
    south of Chennai", "in Kalpakkam"): a town the gazetteer lacks, no facility's name."""
    return re.search(r"\b(?:at|in|near|outside|of|from)[ \t]+" + re.escape(name)
                     + r"(?![\w'’-])", text) is not None
_FIELDS_BELOW = re.compile(
    r"[ \t]*\n(?:[ \t]*[=\-_*#~]{3,}[ \t]*\n)*[ \t]*"
    # (a numbered field: "YPLM — RAAF Base Learmonth" over "2. Direction and distance from
    # city: about 34 km south of Exmouth")
    # (a sanctions list's "a.k.a.:" too)
    r"(?:\d{1,2}\.[ \t]+)?(?:[A-Z]|" + AKA + r")[\w ()/.-]{0,40}:[ \t]")


# A place's name and a second or third generation's numeral ("Kursk II", "Qinshan III")
_SECOND_PLANT = re.compile(r"(?<![\w'’-])(?P<place>[A-Z][a-zà-ÿ][\w'’-]*)[ \t](?:II|III)"
                           r"(?![\w'’-])")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
# An infobox: a heading line that is one name, over fields ("Other names: ...") to the first
# blank line, one of them its "Type:"
_INFOBOX = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})[ \t]*\n"
                      r"(?:[ \t]*[=\-_*#~]{3,}[ \t]*\n)?"
                      r"(?P<fields>(?:[ \t]*[A-Z][\w ()/.-]{0,30}:[ \t][^\n]*\n?){1,12})")
# A dateline in capitals opening a paragraph: the place, a state's or a country's words,
# a dash ("SCOTT AIR FORCE BASE, Ill. — ", "NAVAL STATION ROTA, Spain — ")
_DATELINE = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){1,6}),"
                       r"[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?[ \t]*(?:—|–|--)")
_TYPE_FIELD = re.compile(r"(?m)^[ \t]*Type:[ \t]*(?P<type>[^\n]+)")
#: A heading line (a name of one to five words, its other name in brackets) over a field
#: that gives a point: "WOODY ISLAND (Yongxing Dao)" over "Reference point: 16°49′58″N ..."
_LOCATED_HEADING = re.compile(
    r"(?m)^[ \t#*]*(?P<name>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,4})[ \t*]*"
    r"(?:\([^()\n]{1,60}\))?[ \t*]*\n[ \t]*" + POINT_LABELS + r"[ \t]*:[ \t]*(?P<point>[^\n]+)")
#: A Markdown heading: its level, a section's number, the title (a name, and another in
#: brackets: "### 2.3 Yeongjeo-dong (Yongjo-ri)")
_MD_HEADING = re.compile(r"(?m)^(#{1,6})[ \t]+(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                         r"(?P<title>[^\n]*?)[ \t]*$")
#: ... whose title is a name alone, or with another in brackets
_HEADING_NAME = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})"
                           r"(?:[ \t]*\((?P<alias>[A-Z][\w'’ .-]{1,40})\))?")
#: A section's first words that say the kind of the site its heading names ("The old
#: airfield in ...", "The main fighter base of ...")
_SECTION_OPENS_ON_KIND = re.compile(
    r"(?:The|This|An?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?P<kind>(?:air|naval|missile|army|"
    r"submarine|radar)[ \t]+(?:base|station)|airbase|airfield|airstrip|base|garrison|barracks|"
    r"depot|arsenal|shipyard|dockyard|reactor|launch[ \t]+site|test[ \t]+site)\b(?![ \t]*\n)")
#: ... not one at another named place ("The air base at Kacha has ...": Kacha's)
_AT_ANOTHER = re.compile(r"[ \t]+(?:at|of|near)[ \t]+(?:the[ \t]+)?[A-Z]")
#: ... whose first sentence says where it is: a point, a distance, a side, a province
_PLACED_WORDS = re.compile(r"\b(?:\d+(?:\.\d+)?[ \t]*(?:km|kilometres|kilometers|miles)|"
                           r"(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of|province|"
                           r"outskirts|near|outside|coast)\b", re.I)
#: A kind of site in the plural in a section's heading ("The operating bases", "Air bases")
_KIND_PLURAL = re.compile(r"(?P<kinds>(?i:(?:(?:missile|air|naval|operating|army|military|"
                          r"submarine|launch|test)[ \t]+)*(?:bases|airfields|air[ \t]+bases|"
                          r"garrisons|shipyards|depots|arsenals|silos|"
                          r"launch[ \t]+sites|test[ \t]+sites)))"
                          # (and what the section says of them: "The four bases of 1 June")
                          r"(?:[ \t]+(?:(?:of|on|in)[ \t]+\d[^\n]{0,20}|(?:struck|hit|attacked)"
                          r"\b[^\n]{0,30}))?[ \t]*$")
#: A region's last word: a sub-section of a province or a region's sites ("### Chagang
#: Province")
_REGION_WORDS = frozenset({"province", "provinces", "region", "regions", "oblast", "krai",
                           "state", "states", "county", "district", "prefecture",
                           "governorate", "islands", "coast", "front", "sector", "area"})
#: A sub-section's title that names no site ("### Overview")
_SECTION_WORDS = frozenset({"overview", "summary", "background", "introduction", "method",
                            "methods", "methodology", "conclusion", "conclusions", "notes",
                            "sources", "references", "assessment", "recommendations",
                            "appendix", "outlook", "history", "context", "findings",
                            "key findings", "other", "others", "imagery", "analysis"})
#: The last word of a feature an outpost stands on ("Woody Island", "Swallow Reef")
_FEATURE_LAST = re.compile(r"(?i:island|islet|isle|reef|shoal|cay|atoll|rock|bank|point|"
                           r"peninsula|hill|mountain|ridge|cape|head)$")
#: How far an entry under such a heading is read for what stands there
_ENTRY_CHARS = 700
#: What makes a located heading's entry an outpost's: troops, an air strip, weapons
_OUTPOST_WORDS = re.compile(
    r"\b(?:runways?|airstrips?|garrison(?:ed)?|barracks|helipad|hangars?|radars?|radomes?|"
    r"marines|troops|soldiers|detachment|missiles?|fighters|naval|military|bunkers?|"
    r"gun[ \t]+emplacements?)\b", re.I)


_LIST_LINE_MAX = 80  # the longest line a list of names holds


def _listed(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, a whole line, is an item of a list of short lines: the line
    right above or right below it (no blank line between) is short and ends with no
    punctuation of prose."""
    if a > 0 and text[a - 1] != "\n" or text[b:b + 1] not in ("\n", ""):
        return False
    above = text[text.rfind("\n", 0, max(a - 1, 0)) + 1:a - 1] if a > 0 else ""
    end = text.find("\n", b + 1)
    below = text[b + 1:end if end >= 0 else len(text)] if b < len(text) else ""
    return any(0 < len(line.strip()) <= _LIST_LINE_MAX
               and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))
               for line in (above, below))


def _capitalised(line: str) -> str:
    """A line in capitals written as a name is ("BELOYARSK NUCLEAR POWER PLANT" ->
    "Beloyarsk Nuclear Power Plant"), as long as the line; any other line as it is."""
    if not line.isupper():
        return line
    out = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), line)
    return out if len(out) == len(line) else line


def _spelled_out_below(text: str, headings: list[Finding], findings: list[Finding]
                       ) -> list[Finding]:
    """The section headings' sites whose first paragraph names a site of the same kind:
    "Reagan Test Site" over "The Ronald Reagan Ballistic Missile Defense Test Site (RTS), on
    Kwajalein Atoll, ...": the heading is a short form of the name the section spells out
    (not a site of its own)."""
    out = []
    for h in headings:
        line_end = text.find("\n", h.sentence[1])
        if line_end < 0:
            continue
        start = len(text) - len(text[line_end:].lstrip())
        if is_headline(text[start:text.find("\n", start) % (len(text) + 1)]):
            continue  # another heading right below: no paragraph of its own
        end = _BLANK_LINE.search(text, start)
        end = end.start() if end is not None else len(text)
        if any(start <= g.start < end and g.facility_type == h.facility_type
               # (a name of its own, which may spell the heading's out: not "Pituffik Space
               # Base" over "... the early-warning radar at J-Site", a thing at a place)
               and g.full is not None
               for g in findings):
            out.append(h)
    return out


_WORD = re.compile(r"[^\W_]+")
#: Troops' quarters, by any of their words
_QUARTERS = frozenset({"garrison", "barracks", "camp", "cantonment", "kaserne", "lines",
                       "post", "fort", "quarters"})
#: A facility's words of no kind, which may speak of any site ("the site", "the base")
_NO_KIND_WORDS = _ANY_FACILITY | {"station", "plant", "area", "centre", "center",
                                  "establishment", "depot", "works"}


#: A list's item in Title Case, its name before a dash and what it says after ("4. Moem
#: Barracks - Wewak, East Sepik", "- Black Rock Camp – Nadi").
_ITEM_NAME = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-*•])[ \t]+)?(?P<name>[^\W\d_][^\n]*?)"
                        r"[ \t]+[-–—][ \t]+[A-Z]")
def _spells_out_its_code(name: str) -> bool:
    """Whether a name is a code in capitals and the words it abbreviates, in small letters
    ("AIRB air base", "RDR radar station", "ARP aerodrome reference point"): a key's entry,
    not a site's name (not "PLA air base": an owner's letters, which those words do not
    spell).

    >>> _spells_out_its_code("NVB naval base"), _spells_out_its_code("PLA air base")
    (True, False)
    """
    code, _, rest = name.partition(" ")
    if not (2 <= len(code) <= 5 and code.isalpha() and code.isupper()) or \
            not rest or not rest.islower():
        return False
    letters = iter(rest.replace(" ", ""))
    return code[0].lower() == rest[0] and all(c in letters for c in code.lower())


#: A list of abbreviations and what they stand for
_GLOSSARY = re.compile(r"[ \t]*(?:Abbreviations|Acronyms|Glossary|Key)(?:[ \t]+used)?[ \t]*:",
                       re.I)
#: An aerodrome entry's heading: its ICAO code, a dash, the field's name ("YPLM — RAAF Base
#: Learmonth")
_CODE_DASH_NAME = re.compile(r"[ \t]*(?P<code>" + LOCATION_INDICATOR.pattern + r")[ \t]+[-–—][ \t]+"
                             r"(?P<name>[A-Z][^\n]*?)[ \t]*")


def _field_name_span(line: str) -> tuple[int, int] | None:
    """Where the name is in a field line that names a site (:data:`.sentences.NAME_FIELD`:
    "Name/Location: Votkinsk Machine Building Plant, Udmurt Republic")."""
    m = NAME_FIELD.match(line)
    return m.span("name") if m else None


_HEADED_NAME = re.compile(r"[ \t#*]*(?:\d{1,3}[.)][ \t]+|No\.[ \t]*\d{1,3}[ \t]+|"
                          # (an analyst's code of the item: "### N-01 Naval Base Karwar (INS
                          # Kadamba)"; not an airfield's, "K-55 Osan Air Base (Songtan)")
                          r"\(?[a-z]\)[ \t]+|" + ITEM_CODE.pattern + ")?"
                          r"(?P<name>[^(,\n]*[^(,\s])[ \t]*[(,]")


#: A heading that is a name after a list's mark ("  (a) Teykovo Missile Operating Base"
#: over "Location: 56°51′N 040°32′E"), or a register's number ("RUS1802. DEGTYAREV PLANT")
_MARKED_NAME = re.compile(r"[ \t]*(?:\([a-z\d]{1,3}\)|[a-z\d]{1,3}\)|[A-Z]{0,5}\d{1,6}\.|[-•*])"
                          r"[ \t]+"
                          r"(?P<name>\S(?:[^\n]*\S)?)[ \t]*")


def _marked_name_span(line: str) -> tuple[int, int] | None:
    """Where the name is in a heading of a list's mark and a name, nothing else."""
    m = _MARKED_NAME.fullmatch(line)
    return m.span("name") if m else None


def _record_name_span(line: str) -> tuple[int, int] | None:
    """Where the name is in a record's heading that opens with its label and number."""
    m = RECORD_NAME.fullmatch(line)
    return m.span("name") if m else None


def _headed_name_span(line: str) -> tuple[int, int] | None:
    """Where a heading's name is when a bracket or a comma follows it ("1. Tallow Air Base
    (清泉崗空軍基地), Taichung")."""
    m = _HEADED_NAME.match(line)
    return m.span("name") if m else None


#: A town's name right after "X Barracks", ending the line or the name ("Princess Royal
#: Barracks Gütersloh (North Rhine-Westphalia)", "| Normandy Barracks Leconfield |")
_TOWN_AFTER_BARRACKS = re.compile(r" ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
                                  r"(?=[ \t]*(?:[(|,;:*]|\n|$))")


def _without_field_label(f: Finding, sentence: str) -> Finding | None:
    """A finding without the label of the field on the next line that its name ran into
    ("Heavy Water Plant Tuticorin" over "Address: Tuticorin, Tamil Nadu", wrapped into one
    sentence), or None when no name is left; ``f`` itself when its last word is no such
    label (a heading's "Kesk Air Base: a history")."""
    end = f.span_end
    label = sentence.rfind("\n", f.span_start, end)
    if label < 0 or sentence[label:end].split() != [sentence[label:end].strip()] or \
            not sentence[label + 1:end].strip()[:1].isupper():
        return f
    cut = len(sentence[:label].rstrip())
    if f.full is not None and f.full_start is not None:
        if cut <= f.full_start:
            return None
        f.full, f.stop = sentence[f.full_start:cut], cut
    if f.end > cut:
        if cut <= f.start:
            return None
        f.place, f.end = sentence[f.start:cut], cut
    return f


#: An airport's word in French, Spanish or Portuguese ("aérodrome", "aeropuerto"): not a
#: facility word of ours, but what :func:`.descriptions.military_airports_in` reads too
_NATIVE_AIRPORT_WORD = re.compile(
    r"[Aa](?:[ée]rodrome|[ée]roport|eropuerto|eroporto|er[óo]dromo)\b")


def _item_name_span(line: str) -> tuple[int, int] | None:
    """Where the name of a list's item "N. Name - Place" is in its line, if it is one (or of
    an aerodrome entry's "CODE — Name", its ICAO code first: "YPLM — RAAF Base Learmonth")."""
    if (coded := _CODE_DASH_NAME.fullmatch(line)) is not None and \
            airfield_by_icao(coded.group("code")) is not None:
        return coded.span("name")
    m = _ITEM_NAME.match(line)
    if m is None:
        return None
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return None  # a heading in capitals: "PART C - INSTALLATIONS IDENTIFIED"
    return m.span("name")


def _aligned_row(sentence: str) -> bool:
    """Whether a line in Title Case is a table's row aligned with spaces ("1   Kestrel Air
    Base     Qatar     USAF"), not a heading: its cells are names, told apart by the gaps
    (at least two of them)."""
    inner = sentence.strip()
    return ("   " in inner or "\t" in inner) and len(_COLUMN_GAP.findall(inner)) >= 2


# A line break inside a hard-wrapped sentence (not under a rule of dashes: "-----\nX, the
# air base": a digest's item under its heading)
_WRAP = re.compile(r"(?<![-=_~*])\r?\n")


def _sentences_on_one_line(text: str, sentences: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks inside its sentences as spaces (see :func:`_one_line`):
    "in Inner\n  Mongolia's Ejin Banner" is read as written on one line."""
    if "\n" not in text:
        return text
    parts, at = [], 0
    for a, b in sentences:
        if text.find("\n", a, b) < 0:
            continue
        parts += [text[at:a], _one_line(text[a:b])]
        at = b
    return "".join(parts) + text[at:] if parts else text


def _one_line(sentence: str) -> str:
    """``sentence`` with its wrapping line breaks as spaces (of the same length)."""
    return _WRAP.sub(lambda m: " " * len(m.group()), sentence) if "\n" in sentence \
        else sentence


def _wrapped(report: Report) -> bool | None:
    return True if report.format == "pdf" else None


_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)")


def _words_after(word: str, text: str, low: str | None) -> Iterator[re.Match]:
    """Each capitalised word that follows ``word`` (in any case, as a whole word) in
    ``text``, as a match whose group 1 it is; ``low`` (:func:`.scan.lowered` of ``text``)
    lets an ASCII word be found by plain search.

    >>> [m.group(1) for m in _words_after("example", "Example Orbital; EXAMPLE Sergei", None)]
    ['Orbital', 'Sergei']
    """
    if low is None or not word.isascii():
        yield from re.finditer(rf"(?<!\w)(?i:{re.escape(word)})[ \t]+([A-Z][\w-]*)", text)
        return
    w = word.lower()
    i = low.find(w)
    while i >= 0:
        if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
            m = _NAME_AFTER.match(text, i + len(w))
            if m is not None:
                yield m
        i = low.find(w, i + 1)
