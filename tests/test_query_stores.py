"""Region queries (issue 4) return the same sites from every store.

PostGIS answers ``Catalog.candidates`` with ``ST_Intersects`` on its GiST index and the
attribute filters in SQL; these tests hold it to the store-agnostic reference
(``Catalog.candidates`` of the base class) and to the GeoPackage.
"""

import random

import pytest

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
