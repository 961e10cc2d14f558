"""Popup HTML (catalog.popup): escaping, safe links, the location's evidence, and the same
output as the browser's popup.js on the same inputs."""

from __future__ import annotations

import dataclasses

from nodejs import js_calls

from catalog.model import Site
from catalog.popup import (
    citation_html,
    esc,
    fmt_num,
    location_citation,
    location_text,
    safe_url,
    site_popup_html,
)

EVIL = '</script><script>alert(1)</script> "q" \'s\' `${x}` \\ & <!-- {{ 7*7 }}'
URLS = ["https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG/", "javascript:alert(1)",
        " javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd",
        "data:text/html,<b>x</b>", 'https://x.org/"onmouseover=a', "https://x.org/a b",
        "https://x.org/\u2028", "https://x.org/\n", "https://x.org/\x1c", "https://x.org/\ufeff",
        "https://", "//x.org/a", "https://영저동.kr/보고서", None, ""]

SITE = Site("kp-x", name="X <base>", facility_type="nuclear", lat=41.0, lon=126.5,
            location_precision="approximate", precision_m=5000,
            location_method="digitised by analyst", status="active",
            status_as_of="2020-01-02")
LOCATION_CITE = {"source_id": "src-a", "supports": "location",
                 "quote": "The plant lies 12 km north of Yŏngbyŏn.", "note": None,
                 "title": "Report A", "publisher": "Pub", "published": "2021-03-04",
                 "url": "https://example.org/a"}


def test_esc_covers_html_and_template_literals():
    assert esc('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"
    assert esc("`${x}`\\") == "&#96;&#36;{x}&#96;&#92;"
    assert esc(None) == ""


def test_only_http_links_are_kept():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://x.org/\"onmouseover=a",
                "https://x.org/\n", None, ""):
        assert safe_url(bad) is None


def test_fmt_num_rounds_half_up_as_javascript_does():
    assert [fmt_num(x) for x in (2.5, 3.5, -2.5, 999.49, 25000, 1234567.5)] == \
        ["3", "4", "-2", "999", "25,000", "1,234,568"]


def test_citation_html_escapes_the_quote_and_links_the_source():
    html = citation_html({"quote": "<script>alert(1)</script>", "title": "T <b>",
                          "url": "https://example.org/r", "publisher": "P",
                          "published": "2018-12-08", "supports": "existence"})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://example.org/r" target="_blank"' in html and "T &lt;b&gt;" in html
    assert "P, 2018-12-08" in html


def test_site_popup_html_lists_names_location_and_citations():
    html = site_popup_html(SITE, ["X <base>", "Ex"], [{"note": "no quote", "title": "S"}])
    assert "X &lt;base&gt;" in html and "Ex" in html
    assert "active (as of 2020-01-02)" in html
    assert location_text(SITE) == ("41.000000 N, 126.500000 E (approximate, ±5,000 m; "
                                   "digitised by analyst)")
    assert "Citations (1)" in html


def test_a_coarse_location_states_its_class_uncertainty():
    site = dataclasses.replace(SITE, location_precision="district", precision_m=None)
    assert location_text(site, 25_000) == ("41.000000 N, 126.500000 E (district, about "
                                           "±25,000 m for its class; digitised by analyst)")


def test_the_location_quotes_the_sentence_it_came_from():
    """Issue 11: the popup quotes the sentence each location came from, with its source."""
    site = dataclasses.replace(SITE, location_method="derived from source text",
                               location_source_id="src-a")
    other = {**LOCATION_CITE, "source_id": "src-b", "quote": "Another report's point."}
    html = site_popup_html(site, [], [other, LOCATION_CITE])
    location = html.split("<th>Location</th><td>")[1].split("</td>")[0]
    assert location.startswith("41.000000 N, 126.500000 E (approximate, ±5,000 m; "
                               "derived from source text)")
    assert ('<div class="location-cite"><q>The plant lies 12 km north of Yŏngbyŏn.</q><br>— '
            '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">Report A'
            '</a>, Pub, 2021-03-04</div>') in location
    assert "Another report" not in location
    assert location_citation(site, [other]) is None
    # a location source with no citation of its own is still named
    assert '<div class="location-cite">source: src-a</div>' in site_popup_html(site, [], [])
    # no location, no evidence line
    unlocated = dataclasses.replace(site, lat=None, lon=None)
    assert "location-cite" not in site_popup_html(unlocated, [], [LOCATION_CITE])


def _sites() -> list[Site]:
    base = dataclasses.replace(SITE, name_local="엑스", country="PRK", admin1="Chagang",
                               location_source_id="src-a", notes="Seen on <imagery>.")
    return [
        base,
        dataclasses.replace(base, name=EVIL, name_local=None, notes=EVIL, parent_site_id="kp-a b",
                            location_method="derived from source text", site_id="kp-e/1"),
        dataclasses.replace(base, lat=-38.5846985, lon=-0.0078125, precision_m=None,
                            location_precision="district", location_method=None),
        dataclasses.replace(base, lat=None, lon=None, location_precision="unknown",
                            location_method=None, location_source_id=None, status_as_of=None),
        dataclasses.replace(base, name="Yŏngjŏ-dong 영저리", name_local="영저동",
                            precision_m=12345.5, status="unknown", admin1=None),
    ]


def _citations() -> list[list[dict]]:
    evil = {"source_id": "src-e", "supports": "existence", "quote": EVIL, "note": EVIL,
            "title": EVIL, "publisher": "Evil & Co", "published": "2019-01-02",
            "url": "javascript:alert(1)"}
    local = {"source_id": "src-f", "supports": "name", "quote": None,
             "note": "a local copy; Kŭmch'ŏn-ni", "title": "A file",
             "publisher": None, "published": None, "url": "file:///etc/passwd"}
    return [[], [LOCATION_CITE], [evil, local, LOCATION_CITE]]


def test_popup_is_the_same_in_python_and_in_the_browser(node):
    """catalog.popup and catalog/static/popup.js give the same HTML on the same inputs:
    Hangul, McCune-Reischauer diacritics, quotes, <script>, javascript: URLs."""
    aliases = [[], ["X <base>", "엑스", "Ex", "Yeongjeo-dong"], [EVIL, "Kŭmch'ŏn-ni"]]
    cases = []
    for site in _sites():
        record = {f.name: getattr(site, f.name) for f in dataclasses.fields(Site)}
        for names in aliases:
            for cites in _citations():
                for radius in (None, 25_000):
                    for links in (False, True):
                        cases.append((site, record, names, cites, radius, links))
    strings = ["", "plain", EVIL, "영저동 Yŏngjŏ-dong", "\u2028\x00", "$${}"]
    numbers = [0, 2.5, 999.5, 5000, 12345.5, 1e9 + 0.5]
    got = js_calls({
        "esc": [[s] for s in strings],
        "safeUrl": [[u] for u in URLS],
        "fmtNum": [[x] for x in numbers],
        "locationText": [[rec, radius] for _, rec, _, _, radius, _ in cases],
        "citationHtml": [[c] for cites in _citations() for c in cites],
        "popupHtml": [[rec, names, cites, {"classRadius": radius, "permalinks": links}]
                      for _, rec, names, cites, radius, links in cases],
    })
    assert got["esc"] == [esc(s) for s in strings]
    assert got["safeUrl"] == [safe_url(u) for u in URLS]
    assert got["fmtNum"] == [fmt_num(x) for x in numbers]
    assert got["locationText"] == [location_text(site, radius)
                                   for site, _, _, _, radius, _ in cases]
    assert got["citationHtml"] == [citation_html(c) for cites in _citations() for c in cites]
    for (site, _, names, cites, radius, links), js in zip(cases, got["popupHtml"], strict=True):
        assert js == site_popup_html(site, names, cites, class_radius_m=radius,
                                     permalinks=links)
    assert len(cases) == 180
