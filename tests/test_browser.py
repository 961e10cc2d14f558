"""The map in a real browser: Debian's headless Chromium opens the HTML from a file, with no
network (as `make map` must work on a machine without one).

Chromium comes from scripts/install-chromium.sh (run by ``make test``; this module runs it
too when Chromium is missing). Screenshots land in build/test-artifacts/.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from browser import ROOT, Browser

from catalog.gazetteer import match_key
from catalog.mapping import make_map
from catalog.model import Alias, Citation, Site, Source

ARTIFACTS = ROOT / "build" / "test-artifacts"
EVIL_QUOTE = ('He said <img src=x onerror="window.__pwned=1"> and </script>'
              '<script>window.__pwned=2</script> then <!-- {{ 7*7 }}')
CLUSTERED = 60


@pytest.fixture
def shipped_map(shipped, tmp_path) -> Path:
    path = tmp_path / "map.html"
    make_map(shipped, offline=True).save(str(path))
    return path


def add_busy_sites(cat) -> None:
    """A hostile site and a tight group of 60 that must cluster."""
    cat.add_source(Source("evil-report", title='Report <b onmouseover="x()">bold</b>',
                          publisher="Evil & Co", published="2019-01-02",
                          url="https://example.org/r?a=1&b=2", kind="news"))
    cat.add_source(Source("local-file", title="A local file", url="file:///etc/passwd"))
    cat.add_site(Site("kp-evil", name='Evil "\'><svg onload=window.__pwned=3>',
                      facility_type="nuclear", lat=39.9, lon=125.2, country="PRK",
                      location_precision="approximate", precision_m=5000,
                      location_method="digitised by analyst"))
    cat.add_alias(Alias("kp-evil", "<i>Evil alias</i>"))
    cat.add_citation(Citation("kp-evil", "evil-report", quote=EVIL_QUOTE))
    cat.add_citation(Citation("kp-evil", "local-file", note="a local copy"))
    cat.add_sites(
        Site(f"kp-group-{k}", name=f"Group site {k}", facility_type="storage",
             lat=40.0 + (k % 8) * 0.002, lon=127.5 + (k // 8) * 0.002, country="PRK",
             location_precision="exact", location_method="digitised by analyst")
        for k in range(CLUSTERED))


@pytest.fixture(params=["gzip+base128", "json"])
def busy_map(request, shipped, tmp_path) -> Path:
    """The shipped sites plus add_busy_sites, with the data gzipped as for a big map (the
    browser inflates it) or as plain JSON (where ``</script>`` in a quote must not end the
    element)."""
    add_busy_sites(shipped)
    path = tmp_path / "busy.html"
    make_map(shipped, offline=True, compress=request.param == "gzip+base128").save(str(path))
    assert f'data-encoding="{request.param}"' in path.read_text(encoding="utf-8")
    return path


def load(b: Browser, path: Path, fragment: str = "") -> None:
    b.open(path, fragment)
    b.wait("return window.catalogMapState && window.catalogMapState.ready === true")


def settle(b: Browser) -> None:
    """Let the popup's fade-in and the map's pan finish before a screenshot."""
    time.sleep(0.6)
    b.wait("var p = document.querySelector('.leaflet-popup');"
           "return !p || getComputedStyle(p).opacity === '1'")


def severe(b: Browser) -> list[str]:
    return [e["message"] for e in b.console() if e["level"] == "SEVERE"]


def test_offline_shipped_map_loads_with_no_error_and_no_network(browser, shipped_map):
    load(browser, shipped_map)
    assert severe(browser) == []
    assert browser.page_requests(shipped_map) == []
    # Sakkanmol and Hoejung-ni are drawn (about 300 km apart: no cluster at the first view);
    # the two Yeongjeo-dong entries, with no known location, are listed instead.
    assert browser.js("return document.querySelectorAll('.site-marker').length") == 2
    assert browser.js("return document.querySelectorAll('.site-cluster').length") == 0
    listed = browser.js("return Array.from(document.querySelectorAll('#unlocated details'))"
                        ".map(d => d.dataset.siteId).sort()")
    assert listed == ["kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"]
    # Issue 12: the layer control counted the unlocated ("missile base (4)", two drawn).
    assert browser.js("return Array.from(document.querySelectorAll('.type-label'))"
                      ".map(l => l.textContent)") == ["missile base (2 drawn, 2 unlocated)"]
    assert browser.js("return document.getElementById('site-count').textContent") == \
        "2 of 2 located sites shown; 2 unlocated (listed, not drawn)"
    # The basemap is drawn from the inlined outlines, and the tools are there.
    for sel in ("#legend", "#site-search", "#time-slider", "#fullscreen-toggle",
                "#measure-toggle", "#mouse-position", ".leaflet-control-scale",
                ".leaflet-control-layers"):
        assert browser.js(f"return !!document.querySelector({sel!r})"), sel
    assert browser.js("return document.querySelectorAll('canvas').length") >= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / "map-offline-shipped.png"))


def test_clicking_a_site_opens_its_popup_with_citations(browser, shipped_map):
    load(browser, shipped_map)
    browser.driver.find_element(
        "css selector", '.site-marker[data-site-id="kp-hoejung-ni"] .site-dot').click()
    browser.wait("return !!document.querySelector('.site-popup[data-site-id=\"kp-hoejung-ni\"]')")
    text = browser.js("return document.querySelector('.leaflet-popup-content').innerText")
    assert "Hoejung-ni missile operating base" in text
    assert "Hoejung-ri" in text and "회중리" in text  # aliases
    assert "expanding (as of 2018-12-08)" in text
    assert "41.369883 N, 126.913631 E (exact; third party)" in text
    assert "significantly expanded what appeared to be another missile base" in text
    assert "Global Media, 2018-12-08" in text
    assert browser.js("return location.hash") == "#kp-hoejung-ni"
    settle(browser)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / "map-offline-popup.png"))
    assert severe(browser) == []


@pytest.mark.parametrize(("typed", "site_id"), [
    ("Yongjo-dong", "kp-yeongjeo-dong"),
    ("yŏngjŏ dong", "kp-yeongjeo-dong"),
    ("Hoejung-ri", "kp-hoejung-ni"),
    ("영저리", "kp-yeongjeo-dong"),
])
def test_search_finds_a_site_by_another_spelling(browser, shipped_map, typed, site_id):
    load(browser, shipped_map)
    box = browser.driver.find_element("id", "site-search")
    box.send_keys(typed)
    browser.wait(f"return !!document.querySelector('.search-result[data-site-id=\"{site_id}\"]')")
    browser.driver.find_element(
        "css selector", f'.search-result[data-site-id="{site_id}"]').click()
    if site_id == "kp-yeongjeo-dong":  # unlocated: its entry in the side list opens
        browser.wait("return document.getElementById('unlocated-kp-yeongjeo-dong').open")
        text = browser.js(
            "return document.getElementById('unlocated-kp-yeongjeo-dong').innerText")
        assert "long concerned US and South Korean officials" in text
        assert "location unknown" in text
    else:
        browser.wait(f"return !!document.querySelector('.site-popup[data-site-id=\"{site_id}\"]')")
    assert severe(browser) == []


def test_permalink_opens_the_site(browser, shipped_map):
    load(browser, shipped_map, "#kp-sakkanmol")
    browser.wait("return !!document.querySelector('.site-popup[data-site-id=\"kp-sakkanmol\"]')")
    text = browser.js("return document.querySelector('.leaflet-popup-content').innerText")
    assert "Gives the coordinates 38.584698 N, 126.107945 E" in text  # the citation's note
    assert "CSIS Beyond Parallel, 2018-11-12" in text


def test_a_broken_fragment_leaves_the_map_working(browser, shipped_map):
    """Issue 15: "#%E0%A4%A" is no valid percent-encoding; the page starts all the same."""
    load(browser, shipped_map, "#%E0%A4%A")
    assert browser.js("return window.catalogMapState.shown") == 2
    assert severe(browser) == []


def test_the_popup_quotes_where_the_location_came_from(browser, shipped_map):
    """Issue 11: a location is shown with the sentence it came from and its source."""
    load(browser, shipped_map, "#kp-sakkanmol")
    browser.wait("return !!document.querySelector('.site-popup .location-cite')")
    cell = browser.js("return document.querySelector('.location-cite').parentElement.innerText")
    assert cell.startswith("38.584698 N, 126.107945 E (exact; published by source)")
    cite = browser.js("return document.querySelector('.location-cite').innerText")
    assert "Gives the coordinates 38.584698 N, 126.107945 E" in cite
    assert "Sakkanmol" in cite and "CSIS Beyond Parallel, 2018-11-12" in cite
    settle(browser)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / "map-location-citation.png"))


def test_time_slider_shows_sites_cited_up_to_a_date(browser, shipped_map):
    load(browser, shipped_map)
    assert browser.js("return window.catalogMapState.shown") == 2
    browser.js("var s = document.getElementById('time-slider'); s.value = 0;"
               "s.dispatchEvent(new Event('input'));")
    # Only Sakkanmol was cited by 2018-11-12 (Hoejung-ni first on 2018-12-08).
    assert browser.js("return document.getElementById('time-label').textContent") == \
        "Cited up to 2018-11-12"
    assert browser.js("return window.catalogMapState.shown") == 1
    assert browser.js("return Array.from(document.querySelectorAll('.site-marker'))"
                      ".map(m => m.dataset.siteId)") == ["kp-sakkanmol"]


def test_injected_script_in_a_quote_stays_inert(browser, busy_map):
    load(browser, busy_map, "#kp-evil")
    browser.wait("return !!document.querySelector('.site-popup[data-site-id=\"kp-evil\"]')")
    popup = "document.querySelector('.leaflet-popup-content')"
    text = browser.js(f"return {popup}.innerText")
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert "</script><script>window.__pwned=2</script>" in text
    assert "{{ 7*7 }}" in text
    assert 'Evil "\'><svg onload=window.__pwned=3>' in text
    assert "<i>Evil alias</i>" in text
    assert browser.js(f"return {popup}.querySelectorAll('img, script, svg, [onerror], "
                      "[onload], [onmouseover]').length") == 0
    assert browser.js(f"return Array.from({popup}.querySelectorAll('b'))"
                      ".map(e => e.textContent)") == ["Citations (2)"]
    # The only <i> is the note standing in for a missing quote.
    assert browser.js(f"return Array.from({popup}.querySelectorAll('i'))"
                      ".map(e => e.textContent)") == ["a local copy"]
    # The https source is a link that opens in a new tab; the file:// one is not a link.
    links = browser.js(f"return Array.from({popup}.querySelectorAll('.citation a'))"
                       ".map(a => [a.href, a.target, a.textContent])")
    assert links == [["https://example.org/r?a=1&b=2", "_blank",
                      'Report <b onmouseover="x()">bold</b>']]
    assert "A local file" in text
    # The search list shows the hostile alias as text, too.
    browser.driver.find_element("id", "site-search").send_keys("evil")
    browser.wait("return !!document.querySelector('.search-result[data-site-id=\"kp-evil\"]')")
    assert browser.js("return document.querySelectorAll('#search-results svg, "
                      "#search-results i').length") == 0
    assert browser.js("return window.__pwned") is None
    assert severe(browser) == []
    assert browser.page_requests(busy_map) == []


def test_clusters_hold_every_site_and_split_as_you_zoom(browser, busy_map):
    load(browser, busy_map)
    counts = browser.js("return Array.from(document.querySelectorAll('.site-cluster'))"
                        ".map(c => Number(c.dataset.count))")
    points = browser.js("return document.querySelectorAll('.site-marker').length")
    assert counts, "the 60 nearby sites should be clustered at the first view"
    assert sum(counts) + points == 3 + CLUSTERED  # every located site, once
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / "map-offline-clusters.png"))
    zoom = browser.js("return CatalogMap.last.map.getZoom()")
    biggest = browser.driver.find_element(
        "css selector", f'.site-cluster[data-count="{max(counts)}"]')
    biggest.click()
    browser.wait(f"return CatalogMap.last.map.getZoom() > {zoom}")
    browser.wait("return document.querySelectorAll('.site-marker').length > 2")
    after = browser.js("return Array.from(document.querySelectorAll('.site-cluster'))"
                       ".map(c => Number(c.dataset.count))")
    assert max(after, default=0) < max(counts)  # the cluster split
    # The approximate site's uncertainty circle: drawn once it is shown on its own.
    browser.js("CatalogMap.last.openSite('kp-evil')")
    browser.wait("return !!document.querySelector('.site-marker[data-site-id=\"kp-evil\"]')")
    assert browser.js("var n = 0; CatalogMap.last.map.eachLayer(l => {"
                      "if (l instanceof L.Circle && l.getRadius() === 5000) n++; }); return n") == 1


def test_measure_tool_and_mouse_coordinates(browser, shipped_map):
    load(browser, shipped_map)
    browser.driver.find_element("id", "measure-toggle").click()
    browser.js("var m = CatalogMap.last.map;"
               "m.fire('click', {latlng: L.latLng(38.0, 126.0)});"
               "m.fire('click', {latlng: L.latLng(39.0, 126.0)});"
               "m.fire('mousemove', {latlng: L.latLng(38.5, 126.25)});")
    text = browser.js("return document.getElementById('mouse-position').textContent")
    assert text.startswith("38.50000, 126.25000")
    km = float(text.split("distance ")[1].split(" km")[0])
    assert 110 < km < 112  # one degree of latitude


def test_js_match_key_agrees_with_python(browser, shipped_map):
    load(browser, shipped_map)
    names = ["Yŏngjŏ-dong", "Yeongjeo-dong", "Yongjo-dong", "Hoejung-ni", "Hoejung-ri",
             "Sohae Satellite Launching Station", "Sino-ri", "P'yŏngyang", "영저동",
             "Kusŏng", "Tongch'ang-ni", "Musudan-ri", "Yeongbyeon", "Ŭiju"]
    got = browser.js("return arguments[0].map(CatalogMap.matchKey)", names)
    assert got == [match_key(n) for n in names]


def test_zoom_start_centres_on_the_sites(browser, shipped, tmp_path):
    path = tmp_path / "zoomed.html"
    make_map(shipped, offline=True, zoom_start=5).save(str(path))
    load(browser, path)
    assert browser.js("return CatalogMap.last.map.getZoom()") == 5
    centre = browser.js("var c = CatalogMap.last.map.getCenter(); return [c.lat, c.lng]")
    assert abs(centre[0] - 39.98) < 0.1 and abs(centre[1] - 126.51) < 0.1
    assert severe(browser) == []


def test_a_coarse_location_is_drawn_with_its_class_uncertainty(browser, shipped, tmp_path):
    # A site located only to a district is not a point: the map draws the class radius
    # (25 km, as region queries assume), dashed because it is not the site's own.
    shipped.add_site(Site("kp-district", name="District-level site", facility_type="storage",
                          lat=39.0, lon=125.7, location_precision="district",
                          location_method="gazetteer"))
    path = tmp_path / "coarse.html"
    make_map(shipped, offline=True).save(str(path))
    load(browser, path)
    browser.js("CatalogMap.last.openSite('kp-district')")
    browser.wait("return !!document.querySelector('.site-marker[data-site-id=\"kp-district\"]')")
    dashed = browser.js("var out = []; CatalogMap.last.map.eachLayer(l => {"
                        "if (l instanceof L.Circle) out.push([l.getRadius(), "
                        "l.options.dashArray]); }); return out")
    assert [25000, "4 4"] in dashed
    popup = browser.js("return document.querySelector('.leaflet-popup-content').textContent")
    assert "about ±25,000 m for its class" in popup


# A 1x1 PNG: a "tile server" that answers without a network.
PNG = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
       "hQGAhKmMIQAAAABJRU5ErkJggg==")


def test_default_map_falls_back_to_outlines_without_network(browser, shipped, tmp_path):
    """Issue 12: `make map` wrote a blank page without internet (Leaflet from a CDN). The
    default map draws its sites with no network, tries the web tiles, and when they fail
    shows the outlines it carries and says so."""
    path = tmp_path / "default.html"
    make_map(shipped).save(str(path))
    load(browser, path)
    assert browser.js("return document.querySelectorAll('.site-marker').length") == 2
    browser.wait("return window.catalogMapState.basemap === 'outlines'")
    notice = browser.js("return document.getElementById('basemap-notice').textContent")
    assert notice.startswith("No web basemap: OpenStreetMap could not be loaded")
    assert "Natural Earth outlines" in notice
    assert browser.js("return document.querySelector('.leaflet-control-layers-base "
                      "input:checked').parentElement.textContent.trim()") == \
        "Outlines (Natural Earth, offline)"
    assert browser.js("return document.querySelectorAll('canvas').length") >= 1
    # Only tile requests left the page; nothing else was needed.
    asked = browser.page_requests(path)
    assert asked and all(u.startswith("https://tile.openstreetmap.org/") for u in asked), asked
    errors = [e for e in severe(browser) if "tile.openstreetmap.org" not in e]
    assert errors == [], errors
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.driver.save_screenshot(str(ARTIFACTS / "map-default-no-network.png"))


def test_default_map_keeps_web_tiles_that_load(browser, shipped, tmp_path):
    html = make_map(shipped).get_root().render()
    url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert url in html
    path = tmp_path / "tiles.html"
    path.write_text(html.replace(url, PNG), encoding="utf-8")
    load(browser, path)
    browser.wait("return window.catalogMapState.basemap === 'OpenStreetMap'")
    assert browser.js("return document.getElementById('basemap-notice')") is None
    assert browser.js("return document.querySelector('.leaflet-control-layers-base "
                      "input:checked').parentElement.textContent.trim()") == "OpenStreetMap"
    assert severe(browser) == []


def test_unlocated_sites_say_why_each(browser, shipped, tmp_path):
    """Issue 12: the side list said "no source gives their position" also for sites nobody
    has placed yet."""
    shipped.add_site(Site("kp-new-candidate", name="New candidate site", facility_type="storage",
                          review_status="candidate",
                          notes="Unlocated: the name is not in the gazetteer"))
    path = tmp_path / "reasons.html"
    ids = ["kp-sakkanmol", "kp-yeongjeo-dong", "kp-new-candidate"]
    make_map(shipped, ids, offline=True).save(str(path))
    load(browser, path)
    why = browser.js("return Object.fromEntries(Array.from(document.querySelectorAll("
                     "'#unlocated details')).map(d => [d.dataset.siteId, "
                     "d.querySelector('.unlocated-why').textContent]))")
    assert why == {"kp-yeongjeo-dong": "no cited source gives its position",
                   "kp-new-candidate": "candidate, not reviewed: not located yet"}
    labels = browser.js("return Array.from(document.querySelectorAll('.type-label'))"
                        ".map(l => l.textContent)")
    assert labels == ["missile base (1 drawn, 1 unlocated)", "storage (1 unlocated)"]


def test_any_location_method_and_class_circles_are_drawn(browser, tmp_path):
    """Issue 11: a site located from the text ("derived from source text", a method the
    model may not list yet) is drawn with its uncertainty and its popup names the method."""
    from catalog.mapping import map_data
    from catalog.stores.base import sites_to_frame

    sites = [Site("kp-derived", name="Derived site", facility_type="nuclear", lat=39.8,
                  lon=125.75, location_precision="locality",
                  location_method="derived from source text", location_source_id="rep-1"),
             Site("kp-exact", name="Exact site", facility_type="nuclear", lat=39.0, lon=125.0,
                  location_precision="exact", location_method="published by source")]
    path = tmp_path / "derived.html"
    make_map(None, map_data(sites_to_frame(sites)), offline=True).save(str(path))
    load(browser, path, "#kp-derived")
    browser.wait("return !!document.querySelector('.site-popup[data-site-id=\"kp-derived\"]')")
    text = browser.js("return document.querySelector('.leaflet-popup-content').innerText")
    assert "39.800000 N, 125.750000 E (locality, about ±5,000 m for its class; derived from " \
        "source text)" in text
    assert "source: rep-1" in text
    circles = browser.js("var out = []; CatalogMap.last.map.eachLayer(l => {"
                         "if (l instanceof L.Circle) out.push([l.getRadius(), "
                         "l.options.dashArray]); }); return out")
    assert [5000, "4 4"] in circles
    assert "uncertainty" in browser.js("return document.getElementById('legend').textContent")
    assert severe(browser) == []


def test_search_looks_inside_names_folded_across_words(browser, shipped_map):
    # match_key runs "missile operating" together as "missiloperating"; the words still count
    load(browser, shipped_map)
    browser.wait("return window.catalogMapState.keysReady === true")
    assert not browser.js("return CatalogMap.last.index.viaWorker")  # few names: on the page
    found = browser.js("var ids = CatalogMap.last.data.sites.id;"
                       "return CatalogMap.last.search('missile').map(r => ids[r[0]]).sort()")
    assert found == ["kp-hoejung-ni", "kp-sakkanmol", "kp-yeongjeo-dong"]
    assert browser.js("return CatalogMap.last.search('Missile Operating Base').length") == 2


def test_a_big_map_folds_its_names_in_a_worker(browser, tmp_path):
    """Above 50,000 names the search keys are folded by a Web Worker while the map draws."""
    import pandas as pd

    from catalog.mapping import map_data
    from catalog.stores.base import sites_to_frame

    n = 30_000
    sites = sites_to_frame([
        Site(f"kp-s{i}", name=f"Yeongjeo-bong site {i}", facility_type="storage",
             lat=35 + (i % 100) * 0.05, lon=125 + (i // 100) * 0.02,
             location_precision="exact", location_method="digitised by analyst")
        for i in range(n)])
    aliases = pd.DataFrame({"site_id": [f"kp-s{i}" for i in range(n)],
                            "alias": [f"Yŏngjŏ-bong {i}" for i in range(n)]})
    path = tmp_path / "big.html"
    make_map(None, map_data(sites, aliases), offline=True).save(str(path))
    load(browser, path)
    browser.wait("return window.catalogMapState.keysReady === true")
    assert browser.js("return CatalogMap.last.index.viaWorker") is True
    ids = "CatalogMap.last.data.sites.id"
    assert browser.js(f"return CatalogMap.last.search('yongjobong 29999').map(r => {ids}[r[0]])") \
        == ["kp-s29999"]
    assert browser.js("return CatalogMap.last.search('Yeongjeo-bong site 12')[0][1]") == \
        "Yeongjeo-bong site 12"
    assert severe(browser) == []
