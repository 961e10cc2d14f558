"""The GeoPackage store's schema: its DDL, its migrations and QGIS's tables.

The schema is our own DDL (GDAL cannot make integer primary keys beside UNIQUE text keys
and foreign keys): ``fid INTEGER PRIMARY KEY AUTOINCREMENT`` plus a ``TEXT NOT NULL UNIQUE``
business key in every table, a POINT ``sites`` layer in EPSG:4326 with an R-tree index and
the standard triggers, and ``aliases``/``sources``/``citations`` registered as attribute
tables. GDAL, fiona, pyogrio and QGIS read it as a plain GeoPackage 1.2. The vocabulary
checks are written from :data:`catalog.stores.sql.VOCABULARIES`, as PostGIS' are.

Migrations are versioned as PostGIS' are (:data:`MIGRATIONS`, recorded in a
``schema_migrations`` table that is not registered in ``gpkg_contents``, so GIS tools do
not list it). A catalogue made before that table existed is version 2 if it has
``site_history``, else 1; nothing is written to it until a migration is due.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

from .. import qgis
from ..gazetteer import match_key
from ..model import now_utc
from .gpkg_geometry import SRS_ID
from .sql import REKEY_BATCH, TABLE_DESCRIPTIONS, sql_text, vocabulary_check

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2; 10400 makes GDAL 3.6 warn

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

#: The attribute tables (and the view) registered in ``gpkg_contents``, with descriptions.
ATTRIBUTE_TABLES = {
    "sources": TABLE_DESCRIPTIONS["sources"],
    "aliases": TABLE_DESCRIPTIONS["aliases"],
    "citations": TABLE_DESCRIPTIONS["citations"],
    # a view: its first column, the citation's fid, is the integer key GDAL and QGIS use
    "site_citations": "One row per citation with the site's name and the source's title.",
    "layer_styles": "QGIS default layer styles (QML), applied when a layer is loaded.",
    "site_history": TABLE_DESCRIPTIONS["site_history"],
    "review_items": TABLE_DESCRIPTIONS["review_items"],
}

CORE_SCHEMA = """
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
"""

CATALOGUE_SCHEMA = f"""
CREATE TABLE sources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  authors TEXT,
  publisher TEXT,
  published DATE,
  url TEXT,
  accessed DATE,
  kind TEXT NOT NULL DEFAULT 'other' {vocabulary_check("sources", "kind")},
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
  facility_type TEXT NOT NULL {vocabulary_check("sites", "facility_type")},
  country TEXT,
  admin1 TEXT,
  status TEXT NOT NULL DEFAULT 'unknown' {vocabulary_check("sites", "status")},
  status_as_of DATE,
  location_precision TEXT NOT NULL DEFAULT 'unknown'
    {vocabulary_check("sites", "location_precision")},
  precision_m REAL,
  location_method TEXT {vocabulary_check("sites", "location_method")},
  location_source_id TEXT REFERENCES sources(source_id) DEFERRABLE INITIALLY DEFERRED,
  parent_site_id TEXT REFERENCES sites(site_id) DEFERRABLE INITIALLY DEFERRED,
  review_status TEXT NOT NULL DEFAULT 'accepted' {vocabulary_check("sites", "review_status")},
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
  supports TEXT NOT NULL DEFAULT 'existence' {vocabulary_check("citations", "supports")},
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

# What ingest left for an analyst (issue 11): matches held back, statements it could not use.
REVIEW_SCHEMA = f"""
CREATE TABLE review_items (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id TEXT NOT NULL UNIQUE,
  site_id TEXT NOT NULL REFERENCES sites(site_id) DEFERRABLE INITIALLY DEFERRED,
  source_id TEXT NOT NULL REFERENCES sources(source_id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL {vocabulary_check("review_items", "kind")},
  reason TEXT NOT NULL,
  quote TEXT,
  char_start INTEGER,
  char_end INTEGER,
  created_at DATETIME NOT NULL);
CREATE INDEX review_items_site_id ON review_items(site_id);
CREATE INDEX review_items_source_id ON review_items(source_id);
"""

# How many sites have no location, by review state, type and status, kept by triggers
# (issue 13): a region query says how many unlocated sites its filters match, and counting
# them was most of a small query's time at a million sites. Not registered in
# gpkg_contents: GIS tools do not list it. Plain SQL (no UPSERT: GDAL's SQLite may be older),
# so an edit in QGIS keeps it right.
COUNTS_TABLE = """
CREATE TABLE IF NOT EXISTS site_counts (
  review_status TEXT NOT NULL,
  facility_type TEXT NOT NULL,
  status TEXT NOT NULL,
  unlocated INTEGER NOT NULL,
  PRIMARY KEY (review_status, facility_type, status));
DELETE FROM site_counts;
DROP TRIGGER IF EXISTS site_counts_insert;
DROP TRIGGER IF EXISTS site_counts_delete;
DROP TRIGGER IF EXISTS site_counts_update;
INSERT INTO site_counts SELECT review_status, facility_type, status, count(*) FROM sites
  WHERE geom IS NULL GROUP BY review_status, facility_type, status;
"""
COUNTS_TRIGGERS = """
CREATE TRIGGER site_counts_insert AFTER INSERT ON sites WHEN NEW.geom IS NULL
BEGIN
  INSERT OR IGNORE INTO site_counts VALUES (NEW.review_status, NEW.facility_type, NEW.status, 0);
  UPDATE site_counts SET unlocated = unlocated + 1 WHERE review_status = NEW.review_status
    AND facility_type = NEW.facility_type AND status = NEW.status;
END;
CREATE TRIGGER site_counts_delete AFTER DELETE ON sites WHEN OLD.geom IS NULL
BEGIN
  UPDATE site_counts SET unlocated = unlocated - 1 WHERE review_status = OLD.review_status
    AND facility_type = OLD.facility_type AND status = OLD.status;
END;
CREATE TRIGGER site_counts_update AFTER UPDATE OF geom, review_status, facility_type, status
ON sites WHEN OLD.geom IS NULL OR NEW.geom IS NULL
BEGIN
  UPDATE site_counts SET unlocated = unlocated - 1 WHERE OLD.geom IS NULL
    AND review_status = OLD.review_status AND facility_type = OLD.facility_type
    AND status = OLD.status;
  INSERT OR IGNORE INTO site_counts SELECT NEW.review_status, NEW.facility_type, NEW.status,
    0 WHERE NEW.geom IS NULL;
  UPDATE site_counts SET unlocated = unlocated + 1 WHERE NEW.geom IS NULL
    AND review_status = NEW.review_status AND facility_type = NEW.facility_type
    AND status = NEW.status;
END;
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

# Created on the first import of places (catalogues made before them open unchanged).
GAZETTEER_SCHEMA = """
CREATE TABLE IF NOT EXISTS gazetteer (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  place_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  alternate_names TEXT,
  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  country TEXT,
  admin1 TEXT,
  feature_code TEXT,
  population INTEGER);
CREATE TABLE IF NOT EXISTS gazetteer_names (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  place_id TEXT NOT NULL REFERENCES gazetteer(place_id) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  match_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gazetteer_names_match_key ON gazetteer_names(match_key);
CREATE INDEX IF NOT EXISTS gazetteer_names_place_id ON gazetteer_names(place_id);
"""


def statements(script: str, sep: str = ";") -> Iterator[str]:
    """The statements of a DDL script (triggers are split at ``END;``)."""
    for chunk in script.split(sep):
        if chunk.strip():
            yield chunk.strip() + ("" if sep == ";" else " " + sep)


def register_table(table: str, description: str, now: str) -> str:
    """The statement registering an attribute table in ``gpkg_contents`` (once)."""
    return ("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
            f"description, last_change) VALUES ({sql_text(table)}, 'attributes', "
            f"{sql_text(table)}, {sql_text(description)}, {sql_text(now)})")


def _schema_v1() -> list[str]:
    """A new catalogue: the GeoPackage core, the catalogue's tables with their R-tree, the
    flat view and QGIS's tables."""
    now = now_utc()
    out = [f"PRAGMA application_id = {APPLICATION_ID}", f"PRAGMA user_version = {USER_VERSION}"]
    out += statements(CORE_SCHEMA)
    out += statements(CATALOGUE_SCHEMA)
    out += statements(RTREE_TRIGGERS, sep="END;")
    srs = [("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
            "undefined cartesian coordinate reference system"),
           ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
            "undefined geographic coordinate reference system"),
           ("WGS 84 geodetic", SRS_ID, "EPSG", SRS_ID, WGS84_WKT,
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")]
    out += [f"INSERT INTO gpkg_spatial_ref_sys VALUES ({sql_text(name)}, {sid}, "
            f"{sql_text(org)}, {oid}, {sql_text(wkt)}, {sql_text(desc)})"
            for name, sid, org, oid, wkt, desc in srs]
    out += [
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
        f"last_change, srs_id) VALUES ('sites', 'features', 'sites', "
        f"{sql_text(TABLE_DESCRIPTIONS['sites'])}, {sql_text(now)}, {SRS_ID})",
        f"INSERT INTO gpkg_geometry_columns VALUES ('sites', 'geom', 'POINT', {SRS_ID}, 0, 0)",
        "INSERT INTO gpkg_extensions VALUES ('sites', 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
    ]
    out += [register_table(t, ATTRIBUTE_TABLES[t], now)
            for t in ("sources", "aliases", "citations", "site_citations", "layer_styles")]
    out += statements(QGIS_SCHEMA)
    return out


def _schema_v2() -> list[str]:
    """Every change to a site, with its source (``site_history``)."""
    return [*statements(HISTORY_SCHEMA),
            register_table("site_history", ATTRIBUTE_TABLES["site_history"], now_utc())]


def _relax_vocabularies(conn: sqlite3.Connection) -> None:
    """Rewrite the ``sites`` table's vocabulary checks to today's vocabularies (a new
    location method, ``derived from source text``). SQLite cannot alter a CHECK; the
    documented way for a change that leaves every stored row valid is to edit the table's
    definition in ``sqlite_schema`` and bump the schema version, in the transaction
    (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes")."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'sites'").fetchone()
    new = sql
    for column in ("facility_type", "status", "location_precision", "location_method",
                   "review_status"):
        check = vocabulary_check("sites", column)
        values = check[check.index(" IN (") + 4:-1]
        new = re.sub(rf"({column}\s+IN\s*)\([^)]*\)", lambda m, v=values: m.group(1) + v,
                     new)
    if new == sql:
        return
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'sites'",
                 (new,))
    conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    conn.execute("PRAGMA writable_schema = OFF")


def _schema_v3() -> list:
    """``review_items``, and the sites' vocabulary checks made today's."""
    return [*statements(REVIEW_SCHEMA),
            register_table("review_items", ATTRIBUTE_TABLES["review_items"], now_utc()),
            _relax_vocabularies]


def _schema_v4() -> list[str]:
    """``site_counts``: the unlocated sites counted by triggers."""
    return [*statements(COUNTS_TABLE), *statements(COUNTS_TRIGGERS, sep="END;")]


#: Version 5's indexes: the two columns most sites leave empty are indexed where they are
#: set (SQLite uses such an index for ``parent_site_id = ?``, which implies ``IS NOT
#: NULL``), and ``aliases(site_id)`` goes, as ``UNIQUE (site_id, alias)`` leads with it.
PARTIAL_INDEXES = """
DROP INDEX IF EXISTS sites_parent_site_id;
DROP INDEX IF EXISTS sites_location_source_id;
DROP INDEX IF EXISTS aliases_site_id;
CREATE INDEX sites_parent_site_id ON sites(parent_site_id) WHERE parent_site_id IS NOT NULL;
CREATE INDEX sites_location_source_id ON sites(location_source_id)
  WHERE location_source_id IS NOT NULL;
"""


def _schema_v5() -> list[str]:
    """Smaller secondary indexes (:data:`PARTIAL_INDEXES`)."""
    return list(statements(PARTIAL_INDEXES))


def _rekey_other_scripts(conn: sqlite3.Connection) -> None:
    """Re-make the match keys of names not in ASCII: :func:`~catalog.gazetteer.match_key`
    keeps the vowel signs of Devanagari and the other scripts whose marks are letters
    (before, "तेजपुर" and "तेज़ू" kept their consonants alone)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, column in (("aliases", "alias"), ("gazetteer_names", "name")):
        if table not in have:
            continue
        last = -1
        while rows := conn.execute(  # (in batches: a world gazetteer holds millions)
                f"SELECT fid, {column}, match_key FROM {table} WHERE fid > ? AND "
                f"{column} GLOB '*[^ -~]*' ORDER BY fid LIMIT {REKEY_BATCH}", (last,)
        ).fetchall():
            conn.executemany(f"UPDATE {table} SET match_key = ? WHERE fid = ?",
                             [(key, r[0]) for r in rows if (key := match_key(r[1])) != r[2]])
            last = rows[-1][0]


def _schema_v6() -> list:
    """Name keys of other scripts re-made (:func:`_rekey_other_scripts`)."""
    return [_rekey_other_scripts]


#: ``(version, description, statements)``, applied in order; append, never edit.
MIGRATIONS = [
    (1, "GeoPackage core; sites, aliases, sources, citations with their R-tree; "
        "the site_citations view and QGIS's tables", _schema_v1),
    (2, "site_history", _schema_v2),
    (3, "review_items; the location method 'derived from source text'", _schema_v3),
    (4, "site_counts: unlocated sites counted by triggers", _schema_v4),
    (5, "partial indexes on parent_site_id and location_source_id; aliases(site_id) "
        "dropped, UNIQUE (site_id, alias) covers it", _schema_v5),
    (6, "match keys of names in other scripts keep their letters' marks", _schema_v6),
]


def gazetteer_statements() -> list[str]:
    """The gazetteer's tables and their registration (idempotent)."""
    now = now_utc()
    return [*statements(GAZETTEER_SCHEMA),
            *(register_table(t, TABLE_DESCRIPTIONS[t], now)
              for t in ("gazetteer", "gazetteer_names"))]


def legacy_version(conn: sqlite3.Connection) -> int:
    """The schema version of a catalogue made before ``schema_migrations`` existed."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "sites" not in names:
        return 0
    if "site_history" not in names:
        return 1
    return 3 if "review_items" in names else 2


def ensure_qgis_tables(conn: sqlite3.Connection) -> None:
    """Add the ``site_citations`` view and QGIS's tables to a catalogue made without them
    (the caller holds the transaction)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for stmt in statements(QGIS_SCHEMA):
        if re.match(r"CREATE (?:TABLE|VIEW) (\w+)", stmt).group(1) not in have:
            conn.execute(stmt)
    now = now_utc()
    for table in ("site_citations", "layer_styles"):
        conn.execute(register_table(table, ATTRIBUTE_TABLES[table], now))


def write_qgis_extras(conn: sqlite3.Connection, gpkg_name: str) -> None:
    """Write the default styles and the embedded QGIS project (built by :mod:`catalog.qgis`)
    whose relative layer paths name ``gpkg_name``; the caller holds the transaction.

    Our styles replace ours of the same name and stop being the default of others' rows.
    A catalogue made before QGIS's tables existed gets them here.
    """
    ensure_qgis_tables(conn)
    now = now_utc()
    for table, geom, style, qml, description, when in qgis.style_rows(now):
        conn.execute("DELETE FROM layer_styles WHERE f_table_schema='' AND f_table_name=? "
                     "AND styleName=?", (table, style))
        conn.execute("UPDATE layer_styles SET useAsDefault=0 WHERE f_table_name=?", (table,))
        conn.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
            "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
            (table, geom, style, qml, description, when))
    conn.execute("INSERT OR REPLACE INTO qgis_projects (name, metadata, content) "
                 "VALUES (?, ?, ?)", qgis.project_row(gpkg_name, now))
