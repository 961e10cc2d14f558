"""The Catalog API, the same tests against every store: a GeoPackage and PostGIS.

Each test runs once per store through the ``store``/``shipped_store`` fixtures of
conftest.py; the PostGIS runs skip, saying why, when no server can be started. The whole
contract of :class:`catalog.stores.base.Catalog` is here: sites, aliases, sources,
citations, history, places, frames, whole catalogues (is_empty, clear, dump_records,
load_records, backup, new_catalog) and the schema version.
"""

import dataclasses

import fiona
import numpy as np
import pytest

from catalog import (
    Alias,
    CatalogNotFound,
    Citation,
    DuplicateError,
    Site,
    SiteNotFound,
    Source,
    SourceNotFound,
    ValidationError,
    open_catalog,
)
from catalog.build import build_catalog
from catalog.errors import FileOverwriteError
from catalog.gazetteer import Place
from catalog.query import BBox
from catalog.stores import init_catalog, is_database_url, new_catalog
from catalog.stores.base import hilbert_keys
from catalog.validate import validate_catalog

EMPTY = {"sites": 0, "aliases": 0, "sources": 0, "citations": 0}


def _site(site_id="kp-a", **kw):
    d = dict(name="Site A", facility_type="missile base", lon=126.1, lat=38.5,
             location_precision="exact", location_method="published by source")
    d.update(kw)
    return Site(site_id, **d)


def test_add_get_and_aliases(store):
    store.add_site(_site(name_local="삭간몰"))
    s = store.get_site("kp-a")
    assert (s.lon, s.lat, s.updated_at.endswith("Z")) == (126.1, 38.5, True)
    store.add_alias(Alias("kp-a", "Sak-kan-mol", "press"))
    store.add_alias(Alias("kp-a", "Sak-kan-mol", "press"))  # the same name twice: once
    names = [a.alias for a in store.aliases("kp-a")]
    assert names == ["Site A", "삭간몰", "Sak-kan-mol"]
    assert store.aliases("kp-a")[2].match_key == Alias("kp-a", "Sak-kan-mol").validated(
        ).match_key
    with pytest.raises(DuplicateError, match="site 'kp-a' already exists"):
        store.add_site(_site())
    with pytest.raises(SiteNotFound, match="no site 'kp-zz'"):
        store.get_site("kp-zz")
    assert store.has_site("kp-a") and not store.has_site("kp-zz")


def test_every_field_round_trips_exactly(store):
    store.add_source(Source("s-1", "Report «Ŏ»", ["A. Author", "B. Author"], "Pub",
                            "2018-12-08", "https://example.org/r", "2024-01-02", "news",
                            "sha256:abc", "n"))
    site = _site(lon=126.107945123456, lat=-38.584698987654, name_local="영저동",
                 country="prk", admin1="Ryanggang", status="expanding",
                 status_as_of="2018-12-08", location_precision="approximate",
                 precision_m=11265.4, location_method="digitised by analyst",
                 location_source_id="s-1", review_status="candidate", notes="«quoted» 'x'")
    store.add_site(site)
    got = store.get_site("kp-a")
    want = dataclasses.replace(site.validated(), updated_at=got.updated_at)
    assert got == want
    assert store.get_source("s-1") == Source(
        "s-1", "Report «Ŏ»", ["A. Author", "B. Author"], "Pub", "2018-12-08",
        "https://example.org/r", "2024-01-02", "news", "sha256:abc", "n")
    with pytest.raises(SourceNotFound, match="no source 's-2'"):
        store.get_source("s-2")
    with pytest.raises(DuplicateError, match="source 's-1' already exists"):
        store.add_source(Source("s-1", "Again"))


def test_unlocated_sites_and_review_states(store):
    store.add_site(_site("kp-b", lon=None, lat=None, location_precision="unknown",
                         location_method=None))
    store.add_site(_site("kp-a", review_status="candidate"))
    store.add_site(_site("kp-c", review_status="rejected"))
    assert [s.site_id for s in store.sites()] == ["kp-b"]
    assert [s.site_id for s in store.sites(None)] == ["kp-a", "kp-b", "kp-c"]
    assert [s.site_id for s in store.sites(["candidate", "rejected"])] == ["kp-a", "kp-c"]
    b = store.get_site("kp-b")
    assert (b.lon, b.lat, b.located) == (None, None, False)
    frame = store.sites_frame(None)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.geometry.isna()) == [False, True, False]


def test_ids_sort_bytewise_in_every_store(store):
    for sid in ("kp-a-b", "kp-ab", "kp-a.c", "kp-a_b", "kp-a:b"):
        store.add_site(_site(sid))
    assert [s.site_id for s in store.sites()] == sorted(
        ["kp-a-b", "kp-ab", "kp-a.c", "kp-a_b", "kp-a:b"])


def test_citation_to_a_missing_site_is_refused_and_changes_nothing(store):
    store.add_source(Source("s-1", "A report"))
    before = store.counts()
    with pytest.raises(SiteNotFound, match="no site 'kp-missing'"):
        store.add_citation(Citation("kp-missing", "s-1", "q"))
    store.add_site(_site())
    with pytest.raises(SourceNotFound, match="no source 's-9'"):
        store.add_citation(Citation("kp-a", "s-9", "q"))
    assert store.counts() == {**before, "sites": 1, "aliases": 1}


def test_a_failed_transaction_rolls_back_everything(store):
    with pytest.raises(ValidationError):
        with store.transaction():
            store.add_source(Source("s-1", "A report"))
            store.add_site(_site())
            store.add_site(_site("kp-b", lat=123))
    assert store.counts() == EMPTY


def test_a_refused_write_inside_a_transaction_leaves_it_usable(store):
    store.add_site(_site())
    with store.transaction():
        with pytest.raises(DuplicateError):
            store.add_site(_site())
        store.add_source(Source("s-1", "Still written"))
    assert store.counts()["sources"] == 1


def test_same_citation_twice_is_stored_once(store):
    store.add_source(Source("s-1", "A report"))
    store.add_site(_site())
    for _ in range(2):
        store.add_citation(Citation("kp-a", "s-1", "A sentence."))
    assert len(store.citations("kp-a")) == 1
    assert store.citations(source_id="s-1")[0].quote == "A sentence."


def test_citations_in_one_batch_land_together_or_not_at_all(store):
    store.add_source(Source("s-1", "A report"))
    store.add_site(_site())
    store.add_site(_site("kp-b"))
    batch = [Citation("kp-a", "s-1", "One."), Citation("kp-b", "s-1", "Two."),
             Citation("kp-a", "s-1", "One.")]  # the same citation twice: stored once
    before = store.counts()
    with pytest.raises(SiteNotFound, match="no site 'kp-missing'"):
        store.add_citations([*batch, Citation("kp-missing", "s-1", "Three.")])
    with pytest.raises(SourceNotFound, match="no source 's-9'"):
        store.add_citations([*batch, Citation("kp-b", "s-9", "Four.")])
    assert store.counts() == before
    store.add_citations(batch)
    assert [c.quote for c in store.citations()] == ["One.", "Two."]
    assert store.add_citations([]) == []


def test_review_items_in_one_batch_land_together_or_not_at_all(store):
    from catalog.model import ReviewItem

    store.add_source(Source("s-1", "A report"))
    store.add_site(_site())
    store.add_site(_site("kp-b"))
    batch = [ReviewItem("kp-a", "s-1", "held mention", "a town's name", "One.", 0, 4),
             ReviewItem("kp-b", "s-1", "location problem", "no overlap"),
             ReviewItem("kp-a", "s-1", "held mention", "a town's name", "One.", 0, 4)]
    before = store.counts(), store.review_items()
    with pytest.raises(SiteNotFound, match="no site 'kp-missing'"):
        store.add_review_items([*batch, ReviewItem("kp-missing", "s-1", "held mention", "x")])
    with pytest.raises(SourceNotFound, match="no source 's-9'"):
        store.add_review_items([*batch, ReviewItem("kp-b", "s-9", "held mention", "x")])
    assert (store.counts(), store.review_items()) == before
    store.add_review_items(batch)  # the same item twice: stored once
    assert [(r.site_id, r.kind) for r in store.review_items()] == [
        ("kp-a", "held mention"), ("kp-b", "location problem")]
    store.add_review_item(ReviewItem("kp-b", "s-1", "held mention", "another"))
    assert len(store.review_items("kp-b")) == 2
    assert store.add_review_items([]) == []


def test_parent_must_exist(store):
    with pytest.raises(SiteNotFound, match="parent site 'kp-nope'"):
        store.add_site(_site(parent_site_id="kp-nope"))
    store.add_site(_site("kp-p"))
    store.add_site(_site("kp-c", parent_site_id="kp-p"))
    assert store.get_site("kp-c").parent_site_id == "kp-p"


def test_update_a_missing_site_is_refused(store):
    with pytest.raises(SiteNotFound, match="no site 'kp-a'"):
        store.update_site(_site())
    store.add_site(_site())
    with pytest.raises(SourceNotFound):
        store.update_site(_site(status="active"), source_id="s-missing")
    assert store.get_site("kp-a").status == "unknown"


def test_update_then_unlocate(store):
    store.add_site(_site())
    store.update_site(_site(lon=10.0, lat=10.0, name="Renamed"))
    s = store.get_site("kp-a")
    assert (s.lon, s.lat, s.name) == (10.0, 10.0, "Renamed")
    assert "Renamed" in [a.alias for a in store.aliases("kp-a")]
    store.update_site(dataclasses.replace(s, lon=None, lat=None, location_precision="unknown",
                                          location_method=None))
    assert not store.get_site("kp-a").located


def test_history_keeps_every_change_with_its_source(store):
    store.add_source(Source("s-1", "First report"))
    store.add_source(Source("s-2", "Second report"))
    store.add_site(_site(location_source_id="s-1"))
    store.update_site(_site(lon=126.2, lat=38.6, status="expanding", location_source_id="s-2"),
                      source_id="s-2", note="re-measured on new imagery")
    hist = store.site_history("kp-a")
    created = [h for h in hist if h["old_value"] is None and h["field"] == "location"]
    assert created[0]["new_value"] == "38.5000000,126.1000000"
    assert created[0]["source_id"] == "s-1"
    moved = {h["field"]: h for h in hist if h["source_id"] == "s-2"}
    assert set(moved) == {"location", "status", "location_source_id"}
    assert (moved["location"]["old_value"], moved["location"]["new_value"]) == (
        "38.5000000,126.1000000", "38.6000000,126.2000000")
    assert moved["status"]["note"] == "re-measured on new imagery"
    assert moved["location"]["changed_at"].endswith("Z")
    assert store.site_history("kp-zz") == []


def test_delete_a_cited_site_is_refused_until_its_citations_move(store):
    store.add_source(Source("s-1", "A report"))
    store.add_site(_site())
    store.add_site(_site("kp-b"))
    store.add_citation(Citation("kp-a", "s-1", "Quote."))
    before = store.counts()
    with pytest.raises(ValidationError):
        store.delete_site("kp-a")
    assert store.counts() == before
    assert store.move_citations("kp-a", "kp-b") == 1
    store.delete_site("kp-a")
    assert not store.has_site("kp-a")
    assert [c.site_id for c in store.citations()] == ["kp-b"]
    assert store.aliases("kp-a") == []
    assert store.site_history("kp-a")  # the history of a deleted site is kept
    with pytest.raises(SiteNotFound):
        store.move_citations("kp-b", "kp-gone")
    with pytest.raises(SiteNotFound):
        store.delete_site("kp-a")


def test_find_source_by_hash_or_url(store):
    store.add_source(Source("s-1", "One", url="https://example.org/1", content_hash="h1"))
    store.add_source(Source("s-2", "Two", url="https://example.org/2"))
    assert store.find_source(content_hash="h1").source_id == "s-1"
    assert store.find_source(url="https://example.org/2").source_id == "s-2"
    assert store.find_source(content_hash="nope", url="https://example.org/1"
                             ).source_id == "s-1"
    assert store.find_source(content_hash="nope") is None
    assert store.find_source() is None


def test_the_shipped_catalogue_is_the_same_in_every_store(shipped_store):
    assert shipped_store.counts() == {"sites": 4, "aliases": 15, "sources": 3,
                                      "citations": 5}
    assert [p for p in validate_catalog(shipped_store) if p.level == "error"] == []
    s = shipped_store.get_site("kp-sakkanmol")
    assert (s.lat, s.lon) == (38.584698, 126.107945)
    assert not shipped_store.get_site("kp-yeongjeo-dong").located


def test_frames(shipped_store):
    gdf = shipped_store.sites_frame()
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.isna().sum() == 2  # Yeongjeo-dong and its shelters
    cf = shipped_store.citations_frame(["kp-hoejung-ni"])
    assert set(cf["title"]) == {
        "New Satellite Images Reveal North Korea Expanding Key Missile Base",
        "Undeclared North Korea: Hoejung-ni Missile Operating Base"}


def test_backup_is_a_readable_geopackage_with_the_history(shipped_store, tmp_path):
    shipped_store.update_site(dataclasses.replace(
        shipped_store.get_site("kp-sakkanmol"), status="active"), note="backup test")
    dest = tmp_path / "copy.gpkg"
    shipped_store.backup(dest)
    with open_catalog(dest) as copy:
        assert copy.counts() == shipped_store.counts()
        assert copy.sites(None) == shipped_store.sites(None)
        assert copy.citations() == shipped_store.citations()
        assert copy.sources() == shipped_store.sources()
        assert copy.site_history("kp-sakkanmol") == shipped_store.site_history("kp-sakkanmol")
    assert fiona.listlayers(dest)[0] == "sites"


def test_missing_catalogue_is_a_clear_error(store_location):
    with pytest.raises(CatalogNotFound, match="no catalogue (at|in)"):
        open_catalog(store_location)


def test_gazetteer_places_are_stored_replaced_and_found_by_key(store):
    from catalog.gazetteer import match_key

    a = Place("geonames:1", "Tesŏkkol-li", 40.5, 127.5, "KP", "01", "PPL", 0,
              ("Tesokkol-li", "Tesokkol-ri"))
    b = Place("geonames:2", "Hoejung-ni", 41.369883, 126.913631, "KP", None, "PPL", None)
    assert store.add_places([a, b]) == 2
    moved = Place("geonames:1", "Tesŏkkol-li", 40.25, 127.25, "KP", "01", "PPL", 10,
                  ("Tesokkol-ri",))
    assert store.add_places([moved]) == 1  # replaced, not duplicated
    assert store.places() == [b, moved]
    assert store.places_named(match_key("Tesokkol-ri")) == [moved]
    assert store.places_named(match_key("Tesokkol-li")) == [moved]
    assert store.places_named(match_key("Nowhere")) == []


def test_add_sites_in_bulk_is_add_site_many_times(store, tmp_path):
    """The bulk path writes what add_site writes: rows, aliases, history."""
    store.add_source(Source("s-1", "A report"))
    bulk = [_site(f"kp-{i:03d}", lon=120 + i / 10, lat=35 + i / 20, name=f"Site {i}",
                  name_local="삭간몰" if i % 2 else None, location_source_id="s-1")
            for i in range(60)]
    bulk.append(_site("kp-child", parent_site_id="kp-001"))
    bulk.append(_site("kp-nowhere", lon=None, lat=None, location_precision="unknown",
                      location_method=None))
    assert store.add_sites(iter(bulk)) == 62
    with open_catalog(tmp_path / "one-by-one.gpkg", create=True) as ref:
        ref.add_source(Source("s-1", "A report"))
        for s in bulk:
            ref.add_site(dataclasses.replace(s, updated_at=store.get_site(s.site_id).updated_at))
        assert store.sites(None) == ref.sites(None)
        assert store.aliases() == ref.aliases()
        strip = [{**h, "changed_at": None} for h in store.history_rows()]
        assert strip == [{**h, "changed_at": None} for h in ref.history_rows()]


def test_add_sites_is_all_or_nothing(store):
    store.add_site(_site("kp-a"))
    before = store.counts()
    with pytest.raises(DuplicateError, match="site 'kp-a' already exists"):
        store.add_sites([_site("kp-b"), _site("kp-a")])
    with pytest.raises(DuplicateError, match="'kp-c' appears twice"):
        store.add_sites([_site("kp-c"), _site("kp-c")])
    with pytest.raises(SiteNotFound, match="parent site 'kp-nope' of 'kp-d'"):
        store.add_sites([_site("kp-d", parent_site_id="kp-nope")])
    with pytest.raises(SourceNotFound):
        store.add_sites([_site("kp-e", location_source_id="s-nope")])
    with pytest.raises(ValidationError, match="latitude"):
        store.add_sites([_site("kp-f"), _site("kp-g", lat=123)])
    assert store.counts() == before


# -- the rest of the contract: whole catalogues, history, edits (issue 14) ----------------

def test_is_empty_and_clear(store):
    assert store.is_empty()
    store.add_source(Source("s-1", "A report"))
    assert not store.is_empty()
    store.add_site(_site(location_source_id="s-1"))
    store.add_places([Place("geonames:1", "Hoejung-ni", 41.37, 126.91, "KP", None, "PPL", None)])
    store.delete_site("kp-a")  # its history stays: still not empty
    assert store.counts()["sites"] == 0 and not store.is_empty()
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.clear()
            assert store.is_empty()
            raise RuntimeError("rolled back")
    assert store.history_rows() and store.places()  # the failed clear changed nothing
    store.clear()
    assert store.is_empty()
    assert (store.counts(), store.history_rows(), store.places()) == (EMPTY, [], [])
    store.add_site(_site())  # and the catalogue works as new
    assert [s.site_id for s in store.sites()] == ["kp-a"]


def test_history_rows_hold_every_site_oldest_first(store):
    store.add_source(Source("s-1", "A report"))
    store.add_site(_site("kp-a"))
    store.add_site(_site("kp-b"))
    store.update_site(_site("kp-a", status="active"), source_id="s-1", note="n")
    store.delete_site("kp-b")
    rows = store.history_rows()
    assert rows == store.site_history("kp-a")[:-1] + store.site_history("kp-b") \
        + store.site_history("kp-a")[-1:]
    assert rows[-1] == {**rows[-1], "site_id": "kp-a", "field": "status",
                        "old_value": "unknown", "new_value": "active", "source_id": "s-1",
                        "note": "n"}
    assert [r["changed_at"] for r in rows] == sorted(r["changed_at"] for r in rows)


@pytest.fixture
def worked_records(tmp_path):
    """Every kind of record, read from a built GeoPackage after an edit and a delete."""
    path = tmp_path / "worked.gpkg"
    build_catalog(path)
    with open_catalog(path) as cat:
        cat.edit_site("kp-hoejung-ni", status="active", source_id="csis-2022-02-07-hoejung-ni")
        cat.add_site(Site("kp-gone", "Gone", "other"))
        cat.delete_site("kp-gone")
        cat.add_places([Place("geonames:2", "Tesŏkkol-li", 40.5, 127.5, "KP", "01", "PPL", 0,
                              ("Tesokkol-li",))])
        return cat.dump_records()


def test_load_records_writes_them_verbatim_and_dump_reads_them_back(store, worked_records):
    store.load_records(**worked_records)
    assert store.dump_records() == worked_records  # no implicit alias or history row
    assert any(h["site_id"] == "kp-gone" for h in store.history_rows())
    before = store.counts()
    with pytest.raises(DuplicateError):  # loading again clashes, and changes nothing
        store.load_records(**worked_records)
    assert store.counts() == before


def test_load_records_refuses_a_dangling_reference(store, worked_records):
    sites = [dataclasses.replace(s, parent_site_id="kp-nowhere")
             if s.site_id == "kp-sakkanmol" else s for s in worked_records["sites"]]
    with pytest.raises(ValidationError):
        store.load_records(**{**worked_records, "sites": sites})
    assert store.is_empty()


def test_edit_site_reads_and_writes_in_one_go_with_the_location_source_rule(store):
    store.add_source(Source("s-1", "A report"))
    store.add_source(Source("s-2", "Another"))
    store.add_site(_site())
    edited = store.edit_site("kp-a", lat=38.6, lon=126.2, location_precision="exact",
                             location_method="published by source", source_id="s-1",
                             note="moved")
    assert (edited.lat, edited.location_source_id) == (38.6, "s-1")  # the source placed it
    assert store.get_site("kp-a") == edited
    s = store.edit_site("kp-a", lat=38.7, lon=126.3, location_precision="approximate",
                        precision_m=300, location_method="digitised by analyst",
                        source_id="s-2")
    assert s.location_source_id == "s-2"  # digitised on s-2's imagery: s-2's point
    s = store.edit_site("kp-a", status="active", source_id="s-1")
    assert s.location_source_id == "s-2"  # not a location change
    s = store.edit_site("kp-a", lat=38.8, lon=126.4, location_precision="approximate",
                        precision_m=800, location_method="digitised by analyst")
    assert s.location_source_id is None  # never the old point's source
    s = store.edit_site("kp-a", lat=None, lon=None)
    assert not s.located and (s.location_precision, s.precision_m, s.location_method,
                              s.location_source_id) == ("unknown", None, None, None)
    assert {"moved"} <= {h["note"] for h in store.site_history("kp-a")}
    with pytest.raises(SiteNotFound):
        store.edit_site("kp-zz", status="active")
    with pytest.raises(TypeError):
        store.edit_site("kp-a", site_id="kp-b")


def test_a_new_location_states_its_precision_method_and_source(store):
    """Issue 12: a point moved with no source kept the old one's 'published by source'."""
    store.add_source(Source("s-1", "A report"))
    store.add_source(Source("s-2", "Another"))
    store.add_site(_site(location_source_id="s-1"))
    store.add_citation(Citation("kp-a", "s-1", "It lies at 38.5 N, 126.1 E.", "location"))
    before = store.get_site("kp-a")
    for changes, says in [
        (dict(lat=38.6, lon=126.2), "must state its location_precision and location_method"),
        (dict(lat=38.6, lon=126.2, location_precision="exact"),
         "must state its location_method"),
        (dict(lat=38.6, lon=126.2, location_precision="exact",
              location_method="published by source"), "must name the source it comes from"),
        (dict(lat=38.6, lon=126.2, location_precision="exact", location_method="third party"),
         "must name the source it comes from"),
        # the old point's radius does not carry over either
        (dict(lat=38.6, lon=126.2, location_precision="approximate",
              location_method="digitised by analyst"), "approximate location needs precision_m"),
    ]:
        with pytest.raises(ValidationError, match=says):
            store.edit_site("kp-a", **changes)
        assert store.get_site("kp-a") == before
    with pytest.raises(SourceNotFound):
        store.edit_site("kp-a", lat=38.6, lon=126.2, location_precision="exact",
                        location_method="third party", source_id="s-missing")
    assert store.get_site("kp-a") == before and len(store.citations("kp-a")) == 1

    s = store.edit_site("kp-a", lat=38.6, lon=126.2, location_precision="approximate",
                        precision_m=500, location_method="third party", source_id="s-2",
                        note="seen in a colleague's brief")
    assert (s.location_source_id, s.location_method, s.precision_m) == (
        "s-2", "third party", 500.0)
    (cite,) = [c for c in store.citations("kp-a") if c.source_id == "s-2"]
    assert cite.supports == "location" and cite.quote is None
    assert cite.note == ("Gives the location 38.600000 N, 126.200000 E (approximate, within "
                         "500 m; third party), as an analyst recorded it; no sentence is "
                         "quoted. seen in a colleague's brief")
    moved = {h["field"]: h for h in store.site_history("kp-a") if h["source_id"] == "s-2"}
    assert {f: (h["old_value"], h["new_value"]) for f, h in moved.items()} == {
        "location": ("38.5000000,126.1000000", "38.6000000,126.2000000"),
        "location_precision": ("exact", "approximate"),
        "precision_m": (None, "500.0"),
        "location_method": ("published by source", "third party"),
        "location_source_id": ("s-1", "s-2"),
    }
    # moved again on the same source's word: its citation already supports the location
    store.edit_site("kp-a", lat=38.61, lon=126.21, location_precision="exact",
                    location_method="published by source", source_id="s-2")
    assert len([c for c in store.citations("kp-a") if c.source_id == "s-2"]) == 1
    # ... or with the sentence that gives it
    store.edit_site("kp-a", lat=38.62, lon=126.22, location_precision="exact",
                    location_method="published by source", source_id="s-1",
                    quote="The base is at 38.62 N, 126.22 E.")
    assert [c.quote for c in store.citations("kp-a", "s-1")] == [
        "It lies at 38.5 N, 126.1 E.", "The base is at 38.62 N, 126.22 E."]
    with pytest.raises(ValidationError, match="a quote goes with a new location"):
        store.edit_site("kp-a", status="active", source_id="s-1", quote="Active.")
    assert [p for p in validate_catalog(store) if p.level == "error"] == []


def test_a_location_change_drops_ingests_notes_about_the_old_one(store):
    store.add_source(Source("s-1", "A report"))
    notes = ("Seen from the road. Candidate found by ingest in source 's-1' ('A base'); "
             "not reviewed. Unlocated: the name is not in the gazetteer.")
    store.add_site(Site("kp-b", "B", "storage", notes=notes))
    s = store.edit_site("kp-b", lat=40.0, lon=127.0, location_precision="approximate",
                        precision_m=1000, location_method="digitised by analyst")
    assert s.notes == ("Seen from the road. Candidate found by ingest in source 's-1' "
                       "('A base'); not reviewed.")
    assert [h["old_value"] for h in store.site_history("kp-b") if h["field"] == "notes"][-1] \
        == notes  # the history keeps what it said
    located = ("Located at the place it is named after; if what it says holds, the site is "
               "within 5.0 km of this point (see the location citations).")
    store.edit_site("kp-b", notes=located)
    assert store.edit_site("kp-b", lat=None, lon=None).notes is None
    # notes the analyst gives with the change are theirs, as given
    s = store.edit_site("kp-b", lat=40.0, lon=127.0, location_precision="locality",
                        location_method="digitised by analyst", notes="Unlocated: no more.")
    assert s.notes == "Unlocated: no more."


def test_remove_an_alias_and_a_citation_keeps_them_in_the_history(store):
    from catalog.errors import CitationNotFound

    store.add_source(Source("s-1", "A report"))
    store.add_site(_site(name_local="삭간몰", location_source_id="s-1"))
    store.add_alias(Alias("kp-a", "Wrong-ri", "press"))
    assert store.remove_alias("kp-a", "Wrong-ri", note="a village nearby").alias == "Wrong-ri"
    assert [a.alias for a in store.aliases("kp-a")] == ["Site A", "삭간몰"]
    for name, says in [("Wrong-ri", "site 'kp-a' has no alias 'Wrong-ri'; its aliases are "
                                    "'Site A', '삭간몰'"),
                       ("Site A", "'Site A' is the name of site 'kp-a'"),
                       ("삭간몰", "'삭간몰' is the local name of site 'kp-a'")]:
        with pytest.raises(ValidationError, match=says):
            store.remove_alias("kp-a", name)
    with pytest.raises(SiteNotFound):
        store.remove_alias("kp-zz", "Wrong-ri")

    wrong = store.add_citation(Citation("kp-a", "s-1", "Wrong-ri was busy."))
    where = store.add_citation(Citation("kp-a", "s-1", "At 38.5 N, 126.1 E.", "location"))
    assert store.remove_citation(wrong.citation_id, note="names the village") == wrong
    assert store.citations("kp-a") == [where]
    with pytest.raises(CitationNotFound, match=f"no citation {wrong.citation_id!r}"):
        store.remove_citation(wrong.citation_id)
    # the last citation by which the location source supports the location stays
    with pytest.raises(ValidationError, match="supports the location of site 'kp-a'"):
        store.remove_citation(where.citation_id)
    assert store.citations("kp-a") == [where]
    hist = [(h["field"], h["old_value"], h["new_value"], h["note"])
            for h in store.site_history("kp-a") if h["field"] in ("alias", "citation")]
    assert hist == [("alias", "Wrong-ri", None, "a village nearby"),
                    ("citation", f'{wrong.citation_id} by s-1 (existence): "Wrong-ri was '
                                 'busy."', None, "names the village")]
    store.edit_site("kp-a", lat=None, lon=None)
    store.remove_citation(where.citation_id)  # an unlocated site's location needs none
    assert store.citations("kp-a") == []


def test_backup_refuses_an_existing_file_and_creates_folders(shipped_store, tmp_path):
    dest = tmp_path / "new" / "folder" / "copy.gpkg"
    shipped_store.backup(dest)
    with pytest.raises(FileOverwriteError, match="copy.gpkg exists"):
        shipped_store.backup(dest)
    shipped_store.backup(dest, overwrite=True)
    with open_catalog(dest) as copy:
        assert copy.counts() == shipped_store.counts()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.gpkg"]  # no temporary


def test_frames_and_citation_rows_agree_with_the_records(shipped_store):
    from pandas.testing import assert_frame_equal

    from catalog.stores.base import sites_to_frame

    for states in (("accepted",), None):
        assert_frame_equal(shipped_store.sites_frame(states),
                           sites_to_frame(shipped_store.sites(states)))
    rows = shipped_store.citation_rows(["kp-hoejung-ni"])
    assert rows == shipped_store.citations_frame(["kp-hoejung-ni"]).to_dict("records")
    assert {r["site_id"] for r in rows} == {"kp-hoejung-ni"} and len(rows) == 2


def test_schema_version_is_the_latest_migration(store):
    assert store.schema_version() == store.MIGRATIONS[-1][0]
    versions = [v for v, _, _ in store.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_new_catalog_replaces_only_when_complete(store_location):
    with new_catalog(store_location) as cat:
        cat.add_source(Source("s-1", "First"))
    with pytest.raises(FileOverwriteError, match="exists|already holds a catalogue"):
        with new_catalog(store_location):
            pass
    with pytest.raises(RuntimeError):
        with new_catalog(store_location, overwrite=True) as cat:
            cat.add_source(Source("s-2", "Second"))
            raise RuntimeError("a failed build")
    with open_catalog(store_location) as cat:
        assert [s.source_id for s in cat.sources()] == ["s-1"]  # the old one, untouched
    with new_catalog(store_location, overwrite=True) as cat:
        cat.add_source(Source("s-2", "Second"))
    with open_catalog(store_location) as cat:
        assert [s.source_id for s in cat.sources()] == ["s-2"]


def test_init_catalog_refuses_one_in_the_way(store_location):
    init_catalog(store_location)
    with open_catalog(store_location) as cat:
        assert cat.is_empty()
        if not is_database_url(store_location):
            with pytest.raises(FileOverwriteError, match="nothing was changed"):
                init_catalog(store_location)
        cat.add_source(Source("s-1", "A report"))
    with pytest.raises(FileOverwriteError, match="nothing was changed"):
        init_catalog(store_location)



def test_hilbert_keys_walk_the_grid_one_neighbour_at_a_time():
    side = 8
    cx, cy = np.meshgrid(np.arange(side), np.arange(side))
    lon = (cx.ravel() + 0.5) / side * 360 - 180
    lat = (cy.ravel() + 0.5) / side * 180 - 90
    keys = hilbert_keys(lon, lat, bits=3)
    assert sorted(keys) == list(range(side * side))
    walk = np.argsort(keys)
    steps = np.abs(np.diff(cx.ravel()[walk])) + np.abs(np.diff(cy.ravel()[walk]))
    assert (steps == 1).all()


def _classic_hilbert_keys(lon, lat, bits):
    """The classic xy -> d loop a level at a time: what hilbert_keys must give."""
    side = 1 << bits
    x = np.clip(((np.asarray(lon, float) + 180.0) / 360.0 * side).astype(np.int64), 0, side - 1)
    y = np.clip(((np.asarray(lat, float) + 90.0) / 180.0 * side).astype(np.int64), 0, side - 1)
    d = np.zeros(x.shape, dtype=np.int64)
    s = side >> 1
    while s > 0:
        rx, ry = (x & s) > 0, (y & s) > 0
        d += s * s * ((3 * rx) ^ ry)
        turn = ~ry & rx
        x, y = np.where(turn, s - 1 - x, x), np.where(turn, s - 1 - y, y)
        x, y = np.where(ry, x, y), np.where(ry, y, x)
        s >>= 1
    return d


@pytest.mark.parametrize("bits", [1, 2, 3, 4, 5, 7, 8, 16, 21])
def test_hilbert_keys_are_those_of_the_classic_loop(bits):
    # hilbert_keys takes four levels a step from tables; any number of levels
    rng = np.random.default_rng(bits)
    lon = np.concatenate([rng.uniform(-180, 180, 5000), [-180, 180, 0, 179.9999999, -0.0]])
    lat = np.concatenate([rng.uniform(-90, 90, 5000), [-90, 90, 0, -89.9999999, 90]])
    assert (hilbert_keys(lon, lat, bits=bits) == _classic_hilbert_keys(lon, lat, bits)).all()


def test_bulk_loaded_rows_follow_the_hilbert_curve(store):
    # add_sites writes each chunk along a Hilbert curve, so a region query reads few pages
    sites = [_site(f"kp-{i:03d}", lon=-170 + (i * 97) % 340, lat=-80 + (i * 41) % 160,
                   name=f"Site {i}") for i in range(200)]
    store.add_sites(sites)
    by_id = {s.site_id: s for s in sites}
    order = [r[0] for r in store._tuples("SELECT site_id FROM sites ORDER BY fid")]
    keys = hilbert_keys([by_id[i].lon for i in order], [by_id[i].lat for i in order])
    assert len(order) == 200 and list(keys) == sorted(keys)
    assert set(store.query(BBox(-20, -20, 20, 20))["site_id"]) == {
        s.site_id for s in sites if -20 <= s.lon <= 20 and -20 <= s.lat <= 20}
