"""The data model: sites, aliases, sources and citations, with their vocabularies.

Records are plain dataclasses. :func:`Site.validated` and friends check a record against
the model and raise :class:`~catalog.errors.ValidationError` naming the bad value; every
store validates before it writes, so no command can put a bad value on disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import math
import operator
import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .gazetteer import match_key

FACILITY_TYPES = (
    "missile base",
    "nuclear",
    "launch site",
    "test site",
    "airbase",
    "naval base",
    "production",
    "storage",
    "command",
    "other",
)
STATUSES = ("active", "expanding", "under construction", "inactive", "demolished", "unknown")
#: How precisely a site is located, best first. ``approximate`` needs ``precision_m``.
PRECISIONS = ("exact", "approximate", "locality", "district", "province", "country", "unknown")
#: Who put the point where it is.
METHODS = ("published by source", "derived from source text", "digitised by analyst", "gazetteer",
           "third party")
#: What a citation supports.
SUPPORTS = ("existence", "location", "status", "name")
SOURCE_KINDS = (
    "news", "think-tank report", "government", "imagery", "academic", "dataset", "other",
)
#: A site's place in review: ingest creates candidates, an analyst accepts or rejects them.
REVIEW_STATES = ("accepted", "candidate", "rejected")
#: What a review item asks an analyst: a known site's name matched where the sentence may
#: not speak of the facility ("held mention"), or what a report says of a site's place that
#: could not be used ("location problem").
REVIEW_KINDS = ("held mention", "location problem")

#: One colour per facility type (colour-blind-safe Okabe-Ito first), for the web map and
#: the QGIS styles alike.
TYPE_COLOURS = dict(zip(FACILITY_TYPES, (
    "#D55E00", "#CC79A7", "#0072B2", "#E69F00", "#56B4E9", "#009E73", "#F0E442",
    "#000000", "#7f5fbf", "#999999",
), strict=True))

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$")


def _choice(value, choices, what, key):
    if value not in choices:
        raise ValidationError(
            f"{what} must be one of {', '.join(repr(c) for c in choices)}; got {value!r}{key}"
        )


def _slug(value, what):
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValidationError(
            f"{what} must be a lower-case slug such as 'kp-sakkanmol' "
            f"(letters, digits, '-', '_', '.', ':'); got {value!r}"
        )


def parse_date(value, what: str = "date") -> str | None:
    """Return ``value`` as an ISO ``YYYY-MM-DD`` string, or None for empty.

    Raises
    ------
    ValidationError
        If the value is not a real calendar date, e.g. ``2018-13-45``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(f"{what} must be a date as YYYY-MM-DD; got {value!r}")
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(f"{what} is not a real date: {value!r}") from None


#: How far ahead of this machine's clock a stored time may be: another machine's clock may
#: run ahead a little; a time further ahead is refused on import and reported by
#: ``catalog validate`` (a site stamped in 2999 would stamp every later edit 2999).
MAX_CLOCK_SKEW = dt.timedelta(days=1)
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?")


def parse_timestamp(value, what: str = "time") -> str | None:
    """Return ``value`` as a GeoPackage DATETIME, ``YYYY-MM-DDTHH:MM:SS.sssZ`` (UTC,
    milliseconds), or None for empty.

    Accepts that form and ISO 8601 times with a UTC offset; a time without one is UTC, as
    a GeoPackage DATETIME is.

    Raises
    ------
    ValidationError
        If the value is not a real time (``<img src=x>``, ``2018-13-45T00:00:00Z``) or
        cannot be written in UTC (``9999-12-31T23:59:59-01:00``).

    Examples
    --------
    >>> parse_timestamp("2024-01-02T03:04:05+09:00")
    '2024-01-01T18:04:05.000Z'
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        t = value
    else:
        text = str(value).strip()
        if not _TIMESTAMP.fullmatch(text):
            raise ValidationError(
                f"{what} must be a time as YYYY-MM-DDTHH:MM:SS.sssZ; got {value!r}")
        try:
            t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(f"{what} is not a real time: {value!r}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    try:
        return format_timestamp(t)
    except (OverflowError, ValueError):
        raise ValidationError(f"{what} is out of range: {value!r}") from None


def check_not_future(stamp: str | None, what: str = "time") -> str | None:
    """``stamp`` (a DATETIME as :func:`parse_timestamp` returns) if it is not later than
    now plus :data:`MAX_CLOCK_SKEW`.

    Raises
    ------
    ValidationError
        If it is, e.g. ``2999-01-01T00:00:00.000Z``.
    """
    if stamp is not None and stamp > format_timestamp(dt.datetime.now(dt.UTC)
                                                      + MAX_CLOCK_SKEW):
        raise ValidationError(f"{what} is in the future: {stamp!r} (this machine's clock "
                              f"says {now_utc()})")
    return stamp


def format_timestamp(t: dt.datetime) -> str:
    """A time as a GeoPackage DATETIME in UTC: ``YYYY-MM-DDTHH:MM:SS.sssZ`` (milliseconds,
    truncated), the one form every store reads and writes.

    Examples
    --------
    >>> format_timestamp(dt.datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC))
    '2024-01-02T03:04:05.678Z'
    """
    t = t.astimezone(dt.UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def now_utc() -> str:
    """The current time as a GeoPackage DATETIME: ``YYYY-MM-DDTHH:MM:SS.sssZ``."""
    return format_timestamp(dt.datetime.now(dt.UTC))


def next_millisecond(stamp: str) -> str:
    """The DATETIME one millisecond after ``stamp`` (``YYYY-MM-DDTHH:MM:SS.sssZ``).

    Examples
    --------
    >>> next_millisecond("2024-01-02T03:04:05.999Z")
    '2024-01-02T03:04:06.000Z'
    """
    t = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    try:
        return format_timestamp(t + dt.timedelta(milliseconds=1))
    except OverflowError:  # the last millisecond of year 9999: nothing comes after
        return stamp


def check_lonlat(lon, lat, key: str = "") -> tuple[float, float] | None:
    """Check a coordinate pair in degrees; ``(None, None)`` means unlocated.

    Raises
    ------
    ValidationError
        If only one of the two is given, either is not a finite number, or out of range.
    """
    if (lon is None or lon == "") and (lat is None or lat == ""):
        return None
    if lon is None or lon == "" or lat is None or lat == "":
        raise ValidationError(f"give both latitude and longitude or neither{key}")
    out = []
    for name, v, limit in (("longitude", lon, 180), ("latitude", lat, 90)):
        try:
            f = float(v)
        except (TypeError, ValueError):
            raise ValidationError(f"{name} must be a number; got {v!r}{key}") from None
        if not math.isfinite(f) or not -limit <= f <= limit:
            hint = ""
            if name == "latitude" and math.isfinite(f) and abs(f) <= 180 \
                    and abs(float(out[0])) <= 90:
                hint = f" (latitude and longitude swapped? longitude is {out[0]})"
            raise ValidationError(
                f"{name} must be within [-{limit}, {limit}], got {v}{key}{hint}")
        out.append(f)
    return out[0], out[1]


def _copied(record):
    """A shallow copy of a record (a few times faster than ``dataclasses.replace`` or
    ``copy.copy``: bulk loads validate a million sites)."""
    out = object.__new__(type(record))
    out.__dict__.update(record.__dict__)
    return out


@dataclass
class Site:
    """A facility site. ``lon``/``lat`` are None when its location is unknown."""

    site_id: str
    name: str
    facility_type: str = "other"
    lon: float | None = None
    lat: float | None = None
    name_local: str | None = None
    country: str | None = None
    admin1: str | None = None
    status: str = "unknown"
    status_as_of: str | None = None
    location_precision: str = "unknown"
    precision_m: float | None = None
    location_method: str | None = None
    location_source_id: str | None = None
    parent_site_id: str | None = None
    review_status: str = "accepted"
    notes: str | None = None
    updated_at: str | None = None

    @property
    def located(self) -> bool:
        return self.lon is not None and self.lat is not None

    def validated(self) -> Site:
        """Return a checked, normalised copy (dates ISO, country upper case)."""
        _slug(self.site_id, "site_id")
        key = f" for site {self.site_id!r}"
        if not self.name or not str(self.name).strip():
            raise ValidationError(f"name must not be empty{key}")
        _choice(self.facility_type, FACILITY_TYPES, "facility_type", key)
        _choice(self.status, STATUSES, "status", key)
        _choice(self.location_precision, PRECISIONS, "location_precision", key)
        _choice(self.review_status, REVIEW_STATES, "review_status", key)
        ll = check_lonlat(self.lon, self.lat, key)
        s = _copied(self)
        s.name = str(self.name).strip()
        s.status_as_of = parse_date(self.status_as_of, f"status_as_of{key}")
        s.updated_at = parse_timestamp(self.updated_at, f"updated_at{key}")
        s.lon, s.lat = ll if ll else (None, None)
        if s.country:
            s.country = str(s.country).strip().upper()
            if not re.fullmatch(r"[A-Z]{3}", s.country):
                raise ValidationError(
                    f"country must be an ISO 3166-1 alpha-3 code such as 'PRK'; "
                    f"got {self.country!r}{key}"
                )
        if s.precision_m is not None and s.precision_m != "":
            try:
                s.precision_m = float(s.precision_m)
            except (TypeError, ValueError):
                raise ValidationError(
                    f"precision_m must be a number of metres; got {self.precision_m!r}{key}"
                ) from None
            if not math.isfinite(s.precision_m) or s.precision_m <= 0:
                raise ValidationError(
                    f"precision_m must be a positive number of metres; "
                    f"got {self.precision_m!r}{key}"
                )
        else:
            s.precision_m = None
        if ll is None:
            if s.location_precision != "unknown":
                raise ValidationError(
                    f"a site with no coordinates must have location_precision 'unknown'; "
                    f"got {s.location_precision!r}{key}"
                )
        else:
            if s.location_precision == "unknown":
                raise ValidationError(
                    f"a located site needs a location_precision other than 'unknown'{key}"
                )
            if s.location_method is None:
                raise ValidationError(
                    f"a located site needs a location_method ({', '.join(METHODS)}){key}"
                )
            if s.location_precision == "approximate" and s.precision_m is None:
                raise ValidationError(
                    f"an approximate location needs precision_m, its radius in metres{key}"
                )
        if s.location_method is not None:
            _choice(s.location_method, METHODS, "location_method", key)
        if s.location_source_id:
            _slug(s.location_source_id, "location_source_id")
        if s.parent_site_id:
            _slug(s.parent_site_id, "parent_site_id")
            if s.parent_site_id == s.site_id:
                raise ValidationError(f"a site cannot be its own parent{key}")
        return s


#: The fields of a :class:`Site`, in order (:func:`validated_site_columns` returns them).
SITE_FIELDS = ("site_id", "name", "facility_type", "lon", "lat", "name_local", "country",
               "admin1", "status", "status_as_of", "location_precision", "precision_m",
               "location_method", "location_source_id", "parent_site_id", "review_status",
               "notes", "updated_at")
# (possessive: each part ends where the next begins, so nothing is given back; 4x faster)
_SLUG_LINES = re.compile(r"[a-z0-9]++(?:[-_.:][a-z0-9]++)*+"
                         r"(?:\n[a-z0-9]++(?:[-_.:][a-z0-9]++)*+)*+")
_VOCABULARY_FIELDS = (("facility_type", FACILITY_TYPES), ("status", STATUSES),
                      ("location_precision", PRECISIONS), ("review_status", REVIEW_STATES))


def validated_site_columns(sites: list[Site]) -> dict[str, list]:
    """The fields of ``site.validated()`` for every site, as columns (``{field: values}``,
    :data:`SITE_FIELDS`): what a bulk load writes, checked a column at a time.

    The checks run on whole columns (a vocabulary against a set, every ``site_id`` with
    one regular expression, the points with numpy); a site they do not clear at once
    (a value to normalise such as a name with spaces around it, a coordinate given as
    text, or a bad value) goes through :meth:`Site.validated` itself. So the values are
    those :meth:`Site.validated` gives, and the first bad site in order raises its error.

    Raises
    ------
    ValidationError
        As :meth:`Site.validated` of the first site that is not valid.
    """
    import numpy as np

    n = len(sites)
    if not n:
        return {f: [] for f in SITE_FIELDS}
    # a field at a time (transposing whole rows with zip(*rows) takes twice as long), from
    # the sites' __dict__s when they are all plain Sites (a third faster than attrgetter)
    if set(map(type, sites)) == {Site}:
        records = list(map(vars, sites))
        cols = {f: list(map(operator.itemgetter(f), records)) for f in SITE_FIELDS}
    else:
        cols = {f: list(map(operator.attrgetter(f), sites)) for f in SITE_FIELDS}
    slow = np.zeros(n, dtype=bool)  # sites left to Site.validated

    def is_none(values) -> np.ndarray:
        return np.fromiter(map(operator.is_, values, itertools.repeat(None)), dtype=bool,
                           count=n)

    def per_site(values, ok) -> None:
        for i, v in enumerate(values):
            try:
                if not ok(v):
                    slow[i] = True
            except Exception:  # noqa: BLE001 - a value the fast checks cannot judge
                slow[i] = True

    def is_slug(v) -> bool:
        return type(v) is str and _SLUG.match(v) is not None

    ids = cols["site_id"]
    text = "\n".join(ids) if set(map(type, ids)) == {str} else ""
    if not (_SLUG_LINES.fullmatch(text) and text.count("\n") == n - 1):
        per_site(ids, lambda v: is_slug(v) and "\n" not in v)
    names = cols["name"]
    if not (set(map(type, names)) == {str} and "" not in names
            and list(map(str.strip, names)) == names):
        per_site(names, lambda v: type(v) is str and v and v == v.strip())
    for name, vocabulary in _VOCABULARY_FIELDS:
        try:
            if set(cols[name]) <= set(vocabulary):
                continue
        except TypeError:  # an unhashable value
            pass
        allowed = set(vocabulary)
        per_site(cols[name], lambda v, a=allowed: v in a)
    # points: two floats or two Nones (text, integers and NaN go the slow way)
    lon_none, lat_none = is_none(cols["lon"]), is_none(cols["lat"])
    floats = {float, type(None)}
    typed = np.ones(n, dtype=bool)
    all_typed = True
    for name in ("lon", "lat", "precision_m"):
        if not set(map(type, cols[name])) <= floats:
            all_typed = False
            typed &= np.fromiter((type(v) in floats for v in cols[name]), dtype=bool, count=n)
    slow |= ~typed

    def as_float(name):  # None (and any other type, left to Site.validated) as NaN
        if all_typed:
            return np.array(cols[name], dtype=float)
        return np.array([v if type(v) is float else None for v in cols[name]], dtype=float)

    lon, lat, radius = as_float("lon"), as_float("lat"), as_float("precision_m")
    with np.errstate(invalid="ignore"):
        located = ~lon_none & ~lat_none
        slow |= (lon_none != lat_none) | (located & ~((np.abs(lon) <= 180)
                                                      & (np.abs(lat) <= 90)))
        has_radius = ~np.isnan(radius)
        slow |= ~is_none(cols["precision_m"]) & ~(has_radius & (radius > 0)
                                                  & np.isfinite(radius))
    precision = np.array(cols["location_precision"], dtype=object)
    method_none = is_none(cols["location_method"])
    unknown = precision == "unknown"
    slow |= np.where(located, unknown | method_none
                     | ((precision == "approximate") & ~has_radius), ~unknown)
    if not _distinct_within(cols["location_method"], lambda v: v in METHODS):
        per_site(cols["location_method"], lambda v: v is None or v in METHODS)
    for name in ("location_source_id", "parent_site_id"):
        if not _distinct_within(cols[name], is_slug):
            per_site(cols[name], lambda v: not v or is_slug(v))
    if not _distinct_within(cols["parent_site_id"], lambda v: False):  # a parent is named
        per_site(range(n), lambda i: cols["parent_site_id"][i] != ids[i])
    # values normalised value by value (each distinct one once)
    for name, normal in (("status_as_of", lambda v: parse_date(v)),
                         ("updated_at", lambda v: parse_timestamp(v)),
                         ("country", _normal_country)):
        values = cols[name]
        if values.count(None) == n:
            continue
        done: dict = {}
        for i, v in enumerate(values):
            if v is None:
                continue
            try:
                k = (type(v), v)
                out = done[k] if k in done else done.setdefault(k, normal(v))
            except Exception:  # noqa: BLE001 - Site.validated says what is wrong
                slow[i] = True
                continue
            values[i] = out
    for i in np.flatnonzero(slow).tolist():
        s = sites[i].validated()
        for name in SITE_FIELDS:
            cols[name][i] = getattr(s, name)
    return cols


def _distinct_within(values: list, ok) -> bool:
    """Whether every distinct value but None passes ``ok`` (False for an unhashable value,
    which a bulk load leaves to :meth:`Site.validated` to refuse)."""
    try:
        distinct = set(values)
    except TypeError:
        return False
    return all(ok(v) for v in distinct - {None})


def _normal_country(v):
    """A country as :meth:`Site.validated` stores it (ValueError if it would refuse it)."""
    if not v:
        return v
    c = str(v).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", c):
        raise ValueError(c)
    return c


@dataclass
class Alias:
    """Another name of a site: a romanization, a press spelling, the local script."""

    site_id: str
    alias: str
    system: str | None = None
    match_key: str | None = None

    def validated(self) -> Alias:
        _slug(self.site_id, "site_id")
        if not self.alias or not self.alias.strip():
            raise ValidationError(f"alias must not be empty for site {self.site_id!r}")
        key = match_key(self.alias)
        if not key:
            raise ValidationError(f"alias {self.alias!r} has no letters to match on")
        return dataclasses.replace(self, alias=self.alias.strip(), match_key=key)


@dataclass
class Source:
    """A report: one row per document, whatever number of sites it names."""

    source_id: str
    title: str
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    accessed: str | None = None
    kind: str = "other"
    content_hash: str | None = None
    notes: str | None = None

    def validated(self) -> Source:
        _slug(self.source_id, "source_id")
        key = f" for source {self.source_id!r}"
        if not self.title or not self.title.strip():
            raise ValidationError(f"title must not be empty{key}")
        _choice(self.kind, SOURCE_KINDS, "kind", key)
        if self.url and not re.match(r"^(https?|ftp|file)://\S+$", self.url):
            raise ValidationError(f"url must start with http:// or https://; got {self.url!r}")
        authors = self.authors
        if isinstance(authors, str):
            authors = [a.strip() for a in authors.split(";") if a.strip()]
        return dataclasses.replace(
            self,
            title=self.title.strip(),
            authors=list(authors or []),
            published=parse_date(self.published, f"published{key}"),
            accessed=parse_date(self.accessed, f"accessed{key}"),
        )


@dataclass
class Citation:
    """A source naming a site: the sentence as written and what it supports.

    ``char_start``/``char_end`` are offsets of the quote in the source's text where known.
    ``quote`` may be None only when the source could not be read here (the citation then
    still records that the source gives, say, the location).
    """

    site_id: str
    source_id: str
    quote: str | None = None
    supports: str = "existence"
    char_start: int | None = None
    char_end: int | None = None
    note: str | None = None
    citation_id: str | None = None

    def validated(self) -> Citation:
        _slug(self.site_id, "site_id")
        _slug(self.source_id, "source_id")
        key = f" for the citation of {self.site_id!r} by {self.source_id!r}"
        _choice(self.supports, SUPPORTS, "supports", key)
        start, end = self.char_start, self.char_end
        for name, v in (("char_start", start), ("char_end", end)):
            if v is not None and v != "" and (not str(v).isdigit()):
                raise ValidationError(f"{name} must be a whole number >= 0; got {v!r}{key}")
        start = int(start) if start not in (None, "") else None
        end = int(end) if end not in (None, "") else None
        if start is not None and end is not None and end < start:
            raise ValidationError(f"char_end ({end}) is before char_start ({start}){key}")
        quote = self.quote if self.quote not in ("",) else None
        if quote is None and not self.note:
            raise ValidationError(f"a citation needs a quote, or a note saying why not{key}")
        cid = self.citation_id
        if not cid:
            digest = hashlib.sha1(
                "\x1f".join(
                    [self.site_id, self.source_id, self.supports, quote or "", str(start)]
                ).encode()
            ).hexdigest()[:12]
            cid = f"c-{digest}"
        return dataclasses.replace(
            self, quote=quote, char_start=start, char_end=end, citation_id=cid
        )


@dataclass
class ReviewItem:
    """Something ingest could not decide and left for an analyst: a match held back or a
    statement of place it could not use, with the sentence and the reason."""

    site_id: str
    source_id: str
    kind: str
    reason: str
    quote: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    created_at: str | None = None
    item_id: str | None = None

    def validated(self) -> ReviewItem:
        _slug(self.site_id, "site_id")
        _slug(self.source_id, "source_id")
        key = f" for the review item of {self.site_id!r} from {self.source_id!r}"
        _choice(self.kind, REVIEW_KINDS, "kind", key)
        if not self.reason or not str(self.reason).strip():
            raise ValidationError(f"a review item needs a reason{key}")
        iid = self.item_id
        if not iid:
            digest = hashlib.sha1("\x1f".join(
                [self.site_id, self.source_id, self.kind, self.quote or "",
                 str(self.char_start), self.reason]).encode()).hexdigest()[:12]
            iid = f"r-{digest}"
        return dataclasses.replace(self, item_id=iid, created_at=self.created_at or now_utc())


# -- the one list of columns per table ----------------------------------------------------
# Every store, export and import names a table's columns in this order (a site's point is
# its geometry, stored beside these columns in each store's own way).

#: The stored columns of ``sites`` (the :class:`Site` fields but ``lon``/``lat``).
SITE_COLUMNS = [f.name for f in dataclasses.fields(Site) if f.name not in ("lon", "lat")]
#: The columns of ``aliases``.
ALIAS_COLUMNS = [f.name for f in dataclasses.fields(Alias)]
#: The columns of ``sources``.
SOURCE_COLUMNS = [f.name for f in dataclasses.fields(Source)]
#: The columns of ``citations``.
CITATION_COLUMNS = [f.name for f in dataclasses.fields(Citation)]
#: The columns of ``site_history``: one row per changed field of a site.
HISTORY_COLUMNS = ["site_id", "changed_at", "field", "old_value", "new_value", "source_id",
                   "note"]
#: The columns of ``review_items``.
REVIEW_COLUMNS = [f.name for f in dataclasses.fields(ReviewItem)]
