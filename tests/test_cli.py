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
    r = run("update-site", "kp-hoejung-ni", "--lat", "95", "--lon", "126")
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
