"""Region queries: the sites inside a box, a polygon, a radius, a province or a country.

A query is a list of regions (all must hold: AND) and a :class:`~catalog.filters.SiteFilter`.
It is answered in two steps so that a region query never reads the whole catalogue:

1. the store fetches *candidates*: sites passing the attribute filters whose point lies in
   the bounding boxes of the smallest region (the GeoPackage store through its R-tree,
   :meth:`catalog.stores.geopackage.GeoPackageCatalog.candidates`);
2. exact predicates run on those points, vectorized: shapely 2 on prepared geometries
   for polygons, pyproj ``Geod`` on the WGS84 ellipsoid for distances, and the result
   frame is built from the candidates that passed.

How boundaries count
--------------------
Every region is **closed**: a point exactly on its boundary is inside (shapely's
``intersects``/``covers``, not ``contains``; ``<=`` for boxes and radii). A site on the
border of two provinces is therefore in both.

Longitudes and the antimeridian
-------------------------------
A box with west > east crosses the antimeridian (``BBox(170, -20, -170, 20)``). Radius
queries measure geodesic distance, so they are right near the poles and across the
antimeridian. Polygons are taken as drawn in longitude/latitude (straight edges in
degrees); a polygon given in another CRS is reprojected vertex by vertex.

Uncertain locations
-------------------
With ``precision_aware=True`` each located site is a circle of radius ``precision_m`` (or
:data:`catalog.filters.DEFAULT_RADIUS_M` of its precision class) rather than a point. A
site whose circle lies wholly inside every region is ``"inside"``; one whose circle only
overlaps is ``"may be inside"``. Circles are drawn as 64-gons circumscribing the geodesic
circle, so both answers lean to "may". A circle that contains a pole is not handled
specially.
"""

from __future__ import annotations

import abc
import math
import os

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely
import shapely.affinity

from . import regions
from .errors import CRSError, ValidationError
from .filters import SiteFilter, uncertainty_m
from .gcpause import gc_paused
from .model import SITE_COLUMNS, check_lonlat
from .regions import COAST_MARGIN_M, read_boundaries

GEOD = pyproj.Geod(ellps="WGS84")
#: The CRS of every query result, made once (a CRS from its code takes a while).
WGS84 = pyproj.CRS.from_epsg(4326)
UNITS_M = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "nmi": 1852.0}
# Conservative scales for turning metres into degrees of bounding box: a degree of latitude
# is at least 110,574 m (at the equator); angles use a sphere smaller than the ellipsoid.
_M_PER_DEG = 110_000.0
_R_SMALL = 6_335_000.0
_CIRCLE_VERTICES = 64


def parse_distance(text: str | float) -> float:
    """Metres in a distance such as ``25km``, ``25 km``, ``500 m``, ``3mi`` or ``2.5nmi``.

    Text needs its unit: ``300`` alone is refused rather than guessed (metres? kilometres?).
    A Python number (not text) is metres.

    Raises
    ------
    ValidationError
        If the text is not a non-negative number with one of the units m, km, mi, nmi.

    Examples
    --------
    >>> parse_distance("25km")
    25000.0
    >>> parse_distance("1 nmi")
    1852.0
    """
    if isinstance(text, int | float):
        value, unit = float(text), "m"
    else:
        import re

        m = re.fullmatch(r"\s*([0-9]*\.?[0-9]+(?:[eE][+-]?\d+)?)\s*([a-zA-Z]*)\s*", str(text))
        if m and not m.group(2):
            raise ValidationError(
                f"distance {text!r} has no unit: write it with one of m, km, mi, nmi "
                f"(e.g. {m.group(1)}km or {m.group(1)}m)")
        if not m or m.group(2).lower() not in UNITS_M:
            raise ValidationError(
                f"distance must be a number with a unit m, km, mi or nmi (e.g. 25km); "
                f"got {text!r}")
        value, unit = float(m.group(1)), m.group(2).lower()
    if not math.isfinite(value) or value < 0:
        raise ValidationError(f"distance must be a finite number >= 0; got {text!r}")
    return value * UNITS_M[unit]


# -- boxes ------------------------------------------------------------------------------

def _split(w: float, s: float, e: float, n: float) -> list[tuple[float, float, float, float]]:
    """Boxes with west <= east in [-180, 180] covering the longitudes from w eastwards to e.

    ``e`` may exceed 180 (an unwrapped interval); an interval of 360 degrees or more
    is the whole circle.
    """
    s, n = max(s, -90.0), min(n, 90.0)
    if e - w >= 360:
        return [(-180.0, s, 180.0, n)]
    shift = math.floor((w + 180.0) / 360.0) * 360.0
    w, e = w - shift, e - shift
    if e < 180.0:
        boxes = [(w, s, e, n)]
    else:  # reaching 180 reaches -180 too: a site may be stored at either
        boxes = [(w, s, 180.0, n), (-180.0, s, e - 360.0, n)]
    if w == -180.0:
        boxes.append((180.0, s, 180.0, n))
    return boxes


def _pad(box, pad_m: float) -> list[tuple[float, float, float, float]]:
    """A box (west <= east, possibly unwrapped) grown by at least ``pad_m`` metres."""
    w, s, e, n = box
    if pad_m <= 0:
        return _split(w, s, e, n)
    dlat = pad_m / _M_PER_DEG
    s, n = max(s - dlat, -90.0), min(n + dlat, 90.0)
    top = max(abs(s), abs(n))
    if top >= 89.0:
        return _split(-180.0, s, 180.0, n)
    dlon = dlat / math.cos(math.radians(top))
    return _split(w - dlon, s, e + dlon, n)


def _grid_cover(geom: shapely.Geometry, cells: int = 16, fill: float = 0.75
                ) -> list[tuple[float, float, float, float]]:
    """Boxes covering ``geom`` more tightly than its bounds (fewer candidates to read):
    the cells of a ``cells`` x ``cells`` grid over its bounds that meet it (closed, so a
    point of ``geom`` on a cell edge is in a kept cell), runs of them along a row merged.
    Just the bounds when ``geom`` fills ``fill`` of them or more."""
    w, s, e, n = geom.bounds
    if not (e > w and n > s) or geom.area >= fill * (e - w) * (n - s):
        return [(w, s, e, n)]
    xs, ys = np.linspace(w, e, cells + 1), np.linspace(s, n, cells + 1)
    i, j = np.meshgrid(np.arange(cells), np.arange(cells))  # row j, column i
    hit = shapely.intersects(geom, shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]))
    boxes = []
    for row in range(cells):
        cols = np.flatnonzero(hit[row])
        for run in np.split(cols, np.flatnonzero(np.diff(cols) != 1) + 1):
            if run.size:
                boxes.append((xs[run[0]], ys[row], xs[run[-1] + 1], ys[row + 1]))
    return [tuple(map(float, b)) for b in boxes]


def _strip_cover(geom: shapely.Geometry, strips: int = 32, most: int = 4, fill: float = 0.75
                 ) -> list[tuple[float, float, float, float]]:
    """Boxes covering ``geom`` more tightly than :func:`_grid_cover`'s cells: ``geom`` cut
    into ``strips`` horizontal strips (closed), each part's bounds in its strip, grown by
    1e-9 degrees against rounding in the cut (a strip of more than ``most`` parts gives one
    box). At 1M sites, a 100-vertex polygon holding 47,000: 49,500 candidates against
    54,700 through 16 x 16 cells, for 0.3 ms more. Just the bounds when ``geom`` fills
    ``fill`` of them or more; the cells when GEOS cannot cut it."""
    w, s, e, n = geom.bounds
    if not (e > w and n > s) or geom.area >= fill * (e - w) * (n - s):
        return [(w, s, e, n)]
    ys = np.linspace(s, n, strips + 1)
    try:
        cuts = shapely.intersection(geom, shapely.box(w, ys[:-1], e, ys[1:]))
    except shapely.errors.GEOSException:
        return _grid_cover(geom)
    boxes = []
    for j, cut in enumerate(cuts):
        parts = shapely.get_parts(cut)
        parts = [cut] if len(parts) > most else parts
        for part in parts:
            if not part.is_empty:
                x0, _, x1, _ = part.bounds
                boxes.append((max(x0 - 1e-9, w), ys[j], min(x1 + 1e-9, e), ys[j + 1]))
    return [tuple(map(float, b)) for b in boxes]


def _box_area(boxes) -> float:
    return sum((e - w) * (n - s) for w, s, e, n in boxes)


# -- regions ----------------------------------------------------------------------------

class Region(abc.ABC):
    """A closed region on the WGS84 ellipsoid; see the module docstring."""

    label: str = "region"

    @abc.abstractmethod
    def bboxes(self, pad_m: float = 0.0) -> list[tuple[float, float, float, float]]:
        """Boxes (west <= east, degrees) covering the region grown by ``pad_m`` metres."""

    @abc.abstractmethod
    def contains(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Which points are inside (boundary included)."""

    def classify(self, lon: np.ndarray, lat: np.ndarray, radius_m: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
        """For circles of ``radius_m`` around the points: (wholly inside, overlapping)."""
        inside = self.contains(lon, lat)
        within, overlaps = inside.copy(), inside.copy()
        big = radius_m > 0
        if big.any():
            circles = geodesic_circles(lon[big], lat[big], radius_m[big])
            g = self._wrapped()
            within[big] = shapely.covers(g, circles)
            overlaps[big] = shapely.intersects(g, circles)
        return within, overlaps

    def geometry(self) -> shapely.Geometry:
        """The region as a (multi)polygon in lon/lat (longitudes may run past 180)."""
        raise NotImplementedError

    def _wrapped(self) -> shapely.Geometry:
        # the region and its copies one turn east and west, so that circles drawn with
        # unwrapped longitudes across the antimeridian meet it
        if getattr(self, "_wrapped_geom", None) is None:
            g = self.geometry()
            g = shapely.union_all([g, shapely.affinity.translate(g, 360),
                                   shapely.affinity.translate(g, -360)])
            shapely.prepare(g)
            self._wrapped_geom = g
        return self._wrapped_geom

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label}>"


def geodesic_circles(lon, lat, radius_m) -> np.ndarray:
    """Polygons circumscribing geodesic circles (longitudes unwrapped around each centre)."""
    k = _CIRCLE_VERTICES
    n = len(lon)
    az = np.tile(np.linspace(0.0, 360.0, k, endpoint=False), n)
    # circumscribe: a k-gon through points at r/cos(pi/k) contains the circle of radius r
    r = np.repeat(np.asarray(radius_m, float) / math.cos(math.pi / k), k)
    lon0 = np.repeat(np.asarray(lon, float), k)
    x, y, _ = GEOD.fwd(lon0, np.repeat(np.asarray(lat, float), k), az, r)
    x = lon0 + (np.asarray(x) - lon0 + 180.0) % 360.0 - 180.0
    ring = np.stack([x, np.asarray(y)], axis=1).reshape(n, k, 2)
    ring = np.concatenate([ring, ring[:, :1]], axis=1)
    return shapely.polygons(ring)


class BBox(Region):
    """A box ``west, south, east, north`` in degrees; west > east crosses the antimeridian.

    Examples
    --------
    >>> BBox(170, -20, -170, 20).contains(np.array([179.5, 0.0]), np.array([0.0, 0.0]))
    array([ True, False])
    """

    def __init__(self, west: float, south: float, east: float, north: float):
        for name, v, lim in (("west", west, 180), ("south", south, 90), ("east", east, 180),
                             ("north", north, 90)):
            if not (isinstance(v, int | float) and math.isfinite(v) and -lim <= v <= lim):
                raise ValidationError(f"bbox {name} must be within [-{lim}, {lim}]; got {v!r}")
        if south > north:
            raise ValidationError(f"bbox south ({south}) is north of north ({north})")
        self.west, self.south, self.east, self.north = map(float, (west, south, east, north))
        self.label = f"bbox {west:g},{south:g},{east:g},{north:g}"

    @property
    def crosses_antimeridian(self) -> bool:
        return self.west > self.east

    def _unwrapped(self) -> tuple[float, float, float, float]:
        e = self.east + 360.0 if self.crosses_antimeridian else self.east
        return self.west, self.south, e, self.north

    def bboxes(self, pad_m=0.0):
        return _pad(self._unwrapped(), pad_m)

    def contains(self, lon, lat):
        lon, lat = np.asarray(lon, float), np.asarray(lat, float)
        in_lat = (lat >= self.south) & (lat <= self.north)
        if self.crosses_antimeridian:
            return in_lat & ((lon >= self.west) | (lon <= self.east))
        return in_lat & (lon >= self.west) & (lon <= self.east)

    def geometry(self):
        return shapely.box(*self._unwrapped())


class PolygonRegion(Region):
    """A polygon or multipolygon in EPSG:4326 (holes allowed); points are tested with
    shapely's ``intersects_xy`` on the prepared geometry, so boundary points are inside.

    An invalid polygon (self-intersecting, a bow tie) is repaired with shapely's
    ``make_valid``, not refused, and its label says so (the CLI's summary shows it)."""

    #: Above this many parts one box around everything is cheaper than a box per part.
    MAX_PART_BOXES = 32
    #: A part of at most this many vertices is searched through strips (:func:`_strip_cover`),
    #: a longer one through cells (:func:`_grid_cover`): cutting a country's outline into
    #: 32 strips took 16 to 90 ms, its cells 2 to 16 ms.
    MAX_STRIP_VERTICES = 500

    def __init__(self, geom: shapely.Geometry, label: str = "polygon"):
        if geom is None or geom.is_empty:
            raise ValidationError(f"{label}: the polygon is empty")
        if geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
            raise ValidationError(f"{label}: expected a polygon, got a {geom.geom_type}")
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
            label += " (invalid: repaired with make_valid)"
        polys = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon",
                                                                         "MultiPolygon")]
        if not polys:
            raise ValidationError(f"{label}: holds no polygon")
        self._geom = shapely.union_all(polys)
        shapely.prepare(self._geom)
        self.label = label

    def bboxes(self, pad_m=0.0):
        parts = shapely.get_parts(self._geom)
        if len(parts) > self.MAX_PART_BOXES:
            parts = [self._geom]
        boxes = []
        for p in parts:
            if pad_m > 0:
                cover = [p.bounds]
            elif shapely.get_num_coordinates(p) <= self.MAX_STRIP_VERTICES:
                cover = _strip_cover(p)
            else:  # cutting a long outline 32 times costs more than its cells
                cover = _grid_cover(p)
            for box in cover:
                boxes.extend(_pad(box, pad_m))
        return boxes

    #: From this many points on (and 20 a vertex), :meth:`contains` first looks each point
    #: up in a grid of cells over the polygon's bounds: a point in a cell wholly inside the
    #: polygon needs no exact test (at 47,000 points, 100 vertices: about two thirds).
    GRID_MIN_POINTS = 5_000
    GRID_CELLS = 32

    def contains(self, lon, lat):
        lon, lat = np.asarray(lon, float), np.asarray(lat, float)
        if len(lon) < max(self.GRID_MIN_POINTS, 20 * shapely.get_num_coordinates(self._geom)):
            # few points, or a long outline whose grid costs more than it saves (a
            # country's: 3 to 14 ms)
            return shapely.intersects_xy(self._geom, lon, lat)
        xs, ys, inner = self._inner_cells()
        # the cell of each point (NaN or outside the bounds: none), checked against the
        # cell's own edges, so that rounding in the division never puts a point in a cell
        # it is not in
        cells = len(xs) - 1
        with np.errstate(invalid="ignore"):
            i = np.clip(np.floor((lon - xs[0]) / (xs[-1] - xs[0]) * cells), 0, cells - 1)
            j = np.clip(np.floor((lat - ys[0]) / (ys[-1] - ys[0]) * cells), 0, cells - 1)
        i = np.nan_to_num(i).astype(np.intp)
        j = np.nan_to_num(j).astype(np.intp)
        sure = (inner[j, i] & (xs[i] <= lon) & (lon <= xs[i + 1])
                & (ys[j] <= lat) & (lat <= ys[j + 1]))
        rest = np.flatnonzero(~sure)
        sure[rest] = shapely.intersects_xy(self._geom, lon[rest], lat[rest])
        return sure

    def _inner_cells(self):
        """``(xs, ys, inner)``: the edges of a grid of :data:`GRID_CELLS` squared cells over
        the polygon's bounds, and which cells (closed: edges included) lie wholly in its
        interior (``inner[row, column]``); about 1 ms, made at each query."""
        w, s, e, n = self._geom.bounds
        k = self.GRID_CELLS
        xs, ys = np.linspace(w, e, k + 1), np.linspace(s, n, k + 1)
        i, j = np.meshgrid(np.arange(k), np.arange(k))
        inner = shapely.contains_properly(
            self._geom, shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]))
        if not (e > w and n > s):
            inner[:] = False
        return xs, ys, inner

    def geometry(self):
        return self._geom


class Near(Region):
    """Points within ``radius_m`` metres of ``(lat, lon)``: geodesic distance on WGS84.

    Examples
    --------
    >>> Near(89.9, 0, 50_000).contains(np.array([180.0]), np.array([89.9]))  # over the pole
    array([ True])
    """

    def __init__(self, lat: float, lon: float, radius_m: float):
        check_lonlat(lon, lat, " for the centre of --near")
        if not (math.isfinite(radius_m) and radius_m >= 0):
            raise ValidationError(f"radius must be a finite number >= 0; got {radius_m!r}")
        self.lat, self.lon, self.radius_m = float(lat), float(lon), float(radius_m)
        self.label = f"within {radius_m:g} m of {lat:g},{lon:g}"

    def distance_m(self, lon, lat) -> np.ndarray:
        """Geodesic distance in metres from the centre to each point."""
        lon, lat = np.asarray(lon, float), np.asarray(lat, float)
        if lon.size == 0:
            return np.zeros(0)
        _, _, d = GEOD.inv(np.full(lon.shape, self.lon), np.full(lon.shape, self.lat), lon, lat)
        return np.asarray(d, float)

    def bboxes(self, pad_m=0.0):
        r = self.radius_m + pad_m
        dlat = r / _M_PER_DEG * 1.01 + 1e-6
        s, n = self.lat - dlat, self.lat + dlat
        if s <= -90 or n >= 90:  # the circle may reach a pole: every longitude
            return _split(-180.0, s, 180.0, n)
        ang = r / _R_SMALL
        sin_dlon = math.sin(min(ang, math.pi / 2)) / math.cos(math.radians(max(abs(s),
                                                                                 abs(n))))
        if ang >= math.pi / 2 or sin_dlon >= 1:
            return _split(-180.0, s, 180.0, n)
        dlon = math.degrees(math.asin(sin_dlon)) * 1.01 + 1e-6
        return _split(self.lon - dlon, s, self.lon + dlon, n)

    def contains(self, lon, lat):
        return self.distance_m(lon, lat) <= self.radius_m

    def classify(self, lon, lat, radius_m):
        d = self.distance_m(lon, lat)
        return d + radius_m <= self.radius_m, d - radius_m <= self.radius_m

    def geometry(self):
        return geodesic_circles([self.lon], [self.lat], [self.radius_m])[0]


def polygon_from_wkt(wkt: str, crs: str | None = None) -> PolygonRegion:
    """A polygon region from WKT, in ``crs`` (default EPSG:4326)."""
    try:
        geom = shapely.from_wkt(wkt)
    except shapely.errors.GEOSException as e:
        raise ValidationError(f"not a WKT polygon: {wkt[:60]!r} ({e})") from None
    if crs is not None:
        try:
            src = pyproj.CRS.from_user_input(crs)
        except pyproj.exceptions.CRSError:
            raise CRSError(f"unknown CRS {crs!r}") from None
        if not src.equals(pyproj.CRS.from_epsg(4326)):
            t = pyproj.Transformer.from_crs(src, 4326, always_xy=True)
            geom = shapely.transform(geom, lambda xy: np.column_stack(t.transform(*xy.T)))
    return PolygonRegion(geom, "WKT polygon")


def polygon_from_file(path: str | os.PathLike, layer: str | None = None,
                      crs: str | None = None) -> PolygonRegion:
    """The union of every polygon in a file (GeoJSON, GeoPackage, Shapefile, KML).

    Parameters
    ----------
    path
        The file; ``FILE:LAYER`` is not parsed here (give ``layer``).
    crs
        The CRS to assume when the file declares none. A file with no CRS is refused.

    Raises
    ------
    CRSError
        The file has no CRS and ``crs`` was not given, or they disagree.
    """
    frame = read_boundaries(path, layer, crs)
    label = f"polygons of {os.path.basename(os.fspath(path))}"
    geoms = frame.geometry.values
    if not shapely.is_valid(geoms).all():  # union_all would fail on a bow tie
        geoms = shapely.make_valid(geoms)
        label += " (invalid: repaired with make_valid)"
    return PolygonRegion(shapely.union_all(geoms), label)


class BoundaryRegion(PolygonRegion):
    """A country or province of the shipped boundaries (:mod:`catalog.regions`).

    It holds its land and the sea next to it: a point on no unit's land within
    :data:`catalog.regions.COAST_MARGIN_M` of the coast is inside the nearest unit, so a
    coastal site (a shipyard, a pier, reclaimed land that Natural Earth's 10m coast misses)
    is inside its own province and country. A site without a location whose ``country``
    (and, for a province, ``admin1``) attribute names the region is an *unlocated match*
    (see :func:`query`).
    """

    def __init__(self, geom: shapely.Geometry, label: str, units, iso3: str | None,
                 province: bool = False):
        self._geom = geom
        shapely.prepare(self._geom)
        self.label = label
        self.units = np.asarray(units, dtype=np.intp)
        self.iso3 = iso3
        self.province = province
        self._admin1_cache: dict[tuple, bool] = {}

    def bboxes(self, pad_m=0.0):
        return super().bboxes(pad_m + COAST_MARGIN_M)

    def contains(self, lon, lat):
        lon, lat = np.asarray(lon, float), np.asarray(lat, float)
        inside = super().contains(lon, lat)
        rest = np.flatnonzero(~inside)
        if rest.size:
            # only points within the margin (in degrees, generously) can be on its coast
            top = max(abs(self._geom.bounds[1]), abs(self._geom.bounds[3]))
            reach = COAST_MARGIN_M / _M_PER_DEG / max(math.cos(math.radians(min(top + 1, 89.9))),
                                                      1e-3)
            near = shapely.dwithin(self._geom, shapely.points(lon[rest], lat[rest]), reach)
            idx = rest[near]
            if idx.size:
                inside[idx] = np.isin(regions.locate_units(lon[idx], lat[idx]), self.units)
        return inside

    def classify(self, lon, lat, radius_m):
        within, overlaps = super().classify(lon, lat, radius_m)
        return within, overlaps | self.contains(lon, lat)

    def matches_unlocated(self, country: str | None, admin1_name: str | None) -> bool:
        """Whether a site without a location, with these attributes, names this region."""
        if self.iso3 is None or (country or "").upper() != self.iso3:
            return False
        if not self.province:
            return True
        if not admin1_name:
            return False
        key = (country, admin1_name)
        if key not in self._admin1_cache:
            try:
                _, units = regions.admin1_units(admin1_name, country)
                self._admin1_cache[key] = bool(np.isin(units, self.units).all())
            except ValidationError:
                self._admin1_cache[key] = False  # unknown or ambiguous: not listed
        return self._admin1_cache[key]


def country(name: str, boundaries=None, layer=None) -> PolygonRegion:
    """A country from the shipped Natural Earth boundaries, by ISO alpha-3, alpha-2, name or
    abbreviation (``PRK``, ``KP``, ``North Korea``, ``DPRK``, ``ROK``, ``Iran``), or a
    feature of a user's own boundary file."""
    if boundaries is not None:
        label, geom = regions.country_region(name, boundaries, layer)
        return PolygonRegion(geom, f"country {label}")
    code, label, units = regions.country_units(name)
    return BoundaryRegion(regions.country_geometry(code), f"country {label}", units, code)


def admin1(name: str, country: str | None = None, boundaries=None, layer=None
           ) -> PolygonRegion:
    """A province (``Chagang``, ``Jagang``, ``KP-04``, ``Hamgyong-namdo``) from the shipped
    boundaries, or a feature of a user's own boundary file.

    Raises
    ------
    ValidationError
        If no province has the name, or several do (the message lists them).
    """
    if boundaries is not None:
        label, geom = regions.admin1_region(name, None, boundaries, layer)
        return PolygonRegion(geom, f"province {label}")
    label, units = regions.admin1_units(name, country)
    return BoundaryRegion(regions.unit_geometry(int(units[0])), f"province {label}", units,
                          regions.unit_iso3(int(units[0])), province=True)


# -- the query --------------------------------------------------------------------------

def query(cat, *regions: Region, site_filter: SiteFilter | None = None,
          precision_aware: bool = False, sort: str | None = None, **filters
          ) -> gpd.GeoDataFrame:
    """Sites inside every region (AND) that pass the attribute filters.

    Parameters
    ----------
    cat
        An open :class:`~catalog.stores.base.Catalog`.
    *regions
        :class:`BBox`, :class:`PolygonRegion`, :class:`Near` (or from :func:`country`,
        :func:`admin1`, :func:`polygon_from_file`, :func:`polygon_from_wkt`). None: every
        site that passes the filters, unlocated ones included.
    site_filter, **filters
        A :class:`~catalog.filters.SiteFilter`, or its fields as keywords
        (``types=["missile base"]``, ``max_radius_m=1000``, ``name="Hoejung-ri"``...).
    precision_aware
        Treat each site as its uncertainty circle; adds a ``match`` column,
        ``"inside"`` or ``"may be inside"``.
    sort
        ``"distance"`` (needs a :class:`Near` region) or a column name; default site_id.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, the site columns, ``distance_m`` when a :class:`Near` region is given,
        ``match`` when precision-aware or when unlocated sites are listed.

        When every region is a country or province of the shipped boundaries
        (:class:`BoundaryRegion`), a site without a location whose ``country`` (and, for a
        province, ``admin1``) names the region is listed too, with no geometry and
        ``match`` = ``"unlocated"``: said, not dropped. ``.attrs["unlocated_listed"]``
        counts them; ``.attrs["unlocated_matches"]`` counts the other sites without a
        location that the attribute filters alone would have matched.

    Examples
    --------
    >>> from catalog import open_catalog
    >>> with open_catalog("build/catalog.gpkg") as cat:  # doctest: +SKIP
    ...     hits = query(cat, admin1("Chagang"), types=["missile base"])
    """
    if site_filter is None:
        site_filter = SiteFilter(**filters)
    elif filters:
        raise TypeError("give either site_filter or filter keywords, not both")
    site_filter = site_filter.validated()
    for r in regions:
        if not isinstance(r, Region):
            raise TypeError(f"not a region: {r!r}")
    near = next((r for r in regions if isinstance(r, Near)), None)
    if sort == "distance" and near is None:
        raise ValidationError("sorting by distance needs a --near region")

    if not regions:
        frame = cat.sites_frame(site_filter.review_status)
        keep = site_filter.mask(frame, cat.aliases(), cat.citations_frame())
        out = frame[keep].reset_index(drop=True)
        out.attrs["unlocated_matches"] = int(out.geometry.isna().sum())
        return _sorted(out, sort)

    pad = cat.max_uncertainty_m() if precision_aware else 0.0
    with gc_paused():
        return _region_query(cat, regions, near, site_filter, precision_aware, sort, pad)


def _region_query(cat, regions, near, site_filter, precision_aware, sort, pad
                  ) -> gpd.GeoDataFrame:
    """The region part of :func:`query`: candidates, exact tests, the frame."""
    # fetch candidates through the region with the smallest boxes, then test them all
    # (a polygon's boxes take a while: each region's are made once)
    boxes = min((r.bboxes(pad) for r in regions), key=_box_area)
    # the candidates' points first; the other columns only for the sites kept
    cand = cat.locate_candidates(boxes, site_filter)
    lon, lat = cand.lon, cand.lat
    radius = None
    if precision_aware:
        every, at = cand.frame(np.arange(len(cand)))
        radius = np.empty(len(cand))
        radius[at] = np.nan_to_num(uncertainty_m(every["location_precision"],
                                                 every["precision_m"]))
    inside = np.ones(len(cand), bool)
    keep = np.ones(len(cand), bool)
    for r in regions:
        idx = np.flatnonzero(keep)
        if idx.size == 0:
            break
        if radius is None:
            keep[idx] = r.contains(lon[idx], lat[idx])
        else:
            w, o = r.classify(lon[idx], lat[idx], radius[idx])
            inside[idx] &= w
            keep[idx] = o
    # the kept sites' columns, in site_id order (the default order)
    rows, idx = cand.frame(np.flatnonzero(keep))
    lon, lat, inside = lon[idx], lat[idx], inside[idx]
    if near is not None:
        rows["distance_m"] = near.distance_m(lon, lat)
    unlocated = cat.count_unlocated(site_filter)
    listed = _unlocated_matches(cat, regions, site_filter) if unlocated else []
    if precision_aware or listed:
        rows["match"] = np.where(inside, "inside", "may be inside")
    geometry = shapely.points(lon, lat)
    if listed:
        more = pd.DataFrame.from_records(listed, columns=SITE_COLUMNS)
        more["match"] = "unlocated"
        rows = pd.concat([rows, more], ignore_index=True)
        geometry = np.concatenate([geometry, np.full(len(listed), None, dtype=object)])
    out = _with_points(rows, geometry)
    out.attrs["unlocated_matches"] = unlocated - len(listed)
    out.attrs["unlocated_listed"] = len(listed)
    out.attrs["regions"] = [r.label for r in regions]
    if listed:
        return _sorted(out, sort)
    return out if sort in (None, "site_id") else _sorted(out, sort)


def _with_points(rows: pd.DataFrame, geometry: np.ndarray) -> gpd.GeoDataFrame:
    """``rows`` (a frame of its own, not shared) as a GeoDataFrame with ``geometry``
    (shapely points or None, one a row) in EPSG:4326, as ``GeoDataFrame(rows,
    geometry=GeoSeries(geometry, crs="EPSG:4326"))`` makes it, without copying ``rows``."""
    from geopandas.array import GeometryArray

    rows["geometry"] = GeometryArray(geometry, crs=WGS84)
    return gpd.GeoDataFrame(rows, geometry="geometry", copy=False)


def _unlocated_matches(cat, regions, site_filter) -> list[tuple]:
    """Records of the sites without a location that every region names by attribute
    (only when all regions are countries or provinces of the shipped boundaries)."""
    if not all(isinstance(r, BoundaryRegion) for r in regions):
        return []
    i_country, i_admin1 = SITE_COLUMNS.index("country"), SITE_COLUMNS.index("admin1")
    out = []
    for s in cat.unlocated(site_filter):
        rec = tuple(getattr(s, c) for c in SITE_COLUMNS)
        if all(r.matches_unlocated(rec[i_country], rec[i_admin1]) for r in regions):
            out.append(rec)
    return out


def _sorted(frame: gpd.GeoDataFrame, sort: str | None) -> gpd.GeoDataFrame:
    key = {"distance": "distance_m", None: "site_id"}.get(sort, sort)
    if key not in frame.columns:
        raise ValidationError(f"cannot sort by {sort!r}; expected distance or a column: "
                              + ", ".join(c for c in frame.columns if c != "geometry"))
    attrs = dict(frame.attrs)
    out = frame.sort_values([key, "site_id"] if key != "site_id" else key,
                            kind="stable").reset_index(drop=True)
    out.attrs.update(attrs)
    return out
