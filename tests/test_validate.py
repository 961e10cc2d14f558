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
