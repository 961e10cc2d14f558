"""The GeoPackage facts QGIS and GDAL rely on, read back with sqlite3, fiona and pyogrio."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from io import BytesIO

import fiona
import pyogrio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import open_catalog, qgis
from catalog.filters import SiteFilter
from catalog.model import FACILITY_TYPES, Site
from catalog.stores.geopackage import read_project_qgs
from catalog.stores.gpkg_schema import APPLICATION_ID, USER_VERSION


@pytest.fixture
def db(shipped_path):
    conn = sqlite3.connect(shipped_path)
    yield conn
    conn.close()


def test_header_pragmas(db):
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x47504B47
    assert db.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION == 10200


def _columns(db, table):
    return {r[1]: r for r in db.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("table,key", [("sites", "site_id"), ("sources", "source_id"),
                                       ("citations", "citation_id")])
def test_integer_fid_and_unique_text_key(db, table, key):
    cols = _columns(db, table)
    assert cols["fid"][2] == "INTEGER" and cols["fid"][5] == 1  # the primary key
    assert cols[key][2] == "TEXT" and cols[key][3] == 1  # NOT NULL
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    assert "fid INTEGER PRIMARY KEY AUTOINCREMENT" in sql
    assert f"{key} TEXT NOT NULL UNIQUE" in sql


def test_types_date_datetime_boolean(db):
    assert _columns(db, "sites")["status_as_of"][2] == "DATE"
    assert _columns(db, "sites")["updated_at"][2] == "DATETIME"
    assert _columns(db, "sources")["published"][2] == "DATE"
    assert _columns(db, "layer_styles")["useAsDefault"][2] == "BOOLEAN"
    iso_dt = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
    for (v,) in db.execute("SELECT updated_at FROM sites"):
        assert iso_dt.match(v), v
    for (v,) in db.execute("SELECT last_change FROM gpkg_contents"):
        assert iso_dt.match(v), v
    for (v,) in db.execute("SELECT update_time FROM layer_styles"):
        assert iso_dt.match(v), v
    for (v,) in db.execute("SELECT published FROM sources WHERE published IS NOT NULL"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)


def test_geometry_column_point_4326_and_extent(db):
    assert db.execute("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns "
                      "WHERE table_name='sites'").fetchone() == ("POINT", 4326)
    row = db.execute("SELECT data_type, srs_id, min_x, min_y, max_x, max_y FROM "
                     "gpkg_contents WHERE table_name='sites'").fetchone()
    assert row[:2] == ("features", 4326)
    # the two located shipped sites: Sakkanmol and Hoejung-ni
    assert row[2:] == pytest.approx((126.107945, 38.584698, 126.913631, 41.369883))


def test_rtree_and_its_triggers(db):
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {f"rtree_sites_geom_{t}" for t in
            ("insert", "update1", "update2", "update3", "update4", "delete")} <= names
    assert db.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0] == 2
    assert db.execute("SELECT extension_name FROM gpkg_extensions WHERE table_name='sites'"
                      ).fetchone()[0] == "gpkg_rtree_index"


def test_attribute_tables_and_view_registered(db):
    rows = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert rows == {"sites": "features", "sources": "attributes", "aliases": "attributes",
                    "citations": "attributes", "site_citations": "attributes",
                    "layer_styles": "attributes", "site_history": "attributes",
                    "review_items": "attributes"}
    assert db.execute("SELECT type FROM sqlite_master WHERE name='site_citations'"
                      ).fetchone()[0] == "view"
    fids = [r[0] for r in db.execute("SELECT fid FROM site_citations")]
    assert len(fids) == len(set(fids)) == 5


def test_foreign_keys_with_indexes_and_no_related_tables_extension(db):
    fks = {(r[3], r[2], r[4]) for r in db.execute("PRAGMA foreign_key_list(citations)")}
    assert fks == {("site_id", "sites", "site_id"), ("source_id", "sources", "source_id")}
    indexed = {db.execute(f"PRAGMA index_info({r[1]})").fetchone()[2]
               for r in db.execute("PRAGMA index_list(citations)")}
    assert {"site_id", "source_id"} <= indexed
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='gpkgext_relations'"
                      ).fetchone()[0] == 0


def test_default_styles(db):
    rows = db.execute("SELECT f_table_schema, f_table_name, f_geometry_column, useAsDefault, "
                      "styleQML FROM layer_styles ORDER BY id").fetchall()
    by_table = {r[1]: r for r in rows}
    assert set(by_table) == {"sites", "citations", "sources", "aliases", "site_citations",
                             "site_history"}
    assert by_table["sites"][:4] == ("", "sites", "geom", 1)
    assert by_table["citations"][:4] == ("", "citations", "", 1)
    qml = by_table["sites"][4]
    assert 'type="categorizedSymbol"' in qml and 'attr="facility_type"' in qml
    assert 'fieldName="name"' in qml and 'name="Site ID"' in qml


def test_embedded_project(db, shipped_path):
    name, metadata, content = db.execute("SELECT * FROM qgis_projects").fetchone()
    assert name == "catalogue"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
                        json.loads(metadata)["last_modified_time"])
    with zipfile.ZipFile(BytesIO(bytes.fromhex(content))) as z:
        qgs = z.read("catalogue.qgs").decode()
    assert qgs == read_project_qgs(shipped_path)
    # relative paths that name the final file (the build writes under a temporary name)
    assert f"./{shipped_path.name}|layername=sites" in qgs
    assert ".tmp" not in qgs
    ids = set(re.findall(r"<id>([^<]+)</id>", qgs))
    assert ids and all(len(i) > 10 for i in ids)
    assert 'referencingLayer="catalog_citations_layer"' in qgs
    assert 'referencedLayer="catalog_sources_layer"' in qgs
    # a join subset in the joined table's column order
    assert qgs.index('<field name="title"') < qgs.index('<field name="publisher"') \
        < qgs.index('<field name="published"')


def test_join_subsets_follow_table_column_order(db):
    for _layer, _t, joined, _f, _p, fields in qgis.JOINS:
        order = [r[1] for r in db.execute(f"PRAGMA table_info({joined})")]
        assert list(fields) == sorted(fields, key=order.index)


def test_fiona_and_pyogrio_read_it(shipped_path):
    layers = fiona.listlayers(shipped_path)
    assert {"sites", "sources", "aliases", "citations", "site_citations"} <= set(layers)
    with fiona.open(shipped_path, layer="sites") as src:
        assert src.schema["geometry"] == "Point"
        assert src.schema["properties"]["status_as_of"] == "date"
        assert src.schema["properties"]["updated_at"] == "datetime"
        assert src.crs.to_epsg() == 4326
        assert len(src) == 4
    info = pyogrio.read_info(shipped_path, layer="site_citations")
    assert info["features"] == 5 and info["fid_column"] == "fid"
    df = pyogrio.read_dataframe(shipped_path, layer="site_citations")
    assert set(df["site_name"]) >= {"Hoejung-ni missile operating base"}


def test_new_empty_catalogue_gets_project_naming_itself(tmp_path):
    from catalog import open_catalog

    with open_catalog(tmp_path / "mine.gpkg", create=True):
        pass
    assert "./mine.gpkg|layername=citations" in read_project_qgs(tmp_path / "mine.gpkg")


def test_older_catalogue_gets_qgis_tables_when_its_project_is_written(shipped_path, tmp_path):
    """A catalogue made before the view and QGIS tables existed is brought up to date by
    `catalog export --format gpkg` (which rewrites the project)."""
    from catalog import open_catalog
    from catalog.export import export_catalog

    conn = sqlite3.connect(shipped_path)
    conn.executescript(
        "DROP VIEW site_citations; DROP TABLE layer_styles; DROP TABLE qgis_projects; "
        "DELETE FROM gpkg_contents WHERE table_name IN ('site_citations', 'layer_styles');")
    conn.close()
    out = tmp_path / "upgraded.gpkg"
    with open_catalog(shipped_path) as cat:
        export_catalog(cat, out)
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault=1"
                            ).fetchone()[0] == 6
        assert conn.execute("SELECT count(*) FROM site_citations").fetchone()[0] == 5
        assert conn.execute("SELECT data_type FROM gpkg_contents WHERE "
                            "table_name='site_citations'").fetchone()[0] == "attributes"
    finally:
        conn.close()
    assert "./upgraded.gpkg|layername=sites" in read_project_qgs(out)


def test_backup_copy_gets_a_project_naming_itself(shipped, tmp_path):
    dest = tmp_path / "backup-2026.gpkg"
    shipped.backup(dest)
    qgs = read_project_qgs(dest)
    assert "./backup-2026.gpkg|layername=sites" in qgs and "catalog.gpkg" not in qgs


# -- migrations: the scheme PostGIS uses (issue 14) ----------------------------------------

def test_a_new_catalogue_records_its_migrations(db):
    from catalog.stores.gpkg_schema import MIGRATIONS

    rows = db.execute("SELECT version, description FROM schema_migrations ORDER BY version"
                      ).fetchall()
    assert rows == [(v, d) for v, d, _ in MIGRATIONS]
    # not a layer: GIS tools list gpkg_contents only
    assert db.execute("SELECT count(*) FROM gpkg_contents WHERE table_name = "
                      "'schema_migrations'").fetchone()[0] == 0


def test_a_catalogue_from_before_migrations_opens_unchanged_or_migrates(shipped_path):
    from catalog import open_catalog
    from catalog.stores.gpkg_schema import MIGRATIONS

    latest = MIGRATIONS[-1][0]
    conn = sqlite3.connect(shipped_path)
    conn.executescript("DROP TABLE schema_migrations; "  # as made before this scheme
                       "DROP TABLE review_items; "
                       "DELETE FROM gpkg_contents WHERE table_name = 'review_items';")
    conn.close()
    with open_catalog(shipped_path) as cat:  # a version-2 catalogue: migrated
        assert cat.schema_version() == latest
        assert cat.review_items() == []
    conn = sqlite3.connect(shipped_path)
    assert conn.execute("SELECT version FROM schema_migrations").fetchall() == [
        (v,) for v in range(3, latest + 1)]
    conn.executescript("DROP TABLE schema_migrations; DROP TABLE review_items; "
                       "DROP TABLE site_history; "  # as made before the history existed
                       "DELETE FROM gpkg_contents WHERE table_name IN ('site_history', "
                       "'review_items');")
    conn.close()
    with open_catalog(shipped_path) as cat:
        assert cat.schema_version() == latest
        assert cat.history_rows() == []
        assert cat.counts()["sites"] == 4
    conn = sqlite3.connect(shipped_path)
    try:
        assert conn.execute("SELECT version FROM schema_migrations").fetchall() == [
            (v,) for v in range(2, latest + 1)]
        assert conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name = "
                            "'site_history'").fetchone() == ("attributes",)
    finally:
        conn.close()


def test_the_mostly_empty_keys_are_indexed_where_set_and_still_used(shipped_path):
    """Migration 5: ``parent_site_id`` and ``location_source_id`` indexed only where set,
    still chosen for the lookups foreign keys make; ``aliases(site_id)`` gone, the UNIQUE
    index serving it."""
    from catalog import open_catalog
    from catalog.errors import CatalogError

    with open_catalog(shipped_path) as cat:
        conn = cat.conn
        indexes = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = "
                                    "'index' AND sql IS NOT NULL"))
        assert "aliases_site_id" not in indexes
        for column in ("parent_site_id", "location_source_id"):
            assert indexes[f"sites_{column}"].endswith(f"WHERE {column} IS NOT NULL")
            plan = " ".join(r[-1] for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT fid FROM sites WHERE {column} = ?", ("x",)))
            assert f"INDEX sites_{column}" in plan, plan
        plan = " ".join(r[-1] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT alias FROM aliases WHERE site_id = ?", ("x",)))
        assert "sqlite_autoindex_aliases" in plan, plan
        # each partial index holds the sites that set its column (of four, one has a
        # parent, two a location source), and still guards what they name
        for column, n in (("parent_site_id", 1), ("location_source_id", 2)):
            assert conn.execute(f"SELECT count(*) FROM sites INDEXED BY sites_{column} "
                                f"WHERE {column} IS NOT NULL").fetchone()[0] == n
        cat.add_site(Site("kp-x", "X", "other"))  # neither cited nor placed
        cat.add_site(Site("kp-x-part", "X part", "other", parent_site_id="kp-x"))
        with pytest.raises(CatalogError, match="FOREIGN KEY"):
            cat.delete_site("kp-x")
        assert cat.get_site("kp-x-part").parent_site_id == "kp-x"
        cat.delete_site("kp-x-part")
        cat.delete_site("kp-x")


def test_a_newer_catalogue_is_refused_clearly(shipped_path):
    from catalog import CatalogError, open_catalog

    conn = sqlite3.connect(shipped_path)
    conn.execute("INSERT INTO schema_migrations (version, description) VALUES (99, 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogError, match="schema version 99, newer than this program"):
        open_catalog(shipped_path)


def test_a_version_2_geopackage_is_migrated_to_todays_vocabularies(tmp_path):
    """A catalogue made before 'derived from source text' existed takes it after open."""
    import sqlite3

    from catalog import open_catalog
    from catalog.model import Site
    from catalog.stores.geopackage import connect
    from catalog.stores.gpkg_schema import MIGRATIONS

    path = tmp_path / "old.gpkg"
    open_catalog(path, create=True).close()
    con = sqlite3.connect(path)
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'sites'").fetchone()
    old = sql.replace("'derived from source text', ", "")
    assert old != sql
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'sites'", (old,))
    con.execute(f"PRAGMA schema_version = {version + 1}")
    con.execute("PRAGMA writable_schema = OFF")
    con.execute("DROP TABLE review_items")
    con.execute("DELETE FROM gpkg_contents WHERE table_name = 'review_items'")
    con.execute("DELETE FROM schema_migrations WHERE version >= 3")
    con.commit()
    con.close()
    con = connect(path)  # the GeoPackage functions the R-tree triggers call
    with pytest.raises(sqlite3.IntegrityError):  # the old check refuses the new method
        con.execute("INSERT INTO sites (site_id, name, facility_type, location_method) "
                    "VALUES ('x', 'X', 'other', 'derived from source text')")
    con.close()
    with open_catalog(path) as cat:
        assert cat.schema_version() == MIGRATIONS[-1][0] == 6
        cat.add_site(Site("kp-x", "X", "other", lon=125.0, lat=39.0,
                          location_precision="approximate", precision_m=5000,
                          location_method="derived from source text"))
        assert cat.get_site("kp-x").location_method == "derived from source text"
        assert cat.review_items() == []
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "locate", "unlocate", "retype", "accept",
                                           "delete", "raw"]),
                          st.integers(0, 7), st.sampled_from(FACILITY_TYPES[:3]),
                          st.booleans()), max_size=25))
def test_unlocated_counts_kept_by_triggers_equal_a_count(tmp_path_factory, steps):
    """Whatever is done to the sites (through the store, or in SQL as QGIS does), the
    counts the triggers keep equal a count of the rows, for every filter they answer."""
    path = tmp_path_factory.mktemp("counts") / "c.gpkg"
    with open_catalog(path, create=True) as cat:
        ids = []
        for op, i, kind, located in steps:
            sid = f"kp-s{i}"
            have = sid in ids
            if op == "add" and not have:
                cat.add_site(Site(sid, f"S{i}", kind, lon=126.0 if located else None,
                                  lat=40.0 if located else None,
                                  location_precision="exact" if located else "unknown",
                                  location_method="digitised by analyst" if located else None,
                                  review_status="candidate"))
                ids.append(sid)
            elif have and op == "delete":
                cat.delete_site(sid)
                ids.remove(sid)
            elif have and op == "raw":  # an edit in QGIS: SQL on the layer
                cat.conn.execute("UPDATE sites SET geom = NULL, location_precision = "
                                 "'unknown' WHERE site_id = ?", (sid,))
            elif have:
                s = cat.get_site(sid)
                if op == "locate":
                    s.lon, s.lat, s.location_precision = 127.0, 39.0, "exact"
                    s.location_method = "digitised by analyst"
                elif op == "unlocate":
                    s.lon = s.lat = s.location_method = None
                    s.location_precision = "unknown"
                elif op == "retype":
                    s.facility_type = kind
                else:
                    s.review_status = "accepted"
                s.updated_at = None
                cat.update_site(s)
        for f in (SiteFilter(review_status=None), SiteFilter(),
                  SiteFilter(review_status=("candidate",), types=(FACILITY_TYPES[1],)),
                  SiteFilter(review_status=None, statuses=("unknown",))):
            where, params = cat._filter_sql(f)
            counted = cat.conn.execute(
                "SELECT count(*) FROM sites s WHERE s.geom IS NULL"
                + "".join(f" AND {w}" for w in where), params).fetchone()[0]
            assert cat.count_unlocated(f) == counted


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.floats(-180, 180), st.floats(-90, 90)), max_size=400),
       st.integers(0, 400))
def test_rtree_extent_from_its_root_equals_a_scan(tmp_path_factory, points, deleted):
    """The extent read from the R-tree's root node (every commit keeps gpkg_contents' extent
    with it) equals the min/max over every entry, for trees of one node and of several,
    emptied or not."""
    from catalog.stores.geopackage import rtree_extent

    path = tmp_path_factory.mktemp("extent") / "c.gpkg"
    with open_catalog(path, create=True) as cat:
        cat.add_sites([Site(f"kp-s{i}", f"S{i}", "nuclear", lon=x, lat=y,
                            location_precision="exact",
                            location_method="digitised by analyst")
                       for i, (x, y) in enumerate(points)], record_history=False)
        with cat.transaction():
            for i in range(min(deleted, len(points))):
                cat.delete_site(f"kp-s{i}")
        scan = cat.conn.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) "
                                "FROM rtree_sites_geom").fetchone()
        assert rtree_extent(cat.conn) == tuple(scan)
        stored = cat.conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                  "WHERE table_name = 'sites'").fetchone()
        assert tuple(stored) == tuple(scan)


# -- the bulk load writes what add_site writes (issue 13) ----------------------------------

def _bulk_sites() -> list[Site]:
    """Sites that take every way through the bulk load's column-wise checks: values it
    normalises (a name with spaces around it, a lower-case country, a date object, a time
    with an offset, integer coordinates and radius), local names (one equal to the name),
    a parent, a location source, unlocated sites and repeated names."""
    import datetime as dt

    sites = []
    for i in range(120):
        kw = dict(lon=(i * 37) % 360 - 180 + 0.125, lat=(i * 11) % 160 - 80 + 0.5,
                  location_precision=("exact", "approximate", "locality")[i % 3],
                  location_method="digitised by analyst", location_source_id="s-1",
                  precision_m=250.0 if i % 3 == 1 else None,
                  updated_at=f"2024-01-{i % 28 + 1:02d}T12:00:00.000Z")
        if i % 10 == 9:
            kw.update(lon=None, lat=None, location_precision="unknown", location_method=None,
                      location_source_id=None, precision_m=None)
        sites.append(Site(f"kp-{i:03d}", f"Site {i % 50}", FACILITY_TYPES[i % 10],
                          status=("active", "unknown")[i % 2], **kw))
    sites[1].name = "  Yŏngjŏ-dong  "
    sites[2].name_local = " 영저동"
    sites[3].name_local = sites[3].name
    sites[4].country, sites[4].admin1 = " prk", "North Hamgyong"
    sites[5].status_as_of = dt.date(2021, 3, 4)
    sites[6].updated_at = "2024-01-02T03:04:05+09:00"
    sites[7].lon, sites[7].lat = 127, 40  # integers
    sites[8].precision_m = 500
    sites[100].parent_site_id = "kp-010"
    sites[11].notes = "a note"
    sites[12].review_status = "candidate"
    sites[13].notes = ""  # an empty text has its history row too
    sites[14].name_local = "Yŏngjŏ-dong "  # a local name with a space after it
    sites[15].precision_m, sites[15].location_precision = 0.1 + 0.2, "approximate"
    return sites


def _table(cat, query: str) -> list[tuple]:
    """The rows of ``query`` in a fixed order, fids left out (the first column of
    ``SELECT *``): the bulk load numbers sites along a Hilbert curve."""
    rows = [tuple(r)[1:] if query.startswith("SELECT *") else tuple(r)
            for r in cat.conn.execute(query)]
    return sorted(rows, key=repr)


@pytest.mark.parametrize("odd", [False, True])
def test_bulk_load_writes_the_same_tables_as_add_site_one_by_one(tmp_path, odd):
    """``odd``: one site in a chunk of the middle has a number for a text field, so that
    chunk's history is written value by value from Python, the others' from the rows."""
    from catalog.model import Source
    from catalog.query import BBox

    sites = _bulk_sites()
    if odd:
        sites[40].admin1 = 5
    cats = []
    for name in ("bulk", "one-by-one"):
        cat = open_catalog(tmp_path / f"{name}.gpkg", create=True)
        cats.append(cat)
        cat.add_source(Source("s-1", "A report"))
        if name == "bulk":
            assert cat.add_sites(iter(sites), chunk_size=32) == len(sites)
        else:
            with cat.transaction():
                for s in sites:
                    cat.add_site(s)
    bulk, single = cats
    try:
        for query in [
            "SELECT * FROM sites",  # every stored value, the point blob's bytes too
            "SELECT site_id, alias, system, match_key FROM aliases",
            "SELECT site_id, changed_at, field, old_value, new_value, source_id, note "
            "FROM site_history",
            "SELECT 0, * FROM site_counts",
            "SELECT s.site_id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_sites_geom r "
            "JOIN sites s ON s.fid = r.id",
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'sites'",
            "SELECT type, name, tbl_name, sql FROM sqlite_master",
        ]:
            assert _table(bulk, query) == _table(single, query), query
        history = ("SELECT site_id, field, old_value, new_value, source_id, note "
                   "FROM site_history ORDER BY fid")  # in the order the sites were given
        assert bulk.conn.execute(history).fetchall() == single.conn.execute(history).fetchall()
        assert len(_table(bulk, "SELECT * FROM aliases")) == len(sites) + 2
        assert bulk.conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        for box in [BBox(-180, -90, 180, 90), BBox(0, 0, 60, 40), BBox(170, -50, -170, 50)]:
            assert (sorted(bulk.query(box)["site_id"])
                    == sorted(single.query(box)["site_id"])) and len(single.query(box))
        assert bulk.count_unlocated(SiteFilter()) == single.count_unlocated(SiteFilter()) == 12
    finally:
        for cat in cats:
            cat.close()


def test_bulk_load_into_a_filled_catalogue_grows_its_rtree_and_counts(tmp_path):
    from catalog.model import Source
    from catalog.query import BBox

    sites = _bulk_sites()
    with open_catalog(tmp_path / "c.gpkg", create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        cat.add_sites(sites[:60], record_history=False)
        cat.add_sites(sites[60:], record_history=False)  # the R-tree is not empty now
        assert cat.conn.execute("SELECT count(*) FROM site_history").fetchone()[0] == 0
        assert cat.conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        assert cat.conn.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0] == 108
        assert len(cat.query(BBox(-180, -90, 180, 90))) == 107  # but the candidate
        assert cat.count_unlocated(SiteFilter()) == 12
        assert cat.conn.execute("SELECT sum(unlocated) FROM site_counts").fetchone()[0] == 12


def _everything(cat) -> dict:
    """Every table's rows, the schema (triggers and indexes too), the temporary tables and
    the settings a bulk load changes for its time."""
    tables = [r[0] for r in cat.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {t: cat.conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    out["schema"] = cat.conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    out["temp"] = cat.conn.execute("SELECT * FROM sqlite_temp_master").fetchall()
    for pragma in ("ignore_check_constraints", "cache_size", "foreign_keys", "journal_mode",
                   "synchronous", "busy_timeout"):
        out[pragma] = cat.conn.execute(f"PRAGMA {pragma}").fetchone()[0]
    return {k: [tuple(r) for r in v] if isinstance(v, list) else v for k, v in out.items()}


@pytest.mark.parametrize("filled", [False, True])
def test_a_failing_bulk_load_leaves_the_catalogue_as_it_was(tmp_path, filled):
    """Into an empty catalogue (indexes rebuilt and the R-tree packed at the end) or a
    filled one, a bulk load refused in its first chunk, a later one, or at the end (a
    missing parent) leaves every row, trigger, index, count and setting as it was."""
    import dataclasses

    from catalog.errors import DuplicateError, SiteNotFound, SourceNotFound, ValidationError
    from catalog.model import Source

    sites = _bulk_sites()
    with open_catalog(tmp_path / "c.gpkg", create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        if filled:
            cat.add_sites(sites[:50])
            cat.add_site(Site("kp-lone", "Lone", "other"))
        load = sites[50:] if filled else sites
        before = _everything(cat)
        head = load[:60]  # the bad site in the second chunk of 32
        for bad, error in [
            ([*head, dataclasses.replace(load[5], lat=95.0)], ValidationError),
            ([*head, dataclasses.replace(load[60], site_id=load[3].site_id)], DuplicateError),
            ([*head, dataclasses.replace(load[60], site_id="kp-000" if filled else "kp-999"),
              Site("kp-999", "Again", "other")], DuplicateError),
            ([*head, dataclasses.replace(load[60], location_source_id="s-none")],
             SourceNotFound),
            ([*head, dataclasses.replace(load[60], parent_site_id="kp-none")], SiteNotFound),
            ([dataclasses.replace(load[0], name="   ")], ValidationError),
            ([*head, dataclasses.replace(load[60], name_local="  ")], ValidationError),
            ([*head, dataclasses.replace(load[60], name_local="¿?")], ValidationError),
        ]:
            with pytest.raises(error):
                cat.add_sites(bad, chunk_size=32)
            assert _everything(cat) == before
        assert cat.add_sites(load, chunk_size=32) == len(load)  # and it still loads
        assert cat.conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        assert _everything(cat)["temp"] == []


def _watched(sites, cat, seen: list, every: int = 32):
    """``sites``, noting the journal mode of ``cat``'s connection every ``every`` sites
    (while the bulk load consumes them, inside its transaction)."""
    for i, s in enumerate(sites):
        if i % every == 0:
            seen.append(cat.conn.execute("PRAGMA journal_mode").fetchone()[0])
        yield s


def test_a_bulk_load_into_an_empty_catalogue_alone_uses_the_rollback_journal(tmp_path):
    """Alone with an empty catalogue, the load writes through a rollback journal and the
    file is back in WAL afterwards (and after a failed load); with another connection
    open, into a filled catalogue, or inside a transaction, it stays in WAL."""
    import dataclasses

    from catalog.errors import ValidationError
    from catalog.model import Source

    sites = _bulk_sites()
    path = tmp_path / "c.gpkg"
    with open_catalog(path, create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        before = _everything(cat)
        seen: list = []
        with pytest.raises(ValidationError):
            cat.add_sites(_watched([*sites[:40], dataclasses.replace(sites[5], lat=95.0)],
                                   cat, seen), chunk_size=32)
        assert seen == ["delete", "delete"] and _everything(cat) == before
        assert not (tmp_path / "c.gpkg-journal").exists()
        other = sqlite3.connect(path)
        other.execute("SELECT count(*) FROM sites").fetchone()
        seen.clear()
        cat.add_sites(_watched(sites[:40], cat, seen), chunk_size=32)
        assert seen == ["wal", "wal"]
        other.close()
    path2 = tmp_path / "d.gpkg"
    with open_catalog(path2, create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        seen.clear()
        with cat.transaction():
            cat.add_sites(_watched(sites[:40], cat, seen), chunk_size=32)
        assert seen == ["wal", "wal"]
        seen.clear()
        cat.add_sites(_watched(sites[40:], cat, seen), chunk_size=32)  # filled
        assert set(seen) == {"wal"}
        assert cat.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    path3 = tmp_path / "e.gpkg"
    with open_catalog(path3, create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        seen.clear()
        assert cat.add_sites(_watched(sites, cat, seen), chunk_size=32) == len(sites)
        assert set(seen) == {"delete"}
        assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cat.conn.execute("PRAGMA synchronous").fetchone()[0] == 1
        assert cat.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con = sqlite3.connect(path3)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # kept in the file
    assert con.execute("SELECT count(*) FROM sites").fetchone()[0] == len(sites)
    con.close()


def test_a_bulk_load_holds_the_garbage_collector_off_and_leaves_it_as_it_was(tmp_path):
    import dataclasses
    import gc

    from catalog.errors import ValidationError
    from catalog.model import Source

    sites = _bulk_sites()
    states: list = []

    def watched(sites):
        for s in sites:
            states.append(gc.isenabled())
            yield s

    with open_catalog(tmp_path / "c.gpkg", create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        cat.add_sites(watched(sites[:9]), record_history=False)
        assert states and not any(states) and gc.isenabled()
        with pytest.raises(ValidationError):
            cat.add_sites([dataclasses.replace(sites[10], lat=95.0)])
        assert gc.isenabled()
        gc.disable()
        try:
            cat.add_sites(sites[20:29], record_history=False)
            assert not gc.isenabled()  # left off, as it was
        finally:
            gc.enable()


def test_a_catalogue_opened_during_a_rollback_journal_load_reads_and_ends_in_wal(tmp_path):
    """A catalogue opened while a load runs in the rollback journal reads the catalogue as
    it was, then the whole load; the file ends in WAL, for it and for later opens."""
    from catalog.model import Source
    from catalog.stores.geopackage import GeoPackageCatalog

    sites = _bulk_sites()
    path = tmp_path / "c.gpkg"
    opened = []

    def feed(cat):
        for i, s in enumerate(sites):
            if i == 40:
                assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
                opened.append(GeoPackageCatalog(path, busy_timeout=5))
                assert opened[0].conn.execute("SELECT count(*) FROM sites").fetchone()[0] == 0
            yield s

    with open_catalog(path, create=True) as cat:
        cat.add_source(Source("s-1", "R"))
        assert cat.add_sites(feed(cat), chunk_size=32) == len(sites)
        assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader = opened[0]
    assert reader.conn.execute("SELECT count(*) FROM sites").fetchone()[0] == len(sites)
    assert reader.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader.close()
    with open_catalog(path) as cat:
        assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("n", [0, 1, 2, 3, 9, 10])
def test_insert_columns_writes_every_row_once_in_order(n):
    from catalog.stores.geopackage import insert_columns

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY AUTOINCREMENT, a, b)")
    a, b = list(range(n)), [f"v{i}" for i in range(n)]
    if n:
        insert_columns(conn, "INSERT INTO t (a, b)", [a, b], per_statement=3)
    assert conn.execute("SELECT k, a, b FROM t ORDER BY k").fetchall() == [
        (i + 1, i, f"v{i}") for i in range(n)]
    insert_columns(conn, "INSERT INTO t (k, a, b)", [[1, 99], [0, 0], ["x", "y"]],
                   tail="ON CONFLICT (k) DO NOTHING", per_statement=1)
    assert conn.execute("SELECT a FROM t WHERE k = 1").fetchone() == ((0,) if n else (0,))


def test_insert_columns_keeps_within_the_connections_variable_limit():
    from catalog.stores.geopackage import insert_columns

    conn = sqlite3.connect(":memory:")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # 3 rows of 2 at most
    conn.execute("CREATE TABLE t (a, b)")
    insert_columns(conn, "INSERT INTO t (a, b)", [range(10), range(10, 20)], per_statement=1000)
    assert conn.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == [
        (i, i + 10) for i in range(10)]


@pytest.mark.parametrize("n", [1, 2, 3, 7])
@pytest.mark.parametrize("shared", [(), (0,), (1,), (3,), (0, 2), (1, 3), (0, 1, 2, 3)])
def test_insert_columns_binds_a_text_every_row_shares_once(n, shared):
    """A column of one text in every row is a named parameter bound once a statement:
    wherever it stands, the rows are those given; values equal but not text (1 and 1.0)
    are bound row by row, each as it is."""
    from catalog.stores.geopackage import insert_columns

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY AUTOINCREMENT, a, b, c, d)")
    columns = [[f"{j}-{i}" for i in range(n)] for j in range(4)]
    for j in shared:
        columns[j] = ["it's the same"] * n
    rows = list(zip(*columns, strict=True))
    insert_columns(conn, "INSERT INTO t (a, b, c, d)", columns, per_statement=3)
    assert conn.execute("SELECT a, b, c, d FROM t ORDER BY k").fetchall() == rows
    conn.execute("DELETE FROM t")
    mixed = [[1] * n, [1] * (n - 1) + [1.0], ["1"] * n, ["1"] * n]
    insert_columns(conn, "INSERT INTO t (a, b, c, d)", mixed, per_statement=2)
    assert conn.execute("SELECT typeof(a), typeof(b), c, d FROM t ORDER BY k").fetchall() == [
        ("integer", "integer" if i < n - 1 else "real", "1", "1") for i in range(n)]
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # the shared one and 3 rows of 2
    conn.execute("DELETE FROM t")
    insert_columns(conn, "INSERT INTO t (a, b, c)", [range(10), ["s"] * 10, range(10, 20)],
                   per_statement=1000)
    assert conn.execute("SELECT a, b, c FROM t ORDER BY k").fetchall() == [
        (i, "s", i + 10) for i in range(10)]


def test_a_bulk_load_leaves_the_rtree_extent_and_triggers_edits_rely_on(tmp_path):
    """add_sites sets the R-tree's triggers aside, packs the tree from its arrays and
    writes the located and unlocated sites by separate statements: afterwards each located
    site's box holds its point (rounded outwards to float32, as SQLite stores it), the
    layer's extent is that of the points, points are blobs and a missing radius NULL,
    every trigger of a new catalogue is back, and later edits reach the R-tree through
    them, as GDAL (QGIS) reads it."""
    import numpy as np

    rng = np.random.default_rng(11)
    points, sites = {}, []
    for i in range(3000):  # two chunks of 2,000 and 1,000
        if i % 17 == 0:
            sites.append(Site(f"b-{i}", f"Unplaced {i}", "other", notes="unlocated"))
            continue
        lon, lat = float(rng.uniform(-180, 180)), float(rng.uniform(-90, 90))
        points[f"b-{i}"] = (lon, lat)
        sites.append(Site(f"b-{i}", f"Placed {i}", FACILITY_TYPES[i % len(FACILITY_TYPES)],
                          lon=lon, lat=lat, location_method="digitised by analyst",
                          location_precision="approximate" if i % 2 else "exact",
                          precision_m=1500.0 if i % 2 else None))
    with open_catalog(tmp_path / "new.gpkg", create=True) as new:
        triggers = new.conn.execute("SELECT name, tbl_name, sql FROM sqlite_master "
                                    "WHERE type = 'trigger' ORDER BY name").fetchall()
    path = tmp_path / "bulk.gpkg"
    with open_catalog(path, create=True) as cat:
        assert cat.add_sites(sites, chunk_size=2000) == len(sites)
        conn = cat.conn
        assert conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = "
                            "'trigger' ORDER BY name").fetchall() == triggers
        boxes = {r[0]: r[1:] for r in conn.execute(
            "SELECT s.site_id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_sites_geom r "
            "JOIN sites s ON s.fid = r.id")}
        assert boxes.keys() == points.keys()
        for sid, (lon, lat) in points.items():
            minx, maxx, miny, maxy = boxes[sid]
            assert minx <= lon <= maxx and miny <= lat <= maxy
            assert maxx - minx <= 2 * abs(np.spacing(np.float32(lon)))
            assert maxy - miny <= 2 * abs(np.spacing(np.float32(lat)))
        lons, lats = zip(*points.values(), strict=True)
        extent = conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                              "WHERE table_name = 'sites'").fetchone()
        assert tuple(extent) == (min(b[0] for b in boxes.values()),
                                 min(b[2] for b in boxes.values()),
                                 max(b[1] for b in boxes.values()),
                                 max(b[3] for b in boxes.values()))
        assert extent[0] <= min(lons) and extent[2] >= max(lons)
        assert extent[1] <= min(lats) and extent[3] >= max(lats)
        stored = {r[0]: r[1:] for r in conn.execute(
            "SELECT site_id, typeof(geom), typeof(precision_m), precision_m FROM sites")}
        for s in sites:
            assert stored[s.site_id] == ("blob" if s.located else "null",
                                         "null" if s.precision_m is None else "real",
                                         s.precision_m)
        # later edits, each through the triggers the load put back
        cat.edit_site("b-1", lon=10.5, lat=20.25, location_precision="exact",
                      location_method="digitised by analyst")
        cat.edit_site("b-0", lon=-30.5, lat=-40.25, location_precision="exact",
                      location_method="digitised by analyst")  # unlocated until now
        cat.delete_site("b-2")
        box = ("SELECT r.minx, r.maxx, r.miny, r.maxy FROM rtree_sites_geom r "
               "JOIN sites s ON s.fid = r.id WHERE s.site_id = ?")
        assert tuple(conn.execute(box, ("b-1",)).fetchone()) == (10.5, 10.5, 20.25, 20.25)
        assert tuple(conn.execute(box, ("b-0",)).fetchone()) == (-30.5, -30.5, -40.25, -40.25)
        assert conn.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0] == len(points)
        assert conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
    got = pyogrio.read_dataframe(path, layer="sites", bbox=(10, 20, 11, 21))
    assert "b-1" in set(got["site_id"])
    got = pyogrio.read_dataframe(path, layer="sites", bbox=(-31, -41, -30, -40))
    assert "b-0" in set(got["site_id"])


def test_migration_6_remakes_the_keys_of_names_in_other_scripts(tmp_path):
    # a catalogue whose key of "तेजपुर वायुसेना स्टेशन" was made when the vowel signs
    # ended its words (its consonants alone): re-made, so that the name matches again
    from catalog import open_catalog
    from catalog.gazetteer import match_key
    from catalog.model import Alias, Site

    path = tmp_path / "old.gpkg"
    name = "तेजपुर वायुसेना स्टेशन"
    with open_catalog(path, create=True) as cat:
        cat.add_site(Site("in-x", "Air Force Station Tezpur", "airbase"))
        cat.add_alias(Alias("in-x", name))
        cat.add_alias(Alias("in-x", "Tezpur"))
    con = sqlite3.connect(path)
    con.execute("UPDATE aliases SET match_key = 'तजपरवयसनसटशन' WHERE alias = ?", (name,))
    con.execute("DELETE FROM schema_migrations WHERE version >= 6")
    con.commit()
    con.close()
    with open_catalog(path) as cat:
        assert cat.schema_version() == 6
        keys = {a.alias: a.match_key for a in cat.aliases("in-x")}
    assert keys[name] == match_key(name) == "तेजपुरवायुसेनासटेशन"
    assert keys["Tezpur"] == "tezpur"
