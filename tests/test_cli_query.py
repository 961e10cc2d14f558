"""`catalog query`: output formats, region options, and one-line errors with exit codes."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
import shapely
from click.testing import CliRunner
from conftest import no_traceback

from catalog.cli import main

UNLOCATED = ["kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"]  # no location; country PRK
ALL_PRK = ["kp-hoejung-ni", "kp-sakkanmol", *UNLOCATED]


@pytest.fixture
def run(shipped_path):
    def invoke(*args, catalog=True):
        argv = ["query", str(shipped_path), *args] if catalog else ["query", *args]
        return CliRunner().invoke(main, argv, catch_exceptions=False)
    return invoke


def test_province_as_a_table(run):
    r = run("--admin1", "Chagang")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["site_id", "name", "type", "status", "precision", "lat", "lon"]
    assert len(lines) == 2
    assert lines[1].startswith("kp-hoejung-ni  Hoejung-ni missile operating base")
    assert "41.369883  126.913631" in lines[1]
    assert r.stderr.strip() == (
        "1 site(s) in province KP-04 Chagang-do North Korea PRK; 2 site(s) without a location "
        "match the other filters but cannot be placed in a region")


@pytest.mark.parametrize("args, expected", [
    (["--admin1", "KP-06"], ["kp-sakkanmol"]),
    (["--admin1", "Jagang"], ["kp-hoejung-ni"]),
    # unlocated sites whose country is North Korea are listed, not dropped
    (["--country", "KP"], ALL_PRK),
    (["--country", "DPRK"], ALL_PRK),
    (["--country", "North Korea", "--admin1", "Ryanggang"], UNLOCATED),
    (["--country", "ROK"], []),
    (["--country", "South Korea"], []),
    (["--admin1", "Hamgyong-namdo"], []),
    (["--admin1", "Pyongan-namdo"], []),
    (["--country", "PRK", "--admin1", "Chagang-do"], ["kp-hoejung-ni"]),
    (["--bbox", "126,38,127,39"], ["kp-sakkanmol"]),
    (["--bbox", "170,-10,-170,10"], []),
    (["--near", "41.37,126.91", "--radius", "25km"], ["kp-hoejung-ni"]),
    (["--near", "41.37,126.91", "--radius", "25 km"], ["kp-hoejung-ni"]),
    (["--near", "41.37,126.91", "--radius", "25", "km"], ["kp-hoejung-ni"]),
    (["--near", "41.37,126.91", "--radius", "250mi"], ["kp-hoejung-ni", "kp-sakkanmol"]),
    (["--within-wkt", "POLYGON((126 41, 127 41, 127 42, 126 42, 126 41))"], ["kp-hoejung-ni"]),
    (["--country", "PRK", "--name", "Hoejung-ri"], ["kp-hoejung-ni"]),
    (["--country", "PRK", "--precision", "exact"], ["kp-hoejung-ni", "kp-sakkanmol"]),
    (["--country", "PRK", "--precision", "1km"], ["kp-hoejung-ni", "kp-sakkanmol"]),
    (["--country", "PRK", "--status", "expanding"], ["kp-hoejung-ni"]),
    (["--country", "PRK", "--type", "nuclear"], []),
    (["--country", "PRK", "--published-since", "2030-01-01"], []),
    # no region: unlocated sites too; a name matches inside a longer one
    (["--name", "Yongjo-dong"], UNLOCATED),
])
def test_regions_and_filters_as_geojson(run, args, expected):
    r = run(*args, "--format", "geojson")
    assert r.exit_code == 0, r.output
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection"
    assert sorted(f["properties"]["site_id"] for f in fc["features"]) == expected


def test_distance_sort_and_column(run):
    r = run("--near", "41.37,126.91", "--radius", "500km", "--sort", "distance",
            "--format", "csv")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].startswith("site_id,name,lat,lon,")
    assert lines[0].endswith(",distance_m")
    assert [ln.split(",")[0] for ln in lines[1:]] == ["kp-hoejung-ni", "kp-sakkanmol"]
    assert float(lines[1].rsplit(",", 1)[1]) == pytest.approx(304, abs=5)


def test_precision_aware_column(run):
    r = run("--country", "PRK", "--precision-aware")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0].split()[-1] == "match"
    assert [ln.split()[-1] for ln in r.stdout.splitlines()[1:]] == [
        "inside", "inside", "unlocated", "unlocated"]
    assert r.stderr.startswith("4 site(s) (2 inside, 2 without a location whose country or "
                               "province is the region's) in country North Korea PRK")


def test_global_catalog_option_and_positional_override(shipped_path, tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["--catalog", str(shipped_path), "query", "--admin1", "KP-06"])
    assert r.exit_code == 0 and "kp-sakkanmol" in r.stdout
    r = runner.invoke(main, ["--catalog", str(tmp_path / "missing.gpkg"), "query",
                             str(shipped_path), "--admin1", "KP-06"])
    assert r.exit_code == 0 and "kp-sakkanmol" in r.stdout
    r = runner.invoke(main, ["query", str(tmp_path / "missing.gpkg"), "--admin1", "KP-06"])
    assert r.exit_code == 1
    assert "no catalogue at" in r.stderr


def test_output_files_and_overwrite(run, tmp_path):
    out = tmp_path / "hits.geojson"
    r = run("--country", "PRK", "--format", "geojson", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert len(json.loads(out.read_text())["features"]) == 4  # 2 of them unlocated
    r = run("--admin1", "Chagang", "--format", "geojson", "-o", str(out))
    assert r.exit_code == 1
    assert r.stderr.strip() == f"Error: {out} exists; pass --overwrite to replace it"
    assert len(json.loads(out.read_text())["features"]) == 4  # unchanged
    r = run("--admin1", "Chagang", "--format", "geojson", "-o", str(out), "--overwrite")
    assert r.exit_code == 0
    assert len(json.loads(out.read_text())["features"]) == 1


def test_gpkg_output(run, tmp_path):
    out = tmp_path / "hits.gpkg"
    r = run("--country", "PRK", "--format", "gpkg", "-o", str(out))
    assert r.exit_code == 0, r.output
    frame = gpd.read_file(out, layer="sites")
    assert sorted(frame["site_id"]) == ALL_PRK
    assert frame.geometry.isna().sum() == 2
    assert frame.crs.to_epsg() == 4326
    r = run("--country", "PRK", "--format", "gpkg")
    assert r.exit_code == 2 and "--format gpkg needs -o FILE" in r.stderr


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_within_file_with_and_without_crs(run, tmp_path):
    path = tmp_path / "aoi.shp"
    gpd.GeoDataFrame(geometry=[shapely.box(126, 41, 127, 42)]).to_file(path)
    r = run("--within", str(path))
    assert r.exit_code == 2
    assert "has no CRS; give one (e.g. --crs EPSG:4326)" in r.stderr
    r = run("--within", str(path), "--crs", "EPSG:4326", "--format", "geojson")
    assert r.exit_code == 0
    assert [f["properties"]["site_id"] for f in json.loads(r.stdout)["features"]] == [
        "kp-hoejung-ni"]
    gpkg = tmp_path / "aois.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.box(126, 38, 127, 39)], crs="EPSG:4326").to_file(
        gpkg, layer="south")
    gpd.GeoDataFrame(geometry=[shapely.box(126, 41, 127, 42)], crs="EPSG:4326").to_file(
        gpkg, layer="north")
    r = run("--within", f"{gpkg}:north")
    assert r.exit_code == 0 and "kp-hoejung-ni" in r.stdout and "kp-sakkanmol" not in r.stdout


@pytest.mark.parametrize("args, message", [
    (["--bbox", "1,2,3"], "expected 4 comma-separated numbers as W,S,E,N; got '1,2,3'"),
    (["--bbox", "0,10,5,0"], "bbox south (10.0) is north of north (0.0)"),
    (["--bbox", "0,0,200,1"], "bbox east must be within [-180, 180]; got 200.0"),
    (["--near", "123,5", "--radius", "5km"], "latitude must be within [-90, 90], got 123.0"),
    (["--near", "41,126", "--radius", "5parsec"], "distance must be a number with a unit"),
    # a bare number is not silently metres
    (["--near", "41,126", "--radius", "300"],
     "distance '300' has no unit: write it with one of m, km, mi, nmi (e.g. 300km or 300m)"),
    (["--admin1", "Hamgyong"], "province 'Hamgyong' is ambiguous: it names KP-09 Hamgyŏng-bukto "
     "North Korea PRK; KP-08 Hamgyŏng-namdo North Korea PRK; say which"),
    (["--admin1", "Kangwon"], "province 'Kangwon' is ambiguous: it names KR-42 Gangwon South "
     "Korea KOR; KP-07 Kangwŏn-do North Korea PRK; give the country too (--country)"),
    (["--country", "Korea"], "no country named 'Korea'; did you mean"),
    (["--near", "41,126"], "--near and --radius go together"),
    (["--bbox", "0,0,1,1", "--sort", "distance"], "--sort distance needs --near"),
    (["--published-since", "2018-13-01"], "not a real date: '2018-13-01'"),
    (["--within-wkt", "POLYGON((0 0,1 0,1 1,0 0))", "--crs", "EPSG:0"],
     "unknown CRS 'EPSG:0'"),
    (["--admin1", "Chagangg"], "no province named 'Chagangg'"),
    (["--country", "Atlantis"], "no country named 'Atlantis'"),
    (["--precision", "roughly"], "expected a precision class"),
    (["--within", "nope.geojson"], "boundary file not found: 'nope.geojson'"),
])
def test_usage_errors_are_one_line_with_exit_2(run, args, message):
    r = run(*args)
    assert r.exit_code == 2, r.output
    assert message in r.stderr
    assert no_traceback(r), r.exception
    assert r.stdout == ""


def test_help_has_an_example():
    r = CliRunner().invoke(main, ["query", "--help"])
    assert r.exit_code == 0
    assert "catalog query build/catalog.gpkg --admin1 Chagang" in r.stdout
    assert "with its unit (no default unit)" in " ".join(r.stdout.split())


def test_a_country_name_with_a_province_of_another_country(run):
    r = run("--country", "ROK", "--admin1", "Chagang")
    assert r.exit_code == 2
    assert "no province named 'Chagang'" in r.stderr


def test_own_boundary_file(run, tmp_path):
    path = tmp_path / "zones.geojson"
    gpd.GeoDataFrame({"zone": ["north", "south"]},
                     geometry=[shapely.box(126, 40, 128, 42), shapely.box(126, 38, 128, 40)],
                     crs="EPSG:4326").to_file(path)
    r = run("--admin1", "south", "--boundaries", str(path))
    assert r.exit_code == 0, r.output
    assert "kp-sakkanmol" in r.stdout and "kp-hoejung-ni" not in r.stdout
    r = run("--admin1", "west", "--boundaries", str(path))
    assert r.exit_code == 2 and "no region named 'west'" in r.stderr


def test_within_a_file_of_points_is_refused(run, tmp_path):
    path = tmp_path / "points.geojson"
    gpd.GeoDataFrame(geometry=[shapely.Point(126, 41)], crs="EPSG:4326").to_file(path)
    r = run("--within", str(path))
    assert r.exit_code == 2
    assert "holds no polygons" in r.stderr


def test_query_result_as_a_map(tmp_path, shipped_path):
    from click.testing import CliRunner

    from catalog.cli import main

    out = tmp_path / "chagang.html"
    r = CliRunner().invoke(main, ["query", str(shipped_path), "--admin1", "Chagang",
                                  "--format", "map", "-o", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "kp-hoejung-ni" in html and "kp-sakkanmol" not in html
    r = CliRunner().invoke(main, ["query", str(shipped_path), "--format", "map"])
    assert r.exit_code == 2 and "--format map needs -o FILE" in r.output


def test_overlapping_bow_ties_in_a_within_file_are_repaired_and_said(tmp_path, shipped_path):
    import json

    from click.testing import CliRunner

    from catalog.cli import main

    bow = [[126, 41], [128, 42], [128, 41], [126, 42], [126, 41]]  # self-intersecting
    bow2 = [[126.5, 41], [128.5, 42], [128.5, 41], [126.5, 42], [126.5, 41]]
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                                                          "coordinates": [ring]}}
        for ring in (bow, bow2)]}
    f = tmp_path / "bow.geojson"
    f.write_text(json.dumps(fc))
    r = CliRunner().invoke(main, ["query", str(shipped_path), "--within", str(f)])
    assert r.exit_code == 0, r.output
    assert no_traceback(r)
    assert "repaired with make_valid" in r.output
    assert "kp-hoejung-ni" in r.output  # 41.37 N, 126.91 E: in the second bow tie's west lobe


def test_a_within_file_without_geometry_is_refused(tmp_path, shipped_path):
    from click.testing import CliRunner

    from catalog.cli import main

    for target in (f"{shipped_path}:sources",):
        r = CliRunner().invoke(main, ["query", str(shipped_path), "--within", target])
        assert r.exit_code == 2, r.output
        assert no_traceback(r), r.exception
        assert "has no geometry" in r.output


def test_csv_is_the_export_writer_and_keeps_every_digit(run, shipped_path, tmp_path):
    """One writer per format (issue 14): `query --format csv` rounded 41.369883 to 41.36988
    (issue 12); its rows are now those `catalog export --format csv` writes."""
    import csv
    import io

    from catalog import open_catalog
    from catalog.export import export_catalog

    r = run("--country", "PRK", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = {row["site_id"]: row for row in csv.DictReader(io.StringIO(r.stdout))}
    assert (rows["kp-hoejung-ni"]["lat"], rows["kp-hoejung-ni"]["lon"]) == (
        "41.369883", "126.913631")
    out = tmp_path / "all.csv"
    with open_catalog(shipped_path) as cat:
        export_catalog(cat, out)
    with open(out, encoding="utf-8", newline="") as f:
        exported = {row["site_id"]: row for row in csv.DictReader(f)}
    # the same rows, plus the query's own "match" column (inside, or unlocated: issue 12)
    assert {k: {c: v for c, v in row.items() if c != "match"} for k, row in rows.items()} \
        == {k: exported[k] for k in rows}
    assert {row["match"] for row in rows.values()} == {"inside", "unlocated"}
    # written to a file, the query's CSV has the export's companion files too
    r = run("--country", "PRK", "--format", "csv", "-o", str(tmp_path / "q.csv"))
    assert r.exit_code == 0, r.output
    assert (tmp_path / "q.citations.csv").is_file() and (tmp_path / "q.sources.csv").is_file()
