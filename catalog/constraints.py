"""Where a site can be, from what is said of it: geodesic regions and their smallest circle.

A report rarely gives a point. It says "about 40 km north of the capital", "in Chagang
Province", "some 12 km from the Chinese border". Each such statement is a *constraint*: a
region of the Earth the site lies in, built here geodesically (pyproj's ``Geod``) with an
allowance for the rounding of the stated numbers and the uncertainty of the anchor. Several
constraints on one site intersect; the site is then placed at the centre of the smallest
circle holding that intersection, with that circle's radius as its uncertainty
(:func:`locate`), so the true point is inside whenever every constraint holds.

The regions are polygons in a local azimuthal equidistant frame (metres, centred near the
constraints), where shapely intersects them; the final radius is measured geodesically from
the centre to every vertex of the intersection, never taken from the projection.

Examples
--------
Between 30 and 50 km north (±45°) of a point, and within 15 km of another point 40 km
north of it:

>>> est = locate([Sector(125.75, 39.03, 30_000, 50_000, bearing=0, half_angle=45),
...               Disc(125.75, 39.39, 15_000)])
>>> est.radius_m < 16_000  # no wider than the disc, but for the rounding of its polygon
True
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

#: Vertices per full circle: a chord error below 0.2 % of the radius, covered by MARGIN.
_STEPS = 180
#: Relative and absolute slack added to every radius: sampling and projection error.
MARGIN = 0.005
MARGIN_M = 25.0


class ConflictError(ValueError):
    """The constraints do not all hold anywhere: at least two statements disagree."""


@dataclass(frozen=True)
class Estimate:
    """A location with an uncertainty: the truth is within ``radius_m`` of the point."""

    lon: float
    lat: float
    radius_m: float


@functools.lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _ring(lon: float, lat: float, radius_m: float, start: float = 0.0, stop: float = 360.0,
          steps: int = _STEPS):
    """Lon/lat points at ``radius_m`` from a point, for bearings ``start`` .. ``stop``."""
    import numpy as np

    n = max(2, int(math.ceil(steps * (stop - start) / 360.0)) + 1)
    az = np.linspace(start, stop, n)
    lons, lats, _ = _geod().fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_m))
    return np.column_stack([lons, lats])


@functools.lru_cache(maxsize=1024)
def _aeqd(lon: float, lat: float):
    """The transformer to (forward) and from (inverse) the azimuthal equidistant frame at
    a point, on the WGS84 ellipsoid: a PROJ pipeline, made in microseconds (a CRS-to-CRS
    transformer looks EPSG:4326 up in PROJ's database each time, some 10 ms)."""
    from pyproj import Transformer

    return Transformer.from_pipeline(
        "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
        f"+step +proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +ellps=WGS84")


class Frame:
    """A local azimuthal equidistant frame in metres, centred at ``(lon, lat)``."""

    def __init__(self, lon: float, lat: float):
        self.lon, self.lat = lon, lat
        self._t = _aeqd(lon, lat)

    def to_xy(self, lonlat):
        import numpy as np

        lonlat = np.asarray(lonlat, dtype=float)
        x, y = self._t.transform(lonlat[:, 0], lonlat[:, 1])
        return np.column_stack([x, y])

    def to_lonlat(self, xy):
        import numpy as np

        xy = np.asarray(xy, dtype=float)
        lon, lat = self._t.transform(xy[:, 0], xy[:, 1], direction="INVERSE")
        return np.column_stack([lon, lat])

    def lonlat_box(self, geom_xy, pad_m: float) -> tuple[float, float, float, float] | None:
        """A lon/lat box holding ``geom_xy`` (a geometry in this frame) grown by ``pad_m``:
        the frame's box around it, its edges sampled (they curve in lon/lat), with a tenth
        to spare; None where the box would cross the antimeridian or reach a pole."""
        import numpy as np

        x0, y0, x1, y1 = geom_xy.bounds
        x0, y0, x1, y1 = x0 - pad_m, y0 - pad_m, x1 + pad_m, y1 + pad_m
        t = np.linspace(0.0, 1.0, 9)
        xs = np.concatenate([x0 + (x1 - x0) * t, np.full(9, x1), x1 - (x1 - x0) * t,
                             np.full(9, x0)])
        ys = np.concatenate([np.full(9, y0), y0 + (y1 - y0) * t, np.full(9, y1),
                             y1 - (y1 - y0) * t])
        ll = self.to_lonlat(np.column_stack([xs, ys]))
        lon0, lat0 = ll.min(axis=0)
        lon1, lat1 = ll.max(axis=0)
        dlon, dlat = (lon1 - lon0) * 0.1, (lat1 - lat0) * 0.1
        box = (lon0 - dlon, lat0 - dlat, lon1 + dlon, lat1 + dlat)
        if not np.all(np.isfinite(box)) or box[2] - box[0] > 90.0 or box[0] < -180.0 or \
                box[2] > 180.0 or box[1] < -85.0 or box[3] > 85.0:
            return None
        return box

    #: Degrees of longitude and latitude around the centre that a frame projects: farther,
    #: the azimuthal projection folds the polygons of a large country onto themselves.
    REACH_DEG = (40.0, 25.0)

    def geometry(self, geom_lonlat):
        """A lon/lat shapely geometry in this frame's metres (clipped to :attr:`REACH_DEG`
        around the centre, and repaired if the projection made it invalid)."""
        import shapely

        dx, dy = self.REACH_DEG
        box = (self.lon - dx, max(-90.0, self.lat - dy), self.lon + dx, min(90.0, self.lat + dy))
        g = geom_lonlat
        b = g.bounds
        if b[0] < box[0] or b[1] < box[1] or b[2] > box[2] or b[3] > box[3]:
            g = shapely.clip_by_rect(g, *box)
        out = shapely.transform(g, self.to_xy)
        return out if out.is_valid else shapely.make_valid(out)


class Constraint:
    """A region the site lies in. Subclasses build it as a polygon in a :class:`Frame`."""

    #: A point near the region, where a frame for it can be centred.
    lon: float
    lat: float

    def polygon(self, frame: Frame, roi=None):  # pragma: no cover - abstract
        """The region as a polygon in ``frame``'s metres; a region that may be large (a
        province, a border) needs to be right only inside ``roi``, a polygon of the
        frame, when one is given."""
        raise NotImplementedError

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point ``(lon, lat)`` lies in the region."""
        import shapely

        return self.polygon(Frame(lon, lat)).intersects(shapely.Point(0.0, 0.0))


@dataclass(frozen=True)
class Disc(Constraint):
    """Within ``radius_m`` of a point (a published point, a town, "near X")."""

    lon: float
    lat: float
    radius_m: float

    def polygon(self, frame: Frame, roi=None):
        import shapely

        r = self.radius_m * (1 + MARGIN) + MARGIN_M
        return shapely.Polygon(frame.to_xy(_ring(self.lon, self.lat, r)))

    def contains(self, lon: float, lat: float) -> bool:
        # the geodesic distance itself (the polygon is its inscribed approximation)
        return distance_m(self.lon, self.lat, lon, lat) <= \
            self.radius_m * (1 + MARGIN) + MARGIN_M


@dataclass(frozen=True)
class Sector(Constraint):
    """Between ``min_m`` and ``max_m`` from an anchor, in the bearings ``bearing`` ±
    ``half_angle`` degrees (any bearing when ``bearing`` is None: an annulus), widened by
    ``anchor_m``, the anchor's own uncertainty ("40 km north of Pyongyang")."""

    lon: float
    lat: float
    min_m: float
    max_m: float
    bearing: float | None = None
    half_angle: float = 180.0
    anchor_m: float = 0.0

    def polygon(self, frame: Frame, roi=None):
        import numpy as np
        import shapely

        outer = self.max_m * (1 + MARGIN) + MARGIN_M
        inner = max(0.0, self.min_m * (1 - MARGIN) - MARGIN_M)
        if self.bearing is None or self.half_angle >= 180:
            shape = shapely.Polygon(frame.to_xy(_ring(self.lon, self.lat, outer)))
            if inner > 0:
                shape = shape.difference(
                    shapely.Polygon(frame.to_xy(_ring(self.lon, self.lat, inner))))
        else:
            a, b = self.bearing - self.half_angle, self.bearing + self.half_angle
            arc_out = _ring(self.lon, self.lat, outer, a, b)
            if inner > 0:
                arc_in = _ring(self.lon, self.lat, inner, a, b)[::-1]
            else:
                arc_in = np.array([[self.lon, self.lat]])
            shape = shapely.Polygon(frame.to_xy(np.vstack([arc_out, arc_in])))
            if not shape.is_valid:
                shape = shapely.make_valid(shape)
        if self.anchor_m > 0:
            shape = shape.buffer(self.anchor_m * (1 + MARGIN), quad_segs=32)
        return shape

    def contains(self, lon: float, lat: float) -> bool:
        # Geodesic distance and bearing from the anchor answer for the sector itself
        # (what the polygon approximates), some 20 µs against 0.5 ms for the polygon in
        # a frame; only a point in the rim an anchor's uncertainty adds needs the polygon.
        az, _, d = _geod().inv(self.lon, self.lat, lon, lat)
        outer = self.max_m * (1 + MARGIN) + MARGIN_M
        inner = max(0.0, self.min_m * (1 - MARGIN) - MARGIN_M)
        if inner <= d <= outer and (
                self.bearing is None or self.half_angle >= 180 or d <= MARGIN_M
                or abs((az - self.bearing + 180.0) % 360.0 - 180.0) <= self.half_angle):
            return True
        grow = self.anchor_m * (1 + MARGIN)
        if grow <= 0 or d > outer + grow or d < inner - grow:
            return False
        return super().contains(lon, lat)


@dataclass(frozen=True)
class Area(Constraint):
    """Inside a polygon (a province, a country) given in lon/lat, grown by ``buffer_m``
    (the polygon's own simplification error)."""

    geometry: object
    buffer_m: float = 0.0
    lon: float = 0.0
    lat: float = 0.0

    def __post_init__(self):
        p = self.geometry.representative_point()
        object.__setattr__(self, "lon", p.x)
        object.__setattr__(self, "lat", p.y)

    def contains(self, lon: float, lat: float) -> bool:
        import shapely

        p = shapely.Point(lon, lat)
        if self.geometry.intersects(p):
            return True
        frame = Frame(lon, lat)
        near = shapely.box(-self.buffer_m - 1, -self.buffer_m - 1, self.buffer_m + 1,
                           self.buffer_m + 1)
        return frame.geometry(shapely.clip_by_rect(
            self.geometry, lon - 2, lat - 2, lon + 2, lat + 2)).intersection(near).distance(
            shapely.Point(0.0, 0.0)) <= self.buffer_m

    def polygon(self, frame: Frame, roi=None):
        geometry = self.geometry
        if roi is not None:
            # only the part of the province near the region of interest is projected: a
            # province's thousands of vertices cost more than the rest of a placement
            box = frame.lonlat_box(roi, self.buffer_m + 2000.0)
            if box is not None:
                import shapely

                geometry = shapely.clip_by_rect(geometry, *box)
        shape = frame.geometry(geometry)
        if roi is not None:
            shape = shape.intersection(roi.buffer(self.buffer_m + 1000.0))
        return shape.buffer(self.buffer_m) if self.buffer_m > 0 else shape


@dataclass(frozen=True)
class Band(Constraint):
    """Between ``min_m`` and ``max_m`` from a line (a border, a coast), optionally only
    inside ``within`` (the country the site is in); all geometries in lon/lat."""

    line: object
    min_m: float
    max_m: float
    within: object | None = None
    lon: float = 0.0
    lat: float = 0.0

    def __post_init__(self):
        p = self.line.representative_point()
        object.__setattr__(self, "lon", p.x)
        object.__setattr__(self, "lat", p.y)

    def polygon(self, frame: Frame, roi=None):
        # A border drawn at full resolution has tens of thousands of vertices: simplified
        # by a tolerance the band's edges then absorb, its buffer takes milliseconds.
        tol = max(100.0, 0.01 * self.max_m)
        line = frame.geometry(self.line)
        if roi is not None:  # only the part of the line that can reach the region matters
            line = line.intersection(roi.buffer(self.max_m * (1 + MARGIN) + 2 * tol))
        line = line.simplify(tol)
        shape = line.buffer(self.max_m * (1 + MARGIN) + MARGIN_M + tol, quad_segs=16)
        inner = self.min_m * (1 - MARGIN) - MARGIN_M - tol
        if inner > 0:
            shape = shape.difference(line.buffer(inner, quad_segs=16))
        if self.within is not None:
            within = frame.geometry(self.within)
            within = within.intersection(shape.envelope.buffer(tol))
            shape = shape.intersection(within.simplify(tol).buffer(tol))
        return shape

    def contains(self, lon: float, lat: float) -> bool:
        import shapely

        reach = self.max_m * (1 + MARGIN) + MARGIN_M
        # Only the line within reach can decide: beyond it, the distance is too large
        # either way (a whole border projected takes milliseconds; its part, microseconds).
        line = shapely.clip_by_rect(self.line, *_box_around(lon, lat, reach))
        if line.is_empty:
            return False
        frame = Frame(lon, lat)  # distances from a frame's centre are exact
        d = frame.geometry(line).distance(shapely.Point(0.0, 0.0))
        ok = self.min_m * (1 - MARGIN) - MARGIN_M <= d <= self.max_m * (1 + MARGIN) + MARGIN_M
        return ok and (self.within is None
                       or self.within.intersects(shapely.Point(lon, lat)))


def _box_around(lon: float, lat: float, metres: float) -> tuple[float, float, float, float]:
    """A lon/lat box holding every point within ``metres`` of ``(lon, lat)`` (with room
    to spare: a degree of latitude is at least 110.5 km, of longitude that times cos)."""
    dlat = 1.2 * metres / 110_000.0
    cos = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
    dlon = min(360.0, dlat / cos)
    return lon - dlon, max(-90.0, lat - dlat), lon + dlon, min(90.0, lat + dlat)


def _bounded(constraints) -> list[Constraint]:
    """The constraints that bound a region by themselves (a Band or an Area may be a whole
    country: on its own it places nothing, but it narrows the others)."""
    return [c for c in constraints if isinstance(c, Disc | Sector)]


#: The share of the smallest disc or sector (and of the smallest province) under which
#: the region all statements share is a sliver where their edges touch, no agreement (see
#: :func:`locate`); a band and a province alone are never a sliver
SLIVER = 0.01


def _area_m2(area: Area) -> float:
    """About how many square metres a province's land covers (degrees scaled at its
    latitude: enough to tell a sliver from a small province)."""
    k = 111_320.0
    return area.geometry.area * k * k * max(math.cos(math.radians(area.lat)), 0.01)


def locate(constraints: list[Constraint]) -> Estimate:
    """The smallest circle holding the region where every constraint holds.

    Parameters
    ----------
    constraints
        At least one; Areas and Bands alone are allowed too (the circle then covers the
        whole province or band, which may be large).

    Returns
    -------
    Estimate
        The circle's centre and a radius measured geodesically to the farthest vertex.

    Raises
    ------
    ConflictError
        If the constraints do not overlap anywhere.
    """
    import shapely

    if not constraints:
        raise ValueError("locate needs at least one constraint")
    # a statement repeated (a province every report names) narrows nothing the second time
    constraints = list(dict.fromkeys(constraints))
    if len(constraints) == 1 and isinstance(constraints[0], Disc):
        d = constraints[0]
        return Estimate(d.lon, d.lat, d.radius_m)
    bounded = _bounded(constraints)
    anchor = (bounded or constraints)[0]
    frame = Frame(anchor.lon, anchor.lat)
    region = None
    # Bounded regions first, then provinces, then borders: each later one is cut to where
    # the earlier ones are before it is buffered (a country's whole border takes seconds).
    ordered = bounded + [c for c in constraints if isinstance(c, Area)] + [
        c for c in constraints if not isinstance(c, Disc | Sector | Area)]
    smallest = math.inf  # the area of the smallest disc or sector
    province = math.inf  # ... and of the smallest province
    for c in ordered:
        shape = c.polygon(frame, None if region is None else region.envelope)
        if isinstance(c, Disc | Sector):
            smallest = min(smallest, shape.area)
        elif isinstance(c, Area):  # (its whole land, not the part cut to the region)
            province = min(province, _area_m2(c))
        region = shape if region is None else region.intersection(shape)
        if region.is_empty:
            raise ConflictError("the statements about this site do not overlap anywhere")
    if len(ordered) > 1 and smallest < math.inf and \
            region.area < SLIVER * min(smallest, province):
        # two statements that only touch at their edges ("in Zaria" and "in Kano" state,
        # 20 km apart): they disagree, and the sliver they share is no precise place (but
        # Malta, wholly inside "about 350 km north of Tripoli", is all of Malta)
        raise ConflictError("the statements about this site overlap only at their edges")
    # Re-centre on the region itself so that the frame's distortion stays small.
    centre = region.centroid
    (lon0, lat0), = frame.to_lonlat([[centre.x, centre.y]])
    if math.hypot(centre.x, centre.y) > 50_000:
        frame2 = Frame(lon0, lat0)
        region = shapely.transform(region, lambda xy: frame2.to_xy(frame.to_lonlat(xy)))
        frame = frame2
    circle_centre = shapely.minimum_bounding_circle(region).centroid
    (lon, lat), = frame.to_lonlat([[circle_centre.x, circle_centre.y]])
    return Estimate(float(lon), float(lat), covering_radius(lon, lat, region, frame))


def covering_radius(lon: float, lat: float, region, frame: Frame) -> float:
    """The geodesic distance from ``(lon, lat)`` to the farthest vertex of ``region``
    (a geometry in ``frame``), with :data:`MARGIN`."""
    import numpy as np
    import shapely

    xy = shapely.get_coordinates(region.convex_hull)
    pts = frame.to_lonlat(xy)
    n = len(pts)
    _, _, dist = _geod().inv(np.full(n, lon), np.full(n, lat), pts[:, 0], pts[:, 1])
    return float(np.max(dist)) * (1 + MARGIN) + MARGIN_M


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in metres on the WGS84 ellipsoid."""
    return float(_geod().inv(lon1, lat1, lon2, lat2)[2])


def midway(lon1: float, lat1: float, lon2: float, lat2: float) -> tuple[float, float, float]:
    """The point halfway along the geodesic between two points, and their distance in
    metres: ``(lon, lat, distance_m)``."""
    az, _, d = _geod().inv(lon1, lat1, lon2, lat2)
    lon, lat, _ = _geod().fwd(lon1, lat1, az, d / 2)
    return float(lon), float(lat), float(d)
