"""Import another catalogue (GeoPackage, GeoJSON, KML/KMZ, CSV) and merge it into ours.

Readers turn each format written by :mod:`catalog.export` back into
:class:`~catalog.export.Records`; :func:`merge_records` merges them:

- a site with the same ``site_id`` as one of ours is the same site;
- otherwise a site whose name has the same matching key
  (:func:`catalog.gazetteer.match_key`) as a name or alias of one of ours, within
  ``max_distance_m``, is the same site, and its aliases and citations are attached to ours;
- a same-site pair that disagrees (type, status, location, ...) is *reported* as a conflict
  and that incoming site is skipped with its citations: nothing is silently overwritten;
- a source with the same ``source_id``, content hash or URL is the same source; a
  disagreeing one is a conflict, and the citations of that source are skipped;
- a site's history comes with it: a site the import adds keeps the history it had, a site
  we already hold gains the changes it did not have.

Files made by other tools are read too: a Google Earth KML/KMZ (folders, ``ExtendedData``,
``description`` HTML, ``Point``, ``Polygon``, ``LineString``, ``MultiGeometry``), a plain
GeoJSON or a CSV with ``name`` and ``lat``/``lon`` but no ``site_id``. Each placemark or
feature becomes a *candidate* site (for ``catalog review``) whose id is made from its name
as ingest makes one (:func:`catalog.ingest.candidates.candidate_id`, with the country's
prefix when the file or ``country`` gives it), located by method ``third party`` with the
file as its source (a ``dataset`` source, with the file's content hash, cited by each site
with a note naming the placemark). A polygon or line is placed at its centre, with an
uncertainty radius that covers all of it. A folder whose name names a facility type sets
the type (a ``type_map`` names the others); the placemark's description and every other
property are kept in the site's notes, not as a citation.

KML is read incrementally (``defusedxml``'s iterparse: no DTD, no entity), each placemark
dropped once read, within absolute limits that each say so when hit: the document's size
(:data:`MAX_KML_BYTES`, unpacked, and :data:`~catalog.files.MAX_ZIP_RATIO` times its
compressed size in a KMZ), one element's size and attributes
(:data:`MAX_XML_ELEMENT_BYTES`, :data:`MAX_XML_ATTRIBUTES`), the number of placemarks
(:data:`MAX_PLACEMARKS`) and the text kept from them (:data:`MAX_KEPT_CHARS`).

Everything lands in one transaction: with ``strict=True`` any conflict aborts the import
and leaves the catalogue unchanged.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import html
import json
import math
import os
import re
import sqlite3
import zipfile
import zlib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from xml.etree import ElementTree as ET

from .errors import CatalogError, ValidationError
from .export import Records, csv_companions, unescape_formula
from .files import MAX_ZIP_RATIO, allow_long_csv_fields
from .gazetteer import match_key
from .ingest.candidates import candidate_id, iso2, iso3, slugify
from .model import (
    CITATION_COLUMNS,
    FACILITY_TYPES,
    HISTORY_COLUMNS,
    SITE_COLUMNS,
    SOURCE_COLUMNS,
    Alias,
    Citation,
    Site,
    Source,
    check_not_future,
)
from .stores import Catalog, geopackage

#: Default distance within which two same-named sites are one site, in metres.
MAX_DISTANCE_M = 2000.0
#: A KML document (a .kml file, or the KML unpacked from a KMZ) may hold at most this many
#: bytes; a KMZ's KML also at most :data:`~catalog.files.MAX_ZIP_RATIO` times its packed size.
MAX_KML_BYTES = 256 * 2**20
#: One XML element may take at most this many bytes of the document (a start tag with
#: millions of attributes, or one huge text, is refused before it is built in memory).
MAX_XML_ELEMENT_BYTES = 16 * 2**20
#: ... and at most this many attributes (counted as ``=`` signs while reading).
MAX_XML_ATTRIBUTES = 65_536
#: A KML file may hold at most this many placemarks ...
MAX_PLACEMARKS = 500_000
#: ... and the names, descriptions and data kept from them at most this many characters.
MAX_KEPT_CHARS = 128 * 2**20
#: The method of every location read from a file made by another tool.
THIRD_PARTY = "third party"

_SUFFIXES = {".gpkg": "gpkg", ".geojson": "geojson", ".json": "geojson", ".kml": "kml",
             ".kmz": "kmz", ".csv": "csv"}
#: Fields whose difference makes two records of one site disagree.
_SITE_COMPARED = [f.name for f in fields(Site) if f.name not in ("site_id", "updated_at")]
#: Folder names (match keys) that name a facility type, beyond the types' own names.
_TYPE_WORDS = {
    "missile base": ("missile bases", "missile operating base", "missile operating bases",
                     "missile sites", "missile site", "missiles"),
    "nuclear": ("nuclear facilities", "nuclear facility", "nuclear sites", "nuclear site"),
    "launch site": ("launch sites", "launch pads", "launch pad", "space launch"),
    "test site": ("test sites", "testing sites", "test ranges", "test range"),
    "airbase": ("airbases", "air base", "air bases", "airfield", "airfields", "airports",
                "airport", "air force"),
    "naval base": ("naval bases", "naval", "navy", "submarine bases", "submarine base"),
    "production": ("factories", "factory", "production sites", "munitions factories"),
    "storage": ("storage sites", "depots", "depot", "warehouses"),
    "command": ("headquarters", "command posts", "command post", "hq"),
    "other": ("others", "miscellaneous", "misc"),
}
TYPE_NAMES = {match_key(w): t for t, words in _TYPE_WORDS.items() for w in (t, *words)}


class ImportConflict(CatalogError):
    """The incoming catalogue disagrees with ours (raised only with ``strict=True``)."""


@dataclass
class MergeReport:
    """What an import did. ``conflicts`` are one-line messages naming both records;
    ``skipped`` names what the reader left out (a placemark with no name)."""

    added_sites: list[str] = field(default_factory=list)
    same_sites: list[str] = field(default_factory=list)
    matched_sites: list[tuple[str, str, float]] = field(default_factory=list)
    added_sources: list[str] = field(default_factory=list)
    added_aliases: int = 0
    added_citations: int = 0
    added_history: int = 0
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added_sites)} site(s) added, {len(self.same_sites)} already "
                f"present, {len(self.matched_sites)} matched by name, "
                f"{len(self.added_sources)} source(s) added, {self.added_aliases} alias(es) "
                f"and {self.added_citations} citation(s) added, "
                f"{self.added_history} history row(s) added, "
                f"{len(self.conflicts)} conflict(s)"
                + (f", {len(self.skipped)} skipped" if self.skipped else ""))


@dataclass
class ThirdParty:
    """How to read a file made by another tool (see the module docstring).

    Parameters
    ----------
    type_map
        Folder (or ``type``/``category`` property) names to facility types, beyond those
        that name a type themselves (:data:`TYPE_NAMES`); matched romanization- and
        case-insensitively.
    country
        ISO alpha-3 (or alpha-2) code of the sites the file does not place in a country.
    """

    type_map: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    _types: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        bad = {k: v for k, v in self.type_map.items() if v not in FACILITY_TYPES}
        if bad:
            k, v = next(iter(bad.items()))
            raise ValidationError(f"type map: {k!r} -> {v!r} is not a facility type "
                                  f"({', '.join(FACILITY_TYPES)})")
        self.type_map = {match_key(k): v for k, v in self.type_map.items() if match_key(k)}
        if self.country:
            code = self.country.strip().upper()
            code = iso3(code) or code
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValidationError(f"country must be an ISO 3166-1 code such as 'PRK'; "
                                      f"got {self.country!r}")
            self.country = code

    def facility_type(self, names) -> str:
        """The type the innermost name that names one gives (``other`` if none does)."""
        for n in reversed([n for n in names if n]):
            t = self._type_of(str(n))
            if t:
                return t
        return "other"

    def _type_of(self, name: str) -> str | None:
        if name not in self._types:  # a file repeats its folder names
            k = match_key(name)
            self._types[name] = self.type_map.get(k) or TYPE_NAMES.get(k)
        return self._types[name]


def read_type_map(path: str | os.PathLike) -> dict[str, str]:
    """A type map file: CSV with columns ``folder,facility_type`` (a header row), or a JSON
    object ``{"Airfields": "airbase", ...}``.

    Raises
    ------
    ValidationError
        If the file is unreadable or names an unknown facility type.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        if p.suffix.lower() == ".json":
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValidationError(f"{os.fspath(p)!r}: a type map is a JSON object")
            out = {str(k): str(v) for k, v in data.items()}
        else:
            rows = list(csv.reader(text.splitlines()))
            if not rows or [c.strip() for c in rows[0][:2]] != ["folder", "facility_type"]:
                raise ValidationError(f"{os.fspath(p)!r}: a type map CSV starts with the "
                                      "header folder,facility_type")
            out = {r[0]: r[1].strip() for r in rows[1:] if len(r) >= 2 and r[0].strip()}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as e:
        raise ValidationError(f"cannot read the type map {os.fspath(p)!r}: {e}") from None
    ThirdParty(out)  # checks the types
    return out


# -- readers -------------------------------------------------------------------------------

def import_format(path: str | os.PathLike) -> str:
    """The format of a file to import, from its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValidationError(f"cannot import {os.fspath(path)!r}: unknown suffix {suffix!r} "
                              f"(expected {', '.join(sorted(_SUFFIXES))})")
    return _SUFFIXES[suffix]


def read_records(path: str | os.PathLike, *, third_party: ThirdParty | None = None,
                 progress=None) -> Records:
    """Read a catalogue file (any format :mod:`catalog.export` writes, but fgb/parquet),
    or a KML/KMZ, GeoJSON or CSV made by another tool (see the module docstring).

    Parameters
    ----------
    third_party
        How to read placemarks and features that are not a catalogue's own.
    progress
        A callable given the bytes of KML read so far (for a progress bar).

    Raises
    ------
    ValidationError
        If the file is unreadable, passes a limit, or a record breaks the data model
        (naming it).
    """
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"no file {os.fspath(path)!r} to import")
    fmt = import_format(path)
    third_party = third_party or ThirdParty()
    try:
        if fmt == "gpkg":
            return records_from_gpkg(path)
        if fmt == "geojson":
            return records_from_geojson(json.loads(path.read_text(encoding="utf-8")),
                                        third_party=third_party, file=path)
        if fmt in ("kml", "kmz"):
            with kml_stream(path) as stream:
                return read_kml(stream, third_party=third_party, file=path, progress=progress)
        return records_from_csv(path, third_party=third_party)
    except CatalogError:
        raise
    except (json.JSONDecodeError, ET.ParseError, zipfile.BadZipFile, zlib.error,
            UnicodeDecodeError, csv.Error, RecursionError, EOFError) as e:
        raise ValidationError(f"cannot read {os.fspath(path)!r} as {fmt}: {e}") from None
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as e:
        # Well-formed JSON/XML/CSV whose structure is not a catalogue's (a list where an
        # object belongs, a coordinate that is not a number...).
        raise ValidationError(f"cannot read {os.fspath(path)!r} as {fmt}: not the structure "
                              f"of a catalogue export ({type(e).__name__}: {e})") from None


def records_from_gpkg(path: str | os.PathLike) -> Records:
    """Records from a GeoPackage catalogue, which is left byte for byte as it was.

    The file is opened read-only and immutable, its records are read from its core
    tables only (a view in their place is refused), within a time budget
    (:func:`catalog.stores.geopackage.connect_read_only`): a file from elsewhere can
    neither hang the import nor be changed by it.

    Raises
    ------
    ValidationError
        If the file is not a catalogue, or reading it takes too long.
    """
    try:
        with geopackage.GeoPackageCatalog(path, read_only=True) as other:
            return Records.from_catalog(other)
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            raise ValidationError(
                f"reading {os.fspath(path)!r} took over {geopackage.READ_ONLY_SECONDS:g} s; "
                "refused") from None
        raise ValidationError(f"{os.fspath(path)!r} is not a readable catalogue: {e}"
                              ) from None
    except sqlite3.DatabaseError as e:
        raise ValidationError(f"{os.fspath(path)!r} is not a readable catalogue: {e}"
                              ) from None


def _check_times(recs: Records) -> None:
    """Every incoming site's ``updated_at`` a real time, not in the future: it becomes the
    version every later edit must pass (a site stamped 2999 would stamp every later edit
    2999), and PostGIS would refuse a malformed one."""
    for i, s in enumerate(recs.sites):
        recs.sites[i] = s = s.validated()
        check_not_future(s.updated_at, f"updated_at of site {s.site_id!r}")


def _none(v):
    return None if v is None or v == "" else v


def _site(props: dict, lon, lat, where: str) -> Site:
    if not props.get("site_id") or not props.get("name"):
        raise ValidationError(f"{where} has no site_id or name")
    kw = {c: _none(props.get(c)) for c in SITE_COLUMNS}
    kw["facility_type"] = kw["facility_type"] or "other"
    kw["status"] = kw["status"] or "unknown"
    kw["location_precision"] = kw["location_precision"] or "unknown"
    kw["review_status"] = kw["review_status"] or "accepted"
    try:
        return Site(lon=_none(lon), lat=_none(lat), **kw).validated()
    except ValidationError as e:
        raise ValidationError(f"{where}: {e}") from None


def _source(d: dict, where: str) -> Source:
    kw = {c: _none(d.get(c)) for c in SOURCE_COLUMNS}
    authors = d.get("authors") or []
    if isinstance(authors, str):
        authors = (json.loads(authors) if authors.startswith("[")
                   else [a.strip() for a in authors.split(";") if a.strip()])
    kw["authors"] = authors
    kw["kind"] = kw["kind"] or "other"
    try:
        return Source(**kw).validated()
    except (ValidationError, TypeError) as e:
        raise ValidationError(f"{where}: {e}") from None


def _citation(d: dict, site_id: str | None, where: str) -> Citation:
    kw = {c: _none(d.get(c)) for c in CITATION_COLUMNS}
    if site_id and kw["site_id"] != site_id:
        # the citation sits under another site than it names: its id (derived from the
        # site) no longer holds
        kw["site_id"], kw["citation_id"] = site_id, None
    kw["supports"] = kw["supports"] or "existence"
    try:
        return Citation(**kw).validated()
    except (ValidationError, TypeError) as e:
        raise ValidationError(f"{where}: {e}") from None


_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


def _history(rows, site_id: str, where: str) -> list[dict]:
    """History rows of one site, checked: each names a field and a real time."""
    import datetime as dt

    out = []
    for h in rows or []:
        if not isinstance(h, dict):
            raise ValidationError(f"{where}: a history row is an object, got {h!r}")
        row = {k: _none(h.get(k)) for k in HISTORY_COLUMNS}
        row["site_id"] = site_id
        stamp = row["changed_at"]
        try:
            ok = bool(stamp and _STAMP.fullmatch(str(stamp))
                      and dt.datetime.fromisoformat(str(stamp).replace("Z", "+00:00")))
        except ValueError:
            ok = False
        if not ok or not row["field"]:
            raise ValidationError(f"{where}: a history row needs a field and changed_at as "
                                  f"YYYY-MM-DDTHH:MM:SS.sssZ; got {h!r}")
        out.append(row)
    return out


def _sources_from_citations(cites: list[dict], known: set[str]) -> list[Source]:
    """Sources rebuilt from the source fields citations carry, for files without them."""
    out = {}
    for c in cites:
        sid = c.get("source_id")
        if sid and sid not in known and sid not in out and c.get("source_title"):
            out[sid] = _source({"source_id": sid, "title": c["source_title"],
                                "publisher": c.get("source_publisher"),
                                "published": c.get("source_published"),
                                "url": c.get("source_url")}, f"source {sid!r}")
    return list(out.values())


# -- files made by other tools -----------------------------------------------------------

def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return "sha256:" + h.hexdigest()


def file_source(path: Path, title: str | None = None) -> Source:
    """The source that a third-party file becomes: a ``dataset`` named after the file (or
    its own title), its id made unique by the file's content hash."""
    digest = _file_hash(path)
    slug = slugify(path.stem, 40) or "file"
    return Source(f"{slug}-{digest[7:15]}", (title or "").strip() or path.name, kind="dataset",
                  content_hash=digest,
                  notes=f"The file {path.name!r}, imported with `catalog import`: its sites "
                        "and positions as the file gives them.").validated()


_TAGS = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_text(value: str | None) -> str:
    """A description's visible text: tags, scripts and styles dropped, entities decoded,
    white space collapsed.

    Examples
    --------
    >>> html_text("<b>Airfield</b> seen <a href='x'>2019</a> &amp;<script>x()</script>")
    'Airfield seen 2019 &'
    """
    if not value:
        return ""
    text = _TAGS.sub(" ", _HIDDEN.sub(" ", value))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@functools.cache
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _centre_and_radius(points: list[tuple[float, float]], shapes: list) -> tuple:
    """Where to place a feature given as points and/or shapely shapes, and the radius in
    metres that covers all of it: ``(lon, lat, radius_m or None)``.

    A single point (a pin, perhaps beside the outline of the facility) is the place; else
    the centre of the whole shape (a point inside it when the centroid of a polygon falls
    outside, as for a crescent)."""
    if len(points) == 1 and not shapes:
        return points[0][0], points[0][1], None
    import numpy as np
    import shapely

    coords = np.array([*points, *(tuple(c) for g in shapes
                                  for c in shapely.get_coordinates(g))], dtype=float)
    if len(points) == 1:
        cx, cy = points[0]
    else:
        try:
            geom = shapely.union_all([*(shapely.points(points) if points else []), *shapes])
            centre = geom.centroid
            polygons = [g for g in shapes if g.area > 0]
            if polygons and not any(p.covers(centre) for p in polygons):
                centre = geom.representative_point()
        except shapely.errors.GEOSException:  # a self-crossing outline: its vertices' centre
            centre = shapely.MultiPoint(coords).centroid
        cx, cy = float(centre.x), float(centre.y)
    dist = _geod().inv(np.full(len(coords), cx), np.full(len(coords), cy),
                                   coords[:, 0], coords[:, 1])[2]
    radius = math.ceil(float(np.max(np.abs(dist)))) if len(coords) else 0
    return (cx + 180) % 360 - 180 if abs(cx) > 180 else cx, cy, radius or None


def third_party_site(name: str, *, site_id: str, folders: list[str], props: dict,
                     description: str | None, points: list[tuple[float, float]], shapes: list,
                     source_id: str, settings: ThirdParty, where: str,
                     place: str) -> tuple[Site, Citation]:
    """A candidate site, and the citation of the file placing it, from a placemark or
    feature of a file made by another tool (see the module docstring)."""
    country = settings.country
    given = str(props.get("country") or "").strip().upper()
    if given:
        country = iso3(given) or (given if re.fullmatch(r"[A-Z]{3}", given) else country)
    ftype = settings.facility_type([*folders, props.get("type"), props.get("category"),
                                    props.get("facility_type")])
    lon = lat = radius = None
    if points or shapes:
        lon, lat, radius = _centre_and_radius(points, shapes)
    note_parts = [f"Imported from {place}"
                  + (f" (folder {' / '.join(folders)})" if folders else "") + "."]
    desc = html_text(description)
    if desc:
        note_parts.append(f"Description: {desc}")
    others = {k: v for k, v in props.items()
              if k not in ("name", "country") and v not in (None, "")}
    if others:
        note_parts.append("Properties: " + "; ".join(f"{k}: {v}" for k, v in others.items()))
    if radius:
        note_parts.append("Placed at its pin or the centre of its shape; the uncertainty "
                          "radius covers all of the shape.")
    site = Site(site_id, name, ftype, lon=lon, lat=lat, country=country,
                location_precision=("unknown" if lon is None else
                                    "approximate" if radius else "exact"),
                precision_m=radius, location_method=THIRD_PARTY if lon is not None else None,
                location_source_id=source_id if lon is not None else None,
                review_status="candidate", notes="\n".join(note_parts))
    try:
        site = site.validated()
    except ValidationError as e:
        raise ValidationError(f"{where}: {e}") from None
    cite = Citation(site_id, source_id, None,
                    "location" if lon is not None else "existence",
                    note=f"{where} of {place}, named {name!r}").validated()
    return site, cite


class _Ids:
    """Site ids made from names, unique within one file (numbered as ingest numbers)."""

    def __init__(self):
        self.next: dict[str, int] = {}

    def new(self, name: str, country: str | None) -> str:
        cc = iso2(country)
        base = (candidate_id(name, cc, lambda s: False) if slugify(name)
                else "-".join(p for p in ((cc or "").lower(), "placemark") if p))
        n = self.next.get(base, 1)
        self.next[base] = n + 1
        return base if n == 1 else f"{base}-{n}"


# -- GeoJSON -------------------------------------------------------------------------------

def _shape_points(geom: dict, where: str) -> tuple[list, list]:
    """A GeoJSON geometry as ``(points, shapes)`` for :func:`_centre_and_radius`."""
    import shapely

    if geom.get("type") == "Point":
        return [tuple(float(v) for v in geom["coordinates"][:2])], []
    try:
        shape = shapely.geometry.shape(geom)
    except (shapely.errors.ShapelyError, ValueError, TypeError, KeyError, IndexError) as e:
        raise ValidationError(f"{where}: not a GeoJSON geometry: {e}") from None
    return [], [shape] if not shape.is_empty else []


def records_from_geojson(doc: dict, *, third_party: ThirdParty | None = None,
                         file: Path | None = None) -> Records:
    """Records from a GeoJSON FeatureCollection written by :func:`catalog.export.to_geojson`,
    or from a plain one whose features have a ``name`` but no ``site_id`` (candidates;
    see the module docstring)."""
    if doc.get("type") != "FeatureCollection":
        raise ValidationError(f"expected a GeoJSON FeatureCollection, got {doc.get('type')!r}")
    settings = third_party or ThirdParty()
    recs = Records()
    recs.sources = [_source(s, f"source {i}") for i, s in enumerate(doc.get("sources") or [])]
    all_cites, ids, fsource = [], _Ids(), None
    for i, feat in enumerate(doc.get("features") or []):
        props = dict(feat.get("properties") or {})
        own = "site_id" in props or "citations" in props or "facility_type" in props
        if own:  # a catalogue's own feature; another tool's "id" (node/123) is kept in notes
            props.setdefault("site_id", feat.get("id"))
        elif feat.get("id") is not None:
            props.setdefault("id", feat.get("id"))
        geom = feat.get("geometry")
        where = f"feature {i}"
        if not props.get("site_id"):
            name = next((str(props[k]).strip() for k in ("name", "Name", "NAME", "title")
                         if props.get(k) not in (None, "")), "")
            if not name:
                raise ValidationError(f"{where} has no site_id or name")
            if fsource is None:
                if file is None:
                    raise ValidationError(f"{where} has no site_id: give the file it came "
                                          "from to import it as a candidate")
                fsource = file_source(file, doc.get("name"))
                recs.sources.append(fsource)
            points, shapes = _shape_points(geom, where) if geom else ([], [])
            props.pop("site_id", None)
            sid = ids.new(name, (props.get("country") or settings.country))
            site, cite = third_party_site(
                name, site_id=sid, folders=[], props=props,
                description=props.pop("description", None), points=points, shapes=shapes,
                source_id=fsource.source_id, settings=settings, where=where,
                place=repr(file.name))
            recs.sites.append(site)
            recs.citations.append(cite)
            recs.derived_ids.add(sid)
            continue
        lon = lat = None
        if geom is not None:
            if geom.get("type") != "Point":
                raise ValidationError(f"{where}: a site is a Point, got {geom.get('type')!r}")
            lon, lat = geom["coordinates"][:2]
        site = _site(props, lon, lat, where)
        recs.sites.append(site)
        for a in props.get("aliases") or []:
            recs.aliases.append(Alias(site.site_id, a["alias"], a.get("system")))
        for c in props.get("citations") or []:
            all_cites.append(c)
            recs.citations.append(_citation(c, site.site_id, where))
        recs.history += _history(props.get("history"), site.site_id, where)
    recs.sources += _sources_from_citations(all_cites, {s.source_id for s in recs.sources})
    return recs


# -- KML -------------------------------------------------------------------------------------

class _Budget:
    """A binary stream that refuses to read past the document's limits (see
    :func:`kml_stream`), and counts what was read since the parser's last event."""

    def __init__(self, raw, limit: int, too_big: str):
        self.raw, self.limit, self.too_big = raw, limit, too_big
        self.total = self.since = self.equals = 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n if n and n > 0 else 1 << 16)
        self.total += len(data)
        self.since += len(data)
        self.equals += data.count(b"=")
        if self.total > self.limit:
            raise ValidationError(self.too_big)
        if self.since > MAX_XML_ELEMENT_BYTES:
            raise ValidationError(
                f"an XML element passes {MAX_XML_ELEMENT_BYTES} bytes "
                f"(importer.MAX_XML_ELEMENT_BYTES, at byte {self.total}); refused")
        if self.equals > MAX_XML_ATTRIBUTES:
            raise ValidationError(
                f"an XML element has over {MAX_XML_ATTRIBUTES} attributes "
                f"(importer.MAX_XML_ATTRIBUTES, at byte {self.total}); refused")
        return data

    def mark(self) -> None:
        """The parser produced an event: the next element starts counting afresh."""
        self.since = self.equals = 0


@contextlib.contextmanager
def kml_stream(path: str | os.PathLike):
    """The KML of a ``.kml`` or ``.kmz`` file as a stream that refuses to read past
    :data:`MAX_KML_BYTES` (and, unpacking a KMZ, past
    :data:`~catalog.files.MAX_ZIP_RATIO` times the member's packed size, whatever the
    archive's directory claims), naming the limit hit."""
    path = Path(path)
    if path.suffix.lower() != ".kmz":
        with open(path, "rb") as f:
            yield _Budget(f, MAX_KML_BYTES,
                          f"{os.fspath(path)!r} passes {MAX_KML_BYTES} bytes, the most a KML "
                          "file may hold (importer.MAX_KML_BYTES); refused")
        return
    with zipfile.ZipFile(path) as z:
        name = next((n for n in z.namelist() if n.lower().endswith(".kml")), None)
        if name is None:
            raise ValidationError(f"{path} holds no .kml file")
        info = z.getinfo(name)
        by_ratio = max(info.compress_size, 1024) * MAX_ZIP_RATIO
        if by_ratio < MAX_KML_BYTES:
            limit, why = by_ratio, (f"{MAX_ZIP_RATIO}x its packed {info.compress_size} bytes "
                                    "(files.MAX_ZIP_RATIO); refused as a possible zip bomb")
        else:
            limit, why = MAX_KML_BYTES, ("the most a KML may hold (importer.MAX_KML_BYTES); "
                                         "refused as a possible zip bomb")
        with z.open(info) as f:
            yield _Budget(f, limit, f"{os.fspath(path)!r}: {name!r} unpacks to over {limit} "
                                    f"bytes, {why}")


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child_text(el, name: str) -> str | None:
    for c in el:
        if _local(c.tag) == name:
            return c.text
    return None


def _coords(text: str | None, where: str) -> list[tuple[float, float]]:
    out = []
    for tup in (text or "").split():
        parts = tup.split(",")
        if len(parts) < 2:
            raise ValidationError(f"{where}: bad KML coordinates {tup!r}")
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except ValueError:
            raise ValidationError(f"{where}: bad KML coordinates {tup!r}") from None
        # a shape may run on past the antimeridian (179 .. 181); its centre is wrapped back
        if not (math.isfinite(lon) and math.isfinite(lat) and -360 <= lon <= 360
                and -90 <= lat <= 90):
            raise ValidationError(f"{where}: KML coordinates out of range: {tup!r} "
                                  "(longitude,latitude in degrees)")
        out.append((lon, lat))
    return out


def _geometry(pm, where: str) -> tuple[list, list, list]:
    """A placemark's geometries: ``(points, shapes, first_point)``."""
    import shapely

    points, shapes = [], []
    for el in pm.iter():
        kind = _local(el.tag)
        if kind == "Point":
            points += _coords(_child_text(el, "coordinates"), where)[:1]
        elif kind == "LineString":
            line = _coords(_child_text(el, "coordinates"), where)
            if line:
                shapes.append(shapely.LineString(line) if len(line) > 1
                              else shapely.Point(line[0]))
        elif kind == "Polygon":
            ring = []
            for b in el:
                if _local(b.tag) == "outerBoundaryIs":
                    for r in b.iter():
                        if _local(r.tag) == "LinearRing":
                            ring = _coords(_child_text(r, "coordinates"), where)
            if len(ring) >= 4:
                shapes.append(shapely.Polygon(ring))
            elif ring:
                shapes.append(shapely.MultiPoint(ring))
    return points, shapes


def _ext_data(pm) -> dict:
    """``ExtendedData``: ``Data``'s values and ``SchemaData``'s ``SimpleData``."""
    out = {}
    for d in pm.iter():
        kind = _local(d.tag)
        if kind == "ExtendedData" and d is not pm:
            continue
        if kind == "Data" and d.get("name"):
            v = _child_text(d, "value")
            out[d.get("name")] = v if v is not None else ""
        elif kind == "SimpleData" and d.get("name"):
            out[d.get("name")] = d.text or ""
    return out


def read_kml(stream: _Budget, *, third_party: ThirdParty | None = None,
             file: Path | None = None, progress=None) -> Records:
    """Records from a KML stream (:func:`kml_stream`): a catalogue's own export (placemarks
    with a ``site_id`` in ``ExtendedData``) or any Google Earth file (see the module
    docstring), read one placemark at a time.

    Raises
    ------
    ValidationError
        For a DTD or entity, a limit passed, or a placemark breaking the data model.
    """
    import defusedxml
    import defusedxml.ElementTree as DET

    settings = third_party or ThirdParty()
    recs = Records()
    ids, fsource = _Ids(), None
    doc_name = None
    folders: list[list] = []
    n_pm = kept = 0
    place = repr(file.name) if file else "the file"
    events = DET.iterparse(stream, events=("start", "end"), forbid_dtd=True,
                           forbid_entities=True, forbid_external=True)
    local: dict[str, str] = {}  # tag -> local name (any namespace: KML 2.0-2.2 alike)
    depth = 0
    saw_document = False
    try:
        for event, el in events:
            stream.since = stream.equals = 0  # an event: the next element counts afresh
            kind = local.get(el.tag)
            if kind is None:
                kind = local[el.tag] = _local(el.tag)
            if event == "start":
                depth += 1
                if kind == "Folder" or kind == "Document":
                    # [kind, name, depth, element] of each open container
                    folders.append([kind, None, depth, el])
                    saw_document = True
                continue
            depth -= 1
            inner = folders[-1] if folders else None
            direct = inner is not None and depth == inner[2]  # a child of that container
            if kind == "Placemark":
                n_pm += 1
                if n_pm > MAX_PLACEMARKS:
                    raise ValidationError(f"{place} holds over {MAX_PLACEMARKS} placemarks "
                                          "(importer.MAX_PLACEMARKS); refused")
                where = f"placemark {n_pm - 1}"
                data = _ext_data(el)
                name = (_child_text(el, "name") or "").strip()
                description = _child_text(el, "description")
                kept += len(name) + len(description or "") + sum(
                    len(k) + len(v) for k, v in data.items())
                if kept > MAX_KEPT_CHARS:
                    raise ValidationError(
                        f"{place}: the placemarks' names, descriptions and data pass "
                        f"{MAX_KEPT_CHARS} characters, the memory budget of an import "
                        "(importer.MAX_KEPT_CHARS); refused")
                points, shapes = _geometry(el, where)
                if data.get("site_id") or (el.get("id") and data.get("citations") is not None):
                    _own_placemark(recs, data, el, name, points, where)
                elif not name:
                    recs.skipped.append(f"{where}: a placemark with no name")
                else:
                    if fsource is None:
                        if file is None:
                            raise ValidationError(f"{where} has no site_id")
                        fsource = file_source(file, doc_name)
                        recs.sources.append(fsource)
                    # the folders it is in (the outermost Document names the file)
                    start = 1 if folders[0][0] == "Document" else 0
                    path = [f[1] for f in folders[start:] if f[1]]
                    sid = ids.new(name, data.get("country") or settings.country)
                    site, cite = third_party_site(
                        name, site_id=sid, folders=path, props=data, description=description,
                        points=points, shapes=shapes, source_id=fsource.source_id,
                        settings=settings, where=where, place=place)
                    recs.sites.append(site)
                    recs.citations.append(cite)
                    recs.derived_ids.add(sid)
                if progress is not None and n_pm % 1000 == 0:
                    progress(stream.total)
                if direct:
                    inner[3].remove(el)  # read: let it go
            elif kind == "Folder" or kind == "Document":
                folders.pop()
                if folders and depth == folders[-1][2]:
                    folders[-1][3].remove(el)
            elif direct and kind == "name":
                if inner[0] == "Document" and doc_name is None:
                    doc_name = el.text
                inner[1] = (el.text or "").strip()
            elif direct and kind == "ExtendedData" and inner[0] == "Document":
                data = _ext_data(el)
                if data.get("sources"):
                    recs.sources += [_source(s, f"source {i}")
                                     for i, s in enumerate(json.loads(data["sources"]))]
            elif direct:
                inner[3].remove(el)  # a style, a schema...: read, let it go
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden,
            defusedxml.ExternalReferenceForbidden):
        # KML needs no DTD; entities are how "billion laughs" documents explode in memory
        raise ValidationError("KML with a <!DOCTYPE> or <!ENTITY> declaration is refused "
                              "(KML needs none; entity expansion can exhaust memory)") from None
    if progress is not None:
        progress(stream.total)
    if n_pm == 0 and not saw_document:
        raise ValidationError("KML without a Document or a Placemark")
    return recs


def _own_placemark(recs: Records, props: dict, pm, name: str, points, where: str) -> None:
    """A placemark of a catalogue's own KML export (its fields in ``ExtendedData``)."""
    props.setdefault("site_id", pm.get("id"))
    if not props.get("name"):
        props["name"] = name
    lon, lat = points[0] if points else (None, None)
    if props.get("precision_m"):
        props["precision_m"] = float(props["precision_m"])
    where = f"{where} ({props.get('site_id')!r})"
    site = _site(props, lon, lat, where)
    recs.sites.append(site)
    for a in json.loads(props.get("aliases") or "[]"):
        recs.aliases.append(Alias(site.site_id, a["alias"], a.get("system")))
    for c in json.loads(props.get("citations") or "[]"):
        recs.citations.append(_citation(c, site.site_id, where))
    recs.history += _history(json.loads(props.get("history") or "[]"), site.site_id, where)


def records_from_kml(data: bytes, *, third_party: ThirdParty | None = None,
                     file: Path | None = None) -> Records:
    """Records from KML bytes (see :func:`read_kml`)."""
    import io

    return read_kml(_Budget(io.BytesIO(data), MAX_KML_BYTES,
                            f"the KML passes {MAX_KML_BYTES} bytes (importer.MAX_KML_BYTES)"),
                    third_party=third_party, file=file)


# -- CSV -------------------------------------------------------------------------------------

def _read_csv(path: Path, required: tuple[str, ...] = ()) -> list[dict]:
    allow_long_csv_fields()  # a long quote exports, so it must import
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValidationError(
                f"{os.fspath(path)!r} lacks column(s) {', '.join(map(repr, missing))} "
                f"(its header: {', '.join(reader.fieldnames or []) or 'none'})")
        # the export's formula escapes (catalog.export.escape_formula) undone
        return [{k: unescape_formula(v) if isinstance(v, str) else v for k, v in r.items()}
                for r in reader]


def _wkt_point(r: dict, where: str):
    import shapely

    try:
        g = shapely.from_wkt(r["wkt"])
        return g.x, g.y
    except (shapely.errors.ShapelyError, ValueError, AttributeError):
        raise ValidationError(f"{where}: not a WKT point: {r['wkt']!r}") from None


def records_from_csv(path: str | os.PathLike, *, third_party: ThirdParty | None = None
                     ) -> Records:
    """Records from a CSV export and its companion files (those present), or from a plain
    CSV with ``name`` and ``lat``/``lon`` (or ``wkt``) but no ``site_id`` (candidates)."""
    path = Path(path)
    recs = Records()
    comp = csv_companions(path)
    if comp["sources"].is_file():
        recs.sources = [_source(r, f"{comp['sources']}, row {i + 2}")
                        for i, r in enumerate(_read_csv(comp["sources"], ("source_id", "title")))]
    with open(path, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f), [])
    plain = "site_id" not in header and "name" in header
    rows = _read_csv(path, ("name",) if plain else ("site_id", "name"))
    ids, fsource = _Ids(), None
    for i, r in enumerate(rows):
        where = f"{path}, row {i + 2}"
        r = dict(r)
        lat, lon = _none(r.get("lat")), _none(r.get("lon"))
        if lat is None and lon is None and _none(r.get("wkt")):
            lon, lat = _wkt_point(r, where)
        lon, lat = _float(lon, where), _float(lat, where)
        if plain:
            name = (r.pop("name") or "").strip()
            if not name:
                recs.skipped.append(f"{where}: a row with no name")
                continue
            if fsource is None:
                fsource = file_source(path)
                recs.sources.append(fsource)
            props = {k: v for k, v in r.items() if k not in ("lat", "lon", "wkt")}
            sid = ids.new(name, r.get("country") or (third_party and third_party.country))
            site, cite = third_party_site(
                name, site_id=sid, folders=[], props=props,
                description=props.pop("description", None),
                points=[(lon, lat)] if lon is not None and lat is not None else [], shapes=[],
                source_id=fsource.source_id, settings=third_party or ThirdParty(),
                where=f"row {i + 2}", place=repr(path.name))
            recs.sites.append(site)
            recs.citations.append(cite)
            recs.derived_ids.add(sid)
            continue
        if r.get("precision_m"):
            r["precision_m"] = _float(r["precision_m"], where)
        recs.sites.append(_site(r, lon, lat, where))
    if comp["aliases"].is_file():
        recs.aliases = [Alias(r["site_id"], r["alias"], _none(r.get("system")))
                        for r in _read_csv(comp["aliases"], ("site_id", "alias"))]
    if comp["citations"].is_file():
        rows = _read_csv(comp["citations"], ("site_id", "source_id"))
        recs.citations += [_citation(r, None, f"{comp['citations']}, row {i + 2}")
                           for i, r in enumerate(rows)]
    if comp["history"].is_file():
        for i, r in enumerate(_read_csv(comp["history"], ("site_id", "changed_at", "field"))):
            recs.history += _history([r], r["site_id"], f"{comp['history']}, row {i + 2}")
    return recs


def _float(v, where):
    if v is None or v == "":
        return None
    try:
        return float(v)
    except ValueError:
        raise ValidationError(f"{where}: not a number: {v!r}") from None


# -- merging -------------------------------------------------------------------------------

def _distance_m(a: Site, b: Site) -> float:
    from pyproj import Geod

    return abs(Geod(ellps="WGS84").inv(a.lon, a.lat, b.lon, b.lat)[2])


def _differences(ours, theirs, names) -> list[str]:
    out = []
    for n in names:
        a, b = getattr(ours, n), getattr(theirs, n)
        if a != b:
            out.append(f"{n} {a!r} vs {b!r}")
    return out


def _parents_first(sites: list[Site]) -> list[Site]:
    by_id = {s.site_id: s for s in sites}
    done, out = set(), []

    def visit(s, seen=()):
        if s.site_id in done or s.site_id in seen:
            return
        p = by_id.get(s.parent_site_id)
        if p is not None:
            visit(p, (*seen, s.site_id))
        done.add(s.site_id)
        out.append(s)

    for s in sites:
        visit(s)
    return out


def _history_key(h: dict) -> tuple:
    return tuple(h.get(k) for k in HISTORY_COLUMNS)


class _Merge:
    """The state of one merge: our sites as known so far, those being added."""

    def __init__(self, cat: Catalog, rep: MergeReport):
        self.cat, self.rep = cat, rep
        self.pending: dict[str, Site] = {}

    def has(self, site_id: str) -> bool:
        return site_id in self.pending or self.cat.has_site(site_id)

    def get(self, site_id: str) -> Site:
        return self.pending.get(site_id) or self.cat.get_site(site_id)


def merge_records(cat: Catalog, recs: Records, *, max_distance_m: float = MAX_DISTANCE_M,
                  strict: bool = False, progress=None) -> MergeReport:
    """Merge incoming records into ``cat`` (rules in the module docstring).

    Parameters
    ----------
    max_distance_m
        Two same-named sites further apart than this are different sites.
    strict
        Raise :class:`ImportConflict` (changing nothing) if any record disagrees.
    progress
        A callable given the number of incoming sites considered so far.

    Returns
    -------
    MergeReport
    """
    rep = MergeReport(skipped=list(recs.skipped))
    _check_times(recs)
    m = _Merge(cat, rep)
    with cat.transaction():
        source_map, bad_sources = {}, set()
        for s in recs.sources:
            mine = None
            try:
                mine = cat.get_source(s.source_id)
            except KeyError:
                found = cat.find_source(content_hash=s.content_hash, url=s.url)
                if found is not None:
                    source_map[s.source_id] = found.source_id
                    continue
            if mine is None:
                cat.add_source(s)
                rep.added_sources.append(s.source_id)
                source_map[s.source_id] = s.source_id
                continue
            diff = _differences(mine, s, [c for c in SOURCE_COLUMNS if c != "source_id"])
            if diff:
                bad_sources.add(s.source_id)
                rep.conflicts.append(f"source {s.source_id!r} differs: {'; '.join(diff)}")
            else:
                source_map[s.source_id] = s.source_id

        site_map = {}
        keys = {}
        for a in cat.aliases():
            keys.setdefault(a.match_key, set()).add(a.site_id)
        their_keys = {}
        for a in recs.aliases:
            k = match_key(a.alias)
            if k:
                their_keys.setdefault(a.site_id, set()).add(k)
        for n, s in enumerate(_parents_first(recs.sites)):
            if progress is not None and n % 1000 == 0:
                progress(n)
            theirs_id = s.site_id
            derived = theirs_id in recs.derived_ids
            parent = site_map.get(s.parent_site_id, s.parent_site_id)
            located_by = source_map.get(s.location_source_id, s.location_source_id)
            if (parent, located_by) != (s.parent_site_id, s.location_source_id):
                s = replace(s, parent_site_id=parent, location_source_id=located_by)
            if not derived and m.has(s.site_id):
                mine = m.get(s.site_id)
                diff = _differences(mine, s, _SITE_COMPARED)
                if diff:
                    rep.conflicts.append(f"site {s.site_id!r} differs: {'; '.join(diff)}")
                else:
                    site_map[s.site_id] = s.site_id
                    rep.same_sites.append(s.site_id)
                continue
            own_keys = {match_key(s.name)} | ({match_key(s.name_local)} if s.name_local
                                              else set())
            match = _match_by_name(m, s, own_keys | their_keys.get(theirs_id, set()), keys,
                                   max_distance_m, derived)
            if match is False:
                continue  # a conflict, reported
            if match is not None:
                site_map[theirs_id] = match
                continue
            if derived and m.has(s.site_id):  # a name-made id that is taken: number it
                k = 2
                while m.has(f"{theirs_id}-{k}"):
                    k += 1
                s = replace(s, site_id=f"{theirs_id}-{k}")
            if s.parent_site_id and not m.has(s.parent_site_id):
                rep.conflicts.append(f"site {s.site_id!r}: its parent {s.parent_site_id!r} "
                                     "was not imported")
                continue
            if s.location_source_id and s.location_source_id in bad_sources:
                rep.conflicts.append(f"site {s.site_id!r}: its location source "
                                     f"{s.location_source_id!r} conflicts")
                continue
            m.pending[s.site_id] = s
            site_map[theirs_id] = s.site_id
            rep.added_sites.append(s.site_id)
            for k in own_keys:
                keys.setdefault(k, set()).add(s.site_id)
        if progress is not None:
            progress(len(recs.sites))
        # the new sites in bulk (validated as one by one, their names and history with them)
        cat.add_sites(list(m.pending.values()))

        have = {(a.site_id, a.alias) for a in cat.aliases()}
        for a in recs.aliases:
            sid = site_map.get(a.site_id)
            if sid is None or (sid, a.alias.strip()) in have:
                continue
            cat.add_alias(Alias(sid, a.alias, a.system))
            have.add((sid, a.alias.strip()))
            rep.added_aliases += 1

        cited = {c.citation_id for c in cat.citations()}
        for c in recs.citations:
            sid, src = site_map.get(c.site_id), source_map.get(c.source_id)
            if sid is None or src is None:
                continue
            if (sid, src) != (c.site_id, c.source_id):
                c = replace(c, site_id=sid, source_id=src, citation_id=None)
            c = cat.add_citation(c)
            if c.citation_id not in cited:
                cited.add(c.citation_id)
                rep.added_citations += 1

        _merge_history(cat, recs, site_map, set(m.pending), rep)
        if strict and rep.conflicts:
            raise ImportConflict("import refused, nothing changed: " + " | ".join(rep.conflicts))
    return rep


def _merge_history(cat: Catalog, recs: Records, site_map: dict, added: set[str],
                   rep: MergeReport) -> None:
    """A site added by the import gets the history it came with (in place of the one
    adding it wrote); a site we hold under the same id gains the rows it lacked, in time
    order. A site matched by name keeps its own history."""
    theirs: dict[str, list[dict]] = {}
    for h in recs.history:
        sid = site_map.get(h["site_id"])
        if sid is not None and sid == h["site_id"]:
            theirs.setdefault(sid, []).append(h)
    for sid, rows in theirs.items():
        if sid in added:
            cat.replace_history(sid, rows)
            rep.added_history += len(rows)
            continue
        ours = cat.site_history(sid)
        known = {_history_key(h) for h in ours}
        new = [h for h in rows if _history_key(h) not in known]
        if new:
            merged = sorted(ours + new, key=lambda h: h["changed_at"] or "")
            cat.replace_history(sid, merged)
            rep.added_history += len(new)


def _match_by_name(m: _Merge, s: Site, names: set[str], keys: dict,
                   max_distance_m: float, derived: bool = False):
    """Our site_id for an incoming site with a new id but a known name (``names``: the
    match keys of its name, local name and aliases); None if there is none; False if it is
    a conflict (then reported).

    A site read from another tool's file (``derived``) is compared on what the file says
    only: a type it did not give (``other``), a country or status it did not give, do not
    disagree."""
    candidates = sorted(set().union(*(keys.get(k, set()) for k in names)) if names else set())
    compared = ["facility_type", "country", "status", "status_as_of"]
    if derived:
        compared = [f for f, unsaid in (("facility_type", "other"), ("country", None),
                                        ("status", "unknown"))
                    if getattr(s, f) != unsaid]
    for cid in candidates:
        mine = m.get(cid)
        if not (mine.located and s.located):
            m.rep.conflicts.append(
                f"site {s.site_id!r} has the name of our {cid!r} ({s.name!r}) but the "
                "locations cannot be compared (one is unlocated); not merged")
            return False
        d = _distance_m(mine, s)
        if d > max_distance_m:
            continue
        diff = _differences(mine, s, compared)
        if diff:
            m.rep.conflicts.append(f"site {s.site_id!r} is our {cid!r} by name, {d:.0f} m "
                                   f"away, but differs: {'; '.join(diff)}")
            return False
        m.rep.matched_sites.append((s.site_id, cid, d))
        return cid
    return None


def import_file(cat: Catalog, path: str | os.PathLike, *,
                max_distance_m: float = MAX_DISTANCE_M, strict: bool = False,
                type_map: dict[str, str] | None = None, country: str | None = None,
                progress: bool = False) -> MergeReport:
    """Read a catalogue file, or a KML/KMZ, GeoJSON or CSV made by another tool, and merge
    it into ``cat``.

    Parameters
    ----------
    type_map, country
        For files made by other tools: folder names to facility types, and the country
        of sites the file does not place (:class:`ThirdParty`).
    progress
        Show a progress bar on stderr (rich) while reading and merging.

    Examples
    --------
    >>> with open_catalog("catalog.gpkg") as cat:  # doctest: +SKIP
    ...     print(import_file(cat, "colleague.geojson").summary())
    >>> import_file(cat, "atlas.kmz", type_map={"Airfields": "airbase"},
    ...             country="PRK")  # doctest: +SKIP
    """
    settings = ThirdParty(dict(type_map or {}), country)
    if not progress:
        return merge_records(cat, read_records(path, third_party=settings),
                             max_distance_m=max_distance_m, strict=strict)
    from rich.console import Console
    from rich.progress import Progress

    size = os.path.getsize(path) if os.path.isfile(path) else None
    if str(path).lower().endswith(".kmz"):
        with contextlib.suppress(zipfile.BadZipFile, OSError, StopIteration):
            with zipfile.ZipFile(path) as z:
                size = next(i.file_size for i in z.infolist()
                            if i.filename.lower().endswith(".kml"))
    with Progress(console=Console(stderr=True)) as bar:
        task = bar.add_task("reading", total=size)
        recs = read_records(path, third_party=settings,
                            progress=lambda n: bar.update(task, completed=n))
        bar.update(task, description="merging", completed=0, total=len(recs.sites))
        return merge_records(cat, recs, max_distance_m=max_distance_m, strict=strict,
                             progress=lambda n: bar.update(task, completed=n))


__all__ = ["ImportConflict", "MergeReport", "ThirdParty", "html_text", "import_file",
           "merge_records", "read_kml", "read_records", "read_type_map", "records_from_csv",
           "records_from_geojson", "records_from_kml"]
