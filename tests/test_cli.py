"""CLI tests per command: exact output, error text and exit codes; the catalogue unchanged."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import no_traceback

from catalog import open_catalog
from catalog.cli import main


@pytest.fixture
def run(shipped_path):
    runner = CliRunner()

    def invoke(*args, catalog=shipped_path):
        return runner.invoke(main, ["--catalog", str(catalog), *map(str, args)])

    return invoke


def snapshot(path):
    with open_catalog(path) as cat:
        return (cat.counts(), [s.__dict__ for s in cat.sites(None)])


def test_sites_table(run):
    r = run("sites")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["site_id", "name", "type", "status", "precision", "lat", "lon",
                                "cites"]
    row = next(line for line in lines if line.startswith("kp-hoejung-ni "))
    assert "41.369883" in row and "126.913631" in row and row.endswith("2")
    assert next(line for line in lines if line.startswith("kp-yeongjeo-dong ")).split()[-3:] \
        == ["-", "-", "1"]


def test_sites_geojson(run):
    r = run("sites", "--format", "geojson")
    fc = json.loads(r.output)
    feats = {f["properties"]["site_id"]: f for f in fc["features"]}
    assert feats["kp-sakkanmol"]["geometry"]["coordinates"] == [126.107945, 38.584698]
    assert feats["kp-yeongjeo-dong"]["geometry"] is None
    assert feats["kp-sakkanmol"]["properties"]["name_local"] == "삭간몰"


def test_show(run):
    r = run("show", "kp-hoejung-ni")
    assert r.exit_code == 0
    assert "Hoejung-ni missile operating base  [kp-hoejung-ni]" in r.output
    assert "location: 41.369883 N, 126.913631 E (exact; third party)" in r.output
    assert "another missile base in Hoejung-ni." in r.output
    # a citation with no quote shows its note, never "nan"
    assert "[Attributed the coordinates 41.369883 N" in r.output and "nan" not in r.output
    r = run("show", "kp-nope")
    assert (r.exit_code, r.output.strip()) == (1, "Error: no site 'kp-nope' in " +
                                               r.output.split(" in ", 1)[1].strip())


def test_add_site_source_cite_alias(run, shipped_path):
    assert run("add-source", "s-test", "--title", "Test report", "--published", "2020-01-02",
               "--kind", "news").exit_code == 0
    r = run("add-site", "kp-test", "--name", "Test base", "--type", "test site", "--lat", "40",
            "--lon", "127", "--precision", "approximate", "--radius-m", "2000", "--method",
            "digitised by analyst", "--alias", "Test-ri")
    assert r.exit_code == 0, r.output
    assert run("cite", "kp-test", "s-test", "--quote", "A test base.").exit_code == 0
    assert run("add-alias", "kp-test", "Test-ni").exit_code == 0
    with open_catalog(shipped_path) as cat:
        s = cat.get_site("kp-test")
        assert (s.precision_m, s.location_precision) == (2000.0, "approximate")
        assert [a.alias for a in cat.aliases("kp-test")] == ["Test base", "Test-ri", "Test-ni"]
        assert cat.citations("kp-test")[0].quote == "A test base."


def test_add_site_without_coordinates_is_unlocated(run, shipped_path):
    assert run("add-site", "kp-u", "--name", "U", "--type", "other").exit_code == 0
    with open_catalog(shipped_path) as cat:
        assert cat.get_site("kp-u").location_precision == "unknown"


@pytest.mark.parametrize("command", ["show", "history"])
def test_a_mistyped_site_id_suggests_the_closest(run, command):
    r = run(command, "kp-hoejung-nii")
    assert r.exit_code == 1 and no_traceback(r)
    assert r.output.startswith("Error: no site 'kp-hoejung-nii' in ")
    assert r.output.rstrip().endswith("; did you mean 'kp-hoejung-ni'?")
    r = run(command, "kp-nothing-like-it")
    assert r.exit_code == 1 and "did you mean" not in r.output


@pytest.mark.parametrize("args, code, message", [
    (["add-site", "kp-bad", "--name", "B", "--type", "other", "--lat", "123", "--lon", "1"],
     1, "Error: latitude must be within [-90, 90], got 123.0 for site 'kp-bad'"),
    (["add-site", "kp-bad", "--name", "B", "--type", "castle"], 2, "'castle' is not one of"),
    (["cite", "kp-missing", "globalmedia-2018-12-08-missile-base", "--quote", "q"],
     1, "Error: no site 'kp-missing'"),
    (["add-source", "s-x", "--title", "T", "--published", "2018-13-45"],
     2, "Invalid value for '--published': not a real date: '2018-13-45' (expected "
        "YYYY-MM-DD)"),
    (["update-site", "kp-sakkanmol", "--status", "active", "--as-of", "2024/01/05"],
     2, "Invalid value for '--as-of': expected a date as YYYY-MM-DD, e.g. 2024-01-05; got "
        "'2024/01/05'"),
    (["add-site", "kp-sakkanmol", "--name", "Again", "--type", "other"],
     1, "Error: site 'kp-sakkanmol' already exists"),
    (["add-site", "kp-bad", "--name", "B", "--type", "other", "--lat", "40"],
     1, "Error: give both latitude and longitude or neither for site 'kp-bad'"),
    (["add-site", "kp-bad", "--name", "B", "--type", "other", "--lat", "40", "--lon", "127",
      "--method", "digitised by analyst"],
     1, "Error: a located site needs a location_precision other than 'unknown'"),
])
def test_bad_input_one_line_error_exit_code_and_nothing_changed(run, shipped_path, args, code,
                                                               message):
    before = snapshot(shipped_path)
    r = run(*args)
    assert r.exit_code == code, r.output
    assert message in r.output
    assert no_traceback(r), r.exception
    assert snapshot(shipped_path) == before


def test_validate_passes_on_shipped(run):
    r = run("validate")
    assert r.exit_code == 0
    assert r.output.strip().endswith("4 sites, 15 aliases, 3 sources, 5 citations; "
                                     "0 error(s), 0 warning(s)")


def test_missing_catalogue(tmp_path):
    r = CliRunner().invoke(main, ["--catalog", str(tmp_path / "x.gpkg"), "sites"])
    assert r.exit_code == 1 and "no catalogue at" in r.output


def test_catalog_env_variable(shipped_path, monkeypatch):
    monkeypatch.setenv("CATALOG", str(shipped_path))
    r = CliRunner().invoke(main, ["sites"])
    assert r.exit_code == 0 and "kp-sakkanmol" in r.output


def test_init_and_build(tmp_path):
    runner = CliRunner()
    path = tmp_path / "new.gpkg"
    assert runner.invoke(main, ["--catalog", str(path), "init"]).exit_code == 0
    r = runner.invoke(main, ["--catalog", str(path), "init"])
    assert r.exit_code == 1 and "exists" in r.output
    r = runner.invoke(main, ["--catalog", str(path), "build"])
    assert r.exit_code == 1 and "pass --overwrite" in r.output
    r = runner.invoke(main, ["--catalog", str(path), "build", "--overwrite"])
    assert r.exit_code == 0 and "built" in r.output


def test_map_writes_html_and_refuses_overwrite(run, tmp_path):
    out = tmp_path / "m.html"
    r = run("map", "-o", out)
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "Hoejung-ni missile operating base" in html and "Sakkanmol" in html
    r = run("map", "-o", out)
    assert r.exit_code == 1 and "pass --overwrite" in r.output


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, _cmd in main.commands.items():
        r = runner.invoke(main, [name, "--help"])
        assert r.exit_code == 0, name
        assert "Example" in r.output, f"{name} --help has no example"


def test_update_site_history_and_backup(run, shipped_path, tmp_path):
    r = run("update-site", "kp-hoejung-ni", "--status", "active", "--as-of", "2022-02-07",
            "--source", "csis-2022-02-07-hoejung-ni", "--why", "seen on new imagery")
    assert r.exit_code == 0, r.output
    r = run("history", "kp-hoejung-ni")
    line = next(x for x in r.output.splitlines() if " status " in x and "imagery" in x)
    assert line.split()[1:5] == ["status", "expanding", "active", "csis-2022-02-07-hoejung-ni"]
    assert line.endswith("seen on new imagery")
    r = run("update-site", "kp-hoejung-ni")
    assert r.exit_code == 2 and "nothing to change" in r.output
    r = run("update-site", "kp-hoejung-ni", "--lat", "95", "--lon", "126", "--precision",
            "exact", "--method", "digitised by analyst")
    assert r.exit_code == 1 and "latitude must be within [-90, 90], got 95.0" in r.output
    dest = tmp_path / "b.gpkg"
    assert run("backup", dest).exit_code == 0
    with open_catalog(dest) as cat:
        assert cat.get_site("kp-hoejung-ni").status == "active"
    assert run("backup", dest).exit_code == 1


def test_paths_with_spaces_quotes_and_non_ascii(tmp_path):
    d = tmp_path / "dossier «Ŏ» 'a' \"b\" 영저"
    d.mkdir()
    cat = d / "mon catalogue é.gpkg"
    runner = CliRunner()
    assert runner.invoke(main, ["--catalog", str(cat), "build"]).exit_code == 0
    r = runner.invoke(main, ["--catalog", str(cat), "map", "-o", str(d / "carte ü.html")])
    assert r.exit_code == 0, r.output
    assert runner.invoke(main, ["--catalog", str(cat), "validate"]).exit_code == 0
    assert runner.invoke(main, ["--catalog", str(cat), "backup", str(d / "copie ß.gpkg")]
                         ).exit_code == 0


@pytest.mark.parametrize("args", [
    ["map", "-o", "{blocker}/x.html"],
    ["backup", "{blocker}/x.gpkg"],
    ["export", "--format", "geojson", "-o", "{blocker}/x.geojson"],
    ["query", "--format", "geojson", "-o", "{blocker}/x.geojson"],
    ["query", "--format", "gpkg", "-o", "{blocker}/x.gpkg"],
])
def test_unwritable_outputs_are_one_line_errors(run, shipped_path, tmp_path, args):
    blocker = tmp_path / "a-file"  # a file where a directory is expected
    blocker.write_text("x")
    args = [a.format(blocker=blocker, missing=tmp_path / "no-such-dir") for a in args]
    before = snapshot(shipped_path)
    r = run(*args)
    assert r.exit_code == 1, r.output
    assert no_traceback(r), r.exception
    assert r.output.startswith("Error: cannot write") or "cannot write" in r.output
    assert snapshot(shipped_path) == before


@pytest.mark.parametrize("args", [
    ["backup", "{out}/x.gpkg"],
    ["map", "-o", "{out}/x.html"],
    ["export", "--format", "csv", "-o", "{out}/x.csv"],
    ["query", "--format", "geojson", "-o", "{out}/x.geojson"],
    ["query", "-o", "{out}/x.txt"],
])
def test_every_output_creates_its_missing_folders(run, tmp_path, args):
    """One rule for every output (issue 12: `catalog backup backups/x.gpkg` failed)."""
    out = tmp_path / "new" / "folders"
    r = run(*[a.format(out=out) for a in args])
    assert r.exit_code == 0, r.output
    assert (out / Path(args[-1]).name).is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_build_and_restore_create_missing_folders(tmp_path, shipped_path):
    runner = CliRunner()
    built = tmp_path / "a" / "b" / "built.gpkg"
    assert runner.invoke(main, ["--catalog", str(built), "build"]).exit_code == 0
    restored = tmp_path / "c" / "restored.gpkg"
    r = runner.invoke(main, ["--catalog", str(restored), "restore", str(shipped_path)])
    assert r.exit_code == 0, r.output
    with open_catalog(built) as a, open_catalog(restored) as b:
        assert a.counts() == b.counts()


def test_backup_onto_itself_is_refused(run, shipped_path):
    r = run("backup", shipped_path, "--overwrite")
    assert r.exit_code == 1 and "onto itself" in r.output


# -- provenance of every edit (issue 12) --

def test_update_site_a_new_point_states_precision_method_and_source(run, shipped_path):
    """`update-site kp-sakkanmol --lat 38.5 --lon 126.1` used to keep 'exact; published by
    source' and the think tank as the source of a point nobody published."""
    before = snapshot(shipped_path)
    for args, code, says in [
        ([], 2, "a new point states its own --precision and --method (and --source unless "
                "the method is 'digitised by analyst')"),
        (["--precision", "exact", "--method", "published by source"], 1,
         "a new location of site 'kp-sakkanmol' by 'published by source' must name the "
         "source it comes from"),
        (["--precision", "approximate", "--method", "digitised by analyst"], 2,
         "--precision approximate needs --radius-m"),
        (["--lon", "126.1", "--unlocate"], 2, "--unlocate removes the point"),
    ]:
        r = run("update-site", "kp-sakkanmol", "--lat", "38.5", *(
            args if "--lon" in args else ["--lon", "126.1", *args]))
        assert r.exit_code == code, r.output
        assert says in r.output and no_traceback(r)
        assert snapshot(shipped_path) == before
    r = run("update-site", "kp-sakkanmol", "--lat", "38.5", "--lon", "126.1", "--precision",
            "approximate", "--radius-m", "2000", "--method", "digitised by analyst", "--why",
            "re-digitised on 2024 imagery")
    assert r.exit_code == 0, r.output
    show = run("show", "kp-sakkanmol").output
    assert ("  location: 38.500000 N, 126.100000 E (approximate, ±2,000 m; digitised by "
            "analyst)\n") in show
    assert "location source:" not in show  # an analyst's point, not the think tank's
    with open_catalog(shipped_path) as cat:  # the old point, its method and source: kept
        hist = {h["field"]: (h["old_value"], h["new_value"])
                for h in cat.site_history("kp-sakkanmol")
                if h["note"] == "re-digitised on 2024 imagery"}
    assert hist == {"location": ("38.5846980,126.1079450", "38.5000000,126.1000000"),
                    "location_precision": ("exact", "approximate"),
                    "precision_m": (None, "2000.0"),
                    "location_method": ("published by source", "digitised by analyst"),
                    "location_source_id": ("csis-2018-11-12-sakkanmol", None)}
    assert "csis-2018-11-12-sakkanmol" in run("history", "kp-sakkanmol").output
    assert run("validate").exit_code == 0


def test_update_site_source_becomes_the_location_source_and_is_cited(run, shipped_path):
    r = run("update-site", "kp-hoejung-ni", "--lat", "41.37", "--lon", "126.91",
            "--precision", "approximate", "--radius-m", "1000", "--method", "third party",
            "--source", "globalmedia-2018-12-08-missile-base", "--quote",
            "But Lewis and Schmerler said that in recent years North Korea had significantly "
            "expanded what appeared to be another missile base in Hoejung-ni.")
    assert r.exit_code == 0, r.output
    show = run("show", "kp-hoejung-ni").output
    assert "  location source: globalmedia-2018-12-08-missile-base\n" in show
    assert "Global Media, 2018-12-08 (location) [c-" in show
    with open_catalog(shipped_path) as cat:
        assert [c.supports for c in cat.citations("kp-hoejung-ni",
                                                  "globalmedia-2018-12-08-missile-base")
                ] == ["status", "location"]
    assert run("validate").exit_code == 0
    r = run("update-site", "kp-hoejung-ni", "--lat", "41.38", "--lon", "126.92",
            "--precision", "exact", "--method", "published by source", "--source", "nope")
    assert r.exit_code == 1 and "no source 'nope'" in r.output


def test_update_site_country_and_admin1(run, shipped_path):
    r = run("update-site", "kp-yeongjeo-dong", "--country", "kor", "--admin1", "Gangwon")
    assert r.exit_code == 0, r.output
    with open_catalog(shipped_path) as cat:
        s = cat.get_site("kp-yeongjeo-dong")
        assert (s.country, s.admin1) == ("KOR", "Gangwon")
        assert [h["field"] for h in cat.site_history("kp-yeongjeo-dong")][-2:] == [
            "country", "admin1"]
    assert run("update-site", "kp-yeongjeo-dong", "--admin1", "").exit_code == 0
    with open_catalog(shipped_path) as cat:
        assert cat.get_site("kp-yeongjeo-dong").admin1 is None
    before = snapshot(shipped_path)
    r = run("update-site", "kp-yeongjeo-dong", "--country", "Korea")
    assert r.exit_code == 1 and "country must be an ISO 3166-1 alpha-3 code" in r.output
    assert snapshot(shipped_path) == before


def test_remove_alias_and_uncite(run, shipped_path):
    assert run("add-alias", "kp-hoejung-ni", "Hoejung-dong").exit_code == 0
    r = run("remove-alias", "kp-hoejung-ni", "Hoejung-dong", "--why", "another village")
    assert r.exit_code == 0 and "removed alias 'Hoejung-dong' from kp-hoejung-ni" in r.stderr
    assert "Hoejung-dong" not in run("show", "kp-hoejung-ni").output
    r = run("remove-alias", "kp-hoejung-ni", "Hoejung-dong")
    assert r.exit_code == 1 and "has no alias 'Hoejung-dong'; its aliases are" in r.output
    r = run("remove-alias", "kp-hoejung-nii", "Hoejung-ri")
    assert r.exit_code == 1 and "did you mean 'kp-hoejung-ni'?" in r.output

    assert run("cite", "kp-sakkanmol", "globalmedia-2018-12-08-missile-base", "--quote",
               "A false match.").exit_code == 0
    show = run("show", "kp-sakkanmol").output
    cid = show.split('"A false match."')[1].split("[")[1].split("]")[0]
    r = run("uncite", cid, "--why", "the sentence is about another base")
    assert r.exit_code == 0, r.output
    assert (f"removed citation {cid} of kp-sakkanmol by globalmedia-2018-12-08-missile-base"
            in r.stderr)
    assert "A false match." not in run("show", "kp-sakkanmol").output
    hist = run("history", "kp-sakkanmol").output
    assert "another base" in hist and '"A false match."' in hist and "another village" not in hist
    r = run("uncite", cid)
    assert r.exit_code == 1 and f"no citation {cid!r}" in r.output
    before = snapshot(shipped_path)
    (loc,) = [line.split("[")[-1].rstrip("]") for line in
              run("show", "kp-sakkanmol").output.splitlines() if "(location) [" in line]
    r = run("uncite", loc)
    assert r.exit_code == 1 and "supports the location of site 'kp-sakkanmol'" in r.output
    assert snapshot(shipped_path) == before
    assert run("validate").exit_code == 0
