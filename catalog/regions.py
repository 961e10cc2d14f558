"""Named regions: the countries and provinces (admin-1 units) of the world, from Natural Earth.

The shipped ``data/boundaries/ne_10m_admin1.parquet`` holds Natural Earth's 10m admin-1
layer for the whole world (4,596 units) at its full resolution, coordinates rounded to
0.0001 degree (see ``data/boundaries/SOURCE.md``). A country is the union of its units.
The file is read once per process and only when needed: the attributes for a name lookup
(a few milliseconds), the polygons when a point is located or a region is drawn; an STRtree
over the units finds the few that may hold a point, and each unit is prepared the first
time it is tested.

Coasts
------
Natural Earth's 10m coast is generalised: piers, dry docks, reclaimed land and islets can lie
a few kilometres outside it (a shipyard on the coast of South Hamgyong, a naval base on reclaimed
land in Gyeonggi Bay). A point that lies on no unit's land but within :data:`COAST_MARGIN_M`
of one belongs to the nearest unit (geodesic distance to the nearest point of its outline).
:func:`locate_point` and the query regions of :mod:`catalog.query` both use this rule, so a
coastal site is in its own province; a point further out at sea is in none.

Names
-----
A name matches if its key (:func:`name_key`: romanization-tolerant as
:func:`catalog.gazetteer.match_key`, with province words such as ``-do``, ``Province`` or
``Oblast`` dropped) equals the key of one of a unit's names: ``Chagang``, ``Chagang-do``,
``Jagang``, ``자강도`` and the ISO 3166-2 code ``KP-04`` all name one province. Direction is
part of the key: ``Hamgyong-namdo``, ``Hamgyŏngnam-do``, ``Hamgyong-nam-do``, ``함경남도`` and
``South Hamgyong`` name South Hamgyong, never North Hamgyong, and ``Hamgyong`` alone is
ambiguous. A name that fits several units is refused with the list of them.

A user can pass their own boundary file instead; any of its text columns can then name a
feature.
"""

from __future__ import annotations

import collections
import difflib
import functools
import math
import os
import re
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np
import shapely

from .cache import cached_sqlite
from .countries import countries
from .countries import country_code as iso_code
from .errors import CRSError, ValidationError
from .files import shipped
from .gazetteer import match_key
from .model import check_lonlat

BOUNDARY_FILE = shipped("boundaries", "ne_10m_admin1.parquet")

#: A point on no unit's land within this distance of one is in the nearest unit (see above).
COAST_MARGIN_M = 10_000.0

#: Countries whose states' and provinces' everyday abbreviations are the ends of their ISO
#: 3166-2 codes ("Kitchener, ON", "Anápolis, GO", "Nowra, NSW"): a unit is found by that end
#: alone too (the United States' are Natural Earth's own other names of its states).
POSTAL_CODE_COUNTRIES = ("AU", "BR", "CA")
#: The row key that holds such an abbreviation (see :func:`_add_postal_codes`).
POSTAL_KEY = "_postal"
#: Codes that name a unit exactly (ISO 3166-2, Natural Earth's own, HASC).
CODE_COLUMNS = ("iso_3166_2", "adm1_code", "code_hasc")
#: A unit's own names, in Natural Earth's columns.
PRIMARY_COLUMNS = ("name", "name_en", "gn_name", "gns_name", "name_ko", "name_zh", "name_ja",
                   "name_ru", "name_fa", "name_ar", "name_he", "name_ur", "name_hi")
#: Other names, cleaned when the file was derived (``alt_names``, pipe-separated): a name
#: that is another unit's own name is not this unit's (see data/boundaries/SOURCE.md).
ALT_COLUMN = "alt_names"
#: Natural Earth's own column of other names, which :data:`ALT_COLUMN` was derived from.
NE_ALT_COLUMN = "name_alt"
#: A name Natural Earth gives as another name of this many units of one country or more is
#: a region made of them ("Lombardy" of the twelve Lombard provinces), not one unit's name,
#: though the derived ``alt_names`` kept it for the unit it resembles most (Lodi).
REGION_OF_UNITS = 3
ADMIN1_NAME_COLUMNS = CODE_COLUMNS + PRIMARY_COLUMNS + (ALT_COLUMN,)

#: Natural Earth's own admin-0 codes -> ISO 3166-1 alpha-3 (the country whose territory it
#: is de jure); NE units not listed use their ``adm0_a3``. None: disputed, no one country.
NE_TO_ISO3 = {
    "ALD": "ALA", "PSX": "PSE", "SAH": "ESH", "SDS": "SSD", "KOS": "XKX", "KAB": "KAZ",
    "ATC": "AUS", "CSI": "AUS", "IOA": "AUS", "CLP": "FRA", "ESB": "GBR", "WSB": "GBR",
    "USG": "CUB", "CYN": "CYP", "SOL": "SOM", "KAS": None, "PGA": None,
}

#: Units whose de jure country is not the one Natural Earth files them under (its
#: ``adm0_a3`` is de facto): Crimea and Sevastopol, annexed by Russia in 2014, are
#: Ukraine's (UN General Assembly resolution 68/262), as their ISO 3166-2 codes say.
DE_JURE_UNITS = {"UA-43": "UKR", "UA-40": "UKR"}

# Province words dropped from the end of a name: "Chagang-do", "Chagang Province",
# "Arkhangelsk Oblast", "P'yŏngyang-tŭkpyŏlsi", "Chukotka Autonomous Okrug".
_ADMIN_WORD = re.compile(
    r"(?<=\w)[-\s]+(?:t[eu]+kpy[eo]+lsi|gwangyo?ksi|do|si|shi|sheng|province|prov|oblast|"
    r"oblast'|krai|kray|governorate|prefecture|region|state|county|ostan|"
    r"(?:autonomous[-\s]+)?okrug)$")
# Korean (and Japanese) direction suffixes: Hamgyong-namdo, Hamgyongnam-do, Hamgyong-nam-do,
# Ch'ungch'ong-bukto, Hamgyong-puk-to, Kankyo Nan-do, Kankyo Hoku-do; 함경남도, 함경북도.
_SUFFIX_DIRECTION = re.compile(r"^(?P<stem>.+?)[-\s]?(?P<dir>nam|buk|puk|bug|hoku|nan)[-\s]?"
                               r"(?:do|to)$")
_HANGUL_DIRECTION = re.compile(r"^(?P<stem>[\uac00-\ud7a3]+)(?P<dir>[남북])도$")
_DIRECTION_WORDS = {"north": "north", "northern": "north", "south": "south",
                    "southern": "south", "east": "east", "eastern": "east", "west": "west",
                    "western": "west"}
_SUFFIX_DIRECTIONS = {"nam": "south", "nan": "south", "남": "south", "buk": "north",
                      "puk": "north", "bug": "north", "hoku": "north", "북": "north"}


def _plain(name: str) -> str:
    """Lower case, no diacritics or apostrophes, one space between words."""
    t = unicodedata.normalize("NFKD", str(name).casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"['’ʼ‘`]", "", unicodedata.normalize("NFC", t))
    return " ".join(t.replace("_", " ").split())


def _direction_and_stem(name: str) -> tuple[str | None, str]:
    """``('south', 'hamgyong')`` for ``Hamgyong-namdo`` or ``South Hamgyong``; no direction
    for a name that is nothing but a direction (``North``)."""
    text = _plain(name)
    before = None
    while before != text:  # "South Hamgyong Province" -> "South Hamgyong"
        m = (_HANGUL_DIRECTION.match(text.replace(" ", "")) or _SUFFIX_DIRECTION.match(text))
        if m and match_key(m.group("stem")):
            return _SUFFIX_DIRECTIONS[m.group("dir")], m.group("stem")
        before = text
        text = _ADMIN_WORD.sub("", text).strip(" -")
    words = re.split(r"[-\s]+", text)
    if len(words) > 1 and words[0] in _DIRECTION_WORDS:
        return _DIRECTION_WORDS[words[0]], " ".join(words[1:])
    if len(words) > 1 and words[-1] in _DIRECTION_WORDS:
        return _DIRECTION_WORDS[words[-1]], " ".join(words[:-1])
    return None, text


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key under which two spellings of a region's name compare equal.

    Province words are dropped; a direction (``North``, ``-bukto``, ``buk-do``...) stays part
    of the key, spelt one way.

    Examples
    --------
    >>> name_key("Chagang-do") == name_key("Chagang") == name_key("CHAGANG")
    True
    >>> name_key("Hamgyong-namdo") == name_key("South Hamgyong")
    True
    >>> name_key("Hamgyong-namdo") == name_key("Hamgyong-bukto")
    False
    """
    direction, stem = _direction_and_stem(name)
    key = match_key(stem) or match_key(name)
    return f"{direction}:{key}" if direction and key else key


def stem_key(name: str) -> str | None:
    """The key of a directional name without its direction (``Hamgyong`` for
    ``Hamgyong-namdo``); None for a name with no direction."""
    direction, stem = _direction_and_stem(name)
    return match_key(stem) if direction else None


# -- reading boundary files ------------------------------------------------------------------

def read_boundaries(path: str | os.PathLike, layer: str | None = None,
                    crs: str | None = None):
    """Read a boundary file (GeoJSON, GeoPackage, Shapefile, KML; ``.gz`` too) in EPSG:4326.

    Parameters
    ----------
    path
        The file. A ``.gz`` file is read through GDAL's ``/vsigzip/``.
    layer
        The layer, for files holding several.
    crs
        The CRS to assume if the file declares none (anything pyproj understands).

    Raises
    ------
    CRSError
        If the file has no CRS and none was given, or the given CRS is not understood.
    ValidationError
        If the file cannot be read or holds no polygons.
    """
    import geopandas as gpd
    from pyogrio.errors import DataLayerError, DataSourceError

    p = os.fspath(path)
    if not os.path.exists(p):
        raise ValidationError(f"boundary file not found: {p!r}")
    src = f"/vsigzip/{p}" if p.endswith(".gz") else p
    try:
        frame = gpd.read_file(src, layer=layer, engine="pyogrio")
    except (DataSourceError, DataLayerError, ValueError) as e:
        raise ValidationError(f"cannot read {p!r}" + (f" layer {layer!r}" if layer else "")
                              + f": {e}") from None
    if not isinstance(frame, gpd.GeoDataFrame):
        raise ValidationError(f"{p!r}" + (f" layer {layer!r}" if layer else "")
                              + " has no geometry: give a polygon layer")
    frame = frame[frame.geometry.notna()]
    frame = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if frame.empty:
        raise ValidationError(f"{p!r} holds no polygons")
    return to_wgs84(frame, crs, what=p)


def to_wgs84(frame, crs: str | None, what: str):
    """Reproject ``frame`` to EPSG:4326; ``crs`` is assumed only when the frame has none."""
    import pyproj

    given = None
    if crs is not None:
        try:
            given = pyproj.CRS.from_user_input(crs)
        except pyproj.exceptions.CRSError:
            raise CRSError(f"unknown CRS {crs!r}") from None
    if frame.crs is None:
        if given is None:
            raise CRSError(f"{what!r} has no CRS; give one (e.g. --crs EPSG:4326)")
        frame = frame.set_crs(given)
    elif given is not None and not frame.crs.equals(given):
        raise CRSError(f"{what!r} declares {frame.crs.to_string()!r} but "
                       f"{given.to_string()!r} was given")
    return frame.to_crs(4326)


# -- the shipped world -----------------------------------------------------------------------

class _NameIndex:
    """Name keys of a table of units: ``key -> {unit: tier}`` (0 code, 1 own name, 2 other
    name), and ``stem -> units`` for directional names; in memory."""

    def __init__(self, keys: dict[str, dict[int, int]], stems: dict[str, set[int]]):
        self.keys = keys
        self.stems = stems

    @classmethod
    def build(cls, rows: list[dict], columns_by_tier: list[tuple[str, ...]]) -> _NameIndex:
        keys: dict[str, dict[int, int]] = {}
        stems: dict[str, set[int]] = {}
        regions = _regions_of_units(rows)
        for i, row in enumerate(rows):
            country = row.get(COUNTRY_KEY)  # (see _drop_country_names)
            for tier, columns in enumerate(columns_by_tier):
                for col in columns:
                    value = row.get(col)
                    if not isinstance(value, str):
                        continue
                    for part in value.split("|"):
                        if not part.strip() or part.strip() == "-99":
                            continue
                        k = name_key(part)
                        if not k or col == ALT_COLUMN and k in regions or k == country:
                            continue
                        hits = keys.setdefault(k, {})
                        hits[i] = min(hits.get(i, tier), tier)
                        s = stem_key(part) if ":" in k else None
                        if s:
                            stems.setdefault(s, set()).add(i)
        return cls(keys, stems)

    def units(self, key: str) -> dict[int, int]:
        return self.keys.get(key, {})

    def stem_units(self, key: str) -> set[int]:
        return self.stems.get(key, set())

    def vocabulary(self) -> dict[str, list[int]]:
        return {k: sorted(v) for k, v in self.keys.items()}


def _regions_of_units(rows: list[dict]) -> frozenset[str]:
    """Keys of the names Natural Earth gives as another name of :data:`REGION_OF_UNITS`
    units of one country or more: a region's name, not one unit's (see ``_NameIndex``)."""
    units: dict[tuple[object, str], int] = {}
    for row in rows:
        value = row.get(NE_ALT_COLUMN)
        if not isinstance(value, str):
            continue
        for k in {name_key(p) for p in value.split("|") if p.strip()}:
            if k:
                units[row.get("adm0_a3"), k] = units.get((row.get("adm0_a3"), k), 0) + 1
    return frozenset(k for (_, k), n in units.items() if n >= REGION_OF_UNITS)


#: The row key that holds the name key of its country when the country has several units
#: (see :func:`_drop_country_names`).
COUNTRY_KEY = "_country_key"


def _drop_country_names(rows: list[dict], path) -> None:
    """Take a country's own name out of the other names of its units, when it has several:
    Natural Earth gives it to one of them by a slip (Hovedstaden's ``name_en`` is "Denmark",
    Attard's ``woe_name`` "Malta", Nampula's ``name_alt`` "Mozambique"), and "in Denmark"
    is the country, never its capital region. A unit's own ``name`` is kept for its label
    ("Guatemala", a department), but names it no longer (``COUNTRY_KEY``).

    Finding those names takes the key of every name (a second or more); the cells they
    change are kept in an SQLite cache of ``path``, the file the rows were read from."""
    units_of = collections.Counter(r.get("adm0_a3") for r in rows)
    for row in rows:
        admin = row.get("admin")
        if units_of[row.get("adm0_a3")] >= 2 and isinstance(admin, str):
            row[COUNTRY_KEY] = name_key(admin)
    st = os.stat(path)
    conn = cached_sqlite(
        f"admin1-country-names-v1-{st.st_size}-{st.st_mtime_ns}.sqlite",
        lambda db: _write_kept_names(db, rows), _samples_hold)
    try:
        for i, col, value in conn.execute("SELECT row, col, value FROM kept"):
            rows[i][col] = value
    finally:
        conn.close()


def _drop_borrowed_names(rows: list[dict]) -> None:
    """Take out of a pseudo-unit's own names (Natural Earth's codes ending in "~") those
    that are another unit's of its country: the Fujairah-Sharjah "Neutral Zone" has
    "Fujairah" for its ``name_en`` by a slip, and "in Fujairah" is the emirate."""
    pseudo = [r for r in rows if str(r.get("iso_3166_2") or "").endswith("~")]
    if not pseudo:
        return
    countries = {r.get("adm0_a3") for r in pseudo}
    others: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        if r.get("adm0_a3") not in countries or str(r.get("iso_3166_2") or "").endswith("~"):
            continue
        for col in (*PRIMARY_COLUMNS, ALT_COLUMN):
            if isinstance(r.get(col), str):
                # (Natural Earth's lists hold commas too: "Al Fujayrah, Fujaira, Fujairah")
                others[r.get("adm0_a3")].update(name_key(p) for p in re.split(r"[|,]", r[col]))
    for r in pseudo:
        for col in PRIMARY_COLUMNS[1:]:  # (its ``name`` stays its label)
            if isinstance(r.get(col), str) and name_key(r[col]) in others[r.get("adm0_a3")]:
                r[col] = None


def _write_kept_names(db, rows: list[dict]) -> None:
    """The cells :func:`_drop_country_names` changes: ``(row, col, value)``, a NULL value
    for a cell left with no name."""
    db.execute("CREATE TABLE kept (row INTEGER, col TEXT, value TEXT)")
    cells = []
    for i, row in enumerate(rows):
        country = row.get(COUNTRY_KEY)
        for col in (*PRIMARY_COLUMNS, ALT_COLUMN, NE_ALT_COLUMN):
            value = row.get(col)
            if country is None or col == "name" or not isinstance(value, str):
                continue
            kept = [p for p in value.split("|") if name_key(p) != country]
            if len(kept) < value.count("|") + 1:
                cells.append((i, col, "|".join(kept) if kept else None))
    db.executemany("INSERT INTO kept VALUES (?, ?, ?)", cells)
    _write_samples(db, sorted({p.strip() for r in rows for col in (*PRIMARY_COLUMNS, ALT_COLUMN)
                               if isinstance(r.get(col), str)
                               for p in r[col].split("|") if p.strip()}))


def _write_samples(db, names: list[str]) -> None:
    """A sample of names and their keys, which every reader of a cache of keys recomputes
    (:func:`_samples_hold`): a cache written by code that keyed names otherwise is rebuilt."""
    db.execute("CREATE TABLE samples (name TEXT, key TEXT)")
    db.executemany("INSERT INTO samples VALUES (?, ?)",
                   [(n, name_key(n)) for n in names[::250]])


def _samples_hold(conn) -> bool:
    return all(name_key(n) == k for n, k in conn.execute("SELECT name, key FROM samples"))


def _add_postal_codes(rows: list[dict]) -> None:
    """Give the units of :data:`POSTAL_CODE_COUNTRIES` the end of their ISO 3166-2 code as a
    code of their own (``POSTAL_KEY``): "QC" for CA-QC, as a table's Province column or
    "Salaberry-de-Valleyfield, QC" writes it."""
    seen = set()
    for row in rows:
        code = str(row.get("iso_3166_2") or "")
        country, _, end = code.partition("-")
        if country in POSTAL_CODE_COUNTRIES and end.isalpha() and code not in seen:
            # (the first unit of the code only: "NSW" is New South Wales, not Lord Howe
            # Island, which Natural Earth gives AU-NSW too)
            row[POSTAL_KEY] = end
            seen.add(code)


class _CachedNameIndex:
    """The shipped units' name keys in an SQLite cache (see :mod:`catalog.cache`): building
    them takes a second or more (80,000 names), opening the cache a few milliseconds."""

    #: Bump when the layout or the meaning of the keys changes.
    VERSION = 8
    #: (an abbreviation last: within a country a unit's own name or other name beats it)
    TIERS = [CODE_COLUMNS, PRIMARY_COLUMNS, (ALT_COLUMN,), (POSTAL_KEY,)]

    def __init__(self, rows: list[dict], path) -> None:
        st = os.stat(path)
        self.conn = cached_sqlite(
            f"admin1-names-v{self.VERSION}-{st.st_size}-{st.st_mtime_ns}.sqlite",
            lambda db: self._build(db, rows), _samples_hold)

    def _build(self, db, rows) -> None:
        index = _NameIndex.build(rows, self.TIERS)
        db.execute("CREATE TABLE names (key TEXT, unit INTEGER, tier INTEGER)")
        db.execute("CREATE TABLE stems (key TEXT, unit INTEGER)")
        db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                       [(k, u, t) for k, v in index.keys.items() for u, t in v.items()])
        db.executemany("INSERT INTO stems VALUES (?, ?)",
                       [(k, u) for k, v in index.stems.items() for u in v])
        _write_samples(db, sorted({p.strip() for r in rows for cols in self.TIERS for c in cols
                                   if isinstance(r.get(c), str)
                                   for p in r[c].split("|") if p.strip()}))
        db.execute("CREATE INDEX names_key ON names (key)")
        db.execute("CREATE INDEX stems_key ON stems (key)")

    def units(self, key: str) -> dict[int, int]:
        return {u: t for u, t in self.conn.execute(
            "SELECT unit, tier FROM names WHERE key = ?", (key,))}

    def stem_units(self, key: str) -> set[int]:
        return {u for (u,) in self.conn.execute("SELECT unit FROM stems WHERE key = ?",
                                                (key,))}

    def vocabulary(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k, u in self.conn.execute("SELECT key, unit FROM names ORDER BY unit"):
            out.setdefault(k, []).append(u)
        return out


class _World:
    """The shipped admin-1 units: attributes at once, polygons and the STRtree on demand."""

    def __init__(self, path):
        import pyarrow.parquet as pq

        self.path = path
        self._lock = threading.Lock()
        # ParquetFile, not pq.read_table: that one imports pyarrow.dataset and pandas
        # (0.3 s of every command that places or looks up a province)
        f = pq.ParquetFile(path)
        table = f.read(columns=[c for c in f.schema_arrow.names
                                if c not in ("geometry", "bbox")])
        self.rows: list[dict] = table.to_pylist()
        self.adm0 = np.array([r["adm0_a3"] for r in self.rows], dtype=object)
        _drop_country_names(self.rows, path)
        _drop_borrowed_names(self.rows)
        _add_postal_codes(self.rows)
        self.iso3 = np.array([DE_JURE_UNITS.get(r.get("iso_3166_2"), NE_TO_ISO3.get(a, a))
                              for r, a in zip(self.rows, self.adm0, strict=True)],
                             dtype=object)
        meta = f.metadata
        self._group_ends = np.cumsum([meta.row_group(g).num_rows
                                      for g in range(meta.num_row_groups)])
        self._geoms = np.full(len(self.rows), None, dtype=object)
        self._groups_read: set[int] = set()
        self._tree = None
        self._prepared: set[int] = set()
        self._index = None
        self._countries: dict[str, shapely.Geometry] = {}

    @property
    def index(self) -> _CachedNameIndex:
        with self._lock:
            if self._index is None:
                self._index = _CachedNameIndex(self.rows, self.path)
            return self._index

    def geometry_of(self, units) -> np.ndarray:
        """The polygons of some units, reading only the row groups that hold them."""
        units = np.atleast_1d(np.asarray(units, dtype=np.intp))
        with self._lock:
            self._read_groups({int(g) for g in np.searchsorted(self._group_ends, units,
                                                               side="right")})
            return self._geoms[units]

    @property
    def geoms(self) -> np.ndarray:
        """Every unit's polygon (all row groups read)."""
        with self._lock:
            self._read_groups(set(range(len(self._group_ends))))
            return self._geoms

    def _read_groups(self, groups: set[int]) -> None:
        import pyarrow.parquet as pq

        missing = sorted(groups - self._groups_read)
        if not missing:
            return
        f = pq.ParquetFile(self.path)
        for g in missing:
            wkb = f.read_row_group(g, columns=["geometry"]).column("geometry")
            start = self._group_ends[g - 1] if g else 0
            # to_pylist: to_numpy of a binary column imports pandas (0.3 s)
            self._geoms[start:self._group_ends[g]] = shapely.from_wkb(wkb.to_pylist())
            self._groups_read.add(g)

    @property
    def tree(self) -> shapely.STRtree:
        geoms = self.geoms
        with self._lock:
            if self._tree is None:
                self._tree = shapely.STRtree(geoms)
            return self._tree

    def prepared(self, units) -> np.ndarray:
        """The polygons of ``units``, prepared (once) for repeated point tests."""
        geoms = self.geoms
        units = np.asarray(units, dtype=np.intp)
        new = [u for u in np.unique(units).tolist() if u not in self._prepared]
        if new:
            shapely.prepare(geoms[new])
            self._prepared.update(new)
        return geoms[units]

    def label(self, i: int) -> str:
        return _label(self.rows[i])

    def country_geometry(self, iso3: str) -> shapely.Geometry:
        if iso3 not in self._countries:
            parts = self.geometry_of(np.flatnonzero(self.iso3 == iso3))
            # A country's shipped units form a valid coverage (no overlaps, shared edges
            # alike; tests/test_regions.py checks every country), which unions along its
            # shared edges ten times faster than union_all (checking it here would cost
            # three times the union: 0.25 s of a 2 MB ingest)
            geom = shapely.coverage_union_all(parts)
            self._countries[iso3] = geom
        return self._countries[iso3]


@functools.lru_cache(maxsize=1)
def _world() -> _World:
    return _World(BOUNDARY_FILE)


def admin1_table() -> list[dict]:
    """The attributes of every shipped admin-1 unit (one dict per unit, no geometry), in the
    order of the unit numbers the other functions use."""
    return _world().rows


def unit_geometry(unit: int) -> shapely.Geometry:
    """The polygon of a shipped admin-1 unit, by its number (see :func:`admin1_units`)."""
    return _world().geometry_of([unit])[0]


def unit_iso3(unit: int) -> str | None:
    """ISO 3166-1 alpha-3 of the country a shipped unit belongs to (None: disputed)."""
    return _world().iso3[unit]


def unit_name(unit: int) -> str:
    """The English name of a shipped unit (Natural Earth's ``name_en``, else ``name``)."""
    row = _world().rows[unit]
    return row.get("name_en") or row["name"]


def units_near(geom: shapely.Geometry, margin_deg: float = 0.02) -> list[int]:
    """The numbers of the shipped units whose land comes within ``margin_deg`` degrees of
    ``geom``: its neighbours across a land border, and the units holding it."""
    w = _world()
    return sorted(int(u) for u in w.tree.query(geom, predicate="dwithin", distance=margin_deg))


# -- locating points -------------------------------------------------------------------------

_M_PER_DEG_LAT = 110_574.0  # the shortest degree of latitude (at the equator)


def locate_units(lon, lat, margin_m: float = COAST_MARGIN_M) -> np.ndarray:
    """The number of the shipped unit holding each point, -1 for none.

    A point on a shared border is given to one of the units (the first in the file); a
    point on no unit's land goes to the nearest unit within ``margin_m`` (geodesic).
    """
    from pyproj import Geod

    w = _world()
    lon = np.atleast_1d(np.asarray(lon, float))
    lat = np.atleast_1d(np.asarray(lat, float))
    out = np.full(lon.shape, -1, dtype=np.intp)
    if lon.size == 0:
        return out
    points = shapely.points(lon, lat)
    pi, ui = w.tree.query(points)
    if pi.size:
        hit = shapely.intersects(w.prepared(ui), points[pi])
        pi, ui = pi[hit], ui[hit]
        order = np.lexsort((ui, pi))  # by point, then unit: the first unit of each point
        first = np.unique(pi[order], return_index=True)[1]
        out[pi[order][first]] = ui[order][first]
    if margin_m <= 0:
        return out
    geod = Geod(ellps="WGS84")
    for i in np.flatnonzero(out < 0):
        coslat = math.cos(math.radians(min(abs(lat[i]) + margin_m / _M_PER_DEG_LAT, 89.9)))
        reach = margin_m / _M_PER_DEG_LAT / coslat  # degrees, at least the margin anywhere
        near = w.tree.query(points[i], predicate="dwithin", distance=reach)
        best, best_d = -1, math.inf
        for u in sorted(near.tolist()):
            # the nearest point of the outline in degrees: its geodesic distance is at least
            # the true distance to the unit, so the margin is never stretched
            (x0, y0), (x1, y1) = shapely.shortest_line(w.geoms[u], points[i]).coords
            d = geod.inv(x0, y0, x1, y1)[2]
            if d <= margin_m and d < best_d:
                best, best_d = u, d
        out[i] = best
    return out


def locate_point(lon: float, lat: float) -> tuple[str | None, str | None, str | None]:
    """The country and province holding a point: ``(ISO alpha-3, admin-1 name, ISO 3166-2)``.

    A point at sea within :data:`COAST_MARGIN_M` of a coast is in the nearest unit; further
    out, ``(None, None, None)``.

    Examples
    --------
    >>> locate_point(126.913631, 41.369883)   # Hoejung-ni
    ('PRK', 'Chagang', 'KP-04')
    """
    check_lonlat(lon, lat, "")
    unit = int(locate_units([lon], [lat])[0])
    if unit < 0:
        return None, None, None
    code = _world().rows[unit].get("iso_3166_2")
    return unit_iso3(unit), unit_name(unit), (code if code and code != "-99" else None)


# -- looking regions up by name --------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str:
    """The ISO 3166-1 alpha-3 code of a country named by code, name or abbreviation
    (``PRK``, ``KP``, ``North Korea``, ``DPRK``, ``ROK``, ``Iran``), or Natural Earth's own
    code of a unit with none (``KOS``, ``SDS`` are Kosovo and South Sudan).

    Raises
    ------
    ValidationError
        If no country has that name, or the shipped boundaries have no polygon for it.
    """
    text = str(name).strip()
    w = _world()
    if text.upper() in NE_TO_ISO3 and NE_TO_ISO3[text.upper()]:
        return NE_TO_ISO3[text.upper()]
    code = iso_code(text)
    if not (w.iso3 == code).any():
        raise ValidationError(f"the shipped boundaries have no polygon for {text!r} ({code})")
    return code


@functools.lru_cache(maxsize=4096)
def country_units(name: str) -> tuple[str, str, np.ndarray]:
    """``(ISO alpha-3, label, unit numbers)`` of a country; see :func:`country_code`.
    (Cached: ingest asks for the same few countries thousands of times.)"""
    code = country_code(name)
    w = _world()
    units = np.flatnonzero(w.iso3 == code)
    units.flags.writeable = False  # shared by every caller
    c = countries().get(code)
    label = f"{c.name if c else w.rows[units[0]]['admin']} {code}"
    return code, label, units


def country_geometry(code_or_name: str) -> shapely.Geometry:
    """The (multi)polygon of a country in WGS84, by ISO alpha-3, alpha-2, name or
    abbreviation (``PRK``, ``KP``, ``North Korea``, ``DPRK``, ``ROK``, ``Iran``).

    The union of its Natural Earth admin-1 units (land only: see :data:`COAST_MARGIN_M` for
    how points off the coast are placed).
    """
    code, _, _ = country_units(code_or_name)
    return _world().country_geometry(code)


@functools.lru_cache(maxsize=32)
def boundary_line(home: str, other: str | None = None, *, coast: bool = False
                  ) -> tuple[shapely.Geometry, shapely.Geometry]:
    """A country's border with another country (or with all its neighbours), or its coast,
    as a line in WGS84, and the country's polygon: what "12 km from the Chinese border" or
    "100 km from the coast" measure from.

    The shipped admin-1 units form one coverage, so a shared border is where one country's
    edge meets the other's polygon, and the coast is the edge that meets no neighbour.

    Raises
    ------
    ValidationError
        If the countries share no border, or the country has no coast.
    """
    code = country_units(home)[0]
    geom = country_geometry(code)
    edge = geom.boundary
    w = _world()
    if other is not None and not coast:
        line = shapely.intersection(edge, country_geometry(country_units(other)[0]))
        what = f"border between {code} and {other}"
    else:
        near = w.tree.query(geom, predicate="intersects")
        neighbours = sorted({w.iso3[u] for u in near if w.iso3[u] and w.iso3[u] != code})
        land = [country_geometry(n) for n in neighbours]
        # Neighbour by neighbour, not against their union: the same line (checked equal
        # for ten countries), without uniting China and Russia first (1 s for Korea's coast)
        if coast:
            line = edge
            for g in land:
                line = shapely.difference(line, g)
            what = f"coast of {code}"
        else:
            line = shapely.GeometryCollection(
                [shapely.intersection(edge, g) for g in land]) if land else None
            what = f"land border of {code}"
    if line is None or line.is_empty or line.length == 0:
        raise ValidationError(f"the shipped boundaries have no {what}")
    # The intersection comes as hundreds of two-point pieces; joined into a few long lines
    # they simplify and buffer in milliseconds instead of seconds.
    return _joined(line), geom


def _joined(line: shapely.Geometry) -> shapely.Geometry:
    """The lines of a geometry (points where borders touch dropped), merged end to end."""
    parts = [p for p in shapely.get_parts(shapely.get_parts(line))
             if p.geom_type == "LineString"]
    return shapely.line_merge(shapely.MultiLineString(parts))


def country_region(name: str, boundaries: str | os.PathLike | None = None,
                   layer: str | None = None) -> tuple[str, shapely.Geometry]:
    """The label and (multi)polygon of a country, by ISO alpha-3, alpha-2 or name.

    Parameters
    ----------
    name
        ``PRK``, ``KP``, ``North Korea``, ``DPRK``.
    boundaries, layer
        A user's own boundary file (and layer) instead of the shipped Natural Earth one.

    Examples
    --------
    >>> label, geom = country_region("KP")
    >>> label
    'North Korea PRK'
    """
    if boundaries is not None:
        return _user_lookup(boundaries, layer, name, "country")
    code, label, _ = country_units(name)
    return label, _world().country_geometry(code)


def admin1_units(name: str, country: str | None = None, *, suggest: bool = True,
                 every: bool = False) -> tuple[str, np.ndarray]:
    """``(label, unit numbers)`` of the shipped province that ``name`` names.

    ``suggest=False`` skips the search for close names when there is none (ingest asks
    about every capitalised word before "Province": a miss must be quick). ``every=True``
    gives all the units of one country that bear the name (a Hungarian county and the
    city of its seat) instead of calling them ambiguous.

    Raises
    ------
    ValidationError
        If no province has that name (with suggestions), or several do (with the list).
    """
    found = _admin1_units(name, country, suggest, every)
    if isinstance(found[0], type):
        raise found[0](found[1])
    return found


@functools.lru_cache(maxsize=16384)
def _admin1_units(name: str, country: str | None, suggest: bool, every: bool
                  ) -> tuple[str, np.ndarray] | tuple[type, str]:
    """:func:`admin1_units`' answer, or the class and message of the error it raises: ingest
    asks each name once per report country, again for every statement (20,000 times for
    the 2 MB benchmark corpus, nearly all misses)."""
    w = _world()
    try:
        code = country_code(country) if country is not None else None
        units = _resolve(w.index, w.rows, name, "province",
                         allowed=None if code is None else _units_of(code),
                         countries=w.iso3, suggest=suggest, every=every)
    except ValidationError as e:
        return type(e), str(e)
    found = np.asarray(units, dtype=np.intp)
    found.flags.writeable = False  # shared by every caller
    return w.label(units[0]), found


@functools.lru_cache(maxsize=4096)
def names_admin1(name: str) -> bool:
    """Whether any shipped province bears ``name`` (or a name it is a stem of): what ingest
    asks before looking for it country by country."""
    w = _world()
    key = name_key(name)
    return bool(key) and bool(w.index.units(key) or w.index.stem_units(key))


@functools.lru_cache(maxsize=1)
def _regions_by_key() -> dict[str, dict[str, tuple[int, ...]]]:
    """``name key -> {ISO alpha-3 -> units}`` of the names Natural Earth gives as another
    name (:data:`NE_ALT_COLUMN`) of :data:`REGION_OF_UNITS` units of one country or more."""
    w = _world()
    found: dict[str, dict[str, list[int]]] = {}
    for i, row in enumerate(w.rows):
        value = row.get(NE_ALT_COLUMN)
        if not isinstance(value, str) or not w.iso3[i]:
            continue
        for k in {name_key(p) for p in value.split("|") if p.strip()}:
            if k:
                found.setdefault(k, {}).setdefault(w.iso3[i], []).append(i)
    for name, units in _iso_parent_regions(w.rows):
        # (a name Natural Earth gives already is its own list: not merged with these)
        if (k := name_key(name)) and k not in found:
            found[k] = {w.iso3[units[0]]: units}
    return {k: {c: tuple(us) for c, us in by.items() if len(us) >= REGION_OF_UNITS}
            for k, by in found.items()
            if any(len(us) >= REGION_OF_UNITS for us in by.values())}


#: English names of ISO 3166-2 regions written otherwise in the standard (its names are
#: the countries' own): "in Normandy" is Normandie's departments
REGION_EXONYMS = {
    "Normandie": ("Normandy",), "Bretagne": ("Brittany",), "Vlaams Gewest": ("Flanders",),
    "wallonne, Région": ("Wallonia",), "Sicilia": ("Sicily",), "Sardegna": ("Sardinia",),
    "Toscana": ("Tuscany",), "Puglia": ("Apulia",), "Piemonte": ("Piedmont",),
    "Lombardia": ("Lombardy",), "Andalucía": ("Andalusia",), "Catalunya": ("Catalonia",),
    "Aragón": ("Aragon",),
    "País Vasco": ("Basque Country",),
}


def _iso_parent_regions(rows: list[dict]) -> list[tuple[str, list[int]]]:
    """``(name, unit numbers)`` of the ISO 3166-2 regions (pycountry's subdivisions that
    are others' parents: Scotland, Normandie, Vlaams Gewest) over the shipped units whose
    codes they hold, by the standard's name (without its bracket or its inverted article:
    "Wales [Cymru GB-CYM]" is Wales) and :data:`REGION_EXONYMS`."""
    import pycountry

    parent = {s.code: s.parent_code for s in pycountry.subdivisions}
    members: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if (up := parent.get(row.get("iso_3166_2") or "")) is not None:
            members.setdefault(up, []).append(i)
    out = []
    for code, units in members.items():
        region = pycountry.subdivisions.get(code=code)
        if region is None or len(units) < REGION_OF_UNITS:
            continue
        own = region.name.split(" [")[0]
        for name in (own.split(",")[0], *REGION_EXONYMS.get(own, ())):
            out.append((name, units))
    return out


def region_units(name: str, country: str | None = None) -> tuple[str, np.ndarray]:
    """``(label, unit numbers)`` of a region the shipped boundaries have no unit for, but
    name in each of its provinces' other names: "Lombardy" is the twelve Lombard provinces
    whose Natural Earth ``name_alt`` gives it (Bergamo ... Varese).

    Raises
    ------
    ValidationError
        If no such region has that name (in ``country``), or regions of several countries
        do.
    """
    by = _regions_by_key().get(name_key(name), {})
    if country is not None:
        code = country_code(country)
        by = {code: by[code]} if code in by else {}
    if not by:
        raise ValidationError(f"no region of provinces named {name!r}")
    if len(by) > 1:
        raise ValidationError(f"region {name!r} is ambiguous: it names regions of "
                              + ", ".join(sorted(by)) + "; give the country too")
    (code, units), = by.items()
    members = ", ".join(unit_name(u) for u in units)
    return f"{name} {code} ({members})", np.asarray(units, dtype=np.intp)


@functools.lru_cache(maxsize=512)
def _units_of(code: str) -> frozenset[int]:
    """The unit numbers of a country (ISO alpha-3)."""
    return frozenset(int(u) for u in np.flatnonzero(_world().iso3 == code))


def admin1_geometry(name: str, country: str | None = None) -> tuple[str, shapely.Geometry]:
    """The label and polygon of a province (admin-1 unit) of the shipped boundaries.

    Parameters
    ----------
    name
        A name or variant (``Chagang``, ``Chagang-do``, ``Jagang``, ``자강도``,
        ``Hamgyong-namdo``, ``South Hamgyong``) or an ISO 3166-2 code (``KP-04``).
    country
        Restrict the search to one country (needed when a name exists in several).

    Raises
    ------
    ValidationError
        If no province has that name, or several do: the message lists them.

    Examples
    --------
    >>> admin1_geometry("Hamgyong-namdo")[0]
    'KP-08 Hamgyŏng-namdo North Korea PRK'
    """
    label, units = admin1_units(name, country)
    return label, unit_geometry(int(units[0]))


def admin1_region(name: str, country: str | None = None,
                  boundaries: str | os.PathLike | None = None,
                  layer: str | None = None) -> tuple[str, shapely.Geometry]:
    """As :func:`admin1_geometry`, or from a user's own boundary file (and layer).

    Examples
    --------
    >>> admin1_region("Jagang")[0]
    'KP-04 Chagang-do North Korea PRK'
    """
    if boundaries is not None:
        return _user_lookup(boundaries, layer, name, "region")
    return admin1_geometry(name, country)


def _resolve(index: _NameIndex | _CachedNameIndex, rows: list[dict], name: str, what: str,
             allowed: set | None = None, countries=None, suggest: bool = True,
             every: bool = False) -> list[int]:
    """The units ``name`` names (one, or several rows of one feature in a user's file; with
    ``every``, all of one country's that bear it)."""
    key = name_key(name)
    if not key:
        raise ValidationError(f"{what} name {name!r} has no letters or digits")
    hits = {u: t for u, t in index.units(key).items() if allowed is None or u in allowed}
    if hits and countries is not None:
        # within one country a unit's own name beats another's alternate (Natural Earth
        # lists some names under two units); across countries nothing is preferred
        best: dict[object, int] = {}
        for u, t in hits.items():
            best[countries[u]] = min(best.get(countries[u], t), t)
        hits = {u: t for u, t in hits.items() if t == best[countries[u]]}
    units = sorted(hits)
    labels = list(dict.fromkeys(_label(rows[u]) for u in units))
    if len(labels) > 1 and countries is not None and len({countries[u] for u in units}) == 1:
        # "Washington" is the state whose name it is, not the District of Columbia, whose
        # English name Natural Earth also gives as "Washington"
        own = [u for u in units if name_key(str(rows[u].get("name") or "")) == key]
        if own and len({_label(rows[u]) for u in own}) == 1:
            units, labels = own, [_label(rows[own[0]])]
    if len(labels) > 1:
        many = countries is not None and len({countries[u] for u in units}) > 1
        if every and not many:
            return units
        raise ValidationError(
            f"{what} {name!r} is ambiguous: it names " + "; ".join(labels)
            + ("; give the country too (--country)" if many else "; give one of these"))
    if units:
        return units
    stems = sorted(u for u in index.stem_units(key) if allowed is None or u in allowed)
    if stems:
        labels = list(dict.fromkeys(_label(rows[u]) for u in stems))
        raise ValidationError(f"{what} {name!r} is ambiguous: it names "
                              + "; ".join(labels) + "; say which (north, south...)")
    if not suggest:
        raise ValidationError(f"no {what} named {name!r}")
    vocabulary = {k: us for k, us in index.vocabulary().items()
                  if allowed is None or any(u in allowed for u in us)}
    close = difflib.get_close_matches(key, list(vocabulary), n=6)
    labels = list(dict.fromkeys(_label(rows[min(vocabulary[c])]) for c in close))[:3]
    hint = ("; did you mean " + ", ".join(map(repr, labels)) + "?") if labels else ""
    raise ValidationError(f"no {what} named {name!r}{hint}")


def _label(row: dict) -> str:
    parts = [str(row[c]) for c in ("iso_3166_2", "name", "admin", "adm0_a3")
             if isinstance(row.get(c), str) and row[c] not in ("", "-99")]
    if not parts:
        parts = [str(v) for k, v in row.items() if isinstance(v, str) and k != "geometry"][:2]
    return " ".join(dict.fromkeys(parts))


# -- a user's own boundary file --------------------------------------------------------------

@dataclass
class _UserFile:
    frame: object
    rows: list[dict]
    index: _NameIndex


@functools.lru_cache(maxsize=8)
def _user_file(path: str, layer: str | None) -> _UserFile:
    from pandas.api.types import is_object_dtype, is_string_dtype

    frame = read_boundaries(path, layer, None).reset_index(drop=True)
    columns = tuple(c for c in frame.columns if c != frame.geometry.name
                    and (is_object_dtype(frame[c]) or is_string_dtype(frame[c])))
    rows = frame[list(columns)].to_dict("records")
    return _UserFile(frame, rows, _NameIndex.build(rows, [columns]))


def _user_lookup(boundaries, layer, name: str, what: str) -> tuple[str, shapely.Geometry]:
    f = _user_file(os.fspath(boundaries), layer)
    units = _resolve(f.index, f.rows, name, what)
    geoms = f.frame.geometry.values[units]
    return _label(f.rows[units[0]]), shapely.union_all(shapely.make_valid(geoms))
