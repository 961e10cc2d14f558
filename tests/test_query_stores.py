"""Region queries (issue 4) return the same sites from every store.

PostGIS answers ``Catalog.candidates`` with ``&&`` on its GiST index, the attribute
filters in SQL and an exact test of the box on the points' coordinates; these tests hold it
to the store-agnostic reference (``Catalog.candidates`` of the base class) and to the
GeoPackage.
"""

import random

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import Citation, Site, Source, open_catalog
from catalog.filters import SiteFilter
from catalog.query import BBox, Near, query
from catalog.stores import Catalog

TYPES = ("missile base", "nuclear", "airbase", "storage")
PRECISION_CLASSES = ("exact", "approximate", "locality", "district")


def fill(cat, n=400, seed=4):
    rng = random.Random(seed)
    with cat.transaction():
        cat.add_source(Source("s-old", "Old report", published="2015-01-01"))
        cat.add_source(Source("s-new", "New report", published="2022-06-01"))
        for i in range(n):
            located = rng.random() > 0.1
            precision = rng.choice(PRECISION_CLASSES) if located else "unknown"
            cat.add_site(Site(
                f"s-{i:04d}", f"{rng.choice(['Sinpo', 'Hoejung', 'Yongbyon'])} {i}",
                rng.choice(TYPES),
                lon=rng.uniform(120, 135) if located else None,
                lat=rng.uniform(33, 44) if located else None,
                status=rng.choice(("active", "unknown")), location_precision=precision,
                precision_m=rng.uniform(100, 20_000) if precision == "approximate" else None,
                location_method="gazetteer" if located else None,
                review_status=rng.choice(("accepted", "accepted", "candidate"))))
            if i % 3 == 0:
                cat.add_citation(Citation(f"s-{i:04d}", rng.choice(("s-old", "s-new")),
                                          f"Quote {i}."))


def _plain(record):
    """The reference path reads through pandas, where a missing number is NaN."""
    return tuple(None if isinstance(v, float) and v != v else v for v in record)


FILTERS = [
    SiteFilter(),
    SiteFilter(review_status=None),
    SiteFilter(types=("missile base", "nuclear"), statuses=("active",)),
    SiteFilter(precisions=("approximate",), max_radius_m=5_000),
    SiteFilter(max_radius_m=0),
    SiteFilter(cited_by="s-new"),
    SiteFilter(published_since="2020-01-01"),
    SiteFilter(name="Hoejung"),
]
BOXES = [[(124.0, 37.0, 131.0, 43.0)], [(120.0, 33.0, 122.5, 35.0), (133.0, 40.0, 135.0, 44.0)],
         [(0.0, 0.0, 1.0, 1.0)]]


@pytest.mark.parametrize("f", FILTERS, ids=repr)
def test_candidates_match_the_reference_path(store, f):
    fill(store)
    f = f.validated()
    for boxes in BOXES:
        records, lon, lat = store.candidates(boxes, f)
        ref, ref_lon, ref_lat = Catalog.candidates(store, boxes, f)
        got = sorted(zip(map(_plain, records), lon.tolist(), lat.tolist(), strict=True))
        want = sorted(zip(map(_plain, ref), ref_lon.tolist(), ref_lat.tolist(), strict=True))
        assert got == want
    frame = store.sites_frame(None)
    mask = f.mask(frame, store.aliases(), store.citations_frame())
    assert store.count_unlocated(f) == int((mask & frame.geometry.isna().to_numpy()).sum())
    assert store.max_uncertainty_m() == Catalog.max_uncertainty_m(store)


def test_queries_give_the_same_frames_on_both_stores(postgis_url, tmp_path):
    frames = []
    for location in (str(tmp_path / "q.gpkg"), postgis_url):
        with open_catalog(location, create=True) as cat:
            fill(cat)
            frames.append([
                query(cat, BBox(124, 37, 131, 43), types=["missile base"]),
                query(cat, Near(40.0, 127.0, 150_000), sort="distance"),
                query(cat, Near(40.0, 127.0, 80_000), precision_aware=True),
                query(cat, name="Sinpo", review_status=None),
            ])
    for gp, pg in zip(*frames, strict=True):
        assert len(gp) > 0
        assert gp.drop(columns="updated_at").equals(pg.drop(columns="updated_at"))
        assert gp.attrs == pg.attrs


# -- the column-wise paths give exactly the answers of a brute-force filter ------------------

def rich_catalogue(cat, n=2500, seed=11):
    """Sites with every kind of value a column can hold (other scripts, quotes, dates,
    missing values, parents, location sources), many on whole degrees so that region
    edges hit points exactly; a third of them clustered, so that boxes hold thousands."""
    rng = np.random.default_rng(seed)
    cat.add_source(Source("src-a", "Report A", published="2016-03-01"))
    cat.add_source(Source("src-b", "Report B", published="2023-09-30"))
    names = ["Sinpo", "Hoejung-ni", "Yŏngjŏ-dong", "Kŭmch'ŏn", "O'Neil \"Pier\"", "삭간몰"]
    sites = []
    for i in range(n):
        located = rng.random() > 0.08
        grid = rng.random() < 0.3
        cluster = rng.random() < 0.35
        if cluster:
            lon, lat = rng.normal(127.0, 1.5), rng.normal(39.0, 1.5)
        elif grid:
            lon, lat = float(rng.integers(-180, 181)), float(rng.integers(-89, 90))
        else:
            lon, lat = rng.uniform(-180, 180), rng.uniform(-89, 89)
        precision = str(rng.choice(PRECISION_CLASSES)) if located else "unknown"
        sites.append(Site(
            f"q-{rng.integers(10**6):06d}-{i}", f"{names[i % len(names)]} {i}",
            str(rng.choice(TYPES)),
            lon=float(np.clip(lon, -180, 180)) if located else None,
            lat=float(np.clip(lat, -89, 89)) if located else None,
            name_local="자강도 " + str(i) if rng.random() < 0.2 else None,
            country=str(rng.choice(["PRK", "KOR"])) if rng.random() < 0.5 else None,
            admin1="Chagang" if rng.random() < 0.2 else None,
            status=str(rng.choice(("active", "unknown", "inactive"))),
            status_as_of=f"20{rng.integers(10, 24)}-0{rng.integers(1, 9)}-1{rng.integers(0, 9)}"
            if rng.random() < 0.3 else None,
            location_precision=precision,
            precision_m=float(rng.uniform(50, 30_000)) if precision == "approximate" else None,
            location_method="gazetteer" if located else None,
            location_source_id="src-a" if located and rng.random() < 0.3 else None,
            parent_site_id=sites[0].site_id if i and rng.random() < 0.05 else None,
            review_status=str(rng.choice(("accepted", "accepted", "candidate"))),
            notes="line one\nline two, 'quoted'" if rng.random() < 0.3 else None))
    cat.add_sites(sites)
    for s in sites[::7]:
        cat.add_citation(Citation(s.site_id, "src-b" if len(s.site_id) % 2 else "src-a",
                                  f"Quote about {s.name}."))
    return sites


def brute_force_frame(cat, regions, f, precision_aware=False):
    """The answer by definition: every site's row (sites_frame), the filter over the whole
    frame, each region's exact test on the coordinates (on the uncertainty circles when
    precision-aware, with the ``match`` each gets)."""
    from catalog.filters import uncertainty_m

    frame = cat.sites_frame(None)
    keep = f.mask(frame, cat.aliases(), cat.citations_frame())
    keep &= frame.geometry.notna().to_numpy()
    x = frame.geometry.x.to_numpy()
    y = frame.geometry.y.to_numpy()
    radius = np.nan_to_num(uncertainty_m(frame["location_precision"], frame["precision_m"]))
    within = keep.copy()
    for r in regions:
        hit = np.zeros(len(frame), bool)
        if precision_aware:
            w, hit[keep] = r.classify(x[keep], y[keep], radius[keep])
            within[keep] &= w
        else:
            hit[keep] = r.contains(x[keep], y[keep])
        keep &= hit
    if precision_aware:
        frame["match"] = np.where(within, "inside", "may be inside")
    return frame[keep].sort_values("site_id").reset_index(drop=True)


def _values(frame):
    """Rows as plain Python values (missing: None), the point as its exact coordinates."""
    cols = [c for c in frame.columns if c != "geometry"]
    out = []
    for row, g in zip(frame[cols].astype(object).itertuples(index=False, name=None),
                      frame.geometry, strict=True):
        out.append((tuple(None if v is None or (isinstance(v, float) and v != v) else v
                          for v in row), (g.x, g.y)))
    return out


def random_regions(rng):
    """A box, a box across the antimeridian, a radius or a polygon, sometimes with a box
    AND-ed, on whole degrees half the time."""
    from catalog.query import PolygonRegion

    kind = rng.integers(4)
    cx, cy = float(rng.integers(-175, 176)), float(rng.integers(-80, 81))
    if rng.random() < 0.5:
        cx, cy = 127.0, 39.0  # the cluster
    r = float(rng.integers(1, 40))
    if kind == 0:
        regions = [BBox(max(cx - r, -180), max(cy - r, -90), min(cx + r, 180),
                        min(cy + r, 90))]
    elif kind == 1:
        regions = [BBox(170.0 - r / 4, -30.0, -170.0 + r / 4, 30.0)]
    elif kind == 2:
        regions = [Near(cy, cx, r * 20_000)]
    else:
        k = int(rng.integers(3, 14))
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = rng.uniform(0.2, 1.0, k) * r
        ring = np.round(np.column_stack([cx + rad * np.cos(ang),
                                         np.clip(cy + rad * np.sin(ang), -90, 90)]))
        poly = shapely.Polygon(ring)
        if poly.is_empty or poly.area == 0:
            poly = shapely.box(cx - 1, cy - 1, cx + 1, cy + 1)
        regions = [PolygonRegion(poly)]
    if rng.random() < 0.25:
        regions.append(BBox(max(cx - r / 2, -180), -90, min(cx + r, 180), 90))
    return regions


QUERY_FILTERS = FILTERS + [SiteFilter(types=("nuclear",), review_status=None),
                           SiteFilter(name="Yongjo-dong", precisions=("exact", "locality"))]


def test_queries_equal_a_brute_force_filter(store):
    """On random regions and filters, ``Catalog.query`` returns exactly the brute-force
    answer (the same sites, every column's value, the exact point), on every store; on
    the GeoPackage both read paths (GDAL into Arrow, sqlite3) give equal frames."""
    from geopandas.testing import assert_geodataframe_equal

    rich_catalogue(store)
    rng = np.random.default_rng(5)
    gpkg = hasattr(store, "ARROW_MIN_ROWS")
    arrow_reads = 0
    for case in range(70):
        regions = random_regions(rng)
        f = QUERY_FILTERS[case % len(QUERY_FILTERS)]
        aware = case % 5 == 4
        if gpkg:
            store.ARROW_MIN_ROWS = 10**9  # sqlite3 alone
            slow = store.query(*regions, site_filter=f, precision_aware=aware)
            store.ARROW_MIN_ROWS = 0  # GDAL for every candidate
            got = store.query(*regions, site_filter=f, precision_aware=aware)
            assert_geodataframe_equal(got, slow, check_less_precise=False)
            assert got.attrs == slow.attrs
            arrow_reads += len(got) > 0
        else:
            got = store.query(*regions, site_filter=f, precision_aware=aware)
        want = brute_force_frame(store, regions, f.validated(), aware)
        got_sites = got[[*want.columns]]
        assert _values(got_sites) == _values(want), (regions, f)
        for r in regions:
            if isinstance(r, Near):
                np.testing.assert_array_equal(
                    got["distance_m"].to_numpy(),
                    r.distance_m(got.geometry.x.to_numpy(), got.geometry.y.to_numpy()))
    assert not gpkg or arrow_reads > 20  # the GDAL path really answered


def _frame_by_definition(arrays: dict, take, positions):
    """What ``Candidates.frame`` answers for columns ``arrays`` (candidate ``k``'s values
    in row ``take[k]``, or row ``k`` without ``take``), written plainly: the rows of
    ``positions`` sorted by site_id (as Python sorts str, by code point), a column with
    every value missing holding None."""
    import pyarrow as pa

    rows = np.asarray(positions if take is None else take[positions], dtype=np.intp)
    ids = arrays["site_id"]
    by_id = sorted(range(len(rows)), key=lambda k: ids[rows[k]])
    cols = {}
    for c, values in arrays.items():
        col = [values[i] for i in rows[by_id]]
        cols[c] = pa.nulls(len(col)) if all(v is None for v in col) else pa.array(col)
    return pa.table(cols).to_pandas(), np.asarray(positions, dtype=np.intp)[by_id]


_text = st.one_of(st.none(), st.text(alphabet="aZé😀 -", max_size=4))


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_candidate_frames_equal_the_plain_definition(data):
    """``Candidates.frame`` on columns (the GDAL and sqlite3 reads' form): the kept rows
    in site_id order, an empty column as None, whether or not some columns are empty for
    every candidate (those are not taken), with or without a row map (``_rows``)."""
    import pandas as pd
    import pyarrow as pa

    from catalog.model import SITE_COLUMNS
    from catalog.stores.base import Candidates

    # from 64 rows on, a column of one text is sliced, not taken
    n = data.draw(st.one_of(st.integers(0, 12), st.integers(64, 80)))
    ids = data.draw(st.lists(st.text(alphabet="ab-é😀1", min_size=1, max_size=5),
                             min_size=n, max_size=n, unique=True))
    empty = data.draw(st.sets(st.sampled_from(SITE_COLUMNS[1:])))
    uniform = data.draw(st.sets(st.sampled_from(SITE_COLUMNS[1:])))
    arrays = {"site_id": ids}
    for c in SITE_COLUMNS[1:]:
        kind = st.one_of(st.none(), st.floats(0, 1e6)) if c == "precision_m" else _text
        if c in empty:
            arrays[c] = [None] * n
        elif c in uniform:
            value = data.draw(kind)
            arrays[c] = [value] * n
            if n and data.draw(st.booleans()):  # one row apart: not uniform after all
                arrays[c][data.draw(st.integers(0, n - 1))] = data.draw(kind)
        else:
            arrays[c] = data.draw(st.lists(kind, min_size=n, max_size=n))
    mapped = data.draw(st.booleans())
    take = (np.asarray(data.draw(st.permutations(range(n))), dtype=np.intp)
            if mapped else None)
    positions = data.draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=n, unique=True)
                          if n else st.just([]))

    def read(pos):
        out = {"_pos": np.asarray(pos, dtype=np.intp),
               **{c: pa.array(v, type=pa.float64() if c == "precision_m" else pa.string())
                  for c, v in arrays.items()}}
        if take is None:  # the rows of pos themselves
            out = {"_pos": out["_pos"], **{c: a.take(out["_pos"]) for c, a in out.items()
                                           if c != "_pos"}}
        else:
            out["_rows"] = take[np.asarray(pos, dtype=np.intp)]
        return out

    got, order = Candidates(np.zeros(n), np.zeros(n), read).frame(positions)
    want, want_order = _frame_by_definition(arrays, take, positions)
    pd.testing.assert_frame_equal(got, want)
    np.testing.assert_array_equal(order, want_order)
