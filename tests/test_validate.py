import sqlite3

from catalog import open_catalog
from catalog.stores.gpkg_geometry import encode_point, register_functions
from catalog.validate import validate_catalog


def codes(cat, level="error"):
    return sorted(p.code for p in validate_catalog(cat) if p.level == level)


def test_shipped_catalogue_is_clean(shipped):
    assert validate_catalog(shipped) == []


def test_finds_problems_written_behind_the_apis_back(shipped_path):
    # Another tool (or a hand edit in QGIS with foreign keys off) can write bad rows.
    con = sqlite3.connect(shipped_path)
    register_functions(con)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO citations (citation_id, site_id, source_id, quote) "
                "VALUES ('c-orphan', 'kp-gone', 'globalmedia-2018-12-08-missile-base', 'q')")
    con.execute("INSERT INTO aliases (site_id, alias, match_key) "
                "VALUES ('kp-sakkanmol', 'Hoejung-ri', 'hoejungri')")
    con.execute("UPDATE sites SET geom=? WHERE site_id='kp-sakkanmol'",
                (encode_point(126.1, 123.4),))
    con.commit()
    con.close()
    with open_catalog(shipped_path) as cat:
        found = codes(cat)
    assert found == ["bad-site", "duplicate-alias", "orphan-citation"]
    with open_catalog(shipped_path) as cat:
        messages = [str(p) for p in validate_catalog(cat)]
    assert "error: bad-site: latitude must be within [-90, 90], got 123.4 for site " \
        "'kp-sakkanmol'" in messages


def test_uncited_site_is_a_warning(empty):
    from catalog import Site

    empty.add_site(Site("kp-x", "X", "other"))
    assert codes(empty, "warning") == ["uncited-site"]
    assert codes(empty) == []


# -- provenance of locations, duplicate citations (issue 12) --

def test_a_point_moved_without_its_source_is_an_error(shipped):
    """What `update-site kp-sakkanmol --lat 38.5 --lon 126.1` used to write: a new point
    still 'published by' the think tank that published the old one."""
    import dataclasses

    s = shipped.get_site("kp-sakkanmol")
    shipped.update_site(dataclasses.replace(s, lat=38.5, lon=126.1))
    (p,) = validate_catalog(shipped)
    assert (p.level, p.code) == ("error", "stale-location-source")
    assert "site 'kp-sakkanmol' was moved on " in p.message
    assert ("(to 38.5000000,126.1000000) without its location source "
            "'csis-2018-11-12-sakkanmol'") in p.message
    # moved again on that source's word, the point is the source's
    shipped.update_site(dataclasses.replace(shipped.get_site("kp-sakkanmol"), lat=38.58,
                                            lon=126.1), source_id="csis-2018-11-12-sakkanmol")
    assert validate_catalog(shipped) == []


def test_a_location_source_must_cite_the_location(shipped):
    from catalog import Citation, Site

    shipped.add_site(Site("kp-x", "X", "storage", lon=126.0, lat=39.0,
                          location_precision="exact", location_method="published by source",
                          location_source_id="csis-2018-11-12-sakkanmol"))
    shipped.add_citation(Citation("kp-x", "csis-2018-11-12-sakkanmol", "X exists.",
                                  "existence"))
    assert codes(shipped) == ["uncited-location-source"]
    assert ("error: uncited-location-source: site 'kp-x' takes its location from source "
            "'csis-2018-11-12-sakkanmol', which has no citation supporting it "
            "(supports=location)") in [str(p) for p in validate_catalog(shipped)]
    shipped.add_citation(Citation("kp-x", "csis-2018-11-12-sakkanmol", "X is at 39 N.",
                                  "location"))
    assert validate_catalog(shipped) == []


def test_only_an_analysts_point_may_name_no_source(shipped):
    from catalog import Citation, Site

    for sid, method in (("kp-x", "third party"), ("kp-y", "digitised by analyst")):
        shipped.add_site(Site(sid, sid, "storage", lon=126.0, lat=39.0,
                              location_precision="approximate", precision_m=500,
                              location_method=method))
        shipped.add_citation(Citation(sid, "csis-2018-11-12-sakkanmol", "It exists."))
    assert codes(shipped) == ["unsourced-location"]
    assert "site 'kp-x' is located by 'third party' but names no location source" in (
        validate_catalog(shipped)[0].message)
    # neither location has a citation supporting it: a warning, for the analyst to add
    assert codes(shipped, "warning") == ["unsupported-location"] * 2


def test_duplicate_citations_are_reported(shipped):
    from catalog import Citation, Site

    shipped.add_site(Site("kp-x", "X", "storage"))
    quote = ("But Lewis and Schmerler said that in recent years North Korea had significantly "
             "expanded what appeared to be another missile base in Hoejung-ni.")
    shipped.add_citation(Citation("kp-x", "globalmedia-2018-12-08-missile-base", quote,
                                  "status", 1523, 1667))
    shipped.move_citations("kp-x", "kp-hoejung-ni")  # what merge did before issue 12
    shipped.delete_site("kp-x")
    (p,) = validate_catalog(shipped)
    assert (p.level, p.code) == ("warning", "duplicate-citation")
    assert "of site 'kp-hoejung-ni' is the same as c-" in p.message


def test_a_freshly_ingested_catalogue_validates(shipped, tmp_path):
    """Ingest names each location's source (the report, or the gazetteer) and cites it."""
    from pathlib import Path

    from catalog.ingest import ingest
    from catalog.review import accept, candidates

    reports = Path(__file__).parent / "data" / "reports"
    ingest(shipped, [reports])
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("In North Korea, the Sohae Satellite Launching Station lies about 55 km "
                 "southeast of Sinuiju.", encoding="utf-8")
    b.write_text("The Sohae Satellite Launching Station is at 39.6603°N 124.7053°E.",
                 encoding="utf-8")
    ingest(shipped, [a], title="A")
    ingest(shipped, [b], title="B")  # moves the candidate: the new point is B's
    located = [s for s in shipped.sites(("candidate",)) if s.located]
    assert {s.location_method for s in located} >= {"gazetteer", "published by source"}
    assert [p for p in validate_catalog(shipped) if p.level == "error"] == []
    for ev in candidates(shipped):
        if ev.site.located:
            accept(shipped, ev.site.site_id)
    ingest(shipped, [reports], rescan=True)
    assert [str(p) for p in validate_catalog(shipped)
            if p.code in ("unsourced-location", "uncited-location-source",
                          "stale-location-source", "duplicate-citation")] == []
