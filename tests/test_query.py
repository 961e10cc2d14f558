"""Region queries: hand-checked answers, and the fast path against brute force."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog import open_catalog
from catalog.errors import CRSError, DuplicateError, SiteNotFound, ValidationError
from catalog.filters import SiteFilter
from catalog.model import Citation, Site, Source
from catalog.query import (
    BBox,
    Near,
    PolygonRegion,
    admin1,
    country,
    parse_distance,
    polygon_from_file,
    polygon_from_wkt,
)
from catalog.stores import Catalog


def brute_force(frame, regions) -> list[str]:
    """site_ids of the located rows of a whole sites frame inside every region: the
    oracle the fast path is held to."""
    located = frame[frame.geometry.notna()]
    keep = np.ones(len(located), bool)
    for r in regions:
        keep &= r.contains(located.geometry.x.to_numpy(), located.geometry.y.to_numpy())
    return sorted(located["site_id"][keep])


def _site(site_id, lon, lat, **kw):
    kw.setdefault("location_precision", "exact")
    kw.setdefault("location_method", "digitised by analyst")
    return Site(site_id, site_id.replace("-", " ").title(), kw.pop("facility_type", "other"),
                lon=lon, lat=lat, **kw)


@pytest.fixture
def points(empty):
    """A catalogue of hand-placed points (ids name where they are)."""
    empty.add_sites([
        _site("square-centre", 5, 5),
        _site("square-edge", 10, 5),
        _site("square-corner", 0, 0),
        _site("square-just-outside", 10.000001, 5),
        _site("hole-centre", 5.5, 5.5),
        _site("hole-edge", 5, 6),
        _site("am-east", 179.5, 0),
        _site("am-west", -179.5, 0),
        _site("am-edge-west", 170, 10),
        _site("am-edge-east", -170, -10),
        _site("am-outside", -169.9, 0),
        _site("pole-a", 180, 89.6),
        _site("pole-b", 180, 89.5),
        _site("pole-c", 0, 88.6),
        _site("pole-d", 90, 89.5),
        Site("nowhere", "Nowhere", "other"),
    ])
    return empty


def ids(frame):
    return sorted(frame["site_id"])


# -- boundaries ---------------------------------------------------------------------------

def test_points_on_a_polygon_boundary_are_inside(points):
    square = PolygonRegion(shapely.box(0, 0, 10, 10))
    got = ids(points.query(square))
    assert "square-edge" in got and "square-corner" in got and "square-centre" in got
    assert "square-just-outside" not in got


def test_points_on_a_bbox_boundary_are_inside(points):
    got = ids(points.query(BBox(0, 0, 10, 10)))
    assert got == ["hole-centre", "hole-edge", "square-centre", "square-corner",
                   "square-edge"]


def test_region_with_a_hole(points):
    ring = shapely.Polygon(shapely.box(0, 0, 10, 10).exterior.coords,
                           [shapely.box(5, 5, 6, 6).exterior.coords])
    got = ids(points.query(PolygonRegion(ring)))
    assert "hole-centre" not in got  # in the hole
    assert "hole-edge" in got  # on the hole's edge: the boundary counts as inside
    assert "square-centre" in got  # the hole's corner (5, 5)


def test_bbox_across_the_antimeridian(points):
    got = ids(points.query(BBox(170, -10, -170, 10)))
    assert got == ["am-east", "am-edge-east", "am-edge-west", "am-west"]


def test_bbox_ending_on_the_antimeridian(empty):
    empty.add_sites([_site("at-minus-180", -180, 0), _site("at-plus-180", 180, 0)])
    # west > east: the box runs east from 170 to -180, which is 180
    assert ids(empty.query(BBox(170, -1, -180, 1))) == ["at-minus-180", "at-plus-180"]
    assert ids(empty.query(BBox(180, -1, -170, 1))) == ["at-minus-180", "at-plus-180"]
    assert ids(empty.query(BBox(-180, -1, -170, 1))) == ["at-minus-180"]


def test_radius_near_the_pole(points):
    # centre 89.5 N 0 E, 101 km. Over the pole, 1 degree of latitude is about 111.69 km:
    # pole-a (89.6 N, 180 E) is 0.9 deg away via the pole = 100.5 km: inside;
    # pole-b (89.5 N, 180 E) is 1.0 deg = 111.7 km: outside;
    # pole-c (88.6 N, 0 E) is 0.9 deg south along the meridian, about 100.5 km: inside;
    # pole-d (89.5 N, 90 E) is about 0.707 deg = 79 km: inside.
    got = points.query(Near(89.5, 0, 101_000), sort="distance")
    assert list(got["site_id"])[0] == "pole-d"
    assert ids(got) == ["pole-a", "pole-c", "pole-d"]
    d = dict(zip(got["site_id"], got["distance_m"], strict=True))
    assert d["pole-a"] == pytest.approx(100_500, rel=0.002)
    assert d["pole-c"] == pytest.approx(100_500, rel=0.002)
    assert d["pole-d"] == pytest.approx(79_000, rel=0.01)


def test_radius_across_the_antimeridian(points):
    # 0.2 degrees of the equator apart: 22.26 km
    got = points.query(Near(0, 179.6, 25_000))
    assert ids(got) == ["am-east"]
    got = points.query(Near(0, 179.9, 70_000), sort="distance")
    assert list(got["site_id"]) == ["am-east", "am-west"]
    assert got["distance_m"].tolist() == pytest.approx([44_528, 66_792], rel=0.001)


def test_regions_combine_with_and(points):
    got = points.query(BBox(0, 0, 10, 10), PolygonRegion(shapely.box(4, 4, 20, 20)))
    assert ids(got) == ["hole-centre", "hole-edge", "square-centre", "square-edge"]


def test_unlocated_sites_never_match_a_region_but_are_counted(points):
    got = points.query(BBox(-180, -90, 180, 90))
    assert "nowhere" not in ids(got)
    assert got.attrs["unlocated_matches"] == 1
    assert "nowhere" in ids(points.query())  # no region: every site


def test_polygon_in_a_projected_crs(tmp_path, shipped):
    # a 20 km square around Hoejung-ni drawn in UTM zone 52N, saved as a GeoPackage
    to_utm = pyproj.Transformer.from_crs(4326, 32652, always_xy=True)
    x, y = to_utm.transform(126.913631, 41.369883)
    path = tmp_path / "square.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.box(x - 10_000, y - 10_000, x + 10_000, y + 10_000)],
                     crs="EPSG:32652").to_file(path, layer="aoi")
    got = shipped.query(polygon_from_file(path))
    assert ids(got) == ["kp-hoejung-ni"]
    assert got.crs.to_epsg() == 4326
    # the same square as WKT in its CRS
    wkt = shapely.box(x - 10_000, y - 10_000, x + 10_000, y + 10_000).wkt
    assert ids(shipped.query(polygon_from_wkt(wkt, "EPSG:32652"))) == ["kp-hoejung-ni"]
    # 10 km away from the square's edge the site is outside
    shifted = shapely.box(x + 10_000, y - 10_000, x + 30_000, y + 10_000).wkt
    assert ids(shipped.query(polygon_from_wkt(shifted, "EPSG:32652"))) == []


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_file_without_crs_is_refused_unless_given(tmp_path, shipped):
    path = tmp_path / "nocrs.shp"
    gpd.GeoDataFrame(geometry=[shapely.box(126, 41, 127, 42)]).to_file(path)
    with pytest.raises(CRSError, match="has no CRS"):
        polygon_from_file(path)
    assert ids(shipped.query(polygon_from_file(path, crs="EPSG:4326"))) == ["kp-hoejung-ni"]


def test_kml_polygon(tmp_path, shipped):
    path = tmp_path / "aoi.kml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><Placemark><name>aoi</name><Polygon><outerBoundaryIs><LinearRing>"
        "<coordinates>126,38 127,38 127,39 126,39 126,38</coordinates>"
        "</LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>")
    assert ids(shipped.query(polygon_from_file(path))) == ["kp-sakkanmol"]


def test_bad_wkt_and_non_polygons():
    with pytest.raises(ValidationError, match="not a WKT polygon"):
        polygon_from_wkt("POLYGON((1 2, 3")
    with pytest.raises(ValidationError, match="expected a polygon"):
        polygon_from_wkt("POINT (1 2)")
    with pytest.raises(CRSError, match="unknown CRS"):
        polygon_from_wkt("POLYGON((0 0, 1 0, 1 1, 0 0))", "EPSG:999999")


# -- the shipped catalogue by province and country --------------------------------------------

def test_shipped_sites_by_province(shipped):
    assert ids(shipped.query(admin1("Chagang"))) == ["kp-hoejung-ni"]
    assert ids(shipped.query(admin1("KP-04"))) == ["kp-hoejung-ni"]
    assert ids(shipped.query(admin1("North Hwanghae"))) == ["kp-sakkanmol"]
    assert ids(shipped.query(admin1("KP-06"))) == ["kp-sakkanmol"]
    assert ids(shipped.query(country("KOR"))) == []
    # Yeongjeo-dong has no location; its country and province say Ryanggang, North Korea
    got = shipped.query(admin1("Ryanggang"), types=["missile base"])
    assert ids(got) == ["kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"]
    assert list(got["match"]) == ["unlocated", "unlocated"]
    assert got.geometry.isna().all()
    assert got.attrs["unlocated_listed"] == 2 and got.attrs["unlocated_matches"] == 0


def test_country_lists_unlocated_sites_whose_country_is_set(shipped):
    got = shipped.query(country("PRK"))
    assert ids(got) == ["kp-hoejung-ni", "kp-sakkanmol", "kp-yeongjeo-dong",
                        "kp-yeongjeo-dong-shelters"]
    assert dict(zip(got["site_id"], got["match"], strict=True)) == {
        "kp-hoejung-ni": "inside", "kp-sakkanmol": "inside",
        "kp-yeongjeo-dong": "unlocated", "kp-yeongjeo-dong-shelters": "unlocated"}
    assert got.attrs["unlocated_listed"] == 2 and got.attrs["unlocated_matches"] == 0
    # another province of the same country does not list them
    got = shipped.query(admin1("Chagang"))
    assert ids(got) == ["kp-hoejung-ni"] and got.attrs["unlocated_matches"] == 2
    # nor does a region that is not a named boundary
    got = shipped.query(country("PRK"), BBox(120, 30, 135, 45))
    assert ids(got) == ["kp-hoejung-ni", "kp-sakkanmol"]
    assert got.attrs["unlocated_matches"] == 2


def test_unlocated_listing_keeps_the_other_filters(shipped):
    got = shipped.query(country("PRK"), name="Yeongjeo-dong drive-through")
    assert ids(got) == ["kp-yeongjeo-dong-shelters"]
    assert shipped.query(country("PRK"), types=["nuclear"]).empty


@pytest.mark.parametrize("name, province", [
    ("Hamgyong-namdo", "KP-08"), ("Hamgyŏng-namdo", "KP-08"), ("Hamgyongnam-do", "KP-08"),
    ("Hamgyong-nam-do", "KP-08"), ("South Hamgyong", "KP-08"), ("함경남도", "KP-08"),
    ("Hamgyong-bukto", "KP-09"), ("Hamgyong-puk-to", "KP-09"), ("North Hamgyong", "KP-09"),
    ("Pyongan-namdo", "KP-02"), ("P'yŏngan-namdo", "KP-02"), ("Pyongan-bukto", "KP-03"),
])
def test_north_and_south_are_never_one_province(name, province):
    assert admin1(name).label.startswith(f"province {province} ")


def test_coastal_sites_are_in_their_own_province(empty):
    # Sinpo's shipyard, on the coast of South Hamgyong (issue 12: a coastal shipyard gave
    # 0 hits for its own province), and Bushehr's plant on the Gulf coast
    empty.add_sites([Site("kp-sinpo", "Sinpo South Shipyard", "naval base", lon=128.17,
                          lat=40.025, location_precision="approximate", precision_m=1000,
                          location_method="digitised by analyst"),
                     Site("ir-bushehr", "Bushehr NPP", "nuclear", lon=50.8858, lat=28.8294,
                          location_precision="approximate", precision_m=500,
                          location_method="digitised by analyst")])
    assert ids(empty.query(admin1("Hamgyong-namdo"))) == ["kp-sinpo"]
    assert ids(empty.query(country("DPRK"))) == ["kp-sinpo"]
    assert ids(empty.query(admin1("Bushehr"))) == ["ir-bushehr"]
    assert ids(empty.query(country("Iran"))) == ["ir-bushehr"]
    assert empty.query(admin1("Hamgyong-bukto")).empty


# -- filters ------------------------------------------------------------------------------

@pytest.fixture
def filtered(empty):
    empty.add_source(Source("old", "Old report", published="2010-01-01"))
    empty.add_source(Source("new", "New report", published="2020-06-01"))
    empty.add_sites([
        _site("kp-a", 126, 40, facility_type="missile base", status="active"),
        _site("kp-b", 126.1, 40, facility_type="nuclear", status="inactive",
              location_precision="approximate", precision_m=5_000),
        _site("kp-c", 126.2, 40, facility_type="missile base", status="inactive",
              location_precision="locality"),
        Site("kp-d", "Yŏngjŏ-dong", "missile base"),
        Site("kp-e", "Candidate", "missile base", review_status="candidate"),
    ])
    empty.add_citation(Citation("kp-a", "old", "quote a"))
    empty.add_citation(Citation("kp-b", "new", "quote b"))
    empty.add_citation(Citation("kp-d", "new", "quote d"))
    return empty


@pytest.mark.parametrize("filters, expected, unlocated", [
    ({}, ["kp-a", "kp-b", "kp-c"], 1),
    ({"types": ["missile base"]}, ["kp-a", "kp-c"], 1),
    ({"statuses": ["inactive"]}, ["kp-b", "kp-c"], 0),
    ({"precisions": ["exact", "approximate"]}, ["kp-a", "kp-b"], 0),
    ({"max_radius_m": 1_000}, ["kp-a"], 0),  # exact counts as 0 m; locality as 5 km
    ({"max_radius_m": 5_000}, ["kp-a", "kp-b", "kp-c"], 0),
    ({"cited_by": "old"}, ["kp-a"], 0),
    ({"published_since": "2015-01-01"}, ["kp-b"], 1),
    ({"name": "Kp B"}, ["kp-b"], 0),
    ({"name": "Yeongjeo-dong"}, [], 1),  # Revised Romanization finds the MR name
    ({"review_status": None}, ["kp-a", "kp-b", "kp-c"], 2),
])
def test_attribute_filters(filtered, filters, expected, unlocated):
    got = filtered.query(BBox(120, 35, 130, 45), **filters)
    assert ids(got) == expected
    assert got.attrs["unlocated_matches"] == unlocated
    # the generic (whole-frame) path of the Catalog base class agrees
    f = SiteFilter(**filters).validated()
    generic, _, _ = Catalog.candidates(filtered, [(120, 35, 130, 45)], f)
    assert sorted(r[0] for r in generic) == expected
    assert Catalog.count_unlocated(filtered, f) == unlocated


def test_name_filter_without_region_lists_unlocated_sites(filtered):
    assert ids(filtered.query(name="Yongjo-dong")) == ["kp-d"]


def test_bad_filter_values_name_the_value(filtered):
    with pytest.raises(ValidationError, match="unknown facility type 'silo'"):
        filtered.query(types=["silo"])
    with pytest.raises(ValidationError, match="not a real date"):
        filtered.query(published_since="2018-02-30")


# -- precision-aware ------------------------------------------------------------------------

def test_precision_aware(empty):
    km = 1 / 111.32  # degrees of longitude per km at the equator
    empty.add_sites([
        _site("deep-inside", 5, 5, location_precision="approximate", precision_m=10_000),
        _site("straddles", 10 - 5 * km, 5, location_precision="approximate", precision_m=10_000),
        _site("just-outside", 10 + 5 * km, 5, location_precision="approximate",
              precision_m=10_000),
        _site("far-outside", 10 + 20 * km, 5, location_precision="approximate",
              precision_m=10_000),
        _site("exact-inside", 9.99, 5),
        _site("locality", 10 + 3 * km, 5, location_precision="locality"),  # 5 km default
    ])
    got = empty.query(BBox(0, 0, 10, 10), precision_aware=True)
    match = dict(zip(got["site_id"], got["match"], strict=True))
    assert match == {"deep-inside": "inside", "straddles": "may be inside",
                     "just-outside": "may be inside", "exact-inside": "inside",
                     "locality": "may be inside"}
    plain = empty.query(BBox(0, 0, 10, 10))
    assert ids(plain) == ["deep-inside", "exact-inside", "straddles"]
    near = empty.query(Near(5, 10, 4_000), precision_aware=True)
    match = dict(zip(near["site_id"], near["match"], strict=True))
    assert match == {"straddles": "may be inside", "just-outside": "may be inside",
                     "exact-inside": "inside", "locality": "may be inside"}


# -- units and arguments ------------------------------------------------------------------

@pytest.mark.parametrize("text, metres", [("25km", 25_000), ("500 m", 500), ("3mi", 4828.032),
                                          ("2nmi", 3704), ("25 km", 25_000), ("1.5KM", 1500),
                                          (12, 12)])
def test_parse_distance(text, metres):
    assert parse_distance(text) == pytest.approx(metres)


@pytest.mark.parametrize("text", ["25 parsecs", "-3km", "km", "", "1e999m"])
def test_parse_distance_refuses(text):
    with pytest.raises(ValidationError):
        parse_distance(text)


def test_a_distance_without_unit_is_refused_not_read_as_metres():
    with pytest.raises(ValidationError, match=r"distance '300' has no unit: .*300km or 300m"):
        parse_distance("300")


@pytest.mark.parametrize("args", [(0, 10, 5, 0), (-181, 0, 0, 1), (0, -91, 1, 1)])
def test_bad_bbox(args):
    with pytest.raises(ValidationError, match="bbox"):
        BBox(*args)


def test_sort_by_distance_needs_near(points):
    with pytest.raises(ValidationError, match="needs a --near"):
        points.query(BBox(0, 0, 10, 10), sort="distance")


# -- the bulk insert ------------------------------------------------------------------------

def test_add_sites_fills_the_rtree_and_restores_the_trigger(empty):
    n = empty.add_sites([_site(f"s-{i}", i, i / 2) for i in range(50)]
                        + [Site("s-none", "None", "other")])
    assert n == 51
    rtree = empty.conn.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0]
    assert rtree == 50
    trig = empty.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' "
                              "AND name='rtree_sites_geom_insert'").fetchone()[0]
    assert trig == 1
    empty.add_site(_site("later", 100, 50))  # through the trigger again
    assert ids(empty.query(BBox(99, 49, 101, 51))) == ["later"]
    assert len(empty.aliases()) == 52
    fids = [r[0] for r in empty.conn.execute("SELECT fid FROM sites ORDER BY fid")]
    assert fids == list(range(1, 53))


def test_add_sites_is_all_or_nothing(empty):
    empty.add_sites([_site("a", 1, 1)])
    with pytest.raises(DuplicateError, match="'a' already exists"):
        empty.add_sites([_site("b", 2, 2), _site("a", 3, 3)])
    with pytest.raises(DuplicateError, match="'c' appears twice"):
        empty.add_sites([_site("c", 2, 2), _site("c", 3, 3)])
    with pytest.raises(SiteNotFound, match="parent site 'zz'"):
        empty.add_sites([_site("d", 2, 2, parent_site_id="zz")])
    with pytest.raises(ValidationError, match="latitude"):
        empty.add_sites([_site("e", 2, 2), _site("f", 2, 95)])
    assert [s.site_id for s in empty.sites()] == ["a"]
    assert empty.conn.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0] == 1
    assert empty.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' "
                              "AND name='rtree_sites_geom_insert'").fetchone()[0] == 1


def _loaded_both_ways(tmp_path, sites):
    """The same sites loaded by add_sites, then one by one by add_site: each catalogue open."""
    for name, bulk in (("bulk", True), ("single", False)):
        with open_catalog(tmp_path / f"{name}.gpkg", create=True) as cat:
            if bulk:
                cat.add_sites(sites)
            else:
                for s in sites:
                    cat.add_site(s)
            yield cat


def test_bulk_and_one_by_one_give_the_same_rtree(tmp_path):
    sites = [_site(f"s-{i}", (i * 37) % 360 - 180 + 0.123, (i * 11) % 160 - 80 + 0.456)
             for i in range(40)]
    # the same bounds for each site (the bulk load numbers its rows along a Hilbert curve)
    rows = [cat.conn.execute("SELECT s.site_id, r.minx, r.maxx, r.miny, r.maxy FROM "
                             "rtree_sites_geom r JOIN sites s ON s.fid = r.id "
                             "ORDER BY s.site_id").fetchall()
            for cat in _loaded_both_ways(tmp_path, sites)]
    assert [tuple(r) for r in rows[0]] == [tuple(r) for r in rows[1]]


# -- property tests: the fast path against brute force over every row --------------------------

@pytest.fixture(scope="module")
def random_catalog(tmp_path_factory):
    rng = np.random.default_rng(7)
    n = 400
    # half on a whole-degree grid so that box edges and polygon vertices hit points exactly
    lon = np.where(rng.random(n) < 0.5, rng.integers(-180, 181, n), rng.uniform(-180, 180, n))
    lat = np.where(rng.random(n) < 0.5, rng.integers(-90, 91, n), rng.uniform(-90, 90, n))
    sites = [_site(f"r-{i}", float(lon[i]), float(lat[i]),
                   facility_type=("nuclear", "airbase")[i % 2]) for i in range(n)]
    sites += [Site("r-unlocated", "Unlocated", "nuclear")]
    path = tmp_path_factory.mktemp("prop") / "random.gpkg"
    with open_catalog(path, create=True) as cat:
        cat.add_sites(sites)
    with open_catalog(path) as cat:
        yield cat, cat.sites_frame(None)


lons = st.integers(-180, 180) | st.floats(-180, 180)
lats = st.integers(-90, 90) | st.floats(-90, 90)
PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(w=lons, e=lons, a=lats, b=lats)
def test_bbox_fast_path_equals_brute_force(random_catalog, w, e, a, b):
    cat, frame = random_catalog
    region = BBox(w, min(a, b), e, max(a, b))
    assert ids(cat.query(region)) == brute_force(frame, [region])


@PROPERTY
@given(lat=lats, lon=lons, radius=st.floats(0, 3_000_000))
def test_radius_fast_path_equals_brute_force(random_catalog, lat, lon, radius):
    cat, frame = random_catalog
    region = Near(lat, lon, radius)
    got = cat.query(region)
    assert ids(got) == brute_force(frame, [region])
    assert (got["distance_m"] <= radius).all()


@PROPERTY
@given(cx=st.integers(-170, 170), cy=st.integers(-80, 80), r=st.integers(1, 40),
       k=st.integers(3, 12), seed=st.integers(0, 1000))
def test_polygon_fast_path_equals_brute_force(random_catalog, cx, cy, r, k, seed):
    cat, frame = random_catalog
    rng = np.random.default_rng(seed)
    ang = np.sort(rng.uniform(0, 2 * math.pi, k))
    rad = rng.uniform(0.2, 1.0, k) * r
    # whole-degree vertices so that points of the grid fall on edges and corners
    ring = np.round(np.column_stack([cx + rad * np.cos(ang),
                                     np.clip(cy + rad * np.sin(ang), -90, 90)]))
    poly = shapely.Polygon(ring)
    if poly.is_empty or poly.area == 0:
        return
    region = PolygonRegion(poly)
    both = [region, BBox(max(cx - r / 2, -180), -90, min(cx + r, 180), 90)]
    assert ids(cat.query(region)) == brute_force(frame, [region])
    assert ids(cat.query(*both)) == brute_force(frame, both)


@PROPERTY
@given(w=lons, e=lons, a=lats, b=lats,
       types=st.lists(st.sampled_from(["nuclear", "airbase"]), max_size=2))
def test_geopackage_candidates_equal_the_generic_path(random_catalog, w, e, a, b, types):
    cat, _ = random_catalog
    f = SiteFilter(types=tuple(types)).validated()
    boxes = BBox(w, min(a, b), e, max(a, b)).bboxes()
    fast, fast_lon, _ = cat.candidates(boxes, f)
    generic, generic_lon, _ = Catalog.candidates(cat, boxes, f)
    assert sorted(r[0] for r in fast) == sorted(r[0] for r in generic)
    assert sorted(fast_lon) == sorted(generic_lon)
    assert cat.count_unlocated(f) == Catalog.count_unlocated(cat, f)


def test_query_never_reads_the_whole_catalogue(random_catalog, monkeypatch):
    cat, frame = random_catalog

    def refuse(*a, **k):
        raise AssertionError("read every site")

    monkeypatch.setattr(type(cat), "sites", refuse)
    monkeypatch.setattr(type(cat), "sites_frame", refuse)
    assert ids(cat.query(BBox(0, 0, 10, 10))) == brute_force(frame, [BBox(0, 0, 10, 10)])


def test_result_feeds_the_map(shipped):
    from catalog.mapping import make_map

    hits = shipped.query(admin1("Chagang"))
    html = make_map(shipped, hits).get_root().render()
    assert "Hoejung-ni" in html
    assert "Sakkanmol missile operating base" not in html


def test_bulk_and_one_by_one_write_the_same_history(tmp_path):
    sites = [_site("h-1", 1, 2, status="active"), Site("h-2", "Unplaced", "nuclear")]
    hist = [[{k: v for k, v in h.items() if k != "changed_at"}
             for sid in ("h-1", "h-2") for h in cat.site_history(sid)]
            for cat in _loaded_both_ways(tmp_path, sites)]
    assert hist[0] == hist[1]
    assert any(h["field"] == "status" and h["new_value"] == "active" for h in hist[0])


def test_unlocated_matches_on_every_store(shipped_store):
    # the SQL stores fetch unlocated sites through their filter SQL; the generic path reads all
    got = shipped_store.query(country("DPRK"), types=["missile base"])
    assert ids(got) == ["kp-hoejung-ni", "kp-sakkanmol", "kp-yeongjeo-dong",
                        "kp-yeongjeo-dong-shelters"]
    assert [s.site_id for s in shipped_store.unlocated(SiteFilter(name="Yeongjeo-dong"))] == [
        "kp-yeongjeo-dong", "kp-yeongjeo-dong-shelters"]
    assert [s.site_id for s in Catalog.unlocated(shipped_store, SiteFilter(statuses=["active"]))
            ] == []


def test_bulk_load_writes_an_rtree_sqlite_accepts(tmp_path):
    # add_sites into an empty catalogue writes the R-tree's nodes itself (pack_rtree):
    # SQLite's own check passes, its bounds are those SQLite's inserts give, and the tree
    # takes later inserts and deletes through the triggers
    rng = np.random.default_rng(3)
    n = 3_000  # several levels of 51-cell nodes
    sites = [_site(f"p-{i}", float(rng.uniform(-180, 180)), float(rng.uniform(-90, 90)))
             for i in range(n)] + [_site("p-corner", 180.0, -90.0), Site("p-none", "None", "other")]
    with open_catalog(tmp_path / "p.gpkg", create=True) as cat:
        cat.add_sites(sites)
        conn = cat.conn
        assert conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        depth = conn.execute("SELECT data FROM rtree_sites_geom_node WHERE nodeno = 1"
                             ).fetchone()[0][:2]
        assert int.from_bytes(depth, "big") >= 1
        conn.execute("CREATE VIRTUAL TABLE temp.own USING rtree(id, minx, maxx, miny, maxy)")
        conn.execute("INSERT INTO temp.own SELECT fid, ST_MinX(geom), ST_MaxX(geom), "
                     "ST_MinY(geom), ST_MaxY(geom) FROM sites WHERE geom IS NOT NULL")
        ours = conn.execute("SELECT * FROM rtree_sites_geom ORDER BY id").fetchall()
        own = conn.execute("SELECT * FROM temp.own ORDER BY id").fetchall()
        assert [tuple(r) for r in ours] == [tuple(r) for r in own] and len(ours) == n + 1
        with cat.transaction():
            for i in range(200):
                cat.add_site(_site(f"late-{i}", float(i - 100), float(i % 90)))
            cat.conn.execute("DELETE FROM aliases WHERE site_id LIKE 'p-1%'")
            cat.conn.execute("DELETE FROM sites WHERE site_id LIKE 'p-1%'")
        assert conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        frame = cat.sites_frame(None)
        for box in [BBox(-10, -10, 10, 10), BBox(170, -90, -170, 90), BBox(-180, -90, 180, 90)]:
            assert ids(cat.query(box)) == brute_force(frame, [box])


def test_a_query_holds_off_the_garbage_collector_and_restores_it(points):
    # a region query builds its answer with Python's cyclic collector off (one object a
    # point, no cycles), then leaves it as it found it, also when the query fails
    import gc

    seen = []

    class Watched(BBox):
        def contains(self, lon, lat):
            seen.append(gc.isenabled())
            return super().contains(lon, lat)

    class Failing(BBox):
        def contains(self, lon, lat):
            raise RuntimeError("boom")

    assert gc.isenabled()
    assert ids(points.query(Watched(-1, -1, 11, 11))) == ids(points.query(BBox(-1, -1, 11, 11)))
    assert seen == [False] and gc.isenabled()
    with pytest.raises(RuntimeError, match="boom"):
        points.query(Failing(-1, -1, 11, 11))
    assert gc.isenabled()
    gc.disable()
    try:
        points.query(Watched(-1, -1, 11, 11))
        assert not gc.isenabled()  # someone else's choice stands
    finally:
        gc.enable()


def test_query_frames_are_built_as_geopandas_builds_them(points):
    # the answer is put together without copying its columns: the same frame as the
    # plain GeoDataFrame(rows, geometry=GeoSeries(points, crs="EPSG:4326"))
    from geopandas.testing import assert_geodataframe_equal

    from catalog.query import _with_points

    got = points.query(BBox(-1, -1, 11, 11))
    assert got.crs.to_epsg() == 4326 and got.geometry.name == "geometry"
    rows = gpd.pd.DataFrame({"site_id": ["a", "b", "c"], "n": [1.0, None, 3.0]})
    geoms = np.array([shapely.Point(1, 2), None, shapely.Point(3, 4)], dtype=object)
    plain = gpd.GeoDataFrame(rows.copy(), geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"))
    assert_geodataframe_equal(_with_points(rows.copy(), geoms), plain)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), hole=st.booleans())
def test_polygon_grid_of_inner_cells_answers_as_the_exact_test(seed, hole):
    # many points: contains() skips the exact test for points in cells wholly inside;
    # the answer must be intersects_xy's for every point, on edges, vertices and cell
    # lines too
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 2 * math.pi, 37, endpoint=False)
    r = 10 * (1 + 0.3 * np.sin(rng.integers(2, 7) * t + rng.uniform(0, 6)))
    shell = np.column_stack([r * np.cos(t) + rng.uniform(-50, 50), r * np.sin(t)])
    holes = [shell.mean(axis=0) + rng.uniform(1, 3) * np.array(
        [[-1, -1], [1, -1], [1, 1], [-1, 1]])] if hole else None
    region = PolygonRegion(shapely.Polygon(shell, holes))
    geom = region.geometry()
    w, s, e, n = geom.bounds
    k = PolygonRegion.GRID_CELLS
    xs, ys = np.linspace(w, e, k + 1), np.linspace(s, n, k + 1)
    m = max(PolygonRegion.GRID_MIN_POINTS, 6000)
    lon = np.concatenate([rng.uniform(w - 1, e + 1, m), rng.choice(xs, 500),
                          shell[:, 0], rng.uniform(w, e, 200), [np.nan, w, e]])
    lat = np.concatenate([rng.uniform(s - 1, n + 1, m), rng.uniform(s, n, 500),
                          shell[:, 1], rng.choice(ys, 200), [0.0, s, n]])
    assert (region.contains(lon, lat) == shapely.intersects_xy(geom, lon, lat)).all()


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), hole=st.booleans(), strips=st.sampled_from([1, 7, 32]))
def test_a_polygons_boxes_cover_it_edges_and_vertices_included(seed, hole, strips):
    from catalog.query import _strip_cover
    from catalog.stores.base import in_boxes

    rng = np.random.default_rng(seed)
    t = np.sort(rng.uniform(0, 2 * math.pi, 23))
    r = 10 * (1 + 0.6 * np.sin(rng.integers(2, 9) * t + rng.uniform(0, 6)))
    shell = np.column_stack([r * np.cos(t) + rng.uniform(-100, 100), r * np.sin(t)])
    holes = [shell.mean(axis=0) + np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]])] \
        if hole else None
    geom = PolygonRegion(shapely.Polygon(shell, holes)).geometry()
    boxes = _strip_cover(geom, strips=strips)
    edge = shapely.line_interpolate_point(shapely.boundary(geom), rng.uniform(0, 1, 500),
                                          normalized=True)
    w, s, e, n = geom.bounds
    ys = np.linspace(s, n, strips + 1)
    # points on the strips' lines inside the polygon, the vertices, the edges, inside
    cuts = shapely.get_parts(shapely.intersection(geom, shapely.linestrings(
        [[[w, y], [e, y]] for y in ys])))
    pts = np.concatenate([
        shapely.get_coordinates(geom), shapely.get_coordinates(edge),
        shapely.get_coordinates(cuts),
        shapely.get_coordinates(shapely.points(rng.uniform(w, e, 2000), rng.uniform(s, n, 2000))),
    ])
    pts = pts[shapely.intersects_xy(geom, pts[:, 0], pts[:, 1])]
    assert in_boxes(pts[:, 0], pts[:, 1], boxes).all()
