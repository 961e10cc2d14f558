"""The GeoPackage store: schema, geometry encoding and the ``Catalog`` API over SQLite.

The schema is our own DDL (GDAL cannot make integer primary keys beside UNIQUE text keys
and foreign keys): ``fid INTEGER PRIMARY KEY AUTOINCREMENT`` plus a ``TEXT NOT NULL UNIQUE``
business key in every table, a POINT ``sites`` layer in EPSG:4326 with an R-tree index and
the standard triggers, and ``aliases``/``sources``/``citations`` registered as attribute
tables. GDAL, fiona, pyogrio and QGIS read it as a plain GeoPackage 1.2.

GDAL's R-tree triggers call ``ST_IsEmpty``/``ST_MinX``/...; Python's ``sqlite3`` lacks
them, so every connection registers them (:func:`register_functions`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import struct
from collections.abc import Iterable, Iterator

import geopandas as gpd

from .errors import (
    CatalogError,
    CatalogLocked,
    CatalogNotFound,
    DuplicateError,
    SiteNotFound,
    ValidationError,
)
from .gazetteer import match_key
from .model import (
    FACILITY_TYPES,
    METHODS,
    PRECISIONS,
    REVIEW_STATES,
    STATUSES,
    SUPPORTS,
    Alias,
    Citation,
    Site,
    Source,
    now_utc,
)
from .sqlstore import CITATION_COLS, SITE_COLS, SOURCE_COLS, SQLCatalog, place_name_rows
from .store import SITE_COLUMNS, SiteBatch, site_changes

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2; 10400 makes GDAL 3.6 warn
SRS_ID = 4326


def _in(values: Iterable[str]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


SCHEMA = f"""
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));

CREATE TABLE sources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  authors TEXT,
  publisher TEXT,
  published DATE,
  url TEXT,
  accessed DATE,
  kind TEXT NOT NULL DEFAULT 'other',
  content_hash TEXT,
  notes TEXT);
CREATE INDEX sources_content_hash ON sources(content_hash);
CREATE INDEX sources_url ON sources(url);

CREATE TABLE sites (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  site_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_local TEXT,
  facility_type TEXT NOT NULL CHECK (facility_type IN {_in(FACILITY_TYPES)}),
  country TEXT,
  admin1 TEXT,
  status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN {_in(STATUSES)}),
  status_as_of DATE,
  location_precision TEXT NOT NULL DEFAULT 'unknown'
    CHECK (location_precision IN {_in(PRECISIONS)}),
  precision_m REAL,
  location_method TEXT CHECK (location_method IS NULL OR location_method IN {_in(METHODS)}),
  location_source_id TEXT REFERENCES sources(source_id) DEFERRABLE INITIALLY DEFERRED,
  parent_site_id TEXT REFERENCES sites(site_id) DEFERRABLE INITIALLY DEFERRED,
  review_status TEXT NOT NULL DEFAULT 'accepted' CHECK (review_status IN {_in(REVIEW_STATES)}),
  notes TEXT,
  updated_at DATETIME NOT NULL);
CREATE INDEX sites_parent_site_id ON sites(parent_site_id);
CREATE INDEX sites_location_source_id ON sites(location_source_id);
CREATE INDEX sites_unlocated ON sites(review_status, facility_type, status) WHERE geom IS NULL;

CREATE TABLE aliases (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id TEXT NOT NULL REFERENCES sites(site_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  alias TEXT NOT NULL,
  system TEXT,
  match_key TEXT NOT NULL,
  UNIQUE (site_id, alias));
CREATE INDEX aliases_site_id ON aliases(site_id);
CREATE INDEX aliases_match_key ON aliases(match_key);

CREATE TABLE citations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  citation_id TEXT NOT NULL UNIQUE,
  site_id TEXT NOT NULL REFERENCES sites(site_id) DEFERRABLE INITIALLY DEFERRED,
  source_id TEXT NOT NULL REFERENCES sources(source_id) DEFERRABLE INITIALLY DEFERRED,
  quote TEXT,
  supports TEXT NOT NULL DEFAULT 'existence' CHECK (supports IN {_in(SUPPORTS)}),
  char_start INTEGER,
  char_end INTEGER,
  note TEXT);
CREATE INDEX citations_site_id ON citations(site_id);
CREATE INDEX citations_source_id ON citations(source_id);

CREATE VIRTUAL TABLE rtree_sites_geom USING rtree(id, minx, maxx, miny, maxy);
"""

# The flat view and QGIS's own tables (styles, projects): part of every new catalogue, and
# added to an older one by :func:`ensure_qgis_tables` when its project is (re)written.
QGIS_SCHEMA = """
CREATE VIEW site_citations AS
SELECT c.fid AS fid, c.citation_id AS citation_id, c.site_id AS site_id, s.name AS site_name,
       c.source_id AS source_id, src.title AS source_title,
       src.publisher AS source_publisher, src.published AS source_published,
       c.quote AS quote, c.supports AS supports
FROM citations c JOIN sites s ON s.site_id = c.site_id
JOIN sources src ON src.source_id = c.source_id;

CREATE TABLE layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
  f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
  useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));

CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB);
"""

# Every change to a site, with the source that justified it. No foreign key to sites: the
# history of a merged or deleted site is kept.
HISTORY_SCHEMA = """
CREATE TABLE site_history (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id TEXT NOT NULL,
  changed_at DATETIME NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  source_id TEXT REFERENCES sources(source_id) DEFERRABLE INITIALLY DEFERRED,
  note TEXT);
CREATE INDEX site_history_site_id ON site_history(site_id);
CREATE INDEX site_history_source_id ON site_history(source_id);
"""

# The R-tree triggers of the GeoPackage 1.2 spec (Annex F.3), for table sites, column geom.
RTREE_TRIGGERS = """
CREATE TRIGGER rtree_sites_geom_insert AFTER INSERT ON sites
WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_sites_geom VALUES (
    NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_sites_geom_update1 AFTER UPDATE OF geom ON sites
WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_sites_geom VALUES (
    NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_sites_geom_update2 AFTER UPDATE OF geom ON sites
WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_sites_geom WHERE id = OLD.fid;
END;
CREATE TRIGGER rtree_sites_geom_update3 AFTER UPDATE ON sites
WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_sites_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_sites_geom VALUES (
    NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_sites_geom_update4 AFTER UPDATE ON sites
WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_sites_geom WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER rtree_sites_geom_delete AFTER DELETE ON sites
WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_sites_geom WHERE id = OLD.fid;
END;
"""

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

ATTRIBUTE_TABLES = {
    "sources": "Reports: one row per document (title, authors, publisher, date, URL).",
    "aliases": "Other names of each site: romanizations, press spellings, local script.",
    "citations": "Links a site to a source: the quote and what it supports.",
    # a view: its first column, the citation's fid, is the integer key GDAL and QGIS use
    "site_citations": "One row per citation with the site's name and the source's title.",
    "layer_styles": "QGIS default layer styles (QML), applied when a layer is loaded.",
    "site_history": "Every change to a site: when, the old and new value, and the source.",
}

# -- GeoPackage geometry blobs -----------------------------------------------------------
# Header: 'GP', version 0, flags (bit 0: little endian; bits 1-3: envelope kind), srs_id.
_POINT_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID)
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_point(lon: float, lat: float) -> bytes:
    """A GeoPackage blob for a 2D point in EPSG:4326 (no envelope, as the spec allows)."""
    return _POINT_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)


def _wkb_offset(blob: bytes) -> int:
    flags = blob[3]
    return 8 + _ENVELOPE_BYTES[(flags >> 1) & 7]


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """``(lon, lat)`` of a point blob, or None for NULL or an empty geometry."""
    if blob is None or blob[3] & 0x10:
        return None
    off = _wkb_offset(blob)
    order = "<" if blob[off] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", blob, off + 1)
    if gtype % 1000 == 1:
        x, y = struct.unpack_from(order + "dd", blob, off + 5)
        return x, y
    import shapely

    g = shapely.from_wkb(bytes(blob[off:]))
    return (g.x, g.y) if not g.is_empty else None


def _bounds(blob: bytes | None):
    if blob is None or blob[3] & 0x10:
        return None
    p = decode_point(blob) if _is_point(blob) else None
    if p is not None:
        return p[0], p[1], p[0], p[1]
    import shapely

    g = shapely.from_wkb(bytes(blob[_wkb_offset(blob):]))
    return None if g.is_empty else g.bounds


def _is_point(blob: bytes) -> bool:
    off = _wkb_offset(blob)
    order = "<" if blob[off] == 1 else ">"
    return struct.unpack_from(order + "I", blob, off + 1)[0] % 1000 == 1


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the ST_* functions GeoPackage R-tree triggers call (as GDAL provides)."""

    def part(i):
        def f(blob):
            b = _bounds(blob)
            return None if b is None else b[i]

        return f

    conn.create_function("ST_MinX", 1, part(0), deterministic=True)
    conn.create_function("ST_MinY", 1, part(1), deterministic=True)
    conn.create_function("ST_MaxX", 1, part(2), deterministic=True)
    conn.create_function("ST_MaxY", 1, part(3), deterministic=True)
    conn.create_function(
        "ST_IsEmpty", 1, lambda b: None if b is None else int(_bounds(b) is None),
        deterministic=True,
    )


# -- the store -------------------------------------------------------------------------

def connect(path: str | os.PathLike, busy_timeout: float = 30.0) -> sqlite3.Connection:
    """A connection with the GeoPackage functions, foreign keys on, manual transactions.

    ``busy_timeout`` is how long a writer waits for another's lock before giving up.
    """
    conn = sqlite3.connect(os.fspath(path), isolation_level=None, timeout=busy_timeout)
    conn.row_factory = sqlite3.Row
    register_functions(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL, kept in the file (as QGIS does): readers (QGIS, another command) never block a
    # writer, nor it them. Measured: in rollback-journal mode one open read transaction
    # makes every writer time out. Closing the last connection folds the WAL back into the
    # file, so at rest it is still one file. Best effort: switching needs a moment with
    # no other transaction open.
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def create_schema(conn: sqlite3.Connection, gpkg_name: str | None = None) -> None:
    """Write an empty catalogue's schema into an empty database (one transaction).

    With ``gpkg_name`` (the file's name), also the QGIS default styles and embedded
    project (:mod:`catalog.qgis`), whose layer paths name the file.
    """
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {USER_VERSION}")
    conn.execute("BEGIN")
    for stmt in _statements(SCHEMA):
        conn.execute(stmt)
    for stmt in _statements(HISTORY_SCHEMA):
        conn.execute(stmt)
    for stmt in _statements(RTREE_TRIGGERS, sep="END;"):
        conn.execute(stmt)
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
             "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
             "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )
    now = now_utc()
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change, srs_id) VALUES ('sites', 'features', 'sites', ?, ?, 4326)",
        ("Facility sites, each linked to the citations that name it.", now),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES ('sites', 'geom', 'POINT', 4326, 0, 0)")
    conn.execute(
        "INSERT INTO gpkg_extensions VALUES ('sites', 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")
    for table, description in ATTRIBUTE_TABLES.items():
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
            "last_change) VALUES (?, 'attributes', ?, ?, ?)",
            (table, table, description, now),
        )
    for stmt in _statements(QGIS_SCHEMA):
        conn.execute(stmt)
    if gpkg_name:
        from .qgis import write_extras

        write_extras(conn, gpkg_name)
    conn.execute("COMMIT")


def ensure_qgis_tables(conn: sqlite3.Connection) -> None:
    """Add the ``site_citations`` view and QGIS's tables to a catalogue made without them
    (the caller holds the transaction)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for stmt in _statements(QGIS_SCHEMA):
        if re.match(r"CREATE (?:TABLE|VIEW) (\w+)", stmt).group(1) not in have:
            conn.execute(stmt)
    for table in ("site_citations", "layer_styles"):
        conn.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
            "description, last_change) VALUES (?, 'attributes', ?, ?, ?)",
            (table, table, ATTRIBUTE_TABLES[table], now_utc()))


def _statements(script: str, sep: str = ";") -> Iterator[str]:
    for chunk in script.split(sep):
        if chunk.strip():
            yield chunk.strip() + ("" if sep == ";" else " " + sep)


class GeoPackageCatalog(SQLCatalog):
    """A catalogue in one GeoPackage file (see the module docstring for the schema)."""

    DELETE_SITE_WHAT = "site {!r} (still cited or a parent)"

    def __init__(self, path: str | os.PathLike, *, create: bool = False,
                 busy_timeout: float = 30.0):
        self.location = os.fspath(path)
        self.busy_timeout = busy_timeout
        exists = os.path.exists(self.location) and os.path.getsize(self.location) > 0
        if not exists and not create:
            raise CatalogNotFound(
                f"no catalogue at {self.location!r}: run `catalog build` or `catalog init`, "
                "or give --catalog"
            )
        if not exists:
            parent = os.path.dirname(os.path.abspath(self.location))
            if not os.path.isdir(parent):
                raise CatalogNotFound(f"directory does not exist: {parent!r}")
        try:
            self.conn = connect(self.location, busy_timeout)
            if not exists:
                create_schema(self.conn, os.path.basename(self.location))
            else:
                self._check_schema()
                self._migrate()
        except sqlite3.DatabaseError as e:
            raise CatalogError(f"{self.location!r} is not a readable catalogue: {e}") from None
        self._depth = 0

    def _check_schema(self) -> None:
        names = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        missing = {"sites", "aliases", "sources", "citations", "gpkg_contents"} - names
        if missing:
            raise CatalogError(
                f"{self.location!r} is not a catalogue: missing {', '.join(sorted(missing))}")

    def _migrate(self) -> None:
        """Add what catalogues made by earlier versions lack (one transaction)."""
        has = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        if "site_history" in has:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        for stmt in _statements(HISTORY_SCHEMA):
            self.conn.execute(stmt)
        self.conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
            "last_change) VALUES ('site_history', 'attributes', 'site_history', ?, ?)",
            (ATTRIBUTE_TABLES["site_history"], now_utc()))
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def _outermost_transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise CatalogLocked(
                f"{self.location} is locked by another writer and stayed locked for "
                f"{self.busy_timeout:g} s; nothing was changed ({e})") from None
        self._depth = 1
        try:
            yield
            self._touch_contents()
            try:
                self.conn.execute("COMMIT")
            except sqlite3.IntegrityError as e:  # a deferred foreign key, checked at COMMIT
                raise ValidationError(f"the change was refused by the catalogue ({e}): a "
                                      "site still cited or a parent, or a missing reference; "
                                      "nothing was changed") from None
            except sqlite3.OperationalError as e:
                raise CatalogLocked(
                    f"{self.location} could not be committed: another process held it for "
                    f"{self.busy_timeout:g} s; nothing was changed ({e})") from None
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def backup(self, dest: str | os.PathLike) -> None:
        """Write a consistent copy with SQLite's online backup API, even while others write."""
        dest = os.fspath(dest)
        if os.path.exists(dest) and os.path.samefile(dest, self.location):
            raise CatalogError(f"cannot back up {self.location!r} onto itself")
        parent = os.path.dirname(os.path.abspath(dest))
        if not os.path.isdir(parent):
            raise CatalogError(f"cannot write {dest!r}: directory {parent!r} does not exist")
        tmp = dest + ".part"
        try:
            target = sqlite3.connect(tmp)
            try:
                self.conn.backup(target)
            finally:
                target.close()
            from .qgis import write_project

            # the embedded QGIS project must open the copy, not the original beside it
            write_project(tmp, os.path.basename(dest))
            os.replace(tmp, dest)
        except sqlite3.Error as e:
            raise CatalogError(f"cannot write {dest!r}: {e}") from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def _touch_contents(self) -> None:
        """Keep gpkg_contents' extent and last_change current (QGIS zooms to the extent)."""
        ext = self.conn.execute(
            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_sites_geom").fetchone()
        self.conn.execute(
            "UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, last_change=? "
            "WHERE table_name='sites'", (*ext, now_utc()))

    def _write(self, sql: str, params=(), *, what: str = ""):
        try:
            with self.transaction():
                return self.conn.execute(sql, params)
        except sqlite3.IntegrityError as e:
            msg = str(e)
            if "UNIQUE" in msg:
                raise DuplicateError(f"{what} already exists") from None
            if "FOREIGN KEY" in msg:
                raise ValidationError(f"{what} refers to a site or source that does not exist"
                                      ) from None
            raise ValidationError(f"{what} was refused by the catalogue: {msg}") from None

    # -- sites -------------------------------------------------------------------------
    def _site_row(self, s: Site) -> tuple:
        geom = encode_point(s.lon, s.lat) if s.located else None
        return (geom, *(getattr(s, c) for c in SITE_COLS))

    def add_site(self, site: Site) -> Site:
        s = site.validated()
        s.updated_at = s.updated_at or now_utc()
        with self.transaction():
            if self.has_site(s.site_id):
                raise DuplicateError(f"site {s.site_id!r} already exists")
            self._check_refs(s)
            self._write(
                f"INSERT INTO sites (geom, {', '.join(SITE_COLS)}) "
                f"VALUES ({', '.join('?' * (len(SITE_COLS) + 1))})",
                self._site_row(s), what=f"site {s.site_id!r}",
            )
            self._record_history(s.site_id, site_changes(None, s), s.location_source_id,
                                 None, s.updated_at)
            self.add_alias(Alias(s.site_id, s.name, "preferred"))
            if s.name_local:
                self.add_alias(Alias(s.site_id, s.name_local, "local script"))
        return s

    def update_site(self, site: Site, *, source_id: str | None = None,
                    note: str | None = None) -> Site:
        s = site.validated()
        with self.transaction():  # BEGIN IMMEDIATE: edits of one file are serialised
            old = self.get_site(s.site_id)
            self._check_fresh(site, old)  # as the PostGIS store does
            # strictly increasing, so updated_at works as the row's version
            s.updated_at = max(now_utc(), _next_millisecond(old.updated_at))
            self._check_refs(s)
            if source_id:
                self.get_source(source_id)
            self._write(
                f"UPDATE sites SET geom=?, {', '.join(c + '=?' for c in SITE_COLS[1:])} "
                "WHERE site_id=?",
                (*self._site_row(s)[:1], *self._site_row(s)[2:], s.site_id),
                what=f"site {s.site_id!r}",
            )
            self.add_alias(Alias(s.site_id, s.name, "preferred"))
            self._record_history(s.site_id, site_changes(old, s), source_id, note, s.updated_at)
        return s

    def _record_history(self, site_id, changes, source_id, note, when) -> None:
        self.conn.executemany(
            "INSERT INTO site_history (site_id, changed_at, field, old_value, new_value, "
            "source_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(site_id, when, f, o, n, source_id, note) for f, o, n in changes])

    def site_history(self, site_id: str) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT site_id, changed_at, field, old_value, new_value, source_id, note "
            "FROM site_history WHERE site_id=? ORDER BY fid", (site_id,))]

    @staticmethod
    def _row_to_site(r: sqlite3.Row) -> Site:
        p = decode_point(r["geom"])
        return Site(lon=p[0] if p else None, lat=p[1] if p else None,
                    **{c: r[c] for c in SITE_COLS})

    def get_site(self, site_id: str) -> Site:
        r = self.conn.execute("SELECT * FROM sites WHERE site_id=?", (site_id,)).fetchone()
        if r is None:
            raise SiteNotFound(f"no site {site_id!r} in {self.location}")
        return self._row_to_site(r)

    @staticmethod
    def _review_where(review_status) -> tuple[str, tuple]:
        if review_status is None:
            return "", ()
        params = tuple(review_status)
        return f" WHERE review_status IN ({', '.join('?' * len(params))})", params

    def sites(self, review_status: Iterable[str] | None = ("accepted",)) -> list[Site]:
        where, params = self._review_where(review_status)
        return [self._row_to_site(r) for r in self.conn.execute(
            f"SELECT * FROM sites{where} ORDER BY site_id", params)]

    def sites_frame(self, review_status: Iterable[str] | None = ("accepted",)):
        """As :meth:`Catalog.sites_frame`, read column-wise: no record per site, points
        decoded at once (a 100,000-site map reads its sites in a fraction of a second)."""
        import numpy as np
        import shapely

        where, params = self._review_where(review_status)
        rows = self.conn.execute(
            f"SELECT geom, {', '.join(SITE_COLUMNS)} FROM sites{where} ORDER BY site_id",
            params).fetchall()
        cols = list(zip(*rows, strict=True)) or [()] * (len(SITE_COLUMNS) + 1)
        geoms = np.full(len(rows), None, dtype=object)
        idx = [i for i, b in enumerate(cols[0]) if b is not None]
        if idx:
            lon, lat = _decode_points([cols[0][i] for i in idx])
            geoms[idx] = shapely.points(lon, lat)
        data = {c: list(cols[k + 1]) for k, c in enumerate(SITE_COLUMNS)}
        return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geoms), crs="EPSG:4326"),
                                crs="EPSG:4326")

    # -- aliases -----------------------------------------------------------------------
    def aliases(self, site_id: str | None = None) -> list[Alias]:
        sql, params = "SELECT site_id, alias, system, match_key FROM aliases", ()
        if site_id is not None:
            sql, params = sql + " WHERE site_id=?", (site_id,)
        return [Alias(*r) for r in self.conn.execute(sql + " ORDER BY site_id, fid", params)]

    # -- sources -----------------------------------------------------------------------
    def add_source(self, source: Source) -> Source:
        s = source.validated()
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM sources WHERE source_id=?",
                                 (s.source_id,)).fetchone():
                raise DuplicateError(f"source {s.source_id!r} already exists")
            self._write(
                f"INSERT INTO sources ({', '.join(SOURCE_COLS)}) "
                f"VALUES ({', '.join('?' * len(SOURCE_COLS))})",
                self._source_row(s), what=f"source {s.source_id!r}")
        return s

    @staticmethod
    def _source_row(s: Source) -> tuple:
        return tuple(json.dumps(s.authors, ensure_ascii=False) if c == "authors"
                     else getattr(s, c) for c in SOURCE_COLS)

    @staticmethod
    def _row_to_source(r: sqlite3.Row) -> Source:
        d = {c: r[c] for c in SOURCE_COLS}
        d["authors"] = json.loads(d["authors"]) if d["authors"] else []
        return Source(**d)

    def find_source(self, *, content_hash=None, url=None) -> Source | None:
        for col, v in (("content_hash", content_hash), ("url", url)):
            if v:
                r = self.conn.execute(f"SELECT * FROM sources WHERE {col}=?", (v,)).fetchone()
                if r is not None:
                    return self._row_to_source(r)
        return None

    def sources(self) -> list[Source]:
        return [self._row_to_source(r)
                for r in self.conn.execute("SELECT * FROM sources ORDER BY source_id")]

    # -- citations ---------------------------------------------------------------------
    def add_citation(self, citation: Citation) -> Citation:
        c = citation.validated()
        with self.transaction():
            self.get_site(c.site_id)
            self.get_source(c.source_id)
            self._write(
                f"INSERT OR IGNORE INTO citations ({', '.join(CITATION_COLS)}) "
                f"VALUES ({', '.join('?' * len(CITATION_COLS))})",
                tuple(getattr(c, k) for k in CITATION_COLS),
                what=f"citation of {c.site_id!r} by {c.source_id!r}")
        return c

    # -- gazetteer places (issue 3) ------------------------------------------------------
    # Imported places live in a `gazetteer` attributes table, and every name of every place
    # with its match key in `gazetteer_names`, so that ingest looks a name up through an
    # index instead of loading millions of places. Both are created on first import, so
    # catalogues made before them still open unchanged.
    GAZETTEER_DDL = (
        """CREATE TABLE IF NOT EXISTS gazetteer (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          place_id TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          alternate_names TEXT,
          lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
          lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
          country TEXT,
          admin1 TEXT,
          feature_code TEXT,
          population INTEGER)""",
        """CREATE TABLE IF NOT EXISTS gazetteer_names (
          fid INTEGER PRIMARY KEY AUTOINCREMENT,
          place_id TEXT NOT NULL REFERENCES gazetteer(place_id) ON DELETE CASCADE
            DEFERRABLE INITIALLY DEFERRED,
          name TEXT NOT NULL,
          match_key TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS gazetteer_names_match_key ON gazetteer_names(match_key)",
        "CREATE INDEX IF NOT EXISTS gazetteer_names_place_id ON gazetteer_names(place_id)",
    )
    _GAZETTEER_TABLES = {
        "gazetteer": "Places imported from gazetteer files (GeoNames, NGA GNS).",
        "gazetteer_names": "Every name of each gazetteer place, with its matching key.",
    }
    _PLACE_COLS = ("place_id, name, alternate_names, lat, lon, country, admin1, feature_code, "
                   "population")

    def _has_gazetteer(self) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='gazetteer_names'"
        ).fetchone() is not None

    def add_places(self, places) -> int:

        n = 0
        with self.transaction():
            if not self._has_gazetteer():
                for stmt in self.GAZETTEER_DDL:
                    self.conn.execute(stmt)
                for table, description in self._GAZETTEER_TABLES.items():
                    self.conn.execute(
                        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, "
                        "identifier, description, last_change) VALUES (?, 'attributes', ?, ?, ?)",
                        (table, table, description, now_utc()))
            rows, names = [], []
            for p in places:
                rows.append((p.place_id, p.name,
                             json.dumps(list(p.alternate_names), ensure_ascii=False),
                             p.lat, p.lon, p.country, p.admin1, p.feature_code, p.population))
                names.extend(place_name_rows(p))
                if len(rows) >= 10_000:
                    n += self._insert_places(rows, names)
                    rows, names = [], []
            n += self._insert_places(rows, names)
        return n

    def _insert_places(self, rows, names) -> int:
        try:
            # A place imported again replaces the old row and its names.
            self.conn.executemany("DELETE FROM gazetteer_names WHERE place_id=?",
                                  [(r[0],) for r in rows])
            self.conn.executemany(
                f"INSERT OR REPLACE INTO gazetteer ({self._PLACE_COLS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.conn.executemany(
                "INSERT INTO gazetteer_names (place_id, name, match_key) VALUES (?, ?, ?)",
                names)
        except sqlite3.IntegrityError as e:
            raise ValidationError(f"a gazetteer place was refused: {e}") from None
        return len(rows)

    @staticmethod
    def _row_to_place(r):
        from .gazetteer import Place

        return Place(r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8],
                     tuple(json.loads(r[2]) if r[2] else ()))

    def places(self) -> list:
        if not self._has_gazetteer():
            return []
        return [self._row_to_place(r) for r in self.conn.execute(
            f"SELECT {self._PLACE_COLS} FROM gazetteer ORDER BY fid")]

    def places_named(self, key: str) -> list:
        if not self._has_gazetteer():
            return []
        cols = ", ".join("g." + c.strip() for c in self._PLACE_COLS.split(","))
        return [self._row_to_place(r) for r in self.conn.execute(
            f"SELECT DISTINCT {cols} FROM gazetteer_names n JOIN gazetteer g "
            "ON g.place_id = n.place_id WHERE n.match_key = ? ORDER BY g.fid", (key,))]

    # -- region queries and bulk loading (issue 4) ---------------------------------------
    def candidates(self, bboxes, site_filter):
        """Sites in any of ``bboxes``, found through the R-tree (see
        :meth:`catalog.store.Catalog.candidates`).

        The R-tree holds float32 bounds rounded outwards, so it returns a superset; the
        exact double coordinates are then compared with each box.
        """
        import numpy as np

        from .store import SITE_COLUMNS

        if not getattr(self, "_mmap", False):
            # candidates are scattered over the file: memory-mapped reads halve the time
            # of the row lookups (measured on a 1M-site catalogue)
            self.conn.execute("PRAGMA mmap_size = 1073741824")
            self._mmap = True
        where, params = self._filter_sql(site_filter)
        boxes = [tuple(map(float, b)) for b in bboxes]
        # one R-tree search per box (an OR of boxes would scan the whole R-tree)
        sql = (f"SELECT s.fid, s.geom, {', '.join('s.' + c for c in SITE_COLUMNS)} "
               "FROM rtree_sites_geom r JOIN sites s ON s.fid = r.id "
               "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"
               + "".join(f" AND {w}" for w in where))
        cur = self.conn.cursor()
        cur.row_factory = None  # plain tuples: several times faster than sqlite3.Row
        rows = []
        for w, s_, e, n in boxes:
            rows.extend(cur.execute(sql, [e, w, n, s_, *params]).fetchall())
        if len(boxes) > 1:
            rows = list({r[0]: r for r in rows}.values())
        lon, lat = _decode_points([r[1] for r in rows])
        inside = np.zeros(len(rows), dtype=bool)
        for w, s_, e, n in boxes:
            inside |= (lon >= w) & (lon <= e) & (lat >= s_) & (lat <= n)
        idx = np.flatnonzero(inside)
        return [rows[i][2:] for i in idx], lon[idx], lat[idx]

    def add_sites(self, sites: Iterable[Site], *, record_history: bool = True,
                  chunk_size: int = 50_000) -> int:
        """Insert many sites fast: one transaction, ``executemany`` and a bulk R-tree fill.

        Each site is validated as :meth:`add_site` does. The per-row R-tree trigger (which
        calls Python functions for every row) is dropped inside the transaction and the
        index filled from the known coordinates, then the trigger is recreated: as GDAL
        defers its R-tree during bulk loads. Sites are streamed in chunks, so a generator
        of a million sites is never held in memory at once. On any error the whole
        batch, trigger included, is rolled back.

        Parameters
        ----------
        sites
            Sites (any iterable, a generator too).
        record_history
            Write each new site's fields to ``site_history`` as :meth:`add_site` does.
            Only made-up data (benchmarks) should turn this off.

        Raises
        ------
        DuplicateError
            If a site_id is taken or repeated.
        SiteNotFound, SourceNotFound
            If a parent site or location source does not exist.
        """
        import itertools

        insert_trigger = next(t for t in _statements(RTREE_TRIGGERS, sep="END;")
                              if "rtree_sites_geom_insert" in t)
        insert_site = (f"INSERT INTO sites (fid, geom, {', '.join(SITE_COLS)}) "
                       f"VALUES ({', '.join('?' * (len(SITE_COLS) + 2))})")
        check = SiteBatch(self, now_utc())
        it = iter(sites)
        with self.transaction():
            start = self.conn.execute("SELECT coalesce(max(fid), 0) FROM sites").fetchone()[0]
            seq = self.conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name='sites'").fetchone()
            fid = max(start, seq[0] if seq else 0)
            cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            self.conn.execute("DROP TRIGGER rtree_sites_geom_insert")
            # a bigger page cache keeps the UNIQUE and alias indexes off the disk
            self.conn.execute("PRAGMA cache_size = -262144")
            # Every row is validated against the vocabularies the CHECK constraints encode;
            # SQLite rebuilds each CHECK's IN-list on every executemany row (half the insert
            # time), so the checks are skipped for these statements only.
            self.conn.execute("PRAGMA ignore_check_constraints = ON")
            try:
                while batch := list(itertools.islice(it, chunk_size)):
                    rows, rtree, aliases, ids, history = [], [], [], [], []
                    for site in batch:
                        s = check.admit(site)
                        ids.append(s.site_id)
                        fid += 1
                        rows.append((fid, *self._site_row(s)))
                        if s.located:
                            rtree.append((fid, s.lon, s.lon, s.lat, s.lat))
                        if record_history:
                            history.extend(check.history(s))
                        aliases.append((s.site_id, s.name, "preferred", match_key(s.name)))
                        if s.name_local:
                            aliases.append((s.site_id, s.name_local, "local script",
                                            match_key(s.name_local)))
                    try:
                        self.conn.executemany(insert_site, rows)
                    except sqlite3.IntegrityError as e:
                        taken = self.conn.execute(
                            "SELECT site_id FROM sites WHERE fid <= ? AND site_id IN "
                            "(SELECT value FROM json_each(?)) LIMIT 1",
                            (start, json.dumps(ids))).fetchone()
                        raise DuplicateError(f"site {taken[0]!r} already exists" if taken
                                             else f"sites refused: {e}") from None
                    self.conn.executemany(
                        "INSERT INTO rtree_sites_geom VALUES (?, ?, ?, ?, ?)", rtree)
                    self.conn.executemany(
                        "INSERT OR IGNORE INTO aliases (site_id, alias, system, match_key) "
                        "VALUES (?, ?, ?, ?)", aliases)
                    self.conn.executemany(
                        "INSERT INTO site_history (site_id, changed_at, field, old_value, "
                        "new_value, source_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)", history)
                check.check_parents()
                self.conn.execute(insert_trigger)
            finally:
                self.conn.execute("PRAGMA ignore_check_constraints = OFF")
                self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
        return len(check.seen)

    # -- whole-catalogue copies (used by the PostGIS store's backup and by build) ----------
    def history_rows(self) -> list[dict]:
        """Every history row of every site (deleted ones too), oldest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT site_id, changed_at, field, old_value, new_value, source_id, note "
            "FROM site_history ORDER BY fid")]

    def dump_records(self) -> dict[str, list]:
        """Everything, read in one snapshot, as :meth:`load_records` takes it."""
        with contextlib.ExitStack() as stack:
            if not self.conn.in_transaction:
                self.conn.execute("BEGIN")  # one read snapshot (WAL)
                stack.callback(self.conn.execute, "COMMIT")
            return self._records()

    def load_records(self, *, sources, sites, aliases, citations, history, places=()
                     ) -> None:
        """Write records verbatim (no implicit aliases or history) in one transaction."""
        with self.transaction():
            self.conn.executemany(
                f"INSERT INTO sources ({', '.join(SOURCE_COLS)}) "
                f"VALUES ({', '.join('?' * len(SOURCE_COLS))})",
                [self._source_row(s) for s in sources])
            self.conn.executemany(
                f"INSERT INTO sites (geom, {', '.join(SITE_COLS)}) "
                f"VALUES ({', '.join('?' * (len(SITE_COLS) + 1))})",
                [self._site_row(s) for s in sites])
            self.conn.executemany(
                "INSERT INTO aliases (site_id, alias, system, match_key) VALUES (?, ?, ?, ?)",
                [(a.site_id, a.alias, a.system, a.match_key) for a in aliases])
            self.conn.executemany(
                f"INSERT INTO citations ({', '.join(CITATION_COLS)}) "
                f"VALUES ({', '.join('?' * len(CITATION_COLS))})",
                [tuple(getattr(c, k) for k in CITATION_COLS) for c in citations])
            self.conn.executemany(
                "INSERT INTO site_history (site_id, changed_at, field, old_value, new_value, "
                "source_id, note) VALUES (:site_id, :changed_at, :field, :old_value, "
                ":new_value, :source_id, :note)", history)
            if places:
                self.add_places(places)


def _next_millisecond(stamp: str) -> str:
    """The DATETIME one millisecond after ``stamp`` (``YYYY-MM-DDTHH:MM:SS.sssZ``)."""
    import datetime as dt

    t = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) + dt.timedelta(milliseconds=1)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def _decode_points(blobs: list) -> tuple:
    """Longitudes and latitudes of GeoPackage point blobs, as float arrays.

    Blobs written by :func:`encode_point` (29 bytes, little endian, no envelope) are
    decoded at once with numpy; any other blob falls back to :func:`decode_point`.
    """
    import numpy as np

    n = len(blobs)
    if n and all(len(b) == 29 for b in blobs):
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(n, 29)
        if (raw[:, 3] == 1).all() and (raw[:, 8] == 1).all():
            xy = raw[:, 13:29].copy().view("<f8")
            return xy[:, 0].copy(), xy[:, 1].copy()
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    for i, b in enumerate(blobs):
        p = decode_point(b) if b is not None else None
        if p is not None:
            lon[i], lat[i] = p
    return lon, lat
