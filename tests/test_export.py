"""Exports: GeoJSON (RFC 7946), KML/KMZ balloons, CSV with companions, GeoPackage copy,
FlatGeobuf and GeoParquet, and the `catalog export` command."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import geopandas as gpd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from catalog import open_catalog
from catalog.cli import main
from catalog.errors import FileOverwriteError, ValidationError
from catalog.export import (
    KML_NS,
    csv_companions,
    export_catalog,
    format_for,
    kml_colour,
    style_id,
)
from catalog.model import FACILITY_TYPES, TYPE_COLOURS, Citation, Site, Source
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


# -- Google Earth: styles, folders, circles, times, legend, filters (issue 17) ----------------

ROOT = Path(__file__).resolve().parent.parent
KML_XSD = ROOT / "tests" / "data" / "kml" / "ogckml22.xsd"
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture
def earth(nasty):
    """The shipped catalogue with what Google Earth shows: an approximate site (a circle),
    a demolished one (an end date), a candidate and a rejected site, and a history."""
    cat = nasty
    with cat.transaction():
        cat.add_site(Site("kp-approx", "Approximate depot", "storage", lon=126.5, lat=40.1,
                          country="PRK", location_precision="approximate", precision_m=2500,
                          location_method="digitised by analyst"))
        cat.add_citation(Citation("kp-approx", "globalmedia-2018-12-08-missile-base",
                                  "A depot near the river.", "existence"))
        cat.add_source(Source("web-2020-depot", "Depot seen", published="2020-03-04",
                              url="https://example.org/depot?a=1&b=2"))
        cat.add_citation(Citation("kp-approx", "web-2020-depot", "The depot is active.",
                                  "status"))
        cat.add_site(Site("kr-gone", "Demolished radar", "command", lon=127.0, lat=37.5,
                          country="KOR", status="demolished", status_as_of="2021-05-01",
                          location_precision="exact", location_method="digitised by analyst"))
        cat.add_citation(Citation("kr-gone", "globalmedia-2018-12-08-missile-base",
                                  "The radar stood on the hill.", "existence"))
        cat.add_site(Site("kp-cand", "Candidate site", "other", review_status="candidate"))
        cat.add_site(Site("kp-rej", "Rejected site", "other", review_status="rejected"))
    cat.edit_site("kp-approx", status="active", status_as_of="2019-02-01",
                  source_id="globalmedia-2018-12-08-missile-base", note="seen active")
    return cat


def _kml_of(path: Path) -> bytes:
    if path.suffix == ".kmz":
        with zipfile.ZipFile(path) as z:
            return z.read("doc.kml")
    return path.read_bytes()


def _folders(el, prefix=()) -> dict:
    """{folder path: [site_id, ...]} of the placemarks in each folder."""
    out = {}
    for f in el.findall(f"{K}Folder"):
        path = (*prefix, f.findtext(f"{K}name"))
        ids = [_data(pm)["site_id"] for pm in f.findall(f"{K}Placemark")]
        if ids:
            out[path] = ids
        out.update(_folders(f, path))
    return out


def test_kml_styles_folders_circles_and_times(earth, tmp_path):
    out = tmp_path / "sites.kml"
    assert export_catalog(earth, out) == 8  # the library exports every review state
    root = ET.fromstring(out.read_bytes())
    doc = root.find(f"{K}Document")
    # one style per facility type, in the map's colours (KML writes aabbggrr)
    styles = {s.get("id"): s for s in doc.findall(f"{K}Style")}
    assert set(styles) == {style_id(t) for t in FACILITY_TYPES}
    assert styles["type-missile-base"].findtext(f"{K}IconStyle/{K}color") == "ff005ed5"
    assert TYPE_COLOURS["missile base"] == "#D55E00"
    assert styles["type-storage"].findtext(f"{K}PolyStyle/{K}color") == \
        kml_colour(TYPE_COLOURS["storage"], 0x40)
    # folders: country, then type; sites without a country in their own folder
    folders = _folders(doc)
    assert sorted(folders[("PRK", "missile base")]) == [
        "kp-hoejung-ni", "kp-sakkanmol", "kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"]
    assert folders[("PRK", "storage")] == ["kp-approx"]
    assert folders[("KOR", "command")] == ["kr-gone"]
    assert sorted(folders[("no country", "other")]) == ["kp-cand", "kp-rej"]
    pms = _placemarks(out.read_bytes())
    assert all(pm.findtext(f"{K}styleUrl") == "#" + style_id(
        _data(pm)["facility_type"]) for pm in pms.values())
    # the approximate site: its pin and its uncertainty circle, 2.5 km all round
    approx = pms["kp-approx"]
    assert approx.findtext(f"{K}MultiGeometry/{K}Point/{K}coordinates") == "126.5,40.1"
    ring = approx.findtext(f"{K}MultiGeometry/{K}Polygon/{K}outerBoundaryIs/{K}LinearRing/"
                           f"{K}coordinates").split()
    assert len(ring) == 49 and ring[0] == ring[-1]
    from pyproj import Geod

    lons, lats = zip(*(map(float, p.split(",")) for p in ring), strict=True)
    dist = Geod(ellps="WGS84").inv([126.5] * 49, [40.1] * 49, lons, lats)[2]
    assert min(dist) == pytest.approx(2500, abs=0.01) and max(dist) == pytest.approx(2500,
                                                                                     abs=0.01)
    assert pms["kp-sakkanmol"].find(f"{K}MultiGeometry") is None  # exact: a pin alone
    # time slider: from the first date a source cited the site; a demolished one ends
    assert pms["kp-approx"].findtext(f"{K}TimeSpan/{K}begin") == "2018-12-08"
    assert pms["kr-gone"].findtext(f"{K}TimeSpan/{K}end") == "2021-05-01"
    assert pms["kp-approx"].find(f"{K}TimeSpan/{K}end") is None
    # the balloon: names, status, location method, citations with their link
    balloon = pms["kp-hoejung-ni"].findtext(f"{K}description")
    assert "third party" in balloon and "expanding" in balloon and "Hoejung-ri" in balloon
    balloon = approx.findtext(f"{K}description")
    assert 'href="https://example.org/depot?a=1&amp;b=2"' in balloon
    assert "digitised by analyst" in balloon and "±2,500 m" in balloon
    # history travels in ExtendedData
    hist = json.loads(_data(approx)["history"])
    assert [h["field"] for h in hist if h["note"] == "seen active"] == ["status",
                                                                       "status_as_of"]
    # the legend and the unlocated sites are in the Document's description
    legend = doc.findtext(f"{K}description")
    assert TYPE_COLOURS["storage"] in legend and "storage" in legend
    assert "Unlocated sites (4)" in legend and "Yeongjeo-dong missile base" in legend


def test_kml_group_by_and_flat(earth, tmp_path):
    out = tmp_path / "a.kml"
    export_catalog(earth, out, group_by="facility_type,status")
    folders = _folders(ET.fromstring(out.read_bytes()).find(f"{K}Document"))
    assert folders[("command", "demolished")] == ["kr-gone"]
    export_catalog(earth, out, group_by="none", overwrite=True)
    doc = ET.fromstring(out.read_bytes()).find(f"{K}Document")
    assert doc.find(f"{K}Folder") is None and len(doc.findall(f"{K}Placemark")) == 8
    with pytest.raises(ValidationError, match="cannot group by 'colour'"):
        export_catalog(earth, out, group_by="colour", overwrite=True)


def test_cli_export_filters_accepted_by_default(earth, shipped_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "a.kmz"
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out)])
    assert res.exit_code == 0, res.output
    ids = set(_placemarks(_kml_of(out)))
    assert "kp-cand" not in ids and "kp-rej" not in ids and len(ids) == 6
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out),
                               "--overwrite", "--all"])
    assert "wrote 8 site(s)" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out),
                               "--overwrite", "--where", "review_status=candidate"])
    assert set(_placemarks(_kml_of(out))) == {"kp-cand"}
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o",
                               str(tmp_path / "k.geojson"), "--where", "country=KOR"])
    assert res.exit_code == 0, res.output
    feats = json.loads((tmp_path / "k.geojson").read_text())["features"]
    assert [f["id"] for f in feats] == ["kr-gone"]
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out),
                               "--overwrite", "--where", "colour=red"])
    assert res.exit_code == 2 and "unknown field 'colour'" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o",
                               str(tmp_path / "c.gpkg"), "--where", "country=KOR"])
    assert res.exit_code == 2 and "whole copy" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "export", "-o", str(out),
                               "--overwrite", "--group-by", "colour"])
    assert res.exit_code == 2 and "cannot group by 'colour'" in res.output


def _ensure(tool: str, script: str) -> None:
    """Install a Debian tool with a project script when missing (as root, as CI runs);
    skip with the reason where that cannot work (CI fails instead)."""
    if shutil.which(tool):
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        pytest.skip(f"{tool} is missing; run scripts/{script} as root")
    proc = subprocess.run(["sh", str(ROOT / "scripts" / script)], capture_output=True,
                          text=True, timeout=1800)
    if proc.returncode != 0 or not shutil.which(tool):
        reason = f"could not install {tool}: {proc.stderr.strip()[-300:]}"
        (pytest.fail if os.environ.get("CI") else pytest.skip)(reason)


def _xmllint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(KML_XSD),
                           str(path)], capture_output=True, text=True, timeout=300)


def test_kmz_validates_against_the_ogc_kml_schema(earth, tmp_path):
    _ensure("xmllint", "install-xmllint.sh")
    out = tmp_path / "sites.kmz"
    export_catalog(earth, out)
    kml = tmp_path / "doc.kml"
    kml.write_bytes(_kml_of(out))
    proc = _xmllint(kml)
    assert proc.returncode == 0 and "validates" in proc.stderr, proc.stderr[-2000:]
    # the check can fail: the same document with its Placemark's name after its
    # description (the schema fixes the order) is refused
    bad = tmp_path / "bad.kml"
    bad.write_bytes(kml.read_bytes().replace(b"<Placemark><name>", b"<Placemark><open>1</open>"
                                             b"<visibility>1</visibility><name>", 1))
    proc = _xmllint(bad)
    assert proc.returncode != 0 and "visibility" in proc.stderr


LIBKML_READ = r"""
import json, sys
from osgeo import gdal
gdal.UseExceptions()
ds = gdal.OpenEx(sys.argv[1], gdal.OF_VECTOR, allowed_drivers=["LIBKML"])
styles, table = {}, ds.GetStyleTable()
table.ResetStyleStringReading()
while (s := table.GetNextStyle()) is not None:
    styles[table.GetLastStyleName()] = s
layers = {}
for i in range(ds.GetLayerCount()):
    lyr = ds.GetLayer(i)
    layers[lyr.GetName()] = [
        {"site_id": f["site_id"], "style": f.GetStyleString(), "begin": f["begin"],
         "geom": f.GetGeometryRef().GetGeometryName() if f.GetGeometryRef() else None,
         "aliases": f["aliases"]} for f in lyr]
print(json.dumps({"driver": ds.GetDriver().ShortName, "styles": styles, "layers": layers}))
"""


def _have_libkml() -> bool:
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "from osgeo import ogr; "
                            "assert ogr.GetDriverByName('LIBKML')"], capture_output=True)
    return probe.returncode == 0


def test_kmz_opens_in_gdal_libkml_with_styles_and_folders(earth, tmp_path):
    """A real KML consumer, headless: GDAL's LIBKML driver (Debian's python3-gdal, which
    scripts/install-qgis.sh installs) reads the folders, styles and fields back."""
    if not (os.path.exists(SYSTEM_PYTHON) and _have_libkml()):
        _ensure("ogrinfo", "install-qgis.sh")
        if not _have_libkml():
            pytest.skip("GDAL's Python bindings with the LIBKML driver are missing")
    out = tmp_path / "sites.kmz"
    export_catalog(earth, out)
    proc = subprocess.run([SYSTEM_PYTHON, "-c", LIBKML_READ, str(out)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout)
    assert got["driver"] == "LIBKML"
    # every style, with the map's colour for its type
    for t in FACILITY_TYPES:
        assert f"c:{TYPE_COLOURS[t].upper()}FF" in got["styles"][style_id(t)]
    # folders become layers; every site is in one, styled by its type
    feats = {f["site_id"]: (layer, f) for layer, fs in got["layers"].items() for f in fs}
    assert set(feats) == {s.site_id for s in earth.sites(None)}
    assert {"PRK", "KOR", "missile base", "storage", "command"} <= set(got["layers"])
    assert feats["kp-approx"][0] == "storage"
    assert feats["kp-approx"][1]["style"] == "@type-storage"
    assert feats["kp-approx"][1]["geom"] == "GEOMETRYCOLLECTION"  # pin and circle
    assert feats["kp-sakkanmol"][1]["geom"] == "POINT"
    assert feats["kp-yeongjeo-dong"][1]["geom"] is None
    assert feats["kp-approx"][1]["begin"].startswith("2018/12/08")
    assert "Hoejung-ri" in feats["kp-hoejung-ni"][1]["aliases"]
