"""The map as Python builds it: the returned folium.Map, the data blob in its HTML, escaping,
offline assets, filters and the ``catalog map`` command. What the browser does with it is
tested in test_browser.py."""

from __future__ import annotations

import json
import re

import folium
import pytest
from click.testing import CliRunner
from conftest import no_traceback

from catalog.cli import main
from catalog.errors import ValidationError
from catalog.mapping import (
    TYPE_COLOURS,
    decode_blob,
    encode_blob,
    filter_sites,
    json_for_script,
    make_map,
    map_data,
    map_frames,
    per_site,
    unpack,
)
from catalog.model import Citation, Site, Source

EVIL_QUOTE = ('He said <img src=x onerror="window.__pwned=1"> and </script>'
              '<script>window.__pwned=2</script> <!-- {{ 7*7 }} {% if 1 %}x{% endif %}')


def options(html: str) -> dict:
    """The options passed to CatalogMap.load in a rendered map."""
    m = re.search(r"CatalogMap\.load\([^,]+, document\.getElementById\([^;]*?\), (\{.*\})\);",
                  html)
    return json.loads(m.group(1))


def blob(html: str) -> dict:
    """The site data embedded in a rendered map, packed columns unpacked."""
    m = re.search(r'<script type="application/x-catalog-map" data-encoding="([^"]+)" '
                  r'id="catalog-map-data-[^"]+">(.*?)</script>', html, re.S)
    assert m, "no data blob in the page"
    data = decode_blob(m.group(1), m.group(2))
    sites = data["sites"]
    for key in ("local", "asof", "pm", "country", "admin1", "parent", "notes", "date"):
        sites[key] = unpack(sites[key], len(sites["id"]))
    sites["aliases"], sites["cites"] = per_site(data)
    return data


@pytest.fixture
def evil(shipped):
    """The shipped catalogue plus a site whose texts try to inject script."""
    shipped.add_source(Source("evil-report", title='Report <b onmouseover="x()">bold</b>',
                              publisher="Evil & Co", published="2019-01-02",
                              url="https://example.org/r?a=1&b=2", kind="news"))
    shipped.add_source(Source("local-file", title="A file", url="file:///etc/passwd"))
    shipped.add_site(Site("kp-evil", name='Evil "\'><svg onload=window.__pwned=3>',
                          facility_type="nuclear", lat=39.0, lon=125.7, country="PRK",
                          location_precision="approximate", precision_m=5000,
                          location_method="digitised by analyst"))
    shipped.add_citation(Citation("kp-evil", "evil-report", quote=EVIL_QUOTE))
    shipped.add_citation(Citation("kp-evil", "local-file", note="no quote: a local file"))
    return shipped


def test_make_map_returns_a_folium_map_with_every_shipped_site(shipped):
    m = make_map(shipped)
    assert isinstance(m, folium.Map)
    data = blob(m.get_root().render())
    sites = data["sites"]
    assert sorted(sites["id"]) == sorted(s.site_id for s in shipped.sites())
    i = sites["id"].index("kp-sakkanmol")
    assert (sites["lat"][i], sites["lon"][i]) == (38.584698, 126.107945)
    assert data["types"][sites["type"][i]] == "missile base"


def test_unlocated_sites_travel_without_a_point(shipped):
    sites = blob(make_map(shipped).get_root().render())["sites"]
    i = sites["id"].index("kp-yeongjeo-dong")
    assert sites["lat"][i] is None and sites["lon"][i] is None
    assert "Yŏngjŏ-dong" in sites["aliases"][i] and "영저리" in sites["aliases"][i]


def test_citations_carry_their_source(shipped):
    data = blob(make_map(shipped).get_root().render())
    sites = data["sites"]
    cites = sites["cites"][sites["id"].index("kp-hoejung-ni")]
    quotes = [c[2] for c in cites]
    assert any(q and "significantly expanded" in q for q in quotes)
    src = data["sources"][cites[0][0]]
    assert src[0] == "globalmedia-2018-12-08-missile-base"
    assert src[1].startswith("New Satellite Images") and src[2] == "Global Media"
    assert src[3] == "2018-12-08"
    # The time slider's date is the first citation's.
    assert sites["date"][sites["id"].index("kp-hoejung-ni")] == "2018-12-08"
    assert sites["date"][sites["id"].index("kp-sakkanmol")] == "2018-11-12"


def test_quotes_cannot_close_the_script_or_reach_jinja(evil):
    html = make_map(evil).get_root().render()
    assert "</script><script>window.__pwned" not in html
    assert "<!-- {{" not in html
    data = blob(html)
    i = data["sites"]["id"].index("kp-evil")
    assert data["sites"]["cites"][i][0][2] == EVIL_QUOTE  # round-trips exactly
    assert "49" not in data["sites"]["cites"][i][0][2]
    assert data["sites"]["name"][i] == 'Evil "\'><svg onload=window.__pwned=3>'


def test_json_for_script_escapes_markup():
    text = json_for_script({"q": "</script><!--&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"q": "</script><!--&\u2028"}


def test_uncertainty_radius_and_links_are_in_the_data(evil):
    data = blob(make_map(evil).get_root().render())
    i = data["sites"]["id"].index("kp-evil")
    assert data["sites"]["pm"][i] == 5000
    assert data["precisions"][data["sites"]["prec"][i]] == "approximate"
    urls = {s[0]: s[4] for s in data["sources"]}
    assert urls["evil-report"] == "https://example.org/r?a=1&b=2"
    # Only the browser decides what becomes a link: map.js accepts http(s) alone.
    js = make_map(evil).get_root().render()
    assert "function safeUrl(u)" in js and "/^https?:" in js


def test_offline_map_is_self_contained(shipped):
    html = make_map(shipped, offline=True).get_root().render()
    assert not re.search(r'<(script|link)[^>]+(src|href)="?https?:', html)
    assert "Leaflet 1.9.4" in html and "BSD 2-Clause" in html  # inlined, licence kept
    assert "url(images/" not in html  # Leaflet's images are data URIs
    opts = options(html)
    assert opts["offline"] is True and opts["tiles"] == []
    names = {f["properties"]["name"] for f in opts["outlines"]["provinces"]["features"]}
    assert "Chagang-do" in names  # provinces of the countries on the map
    assert len(opts["outlines"]["countries"]["features"]) > 200


def test_online_map_offers_a_basemap_switcher(shipped):
    html = make_map(shipped, tiles="CartoDB positron").get_root().render()
    opts = options(html)
    assert [t["name"] for t in opts["tiles"]][0] == "CartoDB positron"
    assert len(opts["tiles"]) == 3 and "outlines" not in opts


def test_online_map_loads_only_leaflet_from_the_web(shipped):
    html = make_map(shipped).get_root().render()
    remote = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?://[^"]+)"', html)
    assert len(remote) == 2 and all("leaflet" in u for u in remote)
    assert options(make_map(shipped, tiles=None).get_root().render())["tiles"] == []
    with pytest.raises(ValidationError, match="unknown tiles 'Bing'"):
        make_map(shipped, tiles="Bing")


def test_legend_colours_cover_every_type(shipped):
    data = blob(make_map(shipped).get_root().render())
    assert dict(zip(data["types"], data["colours"], strict=True)) == TYPE_COLOURS
    html = make_map(shipped).get_root().render()
    assert 'div.id = "legend"' in html and 'det.id = "unlocated-"' in html


def test_sites_argument_subsets_the_map(shipped):
    frame = shipped.sites_frame()
    subset = frame[frame["site_id"] == "kp-sakkanmol"]
    assert blob(make_map(shipped, subset).get_root().render())["sites"]["id"] == ["kp-sakkanmol"]
    only_id = subset[["site_id"]]
    assert blob(make_map(shipped, only_id).get_root().render())["sites"]["id"] == [
        "kp-sakkanmol"]
    projected = blob(make_map(shipped, subset.to_crs(3857)).get_root().render())["sites"]
    assert (projected["lat"], projected["lon"]) == ([38.584698], [126.107945])
    ids = ["kp-hoejung-ni", "kp-yeongjeo-dong"]
    assert blob(make_map(shipped, ids).get_root().render())["sites"]["id"] == ids


def test_prepared_data_needs_no_catalogue(shipped):
    data = map_data(*map_frames(shipped))
    m = make_map(None, data, offline=True)
    assert blob(m.get_root().render())["sites"]["id"] == data["sites"]["id"]


def test_empty_selection_warns(shipped):
    with pytest.warns(UserWarning, match="no sites"):
        make_map(shipped, where=["country=FRA"])


@pytest.mark.parametrize(("where", "expected"), [
    (["country=PRK"], {"kp-sakkanmol", "kp-hoejung-ni", "kp-yeongjeo-dong",
                       "kp-yeongjeo-dong-shelters"}),
    (["lat>40"], {"kp-hoejung-ni"}),
    (["name~SHELTERS"], {"kp-yeongjeo-dong-shelters"}),
    (["status!=unknown"], {"kp-hoejung-ni"}),
    (["country=PRK", "admin1=Ryanggang"], {"kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"}),
    (["facility_type='missile base'", "status_as_of>=2018-01-01"], {"kp-hoejung-ni"}),
])
def test_filter_sites(shipped, where, expected):
    assert set(filter_sites(shipped.sites_frame(), where)["site_id"]) == expected


@pytest.mark.parametrize(("where", "message"), [
    (["colour=red"], "unknown field 'colour'"),
    (["country"], "bad filter 'country'"),
    (["lat>north"], "lat needs a number"),
])
def test_filter_sites_rejects_bad_filters(shipped, where, message):
    with pytest.raises(ValidationError, match=message):
        filter_sites(shipped.sites_frame(), where)


def test_cli_map_offline_with_where(shipped_path, tmp_path):
    out = tmp_path / "bases.html"
    r = CliRunner().invoke(main, ["--catalog", str(shipped_path), "map", "--offline",
                                  "--where", "lat>40", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert f"wrote {out}" in r.output
    html = out.read_text(encoding="utf-8")
    assert blob(html)["sites"]["id"] == ["kp-hoejung-ni"]
    assert "<script src=" not in html


def test_cli_map_refuses_to_overwrite(shipped_path, tmp_path):
    out = tmp_path / "map.html"
    out.write_text("keep me")
    r = CliRunner().invoke(main, ["--catalog", str(shipped_path), "map", "-o", str(out)])
    assert r.exit_code == 1
    assert "exists; pass --overwrite" in r.output
    assert out.read_text() == "keep me"


def test_cli_map_bad_where_is_a_usage_error(shipped_path, tmp_path):
    out = tmp_path / "map.html"
    r = CliRunner().invoke(main, ["--catalog", str(shipped_path), "map", "--where",
                                  "colour=red", "-o", str(out)])
    assert r.exit_code == 2
    assert "unknown field 'colour'" in r.output
    assert no_traceback(r) and not out.exists()


def test_big_maps_are_gzipped_and_round_trip(evil):
    data = map_data(*map_frames(evil))
    html = make_map(None, data, compress=True).get_root().render()
    assert 'data-encoding="gzip+base64"' in html
    assert "Evil" not in html.split("x-catalog-map", 1)[1].split("</script>", 1)[0]
    assert blob(html)["sites"]["name"] == data["sites"]["name"]
    # Small maps stay plain JSON unless asked.
    assert encode_blob(data)[0] == "json"
    enc, text = encode_blob(data, compress=True)
    assert decode_blob(enc, text) == data


def test_repetitive_columns_are_dictionary_coded():
    from catalog.mapping import _pack

    values = ["PRK"] * 90 + ["KOR"] * 9 + [None]
    packed = _pack(values)
    assert packed == {"dict": ["KOR", "PRK"], "codes": [1] * 90 + [0] * 9 + [-1]}
    assert unpack(packed, 100) == values
    assert _pack([None, None]) is None and unpack(None, 2) == [None, None]
    assert _pack(["a", "b"]) == ["a", "b"]
