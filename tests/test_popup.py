"""Python-side popup HTML (catalog.popup): escaping and safe links."""

from __future__ import annotations

from catalog.model import Site
from catalog.popup import citation_html, esc, location_text, safe_url, site_popup_html


def test_esc_covers_html_and_template_literals():
    assert esc('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"
    assert esc("`${x}`\\") == "&#96;&#36;{x}&#96;&#92;"
    assert esc(None) == ""


def test_only_http_links_are_kept():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://x.org/\"onmouseover=a",
                None, ""):
        assert safe_url(bad) is None


def test_citation_html_escapes_the_quote_and_links_the_source():
    html = citation_html({"quote": "<script>alert(1)</script>", "title": "T <b>",
                          "url": "https://example.org/r", "publisher": "P",
                          "published": "2018-12-08", "supports": "existence"})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://example.org/r" target="_blank"' in html and "T &lt;b&gt;" in html
    assert "P, 2018-12-08" in html


def test_site_popup_html_lists_names_location_and_citations():
    site = Site("kp-x", name="X <base>", facility_type="nuclear", lat=41.0, lon=126.5,
                location_precision="approximate", precision_m=5000,
                location_method="digitised by analyst", status="active",
                status_as_of="2020-01-02")
    html = site_popup_html(site, ["X <base>", "Ex"], [{"note": "no quote", "title": "S"}])
    assert "X &lt;base&gt;" in html and "Ex" in html
    assert "active (as of 2020-01-02)" in html
    assert location_text(site) == ("41.000000 N, 126.500000 E (approximate, ±5,000 m; "
                                   "digitised by analyst)")
    assert "Citations (1)" in html
