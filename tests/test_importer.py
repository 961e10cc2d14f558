"""Imports: reading every export back, merging rules, conflicts, and the round trip
export -> import into an empty catalogue == the same catalogue (a property test)."""

from __future__ import annotations

import dataclasses
import json
import tempfile
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
from catalog.importer import ImportConflict, import_file, merge_records
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
stamp = st.datetimes(min_value=__import__("datetime").datetime(2000, 1, 1),
                     max_value=__import__("datetime").datetime(2099, 1, 1)).map(
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
