"""Shared click options and their validating callbacks (as in rasterio/Fiona's options.py)."""

from __future__ import annotations

import click

from .errors import ValidationError
from .model import parse_date

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
