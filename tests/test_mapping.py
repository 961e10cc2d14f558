"""The map as Python builds it: the returned folium.Map, the data blob in its HTML, escaping,
inlined assets, filters and the ``catalog map`` command; the page's ES modules run by node
(tests/js/) and held to the Python they mirror. What the browser does with the page is
tested in test_browser.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata

import folium
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import no_traceback
from nodejs import ROOT, js_calls, node_test_files, run_node_tests

from catalog.cli import main
from catalog.errors import CatalogError, ValidationError
from catalog.gazetteer import SHIPPED_GAZETTEER, match_key, name_tokens
from catalog.mapping import (
    TYPE_COLOURS,
    base128,
    bundle_js,
    decode_blob,
    encode_blob,
    filter_sites,
    json_for_script,
    make_map,
    map_data,
    map_frames,
    merge_names,
    per_site,
    unbase128,
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


def raw_blob(html: str, which: str = "data") -> dict:
    """A blob embedded in a rendered map (``data`` or ``outlines``), decoded."""
    m = re.search(r'<script type="application/x-catalog-map" data-encoding="([^"]+)" '
                  rf'id="catalog-map-{which}-[^"]+">(.*?)</script>', html, re.S)
    assert m, f"no {which} blob in the page"
    return decode_blob(m.group(1), m.group(2))


def blob(html: str) -> dict:
    """The site data embedded in a rendered map (its names blob merged back), packed
    columns unpacked."""
    data = merge_names(raw_blob(html), raw_blob(html, "names"))
    sites = data["sites"]
    for key in ("local", "asof", "pm", "meth", "lsrc", "review", "country", "admin1",
                "parent", "notes", "date"):
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
    # Only the browser decides what becomes a link: escape.js accepts http(s) alone.
    js = make_map(evil).get_root().render()
    assert "function safeUrl(url)" in js and "^https?://" in js


def test_offline_map_is_self_contained(shipped):
    html = make_map(shipped, offline=True).get_root().render()
    assert not re.search(r'<(script|link)[^>]+(src|href)="?https?:', html)
    assert "Leaflet 1.9.4" in html and "BSD 2-Clause" in html  # inlined, licence kept
    assert "url(images/" not in html  # Leaflet's images are data URIs
    opts = options(html)
    assert opts["offline"] is True and opts["tiles"] == []
    outlines = raw_blob(html, "outlines")
    names = {f["properties"]["name"] for f in outlines["provinces"]["features"]}
    assert "Chagang-do" in names  # provinces of the countries on the map
    assert len(outlines["countries"]["features"]) > 200


def test_default_map_needs_no_network(shipped):
    """Issue 12: `make map` drew a blank page offline, Leaflet coming from a CDN. Now the
    default map inlines Leaflet and the outlines, and offers web tiles on top."""
    html = make_map(shipped).get_root().render()
    assert not re.search(r'<(script|link)[^>]+(src|href)="?https?:', html)
    assert "Leaflet 1.9.4" in html
    opts = options(html)
    assert opts["offline"] is False and [t["name"] for t in opts["tiles"]][0] == "OpenStreetMap"
    assert len(raw_blob(html, "outlines")["countries"]["features"]) > 200
    # the fallback is in the page, and says so
    assert "No web basemap: " in html and "Showing the " in html


def test_online_map_offers_a_basemap_switcher(shipped):
    html = make_map(shipped, tiles="CartoDB positron").get_root().render()
    opts = options(html)
    assert [t["name"] for t in opts["tiles"]][0] == "CartoDB positron"
    assert len(opts["tiles"]) == 3
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
    with pytest.warns(UserWarning, match="^no site matches country=FRA: the map will be empty$"):
        make_map(shipped, where=["country=FRA"])
    with pytest.warns(UserWarning, match="^no sites to map"):
        make_map(shipped, [])


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
    (["type=nuclear"], "unknown field 'type' in filter 'type=nuclear' "
                       r"\(did you mean facility_type\?\); fields: site_id, name, "),
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
    assert 'data-encoding="gzip+base128"' in html
    for blob_text in re.findall(r"x-catalog-map.*?</script>", html, re.S):
        assert "Evil" not in blob_text and "Imagery" not in blob_text
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


def test_cli_map_unknown_field_lists_the_fields(shipped_path, tmp_path):
    out = tmp_path / "map.html"
    r = CliRunner().invoke(main, ["--catalog", str(shipped_path), "map", "--where",
                                  "type=nuclear", "-o", str(out)])
    assert r.exit_code == 2 and no_traceback(r) and not out.exists()
    assert "unknown field 'type' in filter 'type=nuclear' (did you mean facility_type?)" \
        in r.output
    assert "fields: site_id, name, " in r.output and "facility_type" in r.output
    assert "lat, lon" in r.output


def test_cli_map_with_no_match_says_so_in_one_line(shipped_path, tmp_path):
    """Issue 12: a raw `UserWarning` with its source line was printed. Run as a user runs it
    (pytest would catch the warning before it reached stderr)."""
    out = tmp_path / "iran.html"
    r = subprocess.run([sys.executable, "-m", "catalog", "--catalog", str(shipped_path), "map",
                        "--where", "country=IRN", "-o", str(out)],
                       capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONWARNINGS": "default"})
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == [
        "warning: no site matches country=IRN: the map will be empty", f"wrote {out}"]
    assert out.exists()


def frame_of(sites: list[Site]):
    """Sites as Catalog.sites_frame gives them, without a store (so a value the model does
    not know yet can be mapped)."""
    from catalog.stores.base import sites_to_frame

    return sites_to_frame(sites)


def test_any_method_string_and_the_location_source_travel():
    # "derived from source text" (issue 11) is not in model.METHODS yet: the map must not
    # turn it into "method not recorded", nor drop a type it does not know.
    sites = [Site("kp-a", "A", "nuclear", lon=125.0, lat=40.0, location_precision="locality",
                  location_method="derived from source text", location_source_id="src-1"),
             Site("kp-b", "B", "radar station", review_status="candidate")]
    data = map_data(frame_of(sites))
    s = data["sites"]
    assert unpack(s["meth"], 2) == ["derived from source text", None]
    assert unpack(s["lsrc"], 2) == ["src-1", None]
    assert unpack(s["review"], 2) == ["accepted", "candidate"]
    assert data["types"][s["type"][1]] == "radar station"
    assert data["colours"][s["type"][1]] == "#999999"
    assert data["class_radius"][s["prec"][0]] == 5000


def test_names_in_other_scripts_come_with_their_search_keys():
    sites = [Site("kp-a", "Yŏngjŏ-dong", name_local="영저동"), Site("kp-b", "Plain name")]
    aliases = pd.DataFrame({"site_id": ["kp-b", "kp-a"], "alias": ["Kŭmch'ŏn-ni", "Other"]})
    data = map_data(frame_of(sites), aliases)
    # entries: names, local names, then aliases (sorted by site)
    assert unpack(data["search"]["key"], 5) == ["yongjodong", None, "영저동", None,
                                                match_key("Kŭmch'ŏn-ni")]
    assert unpack(data["search"]["words"], 5)[0] == "yongjo dong"
    assert data["aliases"]["alias"] == ["Other", "Kŭmch'ŏn-ni"]
    assert unpack(data["aliases"]["site"], 2) == [0, 1]


def test_base128_round_trips_and_never_writes_what_html_rewrites():
    for n in [*range(0, 30), 999, 7_000_001]:
        data = os.urandom(n)
        text = base128(data)
        assert unbase128(text) == data
        assert not set(text) & {"<", "\r", "\0"}
        assert len(text) == -(-n * 8 // 7)
    assert base128(b"\xff" * 7) == "\x7f" * 8
    assert base128(b"\x00") == "\x80\x80"  # NUL as U+0080

MODULES = sorted(p.name for p in (ROOT / "catalog" / "static").glob("*.js"))


def test_bundle_holds_every_module_once_in_dependency_order():
    js = bundle_js()
    order = re.findall(r'^modules\["([\w.-]+)"\] = ', js, re.M)
    assert sorted(order) == [m for m in MODULES if m != "keyworker.js"]
    assert order[-1] == "main.js"
    worker = re.findall(r'^modules\["([\w.-]+)"\] = ', bundle_js("keyworker.js"), re.M)
    assert worker == ["data.js", "matchkey.js", "keyworker.js"]
    assert order.index("escape.js") < order.index("popup.js") < order.index("main.js")
    assert order.index("matchkey.js") < order.index("search.js")
    assert not re.search(r"^\s*(import|export)\b", js, re.M)


def test_bundler_refuses_what_it_cannot_read(monkeypatch):
    from catalog import mapping

    sources = {"a.js": 'import { b } from "./b.js";\nexport function a() {}',
               "b.js": 'import { a } from "./a.js";\nexport const b = 1;',
               "c.js": 'export default function () {}',
               "d.js": 'import * as x from "./a.js";'}
    monkeypatch.setattr(mapping, "_asset", sources.__getitem__)
    with pytest.raises(CatalogError, match="import cycle in catalog/static: a.js -> b.js -> a.js"):
        mapping.bundle_js.__wrapped__("a.js")
    for name in ("c.js", "d.js"):
        with pytest.raises(CatalogError, match=f"catalog/static/{name}: cannot bundle"):
            mapping.bundle_js.__wrapped__(name)


def test_bundle_runs_and_exposes_the_map_api(node, tmp_path):
    script = tmp_path / "run-bundle.cjs"
    script.write_text("globalThis.window = globalThis;\n" + bundle_js() + "\n"
                      "process.stdout.write(JSON.stringify([typeof CatalogMap.load, "
                      "CatalogMap.matchKey('Yŏngjŏ-dong'), CatalogMap.esc('<b>')]));\n",
                      encoding="utf-8")
    r = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == ["function", "yongjodong", "&lt;b&gt;"]


def test_node_test_runner_passes_on_the_pages_modules(node):
    """The pure functions of catalog/static/ under node's own test runner (tests/js/)."""
    tested = {p.name.removesuffix(".test.mjs") for p in node_test_files()}
    assert tested >= {m.removesuffix(".js") for m in MODULES} - {"main"}
    r = run_node_tests()
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert re.search(r"^# fail 0$", r.stdout, re.M) and re.search(r"^# pass [1-9]", r.stdout, re.M)


def _key_corpus() -> list[str]:
    """Names in many scripts, and single letters of the blocks where folding is subtle
    (case folding, compatibility forms, marks that NFKD brings out)."""
    import csv

    names = ["Yŏngjŏ-dong", "Yeongjeo-dong", "Yongjo-dong", "Hoejung-ni", "Hoejung-ri",
             "Hoejungni's", "Kŭmch'ŏn-ni", "P'yŏngyang", "Ŭiju", "Tongch'ang-ni", "Musudan-ri",
             "Sohae Satellite Launching Station", "Sino-ri", "영저동", "영저리", "회중리",
             "Natanz (نطنز)", "Fordow", "Isfahan Uranium Conversion Facility", "Straße",
             "ΟΔΟΣ Σ", "ᾼθήνα", "Ꭰꭰ", "Дубна", "İncirlik", "Diyarbakır", "ﬁrst ﬂoor", "¼ mile",
             "Ⅻ", "Ｔｏｋｙｏ", "กรุงเทพมหานคร", "ເວຽງຈັນ", "မန္တလေး", "ལྷ་ས", "नई दिल्ली",
             "<script>alert(1)</script>", "javascript:alert(1)", 'He said "Sinpo"', "",
             "'s", "Kim's", "seo-ul", "Shinpo", "eeoo", "n-i", "BIKINI", "5 MWe reactor"]
    with open(SHIPPED_GAZETTEER, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names += [row["name"], *row["alternatenames"].split(",")]
    blocks = [(0x20, 0x250), (0x370, 0x530), (0x600, 0x700), (0x900, 0x980),
              (0xE00, 0xF00), (0xF00, 0xFC0), (0x1000, 0x10A0), (0x10A0, 0x1100),
              (0x13A0, 0x1400), (0x1C80, 0x1C90), (0x1E00, 0x2000), (0x2100, 0x2190),
              (0x2460, 0x2500), (0x3131, 0x3190), (0xAB70, 0xABC0), (0xAC00, 0xD7A4, 97),
              (0xFB00, 0xFB50), (0xFF00, 0xFFF0)]
    for start, end, *step in blocks:
        # letters this Python's Unicode assigns (node's ICU may know newer ones)
        letters = [chr(c) for c in range(start, end, *(step or [1]))
                   if unicodedata.category(chr(c)) != "Cn"]
        names += letters + [f"a{c}b" for c in letters] + [f"{c}'s" for c in letters]
    return names


def test_js_match_key_and_search_forms_agree_with_python(node):
    names = _key_corpus()
    got = js_calls({"matchKey": [[n] for n in names], "searchForms": [[n] for n in names]})
    wrong = [(n, match_key(n), js) for n, js in zip(names, got["matchKey"], strict=True)
             if js != match_key(n)]
    assert wrong == []
    forms = [(n, js) for n, js in zip(names, got["searchForms"], strict=True)
             if js != [match_key(n), " ".join(name_tokens(n))]]
    assert forms == []
    assert len(names) > 10_000
