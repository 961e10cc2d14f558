"""Shared click options and their validating callbacks (as in rasterio/Fiona's options.py)."""

from __future__ import annotations

import math
import re

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
    """Check a ``YYYY-MM-DD`` option; a bad date is a usage error naming the value and the
    form expected (click names the option: ``Invalid value for '--as-of': ...``)."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValidationError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value).strip()):
            raise click.BadParameter(
                f"not a real date: {value!r} (expected YYYY-MM-DD)") from None
        raise click.BadParameter(
            f"expected a date as YYYY-MM-DD, e.g. 2024-01-05; got {value!r}") from None


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


DISTANCE_UNITS = ("m", "km", "mi", "nmi")


class BareNumber(str):
    """A distance given without its unit; the unit may follow as the next word."""


def distance_callback(ctx, param, value):
    """Check a distance such as ``25km``, ``25 km``, ``500m``, ``3mi``, ``2nmi``; returns
    metres. A bare number is returned as :class:`BareNumber`: the command takes its unit
    from the next word (``--radius 25 km``) with :func:`distance_with_unit`, or refuses it."""
    if value is None:
        return None
    try:
        float(value)
        return BareNumber(value.strip())
    except ValueError:
        pass
    try:
        return query.parse_distance(value)
    except ValidationError as err:
        raise click.BadParameter(str(err)) from None


def distance_with_unit(value, words: tuple[str, ...], param_hint: str
                       ) -> tuple[float | None, tuple[str, ...]]:
    """``(metres, other words)`` for a distance option's value and a command's positional
    words: a :class:`BareNumber` takes its unit from the first word that is a unit (which is
    used up), else is refused naming the value, since a number alone could be metres or
    kilometres."""
    if not isinstance(value, BareNumber):
        return value, tuple(words)
    words = list(words)
    unit = next((w for w in words if w.lower() in DISTANCE_UNITS), None)
    try:
        metres = query.parse_distance(f"{value} {unit}" if unit else value)
    except ValidationError as err:
        raise click.BadParameter(str(err), param_hint=param_hint) from None
    words.remove(unit)
    return metres, tuple(words)


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
