"""The README's examples run as written (issue 12).

Every ```sh and ```console block of README.md is run, in order of the README, each in a
fresh folder holding what a reader following the README has at that point:
``build/catalog.gpkg`` built from the shipped data (what ``make map`` makes), the
``export`` lines of the blocks before it, and the files the examples name
(:func:`provide`): ``reports/`` (tests/data/readme/reports, texts written for this test),
``report.pdf``, ``KP.txt`` and ``alternateNamesV2.txt`` (two GeoNames rows of the shipped
gazetteer, in GeoNames' dump formats), ``aoi.gpkg`` (a layer ``areas``),
``colleague.geojson``, ``mine.gpkg``, ``atlas.kmz`` and ``folders.csv``.

Each ``catalog`` command runs through the click entry point (``catalog.cli:main``, what
the ``catalog`` script calls) and must exit 0; a ``console`` block's ``$`` lines must print
exactly the lines under them. The PostGIS block's ``postgresql://analyst@db.example/catalog``
becomes the throwaway test server's database (skipped, saying why, without one).

A line that cannot run here is marked in the README by an HTML comment just before its
block, invisible on the rendered page::

    <!-- not run by tests/test_readme.py: make map, make test (why) -->

naming the start of each such line. Only a few may be marked (:data:`MAX_ILLUSTRATIVE`),
each mark must match a line, and any other command (a pipe, a redirection, a program other
than ``catalog``) fails the test: the examples stay runnable.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.build import DATA_DIR, build_catalog
from catalog.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DATA = Path(__file__).parent / "data" / "readme"
#: The README's PostGIS example database, replaced by the test server's.
EXAMPLE_DB = "postgresql://analyst@db.example/catalog"
#: At most this many README lines may be marked as not run.
MAX_ILLUSTRATIVE = 10

_BLOCK = re.compile(
    r"^(?:<!-- not run by tests/test_readme\.py: (?P<skip>[^\n]*?) -->\n)?"
    r"```(?P<lang>[a-z]*)\n(?P<body>.*?)^```$", re.M | re.S)


def blocks() -> list[tuple[int, str, str, list[str]]]:
    """``(line, language, body, lines not run)`` of every fenced block of the README."""
    out = []
    for m in _BLOCK.finditer(README):
        skip = []
        if m["skip"]:
            skip = [s.strip() for s in re.sub(r"\s*\(.*\)$", "", m["skip"]).split(",")]
        line = README.count("\n", 0, m.start("lang")) + 1
        out.append((line, m["lang"], m["body"], skip))
    return out


def command_blocks():
    return [b for b in blocks() if b[1] in ("sh", "console")]


def logical_lines(body: str) -> list[str]:
    """Lines with their ``\\`` continuations joined."""
    return [text for _, text in numbered_lines(body)]


def numbered_lines(body: str) -> list[tuple[int, str]]:
    """``(index of the first physical line, text)`` of each line, continuations joined."""
    out, cur, first = [], "", 0
    for i, raw in enumerate(body.splitlines()):
        if not cur:
            first = i
        if raw.rstrip().endswith("\\"):
            cur += raw.rstrip()[:-1] + " "
            continue
        out.append((first, cur + raw))
        cur = ""
    if cur:
        out.append((first, cur))
    return out


def commands(line: str) -> list[list[str]]:
    """The commands of one shell line (``;`` separates them; comments dropped)."""
    lex = shlex.shlex(line, posix=True, punctuation_chars=";|&<>()")
    lex.whitespace_split = True
    cmds, cur = [], []
    for tok in lex:
        if tok == ";":
            cmds.append(cur)
            cur = []
        elif set(tok) <= set(";|&<>()"):
            raise AssertionError(f"README line {line!r}: {tok!r} is not run by this test; "
                                 "keep examples to plain commands")
        else:
            cur.append(tok)
    cmds.append(cur)
    return [c for c in cmds if c]


def test_the_readme_has_command_blocks_and_few_lines_not_run():
    found = command_blocks()
    assert len(found) >= 7
    assert not [b for b in blocks() if b[1] == ""], "tag every README block (sh, console...)"
    marked = [(line, s) for line, _, body, skip in found for s in skip]
    assert len(marked) <= MAX_ILLUSTRATIVE, marked
    for line, s in marked:
        body = next(b[2] for b in found if b[0] == line)
        assert [x for x in logical_lines(body) if x.strip().startswith(s)], (
            f"README line {line}: the mark {s!r} matches no line of its block")


@pytest.fixture
def readme_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CATALOG", raising=False)
    monkeypatch.chdir(tmp_path)
    provide(tmp_path)
    return tmp_path


def provide(where: Path) -> None:
    """The catalogue and the files the README's examples name."""
    import geopandas as gpd
    from fpdf import FPDF
    from shapely.geometry import box

    build_catalog(where / "build" / "catalog.gpkg", DATA_DIR)
    shutil.copytree(DATA / "reports", where / "reports")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "A crane was moved beside the pier at the Sinpo shipyard in May.")
    pdf.output(str(where / "report.pdf"))
    _geonames(where)
    gpd.GeoDataFrame({"name": ["Korea"]}, geometry=[box(124, 33, 131, 43.1)],
                     crs="EPSG:4326").to_file(where / "aoi.gpkg", layer="areas")
    # a colleague's copy of the catalogue, with a name of theirs for Sakkanmol
    runner = CliRunner()
    mine = str(where / "mine.gpkg")
    assert runner.invoke(main, ["--catalog", mine, "build"]).exit_code == 0
    assert runner.invoke(main, ["--catalog", mine, "add-alias", "kp-sakkanmol",
                                "Sakkanmol base"]).exit_code == 0
    r = runner.invoke(main, ["--catalog", mine, "export", "-o",
                             str(where / "colleague.geojson")])
    assert r.exit_code == 0, r.output
    _atlas(where)


def _atlas(where: Path) -> None:
    """``atlas.kmz``: another tool's Google Earth file (folders by kind, placemarks with a
    name and no site_id, written for this test), and ``folders.csv`` mapping its folder
    names to facility types."""
    import zipfile

    kml = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>An atlas</name>
<Folder><name>Missile bases</name>
<Placemark><name>Example-ri base</name><description>Seen on 2020 imagery.</description>
<Point><coordinates>126.5,40.5,0</coordinates></Point></Placemark></Folder>
<Folder><name>Ports</name>
<Placemark><name>Example harbour</name>
<Point><coordinates>128.1,40.0,0</coordinates></Point></Placemark></Folder>
</Document></kml>"""
    with zipfile.ZipFile(where / "atlas.kmz", "w") as z:
        z.writestr("doc.kml", kml)
    (where / "folders.csv").write_text("folder,facility_type\nPorts,naval base\n",
                                       encoding="utf-8")


def _geonames(where: Path) -> None:
    """``KP.txt`` and ``alternateNamesV2.txt`` in GeoNames' dump formats, from two rows of
    the shipped GeoNames extract."""
    from catalog.files import shipped

    tsv = shipped("gazetteer", "cities500_KP_KR.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in tsv.splitlines()[1:] if r.split("\t")[4] == "KP"][:2]
    with open(where / "KP.txt", "w", encoding="utf-8") as f:
        for gid, name, lat, lon, cc, adm1, pop, tz, alts in rows:
            f.write("\t".join([gid, name, name, alts, lat, lon, "P", "PPL", cc, "", adm1, "",
                               "", "", pop, "", "", tz, "2024-01-01"]) + "\n")
    with open(where / "alternateNamesV2.txt", "w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write("\t".join([str(900 + i), row[0], "", row[8].split(",")[0], "", "", "", "",
                               "", ""]) + "\n")


def _exports(before_line: int) -> dict[str, str]:
    env = {}
    for line, _, body, _ in command_blocks():
        if line >= before_line:
            break
        for text in logical_lines(body):
            if text.removeprefix("$ ").startswith("export "):
                k, v = commands(text.removeprefix("$ "))[0][1].split("=", 1)
                env[k] = v
    return env


@pytest.mark.parametrize("line, lang, body, skip", command_blocks(),
                         ids=[f"README.md:{b[0]}" for b in command_blocks()])
def test_readme_block_runs_as_written(line, lang, body, skip, readme_dir, request):
    env = _exports(line)
    if EXAMPLE_DB in body:
        url = request.getfixturevalue("postgis_url")  # skips, saying why, with no server
        body = body.replace(EXAMPLE_DB, url)
    runner = CliRunner()
    ran = 0
    numbered = numbered_lines(body)
    lines = [text for _, text in numbered]
    for i, (offset, text) in enumerate(numbered):
        if not text.strip() or (lang == "console" and not text.startswith("$ ")):
            continue
        if any(text.strip().startswith(s) for s in skip):
            continue
        where = f"README.md:{line + offset + 1}"
        for cmd in commands(text.removeprefix("$ ")):
            while cmd and re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S*", cmd[0]):
                k, v = cmd.pop(0).split("=", 1)
                env[k] = v
            if cmd[0] == "export":
                k, v = cmd[1].split("=", 1)
                env[k] = v
                continue
            assert cmd[0] == "catalog", (
                f"{where}: {cmd[0]!r} is not run by this test; mark it "
                "(see tests/test_readme.py) or write the example with `catalog`")
            r = runner.invoke(main, cmd[1:], env=env)
            ran += 1
            if lang == "console":
                expected = []
                for nxt in lines[i + 1:]:
                    if nxt.startswith("$ "):
                        break
                    expected.append(nxt)
                assert r.output.rstrip("\n").splitlines() == expected, (where, r.output)
                continue
            assert r.exit_code == 0, (f"{where}: {text.strip()}\n"
                                      f"exit {r.exit_code}: {r.output}{r.exception or ''}")
    if not ran:
        pytest.skip(f"README.md:{line}: every line is marked not run ({', '.join(skip)})")
