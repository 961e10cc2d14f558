"""The catalogue as a website: Datasette over a read-only copy (``catalog serve``).

:func:`build_site` writes a folder that Datasette serves as it is, and that
``datasette publish`` puts online:

- ``catalog.gpkg``: a copy of the catalogue (a GeoPackage still: QGIS opens it and GDAL's
  ``validate_gpkg`` passes) with what a website needs beside the tables: full-text indexes
  (FTS5, diacritics folded) over site names, local names and aliases (``sites_fts``) and
  over citation quotes and notes (``citations_fts``); ``site_coordinates``, each located
  site's latitude and longitude (an attributes table registered in ``gpkg_contents``); and
  the view ``site_map`` (sites with ``latitude``/``longitude``), which
  ``datasette-cluster-map`` draws as a clustered map. Only accepted sites unless told.
- ``metadata.json``: a title and description for every table, view and column, facets on
  type, country, status and precision, search, and the canned queries *sites in a box*
  and *sites cited by a source*.
- ``plugins/catalog_pages.py`` and ``templates/row-catalog-sites.html``: a page per site
  listing its citations (with links to their sources), other names and history.
- ``README.txt``: the commands that serve and publish it.

:func:`serve` builds such a folder in a temporary directory and runs Datasette on it,
read-only (``--immutable``) and on localhost unless told otherwise. Datasette and
``datasette-cluster-map`` are the optional extra ``serve``
(``pip install 'facility-catalog[serve]'``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .errors import CatalogError, FileOverwriteError
from .model import FACILITY_TYPES, PRECISIONS, STATUSES
from .stores import Catalog, open_catalog

#: The database's name in Datasette (its file's stem): URLs are /catalog/sites/...
DATABASE = "catalog"
DB_FILE = f"{DATABASE}.gpkg"
INSTALL_HINT = ("catalog serve needs Datasette and datasette-cluster-map: "
                "pip install 'facility-catalog[serve]'")

_SITE_COLUMNS = {
    "fid": "Row number (the GeoPackage feature id); the site's page is /catalog/sites/FID.",
    "geom": "The site's point (GeoPackage geometry, EPSG:4326); empty when unlocated.",
    "site_id": "The site's identifier, a slug such as kp-sakkanmol; "
               "/catalog/sites/SITE_ID opens its page.",
    "name": "The preferred name of the site.",
    "name_local": "The name in the local script (e.g. Hangul).",
    "facility_type": f"What the site is: {', '.join(FACILITY_TYPES)}.",
    "country": "ISO 3166-1 alpha-3 code of the country, e.g. PRK.",
    "admin1": "Province or state.",
    "status": f"What the sources say of its activity: {', '.join(STATUSES)}.",
    "status_as_of": "The date the status was reported (YYYY-MM-DD).",
    "location_precision": "How precisely the site is located: "
                          f"{', '.join(PRECISIONS)}.",
    "precision_m": "Uncertainty radius of the location in metres (approximate locations).",
    "location_method": "Who placed the point: published by source, derived from source "
                       "text, digitised by analyst, gazetteer or third party.",
    "location_source_id": "The source that gives the location.",
    "parent_site_id": "The larger site this one is part of.",
    "review_status": "accepted, or candidate / rejected (proposed by ingest or an import).",
    "notes": "Notes of the analyst or of the import.",
    "updated_at": "When the site was last changed (UTC).",
    "latitude": "Latitude in degrees (WGS 84), as stored.",
    "longitude": "Longitude in degrees (WGS 84), as stored.",
}
_CITATION_COLUMNS = {
    "fid": "Row number.",
    "citation_id": "The citation's identifier.",
    "site_id": "The site the source names.",
    "source_id": "The source (report) that names it.",
    "quote": "The sentence as written in the source.",
    "supports": "What the quote supports: existence, location, status or name.",
    "char_start": "Where the quote starts in the source's text (characters).",
    "char_end": "Where the quote ends in the source's text (characters).",
    "note": "A note, or why there is no quote.",
    "site_name": "The site's preferred name.",
    "source_title": "The source's title.",
    "source_publisher": "The source's publisher.",
    "source_published": "The source's publication date.",
}
#: title, description and column descriptions of every table and view the site shows.
TABLES = {
    "sites": ("Sites", "Facility sites, each linked to the citations that name it. Open a "
              "row for the site's page: its citations, other names and history.",
              _SITE_COLUMNS),
    "site_map": ("Map of sites", "The located sites with their latitude and longitude, on "
                 "a clustered map.", _SITE_COLUMNS),
    "citations": ("Citations", "A source naming a site: the sentence as written and what "
                  "it supports. Search the quotes.", _CITATION_COLUMNS),
    "site_citations": ("Citations with site and source", "One row per citation with the "
                       "site's name and the source's title (search the quotes).",
                       _CITATION_COLUMNS),
    "sources": ("Sources", "Reports: one row per document.", {
        "fid": "Row number.", "source_id": "The source's identifier.",
        "title": "Title of the report.", "authors": "Authors (a JSON list).",
        "publisher": "Publisher.", "published": "Publication date.",
        "url": "Where it was published.", "accessed": "When it was read.",
        "kind": "news, think-tank report, government, imagery, academic, dataset, other.",
        "content_hash": "sha256 of the file read, to recognise it again.",
        "notes": "Notes."}),
    "aliases": ("Other names", "Other names of each site: romanizations, press spellings, "
                "local script.", {
                    "fid": "Row number.", "site_id": "The site.", "alias": "The name.",
                    "system": "Its romanization or kind (McCune-Reischauer, Revised "
                              "Romanization, Hangul, press...).",
                    "match_key": "The romanization-tolerant key names are matched on."}),
    "site_history": ("Site history", "Every change to a site: when, the old and new value, "
                     "and the source behind it.", {
                         "fid": "Row number.", "site_id": "The site.",
                         "changed_at": "When (UTC).", "field": "The field changed.",
                         "old_value": "Its value before.", "new_value": "Its value after.",
                         "source_id": "The source that justified the change.",
                         "note": "Why."}),
    "site_coordinates": ("Site coordinates", "Latitude and longitude of each located site "
                         "(for the map; the sites layer holds the geometry).", {
                             "fid": "Row number.", "site_id": "The site.",
                             "latitude": _SITE_COLUMNS["latitude"],
                             "longitude": _SITE_COLUMNS["longitude"]}),
    "gazetteer": ("Gazetteer", "Places imported from gazetteer files (GeoNames, NGA GNS).",
                  {}),
    "gazetteer_names": ("Gazetteer names", "Every name of each gazetteer place.", {}),
}
FACETS = ["facility_type", "country", "status", "location_precision"]
QUERIES = {
    "sites_in_box": {
        "title": "Sites in a box",
        "description": "Located sites inside a box of longitudes and latitudes in degrees "
                       "(west > east crosses the antimeridian), e.g. west 124, south 38, "
                       "east 130, north 43.",
        "sql": """select site_id, name, facility_type, country, status, location_precision,
       precision_m, latitude, longitude
from site_map
where latitude between cast(:south as real) and cast(:north as real)
  and case when cast(:west as real) <= cast(:east as real)
           then longitude between cast(:west as real) and cast(:east as real)
           else longitude >= cast(:west as real) or longitude <= cast(:east as real) end
order by name""",
    },
    "sites_cited_by_source": {
        "title": "Sites cited by a source",
        "description": "Every site a source names (give its source_id, see Sources), with "
                       "the quote and what it supports.",
        "sql": """select s.site_id, s.name, s.facility_type, s.country, s.status,
       c.supports, c.quote, src.title as source_title, src.published as source_published
from citations c
join sites s on s.site_id = c.site_id
join sources src on src.source_id = c.source_id
where c.source_id = :source_id
order by s.name, c.fid""",
    },
}

_ROW_TEMPLATE = """{% extends "row.html" %}
{% block content %}
<h1 style="padding-left: 10px; border-left: 10px solid #{{ database_color(database) }}"
    class="site-name">{{ site_name or table }}</h1>
<p>Site <code>{{ site_id }}</code>. This data as {% for name, url in renderers.items() %}<a
  href="{{ url }}">{{ name }}</a>{{ ", " if not loop.last }}{% endfor %}</p>
{% include custom_table_templates %}
<h2 id="citations">Citations ({{ site_citations|length }})</h2>
<ol class="site-citations">
{% for c in site_citations %}
  <li class="citation" data-supports="{{ c.supports }}">
    {% if c.quote %}<q>{{ c.quote }}</q>{% endif %}
    {% if c.note %}<i>{{ c.note }}</i>{% endif %}<br>&mdash;
    {% if c.url and (c.url.startswith("https://") or c.url.startswith("http://")) %}<a
      href="{{ c.url }}" rel="noopener noreferrer">{{ c.title }}</a>
    {%- else %}{{ c.title }}{% endif %}
    {%- if c.publisher %}, {{ c.publisher }}{% endif %}
    {%- if c.published %}, {{ c.published }}{% endif %}
    <small>({{ c.supports }}; source <a href="{{ urls.table(database, "sources") }}?source_id={{
      c.source_id|urlencode }}">{{ c.source_id }}</a>)</small>
  </li>
{% else %}
  <li>No citation.</li>
{% endfor %}
</ol>
<h2>Other names</h2>
<ul class="site-aliases">
{% for a in site_aliases %}<li>{{ a.alias }}
  {%- if a.system %} <small>({{ a.system }})</small>{% endif %}</li>
{% endfor %}
</ul>
<h2>History</h2>
<table class="site-history rows-and-columns">
<tr><th>changed at</th><th>field</th><th>old</th><th>new</th><th>source</th><th>note</th></tr>
{% for h in site_history %}<tr><td>{{ h.changed_at }}</td><td>{{ h.field }}</td><td>{{
  h.old_value or "" }}</td><td>{{ h.new_value or "" }}</td><td>{{ h.source_id or "" }}</td><td>{{
  h.note or "" }}</td></tr>
{% endfor %}
</table>
{% endblock %}
"""

_README = """This folder is a facility catalogue as a Datasette website, written by
`catalog serve --export`. Serve it read-only on this machine:

    datasette serve --immutable {db} --metadata metadata.json \\
        --plugins-dir plugins --template-dir templates

or put it online with `datasette publish` (any of its targets), e.g.:

    datasette publish cloudrun {db} --metadata metadata.json \\
        --plugins-dir plugins --template-dir templates \\
        --install datasette-cluster-map --service facility-catalog

{db} is a GeoPackage: QGIS opens it as it is.
"""


def require_datasette() -> None:
    """Raise :class:`~catalog.errors.CatalogError` with the install hint if Datasette or
    datasette-cluster-map is missing."""
    for module in ("datasette", "datasette_cluster_map"):
        if importlib.util.find_spec(module) is None:
            raise CatalogError(INSTALL_HINT)


def _prepare_database(path: Path, review_status: Iterable[str] | None) -> None:
    """Add the search indexes, the coordinates and the map view to a catalogue copy, and
    drop the sites not in ``review_status`` (with their names, citations and history)."""
    with open_catalog(path) as cat:
        sites = cat.sites(None)
        coords = [(s.site_id, s.lat, s.lon) for s in sites if s.located]
        names = {}
        for a in cat.aliases():
            names.setdefault(a.site_id, []).append(a.alias)
        keep = None if review_status is None else set(review_status)
        gone = [(s.site_id,) for s in sites if keep is not None and s.review_status not in keep]
        conn = cat.conn  # the store's own connection: its GeoPackage functions run triggers
        with cat.transaction():
            if gone:
                conn.execute("CREATE TEMP TABLE gone (site_id TEXT PRIMARY KEY)")
                conn.executemany("INSERT INTO gone VALUES (?)", gone)
                conn.execute("UPDATE sites SET parent_site_id = NULL "
                             "WHERE parent_site_id IN (SELECT site_id FROM gone)")
                for table in ("citations", "aliases", "site_history", "sites"):
                    conn.execute(f"DELETE FROM {table} WHERE site_id IN "
                                 "(SELECT site_id FROM gone)")
            script = f"""
CREATE TABLE site_coordinates (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, site_id TEXT NOT NULL UNIQUE,
  latitude DOUBLE NOT NULL, longitude DOUBLE NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES ('site_coordinates', 'attributes', 'site_coordinates',
        {json.dumps(TABLES['site_coordinates'][1])});
CREATE VIEW site_map AS
SELECT s.fid AS fid, s.site_id AS site_id, s.name AS name, s.facility_type AS facility_type,
       s.country AS country, s.admin1 AS admin1, s.status AS status,
       s.location_precision AS location_precision, s.precision_m AS precision_m,
       s.location_method AS location_method, s.review_status AS review_status,
       c.latitude AS latitude, c.longitude AS longitude
FROM sites s JOIN site_coordinates c ON c.site_id = s.site_id;
CREATE VIRTUAL TABLE sites_fts USING fts5(
  name, name_local, aliases, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE citations_fts USING fts5(
  quote, note, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO citations_fts (rowid, quote, note) SELECT fid, quote, note FROM citations
"""
            # one statement at a time: executescript would commit the store's transaction
            for statement in script.split(";\n"):
                conn.execute(statement)
            kept = {s.site_id for s in sites} - {g[0] for g in gone}
            conn.executemany(
                "INSERT INTO site_coordinates (site_id, latitude, longitude) VALUES (?, ?, ?)",
                [c for c in coords if c[0] in kept])
            conn.executemany(
                "INSERT INTO sites_fts (rowid, name, name_local, aliases) "
                "SELECT fid, name, name_local, ? FROM sites WHERE site_id = ?",
                [(" ".join(names.get(sid, [])), sid) for sid in sorted(kept)])
    # one self-contained file for publishing (no WAL beside it)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def site_metadata(path: str | os.PathLike, *, title: str = "Facility catalogue") -> dict:
    """Datasette's metadata for a site database: every table, view and column described
    (system tables hidden), facets, search and the canned queries."""
    conn = sqlite3.connect(f"file:{os.fspath(path)}?mode=ro", uri=True)
    try:
        objects = conn.execute("SELECT name, type FROM sqlite_master WHERE type IN "
                               "('table', 'view') ORDER BY name").fetchall()
        tables = {}
        for name, _kind in objects:
            if name.startswith("sqlite_") or "_fts" in name:
                continue  # SQLite's own and the search indexes (Datasette hides those)
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            if name in TABLES:
                t_title, desc, cols = TABLES[name]
                tables[name] = {"title": t_title, "description": desc,
                                "columns": {c: cols.get(c, c.replace("_", " ")) for c in columns}}
            else:  # GeoPackage, QGIS and migration bookkeeping
                tables[name] = {"hidden": True, "description": _system_description(name),
                                "columns": {c: c.replace("_", " ") for c in columns}}
    finally:
        conn.close()
    for name in ("sites", "site_map"):
        tables[name].update(facets=FACETS + (["review_status"] if name == "sites" else []),
                            fts_table="sites_fts", fts_pk="fid", label_column="name",
                            sort="name")
    for name in ("citations", "site_citations"):
        tables[name].update(fts_table="citations_fts", fts_pk="fid", facets=["supports"])
    tables["sources"].update(label_column="title", facets=["kind", "publisher"])
    tables["aliases"].update(facets=["system"])
    tables["site_history"].update(facets=["field"])
    return {
        "title": title,
        "description": "Military and nuclear facility sites, each with the source citations "
                       "that name it: search names, aliases and quotes, filter by type, "
                       "country, status and precision, and browse the sites on a map.",
        "source": "facility-catalog",
        "plugins": {"datasette-cluster-map": {"latitude_column": "latitude",
                                              "longitude_column": "longitude"}},
        "databases": {DATABASE: {"title": title, "tables": tables, "queries": QUERIES}},
    }


def _system_description(name: str) -> str:
    if name.startswith("rtree_"):
        return "The spatial index of the sites (GeoPackage R-tree)."
    if name.startswith("gpkg_"):
        return "GeoPackage metadata."
    return {"layer_styles": "QGIS default layer styles.",
            "qgis_projects": "The QGIS project embedded in the GeoPackage.",
            "schema_migrations": "The catalogue's schema versions."}.get(
        name, "Bookkeeping of the catalogue.")


def build_site(cat: Catalog, directory: str | os.PathLike, *,
               review_status: Iterable[str] | None = ("accepted",),
               title: str = "Facility catalogue", overwrite: bool = False) -> Path:
    """Write the website's folder (see the module docstring) and return it.

    Parameters
    ----------
    review_status
        The sites to publish (None: every site, candidates and rejected ones too).
    overwrite
        Replace the folder's files if they exist.

    Raises
    ------
    FileOverwriteError
        If the folder holds a site already and ``overwrite`` is False.

    Examples
    --------
    >>> build_site(cat, "site")  # doctest: +SKIP
    PosixPath('site')
    """
    out = Path(directory)
    db = out / DB_FILE
    if not overwrite and (db.exists() or (out / "metadata.json").exists()):
        raise FileOverwriteError(f"{db} exists; pass --overwrite to replace it")
    out.mkdir(parents=True, exist_ok=True)
    cat.backup(db, overwrite=True)
    _prepare_database(db, review_status)
    (out / "metadata.json").write_text(
        json.dumps(site_metadata(db, title=title), ensure_ascii=False, indent=1),
        encoding="utf-8")
    (out / "plugins").mkdir(exist_ok=True)
    (out / "plugins" / "catalog_pages.py").write_text(
        resources.files("catalog").joinpath("serve_plugin.py").read_text(encoding="utf-8"),
        encoding="utf-8")
    (out / "templates").mkdir(exist_ok=True)
    (out / "templates" / f"row-{DATABASE}-sites.html").write_text(_ROW_TEMPLATE,
                                                                   encoding="utf-8")
    (out / "README.txt").write_text(_README.format(db=DB_FILE), encoding="utf-8")
    return out


def datasette_command(directory: str | os.PathLike, *, host: str = "127.0.0.1",
                      port: int = 8001) -> list[str]:
    """The command that serves a site folder read-only (Datasette's ``--immutable``)."""
    d = Path(directory)
    return [sys.executable, "-P", "-m", "datasette", "serve", "--immutable", str(d / DB_FILE),
            "--metadata", str(d / "metadata.json"), "--plugins-dir", str(d / "plugins"),
            "--template-dir", str(d / "templates"), "--host", host, "--port", str(port)]


def serve(cat: Catalog, *, host: str = "127.0.0.1", port: int = 8001,
          review_status: Iterable[str] | None = ("accepted",),
          title: str = "Facility catalogue") -> int:
    """Serve the catalogue with Datasette until interrupted (a copy taken now: later
    changes need a restart); returns Datasette's exit code.

    Raises
    ------
    CatalogError
        With the install hint, if Datasette is missing.
    """
    require_datasette()
    directory = Path(tempfile.mkdtemp(prefix="catalog-site-"))

    def stop(signum, frame):
        raise KeyboardInterrupt

    # `kill` ends it as Ctrl-C does: Datasette stopped, the temporary copy removed
    with contextlib.suppress(ValueError):  # not the main thread: no handler
        signal.signal(signal.SIGTERM, stop)
    try:
        build_site(cat, directory, review_status=review_status, title=title, overwrite=True)
        # Datasette runs in its own process, started in the site folder
        proc = subprocess.Popen(datasette_command(directory, host=host, port=port),
                                cwd=directory)
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)
            return 0
        finally:
            if proc.poll() is None:
                proc.kill()
    finally:
        shutil.rmtree(directory, ignore_errors=True)
