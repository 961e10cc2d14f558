"""Exports: GeoJSON (RFC 7946), KML/KMZ balloons, CSV with companions, GeoPackage copy,
FlatGeobuf and GeoParquet, and the `catalog export` command."""

from __future__ import annotations

import csv
import json
import zipfile
from xml.etree import ElementTree as ET

import geopandas as gpd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from catalog import open_catalog
from catalog.cli import main
from catalog.errors import FileOverwriteError, ValidationError
from catalog.export import KML_NS, csv_companions, export_catalog, format_for
from catalog.model import Citation
from catalog.stores.geopackage import read_project_qgs

K = f"{{{KML_NS}}}"
NASTY = 'He said "<script>alert(1)</script>" & left\nat 삭간몰 — Yŏngjŏ-dong'


@pytest.fixture
def nasty(shipped):
    """The shipped catalogue plus a citation whose quote needs escaping everywhere."""
    shipped.add_citation(Citation("kp-sakkanmol", "globalmedia-2018-12-08-missile-base",
                                  NASTY, "name"))
    return shipped


def test_geojson_is_rfc7946(shipped, tmp_path):
    out = tmp_path / "sites.geojson"
    assert export_catalog(shipped, out) == 4
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    feats = {f["id"]: f for f in doc["features"]}
    assert set(feats) == {"kp-sakkanmol", "kp-hoejung-ni", "kp-yeongjeo-dong",
                          "kp-yeongjeo-dong-shelters"}
    # longitude first, as RFC 7946 says; unlocated sites have a null geometry
    assert feats["kp-sakkanmol"]["geometry"] == {"type": "Point",
                                                 "coordinates": [126.107945, 38.584698]}
    assert feats["kp-yeongjeo-dong"]["geometry"] is None
    cites = feats["kp-hoejung-ni"]["properties"]["citations"]
    assert {c["source_title"] for c in cites} == {
        "New Satellite Images Reveal North Korea Expanding Key Missile Base",
        "Undeclared North Korea: Hoejung-ni Missile Operating Base"}
    assert {a["alias"] for a in feats["kp-hoejung-ni"]["properties"]["aliases"]} >= {
        "Hoejung-ri", "회중리"}
    assert len(doc["sources"]) == 3
    # readable by GDAL as a plain point layer
    df = gpd.read_file(out)
    assert len(df) == 4 and df.crs.to_epsg() == 4326


def _data(pm) -> dict:
    return {d.get("name"): d.findtext(f"{K}value") for d in pm.findall(f"{K}ExtendedData/{K}Data")}


def _placemarks(kml: bytes) -> dict:
    """Placemarks by their site_id (in ExtendedData: a site id is not always an XML ID)."""
    root = ET.fromstring(kml)
    return {_data(pm)["site_id"]: pm for pm in root.iter(f"{K}Placemark")}


def test_kml_balloon_holds_escaped_citations(nasty, tmp_path):
    out = tmp_path / "sites.kml"
    export_catalog(nasty, out)
    pms = _placemarks(out.read_bytes())
    assert len(pms) == 4
    sak = pms["kp-sakkanmol"]
    assert sak.findtext(f"{K}Point/{K}coordinates") == "126.107945,38.584698"
    assert pms["kp-yeongjeo-dong"].find(f"{K}Point") is None
    balloon = sak.findtext(f"{K}description")
    # the balloon is HTML; the quote in it is escaped text, so nothing runs
    assert "<script>" not in balloon
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in balloon
    assert "&amp; left" in balloon and "삭간몰" in balloon
    assert "<li class=\"citation\"" in balloon and "Global Media" in balloon
    hoe = pms["kp-hoejung-ni"].findtext(f"{K}description")
    assert "missile base in Hoejung-ni" in hoe
    data = _data(sak)
    assert data["site_id"] == "kp-sakkanmol"
    assert NASTY in [c["quote"] for c in json.loads(data["citations"])]


def test_kmz_is_zipped_kml(shipped, tmp_path):
    export_catalog(shipped, tmp_path / "a.kml")
    export_catalog(shipped, tmp_path / "a.kmz")
    with zipfile.ZipFile(tmp_path / "a.kmz") as z:
        assert z.namelist() == ["doc.kml"]
        assert z.read("doc.kml") == (tmp_path / "a.kml").read_bytes()


def test_csv_with_lat_lon_wkt_and_companions(nasty, tmp_path):
    out = tmp_path / "sites.csv"
    export_catalog(nasty, out)
    with open(out, encoding="utf-8", newline="") as f:
        rows = {r["site_id"]: r for r in csv.DictReader(f)}
    assert rows["kp-hoejung-ni"]["lat"] == "41.369883"
    assert rows["kp-hoejung-ni"]["lon"] == "126.913631"
    g = shapely.from_wkt(rows["kp-hoejung-ni"]["wkt"])
    assert (g.x, g.y) == (126.913631, 41.369883)
    assert rows["kp-yeongjeo-dong"]["lat"] == rows["kp-yeongjeo-dong"]["wkt"] == ""
    comp = csv_companions(out)
    assert comp["citations"].name == "sites.citations.csv"
    with open(comp["citations"], encoding="utf-8", newline="") as f:
        quotes = [r["quote"] for r in csv.DictReader(f)]
    assert NASTY in quotes  # newlines and quotes survive CSV quoting
    with open(comp["sources"], encoding="utf-8", newline="") as f:
        src = {r["source_id"]: r for r in csv.DictReader(f)}
    assert json.loads(src["globalmedia-2018-12-08-missile-base"]["authors"]) == ["Kelli Lowe"]


def test_gpkg_copy_renames_its_project(shipped, shipped_path, tmp_path):
    out = tmp_path / "copy" / "renamed.gpkg"
    export_catalog(shipped, out)
    qgs = read_project_qgs(out)
    assert "./renamed.gpkg|layername=sites" in qgs and "catalog.gpkg" not in qgs
    assert "./catalog.gpkg|layername=sites" in read_project_qgs(shipped_path)
    with open_catalog(out) as copy:
        assert copy.counts() == shipped.counts()
        assert copy.sites(None) == shipped.sites(None)


@pytest.mark.parametrize("suffix", ["fgb", "parquet"])
def test_fgb_and_geoparquet(shipped, tmp_path, suffix):
    out = tmp_path / f"sites.{suffix}"
    export_catalog(shipped, out)
    df = gpd.read_parquet(out) if suffix == "parquet" else gpd.read_file(out)
    assert len(df) == 4 and df.crs.to_epsg() == 4326
    assert df.geometry.isna().sum() == 2  # the two unlocated sites, not invented points
    row = df.set_index("site_id").loc["kp-hoejung-ni"]
    assert (row.geometry.x, row.geometry.y) == pytest.approx((126.913631, 41.369883))
    assert len(json.loads(row["citations"])) == 2
    if suffix == "fgb":
        assert pyogrio.read_info(out)["geometry_type"] == "Point"


def test_refuses_to_overwrite_and_unknown_format(shipped, tmp_path):
    out = tmp_path / "a.geojson"
    export_catalog(shipped, out)
    with pytest.raises(FileOverwriteError, match="a.geojson exists"):
        export_catalog(shipped, out)
    export_catalog(shipped, out, overwrite=True)
    with pytest.raises(ValidationError, match="'.txt'"):
        format_for(tmp_path / "a.txt")
    assert format_for(tmp_path / "a.txt", "csv") == "csv"
    # a CSV export also refuses when only a companion file is in the way
    (tmp_path / "b.sources.csv").write_text("x")
    with pytest.raises(FileOverwriteError, match="b.sources.csv"):
        export_catalog(shipped, tmp_path / "b.csv")


def test_refuses_to_export_onto_itself(shipped, shipped_path):
    with pytest.raises(FileOverwriteError, match="is the catalogue being exported"):
        export_catalog(shipped, shipped_path, overwrite=True)
    assert shipped.counts()["sites"] == 4


def test_cli_export(shipped_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "sites.kmz"
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert f"wrote 4 site(s) to {out}" in res.output
    assert zipfile.is_zipfile(out)
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out)])
    assert res.exit_code == 1
    assert res.output.strip() == f"Error: {out} exists; pass --overwrite to replace it"
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "--format", "shp",
                               "-o", str(tmp_path / "x.shp")])
    assert res.exit_code == 2 and "'shp' is not one of" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export",
                               "-o", str(tmp_path / "x.txt")])
    assert res.exit_code == 1 and "cannot tell the format" in res.output
