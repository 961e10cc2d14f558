"""Geodesic regions from what reports say, and the smallest circle holding them."""

from __future__ import annotations

import math

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from catalog.constraints import (
    Area,
    Band,
    ConflictError,
    Disc,
    Frame,
    Sector,
    distance_m,
    locate,
)
from catalog.regions import country_geometry

GEOD = Geod(ellps="WGS84")
PYONGYANG = (125.7543, 39.0339)


def _fwd(lon, lat, az, dist):
    x, y, _ = GEOD.fwd(lon, lat, az, dist)
    return x, y


def test_a_single_disc_is_its_own_circle():
    est = locate([Disc(125.0, 40.0, 5000)])
    assert (est.lon, est.lat, est.radius_m) == (125.0, 40.0, 5000)


def test_sector_and_disc_intersect_to_a_smaller_circle():
    lon, lat = _fwd(*PYONGYANG, 0, 40_000)
    est = locate([Sector(*PYONGYANG, 30_000, 50_000, bearing=0, half_angle=45),
                  Disc(lon, lat, 15_000)])
    assert est.radius_m < 15_500
    assert distance_m(est.lon, est.lat, lon, lat) < 5_000


def test_sector_alone_covers_its_whole_wedge():
    est = locate([Sector(*PYONGYANG, 30_000, 50_000, bearing=90, half_angle=30)])
    for az in (60, 75, 90, 105, 120):
        for d in (30_000, 40_000, 50_000):
            x, y = _fwd(*PYONGYANG, az, d)
            assert distance_m(est.lon, est.lat, x, y) <= est.radius_m


def test_disjoint_statements_conflict():
    with pytest.raises(ConflictError, match="do not overlap"):
        locate([Disc(*PYONGYANG, 10_000), Disc(127.0, 40.0, 10_000)])


def test_area_narrows_a_sector():
    box = shapely.box(125.6, 39.0, 125.9, 39.6)  # a strip about 25 km wide, north-south
    alone = locate([Sector(*PYONGYANG, 30_000, 50_000, bearing=0, half_angle=45)])
    both = locate([Area(box), Sector(*PYONGYANG, 30_000, 50_000, bearing=0, half_angle=45)])
    assert both.radius_m < alone.radius_m


def test_band_along_a_line_inside_a_country():
    line = shapely.LineString([(124.0, 40.0), (127.0, 40.0)])
    inside = shapely.box(120.0, 30.0, 130.0, 40.0)
    est = locate([Band(line, 10_000, 20_000, within=inside),
                  Disc(125.5, 39.85, 30_000)])
    assert est.lat < 40.0
    # the whole band segment within the disc is covered
    x, y = 125.5, 40.0 - 15_000 / 111_000
    assert distance_m(est.lon, est.lat, x, y) <= est.radius_m


def test_across_the_antimeridian():
    est = locate([Disc(179.9, 10.0, 50_000), Disc(-179.9, 10.0, 50_000)])
    assert abs(abs(est.lon) - 180.0) < 0.05 and est.radius_m < 50_000


@settings(max_examples=60, deadline=None)
@given(lon=st.floats(-170, 170), lat=st.floats(-70, 70), az=st.floats(0, 360),
       dist=st.floats(2_000, 200_000), extra=st.floats(0.0, 0.99), turn=st.floats(-1, 1))
def test_the_truth_inside_every_constraint_is_inside_the_circle(lon, lat, az, dist, extra,
                                                                 turn):
    """Whatever the statements, a point satisfying all of them is within the radius."""
    true_lon, true_lat = _fwd(lon, lat, az, dist)
    sector = Sector(lon, lat, dist * 0.8, dist * 1.2, bearing=az, half_angle=30)
    # a second anchor somewhere around the truth, whose disc holds the truth
    r2 = 20_000.0
    lon2, lat2 = _fwd(true_lon, true_lat, (az + 180 * turn) % 360, extra * r2)
    est = locate([sector, Disc(lon2, lat2, r2)])
    assert distance_m(est.lon, est.lat, true_lon, true_lat) <= est.radius_m
    assert math.isfinite(est.radius_m) and est.radius_m > 0


@settings(max_examples=60, deadline=None)
@given(st.floats(0, 360), st.floats(0, 120_000), st.floats(-80, 80))
def test_band_contains_agrees_with_the_distance_to_the_whole_line(az, dist, lat0):
    # a winding line; points around it, near and far; the answer of contains() (which
    # looks only at the part of the line within reach) equals the distance to all of it
    line = shapely.LineString([(10.0, lat0), (10.5, lat0 + 0.3), (11.0, lat0 - 0.2),
                               (12.0, lat0 + 0.1)])
    band = Band(line, 20_000, 60_000)
    lon, lat = _fwd(10.7, lat0, az, dist)
    geod_d = min(distance_m(lon, lat, x, y) for x, y in
                 shapely.get_coordinates(shapely.segmentize(line, 0.001)))
    if 20_000 * 1.01 < geod_d < 60_000 * 0.99:
        assert band.contains(lon, lat)
    elif geod_d < 20_000 * 0.98 or geod_d > 60_000 * 1.02:
        assert not band.contains(lon, lat)


def _polygon_contains(c, lon, lat) -> bool:
    """The region's polygon test (what Disc and Sector answered before they measured
    distance and bearing directly)."""
    from catalog.constraints import Constraint

    return Constraint.contains(c, lon, lat)


@settings(max_examples=150, deadline=None)
@given(st.floats(-70, 70), st.floats(0, 360), st.floats(0, 90_000), st.floats(1_000, 60_000),
       st.floats(5, 180), st.sampled_from([0.0, 2_000.0]), st.floats(0, 360),
       st.floats(0, 1.6))
def test_sector_and_disc_contains_agree_with_their_polygons(lat0, bearing, min_m, width,
                                                          half, anchor_m, az, reach):
    """Distance and bearing from the anchor give the polygon's answer, but for points in a
    thin band along the edge (where the polygon, inscribed, is the less exact of the two):
    a point inside a slightly smaller sector is in, one outside a slightly larger is out."""
    lon0 = 30.0
    max_m = min_m + width
    lon, lat = _fwd(lon0, lat0, az, reach * max_m)
    sector = Sector(lon0, lat0, min_m, max_m, bearing=bearing, half_angle=half,
                    anchor_m=anchor_m)
    smaller = Sector(lon0, lat0, min_m * 1.02 + 100, max_m * 0.98 - 100, bearing=bearing,
                     half_angle=half - 1, anchor_m=anchor_m * 0.98)
    larger = Sector(lon0, lat0, max(0.0, min_m * 0.98 - 100), max_m * 1.02 + 100,
                    bearing=bearing, half_angle=half + 1, anchor_m=anchor_m * 1.02 + 100)
    if smaller.min_m < smaller.max_m and _polygon_contains(smaller, lon, lat):
        assert sector.contains(lon, lat)
    if not _polygon_contains(larger, lon, lat):
        assert not sector.contains(lon, lat)
    disc = Disc(lon0, lat0, max_m)
    if _polygon_contains(Disc(lon0, lat0, max_m * 0.98), lon, lat):
        assert disc.contains(lon, lat)
    if not _polygon_contains(Disc(lon0, lat0, max_m * 1.02 + 100), lon, lat):
        assert not disc.contains(lon, lat)


@pytest.mark.parametrize(("lon", "lat", "iso3"), [
    (125.75, 39.03, "PRK"),  # a small country: the sector reaches its border
    (37.62, 55.75, "RUS"),  # a huge one, far north
    (-70.65, -33.45, "CHL"),  # long and thin, south of the equator
])
def test_a_province_or_country_clipped_near_the_region_gives_the_same_place(
        lon, lat, iso3, monkeypatch):
    cs = [Sector(lon, lat, 30_000, 60_000, bearing=0, half_angle=45),
          Area(country_geometry(iso3), 6_000)]
    clipped = locate(cs)
    monkeypatch.setattr(Frame, "lonlat_box", lambda self, geom, pad: None)
    whole = locate(cs)
    assert distance_m(clipped.lon, clipped.lat, whole.lon, whole.lat) < 1.0
    assert abs(clipped.radius_m - whole.radius_m) < 1.0


def test_statements_that_only_touch_conflict_but_a_band_alone_never_does():
    import shapely

    from catalog.constraints import Area, Band, ConflictError, Disc, locate

    # a disc 15 km round and a province that only grazes its edge: a sliver, no place
    disc = Disc(7.70, 11.07, 15_000.0)
    grazing = Area(shapely.box(7.70 - 0.2, 11.07 + 0.1345, 7.70 + 0.2, 12.0))
    with pytest.raises(ConflictError):
        locate([disc, grazing])
    # (the same disc well inside the province is the disc)
    inside = Area(shapely.box(7.0, 10.5, 8.5, 12.0))
    assert locate([disc, inside]).radius_m < 20_000
    # bands and provinces alone have no disc to compare with: never a sliver
    line = shapely.LineString([(7.0, 11.0), (8.0, 11.0)])
    est = locate([Band(line, 0.0, 30_000.0, None), inside])
    assert est.radius_m > 0
