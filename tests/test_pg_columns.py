"""A PostGIS query's candidates read column-wise (catalog.stores.pg_columns).

The decoding is checked on rows built here as the server sends them, and on a real
PostGIS server against the row-by-row read, with the values the column-wise read must
hand back to that read (a text holding its separator, a date past the year 9999)."""

import struct

import pytest

from catalog import Site, open_catalog
from catalog.model import SITE_COLUMNS
from catalog.query import BBox
from catalog.stores.pg_columns import COLUMNS_SELECT, decode_columns


def server_row(rows):
    """The row of COLUMNS_SELECT for ``rows``: dicts of (lon, lat, column values), None
    for a missing value, dates as days since 2000-01-01 and times as microseconds."""
    xs = b"".join(struct.pack(">d", r["lon"]) for r in rows)
    ys = b"".join(struct.pack(">d", r["lat"]) for r in rows)
    masks = b"".join(struct.pack(">i", sum(1 << k for k, c in enumerate(SITE_COLUMNS)
                                           if r.get(c) is None)) for r in rows)
    values = []
    for c in SITE_COLUMNS:
        got = [r.get(c) for r in rows]
        if c == "precision_m":
            values.append(b"".join(struct.pack(">d", v or 0.0) for v in got))
        elif c == "status_as_of":
            values.append(b"".join(struct.pack(">i", v or 0) for v in got))
        elif c == "updated_at":
            values.append(b"".join(struct.pack(">q", v or 0) for v in got))
        else:
            values.append("\x1f".join(v or "" for v in got))
    return (len(rows), xs, ys, masks, *values)


def row(**kw):
    base = {"lon": 127.5, "lat": 39.25, "site_id": "kp-a", "name": "A",
            "facility_type": "storage", "status": "unknown",
            "location_precision": "exact", "review_status": "accepted", "updated_at": 0}
    return {**base, **kw}


def test_texts_dates_times_and_missing_values_decode():
    rows = [row(name="삭간몰 missile base", name_local="", notes="line\nnext",
                precision_m=1234.5, status_as_of=-1, updated_at=1_999_999),
            row(site_id="kp-b", name="B", lon=-0.5, lat=-89.0, updated_at=-1)]
    lon, lat, cols = decode_columns(server_row(rows))
    assert lon.tolist() == [127.5, -0.5] and lat.tolist() == [39.25, -89.0]
    assert cols["name"].to_pylist() == ["삭간몰 missile base", "B"]
    assert cols["name_local"].to_pylist() == ["", None]  # empty is not missing
    assert cols["notes"].to_pylist() == ["line\nnext", None]
    assert cols["precision_m"].to_pylist() == [1234.5, None]
    assert cols["status_as_of"].to_pylist() == ["1999-12-31", None]
    # microseconds truncated to milliseconds, before 2000 too (to_char's MS)
    assert cols["updated_at"].to_pylist() == ["2000-01-01T00:00:01.999Z",
                                              "1999-12-31T23:59:59.999Z"]
    assert set(cols) == set(SITE_COLUMNS)


def test_no_candidates_give_empty_columns():
    lon, lat, cols = decode_columns((0, None, None, None, *[None] * len(SITE_COLUMNS)))
    assert len(lon) == len(lat) == 0
    assert all(len(a) == 0 for a in cols.values())


@pytest.mark.parametrize("bad", [{"notes": "a\x1fb"}, {"status_as_of": 2_921_940},
                                 {"updated_at": 2**63 - 1}, {"status_as_of": -730_120}])
def test_what_the_columns_cannot_carry_is_read_as_rows(bad):
    """A text holding the separator, a date after 9999-12-31 or before 0001-01-01, an
    infinite time: None (the store reads those rows one by one)."""
    assert decode_columns(server_row([row(), row(site_id="kp-b", **bad)])) is None


def test_postgis_reads_columns_and_falls_back_to_rows(postgis_url):
    """On a real server: the column-wise read gives what the rows give, for sites written
    by the API and for values written by other tools (raw SQL) that it must hand back."""
    with open_catalog(postgis_url, create=True) as cat:
        cat.add_sites([Site(f"kp-{i}", f"Site {i} 삭간몰", "storage", lon=127 + i / 10,
                            lat=39.0, location_precision="exact",
                            location_method="digitised by analyst",
                            notes=None if i % 2 else "note", name_local="" if i == 3 else None,
                            status_as_of="2019-05-01" if i % 3 else None)
                       for i in range(8)])
        box = BBox(126.5, 38.5, 128.5, 39.5)

        def both():
            cols = cat._candidate_columns([box.bboxes()[0]], cat_filter)
            return cols, cat.query(box)

        from catalog.filters import SiteFilter
        cat_filter = SiteFilter().validated()
        cols, frame = both()
        assert cols is not None and len(cols[0]) == 8
        assert frame["name_local"].tolist().count("") == 1
        assert sorted(frame["status_as_of"].dropna()) == ["2019-05-01"] * 5
        rows_frame = frame.copy()
        # values another tool wrote: the column-wise read gives up, the rows answer
        cat.conn.execute("UPDATE sites SET notes = 'a' || chr(31) || 'b', "
                         "status_as_of = '12000-01-01' WHERE site_id = 'kp-2'")
        cols, frame = both()
        assert cols is None
        got = frame.set_index("site_id")
        assert got.loc["kp-2", "notes"] == "a\x1fb"
        assert got.loc["kp-2", "status_as_of"] == "12000-01-01"
        assert got.drop(index="kp-2").drop(columns=["notes", "status_as_of", "updated_at"]
                                          ).equals(rows_frame.set_index("site_id").drop(
                                              index="kp-2").drop(columns=["notes",
                                                                          "status_as_of",
                                                                          "updated_at"]))


def test_postgis_sites_frame_read_column_wise_equals_the_rows(postgis_url):
    """sites_frame through the aggregated columns gives the frame the rows give: the same
    order (bytewise site_id), dtypes, missing values, empty columns and points, located or
    not; and falls back to the rows for a value the columns cannot carry."""
    from geopandas.testing import assert_geodataframe_equal

    from catalog.stores.sql import SQLCatalog
    from tests.test_query_stores import rich_catalogue

    with open_catalog(postgis_url, create=True) as cat:
        rich_catalogue(cat, n=600)
        assert cat._aggregated(COLUMNS_SELECT, []) is not None  # the columns answer
        for review in (None, ("accepted",), ("rejected",)):
            rows = SQLCatalog.sites_frame(cat, review)
            assert_geodataframe_equal(cat.sites_frame(review), rows, check_less_precise=False)
        assert cat.sites_frame(None).geometry.isna().any()  # unlocated sites are there
        cat.conn.execute("UPDATE sites SET notes = 'a' || chr(31) || 'b' WHERE fid = 1")
        assert "a\x1fb" in set(cat.sites_frame(None)["notes"].dropna())


def test_postgis_column_read_inside_a_transaction_sees_its_writes(postgis_url):
    """Inside a caller's transaction the column-wise read runs in a savepoint on the same
    connection: it sees the transaction's own uncommitted sites, and leaves the
    transaction open and usable."""
    with open_catalog(postgis_url, create=True) as cat:
        box = BBox(126.5, 38.5, 128.5, 39.5)
        with cat.transaction():
            cat.add_site(Site("kp-new", "New site", "storage", lon=127.2, lat=39.1,
                              location_precision="exact",
                              location_method="digitised by analyst"))
            assert list(cat.query(box)["site_id"]) == ["kp-new"]
            cat.add_site(Site("kp-newer", "Newer site", "storage", lon=127.3, lat=39.2,
                              location_precision="exact",
                              location_method="digitised by analyst"))
        assert list(cat.query(box)["site_id"]) == ["kp-new", "kp-newer"]
