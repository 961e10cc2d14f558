"""`catalog serve`: the catalogue as a Datasette website, driven in headless Chromium.

The server is the real command (`catalog serve --port N`) on a free localhost port; the
pages are opened in Debian's Chromium (scripts/install-chromium.sh, as for the map test).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser import ROOT
from click.testing import CliRunner

from catalog import open_catalog
from catalog.cli import main
from catalog.errors import CatalogError, FileOverwriteError
from catalog.model import Citation, Site, Source
from catalog.serve import DB_FILE, FACETS, QUERIES, TABLES, build_site

EVIL = ('He said <img src=x onerror="window.__pwned=1"> and </script>'
        '<script>window.__pwned=2</script> {{ 7*7 }}')
WORD = "zebrafinch"  # in one quote only
ARTIFACTS = ROOT / "build" / "test-artifacts"


@pytest.fixture
def site_catalogue(shipped, shipped_path):
    """The shipped catalogue, an airbase cluster, a quote with a rare word, hostile text in a
    quote, a name and a note, and a candidate that is not published."""
    cat = shipped
    with cat.transaction():
        cat.add_source(Source("hostile-1", "A <b>bold</b> report", published="2021-01-01",
                              url="file:///etc/passwd"))
        for i in range(5):
            cat.add_site(Site(f"kp-air-{i}", f"Airbase {i}", "airbase", lon=125.6 + i * 0.01,
                              lat=39.0, country="PRK", location_precision="exact",
                              location_method="digitised by analyst"))
        cat.add_citation(Citation("kp-air-0", "hostile-1", f"A {WORD} nests by the runway.",
                                  "existence"))
        cat.add_site(Site("kp-evil", '<img src=x onerror="window.__pwned=3">Evil', "storage",
                          lon=126.0, lat=40.0, country="PRK", location_precision="exact",
                          location_method="third party", notes=EVIL))
        cat.add_citation(Citation("kp-evil", "hostile-1", EVIL, "existence"))
        cat.add_site(Site("kp-candidate", "Unreviewed", "other", review_status="candidate"))
    return shipped_path


def test_site_database_is_a_valid_geopackage_with_search_and_map(shipped, site_catalogue,
                                                                 tmp_path):
    out = build_site(shipped, tmp_path / "site")
    db = out / DB_FILE
    conn = sqlite3.connect(db)
    try:
        # one file to publish, no WAL beside it
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        hits = conn.execute("SELECT rowid FROM citations_fts WHERE citations_fts MATCH ?",
                            (WORD,)).fetchall()
        assert len(hits) == 1
        def search(words):
            return [r[0] for r in conn.execute(
                "SELECT s.site_id FROM sites_fts f JOIN sites s ON s.fid = f.rowid "
                "WHERE sites_fts MATCH ? ORDER BY s.site_id", (words,))]

        assert search("hoejung") == ["kp-hoejung-ni"]
        assert "kp-yeongjeo-dong" in search("yongjo")  # Yŏngjŏ-dong, diacritics folded
        rows = dict(conn.execute("SELECT site_id, latitude FROM site_map").fetchall())
        assert rows["kp-hoejung-ni"] == 41.369883 and "kp-yeongjeo-dong" not in rows
        assert conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name = "
                            "'site_coordinates'").fetchone() == ("attributes",)
    finally:
        conn.close()
    with open_catalog(db) as copy:  # still a catalogue: the store opens it
        ids = {s.site_id for s in copy.sites(None)}
        assert "kp-candidate" not in ids and {"kp-evil", "kp-air-0"} <= ids
        assert not any(c.site_id == "kp-candidate" for c in copy.citations())
    # GDAL's GeoPackage validator, as for the catalogue itself (QGIS opens what it passes)
    probe = subprocess.run(["/usr/bin/python3", "-c", "import osgeo_utils.samples.validate_gpkg"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("GDAL's validate_gpkg is missing (scripts/install-qgis.sh installs it)")
    proc = subprocess.run(["/usr/bin/python3", "-m", "osgeo_utils.samples.validate_gpkg",
                           "--extra", str(db)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_metadata_describes_every_table_and_column(shipped, tmp_path):
    out = build_site(shipped, tmp_path / "site", review_status=None)
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["catalog"]["tables"]
    conn = sqlite3.connect(out / DB_FILE)
    try:
        objects = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT "
            "LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")]
        for name in objects:
            assert tables[name]["description"], name
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            assert set(tables[name]["columns"]) == set(cols), name
            if not tables[name].get("hidden"):
                assert tables[name]["title"] and all(tables[name]["columns"].values())
                assert name in TABLES
    finally:
        conn.close()
    assert {"sites", "site_map", "citations", "sources", "aliases", "site_history"} <= {
        n for n, t in tables.items() if not t.get("hidden")}
    assert tables["gpkg_contents"]["hidden"] and tables["rtree_sites_geom"]["hidden"]
    assert tables["sites"]["facets"][:4] == FACETS == [
        "facility_type", "country", "status", "location_precision"]
    assert tables["sites"]["fts_table"] == "sites_fts"
    assert tables["citations"]["fts_table"] == "citations_fts"
    assert set(meta["databases"]["catalog"]["queries"]) == set(QUERIES)
    assert meta["plugins"]["datasette-cluster-map"]["latitude_column"] == "latitude"


def test_cli_export_writes_what_publish_needs(site_catalogue, tmp_path):
    runner = CliRunner()
    out = tmp_path / "pub"
    res = runner.invoke(main, ["--catalog", str(site_catalogue), "serve", "--export",
                               str(out), "--title", "Team catalogue"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt", DB_FILE, "metadata.json", "plugins", "templates"]
    assert (out / "plugins" / "catalog_pages.py").read_text().count("hookimpl") >= 3
    assert (out / "templates" / "row-catalog-sites.html").is_file()
    assert "datasette publish" in (out / "README.txt").read_text()
    assert "--immutable" in res.output and str(out / DB_FILE) in res.output
    assert json.loads((out / "metadata.json").read_text())["title"] == "Team catalogue"
    res = runner.invoke(main, ["--catalog", str(site_catalogue), "serve", "--export",
                               str(out)])
    assert res.exit_code == 1 and "exists; pass --overwrite" in res.output
    with open_catalog(site_catalogue) as cat, pytest.raises(FileOverwriteError):
        build_site(cat, out)


def test_serve_without_datasette_says_how_to_install(shipped_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("datasette") else real(name))
    res = CliRunner().invoke(main, ["--catalog", str(shipped_path), "serve"])
    assert res.exit_code == 1
    assert res.output.strip() == ("Error: catalog serve needs Datasette and "
                                  "datasette-cluster-map: pip install 'facility-catalog[serve]'")
    from catalog.serve import require_datasette

    with pytest.raises(CatalogError, match="facility-catalog\\[serve\\]"):
        require_datasette()


# -- the live site in headless Chromium ---------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.read().decode("utf-8")


@pytest.fixture
def server(site_catalogue, tmp_path):
    """`catalog serve` on a free localhost port; stopped (its process group) afterwards."""
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "catalog", "--catalog", str(site_catalogue),
                             "serve", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            cwd=tmp_path, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # up to a minute to build the copy and start (not a timing)
            if proc.poll() is not None:
                pytest.fail("catalog serve stopped: " + (tmp_path / "serve.log").read_text())
            try:
                if _get(base + "/catalog")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        else:
            pytest.fail("catalog serve did not answer: " + (tmp_path / "serve.log").read_text())
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def test_served_read_only_on_localhost(server):
    status, body = _get(server + "/catalog/sites.json?_shape=array&_size=max")
    rows = json.loads(body)
    assert status == 200 and "kp-candidate" not in {r["site_id"] for r in rows}
    # immutable: a write through the SQL page is refused
    req = urllib.request.Request(server + "/catalog.json?sql=" + urllib.request.quote(
        "delete from sites") + "&_shape=array")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(req, timeout=30)
    _, body = _get(server + "/catalog/sites_in_box.json?_shape=array&west=125.5&south=38.9"
                   "&east=125.65&north=39.1")
    assert sorted(r["site_id"] for r in json.loads(body)) == [f"kp-air-{i}" for i in range(5)]
    _, body = _get(server + "/catalog/sites_cited_by_source.json?_shape=array"
                   "&source_id=hostile-1")
    assert sorted(r["site_id"] for r in json.loads(body)) == ["kp-air-0", "kp-evil"]


def _shot(browser, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / f"serve-{name}.png"))


def test_the_site_in_chromium(server, browser, site_catalogue):
    from selenium.webdriver.common.by import By

    d = browser.driver
    with open_catalog(site_catalogue) as cat:
        located = [s for s in cat.sites() if s.located]
        cites_of_evil = len(cat.citations("kp-evil"))
    # the map draws every located site (clusters count the sites they hold)
    d.get(server + "/catalog/site_map")
    drawn = browser.wait("""
        const icons = [...document.querySelectorAll('.leaflet-marker-icon')];
        if (!icons.length) return 0;
        let n = 0;
        for (const i of icons) n += i.classList.contains('marker-cluster')
            ? parseInt(i.textContent, 10) : 1;
        return n;""", timeout=60)
    assert drawn == len(located)
    browser.js("document.querySelector('.leaflet-container').scrollIntoView()")
    _shot(browser, "map")

    # a search for a word of a quote finds its citation, typed into the search box
    d.get(server + "/catalog/citations")
    box = d.find_element(By.CSS_SELECTOR, "input[name=_search]")
    box.send_keys(WORD)
    box.submit()
    browser.wait(f"return location.search.includes('{WORD}')")
    rows = d.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert len(rows) == 1 and WORD in rows[0].text and "kp-air-0" in d.page_source

    # a facet narrows the list
    d.get(server + "/catalog/sites")
    before = len(d.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr"))
    facet = d.find_element(By.CSS_SELECTOR, '.facet-info[data-column="facility_type"] '
                                            'a[href*="facility_type=airbase"]')
    facet.click()
    browser.wait("return location.search.includes('facility_type=airbase')")
    after = d.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert before == len(site_ids(site_catalogue)) == 10 and len(after) == 5
    assert all("Airbase" in r.text for r in after)
    _shot(browser, "facet")

    # hostile text stays text: in the citations, on the site's page, in the search
    for path in ("/catalog/citations", "/catalog/site_citations?_search=said",
                 "/catalog/sites/kp-evil"):
        d.get(server + path)
        browser.wait("return document.readyState === 'complete'")
        assert browser.js("return window.__pwned === undefined"), path
        assert browser.js("return document.querySelectorAll('img[src=x]').length") == 0, path
        assert '<img src=x onerror="window.__pwned=1">' in d.find_element(
            By.TAG_NAME, "body").text, path
        assert "{{ 7*7 }}" in d.find_element(By.TAG_NAME, "body").text, path
    # the site's page lists its citations; only an http(s) source URL becomes a link
    assert len(d.find_elements(By.CSS_SELECTOR, "ol.site-citations li.citation")) == \
        cites_of_evil == 1
    assert d.find_elements(By.CSS_SELECTOR, 'a[href^="file:"]') == []
    assert "A <b>bold</b> report" in d.find_element(By.CSS_SELECTOR, "ol.site-citations").text
    _shot(browser, "site-page")


def site_ids(path: Path) -> list[str]:
    with open_catalog(path) as cat:
        return [s.site_id for s in cat.sites()]
