"""One analysed report written into the catalogue: citations, candidates, their locations.

:class:`ReportWriter` runs inside the report's transaction. It cites every known site the
report names, turns findings into candidate sites (one per facility however many times
the report names it), ties each statement of place to the site it is about, places each
candidate from all the statements about it (earlier reports' included), and cites every
statement it used with ``supports=location``.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import functools
import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..airfields import OTHER_FIELD_M, airfield_by_icao, airfield_radius_m, civil_x_field
from ..constraints import Area, ConflictError, Disc, distance_m, locate
from ..countries import countries as all_countries
from ..countries import country_code
from ..errors import CatalogError, ValidationError
from ..gazetteer import Entry, Match, NameIndex, Place, match_key, name_tokens
from ..lazy import lazy_module
from ..model import Alias, Citation, ReviewItem, Site, Source
from .candidates import GAZETTEER_SOURCES, candidate_id, iso2, iso3
from .descriptions import (
    FACILITY_ACRONYMS,
    NATIVE_BASE_WORDS,
    NUMBERED_COMMANDS,
    ONE_WORKS_MAKERS,
    SHIP_PREFIXES,
    kind_words_only,
)
from .locations import (
    BIG_CITY_POPULATION,
    CITY_DISTRICT,
    CITY_QUARTER,
    FACILITY_EXTENT_M,
    SUBJECT_NOUNS,
    SUBJECT_START,
    WELL_KNOWN_POPULATION,
    Anchor,
    Fact,
    Ref,
    Resolver,
    Statement,
    continues_subject,
    describes_another_thing,
    fold_letters,
    holds_parts,
    named_after_radius_m,
    names_its_kind,
    qualifier_after,
    spellings,
    stands_within,
    statements_in,
    stroked_key,
    subject_of,
)
from .names import (
    ARMS_MAKERS,
    CALLS_IT,
    FACILITY_PHRASE,
    KIND_ONLY_WORDS,
    NATIVE_STATION_ALTERNATIVES,
    NOW_NAMED_AFTER,
    ORDINAL,
    POWER_PLANT_WORDS,
    ROW_NUMBER_CELL,
    SCHOOL_HEADS,
    STOPWORDS,
    Finding,
    aliases_after,
    aliases_of_it,
    bracketed_countries,
    countries_in_order,
    country_after,
    country_of_word,
    facility_type_of,
    former_names,
    infobox_alias_lines,
    infobox_aliases,
    is_facility_word,
    is_tail_name,
    is_weapon_word,
    local_stem,
    located_countries,
    name_stem,
    names_a_power_plant,
    names_called_what,
    names_what_it_speaks_of,
    numbered_name,
    own_name,
    renamed_after,
    report_countries,
    stem_key,
)
from .placing import (
    HOME_SERVICES,
    LISTED,
    SERVICE_COUNTRY,
    SMALL_PLACE_POPULATION,
    Placement,
    disagree,
    holds,
    listed_as,
    listed_fact,
    named_after_fact,
    place,
)
from .scan import lowered
from .sentences import (
    AKA,
    MARKDOWN_HEADING,
    NAME_FIELD,
    RECORD_NAME,
    RULE_LINE,
    is_csv_row,
    is_headline,
    is_table_row,
    section_start,
    stripped_span,
)

# geopandas behind the province polygons loads only when a report needs them
regions = lazy_module("catalog.regions")



#: A gazetteer's code for a kind of feature, in capitals ("AIRB", "NVB", "MILB")
_KIND_CODE = re.compile(r"[A-Z]{2,5}")
#: A statement of place may go on about the site named this many sentences before it.
SUBJECT_REACH = 2
#: The most lines of one table row whose cells wrap (see ReportWriter._row_goes_on).
MAX_ROW_LINES = 8
#: "The complex sits ..." may go on about the site named this many sentences before it.
DEFINITE_REACH = 12
#: Coordinates may follow the site they place by this many sentences (infobox lines).
COORDINATE_REACH = 8
#: A place the site is named after with fewer people than :data:`SMALL_PLACE_POPULATION`
#: (a village) is taken for a namesake elsewhere when every place the report measures from
#: lies beyond this plus the named-after radius from it.
FAR_NAMESAKE_M = 150_000.0

#: The statements :meth:`ReportWriter._by_the_others` reads again, and how far beyond the
#: site's circle from the others (and the statement's own distance) the place may lie.
_REREAD = frozenset({"distance", "near", "in", "admin"})

NAMESAKE_SLACK_M = 30_000.0
#: What a works named after its town makes, between the town's name and "Plant" or
#: "Works" ("the Kharkiv Tractor Plant")
_WHAT_WORKS_MAKE = frozenset({"tractor", "machine", "machine-building", "aircraft", "motor",
                              "engine", "locomotive", "armoured", "armored", "tank",
                              "shipbuilding", "mechanical", "instrument", "radio", "optical",
                              "ammunition", "repair", "aviation", "automobile", "cartridge",
                              "gunpowder", "explosives", "electromechanical"})
#: How far from every place a report measures from a small place known by another name
#: must lie to be no site's namesake (see ReportWriter._write_new)
OTHER_NAME_ABROAD_M = 3_000_000.0
#: The words of the phonetic alphabet, which open codes ("Lima Site 85"), no places' names
_PHONETIC = re.compile(r"Alfa|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|"
                       r"Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|"
                       r"Tango|Uniform|Victor|Whiske?y|Yankee|Zulu")
#: How near the sites placed from its sentence a town measured from must lie to be their
#: neighbour (see :meth:`ReportWriter._namesake_by_its_neighbours`)
NEIGHBOUR_NAMESAKE_M = 150_000.0
#: A reference book's entry heading, a line of its own: a number, a name in capitals, its
#: other name in brackets ("4.05 KLUCZEWO (Штаргард)")
_ENTRY_HEADING = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]+"
                            r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’ .-]+(?:[ \t]+\([^()\n]*\))?[ \t]*")
#: At most this many new candidate sites from one report; the rest are dropped and listed
#: in the report's problems (issue 15: one 725 KB page proposed 20,000).
MAX_CANDIDATES = 200


#: A list's item opening with its name in bold alone on its line's start
_BOLD_ITEM_LINE = re.compile(r"(?m)^[ \t]*(?:\*\*|__)[^*_\n]{2,80}(?<!:)(?:\*\*|__)(?![ \t]*:)"
                             r"(?![^\n]*[.!?]\s)")
# (not a field's label in bold: "**Status:** under repair")
#: A region's or a sea's adjective: "Siberian", "Caspian", "Maltese", "Northern", "Baltic"
#: (not "Olavsvern", a name that ends like one)
_REGION_ADJECTIVE = re.compile(r"(?:ian|ean|ese)\Z|(?:North|South|East|West)ern\Z|"
                               r"\A(?:Baltic|Arctic|Atlantic|Pacific|Adriatic)\Z")


#: A rank or an honorific before a person's name a base bears, which the report may leave
#: out ("Base Aérea Coronel Hernán Acosta Mejía", "Base Aérea Hernán Acosta Mejía")
_TITLES = frozenset({"coronel", "general", "capitán", "capitan", "teniente", "almirante",
                     "mayor", "comandante", "sargento", "mariscal", "generalísimo",
                     "generalisimo", "colonel", "captain", "lieutenant", "major", "admiral",
                     "commander", "sergeant", "marshal", "brigadier", "shahid", "shaheed"})


def _untitled(name: str) -> str:
    """The match key of a name without its ranks and honorifics ("" for none left)."""
    return match_key(" ".join(w for w in name.split() if w.lower().strip(".,") not in _TITLES))


#: A research centre's words before its town ("the Centre de Recherche Nucléaire de
#: Draria"): the town is where it stands, no other name of it
_RESEARCH_WORDS = frozenset({"recherche", "recherches", "études", "etudes"})


@dataclass
class NewSite:
    """A candidate this report proposes: its findings, facts, other names and, once
    written, its id; ``same_as`` a known site the report says it is."""

    key: str
    findings: list[Finding]
    facts: list[Fact] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    site_id: str | None = None
    same_as: str | None = None
    #: named after a town abroad (an expedition's "Camp Phoenix"): that town's name alone
    #: is no other name of it
    named_abroad: bool = False

    @property
    def first(self) -> Finding:
        return self.findings[0]


#: A name inside a sentence: a capitalised word after a small one ("continue to Pointe")
_PROPER_NAME = re.compile(r"(?<=[a-z,][ \t])(?!(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)\b)"
                          r"[A-Z][a-zà-ÿ]")
#: A section's heading: its number, a name, another name in brackets ("1. HANGGIN BANNER
#: (ORDOS FIELD)")
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}[.)][ \t]+)?(?P<name>[^()\n]*[^()\s])"
                               r"(?:[ \t]*\([^()\n]{1,60}\))?")


class ReportWriter:
    """Writes one analysed report (see the module docstring). Use :meth:`run` once."""

    def __init__(self, ingester, text: str, source: Source, analysis, result,
                 countries: list[str], weights: dict[str, int] | None = None,
                 quoted: str | None = None):
        self.ing, self.cat = ingester, ingester.cat
        self.text, self.source, self.analysis, self.result = text, source, analysis, result
        # the text as the report wrote it, which citations quote (``text`` is the one read,
        # its words a hyphen broke over a line's end made whole in place)
        self.quoted = text if quoted is None else quoted
        self.countries = countries
        self.provinces = province_countries(analysis.statements)
        self.unnamed_provinces = [cc for cc in self.provinces
                                  if cc not in analysis.country_counts]
        self.resolver = Resolver(ingester.places_named, self._located_site, countries,
                                 regions, weights)
        self.resolver.report = text
        self.cited: set[tuple[str, str, tuple[int, int]]] = set()
        self.pending: list[Citation] = []  # written together at the end of :meth:`run`
        self.reviews: list[ReviewItem] = []  # ... and these
        self.new: dict[str, NewSite] = {}
        self.facts: dict[str, list[Fact]] = {}  # known site id -> facts from this report
        self.new_names: list[tuple[str, str]] = []  # (name, site_id) to index afterwards
        self.gazetteer_used: set[str] = set()
        self._by_sentence: dict[tuple[int, int], list] | None = None  # see _refs
        self._short_named: bool | None = None  # see _subject_by_short_name
        self._heading_keys: dict[tuple[int, int], str] | None = None  # see _headings
        self._full_headings: set[tuple[int, int]] = set()  # those of a site's whole name
        self._paragraph: list[int] | None = None  # see _paragraph_after
        # (findings counted, place key -> new sites named after it: see _named_after_another)
        self._places_named_after: tuple[int, dict[str, set[str]]] | None = None
        self._full_names: tuple[dict[str, str], re.Pattern | None] | None = None  # see
        # _by_full_names_in
        #: what this report changed in the ingester's memory, as it was before (see forget)
        self._saved: dict[tuple[int, str], tuple[dict, str, object]] = {}
        self._lower_words: set[str] | None = None  # see _common_word
        self._prose: str | None = None  # ... and the text without its addresses
        self._new_names: dict[str, str] | None = None  # see _new_site_named
        self._new_own_names: dict[str, str] = {}
        #: new sites folded into others: key -> the key it became part of (see _site_key)
        self.merged: dict[str, str] = {}
        self._anchors: list[Anchor] | None = None  # see _far_namesake
        self._anchor_facts: list[tuple[tuple[int, int], Anchor]] = []
        self.problem_later: list[str] = []  # for the site being written
        self._former: dict[tuple[int, int], set[str]] = {}  # see _former_keys
        self._items: tuple[list[int], list[str]] | None = None  # see _item_country
        self._blank_ends: list[int] | None = None  # see _paragraph_start
        self._headed_countries: dict[int, list[str]] = {}  # see _heading_countries
        self._sentence_of: dict[tuple[int, int], int] | None = None  # see _sentence_index
        self._anchors_measured: set[str] | None = None  # see _measured_from
        self._anchors_near: set[str] | None = None  # see _placed_from
        self._unit_names: set[str] = set()  # units based at a site (see _numbered_unit_of)
        self._bases_at: list[tuple[float, float, str]] = []  # see _base_at

    # -- helpers ------------------------------------------------------------------------
    def _keep(self, table: dict, key: str) -> dict:
        """``table`` (the ingester's sites, names or weighed statements), its entry
        ``key`` remembered as it is before this report first changes it."""
        if (id(table), key) not in self._saved:
            old = table.get(key)
            self._saved[id(table), key] = (table, key, copy.copy(old))
        return table

    def _put_site(self, sid: str, site: Site) -> None:
        self._keep(self.ing._sites, sid)[sid] = site

    def forget(self) -> None:
        """The report did not land: what it changed in the ingester's memory (sites,
        their names, the statements they were placed from) as it was before."""
        for table, key, old in self._saved.values():
            if old is None:
                table.pop(key, None)
            else:
                table[key] = old

    def _located_site(self, name: str) -> Site | None:
        sid = self.ing._site_of(name)
        site = self.ing._sites.get(sid) if sid else None
        return site if site is not None and site.located else None

    def cite(self, site_id: str, span: tuple[int, int], supports: str = "existence",
             note: str | None = None) -> None:
        if (site_id, supports, span) in self.cited:
            return
        self.cited.add((site_id, supports, span))
        a, b = span
        if (mark := MARKDOWN_HEADING.match(self.text, a, b)) is not None:
            a = mark.end()  # a heading's words, not its Markdown marks ("## Malmstrom")
        self.pending.append(Citation(site_id, self.source.source_id, self.quoted[a:b],
                                     supports, a, b, note))
        self.result.citations_added += 1

    def hold(self, site_id: str, reason: str, span: tuple[int, int]) -> None:
        """A known site's name matched where the sentence may not speak of it: not cited,
        but kept for review (``catalog review``; ``catalog cite-held`` cites it)."""
        a, b = span
        self.reviews.append(ReviewItem(site_id, self.source.source_id, "held mention",
                                       reason, self.text[a:b], a, b))
        self.result.held.append(f"{site_id}: {reason}: {self.text[a:b]!r}")

    def problem(self, site_id: str, reason: str, span: tuple[int, int] | None) -> None:
        """A statement about a site's place that could not be used: kept for review."""
        a, b = span if span and span[1] > span[0] else (None, None)
        self.reviews.append(ReviewItem(
            site_id, self.source.source_id, "location problem", reason,
            self.text[a:b] if a is not None else None, a, b))

    def _phrases(self, key: str, other: str) -> tuple[str, str] | None:
        """The facility words of the new site ``key`` and those of the site ``other`` (a
        known site's name), when the two are of one facility type; else None."""
        if self._type_of(key) != self._type_of(other):
            return None
        if other in self.new:
            return self.new[key].first.phrase, self.new[other].first.phrase
        site = self.ing._sites.get(other)
        return self.new[key].first.phrase, site.name if site is not None else ""

    def _same_post_as(self, key: str, other: str) -> bool:
        """Whether the new site ``key`` may be the site ``other`` by another name: the
        same facility type, and facility words of one kind ("radar station")."""
        if (pair := self._phrases(key, other)) is None:
            return False
        a, b = pair
        return _head(a) == _head(b) and (_same_post(a, b) or _head(a) not in _POST_HEADS)

    def _same_kind_as(self, key: str, other: str) -> bool:
        """Whether the new site ``key`` is of the kind of the site ``other``: the same
        facility type, and the facility words of one the last words of the other's ("air
        base" of "military air base"), or both words for an airfield."""
        if (pair := self._phrases(key, other)) is None:
            return False
        a, b = pair
        wa, wb = a.lower().split(), b.lower().split()
        short, long = sorted((wa, wb), key=len)
        return bool(short) and long[len(long) - len(short):] == short or (
            bool(wa and wb) and _airfield_words(a, b))

    def _served_first(self, key: str, countries: list[str]) -> list[str]:
        """``countries`` with that of the armed service whose letters open the site's name
        first ("RAF Waddington, just south of Lincoln" in a report on a Canadian airman:
        England's Lincoln, not Ontario's)."""
        site = self.ing._sites.get(key)
        name = self.new[key].first.site_name if key in self.new else \
            site.name if site is not None else ""
        served = SERVICE_COUNTRY.get(name.split()[0]) if name else None
        if served is None or countries[:1] == [served]:
            return countries
        return [served] + [c for c in countries if c != served]

    def _type_of(self, key: str) -> str:
        if key in self.new:
            return self.new[key].first.facility_type
        site = self.ing._sites.get(key)
        return site.facility_type if site else "other"

    def _item_of(self, pos: int) -> int:
        """The index of the item of a digest (see :func:`report_items`) that holds the
        text offset ``pos``; -1 before the first one, or in a report of none."""
        if self._items is None:
            items = report_items(self.text)
            self._items = ([a for a, _ in items], [cc for _, cc in items])
        return bisect.bisect_right(self._items[0], pos) - 1

    def _item_country(self, pos: int) -> str | None:
        """The country (ISO alpha-2) the item of a digest holding ``pos`` is headed by
        ("SOUTH AFRICA - KOEBERG LICENCE", "Bangladesh: first fuel at Rooppur"), if any."""
        i = self._item_of(pos)
        return self._items[1][i] if i >= 0 else None

    def _sentence_first(self, span: tuple[int, int]) -> list[str]:
        """:meth:`_item_first`, with the one country the sentence puts things in first ("In
        Ecuador, ... at Eloy Alfaro Air Base in Manta": Ecuador's Manta, not a Colombian
        village of that name)."""
        countries = self._item_first(span[1] - 1)
        lead = _COUNTRY_LEAD.match(self.text, span[0], span[1])
        cc = country_of_word(lead.group(1)) if lead is not None else None
        if cc is None:  # "In Mali, the pattern is similar. Gao airfield, about 5 km
            # south-east of the town, ...": the country the paragraph opens with
            para = self._paragraph_start(span[0])
            lead = _COUNTRY_LEAD.match(self.text, para, span[0]) if para < span[0] else None
            cc = country_of_word(lead.group(1)) if lead is not None else None
        if cc is None:  # "La Reina Centre (Chile; CCHEN), ... in the east of Santiago"
            bracketed = bracketed_countries(self.text, span[0], span[1])
            cc = bracketed.pop() if len(bracketed) == 1 else None
        if cc is None:  # "## Indian Ocean: Réunion and Madagascar" over "... 6 km east of
            # Saint-Denis": the countries of the section's heading (not Paris's Saint-Denis)
            headed = self._heading_countries(span[0])
            return headed + [c for c in countries if c not in headed]
        return [cc] + [c for c in countries if c != cc]

    def _heading_countries(self, pos: int) -> list[str]:
        """The countries the Markdown heading of the section holding ``pos`` names, in its
        order (none before the first heading)."""
        head = section_start(self.text, pos)
        if head == 0 and not MARKDOWN_HEADING.match(self.text, 0):
            return []
        if head not in self._headed_countries:
            end = self.text.find("\n", head)
            self._headed_countries[head] = countries_in_order(
                self.text[head:end if end >= 0 else len(self.text)])
        return self._headed_countries[head]

    def _paragraph_start(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` starts: after the last blank line before it,
        else (a page whose blocks are its lines) at its line's start. The blank lines are
        found once, not searched back for at every sentence."""
        if self._blank_ends is None:
            self._blank_ends = [m.end() for m in _BLANK_LINE.finditer(self.text)]
        i = bisect.bisect_right(self._blank_ends, pos) - 1
        return self._blank_ends[i] if i >= 0 else self.text.rfind("\n", 0, pos) + 1

    def _item_first(self, pos: int) -> list[str]:
        """The report's countries with that of the item holding ``pos`` put first: a
        place's name is looked up in the country of its own item before the others."""
        cc = self._item_country(pos)
        countries = self.resolver.countries
        return countries if cc is None else [cc] + [c for c in countries if c != cc]

    # -- the steps ----------------------------------------------------------------------
    def run(self) -> None:
        self.cite_mentions()
        self.collect_new_sites()
        self.tie_statements()
        self.join_new_sites()
        self.join_bare_cells()
        self.write_new_sites()
        self.update_known_sites()
        self.cat.add_citations(self.pending)  # one batch: thousands in a large report
        self.cat.add_review_items(self.reviews)

    def join_new_sites(self) -> None:
        """New sites the report gives one name in common ("call it simply the Arak heavy
        water reactor"), one named by the initials the report writes in brackets beside
        the other's name ("the Savannah River Site (SRS)" ... "the SRS site"), or two
        spellings of one place's name (see :meth:`_spelled_alike`) are one site: their
        findings, facts and names joined."""
        def names(ns):
            out = {match_key(f.site_name) for f in ns.findings}
            out |= {match_key(t) for f in ns.findings for t, _ in f.aliases}
            # a designation's own ("the SAFARI-1 reactor" is the unit "SAFARI-1")
            out |= {match_key(f.name) for f in ns.findings if f.parent is None
                    and _DESIGNATION.fullmatch(f.name)}
            # a name that puts its facility words first, by their initials ("Central
            # Ammunition Depot Pulgaon" is "CAD Pulgaon")
            out |= {match_key(f"{initials} {f.name}") for f in ns.findings
                    if f.named_first and f.full and (initials := "".join(
                        w[0] for w in f.phrase.split() if w[:1].isupper())) and len(initials) > 1}
            out |= {match_key(f.name) for f in ns.findings if f.parent is None and
                    _INITIALS.fullmatch(f.name.split()[0]) and len(f.name.split()) > 1}
            # a base's number ("the 4th Military Base in Tskhinvali" is the "4th Military Base")
            out |= {match_key(f.full) for f in ns.findings if f.full and f.parent is not None
                    and _ORDINAL_NAME.match(f.full)}
            return (out | {match_key(a) for a in ns.aliases}) - shared
        # an other name that sites of different places are each given names none of them: a
        # gazetteer's code for a kind, "Babushara airfield (AIRB)", "Kala air base (AIRB)"
        # (see also .ingester._without_shared_aliases, which sees the findings' own)
        givers: dict[str, list[set[str]]] = {}
        for ns in self.new.values():
            places = {match_key(f.name) for f in ns.findings}
            # (a short code in capitals only: two findings of one site named after two
            # places may share its other name, "IR-40", and are joined by it)
            for a in {match_key(a) for a in ns.aliases if _KIND_CODE.fullmatch(a)}:
                givers.setdefault(a, []).append(places)
        shared = {a for a, ps in givers.items()
                  if any(p.isdisjoint(q) for p, q in itertools.combinations(ps, 2))}
        for ns in self.new.values() if shared else ():
            ns.aliases = [a for a in ns.aliases if match_key(a) not in shared]
        order = list(self.new)
        in_sentence: dict[tuple[int, int], set[str]] = {}  # the new sites each names
        for k, ns in self.new.items():
            for f in ns.findings:
                in_sentence.setdefault(f.sentence, set()).add(k)
        for i, k in enumerate(order):
            if k not in self.new:
                continue
            for k2 in order[i + 1:]:
                if k2 not in self.new or not (names(self.new[k]) & names(self.new[k2])
                                              or _tail_named(self.new[k], self.new[k2])
                                              or _part_named_alone(self.new[k], self.new[k2])
                                              or self._acronym_of(k, k2)
                                              or self._spelled_alike(k, k2)
                                              or self._numbered_unit_of(k, k2, in_sentence)
                                              or self._part_at_place_of(k, k2)
                                              or self._air_base_at_the_other(k, k2)
                                              or _air_base_named_short(self.new[k],
                                                                       self.new[k2])
                                              or _air_bases_of_one_place(self.new[k],
                                                                         self.new[k2])
                                              or _army_posts_of_one_place(self.new[k],
                                                                          self.new[k2])
                                              or self._renamed(k, k2)):
                    continue
                keep, drop = k, k2
                if self._renamed(k, k2) == k2:
                    keep, drop = k2, k  # a renamed base keeps its name of today
                if _only_parts(self.new[k]):
                    keep, drop = k2, k  # the base keeps its name, not its shelters'

                if any(f.unit for f in self.new[k2].findings) and not any(
                        f.unit for f in self.new[k].findings):
                    keep, drop = k2, k  # a unit keeps its name and place ("SAFARI-1")
                a, b = self.new[keep], self.new.pop(drop)
                self.merged[drop] = keep
                a.findings += b.findings
                a.facts += b.facts
                a.aliases += b.aliases
                a.same_as = a.same_as or b.same_as
                if drop == k:
                    break

    def join_bare_cells(self) -> None:
        """A new site a table names by its place alone ("Almaraz" in a column headed
        "Plant") is the one site the report names after that place ("the Almaraz Nuclear
        Power Plant"), if there is one only."""
        for k in list(self.new):
            ns = self.new.get(k)
            if ns is None or not ns.findings or any(
                    f.site_name != f.name or f.full not in (None, f.name) for f in ns.findings):
                continue
            place = match_key(ns.findings[0].name)
            named = [k2 for k2, o in self.new.items() if k2 != k and any(
                match_key(f.name) == place and f.site_name != f.name and f.parent is None
                for f in o.findings)]
            if len(named) == 1:
                self._fold_into(k, named[0], ns.findings[0].sentence)

    def _makers_works(self, key: str) -> bool:
        """Whether a new site is an arms maker's works, named by the maker ("Nammo
        Vanäsverken", "MBDA Deutschland")."""
        return any(f.phrase in ARMS_MAKERS for f in self.new[key].findings)

    def _part_at_place_of(self, k: str, k2: str) -> bool:
        """Whether one of two new sites is only the shelters or hangars at the place the
        other is named after ("the new shelters being built at Engels" in a report naming
        Engels air base): the base's, not a site of their own."""
        a, b = self.new[k], self.new[k2]
        for part, whole in ((a, b), (b, a)):
            if _only_parts(part):
                places = {match_key(f.name) for f in part.findings}
                # (the place's words may close the whole's name: "Shelters at Gonggar" of
                # "Lhasa Gonggar Airport")
                if any(g.parent is None and not g.unit and g.phrase.lower() not in _PART_WORDS
                       and any(match_key(" ".join(g.name.split()[i:])) in places
                               for i in range(len(g.name.split())))
                       for g in whole.findings):
                    return True
        return False

    def _renamed(self, k: str, k2: str) -> str | None:
        """Of two new sites of one kind, the one named today when the other is set right
        after it as its old name ("PAF Base Nur Khan, the old Chaklala airfield") or right
        before it as what it is now ("Howard Air Force Base, now Panamá Pacífico
        airport"): one facility renamed. None when neither is."""
        a, b = self.new[k], self.new[k2]
        if not _same_kind(a.first.facility_type, b.first.facility_type):
            return None
        for (one, one_key), (other, other_key) in (((a, k), (b, k2)), ((b, k2), (a, k))):
            for f in one.findings:
                for rx, current in ((_FORMER_AFTER, one_key), (NOW_NAMED_AFTER, other_key)):
                    m = rx.match(self.text, f.span_end)
                    if m is not None and any(g.span_start == m.end() for g in other.findings):
                        return current
                # "Mitiga airbase, about 8 km east of central Tripoli, was the huge American
                # Wheelus Air Base until 1970": its name until then
                for g in other.findings:
                    if g.span_start > f.span_end and _WAS_THE.fullmatch(
                            self.text, f.span_end, g.span_start) and \
                            _UNTIL_YEAR.match(self.text, g.span_end):
                        return one_key
                # "Fort Hood, which had been Fort Cavazos since May 2023", "Fort Benning,
                # about 9 miles south of Columbus, Georgia, was Fort Moore for two years",
                # "Fort Gordon, south-west of Augusta, became Fort Eisenhower": one post
                for g in other.findings:
                    if g.span_start > f.span_end and (m := _HAD_BEEN.fullmatch(
                            self.text, f.span_end, g.span_start)) is not None and \
                            not _POSSESSIVE_S.search(self.text, g.span_end - 2, g.span_end + 3):
                        # (not "Fort Tallow was Fort Kesk's neighbour")
                        return one_key if m.group("before") or m.group("coming") \
                            else other_key
                # "Clear Air Force Station, ..., had a radar; it's now Clear Space Force
                # Station": its name of today said next, no other site named between
                for g in other.findings:
                    if 0 < g.span_start - f.span_end < _NOW_IT_IS_REACH and \
                            _NOW_IT_IS.search(self.text, f.span_end, g.span_start) and \
                            not _NOT_A_NAME_OF_TODAY.match(self.text, g.span_end) and not any(
                                f.span_end <= h.span_start < g.span_start
                                for ns in self.new.values() for h in ns.findings):
                        return other_key
        return None

    def _air_base_at_the_other(self, k: str, k2: str) -> bool:
        """Whether one of two new air bases is said to be at the other's airfield, or at the
        place the other is named after with the same words ("INS Utkrosh, at Port Blair
        airfield"; "Danilo Atienza Air Base at Sangley Point" and "Sangley Point Air Base"):
        one airfield by two names."""
        a, b = self.new[k], self.new[k2]
        if a.first.facility_type != "airbase" or b.first.facility_type != "airbase":
            return False
        for one, other in ((a, b), (b, a)):
            for f in one.findings:
                m = _AT_NAME.match(self.text, f.span_end)
                if m is None:
                    continue
                at = match_key(m.group(1))
                if any(match_key(g.site_name) in (at, at + match_key(f.phrase))
                       for g in other.findings):
                    return True
        return False

    def _sentence_index(self, span: tuple[int, int]) -> int | None:
        """The index of the sentence ``span`` among the report's (a dict built once)."""
        if self._sentence_of is None:
            self._sentence_of = {s: i for i, s in enumerate(self.analysis.sentences)}
        return self._sentence_of.get(span)

    def _in_its_town(self, f: Finding) -> bool:
        """Whether the sentence of a site named after its town puts it in that town right
        after the name ("Wonsan naval base, in the port of Wonsan", "Camp Asaka, in Asaka,
        Saitama Prefecture"): the town's name is the town's, no other name of the site."""
        i = self._sentence_index(f.sentence)
        if i is None:
            return False
        key = match_key(f.name)
        return any(st.kind == "in" and st.anchor and match_key(st.anchor) == key
                   and _SET_OFF_IN.fullmatch(self.text, f.span_end, st.start)
                   for st in self.analysis.statements[i])

    def _home_said_before(self, f: Finding, other: NewSite,
                          in_sentence: dict[tuple[int, int], set[str]]) -> bool:
        """Whether the sentence of the unit ``f`` opens "The airfield ... is home to the" and
        the sentence before names the base ``other`` and no other new site."""
        sentences = self.analysis.sentences
        i = self._sentence_index(f.sentence)
        if i is None:
            return False
        start = f.span_start
        return i > 0 and in_sentence.get(sentences[i - 1]) == {other.key} and \
            _THE_BASE_IS_HOME.match(self.text, f.sentence[0], start) is not None

    def _numbered_unit_of(self, k: str, k2: str, in_sentence: dict[tuple[int, int], set[str]]
                          ) -> bool:
        """Whether the second of two new air bases (``k2``) is named by its unit's number
        only ("the 32nd Tactical Air Base"), and only where the first is said to be its
        home ("Tallow Air Base, the home of the 32nd Tactical Air Base") or in the first's
        table row naming no third new site ("| Tallow Air Base | ... | 22nd Tactical Air
        Base; |"): one base. A unit "stationed" there ("Tallow air base, ..., where the
        50th Mixed Aviation Base is stationed") is one too, its name none of the base's
        (kept in ``_unit_names``). ``in_sentence`` gives the keys of the new sites each
        sentence names."""
        a, b = self.new[k], self.new[k2]
        if a.first.facility_type != "airbase" or b.first.facility_type != "airbase":
            return False
        unit, other = b, a  # the base named first keeps its name
        if not all(_ORDINAL_NAME.match(f.site_name) for f in unit.findings) or any(
                _ORDINAL_NAME.match(f.site_name) for f in other.findings):
            return False
        if all(in_sentence.get(f.sentence) == {unit.key} and self._home_said_before(
                f, other, in_sentence) for f in unit.findings):
            return True  # "... at Zahedan air base ... The airfield ... is home to the air
            # force's 10th Tactical Air Base"
        if not all(in_sentence.get(f.sentence) == {unit.key, other.key} for f in unit.findings):
            return False

        def said(rx, f):
            return any(g.sentence == f.sentence and g.span_end < f.start and rx.search(
                self.text[g.span_end:f.full_start or f.start]) for g in other.findings)
        if all(is_table_row(self.text[f.sentence[0]:f.sentence[1]]) or said(_HOME_OF, f)
               or said(_AIRCRAFT_OF_THE, f) for f in unit.findings):
            return True
        if all(said(_WHERE_THE, f) for f in unit.findings):
            self._unit_names |= {match_key(f.site_name) for f in unit.findings}
            return True
        return False

    def _initials_given(self, ns: NewSite) -> set[str]:
        """The initials the report writes in brackets or after "known as" beside a name of
        the new site ``ns`` ("the Savannah River Site ("SRS")", "OPAL (Open Pool
        Australian Lightwater reactor)": those before the name only when they are its
        words' initials)."""
        out = {a for a in ns.aliases if _INITIALS.fullmatch(a)}
        out |= {t for f in ns.findings for t, _ in f.aliases if _INITIALS.fullmatch(t)}
        for f in ns.findings:
            m = _INITIALS_AFTER.match(self.text, f.span_end)
            if m is not None:
                out.add(m.group(1) or m.group(2))
            start = f.full_start if f.full_start is not None else min(f.start, f.span_end)
            m = _INITIALS_BEFORE.search(self.text, max(0, start - 20), start)
            if m is not None and m.group(1) == _initials(f.site_name):
                out.add(m.group(1))
        return out

    def _acronym_of(self, k: str, k2: str) -> bool:
        """Whether one of two new sites of one kind is named by initials ("the OPAL
        research reactor", "the SRS site") the report gives the other (see
        :meth:`_initials_given`) or the other's place's words spell ("CCK was a US airlift
        base" after "Ching Chuan Kang Air Base")."""
        a, b = self.new[k], self.new[k2]
        if not _same_kind(a.first.facility_type, b.first.facility_type):
            return False

        def short(ns):
            return {f.name for f in ns.findings if f.full is None and f.parent is None
                    and _INITIALS.fullmatch(f.name)}
        def given(ns):  # (or its place's words' initials: "CCK" of "Ching Chuan Kang Air
            # Base", three letters at least)
            return self._initials_given(ns) | {i for f in ns.findings
                                               if len(i := _initials(f.name)) >= 3}

        sa, sb = short(a), short(b)
        return bool(sb and sb & given(a) or sa and sa & given(b))

    def _spelled_alike(self, k: str, k2: str) -> bool:
        """Whether two new sites are one place's name spelled two ways ("Kuçova Air Base",
        "Kuçovë Air Base"; "Mirny", "Mirnyy") with the same facility words: the names'
        words alike but for the last one's vowel ending (see :func:`_alike`), no
        number in them, and never named apart in one sentence ("Kuçova (also Kuçovë Air
        Base)" names one). "Sinpo" and "Sinpo South" are two."""
        a, b = self.new[k], self.new[k2]
        fa, fb = a.first, b.first
        if fa.parent is not None or fb.parent is not None or fa.unit or fb.unit or \
                fa.facility_type != fb.facility_type or \
                match_key(fa.phrase) != match_key(fb.phrase) and not (
                    names_a_power_plant(fa.site_name) and names_a_power_plant(fb.site_name)) \
                or not (_alike(fa.name, fb.name) or self._one_place(fa.name, fb.name)
                        or self._titled_alike(a, b)):
            return False
        for f in a.findings:
            for g in b.findings:
                if f.sentence == g.sentence and not _in_brackets_after(
                        self.text, min(f, g, key=lambda x: x.start),
                        max(f, g, key=lambda x: x.start)):
                    return False  # "Kursk and Kurska air bases": two
        return True

    def _titled_alike(self, a: NewSite, b: NewSite) -> bool:
        """Whether two new sites' names are one but for the rank or honorific one of them
        writes ("Base Aérea Coronel X", "Base Aérea X"; not "Almirante Grau" and "Capitán
        Grau", two titles), where what the report says of their places agrees."""
        na, nb = a.first.site_name, b.first.site_name
        ta = {w.lower() for w in na.split() if w.lower().strip(".,") in _TITLES}
        tb = {w.lower() for w in nb.split() if w.lower().strip(".,") in _TITLES}
        if (ta and tb) or not (ta or tb) or _untitled(na) != _untitled(nb):
            return False
        facts = [x for x in a.facts + b.facts if x.constraint is not None and not x.problem]
        return not (facts and disagree(facts))

    def _kind_at_place(self, f: Finding) -> str | None:
        """How the report writes a site named after its place with its kind's words first:
        "air base at Dire Dawa", "airport of Mekelle" (the site's name puts the place first);
        None when it writes it otherwise."""
        phrase = " ".join(f.phrase.split())
        for prep in ("at", "of", "in"):
            at = f.start - len(phrase) - len(prep) - 2
            if at >= 0 and " ".join(self.text[at:f.start].split()).lower() == \
                    f"{phrase} {prep}".lower():
                return " ".join(self.text[at:f.end].split())
        return None

    def _one_place(self, name: str, other: str) -> bool:
        """Whether two names are one GeoNames place's, spelled two ways ("Zaporizhzhia",
        "Zaporozhye": a plant named after each is one plant)."""
        if match_key(name) == match_key(other):
            return False  # (the same spelling: see join_new_sites)
        ids = {p.place_id for p in self.ing.places_named(name)}
        return bool(ids) and any(p.place_id in ids for p in self.ing.places_named(other))

    def cite_mentions(self) -> None:
        for m in self.analysis.mentions:
            if m.held:
                self.hold(m.site_id, m.held, m.sentence)
                continue
            self.cite(m.site_id, m.sentence)
            if m.site_id not in self.result.sites_matched:
                self.result.sites_matched.append(m.site_id)

    def collect_new_sites(self) -> None:
        """Findings grouped into one new site per facility: the same name, another name
        the report gives it ("X, also known as Y"), or the same place with facility words
        of the same kind ("a second site, known as Sino-ri" ... "the Sino-ri missile
        operating base"). Two findings sharing their facility words are one name (see
        :func:`_overlaps_joined`)."""
        alias_of: dict[str, str] = {}
        respelled: dict[str, str] = {}  # a key in American spelling -> the site's key
        for f in _overlaps_joined(self.text, self.analysis.findings):
            if (said := _another_name_said(self.text, f.sentence)) is not None and \
                    said[0] == f.site_name and any(
                        g.sentence[0] < f.sentence[0]
                        for ns in self.new.values() for g in ns.findings):
                continue  # "Cunningham Field, as the air station's runways are formally
                # known, ...": another name of a site named before (see tie_statements)
            key = match_key(f.site_name)
            key = alias_of.get(key) or (
                # a finding named after its place ("the Sinpo shipyard"), not one with a
                # name of its own ("Olenegorsk Radar Station" is not Olenya "(also Olenegorsk)")
                alias_of.get(match_key(f.name)) if f.full is None and f.parent is None
                else None) or key
            # an alias naming a known site: the finding is that site
            known = next((sid for t, _ in f.aliases if (sid := self.ing._site_of(t))), None)
            if known is not None:
                self.cite(known, f.sentence, "name",
                          note=f"The report also calls it {f.site_name!r}.")
                if known not in self.result.sites_matched:
                    self.result.sites_matched.append(known)
                continue
            if key in self.ing._sites:
                continue
            same = None if f.parent else (self.ing.site_by_stem(f.site_name, f.facility_type)
                                          or self._known_component(f))
            if same is not None:
                self.cite(same, f.sentence)
                self.add_alias(same, f.site_name, f.sentence)
                if same not in self.result.sites_matched:
                    self.result.sites_matched.append(same)
                continue
            if key not in self.new:  # "... Technology Centre" after "... Technology Center"
                key = respelled.get(_american(key), key)
            if key not in self.new and f.parent is None:
                for other in self.new.values():
                    g = other.first
                    if g.parent is None and _numbered_initials(g, f):
                        key = other.key  # "BA 118" of "Base aérienne 118 Mont-de-Marsan"
                        break
                    if g.parent is None and _stems_meet(_bare_stem(g.name),
                                                        _bare_stem(f.name)) and (
                            _same_kind(g.facility_type, f.facility_type)
                            # "Mayak remains a major reprocessing and isotope production
                            # centre": what the Mayak Production Association, works of the
                            # atom, is
                            or (g.described or f.described) and {
                                g.facility_type, f.facility_type} == {"production", "nuclear"}
                    ) and (not (
                            g.full and f.full) or _words_for_one_kind(g.phrase, f.phrase)) and not (
                            # (a place's bare "complex" that took one full name takes no other
                            # full name of another kind: "the Jiuquan complex", the Jiuquan
                            # Atomic Energy Complex, is not the Jiuquan Satellite Launch Center)
                            f.full and any(h.full and h.full != f.full and not _same_kind(
                                h.facility_type, f.facility_type) for h in other.findings)) and (
                            _same_head(g.phrase, f.phrase) or (
                            g.described or f.described)  # "Chkalovsk, ..., is the airfield"
                            or _same_post(g.phrase, f.phrase)
                            or _words_for_one_kind(g.phrase, f.phrase)
                            # "Ørland Air Station" and "the Ørland airport": one field
                            or g.facility_type == f.facility_type == "airbase"
                            and "airport" in (g.phrase.lower() + " " + f.phrase.lower())):
                        key = other.key
                        break
                    if g.parent is None and g.facility_type == f.facility_type == "airbase" \
                            and _city_and_name(g.name, f.name):
                        key = other.key  # "the Tashkurgan airport", "Tashkurgan Khunjerab
                        break  # Airport": a city's airport, and its own name after the city
            ns = self.new.setdefault(key, NewSite(key, []))
            respelled.setdefault(_american(key), key)
            ns.findings.append(f)
            for t, _ in f.aliases:
                alias_of.setdefault(match_key(t), key)
        if len(self.new) > MAX_CANDIDATES:
            # a flood of names (a gazetteer dump, a generated page): keep the first ones and
            # say which were dropped, rather than filling the review queue with them
            dropped = [ns.first.site_name for ns in list(self.new.values())[MAX_CANDIDATES:]]
            self.new = dict(list(self.new.items())[:MAX_CANDIDATES])
            shown = ", ".join(repr(n) for n in dropped[:10])
            self.result.problems.append(
                f"{len(dropped)} candidate site(s) beyond the first {MAX_CANDIDATES} of this "
                f"report were dropped: {shown}{', ...' if len(dropped) > 10 else ''}")
        for ns in self.new.values():
            # the most telling finding names the site: a full name, else a typed phrase
            # (and of two typed phrases at one place, the complex over its reactor)
            # (and a name in Title Case over one in capitals: "Helwan Air Base", not
            # "HELWAN AB")
            ns.findings.sort(key=lambda f: (f.full is None, f.facility_type == "other",
                                            _head(f.phrase) not in _GENERIC_HEADS,
                                            bool(f.full) and f.full.isupper()))

    def _known_component(self, f: Finding) -> str | None:
        """A known part of a site this report names, called by its own words alone: "the
        Radiochemical Laboratory" in a report on Yongbyon is the Yongbyon Radiochemical
        Laboratory the catalogue has."""
        named = {m.site_id for m in self.analysis.mentions if not m.held}
        if not named:
            return None
        tail = match_key(" ".join(f.site_name.split()))
        parts = (self.ing._sites.get(c) for p in named for c in self.ing.children(p))
        found = {s.site_id for s in parts
                 if s is not None and s.parent_site_id in named and s.review_status != "rejected"
                 and len(match_key(s.name)) > len(tail) and match_key(s.name).endswith(tail)}
        return found.pop() if len(found) == 1 else None

    def _refs(self, span: tuple[int, int]) -> list[Ref]:
        """The sites a sentence names: known sites' mentions, then new sites' findings."""
        refs = []
        named = self._names_by_sentence().get(span, ())
        # (a known site's name inside a new name that is all its own, or whose facility
        # words come first: "Escuela Militar" of "the Escuela Militar de Cadetes General José
        # María Córdova", another school; "Qasim" of "Army Aviation Base Qasim", not PNS
        # Qasim)
        whole = [(x.full_start, x.span_end) for key, x in named
                 if key in self.new and x.full is not None and (
                     x.name == x.full or x.named_first)]
        for key, x in named:
            if key is None:
                if not any(a <= x.start and x.end <= b and b - a > x.end - x.start
                           for a, b in whole):
                    refs.append(Ref(x.site_id, x.start, x.end))
            elif key in self.new:
                start = x.full_start if x.full_start is not None else min(x.start, x.span_end)
                named = x.full is None and x.parent is None
                refs.append(Ref(key, start, x.span_end,
                                x.start if named else None, x.end if named else None))
        if not refs and (key := self._headings().get(span)) is not None:
            return [Ref(key, span[0], span[1])]
        if not refs:
            refs = self._subject_by_short_name(span) or self._by_initials(span) or \
                self._by_aliases_in(span) or self._by_full_names_in(span)
        return refs

    def _by_full_names_in(self, span: tuple[int, int]) -> list[Ref]:
        """The new sites a sentence naming no site names in full, by a name of two words or
        more another sentence of the report found ("Readers sometimes ask about Camp Bucca,
        near Umm Qasr.", in a paragraph on a detention camp: the camp the report's list of
        bases named), as a known site's name is found wherever it stands."""
        if self._full_names is None:
            names: dict[str, str] = {}
            for key, ns in self.new.items():
                for f in ns.findings:
                    if len(f.site_name.split()) > 1:
                        names.setdefault(f.site_name.casefold(), key)
                    if f.full is None and f.parent is None and len(f.name.split()) > 1 and \
                            f.site_name != f.name and match_key(
                                self.text[f.start:f.start + len(f.site_name)]) != match_key(
                                f.site_name) and not self.ing.places_named(f.name):
                        # ("Zorba Arms" of a table's "Facility" column, its site "Zorba Arms
                        # base", a word the text does not write: "awarded to Zorba Arms, in
                        # Kitchener" is that site's; a place's name, "Port Harcourt" of "Port
                        # Harcourt base", is not; nor "Revolutionary Guards" of "the
                        # Revolutionary Guards missile base", an organisation's)
                        names.setdefault(f.name.casefold(), key)
            self._full_names = names, re.compile(
                r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                + r")(?![\w-])", re.I) if names else None
        names, rx = self._full_names
        if rx is None:
            return []
        refs = []
        for m in rx.finditer(self.text, span[0], span[1]):
            key = names.get(m.group().casefold())
            key = self._site_key(key) if key is not None else None  # (folded since: that one)
            if m.group()[:1].isupper() and key in self.new:
                refs.append(Ref(key, m.start(), m.end()))
        return refs

    def _named_next(self, span: tuple[int, int]) -> str | None:
        """The site the sentence ``span`` gives its name to what the sentence before spoke
        of ("Contractors named it the Pantex Ordnance Plant", "It was called Camp Kesk"),
        else None."""
        for ref in self._refs(span):
            if _NAMED_IT.fullmatch(self.text, span[0], ref.start):
                return ref.key
        return None

    def _by_aliases_in(self, span: tuple[int, int]) -> list[Ref]:
        """The new sites a sentence naming no site names by an alias a finding read in it
        ("**FOB Salerno**, on the edge of Khost, ... Forward Operating Base Salerno closed
        in 2013": the site the next sentence names in full)."""
        return sorted((Ref(key, at, at + len(a)) for key, ns in self.new.items()
                       for f in ns.findings for a, at in f.aliases
                       if span[0] <= at < span[1]), key=lambda r: r.start)

    def _headings(self) -> dict[tuple[int, int], str]:
        """The lines that are a new site's name and nothing else, in any case, which no
        finding reads (a heading is no sentence to find names in): a fact sheet's
        "RAAF Base Curtin" or "BELOYARSK NUCLEAR POWER PLANT" over the fields of that
        site ("Location: ...", "Other names: ...")."""
        if self._heading_keys is None:
            names: dict[str, str] = {}
            places: dict[str, set[str]] = {}
            # (its words in another order: "MOFFETT FIELD NAVAL AIR STATION" over the fields
            # of Naval Air Station Moffett Field)
            reordered: dict[tuple[str, ...], str] = {}
            for key, ns in self.new.items():
                for n in [f.site_name for f in ns.findings] + ns.aliases:
                    names.setdefault(match_key(n), key)
                    if len(words := _sorted_words(n)) >= 3:
                        reordered.setdefault(words, key)
                for f in ns.findings:
                    if f.full is None and f.parent is None:
                        places.setdefault(match_key(f.name), set()).add(key)
            full = set(names)
            for k, keys in places.items():  # "1. HANGGIN BANNER (ORDOS FIELD)" over the
                # section on the Hanggin Banner silo field: the place of one site alone
                if len(keys) == 1 and k:
                    names.setdefault(k, next(iter(keys)))
            self._heading_keys, self._full_headings = {}, set()
            for span in self.analysis.sentences:
                # (an infobox table's title row too: "| Kesk Naval Shipyard | |")
                line = self.text[span[0]:span[1]].strip(" \t#=*_|")
                if (record := RECORD_NAME.fullmatch(line)) is not None:
                    line = record.group("name")  # "RESOURCE 4-01   Nike Missile Site NY-56"
                elif (numbered := _NUMBERED_HEADING.fullmatch(
                        line[slice(*stripped_span(line))])) is not None:
                    line = numbered.group("name")
                if self._ruled_title(span):  # "PICATINNY ARSENAL     Region 2 | NPL: Final"
                    # between two rules: the name, and the record's cells a gap after it
                    line = _CELL_GAP.split(line, maxsplit=1)[0]
                if len(line) > 100:
                    continue
                key = names.get(match_key(line))
                if key is None and (key := reordered.get(_sorted_words(line))) is not None:
                    self._heading_keys[span] = key
                    self._full_headings.add(span)
                elif key is not None:
                    self._heading_keys[span] = key
                    if match_key(line) in full:
                        self._full_headings.add(span)
        return self._heading_keys

    def _paragraph_after(self, j: int, i: int, point: int) -> bool:
        """Whether sentence ``i`` is in a paragraph after that of sentence ``j`` (the last
        to name a site) and names something (no month) before its ``point`` (an offset),
        no field of a record: "After
        lunch we continue to Pointe du Hoc ... the visitor centre is at N 49°23.78′ W
        0°59.35′" is the headland's point, not that of the battery named a paragraph
        before."""
        if self._paragraph is None:
            self._paragraph = _paragraph_starts(self.text, self.analysis.sentences)
        first = self._paragraph[i]
        # (not under a heading that names the site: "1. HANGGIN BANNER (ORDOS FIELD)")
        return first > j and self.analysis.sentences[j] not in self._headings() and \
            not _FIELD_LABEL.match(self.text, self.analysis.sentences[i][0]) and \
            _PROPER_NAME.search(self.text, self.analysis.sentences[first][0] + 1,
                                point) is not None

    def _first_paragraph_under(self, heading: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether sentence ``span`` is in the first paragraph under ``heading``, a line of
        its own that is a site's whole name (see :meth:`_headings`), not a run-in heading's
        ("KAGNEW STATION. United States Army ..." names its site in its own paragraph)."""
        if heading not in self._headings() or heading not in self._full_headings or \
                not self.text[heading[1]:heading[1] + 2].lstrip(" \t").startswith("\n"):
            return False
        return not any(p.strip() for p in _BLANK_LINE.split(self.text[heading[1]:span[0]])[:-1])

    def _by_initials(self, span: tuple[int, int]) -> list[Ref]:
        """The new sites a sentence naming no site names by the initials the report gave
        them before ("the National Nuclear Center (NNC)" ... "The NNC's institutes are in
        the town of Kurchatov")."""
        initials = [(a, key) for key, ns in self.new.items() for a in ns.aliases
                    if _INITIALS.fullmatch(a)]
        if not initials:
            return []
        sentence = self.text[span[0]:span[1]]
        refs = []
        for a, key in initials:
            if a in sentence:
                for m in re.finditer(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", sentence):
                    refs.append(Ref(key, span[0] + m.start(), span[0] + m.end()))
        return sorted(refs, key=lambda r: r.start)

    def _names_by_sentence(self) -> dict[tuple[int, int], list]:
        """Each sentence's mentions and findings, gathered once (a report has hundreds of
        sentences); a new site folded into another since is left out by :meth:`_refs`."""
        if self._by_sentence is None:
            by: dict[tuple[int, int], list] = {}
            for m in self.analysis.mentions:
                if not m.held:
                    by.setdefault(m.sentence, []).append((None, m))
            for key, ns in self.new.items():
                for f in ns.findings:
                    if not f.unit:  # a unit ("TAPS-1") is placed by its parent alone
                        by.setdefault(f.sentence, []).append((key, f))
            self._by_sentence = by
        return self._by_sentence

    def _subject_by_short_name(self, span: tuple[int, int]) -> list[Ref]:
        """A sentence that opens with the place a new site is named after and speaks of a
        facility ("Chkalovsk, about 10 km northwest of the city of Kaliningrad, is the main
        airfield ...") is about that site."""
        if self._short_named is None:
            self._short_named = any(f.parent is None and (f.full is None or f.named_first)
                                    for ns in self.new.values() for f in ns.findings)
        m = _OPENING_NAME.match(self.text, span[0], span[1]) if self._short_named else None
        if m is None:
            return []
        opening = match_key(m.group(1))
        words = m.group(1).split()
        # "AWE Aldermaston, beside the town of Tadley ...", "RAF Mildenhall, ...": the whole
        # name of a site whose facility words come first (a wrapped line the naming did
        # not read again); "AWE Burghfield, ..." of the Burghfield facility: its place
        # after an acronym such as the report's other sites go by
        for key, ns in self.new.items():
            if any(f.parent is None and (
                    f.named_first and match_key(f.site_name) == opening
                    or f.full is None and len(words) > 1 and _ACRONYM.fullmatch(words[0])
                    and match_key(" ".join(words[1:])) == match_key(f.name))
                   for f in ns.findings):
                return [Ref(key, m.start(1), m.end(1))]
        # "Barksdale Air Force Base, ..." of the Barksdale base: the place, then facility
        # words
        bare = {match_key(" ".join(words[:n])) for n in range(1, len(words))
                } if is_facility_word(words[-1]) else set()
        for key, ns in self.new.items():
            if any(f.parent is None and f.full is None and match_key(f.name) == opening
                   for f in ns.findings) and FACILITY_PHRASE.search(
                    self.text, span[0], span[1]) or any(
                    f.parent is None and f.full is None and match_key(f.name) in bare
                    for f in ns.findings):
                return [Ref(key, m.start(1), m.end(1))]
        return []

    def _row_goes_on(self, first: int, i: int) -> bool:
        """Whether sentences ``first + 1`` to ``i`` are all the next lines of the table row
        ``first`` opens, its first cell empty (cells wrapped over several lines)."""
        sentences = self.analysis.sentences
        return i - first <= MAX_ROW_LINES and all(
            _CONTINUED_ROW.match(self.text, *sentences[j])
            and self.text.count("\n", sentences[j - 1][1], sentences[j][0]) == 1
            for j in range(first + 1, i + 1))

    def _named_by_opening(self, span: tuple[int, int]) -> tuple[re.Match | None, list[str]]:
        """The match of a sentence that opens with a name and a verb of place ("Coningsby
        lies ...", "Igam is on the outskirts of ..."), and the new sites named after that
        name (by their place's words)."""
        m = _OPENING_LIES.match(self.text, span[0], span[1])
        if m is None:
            return None, []
        opening = match_key(m.group(1))
        return m, [key for key, ns in self.new.items()
                   if any(f.parent is None and match_key(f.name) == opening
                          for f in ns.findings)]

    def _short_name_lies(self, span: tuple[int, int], key: str) -> list[Ref]:
        """The new site ``key`` when the sentence opens with the place it is named after and
        a verb of place ("Coningsby lies about 30 km east-south-east of Lincoln" after "RAF
        Coningsby"), else nothing."""
        m, keys = self._named_by_opening(span)
        return [Ref(key, m.start(1), m.end(1))] if m is not None and key in keys else []

    def _lone_short_name_lies(self, span: tuple[int, int]) -> list[Ref]:
        """The one new site named after the word a sentence opens with before a verb of
        place, when no gazetteer place bears that word ("Igam is on the outskirts of Lae",
        anywhere after "Igam Barracks"), else nothing."""
        m, keys = self._named_by_opening(span)
        if m is None or len(keys) != 1 or self.ing.places_named(m.group(1)):
            return []
        return [Ref(keys[0], m.start(1), m.end(1))]

    def tie_statements(self) -> None:
        """Each statement of place, and each other name a sentence gives, to the site it
        is about (see :func:`catalog.ingest.locations.subject_of`): the site named before
        it in its sentence, else after it, else the one a sentence starting "It ..." or
        "The base ..." goes on about."""
        recent: list[tuple[int, str]] = []  # (sentence index, the one site it named)
        named: list[tuple[int, str]] = []  # (sentence index, a site it named), in text order
        subject = self._document_subject()
        titled = subject if subject is not None and self._in_title(subject) else None
        sentences = self.analysis.sentences
        paragraph: list[int] = []  # see _paragraph_starts, made when first needed
        row_site: tuple[int, str] | None = None  # (sentence, site) of a table row's lines
        part = None  # the site the last heading line named: a fact sheet's part's site
        unknown = -1  # the last sentence opening with a facility no site of the report is
        item = -1  # the item of a digest the sentences are in (see report_items)
        row_ids: dict[str, str] = {}  # a table row's number: the site the row names
        for i in self._sentences_to_tie():
            span = sentences[i]
            if (at := self._item_of(span[1] - 1)) != item:
                # a digest's next item ("2. BANGLADESH - FIRST FUEL AT ROOPPUR"): "The
                # station ..." and "It ..." no longer go on about the sites of the one before
                item = at
                unknown = i - 1
                recent.clear()
            refs = self._refs(span)
            # a section's first point is not that of the site the section before named
            # ("## Garching\nGermany's neutron source, FRM II, ... (48.266, 11.677)")
            headed = bool(recent) and self._headed_between(recent[-1][0], i)
            if (rid := ROW_NUMBER_CELL.match(self.text, span[0], span[1])) is not None:
                # a table's rows and the notes under it by the rows' numbers ("NB-10  Værnes
                # Air Station  NOR ..."; "NB-10  Just south of Stjørdalshalsen"): a note
                # speaks of the site its number's row names
                if len({r.key for r in refs}) == 1:
                    row_ids.setdefault(rid.group(1), refs[0].key)
                elif not refs and rid.group(1) in row_ids:
                    refs = [Ref(row_ids[rid.group(1)], rid.start(1), rid.end(1))]
            if span in self._headings():
                part = self._headings()[span]
            page = part if part in self.new else subject
            if not refs and recent and recent[-1][0] == i - 1:
                # "... at RAF Brize Norton. Brize Norton lies just south-east of ...": the
                # site the sentence before named, by the place it is named after
                refs = self._short_name_lies(span, recent[-1][1])
            if not refs:
                # "Igam is on the outskirts of Lae" paragraphs after "Igam Barracks": the one
                # site named after a word no gazetteer place bears
                refs = self._lone_short_name_lies(span)
            keys = {r.key for r in refs}
            sentence = self.text[span[0]:span[1]]
            last = recent[-1][1] if recent and i - recent[-1][0] <= SUBJECT_REACH else None
            goes_on = continues_subject(sentence)
            own_noun = False  # "The airport lies ...": see _OWN_NOUN_START
            if not goes_on and (m := _OWN_NOUN_START.match(sentence)) is not None:
                # only of the last site named with that word in its name (an airport, a
                # camp may be anything's)
                noun = " ".join(m.group(1).lower().split())
                own = next((k for j, k in reversed(named) if i - j <= DEFINITE_REACH
                            and j > unknown and self._named_so(sentence, k, noun.split()[-1])
                            and (" " not in noun or self._named_with(k, noun)
                                 and not self._another_of_kind(noun, j, i))), None)
                if own is not None and (last is None or own == last):
                    own_noun, last = True, own
            row = None  # whether the sentence is a table's row, asked when needed
            if not refs and (self._opens_with_another_facility(span) or (
                    recent and self._item_began_since(sentences[recent[-1][0]][0], span))
                    or self._opens_a_record(span)):
                # "Vandenberg Space Force Base, on the coast ...", a facility the report
                # does not make a site of: what follows is about it, not the sites before
                # (nor is a register's next record, "Item 5. Auxiliary airstrip ...", with
                # its "Location: ..." fields)
                unknown = i
                recent.clear()
                last = None
            if goes_on and names_its_kind(sentence):
                # "The site, ..., lies ...": the last site named with that word for its
                # own ("the Marcoule Nuclear Site", not the reactors named after it); in
                # the paragraph of the last site named, if that is this one (a digest's
                # next item is about another plant)
                if last is not None and not paragraph:
                    paragraph = _paragraph_starts(self.text, sentences)
                since = (paragraph[i] if last is not None and recent[-1][0] >= paragraph[i]
                         else unknown + 1)
                own = next((k for j, k in reversed(named) if i - j <= DEFINITE_REACH
                            and j >= since and j > unknown and self._named_so(sentence, k)),
                           None)
                last = own or last
            if goes_on and last is None and names_its_kind(sentence):
                # "The complex sits ...", paragraphs after its name: the last site named
                # whose kind the words fit
                last = next((k for j, k in reversed(named) if i - j <= DEFINITE_REACH
                             and j > unknown and self._kind_fits(sentence, k)), None)
            if goes_on and last is None and titled is not None and unknown < 0 and (
                    not named or named[-1][1] == titled):
                # "It lies ..." paragraphs below the title and infobox of a page about one
                # site, no other site named since: that site
                last = titled
            if not refs and (said := _another_name_said(self.text, span)) is not None:
                # "Faslane, as the base is universally known, sits ...": the last site
                # named with that word (or whose kind it fits), by another name
                words = "The " + said[1]
                # ("LedR, as it is known, ...": "it" is what the sentence before named, not
                # a site of the paragraph before, which that sentence's unit is not)
                reach = 1 if _AS_IT_IS_KNOWN.match(self.text, *span) else DEFINITE_REACH
                k = next((k for j, k in reversed(named) if i - j <= reach
                          and j > unknown and self._named_so(words, k)), None) or next(
                    (k for j, k in reversed(named) if i - j <= reach
                     and j > unknown and self._kind_fits(words, k)), None)
                if k is not None:
                    self.add_alias(k, said[0], span)
                    refs = [Ref(k, said[2], said[2] + len(said[0]))]
                    keys = {k}
            for st in self.analysis.statements[i]:
                if describes_another_thing(self.text, st, refs):
                    continue  # "... Imam Khomeini International Airport near Tehran"
                if st.kind == "in" and st.anchor_start is not None and any(
                        r.key in self.new and r.place_start is None
                        and r.start < st.anchor_end and st.anchor_start < r.end
                        for r in refs):
                    continue  # "works at RAF Lakenheath, like those at ...": a site's name
                key = subject_of(st, refs, self.text)
                if key is not None and st.kind == "in" and st.anchor and not any(
                        r.key == key and 0 <= st.start - r.end <= 3 for r in refs) and \
                        self._named_after_another(st.anchor, key) and len({
                            match_key(o.anchor) for o in self.analysis.statements[i]
                            if o.kind == "in" and o.anchor
                            and self._named_after_another(o.anchor, key)}) >= 2:
                    continue  # "Gove airfield is now the regional airport ... ordnance at
                    # Iron Range and fuel at Milingimbi": the airfields the report names
                    # after those places, not where the sentence's subject is (but "works
                    # at Testmash or at its neighbour, the Testovka repair yard": near it)
                if key is None and st.extra.get("field"):
                    # "Address: Tula, Russian Federation": of the record it stands in, if
                    # a site's (not a contact's block under a news story)
                    if not (recent and not headed and i - recent[-1][0] <= COORDINATE_REACH
                            and self._in_record(sentences[recent[-1][0]], span)):
                        continue
                    key = recent[-1][1]
                if refs and is_csv_row(sentence):
                    # a data export's row: its fields are its first name's ("3,Lanud Raden
                    # Sadjad,...,3.9087,108.3880,,Ranai airport"), not the runway it shares
                    key = min(refs, key=lambda r: r.start).key
                if key is not None and goes_on and last and key != last and \
                        _only_named_after(st, refs):
                    # "The plant, located ... west of Ruwais, sits ... to cool its four
                    # X reactors": the sentence's subject, not a site its end names
                    key = last
                if key is None and is_csv_row(sentence):
                    continue  # a data export's row speaks of its own site, or of none: not
                    # of the site the row before named
                if key is None and row is None:
                    row = is_table_row(sentence)
                if key is None and row and not keys and row_site is not None and \
                        self._row_goes_on(row_site[0], i):
                    # a wrapped cell's next line ("|    |  | 4.5 km north-east of Pápa; |"):
                    # of the site the row's first line names
                    key = row_site[1]
                if key is None and row and not (keys or _field_row(sentence)):
                    continue  # a table's row speaks of its own site, named in it, or none
                if key is None and row:
                    # a boxed infobox's field ("| Coordinates  25°48′S ... |"): of the
                    # site its title row names, or the page's
                    key = (recent[-1][1] if recent and i - recent[-1][0] <= COORDINATE_REACH
                           else subject)
                    if key is None:
                        continue
                if key is None and not refs and named and named[-1][0] == i - 1 and \
                        self._cut_from(i):
                    # "- the X Reactor (RSG-GAS), the largest research reactor in\n
                    # Indonesia, at ... in Serpong": a line's end cut the sentence before
                    # the statement; the site its first part named last
                    key = named[-1][1]
                if key is None and not refs and i + 1 < len(sentences) and \
                        "\n\n" not in self.text[span[1]:sentences[i + 1][0]]:
                    # "The War Department chose a tract about 17 miles northeast of downtown
                    # Amarillo for a loading plant. Contractors named it the Pantex Ordnance
                    # Plant": the site the next sentence names it
                    key = self._named_next(sentences[i + 1])
                if key is None and st.kind == "coordinates" and not refs and (
                        whose := _POSSESSIVE_POINT.search(self.text, span[0], st.start)):
                    # "[A previous version gave Tamanhint's position as 27°14′24″N ...]":
                    # the point of what the possessive names, if a site of the report, and
                    # no other site's
                    key = self._report_site_named(whose.group("name"), short=True)
                    if key is None:
                        continue
                if key is None and st.kind == "coordinates" and not refs and (
                        other := self._names_another_facility(
                            sentences[recent[-1][0]][1] if recent and recent[-1][0] < i
                            else span[0], st.start, recent[-1][1] if recent else None)):
                    if other is True:
                        continue  # "the Norilsk-Alykel airport, ... at 69°18.7′N 87°19.9′E"
                        # (or the sentence before: "Marib airport ... A picture of the
                        # field captioned ..."): its point, not that of a site named before
                    key = other  # "Kinmen Shang-Yi Airport (24.4279, 118.3590)", a site the
                    # report names again later: its point
                if key is None and st.kind == "coordinates" and (
                        ahead := _NAME_RIGHT_BEFORE.search(self.text, max(span[0],
                                                                          st.start - 60),
                                                           st.start)) is not None:
                    # "Station positions: Casey 66°17′S 110°32′E; Davis 68°35′S 77°58′E":
                    # each point after a short name of one of the report's sites
                    key = self._report_site_named(ahead.group(1), short=True)
                if key is None and st.kind == "coordinates" and not refs and \
                        self._opens_with_another_name(sentence, last or (
                            recent[-1][1] if recent else subject)):
                    continue  # "Shigatse Tingri, on the plateau ..., at 28°36.15′N ...":
                    # the point of what the sentence names first, not the last site's
                if key is None and st.kind == "coordinates" and not refs and \
                        not _PLACE_FIELD.match(sentence) and \
                        (before := _NAME_THEN_BRACKET.search(
                            self.text, max(span[0], st.start - 80), st.start)) and \
                        not self._names_a_site(before.group().rstrip(" \t(")) and \
                        self._report_site_named(before.group().rstrip(" \t("), True) is None:
                    continue  # "the gravel strip Jan Mayensfield (70.9611, -8.5758)": the
                    # point of what the name before it names, no site of the report (not
                    # a field's saying where its site is: "Location: ... of Potsdam,
                    # Brandenburg (52°27′25″N 13°03′50″E)")
                if key is None and last and (
                        (st.kind == "coordinates" and not headed and not (
                            recent and self._paragraph_after(recent[-1][0], i, st.start)))
                        or goes_on or own_noun):
                    key = last
                    if not (goes_on or own_noun or refs or _FIELD_LABEL.match(sentence)):
                        # a point in a sentence that names no site, said after the last
                        # site named: its own only as far as the text goes (see placing)
                        st = dataclasses.replace(st, extra={**st.extra, "after_last": True})
                if key is None and not refs and recent and recent[-1][0] == i - 1 and \
                        self._run_in_head(sentences[i - 1], span):
                    # "Fort Shafter. Headquarters of U.S. Army Pacific, about 5 km north-west
                    # of downtown Honolulu.": a paragraph opening on the site's name alone
                    # goes on about it
                    key = recent[-1][1]
                if key is None and recent and i - recent[-1][0] <= COORDINATE_REACH and (
                        (st.kind == "coordinates" and not headed
                         and not self._paragraph_after(recent[-1][0], i, st.start))
                        or (not refs and not headed and _PLACE_FIELD.match(sentence))):
                    # an infobox, a fact sheet: "Coordinates:", "Location: about 40 km
                    # south-east of Derby" a few lines below the site's name
                    key = recent[-1][1]
                    if st.kind == "coordinates" and not refs and \
                            not _FIELD_LABEL.match(sentence):
                        st = dataclasses.replace(st, extra={**st.extra, "after_last": True})
                if key is None and not refs and not headed and recent and \
                        i - recent[-1][0] <= COORDINATE_REACH and \
                        _FIELD_LABEL.match(sentence) and \
                        self._record_heading(sentences[recent[-1][0]], span):
                    # any field of a record under the line naming its site, in its block:
                    # "TOUL-ROSIÈRES AIR BASE (1955–1967)" over "Born: 1955, some 12 km
                    # north-east of Toul."
                    key = recent[-1][1]
                if key is None and st.kind == "coordinates" and not keys and unknown < 0 and \
                        subject is not None and self._names_another_facility(
                            sentences[i - 1][0] if i else span[0], st.start, subject) is False:
                    key = subject  # (not "Marib airport, ... A picture of the field
                    # captioned '15.4692 N, 45.3269 E'" in a timeline that opens on a base)
                if key is None and not refs and recent:
                    # "7. **George Air Force Base, California.** Close. *Disposal note:*
                    # about 11 km north-west of Victorville": a list's item, on one line,
                    # goes on about the site it opens with
                    key = self._item_opened_by(sentences[recent[-1][0]], span, recent[-1][1])
                if key is None and not refs and recent and recent[-1][0] == i - 1 and \
                        self._value_goes_on(sentences[i - 1], span, recent[-1][1]):
                    # "3. INSTALLATION AND LOCATION: Forbes Field Air National Guard Base"
                    # over "   about 11 km south of Topeka, Kansas": a form's field, its value
                    # wrapped to an indented line
                    key = recent[-1][1]
                if key is None and not refs and not headed and recent and \
                        i - recent[-1][0] <= COORDINATE_REACH and \
                        self._first_paragraph_under(sentences[recent[-1][0]], span):
                    # "### Xichang Satellite Launch Center" over "In the mountains of
                    # Sichuan, near Xichang, ...": the first paragraph under a heading that
                    # is a site's name speaks of that site
                    key = recent[-1][1]
                if key is None:
                    continue
                if st.kind == "in" and not st.extra.get("town_of") and any(
                        r.key == key and r.place_start == st.anchor_start for r in refs):
                    # "the enrichment plant at Natanz" names the plant after the town: as far
                    # from it as a plant named after a town may be, not 15 km
                    st = dataclasses.replace(
                        st, max_m=named_after_radius_m(self._type_of(key)))
                if st.extra.get("same_name") and st.anchor is None and \
                        (ns := self.new.get(self._site_key(key))) is not None:
                    # "1.5 km south-south-east of the village of the same name": the place
                    # the site is named after
                    place_name = next((x.place for x in ns.findings
                                       if x.parent is None and not x.unit), None)
                    if place_name:
                        st = dataclasses.replace(st, anchor=place_name)
                saved = self.resolver.countries
                self.resolver.countries = self._served_first(key, self._sentence_first(span))
                before = sentences[i - 1][0] if i > 0 else span[0]
                after = span[1]
                for a2, b2 in sentences[i + 1:i + 3]:
                    if "\n\n" in self.text[span[1]:a2]:
                        break
                    if self.text[a2] in "[(":
                        after = b2  # "[Note: this is Santa Maria in Rio Grande do Sul, not
                        # ...]": an editor's note on the sentences before, in their paragraph
                        break
                self.resolver.context = self.text[before:after]
                self.resolver.wider = self.text[sentences[max(0, i - 2)][0]:after]
                self.resolver.at = span[0]
                try:
                    fact = self.resolver.fact(st, span, self._type_of(key))
                finally:
                    self.resolver.countries = saved
                    self.resolver.context = self.resolver.wider = ""
                    self.resolver.at = None
                if st.extra.get("of_it"):
                    # "Next to it stands the X plant": near the site the sentences before
                    # speak of
                    if last is None or last == key:
                        continue
                    fact.site = last
                elif fact.problem and st.anchor and st.kind in ("distance", "near", "in") and \
                        not _SETTLEMENT_OF.search(st.words) and (
                        other := self._new_site_named(st.anchor)) not in (None, key) and (
                        not self.resolver.places_named(st.anchor) or st.extra.get("the")
                        or self._new_site_named(st.anchor, by_place=False) == other):
                    # "just south of the MAPS domes", "300 km west of the Sinpo shipyard":
                    # no place, but a site of this report (not "30 miles north-west of
                    # Richland", a town of several, for the report's "Richland fuel plant"
                    # named after one of them)
                    fact = Fact(st, span, site=other)
                key = self._site_key(key)  # a site folded into another since: that one
                if key in self.new:
                    self.new[key].facts.append(fact)
                else:
                    self.facts.setdefault(key, []).append(fact)
                if st.extra.get("lead"):
                    # "In Daegu, Camp Walker and Camp Henry, two small posts, ...": the
                    # town opening the sentence is that of each site listed after it
                    for k in _listed_with(self.text, refs, key):
                        if k in self.new:
                            self.new[k].facts.append(dataclasses.replace(fact))
            if len(refs) > 1:
                # "the so-called New Labs at the Pakistan Institute of Nuclear Science and
                # Technology": a new site named just before "at" another stands within it
                by_start = sorted(refs, key=lambda r: r.start)
                for r1, r2 in zip(by_start, by_start[1:], strict=False):
                    if r1.key != r2.key and r1.key in self.new and (
                            r2.key in self.new or r2.key in self.ing._sites) and \
                            _AT_THE.fullmatch(
                            self.text, r1.end, r2.start) and not any(
                            x.statement.extra.get("part_of") for x in self.new[r1.key].facts):
                        ref = Ref(r1.key, r1.start, r1.end)
                        self.new[r1.key].facts.append(self._part_fact(ref, span, r2.key))
            for r in refs:
                # "The Kirtland Underground Munitions Storage Complex (KUMSC) on the base":
                # within the last site named before whose kind the word fits
                m = _ON_THE.match(self.text, r.end, span[1]) if r.key in self.new else None
                if m is None or any(x.statement.extra.get("part_of")
                                    for x in self.new[r.key].facts):
                    continue
                words = "The " + m.group(1)
                whole = next((k for j, k in reversed(named) if i - j <= DEFINITE_REACH
                              and j > unknown and k != r.key and (
                                  self._named_so(words, k) or self._kind_fits(words, k))),
                             None)
                if whole is not None:
                    self.new[r.key].facts.append(self._part_fact(r, span, whole))
            for r in refs:
                # "Marcoule ...: the MELOX plant there makes ...": within the site named
                # before it in the sentence, else the one the sentences are about
                if r.key not in self.new or not _THERE.match(self.text, r.end, span[1]) or \
                        any(x.statement.extra.get("part_of") for x in self.new[r.key].facts):
                    continue
                whole = next((r2.key for r2 in sorted(refs, key=lambda x: -x.start)
                              if r2.end <= r.start and r2.key != r.key), None) or (
                    last if last != r.key else None)
                if whole is not None:
                    self.new[r.key].facts.append(self._part_fact(r, span, whole))
            if goes_on and last and holds_parts(sentence):
                # "It was the site of the X reactor": X stands within the site "it" is
                for r in refs:
                    if r.key != last and r.key in self.new and not self.new[r.key].facts:
                        self.new[r.key].facts.append(self._part_fact(r, span, last))
            elif refs and (holder := min(refs, key=lambda r: r.start)) and \
                    _NAMED_HOLDS.fullmatch(self.text, span[0], holder.start) and \
                    _HOLDS_AFTER.match(self.text, holder.end):
                # "The Tricastin site also holds the Philippe Coste plant": the sites named
                # after the verb stand within the one that opens the sentence
                for r in refs:
                    if r.key != holder.key and r.start > holder.end and r.key in self.new \
                            and not self.new[r.key].facts:
                        self.new[r.key].facts.append(self._part_fact(r, span, holder.key))
            elif goes_on and last and last in self.new and stands_within(sentence):
                # "It stands on the grounds of a former air base near X": "it" stands
                # within the first site named after those words
                whole = next((r.key for r in sorted(refs, key=lambda r: r.start)
                              if r.key != last and r.key in self.new), None)
                if whole is not None:
                    ref = Ref(last, span[0], span[0])
                    self.new[last].facts.append(self._part_fact(ref, span, whole))
            # other names: after a site's name, of "it", or in an infobox line
            for r in refs:
                for text, _ in aliases_after(sentence, r.end - span[0]):
                    if r.key in self.new and self._makers_works(r.key) and \
                            self.ing._town(text):
                        continue  # "Nammo Vanäsverken (Karlsborg)": a maker's works, and
                        # the town it stands in, which is no other name of it
                    k = match_key(text)
                    if k != r.key and k in keys and k in self.new and r.key in self.new:
                        # "Naval Support Facility X (NSF X)", both found: one site, now,
                        # so that the next sentence's "It" is that site
                        self._fold_into(k, r.key, span)
                        keys = (keys - {k}) | {r.key}
                    self.add_alias(r.key, text, span)
            for r in refs:
                # "RAF Ascension Island, which operates Wideawake Airfield jointly with ...":
                # the airfield the station operates is the station's own, one site
                if r.key in self.new and ((m := _WHICH_OPERATES.match(self.text, r.end,
                                                                       span[1])) is not None
                                          or (m := _SIDE_OF.match(self.text, r.end,
                                                                  span[1])) is not None
                                          or self._type_of(r.key) == "airbase" and (
                                              m := _ON_SIDE_OF.match(self.text, r.end,
                                                                     span[1])) is not None):
                    # ("al-Dulaimi Air Base, the military side of Sanaa International
                    # Airport": the airport's military side, one field)
                    field = next((r2 for r2 in refs if r2.start == m.end() and r2.key != r.key
                                  and r2.key in self.new), None)
                    if field is not None and self._type_of(field.key) == "airbase":
                        self._fold_into(field.key, r.key, span)
                        keys = (keys - {field.key}) | {r.key}
                        continue
                # "Wheeler-Sack Army Airfield, Fort Drum, 2 October": an army airfield of
                # the fort named right after it (not a list of posts)
                if r.key in self.new and _ARMY_AIRFIELD.search(self.text, r.start, r.end) and (
                        m := _COMMA_FORT.match(self.text, r.end, span[1])) is not None:
                    fort = next((r2 for r2 in refs if r2.start == m.end() and r2.key != r.key),
                                None)
                    if fort is not None and not _LIST_GOES_ON.match(self.text, fort.end,
                                                                    span[1]):
                        self._fold_into(r.key, fort.key, span)
                        keys = (keys - {r.key}) | {fort.key}
                        continue
                # "Chambers Field, the station's airfield, ...": the airfield of the last
                # site named with that word, the station itself to the catalogue
                m = _ITS_AIRFIELD.match(self.text, r.end, span[1])
                if m is None or r.key not in self.new:
                    continue
                words = "The " + m.group("owner")
                whole = next((k for j, k in reversed(named) if i - j <= DEFINITE_REACH
                              and j > unknown and k != r.key and self._named_so(words, k)),
                             None)
                if whole is not None:
                    self._fold_into(r.key, whole, span)
                    keys = (keys - {r.key}) | {whole}
            if goes_on and last:
                m = SUBJECT_START.match(sentence)
                for text, _ in aliases_after(sentence, m.end()):
                    self.add_alias(last, text, span)
            known_as = _AS_IT_IS_KNOWN.match(sentence) if last else None
            if known_as is not None:
                # "The T-4 air base, as it is commonly known, lies ...", the Tiyas air base
                # named just before: the base spoken of, by the name most people use
                opening = {r.key for r in refs if r.start < span[0] + known_as.start("as")}
                k = opening.pop() if len(opening) == 1 else None
                if k in self.new and k != last and self._same_kind_as(k, last):
                    self._fold_into(k, last, span)
                    keys = (keys - {k}) | {last}
            its = aliases_of_it(sentence)
            if its and refs:
                # "X lies ..., although it is generally called Y": the one site the
                # sentence names before the other name
                before = {r.key for r in refs if r.end - span[0] <= its[0][1]}
                if len(before) == 1:
                    last = before.pop()
            if last:
                for text, _ in its:  # "diplomats call it simply X"
                    k = self._called(match_key(text))
                    if k in self.new and k != last:
                        self._fold_into(k, last, span)  # X is "it" by another name
                        if k != match_key(text):
                            self.add_alias(last, text, span)
                    else:
                        self.add_alias(last, text, span)
                    if k in keys:  # ... and the sentence goes on about "it"
                        keys = (keys - {k}) | {last}
            elif page:
                # "documents called it the X Test Center", no site named near: the page's
                # site (or that of the fact sheet's part it is in), when X is a new site of
                # this report (no other name given to it)
                for text, _ in its:
                    if match_key(text) in self.new and match_key(text) != page:
                        self._fold_into(match_key(text), page, span)
            if last and not its and keys:
                # "The domes of what most people call the Globus radar station ...", the
                # Vardø radar station named just before: a new site of the same kind and
                # facility words is that site by another name; anything else is not
                for text, _ in names_called_what(sentence):
                    k = match_key(text)
                    if k in self.new and k != last and self._same_post_as(k, last):
                        self._fold_into(k, last, span)
                        keys = (keys - {k}) | {last}
            owner = (recent[-1][1] if recent and i - recent[-1][0] <= COORDINATE_REACH
                     and sentences[recent[-1][0]] in self._headings() else page)
            if owner is not None and infobox_aliases(sentence) and any(
                    RECORD_NAME.fullmatch(self.text, *sentences[k])
                    for k in range(recent[-1][0] + 1 if recent else max(0, i - 3), i)):
                owner = None  # "RESOURCE 4-09   Suffolk County Air Force Base" over "Other
                # names: ...", a record of its own: not the names of the record before
            if owner and not keys:
                # "Other names: ..." below the title of the page, or of a fact sheet's part
                for text, _ in infobox_aliases(sentence):
                    self.add_alias(owner, text, span)
            elif owner and infobox_aliases(sentence):
                # "Other names: Olenegorsk air base; Vysoky": the page's site (or that of
                # the fact sheet's part it is in), not new ones
                for k in keys - {owner}:
                    self._fold_into(k, owner, span)
                keys = {owner}  # (the next fields go on about it: "Location: ...")
                for text, _ in infobox_aliases(sentence):
                    self.add_alias(owner, text, span)
            if refs:
                named += [(i, r.key) for r in sorted(refs, key=lambda r: r.start)]
            if row is None:
                row = is_table_row(sentence)
            if row and len(keys) == 1:
                row_site = (i, next(iter(keys)))  # a table row's one site
            elif row and row_site is not None and not keys and \
                    self._row_goes_on(row_site[0], i):
                pass  # its row's next line
            else:
                row_site = None
            if len(keys) == 2:
                keys = self._without_apposition(refs, keys)
            if len(keys) == 1:
                recent.append((i, keys.pop()))
            elif keys:
                recent.clear()
            elif (goes_on or own_noun) and last:
                # "The site ... lies ... . Its position is ...": still that site ("The
                # naval station occupies ... . Its published reference point is ...")
                recent.append((i, self._site_key(last)))

    def _without_apposition(self, refs: list[Ref], keys: set[str]) -> set[str]:
        """The two sites a sentence names, but one when the first is a kind of site the
        second's own name follows after a comma ("The first Aegis Ashore site, Naval
        Support Facility Deveselu (NSF Deveselu), was declared ..."): the named one."""
        r1, r2 = sorted(refs, key=lambda r: r.start)[:2]
        if r1.key != r2.key and r1.key in self.new and r2.key in self.new and \
                self.new[r1.key].first.full is None and \
                self.new[r2.key].first.full is not None and \
                re.fullmatch(r",\s*", self.text[r1.end:r2.start]) and {r1.key, r2.key} == keys:
            return {r2.key}
        return keys

    def _cut_from(self, i: int) -> bool:
        """Whether sentence ``i`` goes on from the one before, cut at a line's end: that
        one ends with no stop (a word or a comma), and this one opens with a name and a
        comma ("...the largest research reactor in\n  Indonesia, at ...")."""
        a, b = self.analysis.sentences[i - 1]
        prev = self.text[a:b].rstrip()
        return bool(prev) and prev[-1] not in '.!?:;"”)»' and _OPENING_NAME.match(
            self.text, *self.analysis.sentences[i]) is not None

    def _part_fact(self, ref: Ref, span: tuple[int, int], whole: str) -> Fact:
        """The fact that the site ``ref`` names stands within the site ``whole`` (see
        :meth:`_on_site`): as far from its point as the two extend."""
        st = Statement("component", ref.start, ref.end, None, None, 0.0,
                       FACILITY_EXTENT_M.get(self._type_of(ref.key), 3000.0),
                       words=self.text[span[0]:span[1]], extra={"part_of": True})
        return Fact(st, span, site=whole)

    def _new_site_named(self, name: str, by_place: bool = True) -> str | None:
        """The new site of this report that goes by ``name`` (a name or another name the
        report gives it; ``by_place``: or the place it is named after), if one does."""
        if self._new_names is None:
            self._new_names, self._new_own_names = {}, {}
            for key, ns in self.new.items():
                for f in ns.findings:
                    for n in (f.site_name, *(t for t, _ in f.aliases)):
                        self._new_own_names.setdefault(match_key(n), key)
                    for n in (f.site_name, f.name, *(t for t, _ in f.aliases)):
                        self._new_names.setdefault(match_key(n), key)
        k = match_key(name)
        key = (self._new_names if by_place else self._new_own_names).get(k)
        if key is None:
            # another name the sentences so far gave it ("Faslane, as the base is
            # universally known, ...")
            key = next((key for key, ns in self.new.items()
                        if any(match_key(a) == k for a in ns.aliases)), None)
        return None if key is None else self._site_key(key)

    def _called(self, k: str) -> str:
        """The key of the new site a name key ``k`` is: its own, or the site the report
        makes of the name given to something ("... called Kuopio-Rissala", an air base
        by the sentence's words)."""
        if k in self.new:
            return k
        return next((key for key, ns in self.new.items()
                     if any(f.described and match_key(f.name) == k for f in ns.findings)), k)

    def _site_key(self, key: str) -> str:
        """The key a new site of the report goes by now (it may have been merged)."""
        seen = set()
        while key in self.merged and key not in seen:
            seen.add(key)
            key = self.merged[key]
        return key

    def _on_site(self, fact: Fact) -> Fact | None:
        """A fact measured from a site of the report (:attr:`Fact.site`) drawn from that
        site's place, once it is placed; None while it is not located."""
        if fact.site is None or fact.constraint is not None:
            return fact
        key = self._site_key(fact.site)
        sid = self.new[key].site_id if key in self.new else key
        site = self.ing._sites.get(sid) if sid else None
        if site is None or not site.located:
            return None
        st = fact.statement
        r = (site.precision_m or FACILITY_EXTENT_M.get(site.facility_type, 3000.0)) + st.max_m
        anchor = Anchor(f"{site.name} ({site.site_id})", site.lon, site.lat, r,
                        site_id=site.site_id, country=iso2(site.country))
        what = ("stands within" if st.extra.get("part_of")
                else f"stands {st.extra.get('how', 'near')}")
        return dataclasses.replace(
            fact, constraint=Disc(site.lon, site.lat, r), anchor=anchor, country=anchor.country,
            note=(f"Read from {st.words!r}: it {what} {site.name} ({site.site_id}), so within "
                  f"{_km_text(r)} of its point ({site.lat:.4f} N, {site.lon:.4f} E: that "
                  f"site's uncertainty and {_km_text(st.max_m)})."))

    def _sentences_to_tie(self) -> list[int] | range:
        """The sentences :meth:`tie_statements` must read, in order: those with statements
        of place, those naming a site, and the analysis' cues (:func:`cue_sentences`).
        Any other sentence (most of a report's) ties nothing to anything."""
        a = self.analysis
        if a.cues is None:
            return range(len(a.sentences))
        at = {span: i for i, span in enumerate(a.sentences)}
        visit = set(a.cues)
        visit.update(i for i, sts in enumerate(a.statements) if sts)
        visit.update(at[span] for span in self._names_by_sentence() if span in at)
        visit.update(at[span] for span in self._headings() if span in at)
        return sorted(visit)

    def _common_word(self, name: str) -> bool:
        """Whether a one-word name is an everyday word ("National" of the National
        Development Complex): the report writes it in small letters too, or it is one of
        the words facility names are made of. Such a word is no alias."""
        if len(name.split()) != 1:
            return False
        word = name.lower()
        if word in _NAME_MATERIAL or name in FACILITY_ACRONYMS:
            return True  # (or a service's: "RAAF" of "RAAF BASE LEARMONTH" in a notice)
        if word not in self.text:
            return False
        if self._prose is None:  # (a link's "example.org/88/vastrap" writes no word)
            self._prose = _ADDRESS.sub(" ", self.text)
        if not _WORD_RUN.fullmatch(word):
            return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])",
                             self._prose) is not None
        if self._lower_words is None:  # the text's words, each a whole run of [\w-]
            self._lower_words = set(_WORD_RUN.findall(self._prose))
        return word in self._lower_words

    def _fold_into(self, key: str, into: str, span: tuple[int, int]) -> None:
        """A new site that is another name of ``into``: its names become aliases, its
        statements of place ``into``'s."""
        ns = self.new.pop(key, None)
        if ns is None:
            return
        self.merged[key] = into
        for f in ns.findings:
            self.add_alias(into, f.site_name, span)
        if into in self.new:
            self.new[into].facts += ns.facts
        else:
            self.facts.setdefault(into, []).extend(ns.facts)

    def _named_so(self, sentence: str, key: str, noun: str | None = None) -> bool:
        """Whether the noun "The site ..." opens with (or ``noun``) is the last word of a
        name of the site ``key`` ("the Marcoule Nuclear Site"), or a word of a name put
        first ("PAF Base Minhas", "Naval Station Rota")."""
        noun = noun or _head(SUBJECT_START.match(sentence).group()).rstrip("s")
        # "MCAS X": its station
        names = [_SHORT_WORDS.sub(_spelt_out, n) for n in self._names_of(key)]
        return any(_head(n).rstrip("s") == noun or noun in (
            w.lower().rstrip("s") for w in n.split()[1:-1]) for n in names)

    def _another_of_kind(self, noun: str, j: int, i: int) -> bool:
        """Whether a sentence from ``j`` to before ``i`` speaks of another, unnamed one of
        the kind ``noun`` ("Poland has asked for an American air base of its own"): "The
        air base ..." after it may be that one, not the base named before."""
        pattern = re.compile(r"\b(?:an?|another|new|second|third)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                             + r"[ \t]+".join(map(re.escape, noun.split())) + r"\b", re.I)
        return any(pattern.search(self.text, *self.analysis.sentences[k])
                   for k in range(j, i))

    def _named_with(self, key: str, words: str) -> bool:
        """Whether a name of the site ``key`` holds ``words`` ("naval station" of Naval
        Station Guantanamo Bay)."""
        return any(words in " ".join(n.lower().split()) for n in self._names_of(key))

    def _names_of(self, key: str) -> list[str]:
        """The names of the site ``key``: those the report's findings give a new site,
        else the catalogue's name."""
        if key in self.new:
            return [f.site_name for f in self.new[key].findings]
        site = self.ing._sites.get(key)
        return [site.name] if site is not None else []

    def _named_after_another(self, place: str, key: str) -> bool:
        """Whether a place is that of another new site of the report, named after it,
        and not that of site ``key``."""
        size = sum(len(ns.findings) for ns in self.new.values())
        if self._places_named_after is None or self._places_named_after[0] != size:
            # (the places each new site is named after, read once while the sites stand)
            by_place: dict[str, set[str]] = {}
            for other, ns in self.new.items():
                for f in ns.findings:
                    if f.parent is None:
                        by_place.setdefault(match_key(f.name), set()).add(other)
            self._places_named_after = (size, by_place)
        named = self._places_named_after[1].get(match_key(place), set())
        return bool(named) and key not in named

    def _kind_fits(self, sentence: str, key: str) -> bool:
        """Whether "The plant ..." may be the site ``key``: its words are of the site's
        kind, or of any ("the site", "the complex")."""
        noun = SUBJECT_START.match(sentence).group().split()[-1].lower().rstrip("s")
        kind = facility_type_of(noun)
        return kind == "other" or kind == self._type_of(key) or (
            noun == "plant" and self._type_of(key) in ("nuclear", "production"))

    def _document_subject(self) -> str | None:
        """The site a page is about: the one its title names (an encyclopedia page, an
        imagery brief), else the only one named in its first sentences."""
        if not self.analysis.sentences:
            return None
        a, b = self.analysis.sentences[0]
        title = match_key(self.text[a:b])
        for key, ns in self.new.items():
            if ns.first.unit:
                continue  # a unit is placed by its parent alone, never the page's subject
            names = [f.site_name for f in ns.findings] + ns.aliases + [
                t for f in ns.findings for t, _ in f.aliases] + [
                f.name for f in ns.findings if f.described]  # "Olenya (air base)"
            if any(match_key(n) and match_key(n) in title for n in names):
                return ns.same_as or key
        for m in self.analysis.mentions:
            if m.sentence == (a, b) and not m.held:
                return m.site_id
        if (field := self._one_name_field()) is not None:
            # a profile's or a fact sheet's one field naming its site ("SITE NAME:  OTIS
            # AIR NATIONAL GUARD BASE / CAMP EDWARDS"): the site its first name names
            span = next((s for s in self.analysis.sentences if s[0] <= field < s[1]), None)
            refs = sorted(self._refs(span), key=lambda r: r.start) if span else []
            if refs:
                key = refs[0].key
                return self.new[key].same_as or key if key in self.new else key
        first = set()
        for span in self.analysis.sentences[:5]:
            first |= {r.key for r in self._refs(span)}
        return first.pop() if len(first) == 1 else None

    def _one_name_field(self) -> int | None:
        """Where the name of the report's one field naming a site starts, a capital first
        (:data:`.sentences.NAME_FIELD`, "SITE NAME:  OTIS AIR NATIONAL GUARD BASE"); None
        for none or several."""
        found = []
        pos = 0
        for line in self.text.split("\n"):
            if (m := NAME_FIELD.match(line)) is not None and line[m.start("name")].isupper():
                found.append(pos + m.start("name"))
            pos += len(line) + 1
        return found[0] if len(found) == 1 else None

    def _names_another_facility(self, start: int, end: int, last: str | None = None
                                ) -> bool | str:
        """Whether the text from ``start`` to ``end`` (since the sentence that named the
        site ``last``, up to a statement of a sentence naming none) names another facility:
        a capitalised name and a facility's word ("the Norilsk-Alykel airport", "Vandenberg
        Space Force Base"); the key of the report's site it names, if it is one other than
        ``last``."""
        for w in _NAME_AND_HEAD.finditer(self.text, start, end):
            if w.group("head").lower() not in _FACILITY_HEADS or all(
                    n.lower() in STOPWORDS or n.lower() in KIND_ONLY_WORDS
                    for n in w.group("name").split()):
                continue  # (nor a kind of base, a fact sheet's "Type:  Air base")
            eol = self.text.find("\n", w.start())
            line = self.text[self.text.rfind("\n", 0, w.start()) + 1:
                             len(self.text) if eol < 0 else eol]
            if infobox_aliases(line):
                continue  # "Variants: Sukhumi Dranda Airport; ...": the site's other names
            if not self._names_a_site(w.group()):
                return True
            key = self._report_site_named(w.group())
            if key is not None and (last is None or key != self._site_key(last)):
                return key
        return False

    def _opens_with_another_name(self, sentence: str, key: str | None) -> bool:
        """Whether a sentence opens with a name set off by a comma that is no name of the
        site ``key`` ("Shigatse Tingri, on the Tibetan plateau ..., at 28°36.15′N
        86°48.62′E": the point of what it names, not of the site the sentence before
        named)."""
        m = _NAME_SET_OFF_FIRST.match(sentence)
        if m is None or m.group(1).split()[0].lower() in STOPWORDS or \
                self._common_word(m.group(1)) or m.group(1).isupper():
            return False  # ("Coordinates, for the map people: ..."; "NAPO, 55.09° N", a
            # site's initials)
        return self._report_site_named(m.group(1), short=True) != key

    def _report_site_named(self, text: str, short: bool = False) -> str | None:
        """The key of the new site of the report ``text`` is a name of, if any; ``short``:
        or the place one is named after ("Tamanhint" of "Tamanhint Air Base")."""
        key = match_key(text)
        if key in self.new or key in self.merged:
            return self._site_key(key)
        return next((k for k, ns in self.new.items()
                     if key in {match_key(n) for n in [f.site_name for f in ns.findings]
                                + ns.aliases + [f.name for f in ns.findings if short
                                                and f.parent is None and not f.unit]}),
                    None)

    def _names_a_site(self, text: str) -> bool:
        """Whether ``text`` ("Orang Airport") is a name of a site of the report or of the
        catalogue."""
        key = match_key(text)
        return key in self.new or key in self.merged or any(
            key == match_key(name) for ns in self.new.values()
            for name in [f.site_name for f in ns.findings] + ns.aliases
        ) or self.ing._site_of(text) is not None

    def _record_heading(self, named: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the sentence ``named`` is a line of its own, no field's, heading the
        block of lines down to the field ``span``: a record's name over its fields (not a
        list's item over the next item, "- Lot 1: ..." over "- Lot 7: ...")."""
        text = self.text
        line = text.rfind("\n", 0, named[0]) + 1
        end = text.find("\n", named[1])
        return not text[line:named[0]].strip() and (end < 0 or not text[named[1]:end].strip()) \
            and _FIELD_LABEL.match(text, line) is None \
            and "\n\n" not in text[named[0]:span[0]]

    def _headed_between(self, a: int, b: int) -> bool:
        """Whether a Markdown heading naming no site stands between the sentences ``a``
        and ``b`` (indices), or a reference book's entry heading ("4.05 KLUCZEWO
        (Штаргард)"), a record's name field ("2. Name: Example Karun Construction
        Group"), its title or a title between rules: a section of its own began."""
        sentences = self.analysis.sentences
        return any((MARKDOWN_HEADING.match(self.text, *sentences[k])
                    or _ENTRY_HEADING.fullmatch(self.text, *sentences[k])
                    or _RECORD_NAME_FIELD.match(self.text, *sentences[k])
                    or self._record_title(sentences[k]) or self._ruled_title(sentences[k]))
                   and not self._refs(sentences[k])
                   for k in range(a + 1, min(b, a + COORDINATE_REACH + 1)))

    def _run_in_head(self, head: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the sentence ``head`` opens a paragraph and is one site's name alone, a
        stop after it, and ``span`` goes on in its paragraph ("Fort Shafter." before
        "Headquarters of U.S. Army Pacific, about 5 km north-west of ...")."""
        text = self.text
        if not text.startswith(".", head[1] - 1) or "\n" in text[head[1]:span[0]] or \
                not self._opens_paragraph(head[0]):
            return False  # (the name's stop, and the paragraph going on on its line)
        refs = self._refs(head)
        return len(refs) == 1 and refs[0].start == head[0] and refs[0].end == head[1] - 1

    def _record_title(self, span: tuple[int, int]) -> bool:
        """Whether the sentence ``span`` ends a record's title: a short line, no field's,
        after a blank line or in capitals, with a field's line under it ("Wünsdorf" over
        "Location: south of Zossen", "EXAMPLE TRADING HOUSE" over "Address: Tula"; its
        line may open with a register's number: "RUS1806. MOLOT ...")."""
        text = self.text
        end = text.find("\n", span[1])
        start = text.rfind("\n", 0, span[0]) + 1  # (its line: "RUS1806. VYATSKIYE ...", the
        # register's number a sentence of its own)
        before = text[start:span[0]].strip()
        return end >= 0 and end - start <= 80 and not text[span[1]:end].strip() \
            and (not before or _REGISTER_NUMBER.fullmatch(before) is not None) \
            and (self._opens_paragraph(start) or _in_capitals(text[start:end])) \
            and _FIELD_LABEL.match(text, start) is None \
            and _FIELD_LABEL.match(text, end + 1) is not None

    def _in_record(self, named: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the sentence ``named`` heads, or is a field of, the record whose field
        ``span`` is: in one block of lines, its line a heading, a title, a name's field
        or another field ("E-2103" / "Name: JSC Kazan Helicopter Plant" over "Address:
        Kazan"), not a story's prose over a contact's block."""
        text = self.text
        if "\n\n" in text[named[0]:span[0]]:
            return False
        start = text.rfind("\n", 0, named[0]) + 1
        end = text.find("\n", named[1])
        line = text[start:end if end >= 0 else len(text)]
        return bool(_FIELD_LABEL.match(line) or NAME_FIELD.match(line)
                    or named in self._headings() or self._ruled_title(named)
                    or is_headline(line.strip())
                    # a register's entry on one line: "5. KIROVSKY ZAVOD PJSC (a.k.a. Kirov
                    # Plant). Address: Saint Petersburg, Russian Federation."
                    or "\n" not in text[named[0]:span[0]] and _ENTRY_NUMBER.match(line))

    def _ruled_title(self, span: tuple[int, int]) -> bool:
        """Whether the sentence ``span`` is a line between two rules ("=====" over
        "PICATINNY ARSENAL    Region 2 | NPL: Final" over "====="): a record's title."""
        text = self.text
        above_end = text.rfind("\n", 0, span[0])
        below_start = text.find("\n", span[1])
        if above_end < 0 or below_start < 0:
            return False
        above = text[text.rfind("\n", 0, above_end) + 1:above_end]
        below = text[below_start + 1:(text.find("\n", below_start + 1) + 1
                                      or len(text) + 1) - 1]
        return RULE_LINE.fullmatch(above) is not None and RULE_LINE.fullmatch(below) is not None

    def _opens_paragraph(self, pos: int) -> bool:
        """Whether ``pos`` opens its line (but for white space) under a blank line or at the
        text's start."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        above = text[text.rfind("\n", 0, max(0, line - 1)) + 1:line]
        return not text[line:pos].strip() and (line == 0 or not above.strip())

    def _value_goes_on(self, named: tuple[int, int], span: tuple[int, int], key: str) -> bool:
        """Whether the sentence ``named`` is one line ending in the name of ``key`` (no
        stop after it) and the sentence ``span`` the next line, indented deeper: a
        field's value the line's end wrapped."""
        gap = self.text[named[1]:span[0]]
        if gap.count("\n") != 1 or "\n" in self.text[named[0]:named[1]]:
            return False
        last = max(self._refs(named), key=lambda r: r.end, default=None)
        if last is None or last.key != key or self.text[last.end:named[1]].strip(" \t*_"):
            return False
        line = self.text.rfind("\n", 0, named[0]) + 1
        words = named[1] - len(self.text[named[0]:named[1]].lstrip())  # where its words start
        indent = words - line
        deeper = len(gap.split("\n")[1])
        return deeper > 0 and deeper >= indent  # (under a list mark's text: "3. X" over "   Y")

    def _around(self, span: tuple[int, int] | None) -> str:
        """The sentence ``span`` and the two before it, as one text."""
        if span is None:
            return ""
        sentences = self.analysis.sentences
        i = bisect.bisect_left(sentences, span)
        return self.text[sentences[max(0, i - 2)][0]:span[1]]

    def _item_opened_by(self, named: tuple[int, int], span: tuple[int, int], key: str
                        ) -> str | None:
        """``key`` if the sentence ``named``, which names it, opens a list's item with its
        name ("7. **George Air Force Base, California.**") and the sentence ``span`` is
        on the same line, further on; else None."""
        line = self.text.rfind("\n", 0, named[0]) + 1
        if self.text.find("\n", named[0], span[1]) >= 0:
            return None
        mark = _ITEM_MARK.match(self.text, line, named[1])
        if mark is None:
            return None
        first = min(self._refs(named), key=lambda r: r.start, default=None)
        return key if first is not None and first.key == key and \
            first.start == mark.end() else None

    def _item_began_since(self, before: int, span: tuple[int, int]) -> bool:
        """Whether a list's item of its own began between the offset ``before`` (where
        the last site was named, in an item of a list) and the sentence ``span`` ("- The
        German-led brigade moves to Rukla. Its headquarters are ..."): an item of the same
        list, not one nested in it ("- Overberg Test Range" then "  - Western Cape; near
        ..."), and not a field ("- Location: ...") nor "- It ..." going on about it."""
        outer = self._bullet_of(before)
        line_end = self.text.find("\n", before)
        if line_end < 0 or line_end >= span[0]:
            return False
        if _BOLD_ITEM_LINE.search(self.text, line_end, span[0]) is not None:
            return True  # a list of items by a line in bold each, their fields below
            # ("**La Tontouta** (ICAO: NWWW)\n- Location: ...\n\n**Bauerfield**")
        if outer is None:
            return False
        for m in _BULLET_LINE.finditer(self.text, line_end, span[0] + 1):
            if len(m.group(1)) > len(outer.group(1)):
                continue
            opening = self.text[m.end():self.text.find("\n", m.end()) % (len(self.text) + 1)]
            if not _FIELD_LABEL.match(opening) and not continues_subject(opening) and \
                    not _OWN_NOUN_START.match(opening):
                return True  # (a court's numbered paragraphs: "2. The naval station
                # occupies ...", of the station the paragraph before named)
        return False

    def _bullet_of(self, pos: int) -> re.Match | None:
        """The bullet opening the line that holds ``pos``, if any (group 1: its indent)."""
        return _BULLET_LINE.match(self.text, self.text.rfind("\n", 0, pos) + 1)

    def _opens_a_record(self, span: tuple[int, int]) -> bool:
        """Whether a sentence is a register's record's title, its label and number before
        it on its line or opening it ("Item 5. Auxiliary airstrip Sepurine ...")."""
        line_start = self.text.rfind("\n", 0, span[0]) + 1
        m = _RECORD_TITLE.match(self.text, line_start, span[1])
        return m is not None and span[0] <= m.end()

    def _opens_with_another_facility(self, span: tuple[int, int]) -> bool:
        """Whether a sentence naming no site of the report opens with a facility's name
        and a comma ("Naval Submarine Base Kings Bay, in Camden County, ...")."""
        if _ANOTHER_OPENING.match(self.text, span[0], span[1]):
            return True  # "A second field near Hami (42.35N 92.85E) holds ...": another
            # of the kind the sentences before spoke of, unnamed
        m = _OPENING_NAME.match(self.text, span[0], span[1])
        if m is not None and len(words := m.group(1).split()) >= 2 and \
                any(w.lower() in _FACILITY_HEADS for w in words):
            return True
        # "Ågesta, about 14 km south of Stockholm, at 59.2060° N, ...": a name the report
        # makes no site of, then where it is: its place, not the last site's
        m = _OPENING_PLACED.match(self.text, span[0], span[1])
        if m is None:
            return False
        words = m.group(1).split()
        return all(w[0].isupper() for w in words) and \
            not any(w.lower() in STOPWORDS for w in words) and \
            not self._common_word(words[0]) and country_of_word(m.group(1)) is None

    def _in_title(self, key: str) -> bool:
        """Whether a report's first line (its title) names the new site ``key``, by any
        of its names or the place it is named after ("Pelindaba" of the Pelindaba
        Nuclear Research Centre)."""
        ns = self.new.get(key)
        if ns is None or not self.analysis.sentences:
            return False
        a, b = self.analysis.sentences[0]
        title = match_key(self.text[a:b])
        names = [f.site_name for f in ns.findings] + ns.aliases + [
            f.name for f in ns.findings if f.parent is None]
        return any(len(k) >= 4 and k in title for k in map(match_key, names))

    def _big_city(self, name: str, site: Site) -> bool:
        """Whether a name is a city's own of a million people or more (not one GeoNames
        lists among its other names, nor a spelling of another: "Kunsan" is no Kunshan),
        the city the site stands in or by if the site is placed (Hainan's Yulin naval base
        is not Guangxi's city of Yulin)."""
        key = match_key(name)
        return any((p.population or 0) >= BIG_CITY_POPULATION and match_key(p.name) == key
                   and (site.lat is None or site.lon is None or distance_m(
                       site.lon, site.lat, p.lon, p.lat) <= _BIG_CITY_REACH_M)
                   for p in self.ing.places_named(name))

    def _a_region_by_its_article(self, name: str) -> bool:
        """Whether the report writes a one-word name with "the" and another region after
        it, as a region's or a range's ("the Urals and Siberia", "the Sahel and the Maghreb"):
        a town's name of no site ("Urals" of the Urals Electrochemical Combine would cite it
        from every sentence on the region)."""
        if len(name.split()) != 1:
            return False
        if self._a_town(name, 1_000):
            return False
        for m in re.finditer(r"(?<![\w'’-])[Tt]he[ \t]+" + re.escape(name)
                             + r"(?![\w'’-])[ \t]+and[ \t]+(?:the[ \t]+)?"
                               r"(?P<other>[A-Z][\w'’-]*)(?P<next>[^.;:!?]{0,40})", self.text):
            # (a pair of regions: not "the Llanbedr decision", "the Wolfsschanze, ...", nor
            # "the Fordow and Isfahan attacks", a city's)
            after = re.findall(r"[\w'’-]+", m.group("next"))[:4]
            if not self._a_town(m.group("other"), 5_000) and not any(
                    is_facility_word(w) or w.lower() in _NAME_MATERIAL for w in after):
                return True  # (not "the Kesk and Tallow plants")
        return False

    def _a_town(self, name: str, people: int) -> bool:
        """Whether the gazetteer has a town of ``name`` with ``people`` or more."""
        return any((p.population or 0) >= people for p in self.ing.places_named(name))

    def _a_regions_adjective(self, name: str) -> bool:
        """Whether a one-word name is an adjective of a region or a sea, no place's name
        ("Siberian" of the Siberian Chemical Combine, "Caspian", "Northern")."""
        return len(name.split()) == 1 and _REGION_ADJECTIVE.search(name) is not None and \
            not self.ing.places_named(name)

    def add_alias(self, key: str, text: str, span: tuple[int, int]) -> None:
        """Another name the report gives a site: an alias of a new site; for a known
        candidate an alias and a ``supports=name`` citation; for an accepted site only
        the citation (an analyst adds the alias)."""
        text = " ".join(text.split())
        k = match_key(text)
        if not k or self.ing._is_non_site(text):
            return
        if key in self.new:
            ns = self.new[key]
            if self.ing.works_city(ns.first.facility_type, text):
                return
            other = self.ing._site_of(text)
            if other is not None and ns.same_as is None:
                ns.same_as = other  # the report names a known site: it is that site
            ns.aliases.append(text)
            return
        site = self.ing._sites.get(key)
        if site is not None and k in self.new:
            self._fold_into(k, key, span)  # a new site of this report is a known site's
        if site is None or k in self.ing._names.get(key, set()):
            return
        note = f"The report calls it {text!r}."
        if site.review_status == "candidate":
            self.cat.add_alias(Alias(key, text, "as written in report"))
            self._keep(self.ing._names, key).setdefault(key, set()).add(k)
            self.new_names.append((text, key))
        self.cite(key, span, "name", note=note)

    # -- new candidates -------------------------------------------------------------------
    def write_new_sites(self) -> None:
        # parents first, so that a component can name its parent's id; a site measured
        # from another of the report's ("next to it") after that one
        order = sorted(self.new.values(), key=lambda ns: ns.first.parent is not None)
        if not any(f.site is not None for ns in order for f in ns.facts) and \
                not any(self._named_first_keys(ns) for ns in order):
            for ns in order:
                self._write_new(ns)
            return
        while order:
            keys = {ns.key for ns in order}
            ready = [ns for ns in order if not self._waits_for(ns, keys)] or order[:1]
            for ns in ready:
                self._write_new(ns)
            order = [ns for ns in order if ns.site_id is None and ns not in ready]

    def _waits_for(self, ns: NewSite, unwritten: set[str]) -> bool:
        """Whether a new site must be written after one of ``unwritten``: its parent, or a
        site a fact of it is measured from."""
        waits = {self._site_key(f.site) for f in ns.facts if f.site is not None}
        if ns.first.parent is not None:
            waits.add(self._new_site_named(ns.first.parent))
        waits |= self._named_first_keys(ns)
        waits.discard(ns.key)
        return not waits.isdisjoint(unwritten)

    def _parent_of(self, f: Finding) -> Site | None:
        if f.parent is None:
            return None
        sid = self.ing._site_of(f.parent)
        if sid is None:
            ns = self.new.get(match_key(f.parent))
            sid = ns.site_id if ns else None
            if sid is None:
                for other in self.new.values():
                    if other.site_id and match_key(other.first.name) == match_key(f.parent):
                        sid = other.site_id
                        break
        if sid is None:
            return None
        return self.ing._sites.get(sid) or self.cat.get_site(sid)

    def _site_named_first(self, f: Finding) -> Site | None:
        """The located site whose name the words ``f`` is named after open with, the
        longest first ("Dounreay" of "Dounreay Fast"), when they are no gazetteer place."""
        words = f.name.split()
        for n in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:n])
            if self.ing.places_named(prefix):
                return None  # "Port Sudan New": named after the town, not its port's site
            if is_facility_word(words[n - 1]) or prefix in NATIVE_BASE_WORDS:
                continue  # "Long Range" of the "Long Range Discrimination Radar": a kind, no
                # site's name (nor "Escuela Militar" of "Escuela Militar de Cadetes ...", a
                # school's words in its own language, which one school bears alone too)
            site = self._located_site(prefix)
            if site is None and (key := self._new_site_named(prefix)) is not None and \
                    (host := self.new.get(key)) is not None and host.site_id is not None:
                site = self.ing._sites.get(host.site_id)  # a site this report placed already
            if site is not None and site.located:
                return site
        return None

    def _named_first_keys(self, ns: NewSite) -> set[str]:
        """The report's other new sites whose names the words ``ns`` is named after open
        with (see :meth:`_site_named_first`): they are written first."""
        words = ns.first.name.split()
        keys = {self._new_site_named(" ".join(words[:n])) for n in range(1, len(words))}
        return keys - {None, ns.key}

    def _write_new(self, ns: NewSite) -> None:
        f = ns.first
        if ns.same_as is not None:
            self._fold_into_known(ns)
            return
        notes = [f"Candidate found by ingest in source {self.source.source_id!r} "
                 f"({f.site_name!r}); not reviewed."]
        parent = self._parent_of(f)
        facts = [x for x in map(self._on_site, ns.facts) if x is not None
                 and not _in_own_name(x, ns.findings)]
        named = None
        if parent is not None and parent.located:
            facts.append(_at_site_fact(parent, f, "A part of"))
        elif f.unit:
            # a unit is placed by its parent alone: its parent's words are a facility's
            # name, not a place's
            notes.append(f"A part of {f.parent!r}, which the catalogue has not "
                         f"located.")
        elif parent is None:
            countries = self._sentence_first(f.sentence)
            if (cc := country_after(self.text, f.span_end)) is not None:
                countries = [cc] + [c for c in countries if c != cc]
            # (and the countries its statements put it in: "The Novovoronezh Nuclear Power
            # Plant, on the Don south of Voronezh" in a thread on Ukraine is Russia's)
            countries = countries + list(dict.fromkeys(
                x.country for x in facts if x.country and not x.problem
                and x.country not in countries))
            # (of a common name, the one in the province the report puts the site in:
            # "the Mining and Chemical Combine in Zheleznogorsk, Krasnoyarsk Krai")
            self.resolver.within = self._province_area(facts)
            try:
                # (not a town for its size alone: a base is often named after a village,
                # "Safonovo airfield" of the Kola Peninsula, not Smolensk's town)
                pl, why = self.resolver.place(f.name, countries,
                                              self._region_written_after(f.name, f.sentence),
                                              by_size=False)
                if pl is not None and _PHONETIC.fullmatch(f.name) and \
                        re.search(r"\d", f.site_name):
                    # "Lima Site 85", "Victor Site 2": a code by the phonetic alphabet and a
                    # number, named after no Lima
                    pl, why = None, f"{f.name!r} is a letter of the phonetic alphabet"
                bare = re.sub(r"[-\s]\d+$", "", f.name)  # "Engels-2" is named after Engels
                if pl is None and bare != f.name:
                    pl, why = self.resolver.place(bare, countries, by_size=False)
                if pl is None and len(words := f.name.split()) >= 2 and all(
                        w.lower() in _WHAT_WORKS_MAKE for w in words[1:]) and \
                        words[0] not in SOVIET_EPONYMS:  # (the Kirov Machine-Building
                    # Plant of Petropavl bears a leader's name, not Kirov's)
                    # "the Kharkiv Tractor Plant", "the Mykolaiv Armoured Plant": a works
                    # named after its town and what it makes
                    pl, why = self.resolver.place(words[0], countries, by_size=False)
                    bare = words[0] if pl is not None else bare
                if pl is None and f.phrase in ARMS_MAKERS and f.full is not None:
                    # "Nitrochemie Wimmis" in a study naming Switzerland only by "CH": the
                    # maker's works at the one town of the name, wherever it is
                    pl, why = self.resolver.place(f.name, [])
            finally:
                self.resolver.within = None
            if pl is not None and (city := CITY_DISTRICT.fullmatch(f.name)
                                   or CITY_QUARTER.fullmatch(f.name)) and \
                    _own_name(pl, city.group(1), city.group(1), whole=True):
                bare = city.group(1)  # "Zagreb-Pleso" is Zagreb's district
            far = self._far_namesake(pl, f.facility_type, facts, f.sentence[0]) \
                if pl is not None else None
            if far is None and pl is not None and \
                    (pl.population or 0) < SMALL_PLACE_POPULATION and \
                    match_key(pl.name) != match_key(f.name) and \
                    (points := self._report_points()) and all(
                        distance_m(pl.lon, pl.lat, lon, lat) > OTHER_NAME_ABROAD_M
                        for lon, lat in points):
                # "the Reagan Test Site" on Kwajalein: "Reagan" is another name of a
                # Tennessee village, 11,000 km from every place the report measures from
                far = (f"{f.name!r} is only another name of {pl.name} ({pl.place_id}), a "
                       "small place far from every place the report measures from: likely "
                       "another place or a person's name, so the site is not placed there")
            if far is not None:
                notes.append(f"For review: {far}.")
                self.result.problems.append(f"{f.site_name}: {far}")
                self.problem_later.append(far)
                if f.phrase in ARMS_MAKERS and f.full is not None:
                    # "Nitrochemie Wimmis ... some 9 km south of Thun", Thun read as a French
                    # namesake: the works named after its town is where the town is, or the
                    # report's statements are another place's; left unplaced
                    facts = []
            elif pl is not None and _PERSONS_FIELD.fullmatch(f.phrase) and (
                    (pl.population or 0) < SMALL_PLACE_POPULATION or f.phrase == "Fort"):
                # "Ault Field", "Biggs Army Airfield", "Camp Hansen": airfields and camps so
                # named bear a person's name; a village that shares it says nothing of where
                # they are
                what = "an airfield" if "ield" in f.phrase else \
                    "a fort" if f.phrase == "Fort" else "a camp"
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {what} called "
                             f"{f.site_name!r} is usually named after a person.")
            elif pl is not None and f.name in SOVIET_EPONYMS and \
                    _WORKS_PHRASE.fullmatch(f.phrase):
                # "KIROVSKY ZAVOD PJSC (a.k.a. Kirov Plant). Address: Saint Petersburg":
                # Soviet works bear a leader's name, not the town renamed after him
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): a works called "
                             f"{f.site_name!r} is usually named after a person.")
            elif pl is not None and countries and pl.country != countries[0] and \
                    _EXPEDITION_CAMP.fullmatch(f.phrase):
                # "Camp Phoenix, in eastern Kabul", "FOB Salerno": an expedition's camps
                # bear the names of towns at home, not of where they stand
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): a camp called "
                             f"{f.site_name!r} abroad is usually named after a town at home, "
                             f"and it lies in {pl.country}, not in {countries[0]}.")
                ns.named_abroad = True
            elif pl is not None and (home := HOME_SERVICES.get(f.phrase)) is not None and \
                    pl.country != home:
                # "PNS Mehran, the naval air station" in Karachi: not at Mehran, Iran
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): a {f.phrase} site "
                             f"stands in {home}, and that place lies in {pl.country}.")
            elif pl is not None and (_by_another_name(f.name, pl, bare) or (
                    countries and pl.country not in countries
                    and not _own_name(pl, f.name, bare, whole=True))):
                # "the Saeul plant": GeoNames lists "Saeul" among Seoul's hundreds of
                # other names; a facility named after a city bears the city's own name.
                # "Air Force Station Nal" in a report on India is not at Nalchik, Russia,
                # which GeoNames also calls "Nal"
                why = (f"{f.name!r} is only one of that city's other names"
                       if _by_another_name(f.name, pl, bare) else
                       f"{f.name!r} is only one of its other names, and it lies in a country "
                       f"the report does not name ({pl.country})")
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {why}.")
            elif pl is not None and not facts and not pl.population and \
                    not _own_name(pl, f.name, bare, whole=True):
                # "the Army's Torii Station" on Okinawa: not at Toli, a Chinese village of
                # no people GeoNames gives, among whose other names it lists "Torii"
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {f.name!r} is only "
                             "one of the other names of a place the gazetteer gives no "
                             "people.")
            elif pl is not None and not facts and \
                    not _own_name(pl, f.name, bare, whole=True) and \
                    (home := self._sentence_country(f)) is not None and pl.country != home \
                    and pl.country not in report_countries(
                        self.text[f.sentence[0]:f.sentence[1]]):
                # "The Tonghae Satellite Launching Ground" in a report on North Korea: not
                # at South Korea's Donghae, which GeoNames also calls Tonghae
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {f.name!r} is only "
                             f"one of its other names, it lies in {pl.country}, and the "
                             f"report speaks of {home}.")
            elif pl is not None and not facts and \
                    (pl.population or 0) < SMALL_PLACE_POPULATION and \
                    len(told := report_countries(self.text[f.sentence[0]:f.sentence[1]])) == 1 \
                    and pl.country not in told:
                # "the Levant range tested the first French naval missiles": not at Levant,
                # a town of 3,000 in Maine
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): a small town of "
                             f"{pl.country}, where its sentence speaks of {told.pop()}.")
            elif pl is not None and facts and all(x.problem for x in facts) and \
                    (pl.population or 0) < SMALL_PLACE_POPULATION and \
                    not _own_name(pl, f.name, bare, whole=True):
                # "The Palisades plant, on Lake Michigan near South Haven": the report places
                # it by a place the gazetteer cannot settle, not at Palisade, Colorado, a
                # village GeoNames also calls "Palisades"
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {f.name!r} is only "
                             f"one of that village's other names, and the report places the "
                             f"site by a place the gazetteer cannot settle.")
            elif pl is not None and (pl.population or 0) < SMALL_PLACE_POPULATION and (
                    longer := next((x.statement.anchor for x in facts if x.problem
                                    and _longer_name_of(x.statement.anchor, f.name)),
                                   None)) is not None:
                # "the Arsenale della Maddalena, on La Maddalena island": the report writes
                # the place whole, "La Maddalena" (which the gazetteer cannot settle), not
                # the hamlet of Lombardy named "Maddalena"
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): the report writes "
                             f"the place as {longer!r}, another name than that small "
                             "place's.")
            elif pl is not None and (province := self.resolver.other_province_named(
                    f.name, pl, self._around(f.sentence))) is not None:
                # "Shire Airport" after a sentence on Tigray: not at Sīrē, a town of Oromia
                # whose name's key folds alike
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): it only spells "
                             f"{f.name!r} alike, and lies outside {province}, which the "
                             "sentences around name.")
            elif pl is not None and self._province_named(f.name, pl):
                # "the Idaho National Laboratory": named after the state, not after Idaho
                # Springs, Colorado, whose name only begins with the state's
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {f.name!r} is a "
                             f"province's name, which that place's name only begins with.")
            elif pl is not None and _WAR_BASE.match(f.site_name) and (
                    pl.country == "US" or pl.country not in self.analysis.country_counts):
                # "LSA Anaconda" in a report on Iraq: a war's base abroad by its code name (or
                # a person's), not at Anaconda, Montana; "PRT Meymaneh" is at Maymana
                notes.append(f"Not placed at {pl.name} ({pl.place_id}): {f.site_name!r} is a "
                             "war's base abroad, often named by a code word or after a person, "
                             f"and that place lies in {pl.country}.")
            elif pl is not None:
                named = named_after_fact(Resolver._place_anchor(pl), f.sentence, f.facility_type)
            elif (host := self._site_named_first(f)) is not None:
                # "the Dounreay Fast Reactor" after "Dounreay, about 13 km west of Thurso":
                # named after a located site, not after a place of the gazetteer
                facts.append(_at_site_fact(host, f, "Named after"))
            elif not facts:
                notes.append(f"Unlocated: {why}.")
        if parent is None and not f.unit and (row := self._row_country(f)) is not None:
            facts.append(row)
        settles = None  # a listed facility of the site's whole name: see below
        if parent is None and not f.unit and (listed := self._listed(ns, facts)) is not None:
            # a village the site is named after stands beside it, whatever the dataset says
            town = named.anchor if named is not None and (
                named.anchor.place.population or 0) < SMALL_PLACE_POPULATION else None
            named = listed_fact(*listed, f.sentence, town)
            if set(name_tokens(f.site_name)) <= set(name_tokens(listed[0].name)):
                settles = named  # "Tinian International Airport", the listed field's own
                # name (not "RCAF Station Clinton", a ranch strip named after a town)
        if parent is None and not f.unit and named is None and \
                f.facility_type in ("airbase", "other") and \
                (icao := self._icao_fact(ns, facts)) is not None:
            facts.append(icao)
        facts = self._within_province(facts, f.facility_type)
        facts = self._by_the_others(facts, f.facility_type)
        facts = self._namesake_by_the_others(facts, f.facility_type, settles)
        facts = self._namesake_by_its_neighbours(facts, f.facility_type)
        facts = _not_by_a_namesake_abroad(facts, f.site_name, self.text)
        placement, problems = place(facts, named, self.resolver.countries,
                                    {x.sentence for x in ns.findings})
        if (twin := self._base_at(ns, placement)) is not None:
            # "Shahid Nojeh Air Base" at its published point, "Hamadan Air Base" at the
            # listed field there: one report's two names of one air base
            ns.same_as = twin
            self._fold_into_known(ns)
            ns.site_id = twin
            return
        weighed = {fact_key(x) for x in facts}
        for p, _ in problems:
            self.result.problems.append(f"{f.site_name}: {p}")
            notes.append(f"For review: {p}.")
        self.context_country = self._sentence_country(f)
        if parent is not None and parent.country:
            self.context_country = iso2(parent.country)  # a part is in its parent's country
        country, admin1 = self._country(placement, facts, named)
        if country is None and placement is None and f.phrase in HOME_SERVICES:
            country = HOME_SERVICES[f.phrase]  # "PNS Himalaya", unlocated: Pakistan's
        name = self._current_name(ns)
        sid = candidate_id(name, country, self.cat.has_site)
        site = Site(sid, name, f.facility_type, country=iso3(country), admin1=admin1,
                    review_status="candidate",
                    parent_site_id=parent.site_id if parent is not None else None)
        if placement is not None:
            self._apply(site, placement)
            # the point and its source land together (the history says where it came from)
            site.location_source_id = self._location_source(site, placement)
            notes.append(_placement_note(placement))
        else:
            notes.append("Unlocated: no statement of the report places it.")
        site.notes = " ".join(notes)
        self._ensure_sources(placement)
        self.cat.add_site(site)
        for p, span in problems:
            self.problem(sid, p, span)
        for p in self.problem_later:
            self.problem(sid, p, f.sentence)
        self.problem_later = []
        ns.site_id = sid
        self._base_at(ns, placement, sid)  # (recorded for the report's later names of it)
        self._put_site(sid, site)
        if site.parent_site_id:
            self.ing.children(site.parent_site_id).add(sid)
        self._keep(self.ing.weighed, sid)[sid] = weighed
        self.result.candidates.append(sid)
        names = [name] + [f2.site_name for f2 in ns.findings]
        # (a table's row naming it again too: "Omura Air Base  JMSDF  helicopters")
        in_town = {match_key(f2.name) for f2 in ns.findings if self._in_its_town(f2)}
        for f2 in ns.findings:
            names += [t for t, _ in f2.aliases]
            if (f2.parent is None or parent is None) and not f2.unit and \
                    not ns.named_abroad and (
                    len(f2.name.split()) == 1 or f2.described
                    or self.ing.places_named(f2.name) or _LETTERED.fullmatch(f2.name)) \
                    and not _inside_name(f2) \
                    and not f2.apart and f2.phrase not in ARMS_MAKERS \
                    and (f2.name not in ARMS_MAKERS or f2.name in ONE_WORKS_MAKERS
                         or self.ing._town(f2.name)) \
                    and f2.phrase.lower().split()[-1:] != ["tailings"] \
                    and not set(f2.phrase.lower().split()) & (SCHOOL_HEADS | {"academy"}) \
                    and not f2.phrase.lower().endswith("schule") \
                    and not set(f2.phrase.lower().split()) & _RESEARCH_WORDS \
                    and f2.phrase not in NUMBERED_COMMANDS \
                    and not self._common_word(f2.name) and not is_weapon_word(f2.name) \
                    and not numbered_name(f2) \
                    and not (f2.phrase.lower() in _TOWNS_AIRPORTS
                             and not CITY_DISTRICT.fullmatch(f2.name)) \
                    and match_key(f2.name) not in self.analysis.towns \
                    and match_key(f2.name) not in in_town \
                    and not self._big_city(f2.name, site) \
                    and not self._a_region_by_its_article(f2.name) \
                    and not self._a_regions_adjective(f2.name) and not (
                        (f2.facility_type not in _NAMED_AFTER_ITS_TOWN or f2.named_first)
                        and f2.phrase.lower() not in ("site", "complex")  # ("the Natanz site")
                        and match_key(f2.name) in (
                            self._measured_from() if self._kind_first(f2)
                            else self._placed_from())):
                # "Sinpo" for the Sinpo shipyard, as analysts say (not a maker's works by its
                # town: "Ferrol" is no name of Navantia Ferrol; nor a school or a mill's
                # tailings: "Sapele" is no name of the naval college at Sapele, "Sillamäe"
                # none of its tailings); not where the report
                # calls X a town ("the town of X"), nor a base's town the report measures
                # from ("X Air Base, about 6 km south of central X"; "Heavy Water Plant
                # Kota at Rawatbhata, about 40 km south-west of Kota": a plant's town stays
                # its other name, "Natanz" for its enrichment plant, as reports use it; a
                # base, a garrison or a store is not: "Killeen Base, west of Killeen"; but
                # what a report names only by its kind near a place is called by the place:
                # "a launch site near Pyongsong", "an underground facility near Kumchon-ni");
                # not a word inside the name ("Plate" of the "Fuel Plate Fabrication Plant");
                # nor a place outside it ("the Low Level Waste Repository near Drigg"); nor
                # the place of a name its number ends ("Nike" of "Nike Missile Site SF-88");
                # nor a city of millions ("Karachi" of the Karachi Nuclear Power Plant: every
                # other report naming the city would be read as naming the plant)
                names.append(f2.name)
            if parent is not None and f2.parent is not None and own_name(f2.phrase):
                names.append(f2.phrase)  # "the 5 MWe reactor", "Pilot Fuel Enrichment Plant"
            elif _NUMBERED_BASE.match(f2.phrase):
                names.append(f2.phrase)  # "the 602nd air base at Tallow", "the 48th arsenal
                # near Kesk": its number names it
            if f2.parent is not None and f2.full_start is not None and own_name(f2.phrase) \
                    and (m := _NAMED_AT.fullmatch(self.text, f2.full_start, f2.span_end)):
                names.append(m.group())  # "the Naval Dockyard at Trincomalee", as written
                # (a part's too: "the Fuel Enrichment Plant at Natanz" of the Natanz plant)
            if parent is None and f2.parent is not None and own_name(f2.phrase) and \
                    f2.phrase[:1].isupper():
                # "the Uranium Conversion Facility (UCF) at Esfahan", a town no site of the
                # report: its own name too
                names.append(f2.phrase)
            if f2.parent is None and f2.full is None and \
                    (written := self._kind_at_place(f2)) is not None:
                names.append(written)  # "the air base at Dire Dawa", as written
        names += ns.aliases
        names = [n for n in names if match_key(n) not in self._unit_names]
        # (a full name the report gives it is its name, whatever GeoNames calls a place so:
        # "Thule Air Base", an area of Greenland there, once the base was renamed)
        full_names = {name, f.site_name} | {f2.full for f2 in ns.findings if f2.full}
        for n in dict.fromkeys(names):
            if n != name and kind_words_only(n):
                continue  # "RAAF BASE" of a notice in capitals, "the former Air Force
                # base": every such base's words
            if match_key(n) and not self.ing._is_non_site(n) or n in full_names:
                self.cat.add_alias(Alias(sid, " ".join(n.split()), "as written in report"))
                self.new_names.append((n, sid))
        for f2 in ns.findings:
            self.cite(sid, f2.sentence)
        self._keep(self.ing._names, sid).setdefault(sid, set()).update(
            match_key(n) for n in names)
        self._cite_later_mentions(ns, site, names)
        if placement is not None:
            self._cite_placement(sid, placement)
            self.result.located.append(sid)

    def _base_at(self, ns: NewSite, placement: Placement | None, sid: str | None = None
                 ) -> str | None:
        """The air base this report wrote before at the point ``placement`` puts ``ns``,
        when both are air bases placed within :data:`SAME_BASE_M` by a published point or
        a listed field (not an airport, whose base beside it is another site); with
        ``sid``, records ``ns`` written as that site instead."""
        if placement is None or ns.first.facility_type != "airbase" or \
                placement.radius_m > SAME_BASE_RADIUS_M or \
                placement.method not in ("published by source", "gazetteer") or \
                _AIRPORT_WORD.search(" ".join(f.site_name for f in ns.findings)):
            return None
        if sid is not None:
            self._bases_at.append((placement.lon, placement.lat, sid))
            return None
        return next((other for lon, lat, other in self._bases_at
                     if distance_m(lon, lat, placement.lon, placement.lat) <= SAME_BASE_M),
                    None)

    def _kind_first(self, f: Finding) -> bool:
        """Whether a finding's kind is written before the place it is named after ("a
        launch site near Pyongsong"): the place is all its name."""
        before = self.text[max(0, f.start - len(f.phrase) - 16):f.start]
        return re.search(re.escape(f.phrase) + r"[ \t]+(?:near|at|in|outside|by|of)[ \t]+\Z",
                         before, re.I) is not None

    def _placed_from(self) -> set[str]:
        """The keys of the places the report measures from or puts things near or beside
        ("west of Killeen", "on the north side of Lawton", "near Klintsy")."""
        if self._anchors_near is None:
            self._anchors_near = self._measured_from() | {
                match_key(st.anchor) for sts in self.analysis.statements for st in sts
                if st.kind == "near" and st.anchor}
        return self._anchors_near

    def _measured_from(self) -> set[str]:
        """The keys of the places the report's distances are measured from."""
        if self._anchors_measured is None:
            self._anchors_measured = {
                match_key(st.anchor) for sts in self.analysis.statements for st in sts
                if st.kind == "distance" and st.anchor}
        return self._anchors_measured

    def _former_keys(self, ns: NewSite) -> set[str]:
        """The match keys of the names the sentences naming ``ns`` say a facility bore
        before ("formerly Y", "called Y until 2023", "Y was renamed X": see
        :func:`.names.former_names` and :func:`.names.renamed_after`); each sentence read
        once per report."""
        out: set[str] = set()
        for f in ns.findings:
            span = f.sentence
            if span not in self._former:
                a, b = span
                low = self.text[a:b].lower()
                self._former[span] = {match_key(t) for t, _ in former_names(self.text[a:b])} \
                    if any(w in low for w in _FORMER_WORDS) else set()
            out |= self._former[span]
            if renamed_after(self.text, f.span_end):
                out.add(match_key(f.site_name))
        return out

    def _current_name(self, ns: NewSite) -> str:
        """The name a new site is written under: its first finding's, unless the report
        says that is a former name ("Harwick Space Base (formerly Tolsby Air Base)",
        "Tolsby Air Base, renamed Harwick Space Base in 2023") and gives a facility's name
        of today; the former stays an alias."""
        name = ns.first.site_name
        former = self._former_keys(ns)
        if not former or match_key(name) not in former:
            return name
        others = [f.site_name for f in ns.findings if f.full and f.parent is None] + [
            t for f in ns.findings for t, _ in f.aliases] + ns.aliases
        # (a name of two words or more with a facility's word, first or not: "Fort Bragg")
        return next((t for t in others if match_key(t) not in former and len(t.split()) > 1
                     and any(is_facility_word(w) for w in t.split())), name)

    def _row_country(self, f: Finding) -> Fact | None:
        """"In X" from a table row's cell that is a country's name ("| Chile | Base Aérea
        Los Cóndores | ..."): the row's site is in that country, not at a namesake abroad."""
        a, b = f.sentence
        row = self.text[a:b]
        if not is_table_row(row):
            return None
        for m in _CELL.finditer(row):
            cell = m.group(1)
            if len(cell) < 4 or match_key(cell) not in _country_keys():
                continue
            try:
                country_code(cell)
            except CatalogError:
                continue  # "Korea": more than one
            st = Statement("in", a + m.start(1), a + m.end(1), cell, a + m.start(1),
                           words=cell)
            return self.resolver.fact(st, f.sentence, f.facility_type)
        return None

    def _listed(self, ns: NewSite, facts: list[Fact]) -> tuple[Place, float] | None:
        """The facility of a public dataset a new site is named like (see
        :func:`.placing.listed_as`)."""
        names = [x.site_name for x in ns.findings] + ns.aliases
        # (the country a statement measured from a name several countries' places bear
        # puts it in is no country the report says: "about 3 km north of San Jose" of
        # Tinian International Airport, read as Puerto Rico's San José)
        settled = [x for x in facts if not (
            x.statement.kind in ("distance", "near") and x.anchor is not None and
            x.statement.anchor and
            len({p.country for p in self.resolver.places_named(x.statement.anchor)}) > 1)]
        return self._in_a_named_state(listed_as(
            ns.first.facility_type, ns.first.site_name,
            _dataset_names(ns.first.site_name, names), settled,
            self._item_first(ns.first.sentence[1] - 1)))

    def _in_a_named_state(self, listed: tuple[Place, float] | None
                          ) -> tuple[Place, float] | None:
        """``listed`` unless it is a civil "X Field" of a base's name (see
        :data:`.airfields.OTHER_FIELD_M`; often a person's name) in a US state the report
        never names: "Brooks Air Force Base", San Antonio's, is not Michigan's civil Brooks
        Field."""
        if listed is not None and listed[1] >= OTHER_FIELD_M and listed[0].country == "US" \
                and civil_x_field(listed[0].name) \
                and listed[0].admin1_name and not re.search(
                    r"\b" + re.escape(listed[0].admin1_name) + r"\b", self.text):
            return None
        return listed

    def _icao_fact(self, ns: NewSite, facts: list[Fact]) -> Fact | None:
        """What the ICAO code a table row naming the site gives in a cell of its own, or a
        sentence after "ICAO", says of its place ("| Pleso Air Base | Croatia | Zagreb
        airport | LDZA |"): within the airfield's reach of that code's listed point, when
        it lies in a country the site's statements or the report put it in."""
        own = {x.country for x in facts if x.country and not x.problem}
        countries = own or set(self._item_first(ns.first.sentence[1] - 1))
        for f in ns.findings:
            a, b = f.sentence
            row = self.text[a:b]
            codes = [(m.group(1), m.start(1)) for m in _CELL.finditer(row)
                     if _ICAO.fullmatch(m.group(1))] if is_table_row(row) else []
            codes += [(m.group(1), m.start(1)) for m in _ICAO_SAID.finditer(row)]
            for code, at in dict.fromkeys(codes):
                field = airfield_by_icao(code)
                if field is None or field.country not in countries or (
                        r := airfield_radius_m(ns.first.site_name, field,
                                               ns.first.facility_type)) is None:
                    continue
                anchor = Anchor(f"{field.name} ({field.place_id})", field.lon, field.lat, 0.0,
                                field, country=field.country)
                st = Statement("icao", a + at, a + at + 4, code, a + at, words=code)
                return Fact(st, f.sentence, Disc(field.lon, field.lat, r), anchor=anchor,
                            country=field.country,
                            note=(f"Read from the ICAO code {code} the report gives: within "
                                  f"{r / 1000:.0f} km of {field.name} ({field.place_id}) at "
                                  f"{field.lat:.4f} N, {field.lon:.4f} E."))
        return None

    def _far_namesake(self, place, facility_type: str, facts: list[Fact] = (),
                      at: int | None = None) -> str | None:
        """Why the small place a site is named after is likely another place of that
        name: the places the report measures its sites from lie together, within
        :data:`FAR_NAMESAKE_M` of each other, and all farther from it than that and the
        named-after radius (a village "Pelindaba" 340 km from the Pretoria and
        Hartbeespoort the report speaks of). None when it may be the site's (a report of
        places far apart says nothing of where another site is), or when it lies in the
        province the site's own ``facts`` name ("Tiksi airfield in the Sakha Republic")."""
        if (place.population or 0) >= SMALL_PLACE_POPULATION:
            return None
        if any(isinstance(x.constraint, Area) and not x.problem
               and x.constraint.contains(place.lon, place.lat) for x in facts):
            return None
        if at is not None:  # the paragraph of the sentence naming the site
            lo = max(self.text.rfind("\n\n", 0, at), 0)
            hi = self.text.find("\n\n", at)
            hi = len(self.text) if hi < 0 else hi
            if re.search(r"\b(?:town|village|hamlet|settlement|port)[ \t]+of[ \t]+"
                         + re.escape(place.name) + r"(?![\w'’-])", self.text[lo:hi]):
                return None  # "the island town of Vardø" in the site's paragraph: the
                # report writes the place it names
        if self._anchors is None:
            every = [x for ns in self.new.values() for x in ns.facts]
            every += [x for xs in self.facts.values() for x in xs]
            self._anchor_facts = [(x.sentence, x.anchor) for x in every if x.anchor is not None
                                  and x.anchor.place is not None and not x.problem]
            self._anchors = [a for _, a in self._anchor_facts]
        if not self._anchors:
            return None
        reach = FAR_NAMESAKE_M + named_after_radius_m(facility_type)
        if at is not None:
            # "The cantonment next to Biggs Army Airfield", in a paragraph about El Paso: the
            # places of a paragraph that lie together say where its sites are, in a report
            # of places far apart
            near = [a for (x0, _), a in self._anchor_facts if x0 == at] or [
                a for (x0, _), a in self._anchor_facts if lo <= x0 < hi]  # its sentence's first
            together = near and all(distance_m(near[0].lon, near[0].lat, a.lon, a.lat)
                                    <= FAR_NAMESAKE_M for a in near[1:])
            if together and all(distance_m(place.lon, place.lat, a.lon, a.lat) > reach
                                for a in near):
                gap = min(distance_m(place.lon, place.lat, a.lon, a.lat) for a in near)
                return (f"the only {place.name!r} the gazetteer has ({place.place_id}, a "
                        f"small place) lies {gap / 1000:.0f} km from every place the "
                        "sentence or paragraph naming the site measures from: likely another "
                        "place of that name (or a person's), so the site is not placed there")
        a0 = self._anchors[0]
        if any(distance_m(a0.lon, a0.lat, a.lon, a.lat) > FAR_NAMESAKE_M
               for a in self._anchors[1:]):
            return None  # a report of places far apart: a site may be far from them all
        gaps = [distance_m(place.lon, place.lat, a.lon, a.lat) for a in self._anchors]
        if min(gaps) <= reach:
            return None
        return (f"the only {place.name!r} the gazetteer has ({place.place_id}, a small "
                f"place) lies {min(gaps) / 1000:.0f} km from every place the report "
                "measures from: likely another place of that name, so the site is not "
                "placed there")

    def _fold_into_known(self, ns: NewSite) -> None:
        """A new name the report gives a known site: cite that site, and record the name
        (an alias of a candidate; a ``supports=name`` citation for any site)."""
        sid = ns.same_as
        for f in ns.findings:
            self.cite(sid, f.sentence)
            self.add_alias(sid, f.site_name, f.sentence)
        for a in ns.aliases:
            self.add_alias(sid, a, ns.first.sentence)
        self.facts.setdefault(sid, []).extend(ns.facts)
        if sid not in self.result.sites_matched:
            self.result.sites_matched.append(sid)

    def _cite_later_mentions(self, ns: NewSite, site: Site, names: list[str]) -> None:
        """Later sentences naming the new site without facility words cite it too, unless
        the name is also a town's and the sentence does not speak of the facility."""
        local = NameIndex()
        for n in names:
            if match_key(n):
                local.add(n, Entry("site", site.site_id, n))
        sentences = self.analysis.sentences
        for i, matches in matches_by_sentence(local, self.text, sentences).items():
            a, b = sentences[i]
            sentence = self.text[a:b]
            anchors = [(st.anchor_start - a, st.anchor_end - a)
                       for st in self.analysis.statements[i]
                       if st.anchor_start is not None and st.kind == "distance"]
            found = [m for m in matches
                     if not any(x <= m.start and m.end <= y for x, y in anchors)]
            if not found or (site.site_id, "existence", (a, b)) in self.cited:
                continue
            keys = {match_key(sentence[m.start:m.end]) for m in found}
            why = next((w for k in keys if (w := self.ing._ambiguous(k))), None)
            if why and all(self.ing._ambiguous(k) for k in keys) and \
                    not self.ing._speaks_of(site, sentence, keys):
                self.hold(site.site_id, f"{sentence[found[0].start:found[0].end]!r} is {why}, "
                          "and the sentence does not speak of the facility", (a, b))
                continue
            self.cite(site.site_id, (a, b))

    def _country(self, placement: Placement | None, facts: list[Fact], named: Fact | None
                 ) -> tuple[str | None, str | None]:
        """ISO alpha-2 and admin-1 of a site: from its point, else from the statements.
        A derived point that falls across a border from the one country every statement
        names (the centre of "south-east of Dimona" may lie in Jordan) is not the site's
        country: the statements' is."""
        admin1 = next((f.admin1 for f in facts if f.admin1 and not f.problem), None)
        stated = {f.country for f in facts + ([named] if named else [])
                  if f.country and not f.problem}
        if placement is not None and (placement.used or placement.named_after is not None):
            # (a statement the placement left out says nothing of the country: "on the
            # coast", read as India's, beside "west of Karachi")
            stated = {f.country for f in placement.used if f.country and not f.problem} | (
                {placement.named_after.country} if placement.named_after is not None
                and placement.named_after.country else set()) or stated
        if placement is not None and placement.radius_m <= 150_000:
            cc, a1 = _locate_point(placement.lon, placement.lat)
            if cc and (placement.precision == "exact" or len(stated) != 1 or cc in stated):
                return cc, admin1 or a1
            if cc is None and placement.precision == "exact":
                # a published point off every coast: the country of what placed it, else
                # the report's, never that of a namesake abroad (Ireland's Tallow for a
                # point in the Gulf of Aden)
                return next((f.country for f in placement.used if f.country and not f.problem),
                            self.context_country), admin1
        if placement is None and len(stated) > 1:
            # statements that do not overlap, in two countries ("at Marka" read as the
            # Somali town, "5 km north-east of downtown Amman"): the sentence's country if
            # it is one of them, else none
            return (self.context_country if self.context_country in stated else None), admin1
        used = placement.used if placement is not None else []
        for f in used + facts + ([named] if named else []):
            if f.country and not f.problem:
                return f.country, admin1  # (those that placed it first)
        sides = [set(f.either) for f in facts if f.either and not f.problem]
        if any(self.context_country not in both for both in sides):
            return None, admin1  # "a US garrison near the Syrian-Jordanian border": not US
        return self.context_country, admin1

    def _region_written_after(self, name: str, span: tuple[int, int]) -> str | None:
        """The region the sentence ``span`` writes after the place ``name`` ("the Port Hope
        Conversion Facility, on the harbour of Port Hope, Ontario"), if any."""
        for m in re.finditer(re.escape(name), self.text[span[0]:span[1]]):
            q = qualifier_after(self.text, span[0] + m.end(), span[1])
            if q is not None:
                return q.group("region")
        return None

    def _province_area(self, facts: list[Fact]):
        """The polygon of the first province the facts put the site in ("in Ryazan
        Oblast", "in New Mexico"; not a country's namesake: "in Djibouti"), or None."""
        return next((f.constraint.geometry for f in facts
                     if (f.statement.kind == "admin" or f.statement.kind == "in"
                         and self.resolver._is_province(f.statement.anchor)
                         and not self.resolver._is_country(f.statement.anchor))
                     and not f.problem and hasattr(f.constraint, "geometry")), None)

    def _within_province(self, facts: list[Fact], facility_type: str) -> list[Fact]:
        """The facts read again with the province the report puts the site in, so that a
        town of a common name ("Mirny") is the one in that province."""
        area = self._province_area(facts)
        if area is None:
            return facts
        self.resolver.within = area
        try:
            return [self.resolver.fact(f.statement, f.sentence, facility_type)
                    if f.statement.kind in ("distance", "near", "in") else f for f in facts]
        finally:
            self.resolver.within = None

    def _by_the_others(self, facts: list[Fact], facility_type: str) -> list[Fact]:
        """The facts that could not be read for a name several places bear ("9 km north
        of Silverdale"), read again with the one of them near where the site's other
        statements put it ("30 km west of Seattle"), and in the one country they put it in
        ("in Río Negro province" of Argentina, not Uruguay)."""
        redo = [f for f in facts if f.problem and f.statement.kind in _REREAD]
        good = [f for f in facts if f.constraint is not None and not f.problem]
        if not redo or not good:
            return facts
        try:
            est = locate([f.constraint for f in good])
        except ConflictError:
            return facts
        countries = {f.country for f in good if f.country}
        saved = self.resolver.countries
        if len(countries) == 1 and not saved:
            self.resolver.countries = list(countries)
        out = []
        try:
            for f in facts:
                if f in redo:
                    st = f.statement
                    self.resolver.near = (est.lon, est.lat,
                                          est.radius_m + (st.max_m or 0.0) + NAMESAKE_SLACK_M)
                    self.resolver.near_constraints = tuple(g.constraint for g in good) \
                        if st.kind == "in" else ()
                    again = self.resolver.fact(st, f.sentence, facility_type)
                    f = f if again.problem else again
                out.append(f)
        finally:
            self.resolver.near, self.resolver.near_constraints = None, ()
            self.resolver.countries = saved
        return out

    def _namesake_by_the_others(self, facts: list[Fact], facility_type: str,
                                named: Fact | None = None) -> list[Fact]:
        """The facts, one read again when the statements disagree and it is measured from
        a name several places bear: the one of them the other statements, which agree, put
        the site beside ("in Kittery, Maine, across the river from Portsmouth", with
        "Portsmouth, Virginia" later in the sentence: New Hampshire's Portsmouth), or the
        listed facility bearing the site's whole name, ``named`` ("Tinian International
        Airport, about 3 km north of San Jose": the village on Tinian, not Puerto Rico's San
        José)."""
        good = [f for f in facts if f.constraint is not None and not f.problem]
        if named is not None and named.constraint is not None and good:
            good.append(named)
        if len(good) < 2 or not disagree(good):
            return facts
        for f in good:
            if f is named:
                continue
            st = f.statement
            if st.kind not in _REREAD or f.anchor is None or f.anchor.place is None or \
                    len({p.place_id for p in self.resolver.places_named(st.anchor)}) < 2:
                continue
            others = [g for g in good if g is not f]
            if disagree(others):
                continue
            est = locate([g.constraint for g in others])
            self.resolver.near = (est.lon, est.lat,
                                  est.radius_m + (st.max_m or 0.0) + NAMESAKE_SLACK_M)
            try:
                again = self.resolver.fact(st, f.sentence, facility_type)
            finally:
                self.resolver.near = None
            if again.problem or again.constraint is None or again.anchor is None or \
                    again.anchor.place is None or \
                    again.anchor.place.place_id == f.anchor.place.place_id or \
                    disagree([*others, again]):
                continue
            return [again if g is f else g for g in facts]
        return facts

    def _report_points(self) -> list[tuple[float, float]]:
        """The points of the places the report's statements measure from, and of its
        published coordinates, so far."""
        every = [x for ns in self.new.values() for x in ns.facts]
        every += [x for xs in self.facts.values() for x in xs]
        return [(x.anchor.lon, x.anchor.lat) if x.anchor is not None else x.point[:2]
                for x in every if not x.problem and (x.anchor is not None
                                                     or x.point is not None)]

    def _placed_in_sentence(self, sentence: tuple[int, int]) -> list[tuple[float, float]]:
        """The points of the new sites already written and located that ``sentence``
        names."""
        return [(s.lon, s.lat) for ns in self.new.values() if ns.site_id is not None
                and any(g.sentence == sentence for g in ns.findings)
                and (s := self.ing._sites.get(ns.site_id)) is not None and s.located]

    def _namesake_by_its_neighbours(self, facts: list[Fact], facility_type: str
                                    ) -> list[Fact]:
        """The facts, one read again when it measures from a name several places bear and
        the sites already placed from the same sentence all lie far from the place read:
        the namesake among them ("Camp Amami,
        in the north of Amami Ōshima, and Camp Setouchi in the town of Setouchi": the
        island's Setouchi, not Okayama's city 700 km away)."""
        for f in facts:
            if f.problem or f.anchor is None or f.anchor.place is None or \
                    f.statement.kind not in _REREAD or f.statement.anchor is None or \
                    len({p.place_id for p in self.resolver.places_named(f.statement.anchor)}) < 2:
                continue
            near = self._placed_in_sentence(f.sentence)
            reach = NEIGHBOUR_NAMESAKE_M
            if not near or any(distance_m(f.anchor.lon, f.anchor.lat, lon, lat) <= reach
                               for lon, lat in near):
                continue
            self.resolver.near = (near[0][0], near[0][1], reach)
            try:
                again = self.resolver.fact(f.statement, f.sentence, facility_type)
            finally:
                self.resolver.near = None
            if again.problem or again.anchor is None or again.anchor.place is None or \
                    again.anchor.place.place_id == f.anchor.place.place_id:
                continue
            return [again if g is f else g for g in facts]
        return facts

    def _province_named(self, name: str, place) -> bool:
        """Whether ``name`` is the own name of a province of ``place``'s country, and
        ``place``, a small town, bears a longer name ("Idaho" and Idaho Springs; not Jeju
        City, which a province's facilities may be named after as after the province)."""
        key = match_key(name)
        return (place.population or 0) < SMALL_PLACE_POPULATION and \
            match_key(place.name) != key and any(
            (p.feature_code or "").upper() == "ADM1" and p.country == place.country
            and match_key(p.name) == key for p in self.resolver.places_named(name))

    def _sentence_country(self, f: Finding) -> str | None:
        """The country the text puts an unlocated site in: the one its sentence places it
        in ("in North Korea", "Iran's", "a North Korean missile base"), else the one the
        item of a digest it is in is headed by (see :func:`report_items`), else the one the
        report is plainly about (named at least twice, at least twice as often as any
        other, and in more than two thirds of all the report's namings of countries: a
        digest of a dozen countries, one named five times, is about none, nor is a report
        on South Korea's air force that names the North's bases). "US and South Korean
        officials" places nothing."""
        if (cc := country_after(self.text, f.span_end)) is not None:
            return cc  # "Pilcaniyeu Technological Complex (Argentina; CNEA)"
        sentence = self.text[f.sentence[0]:f.sentence[1]]
        # (not the owner of a base abroad: "China's navy keeps its only overseas base, the
        # PLA Support Base, near the Doraleh port")
        here = located_countries(sentence) if not _ABROAD.search(sentence) else set()
        if len(here) == 1:
            return here.pop()
        if (cc := self._item_country(f.sentence[1] - 1)) is not None:
            return cc  # an item of a digest headed "SOUTH AFRICA - ...": that country
        counts = dict(self.analysis.country_counts)
        for cc in self.provinces:  # a country's provinces speak of it too ("Vologda Oblast")
            counts[cc] = counts.get(cc, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) \
                and 3 * ranked[0][1] > 2 * sum(n for _, n in ranked):
            return ranked[0][0]
        return None

    @staticmethod
    def _apply(site: Site, p: Placement) -> None:
        site.lon, site.lat = p.lon, p.lat
        site.location_precision = coarseness(p)
        site.precision_m = float(round(p.radius_m))
        site.location_method = p.method

    def _ensure_sources(self, p: Placement | None) -> None:
        if p is None:
            return
        for f in p.used:
            if f.anchor is not None and f.anchor.place is not None:
                self._ensure_gazetteer(f.anchor.place.place_id)
        if p.named_after is not None and p.named_after.place is not None:
            self._ensure_gazetteer(p.named_after.place.place_id)

    def _ensure_gazetteer(self, place_id: str) -> str:
        sid, title, publisher, url, notes = GAZETTEER_SOURCES[place_id.split(":")[0]]
        if sid not in self.gazetteer_used and not self.ing._source_exists(sid):
            self.cat.add_source(Source(sid, title, [], publisher, None, url, None, "dataset",
                                       None, notes))
        self.gazetteer_used.add(sid)
        return sid

    def _location_source(self, site: Site, p: Placement) -> str:
        if p.method == "gazetteer":
            return GAZETTEER_SOURCES[p.named_after.place.place_id.split(":")[0]][0]
        return self.source.source_id

    def _cite_placement(self, sid: str, p: Placement) -> None:
        """Every statement the location rests on, cited; the gazetteer cited for the
        anchor points it gave."""
        self.cite_facts(sid, p.used)
        anchors = [f.anchor for f in p.used if f.anchor is not None and f.anchor.place]
        if p.named_after is not None and p.named_after.place is not None:
            anchors.append(p.named_after)
        by_source: dict[str, list[Anchor]] = {}
        for a in anchors:
            by_source.setdefault(GAZETTEER_SOURCES[a.place.place_id.split(":")[0]][0],
                                 []).append(a)
        for src, items in by_source.items():
            what = "; ".join(dict.fromkeys(
                f"{a.place.place_id} ({a.place.name}) at {a.place.lat} N, {a.place.lon} E"
                for a in items))
            coded = any(f.statement.kind == "icao" for f in p.used)
            named_like = p.named_after is not None and p.named_after.place is not None and \
                p.named_after.place.place_id.split(":")[0] == src
            note = (f"{LISTED[src].capitalize()} {what}: the listed point of the "
                    f"{LISTED[src]} " + ("whose ICAO code the report gives." if coded else
                                         "the site is named like." if named_like else
                                         "the report measures from.") if src in LISTED else
                    f"Gazetteer place {what}: the place the report measures from or names "
                    "the site after, not the facility itself.")
            key = (sid, "location", (-1, -1), src)
            if key in self.cited:
                continue
            self.cited.add(key)
            self.pending.append(Citation(sid, src, None, "location", note=note))
            self.result.citations_added += 1
        site = self.ing._sites[sid]
        src = self._location_source(site, p)
        if site.location_source_id != src:
            site.location_source_id = src
            self.cat.update_site(site)

    # -- known sites ----------------------------------------------------------------------
    def update_known_sites(self) -> None:
        """Statements about sites already in the catalogue: a candidate is placed again
        from everything said of it; an accepted site is never moved, its location is
        cited when a statement agrees with it and reported when one does not."""
        for sid, facts in self.facts.items():
            facts = [x for x in map(self._on_site, facts) if x is not None]
            site = self.cat.get_site(sid)
            if site.review_status == "rejected":
                continue
            if site.review_status == "accepted":
                self._corroborate(site, facts)
                continue
            weighed = self.ing.weighed.get(sid, set())
            if {fact_key(f) for f in facts} <= weighed:
                # every statement was weighed before (by this process): nothing can move it
                if site.located:
                    self._corroborate(site, facts)
                continue
            before = self._earlier_facts(site)
            said = {fact_key(f) for f in before} | weighed
            novel = [f for f in facts if fact_key(f) not in said]
            self._keep(self.ing.weighed, sid)[sid] = said | {fact_key(f) for f in facts}
            if not novel and not site.located:
                continue  # nothing new to place it by
            if site.located and (not novel or site.location_method not in (
                    "gazetteer", "derived from source text", "published by source")):
                # a report repeating what earlier ones said, or an analyst's or a third
                # party's point (not ingest's to move): cited where it agrees
                self._corroborate(site, facts)
                continue
            # a candidate named like a listed airfield or plant is placed by it still
            listed = self._in_a_named_state(listed_as(
                site.facility_type, site.name, _dataset_names(
                    site.name, [site.name] + [a.alias for a in self.cat.aliases(sid)]),
                before + novel,
                self.resolver.countries))
            placement, problems = place(
                before + novel, listed_fact(*listed, (0, 0)) if listed is not None else None,
                self.resolver.countries)
            for p, span in problems:
                self.result.problems.append(f"{site.name}: {p}")
                self.problem(sid, p, span)
            if placement is None:
                continue
            old = (site.lon, site.lat, site.precision_m, site.location_method)
            self._apply(site, placement)
            if (site.lon, site.lat, site.precision_m, site.location_method) == old:
                self._corroborate(site, facts)
                continue
            self._ensure_sources(placement)
            site.location_source_id = self._location_source(site, placement)
            cc, a1 = _locate_point(site.lon, site.lat)
            site.country = site.country or iso3(cc)
            site.admin1 = site.admin1 or a1
            site.updated_at = None
            self.cat.update_site(site, source_id=site.location_source_id,
                                 note=_placement_note(placement))
            self._put_site(sid, self.cat.get_site(sid))
            self.cite_facts(sid, [f for f in placement.used if f in facts])
            self.result.located.append(sid)

    def _corroborate(self, site: Site, facts: list[Fact]) -> None:
        if not site.located:
            for f in facts:
                if not f.problem:
                    why = (f"{f.statement.words!r} places this accepted, unlocated site; an "
                           f"analyst may locate it: {f.note}")
                    self.result.problems.append(f"{site.site_id}: {why}")
                    self.problem(site.site_id, why, f.sentence)
            return
        agree = []
        for f in facts:
            if f.problem:
                continue
            if f.point is not None:
                ok = distance_m(site.lon, site.lat, f.point[0], f.point[1]) <= (
                    f.point[2] + (site.precision_m or 0))
            else:
                ok = holds(f, site.lon, site.lat)
            if ok:
                agree.append(f)
            else:
                why = f"{f.statement.words!r} disagrees with its location: {f.note}"
                self.result.problems.append(f"{site.site_id}: {why}")
                self.problem(site.site_id, why, f.sentence)
        self.cite_facts(site.site_id, agree)

    def cite_facts(self, site_id: str, facts: list[Fact]) -> None:
        """Cite the sentences of facts (``supports=location``), one citation per sentence
        whose note reads every fact taken from it."""
        by_sentence: dict[tuple[int, int], list[str]] = {}
        for f in facts:
            by_sentence.setdefault(f.sentence, []).append(f.note)
        for span, notes in by_sentence.items():
            self.cite(site_id, span, "location", note=" ".join(dict.fromkeys(notes)))

    def _earlier_facts(self, site: Site) -> list[Fact]:
        """The statements earlier reports made about a site, read again from the
        sentences its location citations quote."""
        out = []
        cc = iso2(site.country)
        resolver = Resolver(self.ing.places_named, self._located_site,
                            [cc] if cc else self.countries, regions)
        for c in self.cat.citations(site_id=site.site_id):
            if c.supports != "location" or not c.quote or c.source_id == self.source.source_id:
                continue
            refs = []
            for m in self.ing.index.find(c.quote, kinds=("site",)):
                for e in m.entries:
                    refs.append(Ref(e.ref, m.start, m.end))
            sts = statements_in(c.quote)
            for st in sts:
                subj = subject_of(st, refs)
                if subj == site.site_id or (subj is None and len(sts) == 1):
                    out.append(resolver.fact(st, (c.char_start or 0, c.char_end or 0),
                                             site.facility_type))
        return out


#: A cell of a table row: text between bars.
_CELL = re.compile(r"(?<=\|)[ \t]*([^|\n]*?)[ \t]*(?=\|)")
# An ICAO code: a cell of its own, or written after "ICAO" ("ICAO: LDZA", "ICAO code LDZA")
_ICAO = re.compile(r"[A-Z]{4}")
_ICAO_SAID = re.compile(r"\bICAO(?:[ \t]+code)?[: \t]+([A-Z]{4})\b")


@functools.cache
def _country_keys() -> frozenset[str]:
    """The keys of every country's names (a cell is only looked up when it is one)."""
    return frozenset(match_key(n) for c in all_countries().values() for n in c.names)


#: Above these radii a derived location is a province's or a country's, not a point's.
PROVINCE_RADIUS_M = 100_000.0
COUNTRY_RADIUS_M = 400_000.0


#: A facility's own name, then where it is: "Naval Dockyard at Trincomalee".
_NAMED_AT = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,5}[ \t]+(?:at|in|of)"
                       r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")

#: A base's words that open with its number ("602nd air base", "201st military base"): a
#: unit's base, named by the number as much as by its place
# A place's name and a station's letter or numeral: "Sizewell B", "Hinkley Point C", "Paks II"
# (what reports call the station by)
_LETTERED = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:[A-D]|II|III)")
_NUMBERED_BASE = re.compile(r"\d{1,4}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}(?:base|arsenal)\b",
                            re.I)


#: Words of the sentences that may give a former name (see ReportWriter._former_keys)
_FORMER_WORDS = ("former", "renamed", "until", "till", "previously", "originally", "once",
                 "earlier", "before", "up to")


#: A line that opens an item of a digest with the country it is about: "1. SOUTH AFRICA -
#: KOEBERG UNIT 2 LICENCE", "South Africa: Koeberg licence", "## Bangladesh", "- Niger —".
#: A numbered or Markdown heading ("2. THE U.S. RANGES ARE FULL", "## Quick hits")
_SECTION_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]*|\(?\d{1,3}[.)][ \t]+)[A-Z]")
_ITEM_LEAD = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|[-*•][ \t]+|\(?\d{1,3}[.)][ \t]*)?"
    r"([A-Z][A-Za-z.'’ -]{1,40}?)[ \t]*(?::|[ \t][-–—][ \t]|[ \t]*$)", re.M)
# (or a numbered line's country in capitals and a full stop, the item after it: "3) EGYPT.
# El Dabaa ...")
_ITEM_STOP_LEAD = re.compile(r"^[ \t]*\(?\d{1,3}[.)][ \t]*([A-Z][A-Z '’-]{1,40}[A-Z])\.[ \t]",
                             re.M)


def report_items(text: str) -> list[tuple[int, str]]:
    """The items of a digest or newsletter of short items, each headed by the country it
    is about: (where its heading line starts, ISO alpha-2), in text order. A line opening
    with a country's name and a colon or a dash, or a line of that name alone, starts
    one; a report of no such line has none. In a report that has some, a numbered or
    Markdown heading of no country ("2. THE U.S. RANGES ARE FULL") starts an item of no
    country (None): the item before it ends there.

    Examples
    --------
    >>> report_items("1. SOUTH AFRICA - KOEBERG\\nIt runs.\\nBangladesh: fuel at Rooppur")
    [(0, 'ZA'), (35, 'BD')]
    >>> report_items("Chile: a pad\\n2. THE RANGES ARE FULL\\nX flew.")
    [(0, 'CL'), (13, None)]
    >>> report_items("3) EGYPT. El Dabaa ...\\n4) FUEL. A line at a plant in Columbia, South"
    ...              " Carolina.\\nIran. It\\n5) FUEL")
    [(0, 'EG'), (88, None)]
    """
    out: list[tuple[int, str | None]] = []
    leads = sorted(itertools.chain(_ITEM_LEAD.finditer(text), _ITEM_STOP_LEAD.finditer(text)),
                   key=lambda m: m.start())
    for m in leads:
        cc = country_of_word(m.group(1))
        if cc is not None:
            out.append((m.start(), cc))
        elif out and m.re is _ITEM_LEAD and _SECTION_HEADING.match(m.group()):
            # (not "4. NORTH-WEST AIRFIELDS. ...": a country's item's numbered paragraph)
            out.append((m.start(), None))
    return out


def _km_text(m: float) -> str:
    return f"{m / 1000:.0f} km" if m >= 10_000 else f"{m / 1000:.1f} km"


def coarseness(p: Placement) -> str:
    """The precision class of a placement: ``exact`` for published coordinates, else
    ``approximate``, or ``province``/``country`` when the circle is that wide."""
    if p.precision == "exact" or p.radius_m <= PROVINCE_RADIUS_M:
        return p.precision
    return "province" if p.radius_m <= COUNTRY_RADIUS_M else "country"


# A word as _common_word looks for it: a whole run of word characters and hyphens.
_WORD_RUN = re.compile(r"[\w-]+")
#: A web or mail address, or a file's path: its words are nobody's prose
_ADDRESS = re.compile(r"\S*(?:://|www\.|@|/)\S*")
# The capitalised words a sentence opens with, before a comma ("Chkalovsk, about ...").
_OPENING_WORDS = (r"(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w'’-]*){0,4})"
                  r"\s*,")  # one name may wrap at a line's end ("AWE\nAldermaston,")
# Between a site's name and that of the site it stands at ("X at the Y", "X on the Y").
_AT_THE = re.compile(r"\s+(?:at|in|within|inside|on)\s+(?:the\s+)?")
# "Faslane, as the base is universally known, ...": another name of a site named before.
#: A field of an infobox or a fact sheet that says where its site is ("Location: ...").
#: A register's number before a record's title ("RUS1806.", "E-2103")
_REGISTER_NUMBER = re.compile(r"[A-Z]{0,5}-?\d[\w.-]{0,10}")


def _in_capitals(line: str) -> bool:
    """Whether a line's letters are capitals, most of them ("EXAMPLE TRADING HOUSE")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: A wide gap between a line's columns
_CELL_GAP = re.compile(r"[ \t]{3,}")
#: A list's record by its name field ("2. Name: Example Karun Construction Group"): the
#: fields under it are that record's, not a site's named in the record before
_RECORD_NAME_FIELD = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]+)?(?i:name)[ \t]*:")
# (after another field's label too: "Identifying information: Address: Tula")
_PLACE_FIELD = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(?:[A-Z][\w ]{0,30}:[ \t]*)?"
                          r"(?:Location|Situated|Position|Address|"
                          # (a gazetteer's entry: "RAF Habbaniya" over "Note: On the
                          # Euphrates about 80 km west of Baghdad")
                          r"Notes?|Remarks?|Description)[ \t]*:", re.I)
#: "The airport lies ...": words that go on about the last site only when they are its name's
_OWN_NOUN_START = re.compile(r"\s*[Tt]he\s+(airport|airstrip|aerodrome|camp|depot|laboratory|"
                            r"arsenal|(?:naval|air|submarine)[ \t]+(?:station|base))\b")
#: A list's bullet at a line's start, and a field's label ("Location:", "Other names:")
_BULLET_LINE = re.compile(r"^([ \t]*)(?:[-•*–·]|\d{1,2}[.)])[ \t]+", re.M)
#: A list item's mark and the bold or italic marks of the name it opens with
_ITEM_MARK = re.compile(r"[ \t]*(?:[-•*–·]|\(?\d{1,3}[.)])[ \t]+(?:\*\*|__|\*|_)?")
_FIELD_LABEL = re.compile(r"[ \t]*(?:[A-Z][\w'’ /-]{0,30}|" + AKA + r"):")  # (and "a.k.a.:")
_AS_KNOWN = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}),\s+as\s+"
                       r"(?:the\s+(?:air\s+|naval\s+|air\s+force\s+)?("
                       # (or its runways': "Tallow Field, as the air station's runways are
                       # formally known")
                       + SUBJECT_NOUNS + r")(?:['’]s\s+(?:runways?|airfield|field))?"
                       r"\s+(?:is|are)|it\s+is)"  # ("The Armenian NPP, as it is officially
                       # called, relies on ...": the plant named before)
                       r"\s+(?:(?:\w+ly|also|still|now)\s+)?(?:known|called)\b")
# ... "the air station, which pilots still call Tallow Field, will ...": the same
_WHICH_CALL = re.compile(r"\b[Tt]he\s+(?:air\s+|naval\s+|air\s+force\s+)?(" + SUBJECT_NOUNS
                         + r"),\s+which\s+(?:[\w'’-]+\s+){1,3}?call(?:s|ed)?\s+(?:it\s+)?"
                         r"(?:the\s+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})(?=\s*[,;.])")


def _another_name_said(text: str, span: tuple[int, int]) -> tuple[str, str, int] | None:
    """The other name a sentence gives a site named before it, the noun it calls that site
    by and where the name stands: "Faslane, as the base is universally known, ...", "the
    air station, which pilots still call Tallow Field, ..." (:data:`_AS_KNOWN`,
    :data:`_WHICH_CALL`)."""
    if (m := _AS_KNOWN.match(text, *span)) is not None:
        return m.group(1), m.group(2) or "site", m.start(1)  # ("as it is": the site)
    if (m := _WHICH_CALL.search(text, *span)) is not None:
        return m.group(2), m.group(1), m.start(2)
    return None


#: A place or an airfield right after a name: ", at Port Blair airfield", " at Sangley Point"
# (after its town and a colon too, as a list's item has it: "Wing 46, Tallow: at Tallow
# Airport")
_AT_NAME = re.compile(r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?:?"
                      r",?[ \t]+at[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                      r"(?:[ \t]+(?:airfield|airport|air[ \t]+base))?)")


# After a site's name: "(KUMSC) on the base", "at the site" (a site named before).
_ON_THE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:on|at|within|inside)\s+the\s+("
                     + SUBJECT_NOUNS + r")\b(?!\s+of\b)(?!['’])")
# "the MELOX plant there makes ...", not "the plant there is" (there is: a thing exists)
_THERE = re.compile(r"[ \t]+there\b(?![ \t]+(?:is|are|was|were|has|have|had|will|would)\b)")
# "near the village of Deveselu": a place, never the site named after it.
_SETTLEMENT_OF = re.compile(r"\b(?:town|village|city|port)\s+of\s", re.I)
# A site's initials, as a report gives them in brackets ("(NNC)", "(VNIIEF)").
_INITIALS = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# Initials written right after a name: "(SRS)", '("SRS")', ", known as OPAL".
_INITIALS_AFTER = re.compile(
    r"\s*\(\s*[\"“'‘]?([A-Z][A-Z0-9]{1,7})[\"”'’]?\s*[);,]"
    r"|,?\s+(?:also\s+|commonly\s+|simply\s+)?known\s+as\s+(?:the\s+)?([A-Z][A-Z0-9]{1,7})\b")
# Initials written right before a name, its words in brackets: "OPAL (Open Pool ...".
_INITIALS_BEFORE = re.compile(r"\b([A-Z][A-Z0-9]{1,7})\s*\(\s*(?:the\s+)?$")
# An organisation's initials before a place's name ("AWE Burghfield", "RNAD Coulport").
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_OPENING_NAME = re.compile(r"\s*(?:[-•*·][ \t]+)?" + _OPENING_WORDS)  # a list's item too
#: A capitalised word of a name (a Latin script's capitals with their marks)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
#: A name opening a sentence, set off by a comma ("Shigatse Tingri, on the plateau, ...")
_NAME_SET_OFF_FIRST = re.compile(rf"[ \t]*(?:[-*•][ \t]+)?({_CAP_WORD}(?:[ \t]{_CAP_WORD})*)"
                                 r"[ \t]*,[ \t]*(?=(?:on|in|at|near|about|just|some|the|a|an|"
                                 r"which|where|north|south|east|west)\b)")
#: A name right before a point, after a list's separator or a colon ("...: Casey 66°17′S
#: 110°32′E; Davis 68°35′S 77°58′E")
_NAME_RIGHT_BEFORE = re.compile(rf"(?:^|[;:]|,(?=[ \t]+[A-Z]))[ \t]*"
                                rf"({_CAP_WORD}(?:[ \t]{_CAP_WORD})?)[ \t]*\Z")
#: A name (not a town a preposition gives: "at Kesk (12.3, 45.6)") right before a bracket
#: that opens a point
_NAME_THEN_BRACKET = re.compile(rf"(?<!\bat )(?<!\bin )(?<!\bnear )(?<!\bof )"
                                rf"(?<![\w'’-]){_CAP_WORD}(?:[ \t]{_CAP_WORD})*[ \t]*\([ \t]*\Z")
# A capitalised name and the word after it: "the Norilsk-Alykel airport".
#: A sentence opening on a name given to what the sentence before spoke of ("Contractors
#: named it the", "It was called"), right before the name (not "... and the soldiers
#: called it Camp Bastion" after a sentence on a convoy's halt)
_NAMED_IT = re.compile(r"(?:(?:[A-Z][\w'’-]*|[Tt]he[ \t]+[\w'’-]+)[ \t]+(?:named|called|"
                       r"christened|dubbed)[ \t]+it|It[ \t]+was[ \t]+(?:named|called|"
                       r"christened|dubbed))\s+(?:the\s+)?\Z")
#: Whose point a sentence gives: "Tamanhint's position as", "the base's coordinates".
_POSSESSIVE_POINT = re.compile(r"\b(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})['’]s[ \t]+"
                               # ("Chivenor's airfield reference point is ...")
                               r"(?:[a-z]+[ \t]+){0,2}(?:reference[ \t]+point|"
                               r"(?:exact[ \t]+)?(?:position|location|coordinates|"
                               r"geo-?coordinates|grid[ \t]+reference))\b")
_NAME_AND_HEAD = re.compile(r"\b(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+"
                            r"(?P<head>[A-Za-z]+)\b")
# A table row's next line, its first cell empty: the row's cells wrapped ("|    | ... |").
_CONTINUED_ROW = re.compile(r"[ \t]*\|[ \t]*\|")
# A sentence opening with a name and a verb of place: "Brize Norton lies ...".
# (past a clause between commas: "Hmeimim, which Russian officials spell Khmeimim, lies ...")
_OPENING_LIES = re.compile(r"\s*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
                           r"(?:,[ \t]+(?:which|as)\b[^,.;:()]{1,60},)?\s+(?:lies|sits|"
                           r"stands|is\s+(?:located|situated|sited)"
                           # ("Igam is on the outskirts of Lae", after "Igam Barracks")
                           r"|is\s+(?:on\s+the\s+(?:outskirts|edge|fringes?)\s+of|"
                           r"just\s+outside|close\s+to|next\s+to))\b")

# How a sentence holding a cue (see cue_sentences) may open: a start of each pattern
# that must open one (SUBJECT_START, _OPENING_NAME, "It is also known as", an infobox's
# "Other names:"), so it matches wherever they do; what it lets through is tested in full.
# (And CALLS_IT's words, whose \b at a sentence's start depends on the text before it.)
_CALLS_IT_WORDS = ("call", "know", "name", "dub", "refer")
_CUE_OPENING = re.compile(
    r"\s*(?:(?i:(?:it|its|this)\b|the\s+(?:\w+[ \t]+(?:is|was)\b|" + SUBJECT_NOUNS + r")|"
    r"(?:other|alternative|alternate|former|native|official|local|also)[ \t]|"
    + "|".join(_CALLS_IT_WORDS) + ")|" + _OPENING_WORDS + ")")

#: Words facility names are made of, never a facility's short name on their own.
_NAME_MATERIAL = frozenset({
    "national", "federal", "international", "royal", "joint", "state", "republic",
    "people", "people's", "defence", "defense", "research", "development", "space", "air",
    "naval", "army", "military", "nuclear", "atomic", "energy", "power", "science",
    "scientific", "technology", "engineering", "institute", "strategic", "special",
    "advanced", "experimental", "central", "general", "main", "new", "old", "great",
    # a sea's word ("the Baltic Shipyard": "the Baltic" is the sea)
    "baltic", "pacific", "atlantic", "arctic", "caspian", "caribbean", "mediterranean",
    "antarctic",
    # water's and land's words ("Lake" of a "Lake mill" matches "Lake Michigan" elsewhere)
    "lake", "river", "bay", "gulf", "mount", "cape", "island", "valley",
})


def matches_by_sentence(index: NameIndex, text: str, sentences: list[tuple[int, int]]
                        ) -> dict[int, list[Match]]:
    """``index.find`` of each sentence that has a match, by sentence index in order, the
    offsets in the sentence: from one search of the whole text.

    Sentences are cut at white space, so a match inside a sentence is a match of the
    whole text, or overlaps a longer one there; the whole text's matches are each
    sentence's, but for a sentence that one crosses the end of (searched again alone).
    """
    starts = [a for a, _ in sentences]
    inside: dict[int, list[Match]] = {}
    crossed = set()
    for m in index.find(text):
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        a, b = sentences[i]
        if a <= m.start and m.end <= b:
            inside.setdefault(i, []).append(
                dataclasses.replace(m, start=m.start - a, end=m.end - a))
            continue
        crossed.update(_overlapped(sentences, starts, m.start, m.end))
    out = {}
    for i in sorted(crossed | inside.keys()):
        a, b = sentences[i]
        out[i] = index.find(text[a:b]) if i in crossed else inside[i]
    return {i: found for i, found in out.items() if found}


def _british_county(name: str) -> bool:
    """Whether a province of Britain or Ireland bears ``name``."""
    for code in ("GBR", "IRL"):
        try:
            regions.admin1_units(name, code, suggest=False)
        except ValidationError:
            continue
        return True
    return False


def province_countries(statements: list[list]) -> list[str]:
    """The country (ISO alpha-2) of each province a report's ``statements`` (a list a
    sentence) name "in" or after a comma, once per province, for the countries of two
    provinces or more; a name that provinces of several countries bear names none."""
    names = set()
    for sentence in statements:
        for st in sentence:
            if st.kind == "admin" and (st.admin_word or "").lower() == "county" and \
                    st.words.rstrip().lower().endswith("county") and \
                    _british_county(st.anchor):
                continue  # "Monmouth County", "Essex County": the United States' way of
                # naming its counties, which bear England's and Wales' names (not "Cluj
                # County", Romania's)
            if st.kind in ("in", "admin") and st.anchor:
                names.add(st.anchor)
            names.update(st.extra.get("regions", ()))
            if isinstance(q := st.extra.get("qualifier"), str):
                names.add(q)
    out = []
    for name in sorted(names):
        try:
            _, units = regions.admin1_units(name, None, suggest=False)
        except ValidationError:
            continue  # no province's name, or several countries' provinces'
        codes = {regions.unit_iso3(int(u)) for u in units}
        if len(codes) == 1 and (cc := iso2(codes.pop())):
            out.append(cc)
    # a country of one province named is a town's namesake as often as not ("Kochi" in
    # Kerala is a Japanese prefecture's name, "Boa Vista" a Cape Verdean island's)
    return [cc for cc in out if out.count(cc) >= 2]


# A sentence opening on another one of a kind: "A second field ...", "Another base, ...",
# "A third, ..." (but "The second launch pad lies at ..." is the site's own)
#: After a site's name, the airfield it operates: ", which operates the "
_WHICH_OPERATES = re.compile(r"[ \t]*,[ \t]+which[ \t]+(?:also[ \t]+)?(?:operates|runs)[ \t]+"
                             r"(?:the[ \t]+)?")
#: After an air base's name, the airport it is a side of: ", the military side of "
_SIDE_OF = re.compile(r"[ \t]*,[ \t]+(?:the|its)[ \t]+(?:military|air[ \t]+force)[ \t]+"
                      r"(?:side|part|section|half|area)[ \t]+of[ \t]+(?:the[ \t]+)?")
#: ... or an air base's words, then where on an airport it lies: ", the Royal Air Force of
#: Oman's base at 23.5933, 58.2844 on the north side of " (Muscat International Airport)
_ON_SIDE_OF = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}?\b(?:on|at)[ \t]+the[ \t]+"
                         r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|military|"
                         r"far)[ \t]+(?:side|edge|end|part)[ \t]+of[ \t]+(?:the[ \t]+)?")
#: A sentence's opening name (in any script's capitals), its comma, and a statement of
#: where it is: "Ågesta, about 14 km south of Stockholm, ..."
_OPENING_PLACED = re.compile(r"\s*(?:[-•*·][ \t]+)?([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)"
                             r"{0,3}),[ \t]*(?:(?:about|some|roughly|approximately|around|"
                             r"nearly|just|barely|only)[ \t]+)?(?:\d[\d.,]*[ \t]*(?:km|kilomet|"
                             r"miles?|mi\b)|at[ \t]+\d)")
#: A register's record's title, by its label and number ("Item 5. ...", "### Item 5.")
_RECORD_TITLE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|\*\*|[-*•][ \t]+)?(?:Item|Object|Record)"
                           r"[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[.:)–—-](?:\*\*)?(?:[ \t]|$)",
                           re.M)
# (not "Lot 1 -", "Entry 2:": the parts of one record as often as records)
_RECORD_TITLE_LINE = re.compile(r"^" + _RECORD_TITLE.pattern, re.M)
_ANOTHER_OPENING = re.compile(r"[ \t]*(?:A[ \t]+(?:second|third|fourth|fifth|sixth)|"
                              r"Another|Yet[ \t]+another)\b")


def cue_sentences(text: str, sentences: list[tuple[int, int]], low: str | None = None
                  ) -> tuple[int, ...]:
    """The sentences whose words alone may tie a statement of place or a name to a site
    they do not name, by their index: those that go on about one ("It lies ...", "The
    base ..."), name one ("Diplomats call it X", "Other names: ..."), open with the
    place a site is named after ("Chkalovsk, about 10 km northwest of ..."), or title a
    register's next record ("Item 5. ...": its fields are not the record's before). With the
    sentences that name a site or hold a statement, they are all that
    :meth:`ReportWriter.tie_statements` reads; they depend on the text alone, so a Dask
    worker finds them. ``low`` is the text as :func:`.scan.lowered` gives it, if known.

    Each sentence is tested in full only where a cheaper test lets it through: how it
    opens, and the words of :data:`.names.CALLS_IT` found in the whole text (a regular
    expression scanning all of it cost more than the rest).
    """
    maybe = {i for i, (a, b) in enumerate(sentences) if _CUE_OPENING.match(text, a, b)}
    starts = [a for a, _ in sentences]
    for at, end in _calls_it(text, low):  # every sentence such words overlap
        maybe.update(_overlapped(sentences, starts, at, end))
    for at, end in infobox_alias_lines(text, low):  # "Other names: ..." in any line
        maybe.update(_overlapped(sentences, starts, at, end))
    at = text.find(", which ")
    while at >= 0:  # "the air station, which pilots still call X" (see _WHICH_CALL)
        if (m := _WHICH_CALL.search(text, max(0, at - 40), at + 120)) is not None:
            maybe.update(_overlapped(sentences, starts, m.start(), m.end()))
        at = text.find(", which ", at + 1)
    titles = set()
    for m in _RECORD_TITLE_LINE.finditer(text) if "\n" in text else ():
        # "Item 5. Auxiliary airstrip ...": a register's next record, whose fields are not
        # the record's before (see ReportWriter._opens_a_record)
        titles.update(_overlapped(sentences, starts, m.end() - 1, m.end() + 1))
    return tuple(sorted({i for i in maybe if _is_cue(text, *sentences[i])} | titles))


def _overlapped(sentences: list[tuple[int, int]], starts: list[int], a: int, b: int
                ) -> Iterator[int]:
    """The indexes of the sentences (``starts`` their starts) that the span ``a, b``
    overlaps."""
    i = max(bisect.bisect_right(starts, a) - 1, 0)
    while i < len(sentences) and sentences[i][0] < b:
        if sentences[i][1] > a:
            yield i
        i += 1


def _calls_it(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """The spans of :data:`.names.CALLS_IT` in ``text``, overlapping ones included."""
    if low is None:
        low = lowered(text)
    if low is None:
        yield from (m.span() for m in CALLS_IT.finditer(text))
        return
    for word in _CALLS_IT_WORDS:
        at = low.find(word)
        while at >= 0:
            m = CALLS_IT.match(text, at)
            if m is not None:
                yield m.span()
            at = low.find(word, at + 1)


def _is_cue(text: str, a: int, b: int) -> bool:
    sentence = text[a:b]
    return SUBJECT_START.match(sentence) is not None or \
        _OPENING_NAME.match(text, a, b) is not None or names_what_it_speaks_of(sentence) \
        or _WHICH_CALL.search(sentence) is not None


#: A boxed infobox's field row: one cell, a label of one to three words, then its value
#: after a gap ("| Coordinates    25°48′2″S 27°56′2″E   |"); a data table's row has cells.
_FIELD_ROW = re.compile(r"\s*\|?[ \t]*(?P<label>[A-Z][a-z]+(?:[ \t][a-z]+){0,2})"
                        r"(?::[ \t]*|[ \t]{2,})[^|\n]*\S[^|\n]*\|?\s*")


#: ... or of an infobox saved from a web page, its label in a cell of its own
#: ("| Coordinates | 68°18′15″N 133°28′59″W |"): an infobox's labels only (a table of two
#: columns, places and points, is no box)
_FIELD_ROW_CELLS = re.compile(
    r"\s*\|[ \t]*(?:Coordinates|Location|Position|Elevation|Type|Operator|Owner|Country|"
    r"Controlled by|Built|Opened|In use|Status|Garrison|Occupants|Site area|Other names?|"
    r"Also known as|Nearest town|Region|Province|State|District)[ \t]*\|"
    r"[^|\n]*\S[^|\n]*\|\s*")


def _field_row(sentence: str) -> bool:
    """Whether a table row is one field of an infobox drawn as a box (see
    :data:`_FIELD_ROW`, :data:`_FIELD_ROW_CELLS`): what it says is of the box's site, not
    of a site of its own."""
    m = _FIELD_ROW.fullmatch(sentence)
    if m is not None and m.group("label").split()[-1].lower() in _NAMES_A_SITE:
        return False  # "Laiwu brigade      65    Shandong   --": a table's row of a site
    return m is not None or _FIELD_ROW_CELLS.fullmatch(sentence) is not None


#: The last words of a row's first cell that make it a site's name, not a field's label.
_NAMES_A_SITE = frozenset({"brigade", "garrison", "base", "division", "regiment", "wing",
                           "squadron", "plant", "reactor", "airfield", "field", "station",
                           "depot", "camp", "range", "port", "yard", "shipyard", "mine"})


def _only_named_after(st: Statement, refs: list[Ref]) -> bool:
    """Whether the sites of a sentence are all named after a statement of place, none
    of them named after its anchor ("a missile base near X" is placed by "near X")."""
    a0, a1 = st.anchor_start, st.anchor_end
    return not any(r.start < st.start or (
        a0 is not None and r.place_start is not None and r.place_start < a1
        and a0 < r.place_end) for r in refs)


#: The words of an airfield named after a person, US-style ("Ault Field", "Biggs Army
#: Airfield", "Wheeler-Sack Army Air Field").
def _by_another_name(name: str, place, bare: str) -> bool:
    """Whether a city of :data:`~.locations.WELL_KNOWN_POPULATION` or a capital bears
    ``name`` (or ``bare``, the name without its number) only as one of its other names:
    its own name's key does not begin with theirs ("Cheongju" of "Cheongju-si" and
    "Dalat" of "Ðà Lạt" are its own)."""
    if (place.population or 0) < WELL_KNOWN_POPULATION and \
            (place.feature_code or "").upper() != "PPLC":
        return False
    return not _own_name(place, name, bare)


def _own_name(place, name: str, bare: str, whole: bool = False) -> bool:
    """Whether ``place`` bears ``name`` (or ``bare``) as its own name, in any spelling
    (not only among its other names): "Cheongju" of "Cheongju-si", "Dalat" of "Ðà Lạt";
    ``whole``: the name's words are the place's first words ("Cheongju-si", not
    "Nalchik" for "Nal")."""
    keys = {stroked_key(k) for n in {name, bare} for k in spellings(n)}
    if whole:
        words = re.split(r"[\s-]+", place.name)
        return any(stroked_key(" ".join(words[:j])) in keys
                   for j in range(1, len(words) + 1))
    own = stroked_key(place.name)
    return any(own.startswith(k) for k in keys)


#: A camp or a forward base named with its word first, as expeditions name them.
_EXPEDITION_CAMP = re.compile(r"Camp|FOB|COP|Forward[ \t]+Operating[ \t]+Base|"
                              r"(?i:combat[ \t]+outpost|patrol[ \t]+base|fire[ \t]*base)")
def _sorted_words(name: str) -> tuple[str, ...]:
    """A name's words, folded and sorted: the same for its words in any order."""
    return tuple(sorted(match_key(w) for w in name.split() if match_key(w)))


#: A register's entry number opening its line ("5. ", "12) ")
_ENTRY_NUMBER = re.compile(r"[ \t]*\d{1,4}[.)][ \t]")
#: Soviet leaders whose names works bear wherever they stand ("the Kirov Plant" of Saint
#: Petersburg, "the Malyshev Plant" of Kharkiv), and towns were renamed after
SOVIET_EPONYMS = frozenset({
    "Kirov", "Kalinin", "Lenin", "Frunze", "Dzerzhinsky", "Dzerzhinskiy", "Ordzhonikidze",
    "Voroshilov", "Sverdlov", "Kuibyshev", "Kuybyshev", "Molotov", "Zhdanov", "Malyshev",
    "Chkalov", "Stalin", "Ilyich", "Petrovsky", "Kirovsky", "Kirovskiy", "Leninsky"})
#: The words of a works after its name ("Plant", "Zavod", "Shipyard")
_WORKS_PHRASE = re.compile(r"(?i:(?:[\w-]+[ \t]+){0,3}(?:plant|works|factory|zavod|shipyard|"
                           r"combine|kombinat))")
_PERSONS_FIELD = re.compile(r"(?i:(?:army[ \t]+)?(?:air[ \t]*)?field)|Camp|Barracks|Kaserne|Fort")


#: A sentence opening on its country: "In Ecuador, ..."
_COUNTRY_LEAD = re.compile(r"[ \t]*In[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)"
                           r"{0,2}),")


def _paragraph_starts(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """For each sentence, the index of the first sentence of its paragraph: a blank line
    or a heading (a line without small letters: "BANGLADESH - FIRST FUEL") starts one."""
    out: list[int] = []
    for i, (a, _) in enumerate(sentences):
        new = i == 0 or _BLANK_LINE.search(text, sentences[i - 1][1], a) is not None or (
            _HEADING.fullmatch(text, *sentences[i - 1]) is not None)
        out.append(i if new else out[-1])
    return out


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"[^a-z]+")


def _initials(name: str) -> str:
    """The capitals of a name's words ("Open Pool Australian Lightwater reactor": "OPAL")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())



def _inside_name(f: Finding) -> bool:
    """Whether a finding's place is a word inside its full name, with words before and
    after it ("Plate" of the "Fuel Plate Fabrication Plant"), not the name's first words
    ("Sinpo South Shipyard") nor its last ("Naval Base Subic Bay")."""
    return f.full is not None and f.full_start is not None and f.full_start < f.start \
        and f.end < f.full_start + len(f.full.rstrip())


#: How close two air bases of one report placed by points must be to be one (see
#: Writer._base_at), and how sure each point must be.
SAME_BASE_M = 1_000.0
SAME_BASE_RADIUS_M = 6_000.0
#: An airport's word in a site's name: an airport and the air base beside it are two
_AIRPORT_WORD = re.compile(r"\b(?:airport|aeroporto|aeropuerto|a[ée]roport)\b", re.I)


#: Words that put a country's base abroad: its owner's name is not where it is
_ABROAD = re.compile(r"\b(?:overseas|abroad|foreign)\b", re.I)


#: British spellings of facility words, as a match key holds them, and the American ones.
_BRITISH = re.compile(r"centre|defence|programme|harbour|metre")
_AMERICAN = {"centre": "center", "defence": "defense", "programme": "program",
             "harbour": "harbor", "metre": "meter"}


def _american(key: str) -> str:
    """A match key with British spellings made American: one report's "Nuclear Technology
    Centre" and "Nuclear Technology Center" are one name."""
    return _BRITISH.sub(lambda m: _AMERICAN[m.group()], key)


def _alike(a: str, b: str) -> bool:
    """Whether two place names are one spelled two ways: the same words but the last,
    which differ only in an ending of up to two vowels after at least four letters in
    common ("Kuçova", "Kuçovë"; "Mirny", "Mirnyy"; "Sinpo" is not "Sinpo South", nor
    "Kangdong" "Kangdon", nor "Kumsong" "Kamsong": one vowel inside a name may make
    another place's).

    Examples
    --------
    >>> _alike("Kuçova", "Kuçovë"), _alike("Mirny", "Mirnyy"), _alike("Sinpo", "Sinpo South")
    (True, True, False)
    >>> _alike("Engels-1", "Engels-2"), _alike("Kumsong", "Kamsong"), _alike("Omsk", "Tomsk")
    (False, False, False)
    >>> _alike("Kangdong", "Kangdon"), _alike("Kakaha", "Kakaka")
    (False, False)
    >>> _alike("Melchor F. Dela Cruz", "Melchor Dela Cruz")
    True
    """
    if _MIDDLE_INITIAL.search(a) or _MIDDLE_INITIAL.search(b):
        # "Camp Melchor F. Dela Cruz", "Camp Melchor Dela Cruz": a person's middle initial
        return fold_letters(_MIDDLE_INITIAL.sub("", a)).split() == \
            fold_letters(_MIDDLE_INITIAL.sub("", b)).split() and a != b
    wa, wb = fold_letters(a).split(), fold_letters(b).split()
    if len(wa) != len(wb) or not wa or wa[:-1] != wb[:-1] or any(
            ch.isdigit() for ch in a + b):
        return False
    x, y = wa[-1], wb[-1]
    if x == y or min(len(x), len(y)) < 5:
        return x == y and a != b
    common = len(os.path.commonprefix([x, y]))
    if common >= 4 and max(len(x), len(y)) - common <= 2 and \
            set(x[common:] + y[common:]) <= _VOWELS:
        return True  # a vowel ending: "Kuçova" / "Kuçovë", "Mirny" / "Mirnyy"
    return False


#: A middle initial between a person's names: "Melchor F. Dela Cruz"
_MIDDLE_INITIAL = re.compile(r"(?<=[a-z][ \t])[A-Z]\.[ \t]+(?=[A-Z])")
#: The letters transliterations of one name differ in at their ends (see :func:`_alike`).
_VOWELS = frozenset("aeiouy")


def _in_brackets_after(text: str, f: Finding, g: Finding) -> bool:
    """Whether the finding ``g`` stands in brackets right after ``f``'s name, as another
    name of it ("Kuçova Air Base (Baza Ajrore; also Kuçovë Air Base)")."""
    between = text[f.span_end:g.start]
    return "(" in between and ")" not in between and len(between) <= 80


def _overlaps_joined(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings with each pair that shares its facility words made one: a name
    ending in them ("Royal New Zealand Air Force Base") and one of the same kind opening
    with them ("Air Force Base Ohakea") are "Royal New Zealand Air Force Base Ohakea",
    not a site and a fragment of another's name."""
    out: list[Finding] = []
    for g in findings:
        f = out[-1] if out else None
        if f is not None and f.full and g.full and g.named_first and f.parent is None \
                and g.parent is None and not (f.unit or g.unit) \
                and f.sentence == g.sentence and f.full_start is not None \
                and g.full_start is not None and f.full_start < g.full_start < f.span_end \
                and f.span_end <= g.start and _same_kind(f.facility_type, g.facility_type) \
                and text[g.full_start:f.span_end].split() == g.phrase.split():
            out[-1] = dataclasses.replace(g, full=text[f.full_start:g.span_end],
                                          full_start=f.full_start,
                                          aliases=f.aliases + g.aliases)
            continue
        out.append(g)
    return out


# "Al Taqaddum", "al-Asad", "El Alamein": an Arabic article before a place's name, which
# reports write or leave out
_ARTICLE_FIRST = re.compile(r"^(?:[Aa]l|[Ee]l)(?:[ \t]+|-(?=[A-Z]))")
# "Poznań-Krzesiny": a city's name joined before the place a base is named after
_CITY_FIRST = re.compile(r"^[^\W\d_][\w'’]+-(?=[^\W\d_]{3})")


# "BA 118", "AB 201": a base's initials and its number
_INITIALS_NUMBER = re.compile(r"(?P<letters>[A-Z]{2,4})[ \t]+(?P<number>\d{1,3})")


def _numbered_initials(a: Finding, b: Finding) -> bool:
    """Whether one finding's name is the initials of the words before the other's number,
    and that number: "BA 118" of "Base aérienne 118 Mont-de-Marsan", "AB 201" of "Air Base
    201". The two of one facility type only.

    Examples
    --------
    >>> f = Finding("BA 118", "BA 118", "airbase", 0, 6, (0, 0), full="BA 118")
    >>> g = Finding("Tarsin", "Base aérienne 118", "airbase", 0, 6, (0, 0),
    ...             full="Base aérienne 118 Tarsin")
    >>> _numbered_initials(f, g), _numbered_initials(g, f)
    (True, True)
    >>> _numbered_initials(f, dataclasses.replace(g, full="Base aérienne 116 Tarsin"))
    False
    """
    if a.facility_type != b.facility_type:
        return False
    for short, long in ((a, b), (b, a)):
        m = _INITIALS_NUMBER.fullmatch(short.site_name.strip())
        if m is None:
            continue
        n = len(m.group("letters"))
        pattern = (r"(?<![\w'’-])(?P<words>(?:[^\W\d_][\w'’-]*[ \t]+){" + str(n) + "})"
                   + m.group("number") + r"(?!\d)")
        for words in re.finditer(pattern, long.site_name):
            if "".join(w[0] for w in words.group("words").split()).upper() == \
                    m.group("letters") and long.site_name != short.site_name:
                return True
    return False


#: A sentence's opening before the site that holds others ("The Tricastin site also holds
#: the X plant"), and the verb after that site's name.
_NAMED_HOLDS = re.compile(r"\s*(?:The[ \t]+)?")
_HOLDS_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?(?:holds|houses|hosts|contains|includes)[ \t]")


def _city_and_name(a: str, b: str) -> bool:
    """Whether two airports' place names are a city's, and the city's and the airport's
    own ("Tashkurgan", "Tashkurgan Khunjerab"; "Lhasa", "Lhasa Gonggar")."""
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(long) == 2 and long[1][:1].isupper() and \
        match_key(long[0]) == match_key(short[0])


def _bare_stem(name: str) -> str:
    """A place name without the facility words a described name may end in ("Kürecik
    radar", from "call the installation 'Kürecik radar'"): its place's."""
    stem = name_stem(name)
    return stem if stem and stem != name and name.startswith(stem) else name


def _same_consonants(ka: str, kb: str) -> bool:
    """Whether two keys of one word are one name written with vowels put in, as a name
    transliterated from Arabic or Hebrew may be ("Shraga", "Sharaga"; "Branit",
    "Biranit"), the same four consonants or more. A vowel for another names another
    place ("Sunchon", "Sinchon"; "Gaulle", "Geille").

    >>> _same_consonants("shraga", "sharaga"), _same_consonants("sunchon", "sinchon")
    (True, False)
    >>> _same_consonants("pongsan", "pyongsan")  # (a Korean name's "yo" is no "o")
    False
    >>> _same_consonants("homs", "hama"), _same_consonants("rafah", "rafha")
    (False, False)
    >>> _same_consonants("gaulle", "geille")  # (Camp de Gaulle, Camp Geille: two camps)
    False
    """
    if ka[:1] != kb[:1] or ka == kb or not ka.isalpha() or not kb.isalpha() or \
            _KOREAN_LOOK.search(ka):
        return False  # (a Korean name's vowels tell places apart: "Pongsan", "Pyongsan")
    sa = "".join(c for c in ka if c not in _PLAIN_VOWELS)
    if sa != "".join(c for c in kb if c not in _PLAIN_VOWELS) or len(sa) < 4 or len(ka) == len(kb):
        return False  # (a vowel for another names another place: "Sunchon", "Sinchon")
    short, long = sorted((ka, kb), key=len)
    i = 0
    for x in long:
        if i < len(short) and x == short[i]:
            i += 1
        elif x not in _PLAIN_VOWELS:
            return False
    return i == len(short)


#: Vowels a transliteration may put in ("y" is a consonant there: "Pong", "Pyong")
_PLAIN_VOWELS = frozenset("aeiou")


def _stems_meet(a: str, b: str) -> bool:
    """Whether two new sites' place names (see :func:`.names.local_stem`) are one place's:
    the same, or one the other with an Arabic article before it ("Al Taqaddum",
    "Taqaddum") or with a city's name joined before it by a hyphen ("Poznań-Krzesiny",
    "Krzesiny").

    Examples
    --------
    >>> _stems_meet("Al Tallow", "Tallow"), _stems_meet("Holt-Tallow", "Tallow")
    (True, True)
    >>> _stems_meet("Tallow-Holt", "Tallow"), _stems_meet("Holt-3", "3")
    (False, False)

    A Korean name's first consonant may be romanized voiceless (McCune-Reischauer:
    "Chinhae", "Kunsan", "Pusan") or voiced (Revised Romanization: "Jinhae", "Gunsan",
    "Busan"):

    >>> _stems_meet("Chinhae", "Jinhae"), _stems_meet("Kunsan", "Gunsan")
    (True, True)
    >>> _stems_meet("Patna", "Batna")  # (no Korean name's syllables: two cities)
    False
    """
    ka, kb = stem_key(local_stem(a)), stem_key(local_stem(b))
    if ka == kb or _KOREAN_LOOK.search(ka) and \
            _VOICED_INITIAL.sub(_voiced, ka) == _VOICED_INITIAL.sub(_voiced, kb):
        return True
    if _same_consonants(ka, kb) and not any(len(local_stem(n).split()) > 1 for n in (a, b)):
        return True  # (one word each: "Qinshan II" and "Qinshan III" are two plants)

    def shorter(name: str) -> set[str]:
        name = local_stem(name)
        out = set()
        if (m := _ARTICLE_FIRST.match(name)) is not None:
            out.add(match_key(name[m.end():]))
        if (m := _CITY_FIRST.match(name)) is not None and name[0].isupper() \
                and name[m.end()].isupper():
            out.add(match_key(name[m.end():]))
        return out
    return ka in shorter(b) or kb in shorter(a)


# Between a site's name and "in" its town: a comma, Markdown's bold, an HTML tag's end
_SET_OFF_IN = re.compile(r"(?:\*\*|__|</\w+>)?[ \t]*,?[ \t]*")
# What joins a list's items: "A and B", "A, B and C"
_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")


def _listed_with(text: str, refs: list[Ref], key: str) -> list[str]:
    """The other sites named in a list right after the first name of site ``key`` in
    ``refs`` ("Camp Walker and Camp Henry"), in order."""
    ordered = sorted(refs, key=lambda r: r.start)
    i = next((j for j, r in enumerate(ordered) if r.key == key), None)
    out: list[str] = []
    while i is not None and i + 1 < len(ordered) and \
            _LIST_JOIN.fullmatch(text, ordered[i].end, ordered[i + 1].start):
        i += 1
        if ordered[i].key != key and ordered[i].key not in out:
            out.append(ordered[i].key)
    return out


#: A Korean name's first consonant, voiceless as McCune-Reischauer romanizes it, and its
#: Revised Romanization
_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_VOICED_INITIAL = re.compile(r"^(?:ch|k|t|p)(?=[aeiouwy])")
#: ... read so only in a name of a Korean name's syllables ("-hae", "-san", "-gu", "-eo-")
_KOREAN_LOOK = re.compile(r"ae|eo|eu|oe|ui|(?:an|on|un|am|gu|ju|ri|ni|ng)\b")


def _voiced(m: re.Match) -> str:
    return _VOICED[m.group()]


# "The T-4 air base, as it is commonly known, ...": a sentence opening with another name of
# the site spoken of
_AS_IT_IS_KNOWN = re.compile(
    r"[ \t]*(?:The[ \t]+)?[^,.;:]{1,80}?,[ \t]+(?P<as>as[ \t]+it[ \t]+is[ \t]+(?:(?:more[ \t]+)?"
    r"(?:commonly|widely|popularly|locally|generally|usually|often|also|better)[ \t]+)?"
    r"(?:known|called)\b)")
# ", the station's airfield": an airfield of the site named before by that word
_ITS_AIRFIELD = re.compile(r",[ \t]+the[ \t]+(?P<owner>base|station|fort|post|garrison|"
                           r"installation)['’]s[ \t]+(?:main[ \t]+)?(?:airfield|air[ \t]?field|"
                           r"airstrip|runway|heliport)\b", re.I)
_ARMY_AIRFIELD = re.compile(r"\bArmy[ \t]+Air[ \t]?[Ff]ield\Z")
_COMMA_FORT = re.compile(r",[ \t]+(?=Fort[ \t]+[A-Z])")
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:and|or|&)\b")
# A unit's or a reactor's designation: "SAFARI-1", "IR-40", "TAPS-3"
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{1,7}-\d{1,3}[A-Z]?")
_ORDINAL_NAME = re.compile(ORDINAL + r"[ \t]")
# "Tallow Air Base, the home of the Air Force's 32nd Tactical Air Base"
_HOME_OF = re.compile(r"\A[ \t]*,[ \t]+(?:the[ \t]+)?home[ \t]+(?:base[ \t]+)?(?:of|to)[ \t]+"
                      r"(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,4}?\Z")
# "Tallow air base (...), about 5 km east of the town, where the 116th Guards Assault Air
# Base flies ...": a unit based there, whose name is none of the base's
_WHERE_THE = re.compile(r",[^.;]*\bwhere\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?\Z")


# "Łask Air Base — F-35 rotations alongside Polish F-16s of the 32nd Tactical Air Base": the
# aircraft of the unit at the base the sentence names
_AIRCRAFT_OF_THE = re.compile(r"\b(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s|aircraft|jets|"
                              r"fighters|bombers|helicopters)[ \t]+of[ \t]+the[ \t]+\Z")
# "The airfield, also the city's civil airport, is home to the air force's 10th Tactical Air
# Base": the base the sentence before named
_THE_BASE_IS_HOME = re.compile(
    r"\W*The[ \t]+(?:air[ \t]*base|airfield|base|field)\b[^.;]{0,80}?\bhome[ \t]+"
    r"(?:base[ \t]+)?(?:of|to)[ \t]+(?:the[ \t]+)?(?:[\w'’ -]{0,30}?['’]s[ \t]+)?\Z")


#: What stands at a base, no facility of its own: "the new shelters being built at Engels".
_PART_WORDS = frozenset({"shelters", "shelter", "hangars", "hangar", "revetments"})


def _only_parts(ns: NewSite) -> bool:
    """Whether every finding of a new site names shelters or hangars at a place."""
    return all(f.phrase.lower() in _PART_WORDS and f.parent is None and f.full is None
               for f in ns.findings)


def _tail_named(a: NewSite, b: NewSite) -> bool:
    """Whether one new site's own name is the other's without its first words ("Negev
    Nuclear Research Center" of "Shimon Peres Negev Nuclear Research Center")."""
    # (facility words written short spelt out: "Warren AFB" of "F.E. Warren Air Force Base")
    fa = [_SHORT_WORDS.sub(_spelt_out, f.full) for f in a.findings if f.full]
    fb = [_SHORT_WORDS.sub(_spelt_out, f.full) for f in b.findings if f.full]
    return any(is_tail_name(x, y) or is_tail_name(y, x) for x in fa for y in fb)


#: What is said right before a facility's name of today: "it's now X", "It is now called X"
_NOW_IT_IS = re.compile(r"\b(?i:it|it's|it’s|it\s+is|which\s+is)\s+now\s+"
                        r"(?:(?:called|named|known\s+as)\s+)?(?:the\s+)?\Z")
_NOW_IT_IS_REACH = 300
#: ... unless "it" is something else: "it is now Tallow Air Base's largest unit", "it is now
#: Tallow Air Base that hosts its F-16s"
_NOT_A_NAME_OF_TODAY = re.compile(r"['’]s\b|\s+(?:that|which|who)\b")


def _part_named_alone(a: NewSite, b: NewSite) -> bool:
    """Whether one new site is a part named in capitals at its place ("the Pilot Fuel
    Enrichment Plant at Natanz") and the other that part named alone, never at a place
    ("The Pilot Fuel Enrichment Plant, a smaller building, ...")."""
    for part, alone in ((a, b), (b, a)):
        fulls = {match_key(f.full) for f in part.findings
                 if f.parent is not None and f.full and f.full[:1].isupper()}
        if fulls and all(f.parent is None for f in alone.findings) and any(
                f.full and match_key(f.full) in fulls for f in alone.findings):
            return True
    return False


def _air_base_named_short(a: NewSite, b: NewSite) -> bool:
    """Whether one new air base is the other written short, by the last word of a name put
    after the base's words ("Kosseï air base" of "Base aérienne 172 Sergent-Chef Adji
    Kosseï") or by the first part of a hyphenated name ("Mactan air base" of
    "Mactan-Benito Ebuen Air Base")."""
    for long, short in ((a, b), (b, a)):
        shorts = {match_key(f.name) for f in short.findings
                  if f.facility_type == "airbase" and f.parent is None and not f.named_first
                  and " " not in f.name.strip() and "-" not in f.name}
        if not shorts:
            continue
        for f in long.findings:
            if f.facility_type != "airbase" or f.parent is not None:
                continue
            words = f.name.split()
            if f.named_first and len(words) >= 2 and match_key(words[-1]) in shorts or \
                    not f.named_first and "-" in words[0] and \
                    match_key(words[0].split("-")[0]) in shorts:
                return True
    return False


# An air base's or air station's words, whatever the service ("Air Force Base", "Air
# Reserve Base", "Space Force Station", "AFB", "ANGB"), not an airport's or an airfield's.
_BASE_WORDS = re.compile(r"(?i:\b(?:air\s*)?bases?|\bstations?|\b(?:"
                         + NATIVE_STATION_ALTERNATIVES + r")|\bhava\s+üssü)\b|"
                         r"\b(?:AFBs?|ARB|ANGB|AFS|SFS|SFB)\b")


# (no other word: "Velmora South Air Base" is not Velmora Air Base)
_SERVICE_WORDS = re.compile(r"(?i:(?:air|force|space|reserve|national|guard|base|station|main|"
                            r"hava|üssü|"  # (Turkey's: "İncirlik Hava Üssü")
                            r"afbs?|arb|angb|afs|sfs|sfb|" + NATIVE_STATION_ALTERNATIVES
                            + r")\b[\s-]*)+")


# Between a site's name and its old one: ", the old ", " (the former "
#: Between a site's name and its name of before: "**, about 8 km east of central Tripoli, was the
#: huge American **"
_WAS_THE = re.compile(r"[*_]{0,2}(?:[ \t]*,[^,;.:()]{1,100},)?[ \t]+was[ \t]+(?:the|an?)[ \t]+"
                      r"(?:[\w'’-]+[ \t]+){0,3}?[*_]{0,2}")
#: Between a site's name and another name it had before or took after, said right after
#: it or after a few words of its own: ", which had been ", ", south-west of Augusta,
#: became ", ", the sprawling Army post ... that spent a little under two years as "
_HAD_BEEN = re.compile(
    r"[*_]{0,2}(?:[ \t]*,[^;.:()]{1,120}?,|[ \t]*,[^;.:()]{1,120}?(?=[ \t]+(?:which|that)\b)"
    r"|[ \t]*,(?=[ \t]+(?:which|that)\b))?[ \t]+(?:(?:which|that)[ \t]+)?"
    r"(?:(?P<before>had[ \t]+been|was|spent[^.;:()]{0,40}?[ \t]as)"
    r"|(?P<after>became|had[ \t]+become|was[ \t]+renamed(?:[ \t]+as)?|(?:has[ \t]+)?"
    r"(?:returned|reverted)[ \t]+to[ \t]+(?:the|its)[ \t]+(?:(?:old|former|original|"
    r"earlier)[ \t]+)?name)"
    # (a renaming to come, which leaves the name of the day: ", is expected to return to
    # the name ", " will be renamed ")
    r"|(?P<coming>(?:(?:is|was|will|would)[ \t]+(?:(?:be|expected|set|due|scheduled)[ \t]+)?"
    r"(?:to[ \t]+)?)?(?:be[ \t]+renamed|(?:return|revert)(?:s|ed)?[ \t]+to[ \t]+(?:the|its)"
    r"[ \t]+(?:(?:old|former|original|earlier)[ \t]+)?name)))[ \t]+[*_]{0,2}")
#: Facility types whose sites reports call by their town's name even where they measure
#: from it ("Natanz" for the enrichment plant, "Kota" for the heavy water plant)
_NAMED_AFTER_ITS_TOWN = frozenset({"nuclear", "production"})
#: How far from a city of millions a site may stand and still be named after it
_BIG_CITY_REACH_M = 100_000.0
_POSSESSIVE_S = re.compile(r"['’]s\b")
#: ... and after it: "** until 1970"
_UNTIL_YEAR = re.compile(r"[*_]{0,2}[ \t]+(?:until|till|up[ \t]+to)[ \t]+"
                         r"(?:\d{4}|the[ \t]+\d{4}s)\b")
_FORMER_AFTER = re.compile(r"[ \t]*[,(\[][ \t]*(?:the[ \t]+)?(?:old|former|onetime|erstwhile)"
                           r"[ \t]+")



def _air_bases_of_one_place(a: NewSite, b: NewSite) -> bool:
    """Whether two new air bases of a report are named after one place with two services'
    words ("Homestead Air Reserve Base, the former Homestead AFB", "Clear Space Force
    Station" and "Clear Air Force Station"): one base renamed or shared. (An airport and an
    air base of one city's name may be two airfields.)"""
    def places(ns: NewSite) -> set[str]:
        return {match_key(f.name) for f in ns.findings
                if f.facility_type == "airbase" and f.parent is None and not f.unit
                and f.name.strip() and _BASE_WORDS.search(f.phrase)
                and _SERVICE_WORDS.fullmatch(f.phrase)}
    return bool(places(a) & places(b))


def _army_posts_of_one_place(a: NewSite, b: NewSite) -> bool:
    """Whether two new sites are a garrison and barracks (or a camp) named after one place
    in small letters ("The Żagań garrison ..." and "the Żagań barracks would be finished"):
    one army post by two words."""
    def places(ns: NewSite) -> set[str]:
        return {match_key(f.name) for f in ns.findings
                if f.parent is None and not f.unit and f.full is None and f.name.strip()
                and f.phrase.lower() in _ARMY_POST_WORDS}
    return bool(places(a) & places(b))


#: A place's army post in small letters after its name: "the Żagań garrison"
_ARMY_POST_WORDS = frozenset({"garrison", "barracks", "camp", "cantonment", "kaserne"})


#: The words of a town's airport, which is not called by the town's name alone ("Malakal"
#: is the town, of a "Malakal Airport"; but "Rzeszów-Jasionka" is the airport)
_TOWNS_AIRPORTS = frozenset({"airport", "aéroport", "aerodrome"})


def _in_own_name(fact: Fact, findings: list[Finding]) -> bool:
    """Whether a fact's "at X" is the site's own name, written after a verb ("the
    submarines are based at Yulin naval base"): the place the site is named after, which
    the name says already (and a dominant city of that name, Guangxi's Yulin, 500 km from
    Hainan's, must not count twice against "near Sanya")."""
    st = fact.statement
    return st.kind == "in" and st.anchor_start is not None and any(
        f.start <= st.anchor_start < f.end and f.end < f.span_end for f in findings)


def _dataset_names(site_name: str, names: list[str]) -> list[str]:
    """The names a site is looked up by in the public datasets: all of them, but a shore
    establishment named after a ship ("PNS Qasim", in Karachi) by its whole name only, as
    the ship's name alone is no place's (the Qasim army airfield is at Rawalpindi)."""
    return [site_name] if site_name.split()[0] in SHIP_PREFIXES else names


def _same_kind(a: str, b: str) -> bool:
    """Whether two facility types may be one facility's (a missile test site is a launch
    site: "the Shahrud launch site" is "the Shahrud missile test site")."""
    return a == b or "other" in (a, b) or {a, b} == {"launch site", "test site"}


#: The words that make a capitalised name a facility's ("... Air Force Base").
_FACILITY_HEADS = frozenset({
    "base", "station", "plant", "centre", "center", "complex", "facility", "site",
    "shipyard", "airfield", "airbase", "airport", "laboratory", "reactor", "range",
    "cosmodrome", "spaceport", "depot", "arsenal", "works", "combine", "establishment"})
_GENERIC_HEADS = {"site", "sites", "facility", "facilities", "complex", "installation",
                  "installations", "area", "compound"}
#: Heads that all name a base: "the Ramat David base" is "the Ramat David airbase".
_BASE_HEADS = {"base", "bases", "airbase", "airbases", "airfield", "airfields", "garrison",
               "barracks", "kaserne"}  # (an army's base is its barracks: "Shraga base")


def _head(phrase: str) -> str:
    """The last word of a facility phrase, in one spelling ("centre" is "center")."""
    head = phrase.lower().split()[-1] if phrase.split() else ""
    return {"centre": "center", "centres": "centers", "defence": "defense"}.get(head, head)


#: The ways one airfield is named: "Bagram Airfield" is "Bagram Air Base", "Air Base Karup"
#: is "Flyvestation Karup".
_AIRFIELD_WORDS = frozenset({"air base", "airbase", "airfield", "air field", "air station",
                             "aerodrome", "air force base", "military airfield",
                             "air force station"} | {
    w.lower() for w, kind in NATIVE_BASE_WORDS.items() if kind == "airbase"})


#: Facility words written short, and in full ("AF Stn Bareilly" is "Air Force Station
#: Bareilly").
# ("Dyess AFB" is Dyess Air Force Base, "Udorn RTAFB" Udorn Royal Thai Air Force Base)
_SHORT = {"af stn": "Air Force Station", "slaf": "Air Base", "afb": "Air Force Base",
          "rtafb": "Air Force Base", "mcas": "Marine Corps Air Station",
          "nas": "Naval Air Station", "mcb": "Marine Corps Base"}
_SHORT_WORDS = re.compile(r"\b(?:AF[ \t]+Stn|SLAF|AFB|RTAFB|(?-i:MCAS|NAS|MCB))\b", re.I)


def _spelt_out(m: re.Match) -> str:
    return _SHORT[" ".join(m.group().lower().split())]


def _airfield_words(a: str, b: str) -> bool:
    """Whether two names' facility words are both just words for an airfield ("AF Stn" of
    "AF Stn Bareilly" is "Air Force Station")."""
    return all(" ".join(_SHORT_WORDS.sub(_spelt_out, p).lower().split()) in _AIRFIELD_WORDS
               for p in (a, b))


def _words_for_one_kind(a: str, b: str) -> bool:
    """Whether two names' facility words are both words for an airfield, both for a
    nuclear power plant ("the Balakovo NPP" and "the Balakovo Nuclear Power Plant" are one
    plant), or both for an army post ("Camp Humphreys" and "USAG Humphreys")."""
    return _airfield_words(a, b) or all(
        " ".join(p.lower().split()) in POWER_PLANT_WORDS for p in (a, b)) or all(
        " ".join(p.lower().split()) in _ARMY_POST_NAME_WORDS for p in (a, b))


#: Words that open an army post's name: "Camp Humphreys", "USAG Humphreys", "Fort X"
_ARMY_POST_NAME_WORDS = frozenset({"camp", "usag", "fort", "garrison"})


def _same_head(a: str, b: str) -> bool:
    """Whether two facility phrases may name one facility: the same last word ("reactor"),
    or one of them a word for any facility ("site"). The reactor and the production plant
    at Arak are two."""
    ha, hb = _head(a), _head(b)
    return ha == hb or ha in _GENERIC_HEADS or hb in _GENERIC_HEADS or (
        ha in _BASE_HEADS and hb in _BASE_HEADS) or _post_of(a, b) or _post_of(b, a)


def _post_of(short: str, long: str) -> bool:
    """Whether ``long`` is ``short``'s words and a post's word after them: "the Gabala
    radar" is the "Gabala Radar Station"."""
    ws, wl = short.lower().split(), long.lower().split()
    return len(wl) == len(ws) + 1 and wl[:-1] == ws and wl[-1] in _POST_HEADS


#: Heads that all name one post when the words before them agree: "the Kürecik radar
#: station" is "Kürecik Radar Base"; "the X missile base" is "the X missile site".
_POST_HEADS = {"base", "station", "site", "post", "installation", "facility"}


def _same_post(a: str, b: str) -> bool:
    """Whether two facility phrases name one post by its function: the same words before
    heads of :data:`_POST_HEADS` ("radar station", "Radar Base"). A number ("1st") or
    another function ("radar station", "air base") keeps two apart."""
    wa, wb = a.lower().split(), b.lower().split()
    return (len(wa) >= 2 and wa[:-1] == wb[:-1] and wa[-1] in _POST_HEADS
            and wb[-1] in _POST_HEADS and not any(ch.isdigit() for ch in a + b))


def fact_key(f: Fact) -> tuple:
    """What a fact says, whoever says it: two reports with the same statement of place
    from the same anchor add one constraint, not two."""
    return (f.statement.kind, " ".join(f.statement.words.lower().split()),
            f.anchor.label if f.anchor is not None else None)


def _placement_note(p: Placement) -> str:
    how = {"published by source": "at the coordinates the report publishes",
           "derived from source text": "at the centre of the smallest circle holding what "
                                       "the report says of its place",
           "gazetteer": "at the place it is named after"}[p.method]
    if p.method == "gazetteer" and p.named_after is not None and p.named_after.place is not \
            None and (what := LISTED.get(p.named_after.place.place_id.split(":")[0])):
        how = f"at the listed point of the {what} it is named like ({p.named_after.label})"
    return (f"Located {how}; if what it says holds, the site is within "
            f"{p.radius_m / 1000:.1f} km of this point (see the location citations).")


def _not_by_a_namesake_abroad(facts: list[Fact], site_name: str, text: str) -> list[Fact]:
    """The facts, a statement refused that measures from a small place of another country
    than the one the site's name opens with, which bears the name written only as one of
    its other names: "the Ukrainian Air Force Command headquarters in Vinnitsa" (Russian
    spelling) is not at Vinnitsy, a Russian village GeoNames also calls "Vinnitsa". (Not
    where the sentence names the place's country, nor where the name is the place's own
    spelt without its umlauts: "the US Seventh Army Training Command headquarters in
    Grafenwoehr, Germany".)"""
    first = site_name.split()[0] if site_name.split() else ""
    cc = country_of_word(first) if first[:1].isupper() else None
    if cc is None:
        return facts
    out = []
    for x in facts:
        place = x.anchor.place if x.anchor is not None else None
        written = x.statement.anchor or ""
        if place is not None and not x.problem and place.country and place.country != cc \
                and (place.population or 0) < SMALL_PLACE_POPULATION \
                and match_key(place.name) not in (match_key(written),
                                                  match_key(_UMLAUTS_WRITTEN.sub(
                                                      lambda m: m.group()[0], written))) \
                and not (x.statement.anchor_end is not None and place.country in report_countries(
                    _COUNTRY_AFTER.match(text, x.statement.anchor_end).group())):
            x = dataclasses.replace(
                x, constraint=None,
                problem=(f"{x.statement.words!r}: {place.name} ({place.place_id}), a small "
                         f"place of {place.country} that bears {x.statement.anchor!r} only "
                         f"as another name, is not where the {first} site stands"))
        out.append(x)
    return out


#: A war's base named by its kind's initials or words first, often after a code word or a
#: person ("LSA Anaconda", "FOB Salerno", "COB Speicher", "Combat Outpost Keating")
_WAR_BASE = re.compile(r"(?:FOB|COB|COP|LSA|JSS|PRT|LZ|Forward[ \t]Operating[ \t]Base|"
                       r"Contingency[ \t]Operating[ \t]Base|Combat[ \t]Outpost|Patrol[ \t]Base|"
                       r"Fire[ \t]Support[ \t]Base|Firebase|Landing[ \t]Zone)[ \t]")
#: The words right after a place's name that may name its country ("Grafenwoehr, Germany")
_COUNTRY_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:in[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?")
#: The German umlauts written out ("Grafenwoehr" for "Grafenwöhr")
_UMLAUTS_WRITTEN = re.compile(r"(?<=[^\W\d_])[aouAOU]e")


def _longer_name_of(anchor: str | None, name: str) -> bool:
    """Whether a statement's anchor is a place's name that ends with a site's place name,
    words before it ("La Maddalena" of "Maddalena", "Bad Tallow" of "Tallow")."""
    if not anchor or len(anchor.split()) <= len(name.split()):
        return False
    return anchor.split()[-len(name.split()):] == name.split()


def _at_site_fact(host: Site, f: Finding, how: str) -> Fact:
    """A site ``f`` stands at (its parent, or the site it is named after): within the
    host's stated radius (else its type's extent) and ``f``'s type's extent of its point."""
    r = (host.precision_m or FACILITY_EXTENT_M.get(host.facility_type, 3000.0)) \
        + FACILITY_EXTENT_M.get(f.facility_type, 3000.0)
    anchor = Anchor(f"{host.name} ({host.site_id})", host.lon, host.lat, r,
                    site_id=host.site_id, country=iso2(host.country))
    return Fact(Statement("component", 0, 0, host.name), f.sentence,
                Disc(host.lon, host.lat, r), anchor=anchor, country=anchor.country,
                note=f"{how} {host.name} ({host.site_id}): within {r / 1000:.1f} km of its point.")


def _locate_point(lon: float, lat: float) -> tuple[str | None, str | None]:
    """ISO alpha-2 and admin-1 name of the unit holding a point, if known."""
    locate = getattr(regions, "locate_point", None)
    if locate is None:
        return None, None
    iso3_code, admin1, _ = locate(lon, lat)
    return iso2(iso3_code), admin1

