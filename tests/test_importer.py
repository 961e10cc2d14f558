"""Imports: reading every export back, merging rules, conflicts, and the round trip
export -> import into an empty catalogue == the same catalogue (a property test)."""

from __future__ import annotations

import dataclasses
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog import open_catalog
from catalog.cli import main
from catalog.errors import CatalogError, ValidationError
from catalog.export import Records, export_catalog
from catalog.gazetteer import match_key
from catalog.importer import (
    ImportConflict,
    ThirdParty,
    import_file,
    merge_records,
    read_records,
    read_type_map,
)
from catalog.model import (
    FACILITY_TYPES,
    METHODS,
    REVIEW_STATES,
    SOURCE_KINDS,
    STATUSES,
    SUPPORTS,
    Alias,
    Citation,
    Site,
    Source,
)

ROUND_TRIP_FORMATS = ("geojson", "kml", "kmz", "csv", "gpkg")


def snapshot(cat) -> tuple:
    """Everything a catalogue holds, independent of insertion order."""
    r = Records.from_catalog(cat)
    return (r.sites, sorted(map(repr, r.aliases)), r.sources,
            sorted(map(repr, r.citations)))


# -- the property test -----------------------------------------------------------------------

# Hangul, diacritics, quotes, markup characters, newlines and carriage returns (the KML
# writer keeps "\r" as "&#13;", which XML would otherwise read as "\n"). No other control
# characters: XML cannot hold them.
_chars = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Co")),
    st.sampled_from(list("\n\r\"'<>&;,|영저동삭간몰ŏŭéü")),
)
text = st.text(_chars, min_size=1, max_size=25)
opt_text = st.none() | text
slug = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6})?", fullmatch=True)
named = st.text(_chars, min_size=1, max_size=20).filter(
    lambda t: t.strip() == t and match_key(t) != "")
iso_date = st.none() | st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                                max_value=__import__("datetime").date(2100, 12, 31)
                                ).map(lambda d: d.isoformat())
stamp = st.datetimes(min_value=__import__("datetime").datetime(2000, 1, 1),  # not ahead of
                     max_value=__import__("datetime").datetime(2025, 12, 31)).map(  # the clock
    lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z")


@st.composite
def catalogues(draw) -> Records:
    n_src = draw(st.integers(1, 3))
    src_ids = draw(st.lists(slug, min_size=n_src, max_size=n_src, unique=True))
    sources = [Source(sid, draw(named), draw(st.lists(text, max_size=2)), draw(opt_text),
                      draw(iso_date), draw(st.none() | st.just(f"https://example.org/{sid}"
                                                               "?a=1&b=\"2\"")),
                      draw(iso_date), draw(st.sampled_from(SOURCE_KINDS)),
                      draw(st.none() | st.just(f"sha256:{sid}")), draw(opt_text))
               for sid in src_ids]
    n_sites = draw(st.integers(1, 4))
    site_ids = draw(st.lists(slug, min_size=n_sites, max_size=n_sites, unique=True))
    sites, keys = [], set()  # match keys of names and local names, one site each
    for i, sid in enumerate(site_ids):
        name = draw(named.filter(lambda t: match_key(t) not in keys))
        keys.add(match_key(name))
        local = draw(st.none() | named.filter(lambda t: match_key(t) not in keys))
        if local:
            keys.add(match_key(local))
        located = draw(st.booleans())
        lon = draw(st.floats(-180, 180)) if located else None
        lat = draw(st.floats(-90, 90)) if located else None
        precision = (draw(st.sampled_from(["exact", "approximate", "locality"]))
                     if located else "unknown")
        sites.append(Site(
            sid, name, draw(st.sampled_from(FACILITY_TYPES)), lon=lon, lat=lat,
            name_local=local, country=draw(st.sampled_from([None, "PRK", "KOR"])),
            admin1=draw(opt_text), status=draw(st.sampled_from(STATUSES)),
            status_as_of=draw(iso_date), location_precision=precision,
            precision_m=(draw(st.floats(0.5, 1e5)) if precision == "approximate"
                         else draw(st.none() | st.floats(0.5, 1e5))),
            location_method=(draw(st.sampled_from(METHODS)) if located
                             else draw(st.none() | st.sampled_from(METHODS))),
            location_source_id=draw(st.none() | st.sampled_from(src_ids)),
            parent_site_id=draw(st.none() | st.sampled_from(site_ids[:i])) if i else None,
            review_status=draw(st.sampled_from(REVIEW_STATES)), notes=draw(opt_text),
            updated_at=draw(stamp)))
    # one normalised name belongs to one site (`catalog validate` calls anything else an
    # error, and the importer would rightly take two such sites for one)
    owner = {match_key(s.name): s.site_id for s in sites}
    owner.update({match_key(s.name_local): s.site_id for s in sites if s.name_local})
    aliases = []
    for _ in range(draw(st.integers(0, 3))):
        sid = draw(st.sampled_from(site_ids))
        alias = draw(named.filter(lambda t, sid=sid: owner.get(match_key(t), sid) == sid))
        owner[match_key(alias)] = sid
        aliases.append(Alias(sid, alias, draw(opt_text)))
    citations = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.none() | st.integers(0, 10_000))
        end = None if start is None else start + draw(st.integers(0, 500))
        quote = draw(opt_text)
        citations.append(Citation(draw(st.sampled_from(site_ids)),
                                  draw(st.sampled_from(src_ids)), quote,
                                  draw(st.sampled_from(SUPPORTS)), start, end,
                                  draw(text) if quote is None else draw(opt_text)))
    return Records(sites, aliases, sources, citations)


def fill(cat, recs: Records) -> None:
    """Write records straight through the Catalog API (independent of the importer)."""
    with cat.transaction():
        for s in recs.sources:
            cat.add_source(s)
        for s in recs.sites:
            cat.add_site(s)
        for a in recs.aliases:
            cat.add_alias(a)
        for c in recs.citations:
            cat.add_citation(c)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(recs=catalogues())
def test_round_trip_export_import_gives_the_same_catalogue(recs):
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        with open_catalog(d / "original.gpkg", create=True) as original:
            fill(original, recs)
            want = snapshot(original)
            for fmt in ROUND_TRIP_FORMATS:
                out = d / f"export.{fmt}"
                export_catalog(original, out, overwrite=True)
                with open_catalog(d / f"from-{fmt}.gpkg", create=True) as fresh:
                    report = import_file(fresh, out)
                    assert report.conflicts == [], fmt
                    assert snapshot(fresh) == want, fmt
                    # importing the same file again changes nothing
                    again = import_file(fresh, out)
                    assert again.added_sites == [] and again.added_citations == 0, fmt
                    assert snapshot(fresh) == want, fmt


# -- merging rules ----------------------------------------------------------------------------

def _their(shipped, tmp_path, edit) -> Path:
    """Export the shipped catalogue to GeoJSON after ``edit(doc)`` changed it."""
    out = tmp_path / "theirs.geojson"
    export_catalog(shipped, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    edit(doc)
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out


def _feature(doc, site_id):
    return next(f for f in doc["features"] if f["id"] == site_id)


def test_same_site_id_disagreeing_is_reported_not_merged(shipped, tmp_path):
    def edit(doc):
        f = _feature(doc, "kp-sakkanmol")
        f["properties"]["facility_type"] = "airbase"
        f["properties"]["citations"].append({
            "site_id": "kp-sakkanmol", "source_id": "globalmedia-2018-12-08-missile-base",
            "quote": "An airbase, they say.", "supports": "existence"})

    before = snapshot(shipped)
    report = import_file(shipped, _their(shipped, tmp_path, edit))
    assert report.conflicts == ["site 'kp-sakkanmol' differs: "
                                "facility_type 'missile base' vs 'airbase'"]
    assert snapshot(shipped) == before  # neither the site nor its new citation came in
    assert len(report.same_sites) == 3


def test_strict_refuses_everything(shipped, tmp_path):
    def edit(doc):
        _feature(doc, "kp-sakkanmol")["properties"]["status"] = "active"
        doc["features"].append({"type": "Feature", "id": "kp-new", "geometry": None,
                                "properties": {"site_id": "kp-new", "name": "New place"}})

    before = snapshot(shipped)
    with pytest.raises(ImportConflict, match="status 'unknown' vs 'active'"):
        import_file(shipped, _their(shipped, tmp_path, edit), strict=True)
    assert snapshot(shipped) == before


def test_same_name_nearby_is_the_same_site(shipped, tmp_path):
    def edit(doc):
        doc["features"] = [_feature(doc, "kp-hoejung-ni")]
        f = doc["features"][0]
        f["id"] = f["properties"]["site_id"] = "their-hoejung"
        f["properties"]["name"] = "Hoejung-ri"  # Revised spelling of our alias Hoejung-ni
        f["properties"]["name_local"] = None
        f["geometry"]["coordinates"] = [126.915, 41.371]  # ~190 m away
        f["properties"]["citations"] = [{
            "site_id": "their-hoejung", "source_id": "globalmedia-2018-12-08-missile-base",
            "quote": "Hoejung-ri 'again' <b>", "supports": "name"}]
        f["properties"]["aliases"] = [{"alias": "Hoejungri base", "system": "press"}]

    report = import_file(shipped, _their(shipped, tmp_path, edit))
    assert report.conflicts == []
    assert [(t, o) for t, o, _ in report.matched_sites] == [("their-hoejung",
                                                             "kp-hoejung-ni")]
    assert 100 < report.matched_sites[0][2] < 400
    assert not shipped.has_site("their-hoejung")
    assert "Hoejung-ri 'again' <b>" in [c.quote for c in shipped.citations("kp-hoejung-ni")]
    assert "Hoejungri base" in [a.alias for a in shipped.aliases("kp-hoejung-ni")]


def test_same_name_far_away_is_another_site(shipped, tmp_path):
    def edit(doc):
        doc["features"] = [_feature(doc, "kp-hoejung-ni")]
        f = doc["features"][0]
        f["id"] = f["properties"]["site_id"] = "kp-hoejung-ni-2"
        f["geometry"]["coordinates"] = [127.5, 41.0]  # ~60 km away

    report = import_file(shipped, _their(shipped, tmp_path, edit), max_distance_m=2000)
    assert report.added_sites == ["kp-hoejung-ni-2"] and report.matched_sites == []
    assert len(shipped.citations("kp-hoejung-ni-2")) == 2


def test_same_name_unlocated_cannot_be_compared(shipped, tmp_path):
    def edit(doc):
        doc["features"] = [_feature(doc, "kp-yeongjeo-dong")]
        f = doc["features"][0]
        f["id"] = f["properties"]["site_id"] = "their-yeongjeo"
        f["properties"]["parent_site_id"] = None

    before = snapshot(shipped)
    report = import_file(shipped, _their(shipped, tmp_path, edit))
    assert len(report.conflicts) == 1
    assert "'their-yeongjeo' has the name of our 'kp-yeongjeo-dong'" in report.conflicts[0]
    assert snapshot(shipped) == before


def test_disagreeing_source_is_reported_and_its_citations_skipped(shipped, tmp_path):
    def edit(doc):
        doc["sources"][0]["title"] = "Another title"
        sid = doc["sources"][0]["source_id"]
        doc["features"].append({
            "type": "Feature", "id": "kp-other", "geometry": None,
            "properties": {"site_id": "kp-other", "name": "Other place",
                           "citations": [{"site_id": "kp-other", "source_id": sid,
                                          "quote": "Other place exists."}]}})

    report = import_file(shipped, _their(shipped, tmp_path, edit))
    assert len(report.conflicts) == 1 and "title" in report.conflicts[0]
    assert report.added_sites == ["kp-other"]
    assert shipped.citations("kp-other") == []


def test_sources_rebuilt_from_citations_when_missing(shipped, empty, tmp_path):
    out = _their(shipped, tmp_path, lambda doc: doc.pop("sources"))
    report = import_file(empty, out)
    # only cited sources can be rebuilt: all three are cited in the shipped catalogue
    assert len(report.added_sources) == 3
    assert empty.get_source("csis-2018-11-12-sakkanmol").title.startswith("Undeclared")


def test_merge_records_into_catalogue_with_other_sites(shipped, empty):
    merge_records(empty, Records.from_catalog(shipped))
    empty.add_site(Site("kp-extra", "Extra", "other"))
    report = merge_records(empty, Records.from_catalog(shipped))
    assert report.conflicts == [] and len(report.same_sites) == 4
    assert empty.has_site("kp-extra")


# -- bad input and the CLI --------------------------------------------------------------------

def test_bad_files(empty, tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    with pytest.raises(ValidationError, match="cannot read .*bad.geojson.* as geojson"):
        import_file(empty, bad)
    txt = tmp_path / "x.txt"
    txt.write_text("hi")
    with pytest.raises(ValidationError, match="unknown suffix '.txt'"):
        import_file(empty, txt)
    wrong = tmp_path / "wrong.geojson"
    wrong.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10, 123]},
         "properties": {"site_id": "x-1", "name": "X", "location_precision": "exact",
                        "location_method": "gazetteer"}}]}))
    with pytest.raises(ValidationError, match=r"feature 0: latitude must be within"):
        import_file(empty, wrong)
    assert empty.counts()["sites"] == 0


def test_cli_import(shipped, shipped_path, tmp_path):
    runner = CliRunner()
    theirs = _their(shipped, tmp_path, lambda doc: _feature(doc, "kp-sakkanmol")[
        "properties"].update(status="active"))
    target = tmp_path / "mine.gpkg"
    res = runner.invoke(main, ["--catalog", str(target), "init"])
    assert res.exit_code == 0
    res = runner.invoke(main, ["--catalog", str(target), "import", str(theirs)])
    assert res.exit_code == 0, res.output
    assert "4 site(s) added" in res.output and "0 conflict(s)" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "import", str(theirs)])
    assert res.exit_code == 0
    assert "conflict: site 'kp-sakkanmol' differs: status 'unknown' vs 'active'" in res.output
    res = runner.invoke(main, ["--catalog", str(shipped_path), "import", "--strict",
                               str(theirs)])
    assert res.exit_code == 1
    assert res.output.startswith("Error: import refused, nothing changed: site 'kp-sakkanmol'")
    res = runner.invoke(main, ["--catalog", str(shipped_path), "import",
                               str(tmp_path / "missing.kml")])
    assert res.exit_code == 2 and "does not exist" in res.output


def test_dataclass_fields_all_travel():
    """If the model gains a field, the exports must carry it (or this test says so)."""
    from catalog.model import CITATION_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS

    assert set(SITE_COLUMNS) | {"lon", "lat"} == {f.name for f in dataclasses.fields(Site)}
    assert SOURCE_COLUMNS == [f.name for f in dataclasses.fields(Source)]
    assert CITATION_COLUMNS == [f.name for f in dataclasses.fields(Citation)]


_IMPORT_PIECES = st.sampled_from([
    b'{"type": "FeatureCollection", "features": [', b'{"type": "Feature", "geometry": ',
    b'{"type": "Point", "coordinates": [1e999, "x"]}', b'null', b'[]', b'{}', b'"properties"',
    b'"site_id": 1', b'"citations": [{"char_start": "x"}]', b'"sources": 3', b"]}", b",",
    b'<?xml version="1.0"?>', b'<kml xmlns="http://www.opengis.net/kml/2.2">', b"<Document>",
    b"<Placemark>", b"<Point><coordinates>1,x</coordinates></Point>", b"</Placemark>",
    b'<Data name="aliases"><value>{"a": 1}</value></Data>', b"<!DOCTYPE x>", b"</kml>",
    b"<name>Kanggye airfield</name>", b"<Folder><name>Airfields</name>", b"</Folder>",
    b"<Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,1 1,0 0,1 0,0</coordinates>"
    b"</LinearRing></outerBoundaryIs></Polygon>", b"<MultiGeometry>", b"</MultiGeometry>",
    b"<LineString><coordinates>1,2 400,2</coordinates></LineString>",
    b'<!ENTITY e "x">', b"&e;", b"<description><![CDATA[<script>x</script>]]></description>",
    b'{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0]]]}, '
    b'"properties": {"name": "X"}}',
    b"site_id,name,lat,lon,wkt\n", b"a,b,1,2,POINT (1 2)\n", b",,,,\n",
    b"x,y,,,LINESTRING (0 0, 1 1)\n",
    b'"unclosed\n', b"\xff\xfe", b"\x00", b"\xe9"])


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=200), st.lists(_IMPORT_PIECES, max_size=16)
                      .map(b"".join)),
       suffix=st.sampled_from([".geojson", ".csv", ".kml"]))
def test_import_of_arbitrary_bytes_raises_only_catalog_errors(shipped, tmp_path, data, suffix):
    before = shipped.counts()
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    try:
        import_file(shipped, path)
    except CatalogError:
        assert shipped.counts() == before


# -- history travels (issue 15, item 9) --------------------------------------------------------

def _histories(cat) -> dict:
    ids = {s.site_id for s in cat.sites(None)}
    return {sid: cat.site_history(sid) for sid in sorted(ids)}


@pytest.mark.parametrize("fmt", ROUND_TRIP_FORMATS)
def test_round_trip_keeps_every_site_alias_citation_and_history(shipped, tmp_path, fmt):
    shipped.edit_site("kp-sakkanmol", status="active", status_as_of="2020-01-02",
                      source_id="csis-2018-11-12-sakkanmol", note="trucks seen")
    shipped.edit_site("kp-yeongjeo-dong", notes="Still unlocated.\r\nSee <b>note</b>.")
    shipped.add_site(Site("kp-cand", "Candidate place", "other", review_status="candidate"))
    out = tmp_path / f"all.{fmt}"
    export_catalog(shipped, out)
    with open_catalog(tmp_path / "fresh.gpkg", create=True) as fresh:
        report = import_file(fresh, out)
        assert report.conflicts == []
        assert snapshot(fresh) == snapshot(shipped)
        assert _histories(fresh) == _histories(shipped)
        assert [h["note"] for h in fresh.site_history("kp-sakkanmol")][-2:] == [
            "trucks seen", "trucks seen"]
        assert report.added_history == sum(len(h) for h in _histories(shipped).values())
        # again: nothing new, the history not doubled
        again = import_file(fresh, out)
        assert again.added_history == 0 and _histories(fresh) == _histories(shipped)


def test_history_merges_into_the_same_site(shipped, tmp_path):
    out = tmp_path / "a.geojson"
    export_catalog(shipped, out)
    with open_catalog(tmp_path / "theirs.gpkg", create=True) as theirs:
        import_file(theirs, out)
        # they saw it active, then found the report wrong: the same fields, more history
        theirs.edit_site("kp-hoejung-ni", status="active",
                         source_id="csis-2018-11-12-sakkanmol")
        theirs.edit_site("kp-hoejung-ni", status="expanding", note="misread")
        export_catalog(theirs, tmp_path / "b.geojson")
        want = theirs.site_history("kp-hoejung-ni")
    mine = shipped.site_history("kp-hoejung-ni")
    report = import_file(shipped, tmp_path / "b.geojson")
    assert report.conflicts == [] and report.added_history == 2  # status, then back
    assert shipped.site_history("kp-hoejung-ni") == want and len(want) == len(mine) + 2


def test_bad_history_rows_are_refused(empty, shipped, tmp_path):
    out = _their(shipped, tmp_path, lambda doc: _feature(doc, "kp-sakkanmol")[
        "properties"]["history"].append({"changed_at": "<img src=x>", "field": "status"}))
    with pytest.raises(ValidationError, match="history row needs a field and changed_at"):
        import_file(empty, out)
    assert empty.counts()["sites"] == 0


# -- files made by other tools: Google Earth, plain GeoJSON and CSV (issues 17 and 12) -------

ATLAS = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><name>Open DPRK atlas</name>
 <Style id="s"><IconStyle><scale>1.2</scale></IconStyle></Style>
 <Folder><name>Chagang</name>
  <Folder><name>Airfields</name>
   <Placemark><name>Kanggye airfield</name>
    <description><![CDATA[<b>Runway</b> 2,500 m &amp; <a href="https://example.org">shelters</a>
     <script>alert('x')</script>]]></description>
    <styleUrl>#s</styleUrl>
    <ExtendedData><Data name="unit"><value>Unit 1</value></Data></ExtendedData>
    <Point><coordinates>126.6,40.96,0</coordinates></Point></Placemark>
   <Placemark><name>Apron</name>
    <MultiGeometry>
     <Polygon><outerBoundaryIs><LinearRing><coordinates>126.60,40.90 126.62,40.90
      126.62,40.92 126.60,40.92 126.60,40.90</coordinates></LinearRing></outerBoundaryIs>
     </Polygon>
     <LineString><coordinates>126.62,40.92 126.63,40.93</coordinates></LineString>
    </MultiGeometry></Placemark>
  </Folder>
  <Folder><name>Radar sites</name>
   <Placemark><name>Hill radar</name>
    <ExtendedData><SchemaData schemaUrl="#x"><SimpleData name="height">120</SimpleData>
    </SchemaData></ExtendedData>
    <MultiGeometry><Point><coordinates>126.70,41.00</coordinates></Point>
     <Polygon><outerBoundaryIs><LinearRing><coordinates>126.69,40.99 126.71,40.99 126.71,41.01
      126.69,41.01 126.69,40.99</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </MultiGeometry></Placemark>
   <Placemark><description>no name</description>
    <Point><coordinates>126.8,41.1</coordinates></Point></Placemark>
   <Placemark><name>Unplaced bunker</name></Placemark>
  </Folder>
 </Folder>
</Document></kml>
"""


def test_google_earth_kml_becomes_candidates(shipped, tmp_path):
    path = tmp_path / "atlas.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("doc.kml", ATLAS)
    types = tmp_path / "types.csv"
    types.write_text("folder,facility_type\nradar sites,command\n", encoding="utf-8")
    before = {s.site_id for s in shipped.sites(None)}
    report = import_file(shipped, path, type_map=read_type_map(types), country="KP")
    assert report.conflicts == []
    assert report.skipped == ["placemark 3: a placemark with no name"]
    assert sorted(report.added_sites) == ["kp-apron", "kp-hill-radar", "kp-kanggye-airfield",
                                          "kp-unplaced-bunker"]
    src = shipped.get_source(report.added_sources[0])
    assert (src.title, src.kind) == ("Open DPRK atlas", "dataset")
    assert src.content_hash.startswith("sha256:") and "atlas.kmz" in src.notes
    sites = {s.site_id: s for s in shipped.sites(None) if s.site_id not in before}
    kang = sites["kp-kanggye-airfield"]
    assert (kang.facility_type, kang.review_status, kang.country) == ("airbase", "candidate",
                                                                      "PRK")
    assert (kang.lon, kang.lat, kang.location_precision) == (126.6, 40.96, "exact")
    assert (kang.location_method, kang.location_source_id) == ("third party", src.source_id)
    # the description is a note (its text, no markup, no script), not a citation
    assert "Runway 2,500 m & shelters" in kang.notes and "alert" not in kang.notes
    assert "unit: Unit 1" in kang.notes and "Chagang / Airfields" in kang.notes
    (cite,) = shipped.citations("kp-kanggye-airfield")
    assert cite.quote is None and cite.supports == "location" and "atlas.kmz" in cite.note
    # a shape without a pin: its centre, with a radius that covers all of it
    apron = sites["kp-apron"]
    assert apron.location_precision == "approximate"
    from pyproj import Geod

    corners = [(126.60, 40.90), (126.62, 40.92), (126.63, 40.93)]
    far = max(abs(Geod(ellps="WGS84").inv(apron.lon, apron.lat, x, y)[2]) for x, y in corners)
    assert far <= apron.precision_m < far + 2
    # a pin beside its outline: the pin, the radius reaching the outline's corners
    radar = sites["kp-hill-radar"]
    assert (radar.lon, radar.lat, radar.facility_type) == (126.70, 41.00, "command")
    assert 1300 < radar.precision_m < 1500 and "height: 120" in radar.notes
    bunker = sites["kp-unplaced-bunker"]
    assert not bunker.located and shipped.citations("kp-unplaced-bunker")[0].supports == \
        "existence"
    # the same file again adds nothing; validate finds no error
    again = import_file(shipped, path, type_map=read_type_map(types), country="KP")
    assert again.added_sites == [] and again.added_citations == 0
    assert len(again.matched_sites) == 3 and len(again.conflicts) == 1  # the unplaced one
    from catalog.validate import validate_catalog

    assert [p for p in validate_catalog(shipped) if p.level == "error"] == []


def test_a_name_made_id_that_is_taken_is_numbered(shipped, tmp_path):
    path = tmp_path / "x.kml"
    path.write_text(ATLAS.replace("Kanggye airfield", "Sakkanmol"), encoding="utf-8")
    shipped.add_site(Site("sakkanmol", "Sakkanmol", "other", lon=10.0, lat=10.0,
                          location_precision="exact", location_method="digitised by analyst"))
    report = import_file(shipped, path)
    assert "sakkanmol-2" in report.added_sites and shipped.get_site("sakkanmol").lon == 10.0


def test_type_map_and_country_are_checked(tmp_path):
    bad = tmp_path / "t.json"
    bad.write_text('{"Airfields": "airport"}', encoding="utf-8")
    with pytest.raises(ValidationError, match="'airport' is not a facility type"):
        read_type_map(bad)
    with pytest.raises(ValidationError, match="country must be an ISO 3166-1 code"):
        ThirdParty(country="North Korea")
    assert ThirdParty(read_type_map(_json(tmp_path, {"Bunkers": "storage"}))).facility_type(
        ["Chagang", "bunkers"]) == "storage"
    assert ThirdParty().facility_type(["Naval bases", "Misc"]) == "other"
    assert ThirdParty().facility_type(["Air Bases"]) == "airbase"


def _json(tmp_path, obj) -> Path:
    p = tmp_path / "map.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    return p


def test_plain_geojson_with_names_imports_as_candidates(empty, tmp_path):
    """Issue 12: a GeoJSON whose features have a name but no site_id."""
    path = tmp_path / "osm.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "name": "OSM extract",
                                "features": [
        {"type": "Feature", "id": "way/123",
         "geometry": {"type": "Point", "coordinates": [125.75, 39.03]},
         "properties": {"name": "Sunan airfield", "country": "PRK", "aeroway": "aerodrome",
                        "icao": "ZKPY"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[
            [125.0, 39.0], [125.1, 39.0], [125.1, 39.1], [125.0, 39.1], [125.0, 39.0]]]},
         "properties": {"name": "Depot 7", "description": "<i>fenced</i>"}},
        {"type": "Feature", "geometry": None, "properties": {"Name": "Nowhere"}}]}),
        encoding="utf-8")
    report = import_file(empty, path)
    assert sorted(report.added_sites) == ["depot-7", "kp-sunan-airfield", "nowhere"]
    sunan = empty.get_site("kp-sunan-airfield")
    assert (sunan.review_status, sunan.location_method, sunan.country) == (
        "candidate", "third party", "PRK")
    assert "aeroway: aerodrome" in sunan.notes and "icao: ZKPY" in sunan.notes
    assert "id: way/123" in sunan.notes
    depot = empty.get_site("depot-7")
    assert depot.location_precision == "approximate" and 7000 < depot.precision_m < 8000
    assert "Description: fenced" in depot.notes
    assert empty.get_source(report.added_sources[0]).title == "OSM extract"
    res = CliRunner().invoke(main, ["--catalog", str(empty.location), "import", str(path)])
    assert res.exit_code == 0 and "0 site(s) added" in res.output


def test_plain_csv_with_names_imports_as_candidates(empty, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name,lat,lon,kind\nTongchang-ri,39.66,124.70,launch\n,1,2,x\n",
                    encoding="utf-8")
    report = import_file(empty, path, country="PRK")
    assert report.added_sites == ["kp-tongchang-ri"] and len(report.skipped) == 1
    assert "kind: launch" in empty.get_site("kp-tongchang-ri").notes


# -- KML limits: DTDs and entities, sizes, memory (issue 15, items 4 and 5) --------------------

def _refused(cat, path, *words) -> str:
    before = snapshot(cat)
    res = CliRunner().invoke(main, ["--catalog", str(cat.location), "import", str(path)])
    assert res.exit_code == 1, res.output
    line = res.output.strip()
    assert line.startswith("Error: ") and "\n" not in line and "Traceback" not in line
    for w in words:
        assert w in line, line
    assert snapshot(cat) == before
    return line


def test_an_entity_behind_a_long_comment_is_refused(shipped, tmp_path):
    """The old check read only the first 64 KiB; the parser itself now refuses a DTD."""
    p = tmp_path / "late.kml"
    p.write_bytes(b'<?xml version="1.0"?>\n<!--' + b"x" * 70_000 + b'-->\n'
                  b'<!DOCTYPE kml [<!ENTITY e "boom">]>\n'
                  b'<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
                  b'<name>&e;</name></Placemark></Document></kml>')
    _refused(shipped, p, "<!DOCTYPE>", "entity expansion")
    p.write_bytes(b'<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
                  b'<name>&undefined;</name></Placemark></Document></kml>')
    _refused(shipped, p, "undefined entity")


def test_kml_size_limits_name_the_limit(shipped, tmp_path, monkeypatch):
    from catalog import importer

    big = ATLAS.replace("<Document>", "<Document><!--" + "y" * 20_000 + "-->")
    plain = tmp_path / "big.kml"
    plain.write_text(big, encoding="utf-8")
    stored = tmp_path / "big.kmz"  # stored, not deflated: the ratio does not bite
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.kml", big)
    monkeypatch.setattr(importer, "MAX_KML_BYTES", 16_000)
    _refused(shipped, plain, "passes 16000 bytes", "MAX_KML_BYTES")
    _refused(shipped, stored, "'doc.kml' unpacks to over 16000 bytes", "MAX_KML_BYTES")
    monkeypatch.setattr(importer, "MAX_KML_BYTES", 10**9)
    monkeypatch.setattr(importer, "MAX_XML_ELEMENT_BYTES", 10_000)
    text = tmp_path / "text.kml"
    text.write_text(ATLAS.replace("no name", "z" * 50_000), encoding="utf-8")
    _refused(shipped, text, "an XML element passes 10000 bytes", "MAX_XML_ELEMENT_BYTES")
    monkeypatch.setattr(importer, "MAX_XML_ELEMENT_BYTES", 10**9)
    monkeypatch.setattr(importer, "MAX_PLACEMARKS", 3)
    _refused(shipped, plain, "over 3 placemarks", "MAX_PLACEMARKS")
    monkeypatch.setattr(importer, "MAX_PLACEMARKS", 100)
    monkeypatch.setattr(importer, "MAX_KEPT_CHARS", 100)
    _refused(shipped, plain, "pass 100 characters", "memory budget", "MAX_KEPT_CHARS")


def test_a_tag_with_too_many_attributes_is_refused(shipped, tmp_path):
    p = tmp_path / "attrs.kml"
    attrs = " ".join(f'a{i}="1"' for i in range(70_000))
    p.write_text(f'<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark {attrs}>'
                 "<name>x</name></Placemark></Document></kml>", encoding="utf-8")
    _refused(shipped, p, "over 65536 attributes", "MAX_XML_ATTRIBUTES")


def test_kml_is_read_one_placemark_at_a_time(tmp_path):
    """Memory stays small whatever the file's size: 2,000 placemarks with 200-vertex
    lines (8 MB of KML) are read holding a small fraction of it."""
    import tracemalloc

    ring = " ".join(f"{126 + k * 1e-4:.6f},{40 + (k % 7) * 1e-4:.6f}" for k in range(200))
    parts = ['<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>big</name>']
    for i in range(2000):
        parts.append(f"<Placemark><name>Site {i}</name><LineString><coordinates>{ring}"
                     "</coordinates></LineString></Placemark>")
    parts.append("</Document></kml>")
    p = tmp_path / "big.kml"
    p.write_text("".join(parts), encoding="utf-8")
    size = p.stat().st_size
    assert size > 8_000_000
    small = tmp_path / "small.kml"  # the libraries loaded first: their import is not counted
    small.write_text(parts[0] + parts[1] + parts[-1], encoding="utf-8")
    read_records(small)
    tracemalloc.start()
    try:
        recs = read_records(p)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(recs.sites) == 2000
    # the records kept are about 1 kB a site; reading took little more than them (the
    # text alone is 8 MB: holding the document would pass this by far)
    assert peak - kept < size / 16, (peak, kept, size)


def test_cli_import_shows_progress_and_skips(shipped_path, tmp_path):
    path = tmp_path / "atlas.kml"
    path.write_text(ATLAS, encoding="utf-8")
    res = CliRunner().invoke(main, ["--catalog", str(shipped_path), "import", str(path),
                                    "--progress", "--country", "PRK"])
    assert res.exit_code == 0, res.output
    assert "skipped: placemark 3: a placemark with no name" in res.output
    assert "4 site(s) added" in res.output and "1 skipped" in res.output
    res = CliRunner().invoke(main, ["--catalog", str(shipped_path), "import", str(path),
                                    "--country", "Korea"])
    assert res.exit_code == 1 and "country must be an ISO 3166-1 code" in res.output


def test_history_import_into_postgis(shipped, postgis_url, tmp_path):
    """The store contract's replace_history on the team store too."""
    shipped.edit_site("kp-sakkanmol", status="active", note="trucks seen")
    out = tmp_path / "a.kmz"
    export_catalog(shipped, out)
    with open_catalog(postgis_url, create=True) as pg:
        report = import_file(pg, out)
        assert report.conflicts == [] and report.added_history > 0
        assert _histories(pg) == _histories(shipped)
        assert import_file(pg, out).added_history == 0
