"""The ``catalog`` command line: parses options, calls the library, formats the output.

Library errors become one-line messages with exit code 1; usage errors exit with 2.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import shlex
import sys
import warnings
from collections import Counter
from pathlib import Path

import click

from . import options
from .build import DATA_DIR, build_catalog
from .errors import CatalogError, CRSError, SiteNotFound, ValidationError
from .export import (
    DEFAULT_GROUP_BY,
    Records,
    csv_tables,
    export_catalog,
    format_for,
    geojson_text,
    group_fields,
    save_map,
    write_records,
)
from .files import atomic_write
from .filters import SiteFilter
from .gazetteer import Entry, build_index, match_key, read_places
from .lazy import lazy_module
from .model import (
    FACILITY_TYPES,
    METHODS,
    PRECISIONS,
    SOURCE_KINDS,
    STATUSES,
    SUPPORTS,
    Alias,
    Citation,
    Site,
    Source,
)
from .popup import location_text
from .readers import clean_text, content_hash
from .stores import init_catalog, open_catalog, redact

# geopandas, pyproj and folium come with these: loaded by the commands that need them
query = lazy_module("catalog.query")
mapping = lazy_module("catalog.mapping")
# and these compile the ingest's big regular expressions as they load (a tenth of a
# second): only `catalog ingest`, `analyse` and `import` need them
_ingest = lazy_module("catalog.ingest")
_importer = lazy_module("catalog.importer")
# and these are only a few milliseconds each, but `sites` and `show` have no use for them
_places = lazy_module("catalog.places")
_review = lazy_module("catalog.review")
_serve = lazy_module("catalog.serve")
_transfer = lazy_module("catalog.stores.transfer")
_validate = lazy_module("catalog.validate")


@contextlib.contextmanager
def library_errors():
    """Turn the library's errors into click errors (exit code 1, no traceback)."""
    try:
        yield
    except CatalogError as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:  # an output path that cannot be written: a user's mistake too
        where = f" {e.filename}" if e.filename else ""
        raise click.ClickException(f"cannot write{where}: {e.strerror or e}") from None


def _open(ctx: click.Context, create: bool = False):
    with library_errors():
        return open_catalog(ctx.obj["catalog"], create=create)


@contextlib.contextmanager
def suggesting_sites(cat, site_id: str):
    """A missing ``site_id`` is reported with the closest ids the catalogue has
    (``no site 'kp-hoejung-nii' ...; did you mean 'kp-hoejung-ni'?``)."""
    try:
        yield
    except SiteNotFound as e:
        if f"no site {site_id!r}" not in str(e):
            raise
        ids = [s.site_id for s in cat.sites(None)]
        close = difflib.get_close_matches(site_id, ids, n=3, cutoff=0.75)
        if not close:
            raise
        raise SiteNotFound(f"{e}; did you mean {' or '.join(map(repr, close))}?") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@options.catalog_opt
@click.version_option(package_name="facility-catalog")
@click.pass_context
def main(ctx, catalog_path):
    """A catalogue of facility sites, each linked to the source citations that name it.

    \b
    Example:
      catalog --catalog build/catalog.gpkg build
      catalog --catalog build/catalog.gpkg map -o build/map.html
    """
    ctx.ensure_object(dict)
    ctx.obj["catalog"] = catalog_path


@main.command()
@click.pass_context
def init(ctx):
    """Create an empty catalogue.

    \b
    Example:
      catalog --catalog mine.gpkg init
      catalog --catalog postgresql://analyst@db.example/catalog init
    """
    with library_errors():
        where = init_catalog(ctx.obj["catalog"])
    click.echo(f"created empty catalogue {where}", err=True)


@main.command()
@click.argument("data_dir", required=False, type=click.Path(exists=True, file_okay=False),
                default=str(DATA_DIR))
@options.overwrite_opt
@click.pass_context
def build(ctx, data_dir, overwrite):
    """Build the catalogue from its text form (one CSV per layer; default: shipped data/).

    The new file replaces the old one only once complete.

    \b
    Example:
      catalog --catalog build/catalog.gpkg build --overwrite
    """
    with library_errors():
        counts = build_catalog(ctx.obj["catalog"], data_dir, overwrite=overwrite)
    click.echo(f"built {redact(ctx.obj['catalog'])}: "
               + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)


@main.command()
@options.format_opt
@click.option("--all", "all_states", is_flag=True, help="Include candidate and rejected sites.")
@click.pass_context
def sites(ctx, fmt, all_states):
    """List sites as a table or as GeoJSON (unlocated sites have a null geometry).

    \b
    Example:
      catalog sites --format geojson > sites.geojson
    """
    with _open(ctx) as cat:
        found = cat.sites(None if all_states else ("accepted",))
        if fmt == "geojson":
            click.echo(geojson_text(Records.for_sites(cat, found)))
            return
        counts = Counter(c.site_id for c in cat.citations())
    rows = [("site_id", "name", "type", "status", "precision", "lat", "lon", "cites")]
    for s in found:
        rows.append((s.site_id, s.name, s.facility_type, s.status, s.location_precision,
                     f"{s.lat:.6f}" if s.located else "-",
                     f"{s.lon:.6f}" if s.located else "-", str(counts[s.site_id])))
    click.echo(_table(rows))


def _table(rows) -> str:
    rows = [[_plain(v) for v in r] for r in rows]
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)


def _plain(text) -> str:
    """Text from reports or imports made safe for a terminal: escape sequences and control
    characters (but tab and line feed) become spaces, a carriage return a line feed."""
    return clean_text(str(text)).replace("\r\n", "\n").replace("\r", "\n")


def _echo(text="", **kw) -> None:
    click.echo(_plain(text), **kw)


def _shown(name) -> str:
    """A file name for one line of output: quoted as Python quotes strings when it holds a
    character a terminal acts on (a newline could forge a line of the summary)."""
    name = str(name)
    return name if name.isprintable() else repr(name)


@main.command()
@click.argument("site_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def show(ctx, site_id, as_json):
    """Show one site with its aliases and every citation.

    \b
    Example:
      catalog show kp-hoejung-ni
    """
    with _open(ctx) as cat, library_errors():
        with suggesting_sites(cat, site_id):
            site = cat.get_site(site_id)
        aliases = cat.aliases(site_id)
        cites = cat.citation_rows([site_id])
    if as_json:
        click.echo(json.dumps({"site": site.__dict__, "aliases": [a.__dict__ for a in aliases],
                               "citations": cites}, ensure_ascii=False, indent=2,
                              default=lambda v: None))
        return
    _echo(f"{site.name}  [{site.site_id}]")
    for label, value in (
        ("local name", site.name_local), ("type", site.facility_type),
        ("country", site.country), ("admin1", site.admin1),
        ("status", site.status + (f" (as of {site.status_as_of})" if site.status_as_of else "")),
        ("location", location_text(site)), ("location source", site.location_source_id),
        ("part of", site.parent_site_id), ("review", site.review_status),
        ("notes", site.notes), ("updated", site.updated_at),
    ):
        if value:
            _echo(f"  {label}: {value}")
    _echo("  aliases: " + ", ".join(f"{a.alias} ({a.system or '-'})" for a in aliases))
    _echo(f"  citations ({len(cites)}):")
    for c in cites:
        quote = f'"{c["quote"]}"' if c["quote"] else f"[{c['note']}]"
        _echo(f"    - {quote}\n      {c['title']}, {c['publisher'] or '-'}, "
              f"{c['published'] or 'undated'} ({c['supports']}) [{c['citation_id']}]")
        if c["quote"] and c["note"]:
            _echo(f"      note: {c['note']}")


@main.command("add-site")
@click.argument("site_id")
@click.option("--name", required=True, help="Preferred name.")
@click.option("--type", "facility_type", type=click.Choice(FACILITY_TYPES), required=True)
@click.option("--lat", type=float, help="Latitude in degrees (EPSG:4326).")
@click.option("--lon", type=float, help="Longitude in degrees (EPSG:4326).")
@click.option("--precision", type=click.Choice(PRECISIONS), help="How precise the point is.")
@click.option("--radius-m", type=float, help="Uncertainty radius in metres (approximate).")
@click.option("--method", type=click.Choice(METHODS), help="Who placed the point.")
@click.option("--location-source", help="source_id of the source giving the location.")
@click.option("--name-local", help="Name in the local script, e.g. Hangul.")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. PRK.")
@click.option("--admin1", help="Province or state.")
@click.option("--status", type=click.Choice(STATUSES), default="unknown", show_default=True)
@click.option("--as-of", callback=options.date_callback, help="Date of the status, YYYY-MM-DD.")
@click.option("--parent", help="site_id of the larger site this is part of.")
@click.option("--notes")
@click.pass_context
def add_site(ctx, site_id, name, facility_type, lat, lon, precision, radius_m, method,
             location_source, name_local, aliases, country, admin1, status, as_of, parent,
             notes):
    """Add a site. Without --lat/--lon it is stored unlocated (never at a made-up point).

    \b
    Example:
      catalog add-site kp-sohae --name "Sohae Satellite Launching Station" \\
        --type "launch site" --lat 39.66 --lon 124.705 --precision approximate \\
        --radius-m 2000 --method "digitised by analyst" --country PRK
    """
    # never assume a precision nobody stated: a point without --precision is refused
    precision = precision or "unknown"
    site = Site(site_id, name, facility_type, lon=lon, lat=lat, name_local=name_local,
                country=country, admin1=admin1, status=status, status_as_of=as_of,
                location_precision=precision, precision_m=radius_m, location_method=method,
                location_source_id=location_source, parent_site_id=parent, notes=notes)
    with _open(ctx) as cat, library_errors(), cat.transaction():
        _validate.refuse_taken_names(cat, site_id, [name, name_local, *aliases])
        cat.add_site(site)
        for a in aliases:
            cat.add_alias(Alias(site_id, a))
    click.echo(f"added site {site_id}", err=True)


@main.command("add-alias")
@click.argument("site_id")
@click.argument("alias")
@click.option("--system", help="e.g. 'McCune-Reischauer', 'Revised Romanization', 'Hangul'.")
@click.pass_context
def add_alias(ctx, site_id, alias, system):
    """Add another name of a site.

    \b
    Example:
      catalog add-alias kp-hoejung-ni "Hoejung-ri" --system "Revised Romanization"
    """
    with _open(ctx) as cat, library_errors(), cat.transaction():
        if cat.get_site(site_id).review_status == "accepted":
            _validate.refuse_taken_names(cat, site_id, [alias])
        a = cat.add_alias(Alias(site_id, alias, system))
    click.echo(f"added alias {a.alias!r} (key {a.match_key}) to {site_id}", err=True)


@main.command("remove-alias")
@click.argument("site_id")
@click.argument("alias")
@click.option("--why", help="A note kept in the site's history.")
@click.pass_context
def remove_alias(ctx, site_id, alias, why):
    """Remove a wrong name of a site (a false match); the site's history keeps it.

    \b
    Example:
      catalog remove-alias kp-hoejung-ni "Hoejung-ri" --why "another village's name"
    """
    with _open(ctx) as cat, library_errors(), suggesting_sites(cat, site_id):
        cat.remove_alias(site_id, alias, note=why)
    click.echo(f"removed alias {alias!r} from {site_id}", err=True)


@main.command("add-source")
@click.argument("source_id")
@click.option("--title", required=True)
@click.option("--author", "authors", multiple=True, help="An author (repeatable).")
@click.option("--publisher")
@click.option("--published", callback=options.date_callback, help="YYYY-MM-DD.")
@click.option("--url")
@click.option("--accessed", callback=options.date_callback, help="YYYY-MM-DD.")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default="other", show_default=True)
@click.option("--file", "file_", type=click.Path(exists=True, dir_okay=False),
              help="The report itself, to record its content hash.")
@click.option("--notes")
@click.pass_context
def add_source(ctx, source_id, title, authors, publisher, published, url, accessed, kind,
               file_, notes):
    """Add a source (a report).

    \b
    Example:
      catalog add-source csis-2018-11-12-sakkanmol \\
        --title "Undeclared North Korea: The Sakkanmol Missile Operating Base" \\
        --publisher "CSIS Beyond Parallel" --published 2018-11-12 --kind "think-tank report"
    """
    digest = content_hash(Path(file_).read_bytes()) if file_ else None
    src = Source(source_id, title, list(authors), publisher, published, url, accessed, kind,
                 digest, notes)
    with _open(ctx) as cat, library_errors():
        cat.add_source(src)
    click.echo(f"added source {source_id}", err=True)


@main.command()
@click.argument("site_id")
@click.argument("source_id")
@click.option("--quote", help="The sentence as written in the source.")
@click.option("--supports", type=click.Choice(SUPPORTS), default="existence",
              show_default=True, help="What the citation supports.")
@click.option("--start", type=click.IntRange(min=0), help="Character offset of the quote.")
@click.option("--end", type=click.IntRange(min=0), help="Character offset after the quote.")
@click.option("--note", help="Why there is no quote, or anything else worth saying.")
@click.pass_context
def cite(ctx, site_id, source_id, quote, supports, start, end, note):
    """Cite a source for a site.

    \b
    Example:
      catalog cite kp-hoejung-ni globalmedia-2018-12-08-missile-base \\
        --quote "... another missile base in Hoejung-ni." --supports existence
    """
    with _open(ctx) as cat, library_errors():
        c = cat.add_citation(Citation(site_id, source_id, quote, supports, start, end, note))
    click.echo(f"added citation {c.citation_id}", err=True)


@main.command()
@click.argument("citation_id")
@click.option("--why", help="A note kept in the site's history.")
@click.pass_context
def uncite(ctx, citation_id, why):
    """Remove a wrong citation (a false match), by the id `catalog show` prints beside it;
    the site's history keeps it.

    \b
    Example:
      catalog uncite c-0123456789ab --why "names a town, not the base"
    """
    with _open(ctx) as cat, library_errors():
        c = cat.remove_citation(citation_id, note=why)
    click.echo(f"removed citation {citation_id} of {c.site_id} by {c.source_id}", err=True)


@main.command("update-site")
@click.argument("site_id")
@click.option("--name")
@click.option("--type", "facility_type", type=click.Choice(FACILITY_TYPES))
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. PRK ('' clears it).")
@click.option("--admin1", help="Province or state ('' clears it).")
@click.option("--lat", type=float, help="New latitude (with --lon, --precision, --method).")
@click.option("--lon", type=float, help="New longitude (with --lat, --precision, --method).")
@click.option("--unlocate", is_flag=True, help="Remove the point: the location is unknown.")
@click.option("--precision", type=click.Choice(PRECISIONS),
              help="How precise the point is (required with a new point).")
@click.option("--radius-m", type=float, help="Uncertainty radius in metres (approximate).")
@click.option("--method", type=click.Choice(METHODS),
              help="Who placed the point (required with a new point).")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--as-of", callback=options.date_callback, help="Date of the status.")
@click.option("--notes")
@click.option("--source", "source_id",
              help="source_id of the source justifying the change; with a new point, the "
                   "source of that point (required unless --method 'digitised by analyst'), "
                   "cited as supporting it.")
@click.option("--quote", help="With a new point and --source: the sentence giving it.")
@click.option("--why", help="A note kept in the site's history.")
@click.pass_context
def update_site(ctx, site_id, name, facility_type, country, admin1, lat, lon, unlocate,
                precision, radius_m, method, status, as_of, notes, source_id, quote, why):
    """Change a site; every change is kept in its history with the source behind it.

    A new point states its own precision, method and source (the old point's never carry
    over) and its source is cited as supporting it; the old point goes to the history.

    \b
    Example:
      catalog update-site kp-hoejung-ni --status active --as-of 2022-02-07 \\
        --source csis-2022-02-07-hoejung-ni --why "seen active on new imagery"
      catalog update-site kp-sakkanmol --lat 38.5847 --lon 126.1079 \\
        --precision approximate --radius-m 500 --method "digitised by analyst"
    """
    changes = {k: v for k, v in dict(
        name=name, facility_type=facility_type, location_precision=precision,
        precision_m=radius_m, location_method=method, status=status, status_as_of=as_of,
        notes=notes).items() if v is not None}
    for field, value in (("country", country), ("admin1", admin1)):
        if value is not None:
            changes[field] = value.strip() or None
    if unlocate and (lat is not None or lon is not None):
        raise click.UsageError("--unlocate removes the point: give it without --lat/--lon")
    if lat is not None or lon is not None:
        if lat is None or lon is None:
            raise click.UsageError("a new point needs both --lat and --lon")
        if precision is None or method is None:
            raise click.UsageError(
                "a new point states its own --precision and --method (and --source unless "
                "the method is 'digitised by analyst'): the old point's do not carry over")
        if precision == "approximate" and radius_m is None:
            raise click.UsageError("--precision approximate needs --radius-m, the "
                                   "uncertainty radius in metres")
        changes.update(lat=lat, lon=lon)
    if unlocate:
        changes.update(lat=None, lon=None)
    if not changes:
        raise click.UsageError("nothing to change: give at least one option")
    with _open(ctx) as cat, library_errors(), suggesting_sites(cat, site_id):
        cat.edit_site(site_id, source_id=source_id, note=why, quote=quote, **changes)
    click.echo(f"updated site {site_id}", err=True)


@main.command()
@click.argument("site_id")
@click.pass_context
def history(ctx, site_id):
    """Show every recorded change to a site: when, what, and the source behind it.

    \b
    Example:
      catalog history kp-hoejung-ni
    """
    with _open(ctx) as cat, library_errors():
        with suggesting_sites(cat, site_id):
            cat.get_site(site_id)
        rows = cat.site_history(site_id)
    table = [("changed_at", "field", "old", "new", "source", "note")]
    table += [(h["changed_at"], h["field"], h["old_value"] or "-", h["new_value"] or "-",
               h["source_id"] or "-", h["note"] or "") for h in rows]
    click.echo(_table(table))


@main.command()
@click.argument("dest", type=click.Path(dir_okay=False))
@options.overwrite_opt
@click.pass_context
def backup(ctx, dest, overwrite):
    """Write a consistent copy of the catalogue, even while others write to it.

    \b
    Example:
      catalog backup backups/catalog-2024-01-01.gpkg
    """
    with _open(ctx) as cat, library_errors():
        cat.backup(dest, overwrite=overwrite)
    click.echo(f"wrote {dest}", err=True)


@main.command("map")
@options.output_opt
@options.overwrite_opt
@click.option("--tiles", default="OpenStreetMap", show_default=True,
              type=click.Choice(["OpenStreetMap", "CartoDB positron", "Esri WorldImagery"]),
              help="The web basemap shown first (others are in the switcher).")
@click.option("--offline", is_flag=True,
              help="No web tiles: the Natural Earth outlines held in the file are the "
                   "basemap and the page asks the network for nothing. (Every map works "
                   "offline: without --offline it shows web tiles when they load and falls "
                   "back to the outlines when they do not.)")
@click.option("--where", "where", multiple=True, metavar="FIELD=VALUE",
              help="Map only sites passing this filter (repeatable, all must hold; "
                   "operators = != < <= > >= ~), e.g. --where country=PRK.")
@click.pass_context
def map_(ctx, output, overwrite, tiles, offline, where):
    """Write an interactive HTML map of the catalogue (default: map.html).

    \b
    Example:
      catalog --catalog build/catalog.gpkg map -o build/map.html --overwrite
      catalog map --offline --where "facility_type=missile base" -o bases.html
    """
    out = Path(output or "map.html")
    with _open(ctx) as cat, library_errors(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        try:
            m = mapping.make_map(cat, tiles=tiles, offline=offline, where=where)
        except ValidationError as e:
            raise click.BadParameter(str(e), param_hint="--where") from None
        for w in caught:  # one line each, not Python's warning with its source line
            click.echo(f"warning: {w.message}", err=True)
        save_map(m, out, overwrite=overwrite)
    click.echo(f"wrote {out}", err=True)


@main.command()
@click.pass_context
def validate(ctx):
    """Check integrity: orphan citations, duplicate ids or aliases, bad coordinates,
    sites with no citation. Exits 1 if any error is found.

    \b
    Example:
      catalog --catalog build/catalog.gpkg validate
    """
    with _open(ctx) as cat:
        problems = _validate.validate_catalog(cat)
        counts = cat.counts()
    for p in problems:
        click.echo(str(p), err=True)
    errors = sum(p.level == "error" for p in problems)
    warnings_ = len(problems) - errors
    click.echo(f"{redact(ctx.obj['catalog'])}: " + ", ".join(f"{n} {k}" for k, n in counts.items())
               + f"; {errors} error(s), {warnings_} warning(s)")
    if errors:
        sys.exit(1)


# -- export/import (issue 5) --

@main.command("export")
@click.option("--format", "fmt", type=click.Choice(
    ["geojson", "kml", "kmz", "csv", "gpkg", "fgb", "parquet"]),
    help="Output format (default: from the file's suffix).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              metavar="FILE", help="The file to write.")
@options.overwrite_opt
@click.option("--where", "where", multiple=True, metavar="FIELD=VALUE",
              help="Export only sites passing this filter (repeatable, all must hold; "
                   "operators = != < <= > >= ~), e.g. --where country=PRK.")
@click.option("--all", "all_states", is_flag=True,
              help="Include candidate and rejected sites (default: accepted sites only; "
                   "select a state with --where review_status=candidate).")
@click.option("--group-by", default=",".join(DEFAULT_GROUP_BY), show_default=True,
              metavar="FIELDS",
              help="KML/KMZ folders: site fields, outer first (country, facility_type, "
                   "status, review_status, location_precision, admin1, location_method), "
                   "or none.")
@options.escape_formulas_opt
@click.pass_context
def export_(ctx, fmt, output, overwrite, where, all_states, group_by, escape_formulas):
    """Export the catalogue: GeoJSON (RFC 7946), KML/KMZ for Google Earth (styles and
    folders by country and type, uncertainty circles, dates for the time slider), CSV
    (with companion aliases/citations/sources/history files), a GeoPackage copy (every
    site and its history; its QGIS project renamed with it), FlatGeobuf or GeoParquet.

    Accepted sites only, unless --all or --where review_status=... says otherwise; a
    GeoPackage export is always a whole copy.

    \b
    Example:
      catalog --catalog build/catalog.gpkg export --format kmz -o build/sites.kmz
      catalog export -o prk.kmz --where country=PRK --group-by facility_type,status
    """
    with library_errors():
        fmt = format_for(output, fmt)
        try:
            group = group_fields(group_by)
        except ValidationError as e:
            raise click.BadParameter(str(e), param_hint="--group-by") from None
    if fmt == "gpkg" and where:
        raise click.BadParameter("a GeoPackage export is a whole copy of the catalogue; "
                                 "filter with `catalog query ... --format gpkg`",
                                 param_hint="--where")
    review = None if all_states or fmt == "gpkg" or any(
        w.strip().startswith("review_status") for w in where) else ("accepted",)
    with _open(ctx) as cat, library_errors():
        try:
            n = export_catalog(cat, output, fmt, overwrite=overwrite, review_status=review,
                               where=where, group_by=group, escape_formulas=escape_formulas)
        except ValidationError as e:
            if not where or "filter" not in str(e):
                raise
            raise click.BadParameter(str(e), param_hint="--where") from None
    click.echo(f"wrote {n} site(s) to {output}", err=True)


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--max-distance-m", type=click.FloatRange(min=0), default=2000.0,
              show_default=True,
              help="Same-named sites closer than this are the same site.")
@click.option("--strict", is_flag=True,
              help="Refuse the whole import (exit 1, nothing changed) on any conflict.")
@click.option("--type-map", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="For another tool's KML/GeoJSON/CSV: folder names to facility types, a "
                   "CSV (folder,facility_type) or a JSON object.")
@click.option("--country", help="For another tool's file: the ISO code (e.g. PRK) of sites "
                                "it does not place in a country; prefixes their ids.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: for files over 1 MB).")
@click.pass_context
def import_(ctx, file, max_distance_m, strict, type_map, country, progress):
    """Merge another catalogue (GeoPackage, GeoJSON, KML/KMZ or CSV export) into this one,
    or a Google Earth KML/KMZ, plain GeoJSON or CSV made by another tool.

    Same site_id, or the same normalised name within --max-distance-m, is the same site;
    records that disagree are reported as conflicts and not merged. The placemarks of
    another tool's file become candidate sites (see `catalog review`) with method
    'third party' and the file as their source; folders that name a facility type set
    it, --type-map names the others.

    \b
    Example:
      catalog --catalog build/catalog.gpkg import colleague.geojson
      catalog import atlas.kmz --country PRK --type-map folders.csv
    """
    if progress is None:
        progress = Path(file).stat().st_size > 2**20
    with library_errors():
        mapping_ = _importer.read_type_map(type_map) if type_map else None
    with _open(ctx) as cat, library_errors():
        report = _importer.import_file(cat, file, max_distance_m=max_distance_m,
                                       strict=strict, type_map=mapping_, country=country,
                                       progress=progress)
    for their, ours, d in report.matched_sites:
        click.echo(f"matched: their {their!r} is our {ours!r} ({d:.0f} m apart)", err=True)
    for c in report.conflicts:
        click.echo(f"conflict: {c}", err=True)
    for c in report.skipped:
        click.echo(f"skipped: {c}", err=True)
    click.echo(f"imported {file}: {report.summary()}")

@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default serves this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--export", "export_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write what `datasette publish` needs to DIR instead of serving.")
@click.option("--all", "all_states", is_flag=True,
              help="Publish candidate and rejected sites too (default: accepted only).")
@click.option("--title", default="Facility catalogue", show_default=True,
              help="The website's title.")
@options.overwrite_opt
@click.pass_context
def serve_(ctx, host, port, export_dir, all_states, title, overwrite):
    """Browse the catalogue as a website (Datasette): search names, aliases and quotes,
    facets on type, country, status and precision, a clustered map, a page per site with
    its citations. Read-only, on a copy taken at start; localhost unless --host says
    otherwise. Needs the extra: pip install 'facility-catalog[serve]'.

    \b
    Example:
      catalog --catalog build/catalog.gpkg serve --port 8001
      catalog serve --export site/   # then: datasette publish cloudrun site/catalog.gpkg ...
    """
    review = None if all_states else ("accepted",)
    with _open(ctx) as cat, library_errors():
        if export_dir:
            out = _serve.build_site(cat, export_dir, review_status=review, title=title,
                                    overwrite=overwrite)
            click.echo(f"wrote the site to {out}; serve it with:", err=True)
            click.echo(" ".join(shlex.quote(a) for a in ["datasette", *_serve.datasette_command(
                out)[4:]]))
            return
        _serve.require_datasette()
        click.echo(f"serving {redact(ctx.obj['catalog'])} at http://{host}:{port}/ "
                   "(read-only; Ctrl-C stops)", err=True)
        code = _serve.serve(cat, host=host, port=port, review_status=review, title=title)
    if code:
        raise click.ClickException(f"Datasette stopped with exit code {code}")


# -- ingest (issue 3) --

class _ReportLocation(click.Path):
    """A report file or folder that exists, or a URL (``s3://...``) for Dask workers."""

    def convert(self, value, param, ctx):
        return value if "://" in str(value) else super().convert(value, param, ctx)


@main.command()
@click.argument("reports", nargs=-1, required=True, type=_ReportLocation(exists=True))
@click.option("--title", help="Title of the report (overrides the document's own).")
@click.option("--author", "authors", multiple=True, help="An author (repeatable).")
@click.option("--publisher", help="Publisher, e.g. 'CSIS Beyond Parallel'.")
@click.option("--published", callback=options.date_callback, help="YYYY-MM-DD.")
@click.option("--url", help="Where the report was published.")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), help="Kind of source.")
@click.option("--encoding", help="Text encoding of the reports if not UTF-8, e.g. cp1252.")
@click.option("--rescan", is_flag=True,
              help="For reports already catalogued, add citations of sites added since.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Read and analyse the reports on a local Dask cluster of N processes.")
@click.option("--scheduler", metavar="URL",
              help="Read and analyse the reports on a running Dask cluster, "
                   "e.g. tcp://host:8786.")
@click.pass_context
def ingest(ctx, reports, title, authors, publisher, published, url, kind, encoding, rescan,
           workers, scheduler):
    """Read reports (txt, md, html, pdf, or directories of them), cite the known sites they
    name and propose new candidate sites for `catalog review`.

    Metadata comes from the options, else from the document (an HTML page's <meta>, a text
    header, PDF metadata). A report already in the catalogue (same content hash or URL)
    adds nothing.

    \b
    Example:
      catalog --catalog build/catalog.gpkg ingest reports/ --kind news
      catalog ingest report.pdf --title "Undeclared North Korea" --published 2019-01-21
      catalog ingest corpus/ --workers 4      # Dask workers read, this process writes
    """
    if workers and scheduler:
        raise click.UsageError("give --workers (a local cluster) or --scheduler, not both")
    if not (workers or scheduler) and any("://" in r for r in reports):
        raise click.UsageError("reports given by URL are read by Dask workers: "
                               "add --workers N or --scheduler URL")
    with _open(ctx) as cat, library_errors():
        summary = _ingest.ingest(
            cat, list(reports), title=title, authors=list(authors) or None,
            publisher=publisher, published=published, url=url, kind=kind, encoding=encoding,
            rescan=rescan, progress=len(reports) > 1 or any(Path(r).is_dir() for r in reports),
            workers=workers, scheduler=scheduler)
    for r in summary.reports:
        click.echo(f"{_shown(r.path)}: {_plain(r.message)}", err=True)
        for sid in r.candidates:
            click.echo(f"  new candidate {sid}", err=True)
        for h in r.held:
            _echo(f"  held, not cited: {h}", err=True)
        for p in r.problems:
            _echo(f"  for review: {p}", err=True)
    for path, why in summary.failed:
        _echo(f"not ingested: {_shown(path)}: {why}", err=True)
    click.echo(str(summary))
    if summary.failed:
        raise click.ClickException(
            f"{len(summary.failed)} report(s) could not be ingested (listed above); the "
            f"other {len(summary.reports)} were")


@main.command()
@click.pass_context
def review(ctx):
    """List candidate sites proposed by ingest, with the sentences that name them, and
    the matches ingest held back.

    \b
    Example:
      catalog review
      catalog accept kp-sinpo-shipyard
      catalog merge hoejung-ri-missile-base kp-hoejung-ni
      catalog reject tonghae-launch-site
      catalog cite-held r-0123456789ab   # a held match that does speak of the site
      catalog dismiss r-0123456789ab     # one that does not
    """
    with _open(ctx) as cat, library_errors():
        found = _review.candidates(cat)
        held = _review.held_mentions(cat)
        others = _review.site_problems(cat)
    if not found and not held and not others:
        _echo("no candidate sites to review")
        return
    for ev in found:
        s = ev.site
        _echo(f"{s.site_id}  {s.name}  [{s.facility_type}]")
        _echo(f"  location: {location_text(s)}")
        if ev.aliases:
            _echo(f"  names: {', '.join(ev.aliases)}")
        for m in ev.suggestions:
            _echo(f"  may be {m.site_id} ({m.name}): {m.evidence}; "
                  f"catalog merge {s.site_id} {m.site_id}")
        for r in ev.problems:
            _echo(f"  ! {r.reason}  [{r.item_id}]")
        for c, src in ev.citations:
            if c.quote is None:
                _echo(f"  - [{c.supports}] {c.note}\n    {src.title} ({src.source_id})")
                continue
            _echo(f'  - "{c.quote}"\n    {src.title} ({src.source_id}, '
                  f"chars {c.char_start}-{c.char_end})")
    if held:
        _echo("matches held back (the name is also a place's; cite-held or dismiss):")
        for r, site, src in held:
            _echo(f"  {r.item_id}  {site.site_id} ({site.name}): {r.reason}")
            _echo(f'    "{r.quote}"\n    {src.title} ({src.source_id}, '
                  f"chars {r.char_start}-{r.char_end})")
    if others:
        _echo("statements about reviewed sites' places that ingest did not use:")
        for r, site in others:
            _echo(f"  {r.item_id}  {site.site_id} ({site.name}): {r.reason}")


@main.command("cite-held")
@click.argument("item_id")
@click.pass_context
def cite_held(ctx, item_id):
    """Cite a match ingest held back: the sentence does speak of the site.

    \b
    Example:
      catalog cite-held r-0123456789ab
    """
    with _open(ctx) as cat, library_errors():
        c = _review.cite_held(cat, item_id)
    click.echo(f"cited {c.site_id} from {c.source_id} ({c.citation_id})", err=True)


@main.command()
@click.argument("item_id")
@click.pass_context
def dismiss(ctx, item_id):
    """Close a review item without acting on it (a held match that means the town).

    \b
    Example:
      catalog dismiss r-0123456789ab
    """
    with _open(ctx) as cat, library_errors():
        r = _review.dismiss(cat, item_id)
    click.echo(f"dismissed {r.item_id} ({r.kind} of {r.site_id})", err=True)


@main.command()
@click.argument("site_id")
@click.pass_context
def accept(ctx, site_id):
    """Accept a candidate site; its citations stay.

    \b
    Example:
      catalog accept kp-sinpo-shipyard
    """
    with _open(ctx) as cat, library_errors():
        _review.accept(cat, site_id)
    click.echo(f"accepted {site_id}", err=True)


@main.command()
@click.argument("site_id")
@click.pass_context
def reject(ctx, site_id):
    """Reject a candidate site: it is kept as rejected and not proposed again.

    \b
    Example:
      catalog reject tonghae-launch-site
    """
    with _open(ctx) as cat, library_errors():
        _review.reject(cat, site_id)
    click.echo(f"rejected {site_id}", err=True)


@main.command()
@click.argument("candidate_id")
@click.argument("site_id")
@click.pass_context
def merge(ctx, candidate_id, site_id):
    """Merge a candidate into an existing site: its names become aliases, its citations
    move, the candidate is deleted.

    \b
    Example:
      catalog merge hoejung-ri-missile-base kp-hoejung-ni
    """
    with _open(ctx) as cat, library_errors():
        with suggesting_sites(cat, candidate_id), suggesting_sites(cat, site_id):
            had = len(cat.citations(site_id=candidate_id))
            moved = _review.merge(cat, candidate_id, site_id)
    same = f", {had - moved} already there" if had > moved else ""
    click.echo(f"merged {candidate_id} into {site_id} ({moved} citation(s) moved{same})",
               err=True)


@main.group()
def gazetteer():
    """Place names used to recognise and locate sites.

    \b
    Example:
      catalog gazetteer import KP.txt --alternate-names alternateNamesV2.txt
      catalog gazetteer lookup "Yongjo-dong"
    """


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
              help="GeoNames alternateNamesV2.txt whose names to add to the places.")
@click.pass_context
def gazetteer_import(ctx, file, alternate_names):
    """Import a GeoNames dump (KP.txt, allCountries.txt) or an NGA GNS country file.

    \b
    Example:
      catalog --catalog build/catalog.gpkg gazetteer import KP.txt
    """
    with _open(ctx) as cat, library_errors():
        n = cat.add_places(read_places(file, alternate_names))
    click.echo(f"imported {n} place(s) from {file}", err=True)


@gazetteer.command("lookup")
@click.argument("name")
@click.pass_context
def gazetteer_lookup(ctx, name):
    """Find sites and places by name, tolerant of romanization.

    \b
    Example:
      catalog gazetteer lookup "Yŏngjŏ-dong"
    """
    with _open(ctx) as cat, library_errors():
        found = build_index(cat.sites(None), cat.aliases()).lookup(name)
        # the world gazetteer, then places imported into this catalogue
        places = {p.place_id: p for p in _places.CombinedGazetteer(
            _places.default_gazetteer(), _places.CatalogGazetteer(cat)).named(name)}
        found += [Entry("place", p.place_id, p.name) for p in places.values()]
    if not found:
        click.echo(f"nothing named {name!r} (key {match_key(name)!r})", err=True)
        sys.exit(1)
    seen = set()
    for e in found:
        if (e.kind, e.ref) in seen:
            continue
        seen.add((e.kind, e.ref))
        if e.kind == "place":
            p = places[e.ref]
            click.echo(f"place  {p.place_id}  {p.name}  {p.lat:.5f} {p.lon:.5f}  "
                       f"{p.country or '-'} {p.feature_code or '-'}"
                       + (f"  {p.admin1_name}" if p.admin1_name else ""))
        else:
            click.echo(f"site   {e.ref}  {e.name}")


# -- query (issue 4) --

def _file_and_layer(value: str) -> tuple[str, str | None]:
    """Split ``FILE[:LAYER]``; a path that exists as given is never split."""
    if Path(value).exists() or ":" not in value:
        return value, None
    path, layer = value.rsplit(":", 1)
    return path, layer or None


@main.command("query")
@click.argument("words", nargs=-1, metavar="[CATALOG]")
@click.option("--bbox", callback=options.bbox_callback, metavar="W,S,E,N",
              help="A box in degrees; W > E crosses the antimeridian.")
@click.option("--within", metavar="FILE[:LAYER]",
              help="Polygons from GeoJSON, GeoPackage, Shapefile or KML (any CRS).")
@click.option("--within-wkt", metavar="WKT", help="A polygon as WKT (in --crs, else EPSG:4326).")
@click.option("--crs", callback=options.crs_callback,
              help="CRS of --within-wkt, or of a --within file that declares none.")
@click.option("--near", callback=options.latlon_callback, metavar="LAT,LON",
              help="Centre of a radius query (needs --radius).")
@click.option("--radius", callback=options.distance_callback, metavar="DISTANCE",
              help="Geodesic radius on WGS84 with its unit (no default unit): 25km, "
                   "'25 km', 500m, 3mi, 2nmi.")
@click.option("--country", help="ISO alpha-3 (PRK), alpha-2 (KP), name or abbreviation "
              "(North Korea, DPRK, ROK, Iran).")
@click.option("--admin1", help="Province: a name, a variant (Jagang) or ISO 3166-2 (KP-04).")
@click.option("--boundaries", metavar="FILE[:LAYER]",
              help="Your own boundary file for --country/--admin1 (instead of Natural Earth).")
@click.option("--type", "types", multiple=True, type=click.Choice(FACILITY_TYPES),
              help="Facility type (repeatable).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Status (repeatable).")
@click.option("--precision", callback=options.precision_callback, metavar="CLASS|DISTANCE",
              help="Location precision: a class (that class or better) or a distance "
                   "(uncertainty radius at most that, e.g. 1km).")
@click.option("--cited-by", metavar="SOURCE_ID", help="Sites cited by this source.")
@click.option("--published-since", callback=options.date_callback, metavar="DATE",
              help="Sites cited by a source published on or after DATE (YYYY-MM-DD).")
@click.option("--name", help="A name or alias, in any romanization (Hoejung-ri = Hoejung-ni).")
@click.option("--precision-aware", is_flag=True,
              help="Report sites whose uncertainty circle overlaps the region as "
                   "'may be inside'.")
@click.option("--all", "all_states", is_flag=True, help="Include candidate and rejected sites.")
@click.option("--sort", type=click.Choice(["site_id", "name", "distance"]),
              help="Sort order (default site_id; distance needs --near).")
@options.query_format_opt
@options.output_opt
@options.overwrite_opt
@options.escape_formulas_opt
@click.pass_context
def query_cmd(ctx, words, bbox, within, within_wkt, crs, near, radius, country, admin1,
              boundaries, types, statuses, precision, cited_by, published_since, name,
              precision_aware, all_states, sort, fmt, output, overwrite, escape_formulas):
    """Sites within a box, a polygon, a radius, a province or a country (regions AND).

    Sites without a location never match a region; the summary on stderr says how many
    the other filters alone would have matched. A point on a region's boundary is inside.

    \b
    Example:
      catalog query build/catalog.gpkg --admin1 Chagang --type "missile base"
      catalog query --bbox 124,37,131,43 --format geojson -o korea.geojson
      catalog query --near 41.37,126.91 --radius 25km --sort distance
      catalog query --country PRK --format map -o prk.html
    """
    # the words are the catalogue and, after a bare --radius number, its unit ("25 km")
    radius, words = options.distance_with_unit(radius, words, "--radius")
    if len(words) > 1:
        raise click.UsageError(f"Got unexpected extra argument ({words[1]})")
    catalog_file = words[0] if words else None
    if (near is None) != (radius is None):
        raise click.UsageError("--near and --radius go together")
    if sort == "distance" and near is None:
        raise click.UsageError("--sort distance needs --near and --radius")
    if fmt in ("gpkg", "map") and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    regions = [bbox] if bbox is not None else []
    hint = None
    try:
        if within is not None:
            hint = "--within"
            path, layer = _file_and_layer(within)
            regions.append(query.polygon_from_file(path, layer, crs))
        if within_wkt is not None:
            hint = "--within-wkt"
            regions.append(query.polygon_from_wkt(within_wkt, crs))
        bpath, blayer = _file_and_layer(boundaries) if boundaries else (None, None)
        if country is not None:
            hint = "--country"
            regions.append(query.country(country, bpath, blayer))
        if admin1 is not None:
            hint = "--admin1"
            regions.append(query.admin1(admin1, None if bpath else country, bpath, blayer))
        if near is not None:
            regions.append(query.Near(near[0], near[1], radius))
        site_filter = SiteFilter(
            types=types, statuses=statuses,
            precisions=precision[1] if precision and precision[0] == "classes" else (),
            max_radius_m=precision[1] if precision and precision[0] == "radius" else None,
            cited_by=cited_by, published_since=published_since, name=name,
            review_status=None if all_states else ("accepted",)).validated()
    except (CRSError, ValidationError) as e:
        raise click.BadParameter(str(e), param_hint=hint) from None

    ctx.obj["catalog"] = catalog_file or ctx.obj["catalog"]
    out = Path(output) if output else None
    text = None
    with _open(ctx) as cat, library_errors():
        frame = cat.query(*regions, site_filter=site_filter,
                          precision_aware=precision_aware, sort=sort)
        if fmt == "map":
            save_map(mapping.make_map(cat, frame), out, overwrite=overwrite)
        elif fmt == "table":
            text = _query_table(frame) + "\n"
        else:  # the writers of `catalog export`, the query's own columns beside the sites'
            recs = Records.from_frame(cat, frame)
            if out is not None:
                write_records(recs, out, fmt, overwrite=overwrite,
                              escape_formulas=escape_formulas)
            else:
                text = (geojson_text(recs) + "\n" if fmt == "geojson" else
                        csv_tables(recs, escape_formulas=escape_formulas)["sites"])
        if text is not None and out is not None:
            atomic_write(out, text, overwrite=overwrite)
    if text is not None and out is None:
        click.echo(text, nl=False)
    n_may = int((frame["match"] == "may be inside").sum()) if "match" in frame else 0
    n_listed = frame.attrs.get("unlocated_listed", 0)
    summary = f"{len(frame)} site(s)"
    if n_may or n_listed:
        summary += (f" ({len(frame) - n_may - n_listed} inside"
                    + (f", {n_may} may be inside" if n_may else "")
                    + (f", {n_listed} without a location whose country or province is the "
                       "region's" if n_listed else "") + ")")
    if regions:
        summary += " in " + " and ".join(r.label for r in regions)
        unloc = frame.attrs.get("unlocated_matches", 0)
        summary += (f"; {unloc} site(s) without a location match the other filters "
                    "but cannot be placed in a region")
    click.echo(summary + (f"; wrote {out}" if out else ""), err=True)


def _query_table(frame) -> str:
    head = ["site_id", "name", "type", "status", "precision", "lat", "lon"]
    extra = [c for c in ("distance_m", "match") if c in frame.columns]
    rows = [tuple(head + ["distance_km" if c == "distance_m" else c for c in extra])]
    for r in frame.itertuples():
        g = r.geometry
        cells = [r.site_id, r.name, r.facility_type, r.status, r.location_precision,
                 f"{g.y:.6f}" if g is not None else "-",
                 f"{g.x:.6f}" if g is not None else "-"]
        for c in extra:
            v = getattr(r, c)
            cells.append(f"{v / 1000:.3f}" if c == "distance_m" else v)
        rows.append(tuple(cells))
    return _table(rows)


# -- PostGIS (issue 8) --
@main.command("restore")
@click.argument("source")
@options.overwrite_opt
@click.pass_context
def restore(ctx, source, overwrite):
    """Replace --catalog with a copy of another catalogue (a backup GeoPackage or a
    postgresql:// URL), losslessly: every site, alias, source, citation and the full history.
    The way to move a catalogue into PostGIS, and back: `catalog backup` writes any catalogue
    to a GeoPackage. (`catalog import` merges instead.)

    \b
    Example:
      catalog --catalog postgresql://analyst@db.example/catalog restore build/catalog.gpkg
    """
    with library_errors():
        counts = _transfer.copy_catalog(source, ctx.obj["catalog"], overwrite=overwrite)
    click.echo(f"restored {redact(source)} into {redact(ctx.obj['catalog'])}: "
               + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
