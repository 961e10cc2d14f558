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
  disagreeing one is a conflict, and the citations of that source are skipped.

Everything lands in one transaction: with ``strict=True`` any conflict aborts the import
and leaves the catalogue unchanged.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import zipfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from xml.etree import ElementTree as ET

from .errors import CatalogError, ValidationError
from .export import KML_NS, Records, csv_companions, unescape_formula
from .files import allow_long_csv_fields, read_zip_member
from .gazetteer import match_key
from .model import (
    CITATION_COLUMNS,
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
_SUFFIXES = {".gpkg": "gpkg", ".geojson": "geojson", ".json": "geojson", ".kml": "kml",
             ".kmz": "kmz", ".csv": "csv"}
#: Fields whose difference makes two records of one site disagree.
_SITE_COMPARED = [f.name for f in fields(Site) if f.name not in ("site_id", "updated_at")]


class ImportConflict(CatalogError):
    """The incoming catalogue disagrees with ours (raised only with ``strict=True``)."""


@dataclass
class MergeReport:
    """What an import did. ``conflicts`` are one-line messages naming both records."""

    added_sites: list[str] = field(default_factory=list)
    same_sites: list[str] = field(default_factory=list)
    matched_sites: list[tuple[str, str, float]] = field(default_factory=list)
    added_sources: list[str] = field(default_factory=list)
    added_aliases: int = 0
    added_citations: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added_sites)} site(s) added, {len(self.same_sites)} already "
                f"present, {len(self.matched_sites)} matched by name, "
                f"{len(self.added_sources)} source(s) added, {self.added_aliases} alias(es) "
                f"and {self.added_citations} citation(s) added, "
                f"{len(self.conflicts)} conflict(s)")


# -- readers -------------------------------------------------------------------------------

def import_format(path: str | os.PathLike) -> str:
    """The format of a file to import, from its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValidationError(f"cannot import {os.fspath(path)!r}: unknown suffix {suffix!r} "
                              f"(expected {', '.join(sorted(_SUFFIXES))})")
    return _SUFFIXES[suffix]


def read_records(path: str | os.PathLike) -> Records:
    """Read a catalogue file (any format :mod:`catalog.export` writes, but fgb/parquet).

    Raises
    ------
    ValidationError
        If the file is unreadable or a record breaks the data model (naming it).
    """
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"no file {os.fspath(path)!r} to import")
    fmt = import_format(path)
    try:
        if fmt == "gpkg":
            return records_from_gpkg(path)
        if fmt == "geojson":
            return records_from_geojson(json.loads(path.read_text(encoding="utf-8")))
        if fmt == "kml":
            return records_from_kml(path.read_bytes())
        if fmt == "kmz":
            with zipfile.ZipFile(path) as z:
                name = next((n for n in z.namelist() if n.lower().endswith(".kml")), None)
                if name is None:
                    raise ValidationError(f"{path} holds no .kml file")
                return records_from_kml(read_zip_member(z, name, f"{os.fspath(path)!r}"))
        return records_from_csv(path)
    except CatalogError:
        raise
    except (json.JSONDecodeError, ET.ParseError, zipfile.BadZipFile, UnicodeDecodeError,
            csv.Error, RecursionError) as e:
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


def records_from_geojson(doc: dict) -> Records:
    """Records from a GeoJSON FeatureCollection written by :func:`catalog.export.to_geojson`."""
    if doc.get("type") != "FeatureCollection":
        raise ValidationError(f"expected a GeoJSON FeatureCollection, got {doc.get('type')!r}")
    recs = Records()
    recs.sources = [_source(s, f"source {i}") for i, s in enumerate(doc.get("sources") or [])]
    all_cites = []
    for i, feat in enumerate(doc.get("features") or []):
        props = dict(feat.get("properties") or {})
        props.setdefault("site_id", feat.get("id"))
        geom = feat.get("geometry")
        lon = lat = None
        if geom is not None:
            if geom.get("type") != "Point":
                raise ValidationError(f"feature {i}: a site is a Point, got {geom.get('type')!r}")
            lon, lat = geom["coordinates"][:2]
        site = _site(props, lon, lat, f"feature {i}")
        recs.sites.append(site)
        for a in props.get("aliases") or []:
            recs.aliases.append(Alias(site.site_id, a["alias"], a.get("system")))
        for c in props.get("citations") or []:
            all_cites.append(c)
            recs.citations.append(_citation(c, site.site_id, f"feature {i}"))
    recs.sources += _sources_from_citations(all_cites, {s.source_id for s in recs.sources})
    return recs


def records_from_kml(data: bytes) -> Records:
    """Records from KML written by :func:`catalog.export.to_kml`."""
    k = f"{{{KML_NS}}}"
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", data[:65536]):
        # KML needs no DTD; entities are how "billion laughs" documents explode in memory
        raise ValidationError("KML with a <!DOCTYPE> or <!ENTITY> declaration is refused "
                              "(KML needs none; entity expansion can exhaust memory)")
    root = ET.fromstring(data)
    doc = root.find(f"{k}Document")
    if doc is None:
        raise ValidationError("KML without a Document")

    def ext(el) -> dict:
        out = {}
        for d in el.findall(f"{k}ExtendedData/{k}Data"):
            v = d.find(f"{k}value")
            out[d.get("name")] = v.text if v is not None and v.text is not None else ""
        return out

    recs = Records()
    dext = ext(doc)
    if dext.get("sources"):
        recs.sources = [_source(s, f"source {i}")
                        for i, s in enumerate(json.loads(dext["sources"]))]
    for i, pm in enumerate(doc.iter(f"{k}Placemark")):
        props = ext(pm)
        props.setdefault("site_id", pm.get("id"))
        if not props.get("name"):
            props["name"] = (pm.findtext(f"{k}name") or "")
        lon = lat = None
        coords = pm.findtext(f"{k}Point/{k}coordinates")
        if coords and coords.strip():
            parts = coords.strip().split(",")
            lon, lat = float(parts[0]), float(parts[1])
        if props.get("precision_m"):
            props["precision_m"] = float(props["precision_m"])
        where = f"placemark {i} ({props.get('site_id')!r})"
        site = _site(props, lon, lat, where)
        recs.sites.append(site)
        for a in json.loads(props.get("aliases") or "[]"):
            recs.aliases.append(Alias(site.site_id, a["alias"], a.get("system")))
        for c in json.loads(props.get("citations") or "[]"):
            recs.citations.append(_citation(c, site.site_id, where))
    return recs


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


def records_from_csv(path: str | os.PathLike) -> Records:
    """Records from a CSV export and its companion files (those present)."""
    path = Path(path)
    recs = Records()
    comp = csv_companions(path)
    if comp["sources"].is_file():
        recs.sources = [_source(r, f"{comp['sources']}, row {i + 2}")
                        for i, r in enumerate(_read_csv(comp["sources"], ("source_id", "title")))]
    for i, r in enumerate(_read_csv(path, ("site_id", "name"))):
        where = f"{path}, row {i + 2}"
        r = dict(r)
        if r.get("precision_m"):
            r["precision_m"] = _float(r["precision_m"], where)
        lat, lon = _none(r.get("lat")), _none(r.get("lon"))
        if lat is None and lon is None and _none(r.get("wkt")):
            import shapely

            try:
                g = shapely.from_wkt(r["wkt"])
                lon, lat = g.x, g.y
            except (shapely.errors.ShapelyError, ValueError, AttributeError):
                raise ValidationError(f"{where}: not a WKT point: {r['wkt']!r}") from None
        recs.sites.append(_site(r, _float(lon, where), _float(lat, where), where))
    if comp["aliases"].is_file():
        recs.aliases = [Alias(r["site_id"], r["alias"], _none(r.get("system")))
                        for r in _read_csv(comp["aliases"], ("site_id", "alias"))]
    if comp["citations"].is_file():
        rows = _read_csv(comp["citations"], ("site_id", "source_id"))
        recs.citations = [_citation(r, None, f"{comp['citations']}, row {i + 2}")
                          for i, r in enumerate(rows)]
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


def merge_records(cat: Catalog, recs: Records, *, max_distance_m: float = MAX_DISTANCE_M,
                  strict: bool = False) -> MergeReport:
    """Merge incoming records into ``cat`` (rules in the module docstring).

    Parameters
    ----------
    max_distance_m
        Two same-named sites further apart than this are different sites.
    strict
        Raise :class:`ImportConflict` (changing nothing) if any record disagrees.

    Returns
    -------
    MergeReport
    """
    rep = MergeReport()
    _check_times(recs)
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
        for s in _parents_first(recs.sites):
            s = replace(s, parent_site_id=site_map.get(s.parent_site_id, s.parent_site_id),
                        location_source_id=source_map.get(s.location_source_id,
                                                          s.location_source_id))
            if cat.has_site(s.site_id):
                mine = cat.get_site(s.site_id)
                diff = _differences(mine, s, _SITE_COMPARED)
                if diff:
                    rep.conflicts.append(f"site {s.site_id!r} differs: {'; '.join(diff)}")
                else:
                    site_map[s.site_id] = s.site_id
                    rep.same_sites.append(s.site_id)
                continue
            match = _match_by_name(cat, s, their_keys.get(s.site_id, set()), keys,
                                   max_distance_m, rep)
            if match is False:
                continue  # a conflict, reported
            if match is not None:
                site_map[s.site_id] = match
                continue
            if s.parent_site_id and not cat.has_site(s.parent_site_id):
                rep.conflicts.append(f"site {s.site_id!r}: its parent {s.parent_site_id!r} "
                                     "was not imported")
                continue
            if s.location_source_id and s.location_source_id in bad_sources:
                rep.conflicts.append(f"site {s.site_id!r}: its location source "
                                     f"{s.location_source_id!r} conflicts")
                continue
            cat.add_site(s)
            site_map[s.site_id] = s.site_id
            rep.added_sites.append(s.site_id)
            for k in {match_key(s.name)} | ({match_key(s.name_local)} if s.name_local else set()):
                keys.setdefault(k, set()).add(s.site_id)

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
        if strict and rep.conflicts:
            raise ImportConflict("import refused, nothing changed: " + " | ".join(rep.conflicts))
    return rep


def _check_times(recs: Records) -> None:
    """Every incoming site's ``updated_at`` a real time, not in the future: it becomes the
    version every later edit must pass (a site stamped 2999 would stamp every later edit
    2999), and PostGIS would refuse a malformed one."""
    for i, s in enumerate(recs.sites):
        recs.sites[i] = s = s.validated()
        check_not_future(s.updated_at, f"updated_at of site {s.site_id!r}")


def _match_by_name(cat: Catalog, s: Site, alias_keys: set[str], keys: dict,
                   max_distance_m: float, rep: MergeReport):
    """Our site_id for an incoming site with a new id but a known name (its name, local
    name or an alias); None if there is none; False if it is a conflict (then reported)."""
    names = {match_key(s.name)} | ({match_key(s.name_local)} if s.name_local else set())
    names |= alias_keys
    candidates = sorted(set().union(*(keys.get(k, set()) for k in names)) if names else set())
    for cid in candidates:
        mine = cat.get_site(cid)
        if not (mine.located and s.located):
            rep.conflicts.append(
                f"site {s.site_id!r} has the name of our {cid!r} ({s.name!r}) but the "
                "locations cannot be compared (one is unlocated); not merged")
            return False
        d = _distance_m(mine, s)
        if d > max_distance_m:
            continue
        diff = _differences(mine, s, ("facility_type", "country", "status", "status_as_of"))
        if diff:
            rep.conflicts.append(f"site {s.site_id!r} is our {cid!r} by name, {d:.0f} m away, "
                                 f"but differs: {'; '.join(diff)}")
            return False
        rep.matched_sites.append((s.site_id, cid, d))
        return cid
    return None


def import_file(cat: Catalog, path: str | os.PathLike, *,
                max_distance_m: float = MAX_DISTANCE_M, strict: bool = False) -> MergeReport:
    """Read a catalogue file and merge it into ``cat``.

    Examples
    --------
    >>> with open_catalog("catalog.gpkg") as cat:  # doctest: +SKIP
    ...     print(import_file(cat, "colleague.geojson").summary())
    """
    return merge_records(cat, read_records(path), max_distance_m=max_distance_m,
                         strict=strict)


__all__ = ["ImportConflict", "MergeReport", "import_file", "merge_records", "read_records",
           "records_from_csv", "records_from_geojson", "records_from_gpkg", "records_from_kml"]
