"""What the two SQL stores share: statements that differ only in their placeholder style.

:class:`SQLCatalog` sits between :class:`catalog.store.Catalog` and the GeoPackage and
PostGIS stores. A store sets :attr:`~SQLCatalog.PH` (``?`` or ``%s``) and the few dialect
pieces below, and keeps its own ``conn``, ``_outermost_transaction`` and ``_write`` (which
turns the database's refusals into the catalogue's errors). Rows are read by column
name, which both ``sqlite3.Row`` and psycopg's ``dict_row`` allow. What is plain
``Catalog`` API (reference checks, the edit-conflict check, bulk-insert checks) lives in
:mod:`catalog.store` instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .errors import SourceNotFound
from .gazetteer import match_key
from .model import Alias, Citation, Source
from .store import Catalog

#: The stored columns of each layer, in the order both stores write them (a site's point
#: is written beside them, in each store's own way).
SITE_COLS = (
    "site_id", "name", "name_local", "facility_type", "country", "admin1", "status",
    "status_as_of", "location_precision", "precision_m", "location_method",
    "location_source_id", "parent_site_id", "review_status", "notes", "updated_at",
)
SOURCE_COLS = ("source_id", "title", "authors", "publisher", "published", "url",
               "accessed", "kind", "content_hash", "notes")
CITATION_COLS = ("citation_id", "site_id", "source_id", "quote", "supports",
                 "char_start", "char_end", "note")


class SQLCatalog(Catalog):
    """The SQL both stores run, written once (see the module docstring)."""

    #: The parameter placeholder: ``?`` (sqlite3) or ``%s`` (psycopg).
    PH = "?"
    #: A placeholder for a date parameter compared with a date column.
    DATE_PH = "?"
    #: ``str.format`` template, ``{col}`` and ``{ph}``: whether ``col`` contains ``ph``.
    CONTAINS = "instr({col}, {ph}) > 0"
    #: Adds an alias, ignoring that exact name if the site already has it.
    INSERT_ALIAS = ("INSERT OR IGNORE INTO aliases (site_id, alias, system, match_key) "
                    "VALUES (?, ?, ?, ?)")
    #: ``str.format`` template for what a refused site deletion names.
    DELETE_SITE_WHAT = "site {!r}"

    conn: object
    location: str
    _depth = 0  # how deep in transaction(): 0 outside one

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

    def _outermost_transaction(self) -> contextlib.AbstractContextManager[None]:
        """Begin, then commit (or roll back) the database's transaction; keeps
        ``_depth`` at 1 while it is open."""
        raise NotImplementedError

    def _records(self) -> dict[str, list]:
        """Everything, as :meth:`load_records` takes it (the caller holds one snapshot)."""
        return {"sources": self.sources(), "sites": self.sites(None),
                "aliases": self.aliases(), "citations": self.citations(),
                "history": self.history_rows(), "places": self.places()}

    def _among(self, col: str, values) -> tuple[str, list]:
        """A term ``col`` is one of ``values``, and its parameters."""
        values = list(values)
        return f"{col} IN ({', '.join([self.PH] * len(values))})", values

    # -- sites -------------------------------------------------------------------------
    def delete_site(self, site_id: str) -> None:
        with self.transaction():
            self.get_site(site_id)
            self._write(f"DELETE FROM aliases WHERE site_id = {self.PH}", (site_id,))
            self._write(f"DELETE FROM sites WHERE site_id = {self.PH}", (site_id,),
                        what=self.DELETE_SITE_WHAT.format(site_id))

    # -- aliases -----------------------------------------------------------------------
    def add_alias(self, alias: Alias) -> Alias:
        a = alias.validated()
        with self.transaction():
            self.get_site(a.site_id)
            self._write(self.INSERT_ALIAS, (a.site_id, a.alias, a.system, a.match_key),
                        what=f"alias {a.alias!r}")
        return a

    # -- sources -----------------------------------------------------------------------
    def get_source(self, source_id: str) -> Source:
        r = self.conn.execute(f"SELECT * FROM sources WHERE source_id = {self.PH}",
                              (source_id,)).fetchone()
        if r is None:
            raise SourceNotFound(f"no source {source_id!r} in {self.location}")
        return self._row_to_source(r)

    # -- citations ---------------------------------------------------------------------
    def citations(self, site_id=None, source_id=None) -> list[Citation]:
        where, params = [], []
        for col, v in (("site_id", site_id), ("source_id", source_id)):
            if v is not None:
                where.append(f"{col} = {self.PH}")
                params.append(v)
        query = f"SELECT {', '.join(CITATION_COLS)} FROM citations"
        if where:
            query += " WHERE " + " AND ".join(where)
        return [Citation(**dict(r)) for r in self.conn.execute(query + " ORDER BY fid",
                                                                params)]

    def move_citations(self, from_site: str, to_site: str) -> int:
        with self.transaction():
            self.get_site(to_site)
            return self._write(
                f"UPDATE citations SET site_id = {self.PH} WHERE site_id = {self.PH}",
                (to_site, from_site), what="citations").rowcount

    def counts(self) -> dict[str, int]:
        # fixed table names, never the caller's
        return {t: self.conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
                for t in ("sites", "aliases", "sources", "citations")}

    # -- region queries (issue 4) --------------------------------------------------------
    def _filter_sql(self, f, alias: str = "s") -> tuple[list[str], list]:
        """WHERE terms and parameters for a :class:`catalog.filters.SiteFilter`."""
        from .filters import DEFAULT_RADIUS_M

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
        from .filters import DEFAULT_RADIUS_M

        own = self.conn.execute("SELECT max(precision_m) AS m FROM sites "
                                "WHERE geom IS NOT NULL").fetchone()["m"] or 0.0
        classes = [r["location_precision"] for r in self.conn.execute(
            "SELECT DISTINCT location_precision FROM sites "
            "WHERE geom IS NOT NULL AND precision_m IS NULL")]
        return max([float(own)] + [DEFAULT_RADIUS_M.get(c, 0.0) for c in classes])


def place_name_rows(place) -> list[tuple[str, str, str]]:
    """``(place_id, name, match_key)`` for each name of a gazetteer place, the first name
    of each key only."""
    keys = {}
    for name in place.names:
        key = match_key(name)
        if key and key not in keys:
            keys[key] = name
    return [(place.place_id, name, key) for key, name in keys.items()]
