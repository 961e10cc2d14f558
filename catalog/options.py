"""Shared click options and their validating callbacks (as in rasterio/Fiona's options.py)."""

from __future__ import annotations

import math

import click

from .errors import ValidationError
from .lazy import lazy_module
from .model import PRECISIONS, check_lonlat, parse_date

# geopandas comes with it: loaded when a region option is parsed, not for `--help`
query = lazy_module("catalog.query")

catalog_opt = click.option(
    "--catalog", "catalog_path", envvar="CATALOG", default="catalog.gpkg", show_default=True,
    metavar="FILE|URL",
    help="The catalogue: a GeoPackage path, or a PostGIS database as postgresql://user@host/db "
         "(or $CATALOG).",
)
overwrite_opt = click.option("--overwrite", is_flag=True,
                             help="Replace the output if it exists.")
output_opt = click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
                          help="Write to FILE instead of the default.")
escape_formulas_opt = click.option(
    "--escape-formulas/--no-escape-formulas", default=True, show_default=True,
    help="In CSV, put a ' before text cells a spreadsheet would run as a formula "
         "(starting with = + - @); `catalog import` removes it.")
format_opt = click.option("--format", "fmt", type=click.Choice(["table", "geojson"]),
                          default="table", show_default=True, help="Output format.")


def date_callback(ctx, param, value):
    """Check a ``YYYY-MM-DD`` option; a bad date is a usage error naming the value."""
    if value is None:
        return None
    try:
        return parse_date(value, param.name)
    except ValidationError as e:
        raise click.BadParameter(str(e)) from None


# -- region query options (issue 4) ----------------------------------------------------

def _floats(value: str, n: int, what: str) -> list[float]:
    parts = [p.strip() for p in str(value).split(",")]
    if len(parts) != n:
        raise click.BadParameter(f"expected {n} comma-separated numbers as {what}; got {value!r}")
    try:
        out = [float(p) for p in parts]
    except ValueError:
        raise click.BadParameter(f"expected numbers as {what}; got {value!r}") from None
    if not all(math.isfinite(v) for v in out):
        raise click.BadParameter(f"expected finite numbers as {what}; got {value!r}")
    return out


def bbox_callback(ctx, param, value):
    """Check ``W,S,E,N`` in degrees (W > E crosses the antimeridian); returns a BBox."""
    if value is None:
        return None
    w, s, e, n = _floats(value, 4, "W,S,E,N")
    try:
        return query.BBox(w, s, e, n)
    except ValidationError as err:
        raise click.BadParameter(f"{err} (in {value!r})") from None


def latlon_callback(ctx, param, value):
    """Check ``LAT,LON`` in degrees; returns ``(lat, lon)``."""
    if value is None:
        return None
    lat, lon = _floats(value, 2, "LAT,LON")
    try:
        check_lonlat(lon, lat, f" in {value!r}")
    except ValidationError as err:
        raise click.BadParameter(str(err)) from None
    return lat, lon


def distance_callback(ctx, param, value):
    """Check a distance such as ``25km``, ``500m``, ``3mi``, ``2nmi``; returns metres."""
    if value is None:
        return None
    try:
        return query.parse_distance(value)
    except ValidationError as err:
        raise click.BadParameter(str(err)) from None


def crs_callback(ctx, param, value):
    """Check a CRS pyproj understands (``EPSG:32652``, a PROJ string, WKT)."""
    if value is None:
        return None
    import pyproj

    try:
        pyproj.CRS.from_user_input(value)
    except pyproj.exceptions.CRSError:
        raise click.BadParameter(f"unknown CRS {value!r}; give e.g. EPSG:4326") from None
    return value


def precision_callback(ctx, param, value):
    """A precision class (that class or better) or a distance (uncertainty at most that).

    Returns ``("classes", (...))`` or ``("radius", metres)``.
    """
    if value is None:
        return None
    if value in PRECISIONS and value != "unknown":
        return "classes", PRECISIONS[: PRECISIONS.index(value) + 1]
    try:
        return "radius", query.parse_distance(value.lstrip("<= "))
    except ValidationError:
        raise click.BadParameter(
            f"expected a precision class ({', '.join(PRECISIONS[:-1])}) or a distance such "
            f"as 1km; got {value!r}") from None


query_format_opt = click.option(
    "--format", "fmt", type=click.Choice(["table", "geojson", "csv", "gpkg", "map"]),
    default="table", show_default=True,
    help="Output format (geojson and csv go to stdout unless -o; gpkg and map (an HTML "
         "map of the result) need -o).")
