"""GeoPackage-specific facts, read back with fiona, pyogrio and sqlite3.

The store-agnostic Catalog API tests run against every store in test_store_api.py.
"""

import sqlite3

import fiona
import geopandas as gpd
import pyogrio
import pytest

from catalog import (
    Site,
    Source,
    open_catalog,
)
from catalog.stores.gpkg_geometry import decode_point, encode_point


def _site(site_id="kp-a", **kw):
    d = dict(name="Site A", facility_type="missile base", lon=126.1, lat=38.5,
             location_precision="exact", location_method="published by source")
    d.update(kw)
    return Site(site_id, **d)


def test_point_blob_round_trip():
    assert decode_point(encode_point(126.107945, 38.584698)) == (126.107945, 38.584698)
    assert decode_point(None) is None


def test_layers_crs_and_field_types_read_back_with_fiona(shipped_path):
    assert fiona.listlayers(shipped_path) == ["sites", "sources", "aliases", "citations",
                                              "site_citations", "layer_styles",  # issue 5
                                              "site_history", "review_items"]
    with fiona.open(shipped_path, layer="sites") as c:
        assert c.crs.to_epsg() == 4326
        assert c.schema["geometry"] == "Point"
        props = c.schema["properties"]
        assert props["status_as_of"] == "date"
        assert props["updated_at"] == "datetime"
        assert props["precision_m"] == "float"
        assert len(c) == 4
    with fiona.open(shipped_path, layer="citations") as c:
        assert c.schema["properties"]["char_start"].startswith("int")
        assert len(c) == 5


def test_geopandas_reads_sites_with_unlocated_as_missing_geometry(shipped_path):
    gdf = gpd.read_file(shipped_path, layer="sites")
    assert gdf.crs.to_epsg() == 4326
    by_id = gdf.set_index("site_id")
    assert by_id.loc["kp-yeongjeo-dong", "geometry"] is None
    p = by_id.loc["kp-sakkanmol", "geometry"]
    assert (round(p.y, 6), round(p.x, 6)) == (38.584698, 126.107945)


def test_rtree_index_serves_bbox_reads(shipped_path):
    info = pyogrio.read_info(shipped_path, layer="sites")
    assert info["capabilities"]["fast_spatial_filter"]
    gdf = pyogrio.read_dataframe(shipped_path, layer="sites", bbox=(126.5, 41, 127.5, 42))
    assert list(gdf["site_id"]) == ["kp-hoejung-ni"]


def test_schema_keys_foreign_keys_and_registration(shipped_path):
    con = sqlite3.connect(shipped_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert con.execute("PRAGMA user_version").fetchone()[0] == 10200
    contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert contents == {"sites": "features", "sources": "attributes",
                        "aliases": "attributes", "citations": "attributes",
                        "site_history": "attributes", "review_items": "attributes",
                        # issue 5: the flat view and QGIS's default styles
                        "site_citations": "attributes", "layer_styles": "attributes"}
    fks = {(r[2], r[3], r[4]) for r in con.execute("PRAGMA foreign_key_list(citations)")}
    assert fks == {("sites", "site_id", "site_id"), ("sources", "source_id", "source_id")}
    cols = {r[1]: r for r in con.execute("PRAGMA table_info(sites)")}
    assert cols["fid"][2] == "INTEGER" and cols["fid"][5] == 1
    assert cols["site_id"][3] == 1  # NOT NULL
    unique = [r for r in con.execute("PRAGMA index_list(sites)") if r[2]]
    assert any(con.execute(f"PRAGMA index_info('{r[1]}')").fetchone()[2] == "site_id"
               for r in unique)
    ext = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                      "WHERE table_name='sites'").fetchone()
    assert ext[0] == pytest.approx(126.107945, abs=1e-4)
    assert ext[3] == pytest.approx(41.369883, abs=1e-4)


def test_update_moves_point_and_keeps_rtree_in_step(tmp_path):
    path = tmp_path / "c.gpkg"
    with open_catalog(path, create=True) as cat:
        cat.add_site(_site())
        cat.update_site(_site(lon=10.0, lat=10.0))
        cat.update_site(_site("kp-a", lon=None, lat=None, location_precision="unknown",
                              location_method=None))
        cat.add_site(_site("kp-b", lon=20.0, lat=20.0))
    assert list(pyogrio.read_dataframe(path, layer="sites", bbox=(5, 5, 25, 25))["site_id"]) \
        == ["kp-b"]


def test_a_held_lock_gives_a_clear_error_and_changes_nothing(shipped_path):
    from catalog.errors import CatalogLocked
    from catalog.stores.geopackage import GeoPackageCatalog

    holder = sqlite3.connect(shipped_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with GeoPackageCatalog(shipped_path, busy_timeout=0.2) as cat:
            with pytest.raises(CatalogLocked, match="locked by another writer .* 0.2 s; "
                                                    "nothing was changed"):
                cat.add_source(Source("s-9", "Blocked"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_catalog(shipped_path) as cat:
        assert "s-9" not in {s.source_id for s in cat.sources()}


def test_column_wise_sites_frame_equals_the_record_path(shipped):
    from pandas.testing import assert_frame_equal

    from catalog.stores.base import Catalog, sites_to_frame

    for states in (("accepted",), None):
        fast = shipped.sites_frame(states)
        slow = Catalog.sites_frame(shipped, states)
        assert_frame_equal(fast, slow)
        assert_frame_equal(fast, sites_to_frame(shipped.sites(states)))
    assert fast.geometry.isna().sum() == 2


def test_a_stale_edit_is_refused_not_silently_applied(shipped_path):
    import dataclasses

    from catalog.errors import EditConflict

    with open_catalog(shipped_path) as a, open_catalog(shipped_path) as b:
        read_by_a = a.get_site("kp-hoejung-ni")
        b.update_site(dataclasses.replace(b.get_site("kp-hoejung-ni"), status="active"))
        with pytest.raises(EditConflict, match="changed by another writer"):
            a.update_site(dataclasses.replace(read_by_a, notes="A's edit"))
        assert a.get_site("kp-hoejung-ni").status == "active"
        # a fresh read edits fine, and versions strictly increase
        fresh = a.get_site("kp-hoejung-ni")
        after = a.update_site(dataclasses.replace(fresh, notes="A's edit"))
        assert after.updated_at > fresh.updated_at
