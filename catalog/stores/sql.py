"""What the two SQL stores share: the ``Catalog`` API written once, with dialect hooks.

:class:`SQLCatalog` sits between :class:`~catalog.stores.base.Catalog` and the GeoPackage
and PostGIS stores. Both keep the same tables with the same columns
(:data:`~catalog.model.SITE_COLUMNS` and the other lists of :mod:`catalog.model`), so
every statement is written here once; a store sets the few class attributes that differ
(the placeholder, how a point is written and read, a bytewise sort) and implements the
hooks below: connecting, its outermost transaction, turning the database's refusals into
the catalogue's errors (:meth:`~SQLCatalog._errors`), bulk inserts, and what is truly its
own (the GeoPackage's R-tree, PostGIS' ``COPY`` and GiST queries). Rows are read by column
name, which both ``sqlite3.Row`` and psycopg's ``dict_row`` allow.

Both stores migrate one way: a ``schema_migrations`` table (version, description, time)
and a list of ``MIGRATIONS``, applied in order at open, in one transaction, one migrator
at a time (:meth:`SQLCatalog._migrate`); a catalogue newer than the code is refused. The
vocabularies of :mod:`catalog.model` are checked by both databases, from one source
(:func:`vocabulary_check`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from ..errors import (
    CatalogError,
    CitationNotFound,
    SiteNotFound,
    SourceNotFound,
    ValidationError,
)
from ..filters import DEFAULT_RADIUS_M
from ..gazetteer import Place, match_key
from ..model import (
    ALIAS_COLUMNS,
    CITATION_COLUMNS,
    FACILITY_TYPES,
    HISTORY_COLUMNS,
    METHODS,
    PRECISIONS,
    REVIEW_COLUMNS,
    REVIEW_KINDS,
    REVIEW_STATES,
    SITE_COLUMNS,
    SOURCE_COLUMNS,
    SOURCE_KINDS,
    STATUSES,
    SUPPORTS,
    Alias,
    Citation,
    ReviewItem,
    Site,
    Source,
    next_millisecond,
    now_utc,
)
from .base import Catalog, implicit_aliases, site_changes

#: The catalogue's own tables, children first.
DATA_TABLES = ("review_items", "citations", "aliases", "site_history", "sites", "sources")
#: The gazetteer's tables (a GeoPackage has them only once places were imported).
GAZETTEER_TABLES = ("gazetteer_names", "gazetteer")
#: How many names a migration that re-makes name keys reads at a time
REKEY_BATCH = 20_000
#: What each table holds: the GeoPackage's ``gpkg_contents`` descriptions and PostGIS'
#: table comments.
TABLE_DESCRIPTIONS = {
    "sites": "Facility sites, each linked to the citations that name it.",
    "sources": "Reports: one row per document (title, authors, publisher, date, URL).",
    "aliases": "Other names of each site: romanizations, press spellings, local script.",
    "citations": "Links a site to a source: the quote and what it supports.",
    "site_history": "Every change to a site: when, the old and new value, and the source.",
    "review_items": "What ingest left for an analyst: matches held back, statements of place "
                    "it could not use, with the sentence and the reason.",
    "gazetteer": "Places imported from gazetteer files (GeoNames, NGA GNS).",
    "gazetteer_names": "Every name of each gazetteer place, with its matching key.",
}
#: The vocabulary of :mod:`catalog.model` each column is checked against, in both stores.
VOCABULARIES = {
    ("sites", "facility_type"): FACILITY_TYPES,
    ("sites", "status"): STATUSES,
    ("sites", "location_precision"): PRECISIONS,
    ("sites", "location_method"): METHODS,
    ("sites", "review_status"): REVIEW_STATES,
    ("sources", "kind"): SOURCE_KINDS,
    ("citations", "supports"): SUPPORTS,
    ("review_items", "kind"): REVIEW_KINDS,
}
#: The columns of ``gazetteer_names``.
PLACE_NAME_COLUMNS = ("place_id", "name", "match_key")


def sql_text(value: str) -> str:
    """A string as an SQL literal (for DDL only: values are always bound as parameters)."""
    return "'" + value.replace("'", "''") + "'"


def vocabulary_check(table: str, column: str) -> str:
    """The ``CHECK`` both stores' DDL write for a column with a vocabulary.

    Examples
    --------
    >>> vocabulary_check("citations", "supports")
    "CHECK (supports IN ('existence', 'location', 'status', 'name'))"
    """
    values = VOCABULARIES[table, column]
    return f"CHECK ({column} IN ({', '.join(sql_text(v) for v in values)}))"


def place_name_rows(place) -> list[tuple[str, str, str]]:
    """``(place_id, name, match_key)`` for each name of a gazetteer place, the first name
    of each key only."""
    keys = {}
    for name in place.names:
        key = match_key(name)
        if key and key not in keys:
            keys[key] = name
    return [(place.place_id, name, key) for key, name in keys.items()]


class SQLCatalog(Catalog):
    """The SQL both stores run, written once (see the module docstring)."""

    # -- dialect --------------------------------------------------------------------------
    #: The parameter placeholder: ``?`` (sqlite3) or ``%s`` (psycopg).
    PH = "?"
    #: A placeholder for a date parameter compared with a date column.
    DATE_PH = "?"
    #: The placeholder of a site's point, bound to :meth:`_geom_value`.
    GEOM_PH = "?"
    #: The select list of a site's point (``s`` is ``sites``), read by :meth:`_point`.
    POINT_SELECT = "s.geom"
    #: The select list of a gazetteer place's coordinates (``g`` is ``gazetteer``).
    PLACE_POINT_SELECT = "g.lat, g.lon"
    #: The gazetteer columns :meth:`_place_params` gives values for, in order.
    PLACE_COLUMNS = ("place_id", "name", "alternate_names", "lat", "lon", "country", "admin1",
                     "feature_code", "population")
    #: ``str.format`` template, ``{col}`` and ``{ph}``: whether ``col`` contains ``ph``.
    CONTAINS = "instr({col}, {ph}) > 0"
    #: Appended to a text ``ORDER BY`` so that ids sort bytewise in every store.
    BYTEWISE = ""
    #: The definition of a column holding the time a row was written (``applied_at``).
    TIMESTAMP_COLUMN = "DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
    #: ``str.format`` template for what a refused site deletion names.
    DELETE_SITE_WHAT = "site {!r}"
    #: ``(version, description, statements)``, applied in order; append, never edit.
    #: ``statements`` is a function returning the migration's statements.
    MIGRATIONS: list = []

    conn: object
    location: str
    busy_timeout: float
    _depth = 0  # how deep in transaction(): 0 outside one

    # -- hooks each store implements ------------------------------------------------------
    def _outermost_transaction(self) -> contextlib.AbstractContextManager[None]:
        """Begin, then commit (or roll back) the database's transaction; keeps
        ``_depth`` at 1 while it is open."""
        raise NotImplementedError

    def _errors(self, what: str) -> contextlib.AbstractContextManager[None]:
        """Turn the database's refusals of a write into the catalogue's errors, naming
        ``what`` (DuplicateError, ValidationError, CatalogLocked)."""
        raise NotImplementedError

    def _savepoint(self) -> contextlib.AbstractContextManager[None]:
        """A nested transaction inside the open one: a failure inside it undoes only it."""
        raise NotImplementedError

    def _has_table(self, name: str) -> bool:
        raise NotImplementedError

    def _bulk_insert(self, table: str, columns: Iterable[str], rows: Iterable) -> None:
        """Insert many rows (sequences of values in ``columns`` order) at once."""
        raise NotImplementedError

    def _migration_transaction(self) -> contextlib.AbstractContextManager[None]:
        """The transaction migrations run in, held by one migrator at a time."""
        return self.transaction()

    def _legacy_version(self) -> int:
        """The schema version of a catalogue made before ``schema_migrations`` existed."""
        return 0

    def _snapshot(self) -> contextlib.AbstractContextManager[None]:
        """One consistent read of several tables (a read transaction, if none is open)."""
        return contextlib.nullcontext()

    def _pipeline(self) -> contextlib.AbstractContextManager[None]:
        """Statements sent together (psycopg's pipeline mode); nothing special by default."""
        return contextlib.nullcontext()

    def _executemany(self, query: str, rows: Iterable) -> None:
        self.conn.executemany(query, rows)

    def _tuples(self, query: str, params=()) -> list[tuple]:
        """Rows as plain tuples (fast for column-wise reads)."""
        raise NotImplementedError

    def _empty_tables(self, tables: list[str]) -> None:
        for t in tables:  # fixed names, never the caller's
            self.conn.execute(f"DELETE FROM {t}")

    def _defer_constraints(self) -> None:
        """Let references point forward within a bulk load (checked at the end)."""

    def _check_constraints(self) -> None:
        """Check the deferred references now (before the caller's commit)."""

    def _ensure_gazetteer(self) -> None:
        """Create the gazetteer's tables if the catalogue has none yet."""

    # -- value conversions (identity for SQLite, whose columns hold the text itself) -------
    def _geom_value(self, s: Site):
        """A site's point as :attr:`GEOM_PH` takes it (None when unlocated)."""
        raise NotImplementedError

    def _point(self, r) -> tuple[float | None, float | None]:
        """``(lon, lat)`` of a row read with :attr:`POINT_SELECT`."""
        raise NotImplementedError

    def _points(self, columns: list[tuple]):
        """Longitudes and latitudes (NaN where unlocated) of the :attr:`POINT_SELECT`
        columns of many rows, as float arrays."""
        raise NotImplementedError

    @staticmethod
    def _date(value) -> str | None:
        return value

    @staticmethod
    def _timestamp(value) -> str | None:
        return value

    @staticmethod
    def _list_param(values: list[str]):
        raise NotImplementedError

    @staticmethod
    def _list_value(value) -> list[str]:
        raise NotImplementedError

    # -- lifecycle, transactions, schema ----------------------------------------------------
    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the caller's transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self._outermost_transaction():
            yield

    @contextlib.contextmanager
    def _statement(self, what: str) -> Iterator[None]:
        """Writes that land together or not at all, the database's refusals turned into
        the catalogue's errors. Inside a caller's transaction they run in a savepoint, so
        a refused write leaves that transaction usable."""
        if not self._depth:
            with self.transaction(), self._errors(what):
                yield
            return
        with self._errors(what), self._savepoint():
            yield

    def _write(self, query: str, params=(), *, what: str = ""):
        """Run one writing statement (see :meth:`_statement`); returns its cursor."""
        with self._statement(what):
            return self.conn.execute(query, params)

    def schema_version(self) -> int:
        """The highest migration applied (0 for an empty database)."""
        if not self._has_table("schema_migrations"):
            return self._legacy_version()
        v = self.conn.execute("SELECT max(version) AS v FROM schema_migrations"
                              ).fetchone()["v"]
        return self._legacy_version() if v is None else v

    def _migrate(self) -> None:
        """Bring the schema up to the latest of :attr:`MIGRATIONS` (nothing is written
        when it is already there)."""
        latest = self.MIGRATIONS[-1][0]
        current = self.schema_version()
        if current == latest:
            return
        self._refuse_newer(current)
        with self._migration_transaction():
            self._apply_migrations()

    def _refuse_newer(self, version: int) -> None:
        latest = self.MIGRATIONS[-1][0]
        if version > latest:
            raise CatalogError(
                f"{self.location} has catalogue schema version {version}, newer than this "
                f"program's {latest}: upgrade facility-catalog")

    def _apply_migrations(self) -> None:
        """Apply the pending migrations; the caller holds the migration transaction."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
            f"description text NOT NULL, applied_at {self.TIMESTAMP_COLUMN})")
        current = self.schema_version()  # again: another process may have migrated it
        self._refuse_newer(current)
        for version, description, statements in self.MIGRATIONS:
            if version <= current:
                continue
            for stmt in statements():
                if callable(stmt):  # a step that must read the database first
                    stmt(self.conn)
                else:
                    self.conn.execute(stmt)
            self.conn.execute(
                "INSERT INTO schema_migrations (version, description, applied_at) "
                f"VALUES ({self.PH}, {self.PH}, {self.PH})", (version, description, now_utc()))

    def _among(self, col: str, values) -> tuple[str, list]:
        """A term ``col`` is one of ``values``, and its parameters."""
        values = list(values)
        return f"{col} IN ({', '.join([self.PH] * len(values))})", values

    def _phs(self, n: int) -> str:
        return ", ".join([self.PH] * n)

    # -- sites -------------------------------------------------------------------------
    @property
    def _select_site(self) -> str:
        return (f"SELECT {self.POINT_SELECT}, " + ", ".join(f"s.{c}" for c in SITE_COLUMNS)
                + " FROM sites s")

    def _site_params(self, s: Site) -> tuple:
        """A site's row: its point (for :attr:`GEOM_PH`), then its columns."""
        return (self._geom_value(s), *(getattr(s, c) for c in SITE_COLUMNS))

    def _row_to_site(self, r) -> Site:
        lon, lat = self._point(r)
        d = {c: r[c] for c in SITE_COLUMNS}
        d["status_as_of"] = self._date(d["status_as_of"])
        d["updated_at"] = self._timestamp(d["updated_at"])
        return Site(lon=lon, lat=lat, **d)

    def add_site(self, site: Site) -> Site:
        s = site.validated()
        s.updated_at = s.updated_at or now_utc()
        aliases = implicit_aliases(s)
        with self.transaction():
            self._check_refs(s)
            # the row, its history and its aliases in one round trip where the database
            # allows (pipeline mode); a refused insert (a taken site_id) writes none of them
            with self._statement(f"site {s.site_id!r}"), self._pipeline():
                self.conn.execute(
                    f"INSERT INTO sites (geom, {', '.join(SITE_COLUMNS)}) "
                    f"VALUES ({self.GEOM_PH}, {self._phs(len(SITE_COLUMNS))})",
                    self._site_params(s))
                self._insert_history(s.site_id, site_changes(None, s), s.location_source_id,
                                     None, s.updated_at)
                self._executemany(self._insert_alias_sql(),
                                  [tuple(getattr(a, c) for c in ALIAS_COLUMNS) for a in aliases])
        return s

    def _site_for_update(self, site_id: str) -> Site:
        """The stored site, read to be changed (PostGIS locks its row)."""
        return self.get_site(site_id)

    def update_site(self, site: Site, *, source_id: str | None = None,
                    note: str | None = None) -> Site:
        s = site.validated()
        with self.transaction():  # edits of one site are serialised by the database
            old = self._site_for_update(s.site_id)
            self._check_fresh(site, old)
            # strictly increasing, so updated_at works as the row's version
            s.updated_at = max(now_utc(), next_millisecond(old.updated_at))
            self._check_refs(s)
            if source_id:
                self.get_source(source_id)
            self._write(
                f"UPDATE sites SET geom = {self.GEOM_PH}, "
                + ", ".join(f"{c} = {self.PH}" for c in SITE_COLUMNS[1:])
                + f" WHERE site_id = {self.PH}",
                (*self._site_params(s)[:1], *self._site_params(s)[2:], s.site_id),
                what=f"site {s.site_id!r}")
            self.add_alias(Alias(s.site_id, s.name, "preferred"))
            self._record_history(s.site_id, site_changes(old, s), source_id, note,
                                 s.updated_at)
        return s

    def _insert_history(self, site_id, changes, source_id, note, when) -> None:
        self._executemany(
            f"INSERT INTO site_history ({', '.join(HISTORY_COLUMNS)}) "
            f"VALUES ({self._phs(len(HISTORY_COLUMNS))})",
            [(site_id, when, f, o, n, source_id, note) for f, o, n in changes])

    def _record_history(self, site_id, changes, source_id, note, when) -> None:
        if changes:
            with self._statement(f"the history of site {site_id!r}"):
                self._insert_history(site_id, changes, source_id, note, when)

    def _history(self, where: str = "", params=()) -> list[dict]:
        rows = self.conn.execute(f"SELECT {', '.join(HISTORY_COLUMNS)} FROM site_history"
                                 f"{where} ORDER BY fid", params)
        out = [{c: r[c] for c in HISTORY_COLUMNS} for r in rows]
        for h in out:
            h["changed_at"] = self._timestamp(h["changed_at"])
        return out

    def site_history(self, site_id: str) -> list[dict]:
        return self._history(f" WHERE site_id = {self.PH}", (site_id,))

    def history_rows(self) -> list[dict]:
        return self._history()

    def replace_history(self, site_id: str, rows: Iterable[dict]) -> None:
        with self.transaction():
            self.get_site(site_id)
            self._write(f"DELETE FROM site_history WHERE site_id = {self.PH}", (site_id,))
            with self._statement(f"the history of site {site_id!r}"):
                self._executemany(
                    f"INSERT INTO site_history ({', '.join(HISTORY_COLUMNS)}) "
                    f"VALUES ({self._phs(len(HISTORY_COLUMNS))})",
                    [(site_id, *(h.get(k) for k in HISTORY_COLUMNS[1:])) for h in rows])

    def delete_site(self, site_id: str) -> None:
        with self.transaction():
            self.get_site(site_id)
            self._write(f"DELETE FROM aliases WHERE site_id = {self.PH}", (site_id,))
            self._write(f"DELETE FROM review_items WHERE site_id = {self.PH}", (site_id,))
            self._write(f"DELETE FROM sites WHERE site_id = {self.PH}", (site_id,),
                        what=self.DELETE_SITE_WHAT.format(site_id))

    def get_site(self, site_id: str) -> Site:
        r = self.conn.execute(self._select_site + f" WHERE s.site_id = {self.PH}",
                              (site_id,)).fetchone()
        if r is None:
            raise SiteNotFound(f"no site {site_id!r} in {self.location}")
        return self._row_to_site(r)

    def has_site(self, site_id: str) -> bool:
        return self.conn.execute(f"SELECT 1 FROM sites WHERE site_id = {self.PH}",
                                 (site_id,)).fetchone() is not None

    def _review_where(self, review_status) -> tuple[str, list]:
        if review_status is None:
            return "", []
        term, params = self._among("s.review_status", review_status)
        return f" WHERE {term}", params

    def sites(self, review_status: Iterable[str] | None = ("accepted",)) -> list[Site]:
        where, params = self._review_where(review_status)
        return [self._row_to_site(r) for r in self.conn.execute(
            self._select_site + where + f" ORDER BY s.site_id{self.BYTEWISE}", params)]

    def sites_frame(self, review_status: Iterable[str] | None = ("accepted",)):
        """As :meth:`Catalog.sites_frame`, read column-wise: no record per site, points
        decoded at once (a 100,000-site map reads its sites in a fraction of a second)."""
        import geopandas as gpd
        import numpy as np
        import shapely

        where, params = self._review_where(review_status)
        rows = self._tuples(
            f"SELECT {self.POINT_SELECT}, {', '.join('s.' + c for c in SITE_COLUMNS)} "
            f"FROM sites s{where} ORDER BY s.site_id{self.BYTEWISE}", params)
        n_point = len(self.POINT_SELECT.split(","))
        cols = list(zip(*rows, strict=True)) or [()] * (n_point + len(SITE_COLUMNS))
        lon, lat = self._points(cols[:n_point])
        geoms = np.full(len(rows), None, dtype=object)
        idx = np.flatnonzero(~np.isnan(lon))
        if idx.size:
            geoms[idx] = shapely.points(lon[idx], lat[idx])
        data = {c: list(cols[n_point + k]) for k, c in enumerate(SITE_COLUMNS)}
        data["status_as_of"] = [self._date(v) for v in data["status_as_of"]]
        data["updated_at"] = [self._timestamp(v) for v in data["updated_at"]]
        return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geoms), crs="EPSG:4326"),
                                crs="EPSG:4326")

    # -- aliases -----------------------------------------------------------------------
    def _insert_alias_sql(self) -> str:
        return (f"INSERT INTO aliases ({', '.join(ALIAS_COLUMNS)}) "
                f"VALUES ({self._phs(len(ALIAS_COLUMNS))}) ON CONFLICT (site_id, alias) "
                "DO NOTHING")

    def add_alias(self, alias: Alias) -> Alias:
        a = alias.validated()
        with self.transaction():
            self.get_site(a.site_id)
            self._write(self._insert_alias_sql(),
                        tuple(getattr(a, c) for c in ALIAS_COLUMNS), what=f"alias {a.alias!r}")
        return a

    def aliases(self, site_id: str | None = None) -> list[Alias]:
        query, params = f"SELECT {', '.join(ALIAS_COLUMNS)} FROM aliases", ()
        if site_id is not None:
            query, params = query + f" WHERE site_id = {self.PH}", (site_id,)
        rows = self.conn.execute(query + f" ORDER BY site_id{self.BYTEWISE}, fid", params)
        return [Alias(**{c: r[c] for c in ALIAS_COLUMNS}) for r in rows]

    def remove_alias(self, site_id: str, alias: str, *, note: str | None = None) -> Alias:
        with self.transaction():
            site = self.get_site(site_id)
            have = self.aliases(site_id)
            found = next((a for a in have if a.alias == alias.strip()), None)
            if found is None:
                raise ValidationError(
                    f"site {site_id!r} has no alias {alias!r}; its aliases are "
                    + ", ".join(repr(a.alias) for a in have))
            if found.alias in (site.name, site.name_local):
                what = "name" if found.alias == site.name else "local name"
                raise ValidationError(
                    f"{found.alias!r} is the {what} of site {site_id!r}, not an alias to "
                    f"remove: change the {what} first")
            self._write(f"DELETE FROM aliases WHERE site_id = {self.PH} AND alias = {self.PH}",
                        (site_id, found.alias), what=f"alias {found.alias!r}")
            self._record_history(site_id, [("alias", found.alias, None)], None, note,
                                 now_utc())
        return found

    # -- sources -----------------------------------------------------------------------
    def _source_params(self, s: Source) -> tuple:
        return tuple(self._list_param(s.authors) if c == "authors" else getattr(s, c)
                     for c in SOURCE_COLUMNS)

    def _row_to_source(self, r) -> Source:
        d = {c: r[c] for c in SOURCE_COLUMNS}
        d["published"], d["accessed"] = self._date(d["published"]), self._date(d["accessed"])
        d["authors"] = self._list_value(d["authors"])
        return Source(**d)

    def add_source(self, source: Source) -> Source:
        s = source.validated()
        # a taken source_id is refused by the UNIQUE key: DuplicateError
        self._write(f"INSERT INTO sources ({', '.join(SOURCE_COLUMNS)}) "
                    f"VALUES ({self._phs(len(SOURCE_COLUMNS))})",
                    self._source_params(s), what=f"source {s.source_id!r}")
        return s

    def get_source(self, source_id: str) -> Source:
        r = self.conn.execute(f"SELECT * FROM sources WHERE source_id = {self.PH}",
                              (source_id,)).fetchone()
        if r is None:
            raise SourceNotFound(f"no source {source_id!r} in {self.location}")
        return self._row_to_source(r)

    def find_source(self, *, content_hash=None, url=None) -> Source | None:
        for col, v in (("content_hash", content_hash), ("url", url)):
            if v:  # col is one of two fixed names
                r = self.conn.execute(f"SELECT * FROM sources WHERE {col} = {self.PH} "
                                      "ORDER BY fid LIMIT 1", (v,)).fetchone()
                if r is not None:
                    return self._row_to_source(r)
        return None

    def sources(self) -> list[Source]:
        return [self._row_to_source(r) for r in self.conn.execute(
            f"SELECT * FROM sources ORDER BY source_id{self.BYTEWISE}")]

    # -- citations ---------------------------------------------------------------------
    def add_citation(self, citation: Citation) -> Citation:
        return self.add_citations([citation])[0]

    def add_citations(self, citations: Iterable[Citation]) -> list[Citation]:
        """Many citations in one transaction: their sites and sources checked with one
        query each, the rows inserted with one ``executemany`` (ingest cites thousands)."""
        cs = [c.validated() for c in citations]
        if not cs:
            return cs
        with self.transaction():
            self._require_sites_and_sources(cs)
            with self._statement(f"{len(cs)} citations"):
                self._executemany(
                    f"INSERT INTO citations ({', '.join(CITATION_COLUMNS)}) "
                    f"VALUES ({self._phs(len(CITATION_COLUMNS))}) "
                    "ON CONFLICT (citation_id) DO NOTHING",
                    [tuple(getattr(c, k) for k in CITATION_COLUMNS) for c in cs])
        return cs

    def _require_sites_and_sources(self, rows) -> None:
        """Raise unless the site and the source of every row (citations, review items)
        are in the catalogue: one query per table for the whole batch."""
        for table, col, error in (("sites", "site_id", SiteNotFound),
                                  ("sources", "source_id", SourceNotFound)):
            wanted = list(dict.fromkeys(getattr(c, col) for c in rows))
            found = set()
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found |= {r[col] for r in self.conn.execute(
                    f"SELECT {col} FROM {table} WHERE {col} IN ({self._phs(len(chunk))})",
                    tuple(chunk))}
            missing = [v for v in wanted if v not in found]
            if missing:
                raise error(f"no {table[:-1]} {missing[0]!r} in {self.location}")

    def citations(self, site_id=None, source_id=None) -> list[Citation]:
        where, params = [], []
        for col, v in (("site_id", site_id), ("source_id", source_id)):
            if v is not None:
                where.append(f"{col} = {self.PH}")
                params.append(v)
        query = f"SELECT {', '.join(CITATION_COLUMNS)} FROM citations"
        if where:
            query += " WHERE " + " AND ".join(where)
        return [Citation(**{k: r[k] for k in CITATION_COLUMNS})
                for r in self.conn.execute(query + " ORDER BY fid", params)]

    def move_citations(self, from_site: str, to_site: str) -> int:
        with self.transaction():
            self.get_site(to_site)
            return self._write(
                f"UPDATE citations SET site_id = {self.PH} WHERE site_id = {self.PH}",
                (to_site, from_site), what="citations").rowcount

    # -- review items ------------------------------------------------------------------
    def add_review_item(self, item: ReviewItem) -> ReviewItem:
        return self.add_review_items([item])[0]

    def add_review_items(self, items: Iterable[ReviewItem]) -> list[ReviewItem]:
        """Many review items in one transaction, checked and inserted as
        :meth:`add_citations` does (ingest holds dozens in a dense report)."""
        rs = [r.validated() for r in items]
        if not rs:
            return rs
        with self.transaction():
            self._require_sites_and_sources(rs)
            with self._statement(f"{len(rs)} review items"):
                self._executemany(
                    f"INSERT INTO review_items ({', '.join(REVIEW_COLUMNS)}) VALUES "
                    f"({self._phs(len(REVIEW_COLUMNS))}) ON CONFLICT (item_id) DO NOTHING",
                    [tuple(getattr(r, c) for c in REVIEW_COLUMNS) for r in rs])
        return rs

    def review_items(self, site_id: str | None = None, kind: str | None = None
                     ) -> list[ReviewItem]:
        where, params = [], []
        for col, v in (("site_id", site_id), ("kind", kind)):
            if v is not None:
                where.append(f"{col} = {self.PH}")
                params.append(v)
        query = f"SELECT {', '.join(REVIEW_COLUMNS)} FROM review_items"
        if where:
            query += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(query + " ORDER BY fid", params)
        return [ReviewItem(**{**dict(r), "created_at": self._timestamp(r["created_at"])})
                for r in rows]

    def delete_review_item(self, item_id: str) -> ReviewItem:
        with self.transaction():
            found = [r for r in self.review_items() if r.item_id == item_id]
            if not found:
                raise ValidationError(f"no review item {item_id!r} in {self.location}")
            self._write(f"DELETE FROM review_items WHERE item_id = {self.PH}", (item_id,))
        return found[0]

    def move_review_items(self, from_site: str, to_site: str) -> int:
        with self.transaction():
            self.get_site(to_site)
            return self._write(
                f"UPDATE review_items SET site_id = {self.PH} WHERE site_id = {self.PH}",
                (to_site, from_site), what="review items").rowcount

    def remove_citation(self, citation_id: str, *, note: str | None = None) -> Citation:
        with self.transaction():
            r = self.conn.execute(f"SELECT {', '.join(CITATION_COLUMNS)} FROM citations "
                                  f"WHERE citation_id = {self.PH}", (citation_id,)).fetchone()
            if r is None:
                raise CitationNotFound(f"no citation {citation_id!r} in {self.location}")
            c = Citation(**{k: r[k] for k in CITATION_COLUMNS})
            site = self.get_site(c.site_id) if self.has_site(c.site_id) else None
            if (site is not None and site.located and c.supports == "location"
                    and c.source_id == site.location_source_id
                    and not [o for o in self.citations(c.site_id, c.source_id)
                             if o.supports == "location" and o.citation_id != citation_id]):
                raise ValidationError(
                    f"citation {citation_id!r} is how source {c.source_id!r} supports the "
                    f"location of site {c.site_id!r}, its location source: move the site "
                    "on another source's word (update-site --source) or unlocate it first")
            self._write(f"DELETE FROM citations WHERE citation_id = {self.PH}",
                        (citation_id,), what=f"citation {citation_id!r}")
            said = f'"{c.quote}"' if c.quote is not None else f"[{c.note}]"
            self._record_history(c.site_id, [("citation", f"{citation_id} by {c.source_id} "
                                              f"({c.supports}): {said}", None)],
                                 None, note, now_utc())
        return c

    def counts(self) -> dict[str, int]:
        # fixed table names, never the caller's
        return {t: self.conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
                for t in ("sites", "aliases", "sources", "citations")}

    # -- gazetteer places (issue 3) ------------------------------------------------------
    # Imported places live in a `gazetteer` table, and every name of every place with its
    # match key in `gazetteer_names`, so that ingest looks a name up through an index
    # instead of loading millions of places.
    def _has_gazetteer(self) -> bool:
        return self._has_table("gazetteer_names")

    def _place_params(self, p: Place) -> tuple:
        """A place's row, in :attr:`PLACE_COLUMNS` order."""
        return (p.place_id, p.name, self._list_param(list(p.alternate_names)), p.lat, p.lon,
                p.country, p.admin1, p.feature_code, p.population)

    def add_places(self, places) -> int:
        n, rows, names, seen = 0, [], [], set()
        with self.transaction(), self._errors("a gazetteer place"):
            self._ensure_gazetteer()
            for p in places:
                if p.place_id in seen:  # the same place twice in one batch: keep the last
                    n += self._replace_places(rows, names)
                    rows, names, seen = [], [], set()
                seen.add(p.place_id)
                rows.append(self._place_params(p))
                names.extend(place_name_rows(p))
                if len(rows) >= 10_000:
                    n += self._replace_places(rows, names)
                    rows, names, seen = [], [], set()
            n += self._replace_places(rows, names)
        return n

    def _replace_places(self, rows: list, names: list) -> int:
        """Store places; one stored before under the same id is replaced, names too."""
        if not rows:
            return 0
        for table in GAZETTEER_TABLES:
            term, params = self._among("place_id", [r[0] for r in rows])
            self.conn.execute(f"DELETE FROM {table} WHERE {term}", params)
        self._bulk_insert("gazetteer", self.PLACE_COLUMNS, rows)
        self._bulk_insert("gazetteer_names", PLACE_NAME_COLUMNS, names)
        return len(rows)

    @property
    def _select_place(self) -> str:
        return ("SELECT g.place_id AS place_id, g.name AS name, g.alternate_names AS "
                f"alternate_names, {self.PLACE_POINT_SELECT}, g.country AS country, g.admin1 "
                "AS admin1, g.feature_code AS feature_code, g.population AS population "
                "FROM gazetteer g")

    def _row_to_place(self, r) -> Place:
        return Place(r["place_id"], r["name"], r["lat"], r["lon"], r["country"], r["admin1"],
                     r["feature_code"], r["population"],
                     tuple(self._list_value(r["alternate_names"])))

    def places(self) -> list:
        if not self._has_gazetteer():
            return []
        return [self._row_to_place(r)
                for r in self.conn.execute(self._select_place + " ORDER BY g.fid")]

    def places_named(self, key: str) -> list:
        if not self._has_gazetteer():
            return []
        return [self._row_to_place(r) for r in self.conn.execute(
            self._select_place + " WHERE g.place_id IN (SELECT place_id FROM gazetteer_names "
            f"WHERE match_key = {self.PH}) ORDER BY g.fid", (key,))]

    # -- whole catalogues ------------------------------------------------------------------
    def _tables(self) -> list[str]:
        return [t for t in DATA_TABLES + GAZETTEER_TABLES
                if t in DATA_TABLES or self._has_table(t)]

    def is_empty(self) -> bool:
        return not any(self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t}) AS e"
                                         ).fetchone()["e"] for t in self._tables())

    def clear(self) -> None:
        with self.transaction(), self._errors("clearing the catalogue"):
            self._empty_tables(self._tables())

    def dump_records(self) -> dict[str, list]:
        """Everything, read in one snapshot, as :meth:`load_records` takes it."""
        with self._snapshot():
            return super().dump_records()

    def load_records(self, *, sources, sites, aliases, citations, history, places=(),
                     review_items=()) -> None:
        with self.transaction(), self._errors("the records"):
            self._defer_constraints()  # a parent may come after its child
            self._bulk_insert("sources", SOURCE_COLUMNS,
                              (self._source_params(s) for s in sources))
            self._bulk_insert("sites", ["geom", *SITE_COLUMNS],
                              (self._site_params(s) for s in sites))
            self._bulk_insert("aliases", ALIAS_COLUMNS,
                              (tuple(getattr(a, c) for c in ALIAS_COLUMNS) for a in aliases))
            self._bulk_insert("citations", CITATION_COLUMNS,
                              (tuple(getattr(c, k) for k in CITATION_COLUMNS)
                               for c in citations))
            self._bulk_insert("site_history", HISTORY_COLUMNS,
                              (tuple(h[k] for k in HISTORY_COLUMNS) for h in history))
            self._bulk_insert("review_items", REVIEW_COLUMNS,
                              (tuple(getattr(r, k) for k in REVIEW_COLUMNS)
                               for r in review_items))
            self._check_constraints()
            if places:
                self.add_places(places)

    # -- region queries (issue 4) --------------------------------------------------------
    def _filter_sql(self, f, alias: str = "s") -> tuple[list[str], list]:
        """WHERE terms and parameters for a :class:`catalog.filters.SiteFilter`."""
        where, params = [], []
        ph = self.PH

        def among(col, values):
            term, args = self._among(f"{alias}.{col}", values)
            where.append(term)
            params.extend(args)

        if f.review_status is not None:
            among("review_status", f.review_status)
        if f.types:
            among("facility_type", f.types)
        if f.statuses:
            among("status", f.statuses)
        if f.precisions:
            among("location_precision", f.precisions)
        if f.max_radius_m is not None:
            cases = " ".join(f"WHEN '{k}' THEN {float(v)!r}" for k, v in DEFAULT_RADIUS_M.items())
            where.append(f"COALESCE({alias}.precision_m, CASE {alias}.location_precision "
                         f"{cases} END) <= {ph}")
            params.append(float(f.max_radius_m))
        if f.cited_by is not None:
            where.append(f"{alias}.site_id IN (SELECT site_id FROM citations "
                         f"WHERE source_id = {ph})")
            params.append(f.cited_by)
        if f.published_since is not None:
            where.append(f"{alias}.site_id IN (SELECT c.site_id FROM citations c JOIN sources so"
                         f" ON so.source_id = c.source_id WHERE so.published >= {self.DATE_PH})")
            params.append(f.published_since)
        if f.name is not None:
            # the preferred name is always an alias too (add_site writes it)
            where.append(f"{alias}.site_id IN (SELECT site_id FROM aliases WHERE "
                         + self.CONTAINS.format(col="match_key", ph=ph) + ")")
            params.append(f.name_key)
        return where, params

    def count_unlocated(self, site_filter) -> int:
        where, params = self._filter_sql(site_filter)
        # a partial index (GeoPackage) keeps this off a scan of every row
        return self.conn.execute(
            "SELECT count(*) AS n FROM sites s WHERE s.geom IS NULL"
            + "".join(f" AND {w}" for w in where), params).fetchone()["n"]

    def unlocated(self, site_filter) -> list:
        where, params = self._filter_sql(site_filter)
        ids = [r["site_id"] for r in self.conn.execute(
            "SELECT s.site_id AS site_id FROM sites s WHERE s.geom IS NULL"
            + "".join(f" AND {w}" for w in where), params)]
        return [self.get_site(i) for i in sorted(ids)]

    def max_uncertainty_m(self) -> float:
        """Largest uncertainty radius, by aggregates in SQL (precision-aware queries use
        it to grow their search boxes; no site row comes into Python)."""
        own = self.conn.execute("SELECT max(precision_m) AS m FROM sites "
                                "WHERE geom IS NOT NULL").fetchone()["m"] or 0.0
        classes = [r["location_precision"] for r in self.conn.execute(
            "SELECT DISTINCT location_precision FROM sites "
            "WHERE geom IS NOT NULL AND precision_m IS NULL")]
        return max([float(own)] + [DEFAULT_RADIUS_M.get(c, 0.0) for c in classes])
