"""Moving a catalogue between a GeoPackage and PostGIS is lossless, both ways."""

import dataclasses

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog import Citation, Site, Source, open_catalog
from catalog.build import build_catalog
from catalog.cli import main
from catalog.errors import FileOverwriteError
from catalog.gazetteer import Place, match_key
from catalog.model import PRECISIONS, STATUSES
from catalog.stores.transfer import copy_catalog


def dump(location):
    with open_catalog(location) as cat:
        return cat.dump_records()


@pytest.fixture
def worked_gpkg(tmp_path):
    """The shipped catalogue after an edit, a merge and a delete: history of every kind."""
    path = tmp_path / "worked.gpkg"
    build_catalog(path)
    with open_catalog(path) as cat:
        s = cat.get_site("kp-hoejung-ni")
        cat.update_site(dataclasses.replace(s, status="active", status_as_of="2022-02-07"),
                        source_id="csis-2022-02-07-hoejung-ni", note="seen active")
        cat.add_site(Site("kp-dup", "Duplicate", "missile base"))
        cat.add_citation(Citation("kp-dup", "csis-2022-02-07-hoejung-ni", "Dup quote."))
        cat.move_citations("kp-dup", "kp-hoejung-ni")
        cat.delete_site("kp-dup")
        cat.add_places([Place("geonames:9999002", "Tesŏkkol-li", 40.5, 127.5, "KP", "01",
                              "PPL", 0, ("Tesokkol-li",))])
    return path


def test_gpkg_to_postgis_to_gpkg_is_lossless(worked_gpkg, postgis_url, tmp_path):
    original = dump(worked_gpkg)
    assert any(h["site_id"] == "kp-dup" for h in original["history"])
    counts = copy_catalog(worked_gpkg, postgis_url)
    assert counts == {"sites": 4, "aliases": 15, "sources": 3, "citations": 6}
    assert dump(postgis_url) == original
    back = tmp_path / "back.gpkg"
    assert copy_catalog(postgis_url, back) == counts
    assert dump(back) == original
    with open_catalog(postgis_url) as pg:  # and backup writes the same GeoPackage
        pg.backup(tmp_path / "backup.gpkg")
    assert dump(tmp_path / "backup.gpkg") == original


def test_copy_refuses_a_catalogue_in_the_way(worked_gpkg, postgis_url, tmp_path):
    build_catalog(postgis_url)
    with pytest.raises(FileOverwriteError, match="already holds a catalogue"):
        copy_catalog(worked_gpkg, postgis_url)
    assert dump(postgis_url)["citations"] != dump(worked_gpkg)["citations"]
    copy_catalog(worked_gpkg, postgis_url, overwrite=True)
    assert dump(postgis_url) == dump(worked_gpkg)
    with pytest.raises(FileOverwriteError, match="exists; pass --overwrite"):
        copy_catalog(postgis_url, worked_gpkg)


def test_cli_restore(worked_gpkg, postgis_url, tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["--catalog", postgis_url, "restore", str(worked_gpkg)])
    assert r.exit_code == 0, r.output
    assert "4 sites, 15 aliases, 3 sources, 6 citations" in r.output
    r = runner.invoke(main, ["--catalog", postgis_url, "restore", str(worked_gpkg)])
    assert r.exit_code == 1 and "pass --overwrite" in r.output
    r = runner.invoke(main, ["--catalog", postgis_url, "history", "kp-hoejung-ni"])
    assert "seen active" in r.output
    r = runner.invoke(main, ["--catalog", str(tmp_path / "t.gpkg"), "restore", "nope.gpkg"])
    assert r.exit_code == 1 and "no catalogue at 'nope.gpkg'" in r.output


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
               ).filter(lambda t: t.strip() and match_key(t))  # names need letters


@st.composite
def sites(draw):
    located = draw(st.booleans())
    precision = draw(st.sampled_from(PRECISIONS[:-1])) if located else "unknown"
    return Site(
        f"kp-{draw(st.integers(0, 10**6))}", draw(text), "nuclear",
        lon=draw(st.floats(-180, 180)) if located else None,
        lat=draw(st.floats(-90, 90)) if located else None,
        name_local=draw(st.none() | text), status=draw(st.sampled_from(STATUSES)),
        location_precision=precision,
        precision_m=draw(st.floats(0.001, 1e7)) if precision == "approximate" else None,
        location_method="gazetteer" if located else None, notes=draw(st.none() | text),
    ).validated()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(site_list=st.lists(sites(), max_size=5, unique_by=lambda s: s.site_id),
       quote=text)
def test_any_sites_survive_gpkg_to_postgis_to_gpkg(postgis_url, tmp_path_factory, site_list,
                                                    quote):
    d = tmp_path_factory.mktemp("prop")
    with open_catalog(d / "a.gpkg", create=True) as cat, cat.transaction():
        cat.add_source(Source("s-1", quote, [quote]))
        for s in site_list:
            cat.add_site(s)
            cat.add_citation(Citation(s.site_id, "s-1", quote, char_start=0))
    copy_catalog(d / "a.gpkg", postgis_url, overwrite=True)
    copy_catalog(postgis_url, d / "b.gpkg")
    assert dump(d / "b.gpkg") == dump(d / "a.gpkg")


# -- issue 5's export and import, unchanged, on a PostGIS catalogue -------------------------
@pytest.mark.parametrize("fmt", ["geojson", "kml", "csv", "fgb", "parquet"])
def test_exports_from_postgis_equal_those_from_the_geopackage(worked_gpkg, postgis_url,
                                                              tmp_path, fmt):
    from catalog.export import csv_companions, export_catalog

    copy_catalog(worked_gpkg, postgis_url)
    outs = {}
    for name, location in (("gpkg", worked_gpkg), ("pg", postgis_url)):
        out = tmp_path / name / f"sites.{fmt}"
        out.parent.mkdir()
        with open_catalog(location) as cat:
            assert export_catalog(cat, out, fmt) == 4
        files = [out] + (list(csv_companions(out).values()) if fmt == "csv" else [])
        outs[name] = [f.read_bytes() for f in files]
    if fmt in ("fgb", "parquet"):  # binary containers: compare what they hold
        import geopandas as gpd

        read = gpd.read_parquet if fmt == "parquet" else gpd.read_file
        a, b = (read(tmp_path / d / f"sites.{fmt}") for d in ("gpkg", "pg"))
        assert a.equals(b)
    else:
        assert outs["pg"] == outs["gpkg"]


def test_export_gpkg_from_postgis_is_a_lossless_copy_with_a_qgis_project(
        worked_gpkg, postgis_url, tmp_path):
    from catalog.export import export_catalog
    from catalog.stores.geopackage import read_project_qgs

    copy_catalog(worked_gpkg, postgis_url)
    out = tmp_path / "exported.gpkg"
    with open_catalog(postgis_url) as pg:
        assert export_catalog(pg, out, "gpkg") == 4
    assert dump(out) == dump(worked_gpkg)
    assert "exported.gpkg" in read_project_qgs(out)


def test_import_merges_the_same_into_postgis_as_into_a_geopackage(worked_gpkg, postgis_url,
                                                                   tmp_path):
    from catalog.export import export_catalog

    with open_catalog(worked_gpkg) as cat:
        export_catalog(cat, tmp_path / "sites.geojson")
    results = {}
    for location in (str(tmp_path / "target.gpkg"), postgis_url):
        build_catalog(location)
        r = CliRunner().invoke(main, ["--catalog", location, "import",
                                      str(tmp_path / "sites.geojson")])
        assert r.exit_code == 0, r.output
        with open_catalog(location) as cat:
            results[location] = (r.output.replace(str(location), "X"), cat.citations(),
                                 cat.aliases(), cat.sources(), len(cat.sites(None)))
    gpkg, pg = results.values()
    assert "1 conflict(s)" in gpkg[0]  # kp-hoejung-ni's status differs: reported, not merged
    assert pg == gpkg
