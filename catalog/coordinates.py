"""Coordinates written in report text: find them, parse them, say how precise they are.

A pure library module: no store, no ingest. :func:`find_coordinates` returns every coordinate
expression in a text with its character offsets, its WGS84 point and a radius that covers the
rounding of the digits as written; :func:`parse_coordinate` parses one expression (a CLI
option, a spreadsheet cell). The ``format_*`` functions write a point in each form, for
display and for the round-trip tests.

Forms read
----------
decimal
    ``40.123, 125.456`` · ``40.123°N 125.456°E`` · ``40.123° N, 125.456° E`` ·
    ``N40.12 E125.46`` · ``40.123N 125.456E`` · ``-33.9, 18.4`` · ``lat 40.123 lon 125.456`` ·
    ``(39.7967, 125.7547)`` · ``39.797 north, 125.755 east``
dm / dms
    ``39°47′48″N 125°45′17″E`` · ``39° 47' 48" N, 125° 45' 17" E`` · ``N 39 47 48 E 125 45 17``
    · ``39°47.8′N 125°45.3′E`` · ``39-47-48N 125-45-17E`` · ``39:47:48N 125:45:17E`` ·
    ``394748N1254517E`` (compact DDMMSS/DDDMMSS, also DDMM/DDDMM) · ``39°47′48.5″N`` ·
    ``39 degrees 47 minutes 48 seconds north``. Minute signs ``′ ' ’ ‘ ´``, second signs
    ``″ " ” “ ′′ '' ’’``, degree signs ``° º ˚``. Hemisphere letters (or the words north,
    south, east, west) before or after each value; a pair written longitude first
    (``125.456°E 40.123°N``) is read the right way round.
mgrs
    ``52SDH1234567890`` · ``52S DH 12345 67890`` · 1 to 5 digits per axis. Polar (UPS)
    references, which have no zone number, are not read.
map links
    a link to Google Maps, OpenStreetMap, Bing Maps or Apple Maps that holds its point:
    a marker (``?q=39.7967,125.7547``, ``/place/39°47'48"N+125°45'17"E``, ``?mlat=..&mlon=``,
    Apple's ``?ll=``) or a view's centre with its zoom (``/@39.7967,125.7547,1200m``,
    ``/@39.7967,125.7547,16z``, ``#map=16/39.7967/125.7547``, Bing's ``?cp=..~..&lvl=16``).
    A view's radius adds half the width a screen of 1,920 pixels shows at that zoom (or
    the metres the link gives): the author centred the view on the facility, no closer;
    a view wider than 20 km is not read as a point.
wiki source
    Wikipedia's template: ``{{coord|39.797|125.755|display=inline}}`` ·
    ``{{Coord|39|47|48|N|125|45|17|E|type:landmark}}`` (decimal, DM or DMS as its values).
geojson and kml
    a point written longitude first, as GeoJSON and KML write it:
    ``"type": "Point", "coordinates": [125.7547, 39.7967]`` ·
    ``<coordinates>125.7547,39.7967,0</coordinates>`` (a JSON record's ``"coordinates"``
    that says no ``Point`` is read as any plain pair, latitude first);
    a JSON record's quoted keys (``"latitude": 39.7967, "longitude": 125.7547``) are a
    labelled pair.
utm
    ``52N 345678 4412345`` · ``Zone 52S 345678mE 4412345mN`` · ``UTM 52S 345678 m E,
    4412345 m N``. The letter after the zone is read as a latitude band; ``S`` is read as
    the band S (32°N-40°N) when the northing puts the point in that band and as "southern
    hemisphere" otherwise; ``N`` is the northern hemisphere (band N lies in it too).

What counts as a coordinate (the false-positive rule)
-----------------------------------------------------
* A pair with a hemisphere letter or word on **both** values, a pair with a degree sign on
  both values, a pair labelled ``lat … lon …``, an MGRS reference and a UTM reference are
  always coordinates. A hemisphere letter or word after a bare whole number does not count
  (``38 North`` is a think tank, ``Su-27SM 12E 13N`` a designation): the value needs a
  decimal point, a degree/minute/second sign, minutes (``39 47N``) or the compact form
  (``3947N``). So ``40°N 125°E`` is read and ``40N 125E`` is not.
* An MGRS-looking token that names no grid square is returned with a problem when written
  as one word (``52SZZ1234``), and ignored when spaced (``3D TV 2012``).
* A plain pair of numbers (``39.7967, 125.7547``, separated by a comma, a semicolon or
  spaces) counts only when both numbers have at least 2 decimals, both are within
  [-180, 180], it is not part of a longer list of numbers, **and** one of:

  1. a context word (``coordinates``, ``coords``, ``located``, ``location``, ``lat``,
     ``latitude``, ``lon``, ``long``, ``longitude``, ``lng``, ``position``, ``GPS``,
     ``geolocated``, ``centred``/``centered``) stands within 40 characters before it on the
     same line;
  2. ``at`` or ``@`` stands right before it;
  3. it is enclosed in brackets: ``(39.7967, 125.7547)``;
  4. it is alone on its line, optionally after a bullet and a short label ending in ``:``,
     ``=`` or ``|`` (an infobox line);
  5. it repeats, after a ``/``, the coordinate just before it (Wikipedia's plain text);
  6. its line is a row of a table whose header, above it with no blank line between, names
     a latitude and a longitude column (``ID  Base  Lat  Lon``) or a column of positions or
     coordinates (``AIRFIELD  COUNTRY  POSITION``).

  So dates, times, version numbers, money, counts, distances, scores, section and page
  numbers, phone numbers and lists of figures are not coordinates.

Impossible values
-----------------
A value that is clearly meant as a coordinate but cannot be one (latitude 123, minutes 75,
an MGRS square that does not exist) is returned with :attr:`CoordinateMatch.problem` set and
the values *as written* (they may be out of range, or NaN when no point can be computed at
all; the radius is then infinite). A plain pair whose first number is not a latitude but
whose swap would be valid (``125.456, 40.123``) is returned as written with the problem
``"latitude 125.456 is outside [-90, 90]; swapped axes?"``: the parser never guesses.

Repeated renderings
-------------------
Wikipedia's plain text writes one point two or three times, ``39°47′48″N 125°45′17″E /
39.79667°N 125.75472°E / 39.79667; 125.75472``. Renderings joined by ``/`` that agree
(within the sum of their radii) come out as **one** match spanning all of them, with the
point of the first rendering (the author's) and a radius covering every rendering's cell.

Precision
---------
``precision_m`` is the largest geodesic distance (WGS84, :class:`pyproj.Geod`) from the
returned point to the corners and edge midpoints of the rounding cell of the digits as
written, plus 1 cm: ``±0.5·10^-d`` degrees for decimal degrees with ``d`` decimals (whole
degrees: ±0.5°), ``±0.5·10^-d`` minutes or seconds for DM and DMS, ``±0.5·10^-d`` metres for
UTM, and for MGRS the whole grid square (MGRS truncates: the point returned is the square's
centre). Each axis has its own cell. The radius covers *rounding*; a writer who truncated
decimal degrees may be up to twice as far, and the radius says nothing about how well the
writer located the facility.
"""

from __future__ import annotations

import functools
import math
import re
import warnings
from dataclasses import dataclass, replace

from .errors import ValidationError

__all__ = [
    "CoordinateMatch",
    "find_coordinates",
    "format_decimal",
    "format_dm",
    "format_dms",
    "format_mgrs",
    "format_utm",
    "is_map_link",
    "parse_coordinate",
]

FORMATS = ("decimal", "dm", "dms", "mgrs", "utm")

# Floating-point slack added to every radius (metres): PROJ and GeoTrans (behind ``mgrs``)
# agree to well under a millimetre, and a point exactly on a cell corner must stay inside.
_SLACK_M = 0.01


@dataclass(frozen=True)
class CoordinateMatch:
    """One coordinate expression found in a text.

    Attributes
    ----------
    start, end : int
        Offsets in the text (Python ``str`` indices): ``text[start:end]`` is the whole
        expression, labels (``lat``, ``Zone``) and repeated renderings included.
    lat, lon : float
        WGS84 degrees, ``lon`` in [-180, 180]; when :attr:`problem` is set they are the
        values as written (possibly out of range, or NaN if no point can be computed).
    format : str
        ``"decimal"``, ``"dm"``, ``"dms"``, ``"mgrs"`` or ``"utm"`` (the first rendering's).
    precision_m : float
        Radius in metres around (lat, lon) that covers the rounding of the digits as
        written (see the module docstring); ``inf`` when the point is NaN.
    problem : str or None
        None, or why the value is impossible or suspect, naming the value, e.g.
        ``"latitude 123.4 is outside [-90, 90]"``.
    """

    start: int
    end: int
    lat: float
    lon: float
    format: str
    precision_m: float
    problem: str | None = None


# --------------------------------------------------------------------------------------------
# Regular expressions, compiled once.

_SP = r"[^\S\n]"  # a space within one line (tab, no-break space included)
_DEGSYM = r"(?:°|º|˚|(?i:deg(?:rees?)?)(?![a-z])\.?)"
_MINSYM = r"(?:′|'|’|‘|´|(?i:min(?:utes?)?)(?![a-z])\.?)"
_SECSYM = r"(?:′′|''|’’|″|\"|”|“|(?i:sec(?:onds?)?)(?![a-z])\.?)"
_SIGN = r"[-+−]?"
_DEGSEP = rf"(?:{_SP}*{_DEGSYM}{_SP}*|{_SP}*:{_SP}*|-|{_SP}+)"
_MINSEP = rf"(?:{_SP}*{_MINSYM}{_SP}*|{_SP}*:{_SP}*|-|{_SP}+)"
_FRAC = r"(?:\.\d+)?"
_END = r"(?!\d|\.\d)"

# A value next to a hemisphere letter: symbols or plain separators (spaces, colons, hyphens).
_V_HEMI = (
    rf"(?:\d{{1,3}}{_DEGSEP}\d{{1,2}}{_MINSEP}\d{{1,2}}{_FRAC}(?:{_SP}*{_SECSYM})?"
    rf"|\d{{1,3}}{_DEGSEP}\d{{1,2}}{_FRAC}(?:{_SP}*{_MINSYM})?"
    rf"|\d{{4,7}}{_FRAC}"  # compact DDMM(SS) / DDDMM(SS)
    rf"|\d{{1,3}}{_FRAC}(?:{_SP}*{_DEGSYM})?){_END}"
)
# A value with no hemisphere letter: minutes and seconds need the degree sign.
_V_SYM = (
    rf"(?:{_SIGN}\d{{1,3}}{_SP}*{_DEGSYM}{_SP}*\d{{1,2}}{_SP}*{_MINSYM}{_SP}*\d{{1,2}}{_FRAC}"
    rf"(?:{_SP}*{_SECSYM})?"
    rf"|{_SIGN}\d{{1,3}}{_SP}*{_DEGSYM}{_SP}*\d{{1,2}}{_FRAC}(?:{_SP}*{_MINSYM})?"
    rf"|{_SIGN}\d{{1,3}}{_FRAC}(?:{_SP}*{_DEGSYM})?){_END}"
)
_HEMI = r"(?<![A-Za-z])(?:[NSEW]|(?i:north|south|east|west))(?![A-Za-z])"
# Between the two values of a pair: a comma, semicolon, slash, "and", a table's bar
# ("| 32°28′N | 11°53′E |"), or nothing; one line break is allowed (an infobox rendered one
# value a line).
_PAIR_SEP = rf"{_SP}*(?:[,;/&|]|\band\b)?{_SP}*(?:\n{_SP}*)?"
_START = r"(?<![\w.,°º˚′″:/\-−+])"
# After a hemisphere letter or word, the next value's first digit (as in _PAIR_SEP).
_THEN_DIGIT = rf"{_PAIR_SEP}\d"

_SUFFIX_PAIR = re.compile(
    rf"{_START}(?P<v1>{_V_HEMI}){_SP}*(?P<h1>{_HEMI}){_PAIR_SEP}"
    rf"(?P<v2>{_V_HEMI}){_SP}*(?P<h2>{_HEMI})"
)
_PREFIX_PAIR = re.compile(
    rf"(?P<h1>{_HEMI}){_SP}*(?P<v1>{_V_HEMI}){_PAIR_SEP}(?P<h2>{_HEMI}){_SP}*(?P<v2>{_V_HEMI})"
)
_LAT_LABEL = r"(?i:\blat(?:itude)?\b)\.?"
_LON_LABEL = r"(?i:\b(?:lon(?:g(?:itude)?)?|lng)\b)\.?"
_LABELLED_PAIR = re.compile(
    # (a JSON record's quoted keys too: '"latitude": 39.45, "longitude": -79.67')
    rf"{_LAT_LABEL}[\"']?{_SP}*[:=]?{_SP}*(?P<v1>{_V_SYM})(?:{_SP}*(?P<h1>{_HEMI}))?"
    rf"{_SP}*[,;]?{_SP}*[\"']?{_LON_LABEL}[\"']?{_SP}*[:=]?{_SP}*(?P<v2>{_V_SYM})"
    rf"(?:{_SP}*(?P<h2>{_HEMI}))?"
)
#: A point written longitude first, as GeoJSON and KML write it: '"coordinates": [-79.6664,
#: 39.4501]', "<coordinates>-79.6664,39.4501,0</coordinates>"
_LON_LAT_ARRAY = re.compile(
    # (GeoJSON's only where the record says it is a Point: a JSON record of another's
    # making may write "coordinates": [lat, lon])
    r"(?:[\"']type[\"'][ \t]*:[ \t]*[\"']Point[\"'][ \t]*,[ \t]*"
    r"[\"']coordinates[\"'][ \t]*:[ \t]*\[[ \t]*|<coordinates>[ \t]*)"
    r"(?P<v2>-?\d{1,3}(?:\.\d+)?)[ \t]*,[ \t]*(?P<v1>-?\d{1,2}(?:\.\d+)?)"
    r"(?:[ \t]*,[ \t]*-?\d+(?:\.\d+)?)?[ \t]*(?:\]|</coordinates>)")
_PLAIN_PAIR = re.compile(
    # (or a table's cells: "| 32.475 | 11.899 |", under a header of "Lat" and "Lon")
    rf"{_START}(?P<v1>{_V_SYM})(?:{_SP}*[,;|]{_SP}*|{_SP}+)(?P<v2>{_V_SYM})"
    rf"(?![°º˚′″%]|{_SP}*{_HEMI})"
    # (nor two measures, a unit after them: "a midpoint of 40.38, 10.13 kg below")
    rf"(?!{_SP}*(?i:kg|kt|mt|km|m|cm|mm|t|tonnes?|tons?|metres?|meters?|miles?|percent)"
    rf"(?![A-Za-z]))"
)
# Wikipedia's source: "{{coord|-33.393|-70.7858|display=inline}}", "{{Coord|33|23|S|70|47|W}}"
_WIKI_COORD = re.compile(r"\{\{[^\S\n]*[Cc]oord[^\S\n]*\|(?P<body>[^{}\n]*)\}\}")
_MGRS = re.compile(
    r"(?<![\w.])(?P<zone>\d{1,2})[^\S\n]?(?P<band>[C-HJ-NP-X])[^\S\n]?"
    r"(?P<sq>[A-HJ-NP-Z][A-HJ-NP-V])[^\S\n]?"
    r"(?:(?P<e>\d{1,5})[^\S\n](?P<n>\d{1,5})|(?P<en>\d{2,10}))(?![\w]|\.\d)"
)
_UTM = re.compile(
    rf"(?<![\w.])(?:(?i:utm){_SP}*)?(?:(?i:zone){_SP}*)?(?P<zone>\d{{1,2}}){_SP}?"
    rf"(?P<letter>[C-HJ-NP-X])(?![A-Za-z]),?{_SP}+"
    rf"(?P<e>\d{{5,7}}{_FRAC}){_SP}?(?:m{_SP}?E|E)?(?![\w.]),?{_SP}+"
    rf"(?P<n>\d{{5,8}}{_FRAC}){_SP}?(?:m{_SP}?N|N)?(?![\w.]|\.\d)"
)

# A link to a map service (a token of a URL; ")" and quotes end it, as in Markdown links).
_MAP_HOSTS = (r"google\.[a-z.]{2,6}/maps|maps\.google\.[a-z.]{2,6}|openstreetmap\.org"
              r"|bing\.com/maps|maps\.apple\.com")
_MAP_LINK = re.compile(
    r"(?:(?i:\bhttps?://)|(?<![\w./]))(?i:www\.)?(?i:" + _MAP_HOSTS + ")"
    r"[^\s<>\"()\[\]]*"  # "'" stays: Google writes a place's minutes with it
    # ... or any other map's link holding a marker or a view as these do (Wikimapia's
    # "#lang=en&lat=49.3919&lon=9.9589&z=14", a mirror's "?q=52.3572,-0.1078")
    r"|(?i:\bhttps?://)[^\s<>\"()\[\]]*?(?:[?&#](?:m?lat=[-+]?\d|q=[-+]?\d{1,3}\.\d)"
    r"|#map=\d)[^\s<>\"()\[\]]*"
)
_URL_NUMBER = r"([-+]?\d{1,3}\.\d\d+)"  # two decimals at least, as a plain pair's
_URL_PAIR = re.compile(rf"\s*{_URL_NUMBER}\s*,\s*{_URL_NUMBER}\s*")
_URL_VIEW = re.compile(rf"/@{_URL_NUMBER},{_URL_NUMBER},(\d+(?:\.\d+)?)([zm])\b")
_URL_PLACE = re.compile(r"/(?:place|search)/([^/@?#]+)")
# Half the width a screen of 1,920 pixels shows of a web map at zoom 0 (metres, at the
# equator); each zoom level halves it.
_VIEW_HALF_M_Z0 = 960 * 156_543.033_92
_VIEW_MAX_HALF_M = 10_000.0

_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DEGREE_SIGN = re.compile(r"[°º˚]|(?i:deg)")
_ANY_SYMBOL = re.compile(r"[°º˚′″'\"’‘”“´]|(?i:deg|min|sec)")
_CONTEXT = re.compile(
    r"(?i)\b(?:co-?ordinates?|coords?|located|locations?|lat(?:itude)?|lon(?:g(?:itude)?)?"
    r"|lng|position(?:ed)?|gps|geolocat\w*|cent(?:red|ered)|reference[ \t]+points?"
    # (a runway's or a compound's middle: "gives the runway's midpoint as 25.918, 50.591")
    r"|mid-?points?|centroids?|cent(?:re|er)[ \t-]points?)\b"
)
#: A label of a point a colon ends, its words running longer than the context's window
#: ("Reference point for the installation as used in this fact sheet: 36.9622, 127.0310")
_LABEL_BEFORE = re.compile(r"(?i:\b(?:co-?ordinates?|reference[ \t]+points?|position|"
                           r"location))\b[^.:;\n]{0,80}:[ \t]*\Z")
_AT_BEFORE = re.compile(rf"(?:(?i:\bat)|@){_SP}*`?\Z")  # (Markdown's code: "at `25.8, 55.0`")
_OPEN_BEFORE = re.compile(rf"[(\[]{_SP}*\Z")
_CLOSE_AFTER = re.compile(rf"{_SP}*[)\]]")
_LIST_BEFORE = re.compile(rf"\d{_SP}*(?:[,;&]|\b(?i:and|or)\b){_SP}*\Z")
_LIST_AFTER = re.compile(rf"{_SP}*(?:[,;&]|\b(?i:and|or)\b){_SP}*{_SIGN}\d")
_LINE_PREFIX = re.compile(rf"{_SP}*(?:[|*•·\-]{_SP}*)?(?:[\w ()'’.\-]{{0,40}}[:=|]{_SP}*)?\Z")
_LINE_SUFFIX = re.compile(rf"{_SP}*[.,;]?{_SP}*\Z")
_REPEAT_GAP = re.compile(r"[\s\ufeff\u200b\u2060]*/[\s\ufeff\u200b\u2060]*")
_CONTEXT_WINDOW = 40

# UTM/MGRS latitude bands, 8° each from 80°S (X is 12°).
_BANDS = "CDEFGHJKLMNPQRSTUVWX"


# --------------------------------------------------------------------------------------------
# Lazily built helpers (pyproj and mgrs are imported where they are used).


@functools.lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


@functools.lru_cache(maxsize=256)
def _utm_to_lonlat(zone: int, south: bool):
    from pyproj import Transformer

    return Transformer.from_crs(32700 + zone if south else 32600 + zone, 4326, always_xy=True)


@functools.lru_cache(maxsize=256)
def _lonlat_to_utm(zone: int, south: bool):
    from pyproj import Transformer

    return Transformer.from_crs(4326, 32700 + zone if south else 32600 + zone, always_xy=True)


@functools.lru_cache(maxsize=1)
def _mgrs():
    import mgrs

    return mgrs.MGRS()


def _farthest(lat: float, lon: float, lats, lons) -> float:
    """Largest geodesic distance from (lat, lon) to the given points, plus the slack."""
    n = len(lats)
    _, _, dist = _geod().inv([lon] * n, [lat] * n, list(lons), list(lats))
    return max(dist) + _SLACK_M


def _clamp_lat(lat: float) -> float:
    return min(90.0, max(-90.0, lat))


def _degree_cell_radius(lat: float, lon: float, half_lat: float, half_lon: float) -> float:
    """Radius covering the cell lat ± half_lat, lon ± half_lon (corners and edge midpoints)."""
    if math.isnan(lat) or math.isnan(lon):
        return math.inf
    lat = _clamp_lat(lat)
    lats, lons = [], []
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                lats.append(_clamp_lat(lat + dy * half_lat))
                lons.append(lon + dx * half_lon)
    return _farthest(lat, lon, lats, lons)


def _grid_point(zone: int, south: bool, easting: float, northing: float, half: float):
    """(lat, lon, radius) of the grid cell centred on (easting, northing), ± half metres."""
    to_ll = _utm_to_lonlat(zone, south)
    xs, ys = [], []
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            xs.append(easting + dx * half)
            ys.append(northing + dy * half)
    lons, lats = to_ll.transform(xs, ys)
    lon, lat = lons[4], lats[4]
    corner_lats = [v for i, v in enumerate(lats) if i != 4]
    corner_lons = [v for i, v in enumerate(lons) if i != 4]
    return lat, lon, _farthest(lat, lon, corner_lats, corner_lons)


# --------------------------------------------------------------------------------------------
# Reading one value (one axis).


@dataclass(frozen=True)
class _Axis:
    value: float  # signed degrees
    half: float  # half the rounding cell, degrees
    kind: str  # "decimal", "dm" or "dms"
    has_symbol: bool  # a degree, minute or second sign (or word) is written
    has_point: bool  # the last number has a decimal point
    decimals: int
    problem: str | None


def _decimals(number: str) -> int:
    return len(number) - number.index(".") - 1 if "." in number else 0


def _split_compact(number: str, axis: str) -> list[str] | None:
    whole, _, frac = number.partition(".")
    frac = "." + frac if frac else ""
    n = len(whole)
    if n == 4:  # DDMM
        parts = [whole[:2], whole[2:]]
    elif n == 6:  # DDMMSS
        parts = [whole[:2], whole[2:4], whole[4:]]
    elif axis == "longitude" and n == 5:  # DDDMM
        parts = [whole[:3], whole[3:]]
    elif axis == "longitude" and n == 7:  # DDDMMSS
        parts = [whole[:3], whole[3:5], whole[5:]]
    else:
        return None
    parts[-1] += frac
    return parts


def _read_axis(text: str, hemisphere: str | None, axis: str) -> _Axis | None:
    """Read one written value; ``axis`` is "latitude" or "longitude" (for messages)."""
    stripped = text.strip()
    negative = stripped[:1] in "-−"
    numbers = _NUMBER.findall(stripped)
    has_symbol = bool(_ANY_SYMBOL.search(stripped))
    if len(numbers) == 1 and len(numbers[0].partition(".")[0]) >= 4:
        if has_symbol or hemisphere is None:
            return None
        parts = _split_compact(numbers[0], axis)
        if parts is None:
            return None
    else:
        parts = numbers
    if not 1 <= len(parts) <= 3:
        return None
    kind = ("decimal", "dm", "dms")[len(parts) - 1]
    unit = (1.0, 60.0, 3600.0)[len(parts) - 1]
    decimals = _decimals(parts[-1])
    magnitude = sum(float(p) / u for p, u in zip(parts, (1.0, 60.0, 3600.0), strict=False))
    problem = None
    for name, part in zip(("minutes", "seconds"), parts[1:], strict=False):
        if float(part) >= 60:
            problem = f"{name} {part} of {axis} {stripped!r} must be below 60"
            break
    value = -magnitude if negative else magnitude
    if hemisphere is not None:
        south_or_west = hemisphere[0].upper() in "SW"
        if negative and not south_or_west:
            problem = problem or (
                f"{axis} {stripped!r} is negative but marked {hemisphere}"
            )
        value = -magnitude if south_or_west else magnitude
    return _Axis(value, 0.5 * 10.0**-decimals / unit, kind, has_symbol, "." in parts[-1],
                 decimals, problem)


def _range_problem(lat: float, lon: float) -> str | None:
    if not -90 <= lat <= 90:
        message = f"latitude {lat:.10g} is outside [-90, 90]"
        if -90 <= lon <= 90 and -180 <= lat <= 180:
            message += "; swapped axes?"
        return message
    if not -180 <= lon <= 180:
        return f"longitude {lon:.10g} is outside [-180, 180]"
    return None


# --------------------------------------------------------------------------------------------
# Candidates: every pattern's matches, before the overlap and context rules pick among them.


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    lat: float
    lon: float
    format: str
    problem: str | None
    # how to compute the radius: ("deg", half_lat, half_lon) or a precomputed radius
    half_lat: float = 0.0
    half_lon: float = 0.0
    radius: float | None = None
    weak: bool = False  # a plain pair: needs the context rule
    min_decimals: int = 0
    priority: int = 0

    def to_match(self) -> CoordinateMatch:
        radius = self.radius
        if radius is None:
            radius = _degree_cell_radius(self.lat, self.lon, self.half_lat, self.half_lon)
        return CoordinateMatch(self.start, self.end, self.lat, self.lon, self.format, radius,
                               self.problem)


def _axis_of(hemisphere: str) -> str:
    return "latitude" if hemisphere[0].upper() in "NS" else "longitude"


def _kind(a: _Axis, b: _Axis) -> str:
    kinds = {a.kind, b.kind}
    return "dms" if "dms" in kinds else "dm" if "dm" in kinds else "decimal"


def _degree_candidate(m: re.Match, a: _Axis, b: _Axis, *, weak: bool,
                      priority: int) -> _Candidate:
    lat, lon = a.value, b.value
    problem = a.problem or b.problem or _range_problem(lat, lon)
    return _Candidate(m.start(), m.end(), lat, lon, _kind(a, b), problem, a.half, b.half,
                      weak=weak, min_decimals=min(a.decimals, b.decimals), priority=priority)


def _hemisphere_pair(m: re.Match, priority: int) -> _Candidate | None:
    h1, h2 = m["h1"], m["h2"]
    first, second = _axis_of(h1), _axis_of(h2)
    if first == second:
        return None  # two latitudes or two longitudes: not a point
    a = _read_axis(m["v1"], h1, first)
    b = _read_axis(m["v2"], h2, second)
    if a is None or b is None:
        return None
    if any(axis.kind == "decimal" and not (axis.has_point or axis.has_symbol) for axis in (a, b)):
        # "38 North" is a think tank, "Su-27SM 12E 13N" a designation: a bare whole number
        # next to a hemisphere letter is not read as a coordinate ("40°N 125°E" is).
        return None
    if first == "longitude":
        a, b = b, a
    return _degree_candidate(m, a, b, weak=False, priority=priority)


def _labelled_pair(m: re.Match, priority: int) -> _Candidate | None:
    """A pair whose axes its words say: labels, or GeoJSON's and KML's order (no hemisphere
    letters there)."""
    h1, h2 = m.groupdict().get("h1"), m.groupdict().get("h2")
    if (h1 and _axis_of(h1) != "latitude") or (h2 and _axis_of(h2) != "longitude"):
        return None
    a = _read_axis(m["v1"], h1, "latitude")
    b = _read_axis(m["v2"], h2, "longitude")
    if a is None or b is None:
        return None
    return _degree_candidate(m, a, b, weak=False, priority=priority)


def _plain_pair(m: re.Match, priority: int) -> _Candidate | None:
    a = _read_axis(m["v1"], None, "latitude")
    b = _read_axis(m["v2"], None, "longitude")
    if a is None or b is None:
        return None
    strong = bool(_DEGREE_SIGN.search(m["v1"]) and _DEGREE_SIGN.search(m["v2"]))
    weak_plausible = abs(a.value) <= 180 and abs(b.value) <= 180
    if not strong and not weak_plausible:
        return None
    return _degree_candidate(m, a, b, weak=not strong, priority=priority)


def _wiki_coord(m: re.Match, priority: int) -> _Candidate | None:
    """A ``{{coord}}`` template: its values before its named parameters ("display=",
    "type:"), signed decimals or degrees, minutes and seconds each closed by a hemisphere."""
    values = []
    for part in m["body"].split("|"):
        part = part.strip()
        if "=" in part or ":" in part:
            break
        values.append(part)
    if len(values) == 2:
        a = _read_axis(values[0], None, "latitude")
        b = _read_axis(values[1], None, "longitude")
    else:
        ends = [i for i, v in enumerate(values) if re.fullmatch("[NSEW]", v)]
        if len(ends) != 2 or ends[1] != len(values) - 1 or \
                _axis_of(values[ends[0]]) != "latitude" or \
                _axis_of(values[ends[1]]) != "longitude":
            return None
        a = _read_axis(" ".join(values[:ends[0]]), values[ends[0]], "latitude")
        b = _read_axis(" ".join(values[ends[0] + 1:ends[1]]), values[ends[1]], "longitude")
    if a is None or b is None or not all(_NUMBER.fullmatch(v.lstrip("-−+")) for v in values
                                         if not re.fullmatch("[NSEW]", v)):
        return None
    return _degree_candidate(m, a, b, weak=False, priority=priority)


def _mgrs_candidate(m: re.Match, priority: int) -> _Candidate | None:
    if m["en"] is not None:
        digits = m["en"]
        if len(digits) % 2:
            return None
        k = len(digits) // 2
        e_digits, n_digits = digits[:k], digits[k:]
    else:
        e_digits, n_digits = m["e"], m["n"]
        if len(e_digits) != len(n_digits):
            return None
    zone = int(m["zone"])
    text = m.group(0)
    nan = math.nan
    if not 1 <= zone <= 60:
        return _Candidate(m.start(), m.end(), nan, nan, "mgrs",
                          f"MGRS zone {zone} of {text!r} is outside [1, 60]", radius=math.inf,
                          priority=priority)
    band = m["band"]
    i = _BANDS.index(band)
    # GeoTrans rejects a square that lies across its band's edge, yet writes such squares
    # itself (a point a hair south of the equator becomes "31MAA60", a square just north of
    # it): such a reference is read with a neighbouring band, and kept only if the square
    # then lies within the written band (0.5° of slack).
    low, high = _band_limits(band)
    cell = 10.0 ** (5 - len(e_digits))
    for letter in (band, *_BANDS[max(0, i - 1):i], *_BANDS[i + 1:i + 2]):
        reference = f"{zone:02d}{letter}{m['sq']}{e_digits}{n_digits}"
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                zone_out, hemisphere, easting, northing = _mgrs().MGRSToUTM(reference)
        except Exception:  # mgrs raises its own MGRSError for every malformed reference
            continue
        # MGRS truncates: the digits name the south-west corner of a square of side `cell`.
        east0 = math.floor(easting / cell) * cell
        north0 = math.floor(northing / cell) * cell
        lat, lon, radius = _grid_point(int(zone_out), hemisphere == "S", east0 + cell / 2,
                                       north0 + cell / 2, cell / 2)
        off_band = bool(caught) or not low - 0.5 <= lat <= high + 0.5  # GeoTrans warns too
        if letter == band:
            problem = (f"MGRS reference {text!r} lies outside its latitude band {band}"
                       if off_band else None)
            return _Candidate(m.start(), m.end(), lat, lon, "mgrs", problem, radius=radius,
                              priority=priority)
        if not off_band:
            return _Candidate(m.start(), m.end(), lat, lon, "mgrs", None, radius=radius,
                              priority=priority)
    if any(ch.isspace() for ch in text):
        return None  # "3D TV 2012": spaced letters and digits that name no square
    return _Candidate(m.start(), m.end(), nan, nan, "mgrs",
                      f"MGRS reference {text!r} names no grid square", radius=math.inf,
                      priority=priority)


def is_map_link(url: str) -> bool:
    """Whether ``url`` is a link to a map service that holds a point :func:`find_coordinates`
    reads (a marker, or a view's centre and zoom)."""
    m = _MAP_LINK.fullmatch(url.strip())
    return m is not None and _map_link_candidate(m, 0) is not None


def _lat_lon(fields: dict[str, str]) -> re.Match | None:
    """A link's point by its "lat" and "lon" (or "lng") fields, as a plain pair."""
    lon = fields.get("lon", fields.get("lng", ""))
    return _URL_PAIR.fullmatch(f"{fields.get('lat', '')},{lon}")


def _map_link_candidate(m: re.Match, priority: int) -> _Candidate | None:
    """The point a map service's link holds (see the module docstring), marker first."""
    from urllib.parse import parse_qs, unquote_plus, urlsplit

    url = m.group(0).rstrip(".,;:!?'")
    parts = urlsplit(url if "://" in url else "https://" + url)
    query = {k.lower(): v[0] for k, v in parse_qs(parts.query).items()}
    fragment = {k.lower(): v[0] for k, v in parse_qs(parts.fragment).items()}
    place = _URL_PLACE.search(parts.path)
    view = _URL_VIEW.search(parts.path)
    half_m = 0.0
    point = None  # (latitude text, longitude text) or a CoordinateMatch
    for key in ("q", "query", "daddr", "destination"):
        if key in query and (pair := _URL_PAIR.fullmatch(query[key].removeprefix("loc:"))):
            point = pair.groups()
            break
    if point is None and (pair := _URL_PAIR.fullmatch(
            f"{query.get('mlat', '')},{query.get('mlon', '')}")):
        point = pair.groups()
    if point is None and "z" not in query and "z" not in fragment:
        # a marker by its two fields ("?lat=49.3919&lon=9.9589")
        pair = _lat_lon(query) or _lat_lon(fragment)
        point = pair.groups() if pair else None
    if point is None and place is not None:
        written = unquote_plus(place.group(1))
        if pair := _URL_PAIR.fullmatch(written):
            point = pair.groups()
        else:
            found = find_coordinates(written)
            if len(found) == 1 and found[0].problem is None:
                point = found[0]
    if point is None and "ll" in query and "maps.apple" in parts.netloc.lower():
        point = (pair.groups() if (pair := _URL_PAIR.fullmatch(query["ll"])) else None)
    if point is None:  # a view's centre
        zoom = None
        if view is not None:
            point, zoom = view.group(1, 2), view.group(3, 4)
        elif "map" in fragment and (osm := re.fullmatch(
                rf"(\d+(?:\.\d+)?)/{_URL_NUMBER}/{_URL_NUMBER}", fragment["map"])):
            point, zoom = osm.group(2, 3), (osm.group(1), "z")
        elif "z" in query and (ll := _URL_PAIR.fullmatch(query.get("ll") or query.get(
                "center") or "")):
            point, zoom = ll.groups(), (query["z"], "z")
        elif (keys := fragment if "z" in fragment else query if "z" in query else None) \
                and (ll := _lat_lon(keys)):
            point, zoom = ll.groups(), (keys["z"], "z")  # Wikimapia's "#lat=..&lon=..&z=14"
        elif "cp" in query and "lvl" in query and (bing := re.fullmatch(
                rf"{_URL_NUMBER}~{_URL_NUMBER}", query["cp"])):
            point, zoom = bing.groups(), (query["lvl"], "z")
        if point is None:
            return None
        lat_ = float(point[0])
        value, unit = zoom
        try:
            half_m = (float(value) if unit == "m" else
                      _VIEW_HALF_M_Z0 * math.cos(math.radians(min(abs(lat_), 89.0)))
                      / 2.0 ** float(value))
        except (OverflowError, ValueError):
            return None
        if half_m > _VIEW_MAX_HALF_M:
            return None  # a region's view, not a facility's
    end = m.start() + len(url)
    if isinstance(point, CoordinateMatch):
        return _Candidate(m.start(), end, point.lat, point.lon, point.format, None,
                          radius=point.precision_m, priority=priority)
    a = _read_axis(point[0], None, "latitude")
    b = _read_axis(point[1], None, "longitude")
    if a is None or b is None:
        return None
    problem = a.problem or b.problem or _range_problem(a.value, b.value)
    radius = None
    if half_m and problem is None:
        radius = _degree_cell_radius(a.value, b.value, a.half, b.half) + half_m
    return _Candidate(m.start(), end, a.value, b.value, "decimal", problem, a.half, b.half,
                      radius=radius, priority=priority)


def _band_limits(letter: str) -> tuple[float, float]:
    i = _BANDS.index(letter)
    south = -80.0 + 8 * i
    return south, 84.0 if letter == "X" else south + 8


def _utm_candidate(m: re.Match, priority: int) -> _Candidate | None:
    zone, letter = int(m["zone"]), m["letter"]
    e_text, n_text = m["e"], m["n"]
    easting, northing = float(e_text), float(n_text)
    text = m.group(0)
    nan = math.nan
    if not 1 <= zone <= 60:
        return _Candidate(m.start(), m.end(), nan, nan, "utm",
                          f"UTM zone {zone} of {text!r} is outside [1, 60]", radius=math.inf,
                          priority=priority)
    half = 0.5 * 10.0 ** -max(_decimals(e_text), _decimals(n_text))
    problem = None
    if not 100_000 <= easting <= 900_000:
        problem = f"easting {e_text} m of {text!r} is outside [100000, 900000]"
    elif not 0 <= northing <= 10_000_000:
        problem = f"northing {n_text} m of {text!r} is outside [0, 10000000]"
    if letter == "N":
        south = False
    elif letter == "S":
        lat_north = _grid_point(zone, False, easting, northing, half)[0]
        low, high = _band_limits("S")
        south = not low - 0.5 <= lat_north <= high + 0.5
    else:
        south = _BANDS.index(letter) < _BANDS.index("N")
    lat, lon, radius = _grid_point(zone, south, easting, northing, half)
    if problem is None and letter not in "NS":
        low, high = _band_limits(letter)
        if not low - 0.5 <= lat <= high + 0.5:
            problem = (f"northing {n_text} m of {text!r} puts the point at {lat:.3f}°, "
                       f"outside band {letter} ({low:g}° to {high:g}°)")
    return _Candidate(m.start(), m.end(), lat, lon, "utm", problem, radius=radius,
                      priority=priority)


# Order = priority when two candidates start at the same place and end at the same place.
_MATCHERS = (
    (_WIKI_COORD, _wiki_coord),
    (_MAP_LINK, _map_link_candidate),
    (_MGRS, _mgrs_candidate),
    (_UTM, _utm_candidate),
    (_LABELLED_PAIR, _labelled_pair),
    (_LON_LAT_ARRAY, _labelled_pair),
    (_PREFIX_PAIR, _hemisphere_pair),
    (_SUFFIX_PAIR, _hemisphere_pair),
    (_PLAIN_PAIR, _plain_pair),
)


# What each matcher's chosen candidates hold (the context rule drops a plain pair with
# fewer than two decimals), in the order of _MATCHERS: a text without it has no candidate
# of that matcher that could be chosen, so the matcher is not run.
_GRID_NEEDS = re.compile(rf"\d{_SP}?[C-HJ-NP-X]")  # a zone's last digit, then its band
_HEMISPHERE_NEEDS = re.compile(
    rf"(?:[NSEW]|(?i:north|south|east|west))(?![A-Za-z]){_THEN_DIGIT}")  # then a value
_NEEDS = (re.compile(r"\{\{"), re.compile(r"(?i:google|openstreetmap|bing\.com|maps\.apple|"
                                          r"https?://)"),
          _GRID_NEEDS, _GRID_NEEDS, re.compile(r"(?i:lat)"), re.compile(r"coordinates"),
          _HEMISPHERE_NEEDS,
          _HEMISPHERE_NEEDS,
          re.compile(r"\d\.\d\d|[°º˚]|(?i:deg)"))  # plain pair: decimals, or degree signs


def _candidates(text: str, *, lenient: bool = False) -> list[_Candidate]:
    """Every matcher's candidates; unless ``lenient`` (no context rule), only the matchers
    whose chosen candidates hold what ``_NEEDS`` says the text holds."""
    found = []
    needed: dict[re.Pattern, bool] = {}
    for priority, (pattern, build) in enumerate(_MATCHERS):
        need = _NEEDS[priority]
        if not lenient and need not in needed:
            needed[need] = need.search(text) is not None
        if not lenient and not needed[need]:
            continue
        for m in pattern.finditer(text):
            candidate = build(m, priority)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: (c.start, -c.end, c.priority))
    return found


def _plain_pair_accepted(text: str, c: _Candidate, previous: CoordinateMatch | None,
                         table_row: bool = False) -> bool:
    """The context rule for a pair of plain numbers (see the module docstring)."""
    if c.min_decimals < 2:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, c.start - _CONTEXT_WINDOW):c.start]
    if "|" in text[c.start:c.end]:
        # two cells: a row under its columns' header ("| Lat | Lon |"), each written to a
        # hundred metres at least (not "| 3.05 | 0.06 |", a runway's length and width)
        return c.min_decimals >= 3 and (table_row or under_lat_lon_header(text, line_start))
    if _LIST_BEFORE.search(before) or _LIST_AFTER.match(text, c.end, line_end):
        return False
    if previous is not None and _REPEAT_GAP.fullmatch(text, previous.end, c.start):
        return True
    return bool(
        _CONTEXT.search(before)
        or _LABEL_BEFORE.search(text, max(line_start, c.start - 120), c.start)
        or _AT_BEFORE.search(before)
        or table_row
        or under_lat_lon_header(text, line_start)
        or (_OPEN_BEFORE.search(before) and _CLOSE_AFTER.match(text, c.end, line_end))
        or (_LINE_PREFIX.fullmatch(text, line_start, c.start)
            and _LINE_SUFFIX.fullmatch(text, c.end, line_end))
    )


def under_lat_lon_header(text: str, line_start: int) -> bool:
    """Whether a line is a row of a table whose header, above it with no blank line
    between, has a latitude's and a longitude's column ("ID  Base  Lat  Lon  Use")."""
    end = line_start
    for _ in range(_HEADER_REACH):  # the lines above, up to a blank one
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        if not line.strip():
            return False
        if _LAT_LON_HEADER.search(line.replace("_", " ")):  # (a data export's "lat_lon")
            return True
        end = start
    return False


_HEADER_REACH = 60  # rows of a table under its header
_LAT_LON_HEADER = re.compile(r"(?i)\blat(?:itude)?\b.*\blon(?:g|gitude)?\b|"
                             r"(?-i:\b(?:POSITION|COORDINATES|Position|Coordinates)\b)")


def _select(text: str, candidates: list[_Candidate], *, lenient: bool,
            table_row: bool = False) -> list[CoordinateMatch]:
    """Leftmost-longest non-overlapping candidates, context rule applied, repeats merged."""
    chosen: list[CoordinateMatch] = []
    last_end = -1
    for c in candidates:
        if c.start < last_end:
            continue
        if c.weak and not lenient:
            if c.problem is not None and "swapped axes?" not in c.problem:
                continue  # a plain pair that cannot be a point is not a coordinate
            if not _plain_pair_accepted(text, c, chosen[-1] if chosen else None, table_row):
                continue
        match = c.to_match()
        if chosen and _is_repeat(text, chosen[-1], match):
            first = chosen[-1]
            _, _, distance = _geod().inv(first.lon, first.lat, match.lon, match.lat)
            radius = max(first.precision_m, distance + match.precision_m)
            chosen[-1] = replace(first, end=match.end, precision_m=radius)
        else:
            chosen.append(match)
        last_end = c.end
    return chosen


def _is_repeat(text: str, first: CoordinateMatch, second: CoordinateMatch) -> bool:
    if first.problem or second.problem:
        return False
    if not _REPEAT_GAP.fullmatch(text, first.end, second.start):
        return False
    _, _, distance = _geod().inv(first.lon, first.lat, second.lon, second.lat)
    return distance <= first.precision_m + second.precision_m


# --------------------------------------------------------------------------------------------
# Hints: what every coordinate found holds, to look for in a whole text at once.

# Each led by a literal or a rare character, so that the engine skips ahead quickly.
_HINTS = (
    # MGRS and UTM: a zone's last digit, then its band letter
    re.compile(rf"[C-HJ-NP-X](?:(?<=\d.)|(?<=\d{_SP}.))(?:{_SP}?[A-HJ-NP-Z][A-HJ-NP-V]"
               rf"|(?![A-Za-z]),?{_SP}+\d{{5}})"),
    # a hemisphere letter, then a value (N 39 47 / 39 47 N, 125 ...)
    re.compile(rf"[NSEW](?<![A-Za-z].)(?![A-Za-z]){_THEN_DIGIT}"),
    # two decimals (a plain pair needs them)
    re.compile(r"\.(?<=\d\.)\d\d"),
)
# The same for words in any case, run over the lower-cased text.
_LOWER_HINTS = (
    re.compile(r"\{\{[^\S\n]*coord"),  # Wikipedia's template
    re.compile(r"lat(?<!\wlat)(?:itude)?(?!\w)"),  # a lat ... lon label
    re.compile(_MAP_HOSTS),  # a map's link
    *(re.compile(word + _THEN_DIGIT) for word in ("north", "south", "east", "west")),
)
# A pair of degree signs (a sign or its word after a value's digits), in the text and in
# the lower-cased text: kept where a digit stands before it.
_DEGREE_HINTS = (re.compile("[°º˚]"),)
_LOWER_DEGREE_HINTS = (re.compile("deg"),)


def coordinate_hints(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of ``text`` such that every coordinate :func:`find_coordinates` finds in a
    part of it (a sentence) overlaps one: a zone and band, a hemisphere before a value,
    two decimals, a degree sign or its word, a latitude label.

    ``low`` is ``text.lower()``, given only when that keeps every offset and holds no
    character that a case-insensitive match takes for another letter (``ı``, ``ſ``): see
    :func:`catalog.ingest.scan.lowered`. Reading a sentence only where a hint falls
    finds what reading every sentence finds, far faster.
    """
    spans = [m.span() for rx in _HINTS for m in rx.finditer(text)]
    spans += [m.span() for rx in _LOWER_HINTS for m in rx.finditer(low)]
    degrees = [m for rx in _DEGREE_HINTS for m in rx.finditer(text)]
    degrees += [m for rx in _LOWER_DEGREE_HINTS for m in rx.finditer(low)]
    spans += [m.span() for m in degrees if _digit_before(text, m.start())]
    return spans


def _digit_before(text: str, end: int) -> bool:
    """Whether a digit stands before ``end``, with only spaces of one line between (as
    before a degree sign in a value)."""
    i = end
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1].isdecimal()


# --------------------------------------------------------------------------------------------
# Public API


def find_coordinates(text: str, *, table_row: bool = False) -> list[CoordinateMatch]:
    """Find every coordinate expression in ``text``.

    Parameters
    ----------
    text : str
        Any text: a report, a paragraph, an infobox line.
    table_row : bool, default False
        ``text`` is a row of a table whose header names a latitude and a longitude column
        (:func:`under_lat_lon_header` of the whole text): a plain pair needs no other
        context.

    Returns
    -------
    list of CoordinateMatch
        In text order, non-overlapping. Values that are clearly meant as coordinates but
        impossible are included with :attr:`CoordinateMatch.problem` set. See the module
        docstring for the forms read and the rule that keeps dates, times, money and lists
        of numbers out.

    Examples
    --------
    >>> text = "The launch pad (39°47′48″N 125°45′17″E) was expanded in 2019-03."
    >>> [m] = find_coordinates(text)
    >>> text[m.start:m.end], round(m.lat, 5), round(m.lon, 5), m.format
    ('39°47′48″N 125°45′17″E', 39.79667, 125.75472, 'dms')
    >>> round(m.precision_m)
    19
    >>> find_coordinates("On 12/05/2020 at 10:45, 1.5 million people, 40 km north.")
    []
    >>> [m] = find_coordinates("Coordinates: 39.797°N 125.755°E\\ufeff / \\ufeff39.797; 125.755")
    >>> m.start, m.end, m.lat, m.lon
    (13, 51, 39.797, 125.755)
    >>> find_coordinates("The reactor at 123.4°N, 40.1°E")[0].problem
    'latitude 123.4 is outside [-90, 90]; swapped axes?'
    """
    if not _DIGIT.search(text):
        return []
    return _select(text, _candidates(text), lenient=False, table_row=table_row)


def parse_coordinate(expr: str, *, strict: bool = True) -> CoordinateMatch:
    """Parse one coordinate expression (the whole string must be one coordinate).

    Unlike :func:`find_coordinates`, a plain pair of numbers needs no context here: the
    caller says it is a coordinate, so ``"-33.9, 18.4"`` and even ``"40, 125"`` are read.

    Parameters
    ----------
    expr : str
        One coordinate in any form :func:`find_coordinates` reads; surrounding spaces,
        brackets and a final full stop are allowed.
    strict : bool, default True
        Raise for an impossible value (latitude 123, minutes 75) instead of returning it
        with :attr:`CoordinateMatch.problem` set.

    Returns
    -------
    CoordinateMatch
        Offsets refer to ``expr``.

    Raises
    ------
    ValidationError
        When ``expr`` is not one coordinate, or (if ``strict``) the value is impossible;
        the message names the value.

    Examples
    --------
    >>> m = parse_coordinate("52S DH 12345 67890")
    >>> m.format, round(m.lat, 5), round(m.lon, 5), round(m.precision_m, 2)
    ('mgrs', 38.55513, 127.99401, 0.72)
    >>> parse_coordinate("-33.9, 18.4").lat
    -33.9
    >>> parse_coordinate("39°75′N 125°45′E")
    Traceback (most recent call last):
    ...
    catalog.errors.ValidationError: minutes 75 of latitude '39°75′' must be below 60 \
in '39°75′N 125°45′E'
    >>> parse_coordinate("39°75′N 125°45′E", strict=False).problem
    "minutes 75 of latitude '39°75′' must be below 60"
    """
    if not isinstance(expr, str) or not _DIGIT.search(expr):
        raise _not_a_coordinate(expr)
    matches = _select(expr, _candidates(expr, lenient=True), lenient=True)
    if len(matches) != 1 or not _only_wrapping(expr[:matches[0].start], expr[matches[0].end:]):
        raise _not_a_coordinate(expr)
    match = matches[0]
    if strict and match.problem:
        raise ValidationError(f"{match.problem} in {expr!r}")
    return match


def _only_wrapping(before: str, after: str) -> bool:
    return not before.strip(" \t\n([{") and not after.strip(" \t\n)]}.;,")


def _not_a_coordinate(expr) -> ValidationError:
    return ValidationError(
        f"not a coordinate: {expr!r} (expected e.g. '39.7967°N 125.7547°E', "
        "'39°47′48″N 125°45′17″E', '52SDH1234567890' or '52S 345678mE 4412345mN')"
    )


def _check_point(lat: float, lon: float) -> None:
    if not (isinstance(lat, int | float) and -90 <= lat <= 90):
        raise ValidationError(f"latitude must be within [-90, 90], got {lat!r}")
    if not (isinstance(lon, int | float) and -180 <= lon <= 180):
        raise ValidationError(f"longitude must be within [-180, 180], got {lon!r}")


def _check_count(name: str, value: int, low: int, high: int) -> None:
    if not (isinstance(value, int) and low <= value <= high):
        raise ValidationError(f"{name} must be an integer within [{low}, {high}], got {value!r}")


def format_decimal(lat: float, lon: float, decimals: int = 4, *,
                   hemispheres: bool = True) -> str:
    """Write a point in decimal degrees.

    Parameters
    ----------
    lat, lon : float
        WGS84 degrees.
    decimals : int, default 4
        Digits after the point (0 to 12).
    hemispheres : bool, default True
        ``39.7967°N 125.7547°E``; if False, a signed plain pair ``39.7967, 125.7547``.

    Examples
    --------
    >>> format_decimal(39.79667, 125.75472)
    '39.7967°N 125.7547°E'
    >>> format_decimal(-33.92, 18.42, 2, hemispheres=False)
    '-33.92, 18.42'
    """
    _check_point(lat, lon)
    _check_count("decimals", decimals, 0, 12)
    if not hemispheres:
        return f"{lat:.{decimals}f}, {lon:.{decimals}f}"
    return (f"{abs(lat):.{decimals}f}°{'S' if lat < 0 else 'N'} "
            f"{abs(lon):.{decimals}f}°{'W' if lon < 0 else 'E'}")


def _sexagesimal(value: float, parts: int, decimals: int) -> tuple:
    """Round |value| to units of its last part, then split: (deg, min) or (deg, min, sec).

    Rounding the total first carries 59.96″ into the next minute, never writes 60″.
    """
    scale = 10**decimals
    if parts == 2:
        degrees, minutes = divmod(round(abs(value) * 60 * scale), 60 * scale)
        return degrees, minutes / scale
    degrees, rest = divmod(round(abs(value) * 3600 * scale), 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    return degrees, minutes, seconds / scale


def format_dms(lat: float, lon: float, seconds_decimals: int = 0) -> str:
    """Write a point in degrees, minutes and seconds with hemisphere letters.

    Parameters
    ----------
    lat, lon : float
        WGS84 degrees.
    seconds_decimals : int, default 0
        Digits after the seconds' point (0 to 6).

    Examples
    --------
    >>> format_dms(39.79667, 125.75472)
    '39°47′48″N 125°45′17″E'
    >>> format_dms(-33.925, -18.4, 1)
    '33°55′30.0″S 18°24′0.0″W'
    """
    _check_point(lat, lon)
    _check_count("seconds_decimals", seconds_decimals, 0, 6)
    out = []
    for value, letters in ((lat, "NS"), (lon, "EW")):
        degrees, minutes, seconds = _sexagesimal(value, 3, seconds_decimals)
        out.append(f"{degrees}°{minutes}′{seconds:.{seconds_decimals}f}″"
                   f"{letters[1] if value < 0 else letters[0]}")
    return " ".join(out)


def format_dm(lat: float, lon: float, minutes_decimals: int = 1) -> str:
    """Write a point in degrees and decimal minutes with hemisphere letters.

    Parameters
    ----------
    lat, lon : float
        WGS84 degrees.
    minutes_decimals : int, default 1
        Digits after the minutes' point (0 to 8).

    Examples
    --------
    >>> format_dm(39.79667, 125.75472)
    '39°47.8′N 125°45.3′E'
    >>> format_dm(39.79667, 125.75472, 0)
    '39°48′N 125°45′E'
    """
    _check_point(lat, lon)
    _check_count("minutes_decimals", minutes_decimals, 0, 8)
    out = []
    for value, letters in ((lat, "NS"), (lon, "EW")):
        degrees, minutes = _sexagesimal(value, 2, minutes_decimals)
        out.append(f"{degrees}°{minutes:.{minutes_decimals}f}′"
                   f"{letters[1] if value < 0 else letters[0]}")
    return " ".join(out)


def format_mgrs(lat: float, lon: float, digits: int = 5) -> str:
    """Write a point as an MGRS reference (truncated, as MGRS is), without spaces.

    Parameters
    ----------
    lat, lon : float
        WGS84 degrees, latitude within [-80, 84] (the polar UPS grid is not written).
    digits : int, default 5
        Digits per axis: 5 names a 1 m square, 1 a 10 km square.

    Examples
    --------
    >>> format_mgrs(39.79667, 125.75472)
    '51SYE3585408820'
    >>> format_mgrs(39.79667, 125.75472, 2)
    '51SYE3508'
    """
    _check_point(lat, lon)
    _check_count("digits", digits, 1, 5)
    if not -80 <= lat <= 84:
        raise ValidationError(f"latitude must be within [-80, 84] for MGRS, got {lat!r}")
    return _mgrs().toMGRS(lat, lon, MGRSPrecision=digits)


def format_utm(lat: float, lon: float, decimals: int = 0) -> str:
    """Write a point as UTM: zone, latitude band, easting and northing in metres.

    The zone is the regular 6° zone of the longitude (the Norway and Svalbard exceptions are
    not applied; the coordinates are valid UTM either way).

    Parameters
    ----------
    lat, lon : float
        WGS84 degrees, latitude within [-80, 84].
    decimals : int, default 0
        Digits after the metres' point (0 to 3). Eastings are written with 6 digits and
    northings with 7, zero-padded (``0000123mN`` near the equator).

    Examples
    --------
    >>> format_utm(39.79667, 125.75472)
    '51S 735855mE 4408821mN'
    """
    _check_point(lat, lon)
    _check_count("decimals", decimals, 0, 3)
    if not -80 <= lat <= 84:
        raise ValidationError(f"latitude must be within [-80, 84] for UTM, got {lat!r}")
    zone = min(60, int((lon + 180) // 6) + 1)
    band = _BANDS[min(len(_BANDS) - 1, int((lat + 80) // 8))]
    south = _BANDS.index(band) < _BANDS.index("N")  # the band decides, even for lat -1e-69
    easting, northing = _lonlat_to_utm(zone, south).transform(lon, lat)
    if round(northing, decimals) == 0:
        northing = 0.0  # never "-000000mN" for a point a hair south of the equator
    frac = decimals + 1 if decimals else 0  # zero-padded: 6-digit eastings, 7-digit northings
    return (f"{zone}{band} {easting:0{6 + frac}.{decimals}f}mE "
            f"{northing:0{7 + frac}.{decimals}f}mN")
