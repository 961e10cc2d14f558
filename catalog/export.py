"""Export a catalogue for the tools analysts use: GeoJSON, KML/KMZ, CSV, GeoPackage,
FlatGeobuf and GeoParquet.

Sites are the features. Their aliases and citations, and the sources they cite, travel with
them so that :mod:`catalog.importer` can read every export back into the same catalogue:

========  ==================================================================================
geojson   RFC 7946 FeatureCollection, one Feature per site (``id`` = ``site_id``; a null
          geometry for an unlocated site). Each feature's properties hold the site's fields
          plus ``aliases`` (a list of ``{alias, system}``) and ``citations`` (a list of
          citation objects, each also carrying its source's title, publisher, date and
          URL so that a reader needs nothing else). The full source records are in a
          top-level ``sources`` member (a foreign member, which RFC 7946 allows).
kml/kmz   One Placemark per site (no geometry when unlocated) with a description balloon
          listing names, type, status, location and every citation, HTML-escaped. Every
          field is in the Placemark's ``ExtendedData``; ``aliases`` and ``citations`` are
          JSON text there, and the Document's ``ExtendedData`` holds ``sources`` as JSON.
          KMZ is the KML zipped as ``doc.kml``. (XML turns a carriage return in text into
          a newline.)
csv       ``FILE.csv``: one row per site with ``lat``, ``lon`` and ``wkt`` columns; companion
          files ``FILE.aliases.csv``, ``FILE.citations.csv``, ``FILE.sources.csv`` beside it
          (the layout of the shipped text form; ``authors`` is a JSON list).
gpkg      A full copy of the catalogue with its embedded QGIS project rewritten to name the
          new file.
fgb       FlatGeobuf / GeoParquet: the sites layer, with ``aliases`` and ``citations`` as
parquet   JSON text columns (no sources; for reading in GIS tools, not for import).
========  ==================================================================================
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FileOverwriteError, ValidationError
from .model import Alias, Citation, Site, Source
from .popup import site_popup_html
from .store import SITE_COLUMNS, Catalog

FORMATS = ("geojson", "kml", "kmz", "csv", "gpkg", "fgb", "parquet")
_SUFFIXES = {".geojson": "geojson", ".json": "geojson", ".kml": "kml", ".kmz": "kmz",
             ".csv": "csv", ".gpkg": "gpkg", ".fgb": "fgb", ".parquet": "parquet"}
KML_NS = "http://www.opengis.net/kml/2.2"
SOURCE_COLUMNS = list(Source.__dataclass_fields__)
CITATION_COLUMNS = list(Citation.__dataclass_fields__)
#: Columns of the exported CSV, in order.
CSV_SITE_COLUMNS = SITE_COLUMNS + ["lat", "lon", "wkt"]


@dataclass
class Records:
    """A whole catalogue as plain records: what exports write and imports read."""

    sites: list[Site] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @classmethod
    def from_catalog(cls, cat: Catalog) -> Records:
        """Every site (whatever its review state), alias, source and citation."""
        return cls(cat.sites(None), cat.aliases(), cat.sources(), cat.citations())

    def by_site(self) -> tuple[dict, dict]:
        aliases, cites = defaultdict(list), defaultdict(list)
        for a in self.aliases:
            aliases[a.site_id].append(a)
        for c in self.citations:
            cites[c.site_id].append(c)
        return aliases, cites


def format_for(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else guessed from the file's suffix.

    Raises
    ------
    ValidationError
        If neither names a known format.
    """
    if fmt:
        if fmt not in FORMATS:
            raise ValidationError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValidationError(f"cannot tell the format of {os.fspath(path)!r} from its suffix "
                              f"{suffix!r}; give one of {', '.join(FORMATS)}")
    return _SUFFIXES[suffix]


def export_catalog(cat: Catalog, path: str | os.PathLike, fmt: str | None = None, *,
                   overwrite: bool = False) -> int:
    """Write the catalogue to ``path`` in ``fmt`` (default: from the suffix).

    Returns
    -------
    int
        The number of sites written.

    Raises
    ------
    FileOverwriteError
        If an output exists and ``overwrite`` is False.

    Examples
    --------
    >>> export_catalog(cat, "sites.geojson")  # doctest: +SKIP
    4
    """
    fmt = format_for(path, fmt)
    path = Path(path)
    outputs = [path] + (list(csv_companions(path).values()) if fmt == "csv" else [])
    for out in outputs:
        if out.exists() and not overwrite:
            raise FileOverwriteError(f"{out} exists; pass --overwrite to replace it")
    if path.exists() and os.path.exists(cat.location) and os.path.samefile(path, cat.location):
        raise FileOverwriteError(f"{path} is the catalogue being exported; choose another file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gpkg":
        return copy_geopackage(cat, path)
    recs = Records.from_catalog(cat)
    if fmt == "geojson":
        _atomic_write(path, json.dumps(to_geojson(recs), ensure_ascii=False,
                                       indent=1).encode("utf-8"))
    elif fmt == "kml":
        _atomic_write(path, to_kml(recs))
    elif fmt == "kmz":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("doc.kml", to_kml(recs))
        _atomic_write(path, buf.getvalue())
    elif fmt == "csv":
        for out, text in to_csv(recs, path).items():
            _atomic_write(out, text.encode("utf-8"))
    else:
        _write_frame(recs, path, fmt)
    return len(recs.sites)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600; a normal file honours the umask
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# -- GeoJSON -------------------------------------------------------------------------------

def _source_brief(s: Source | None) -> dict:
    if s is None:
        return {}
    return {"source_title": s.title, "source_publisher": s.publisher,
            "source_published": s.published, "source_url": s.url}


def to_geojson(recs: Records) -> dict:
    """The catalogue as an RFC 7946 FeatureCollection (see the module docstring)."""
    aliases, cites = recs.by_site()
    sources = {s.source_id: s for s in recs.sources}
    features = []
    for s in recs.sites:
        props = {c: getattr(s, c) for c in SITE_COLUMNS}
        props["aliases"] = [{"alias": a.alias, "system": a.system}
                            for a in aliases[s.site_id]]
        props["citations"] = [{**{k: getattr(c, k) for k in CITATION_COLUMNS},
                               **_source_brief(sources.get(c.source_id))}
                              for c in cites[s.site_id]]
        geom = ({"type": "Point", "coordinates": [s.lon, s.lat]} if s.located else None)
        features.append({"type": "Feature", "id": s.site_id, "geometry": geom,
                         "properties": props})
    return {"type": "FeatureCollection", "features": features,
            "sources": [_source_dict(s) for s in recs.sources]}


def _source_dict(s: Source) -> dict:
    return {k: getattr(s, k) for k in SOURCE_COLUMNS}


# -- KML -----------------------------------------------------------------------------------

def balloon_html(site: Site, aliases: list[Alias], cites: list[Citation],
                 sources: dict[str, Source]) -> str:
    """The description balloon of a site: the same escaped HTML as a popup (catalog.popup)."""
    rows = []
    for c in cites:
        src = sources.get(c.source_id)
        rows.append({**c.__dict__, "title": src.title if src else c.source_id,
                     "publisher": src and src.publisher, "published": src and src.published,
                     "url": src and src.url})
    return site_popup_html(site, [a.alias for a in aliases], rows)


def _data(parent: ET.Element, name: str, value) -> None:
    d = ET.SubElement(parent, f"{{{KML_NS}}}Data", name=name)
    ET.SubElement(d, f"{{{KML_NS}}}value").text = value


def to_kml(recs: Records) -> bytes:
    """The catalogue as KML 2.2 (see the module docstring)."""
    ET.register_namespace("", KML_NS)
    k = f"{{{KML_NS}}}"
    root = ET.Element(f"{k}kml")
    doc = ET.SubElement(root, f"{k}Document")
    ET.SubElement(doc, f"{k}name").text = "Facility catalogue"
    ext = ET.SubElement(doc, f"{k}ExtendedData")
    _data(ext, "sources", json.dumps([_source_dict(s) for s in recs.sources],
                                     ensure_ascii=False))
    aliases, cites = recs.by_site()
    sources = {s.source_id: s for s in recs.sources}
    for s in recs.sites:
        pm = ET.SubElement(doc, f"{k}Placemark", id=s.site_id)
        ET.SubElement(pm, f"{k}name").text = s.name
        ET.SubElement(pm, f"{k}description").text = balloon_html(
            s, aliases[s.site_id], cites[s.site_id], sources)
        ext = ET.SubElement(pm, f"{k}ExtendedData")
        for c in SITE_COLUMNS:
            v = getattr(s, c)
            if v is not None:
                _data(ext, c, repr(v) if isinstance(v, float) else str(v))
        _data(ext, "aliases", json.dumps([{"alias": a.alias, "system": a.system}
                                          for a in aliases[s.site_id]], ensure_ascii=False))
        _data(ext, "citations", json.dumps([{k2: getattr(c, k2) for k2 in CITATION_COLUMNS}
                                            for c in cites[s.site_id]], ensure_ascii=False))
        if s.located:
            pt = ET.SubElement(pm, f"{k}Point")
            ET.SubElement(pt, f"{k}coordinates").text = f"{s.lon!r},{s.lat!r}"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8",
                                                                    xml_declaration=False)


# -- CSV -----------------------------------------------------------------------------------

def csv_companions(path: str | os.PathLike) -> dict[str, Path]:
    """The companion files of a CSV export: ``FILE.aliases.csv`` and so on."""
    p = Path(path)
    stem = p.name[:-len(p.suffix)] if p.suffix else p.name
    return {layer: p.with_name(f"{stem}.{layer}.csv")
            for layer in ("aliases", "citations", "sources")}


def _csv_text(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else (repr(v) if isinstance(v, float) else v) for v in r])
    return buf.getvalue()


def to_csv(recs: Records, path: str | os.PathLike) -> dict[Path, str]:
    """The CSV export's files and their text (see the module docstring)."""
    site_rows = []
    for s in recs.sites:
        wkt = f"POINT ({s.lon!r} {s.lat!r})" if s.located else None
        site_rows.append([getattr(s, c) for c in SITE_COLUMNS] + [s.lat, s.lon, wkt])
    comp = csv_companions(path)
    return {
        Path(path): _csv_text(CSV_SITE_COLUMNS, site_rows),
        comp["aliases"]: _csv_text(["site_id", "alias", "system"],
                                   [[a.site_id, a.alias, a.system] for a in recs.aliases]),
        comp["citations"]: _csv_text(CITATION_COLUMNS,
                                     [[getattr(c, k) for k in CITATION_COLUMNS]
                                      for c in recs.citations]),
        comp["sources"]: _csv_text(SOURCE_COLUMNS, [
            [json.dumps(s.authors, ensure_ascii=False) if k == "authors" else getattr(s, k)
             for k in SOURCE_COLUMNS] for s in recs.sources]),
    }


# -- GeoPackage copy, FlatGeobuf, GeoParquet -------------------------------------------------

def copy_geopackage(cat: Catalog, path: Path) -> int:
    """Copy a GeoPackage catalogue to ``path`` (SQLite's backup: consistent, complete) and
    rewrite its embedded QGIS project to name the new file."""
    from .geopackage import GeoPackageCatalog, connect
    from .qgis import write_project

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        if isinstance(cat, GeoPackageCatalog):
            dst = connect(tmp)
            try:
                cat.conn.backup(dst)
            finally:
                dst.close()
        else:  # another store (PostGIS): its backup is a complete GeoPackage, history too
            os.unlink(tmp)
            cat.backup(tmp)
        write_project(tmp, path.name)
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return len(cat.sites(None))


def sites_layer_frame(recs: Records):
    """Sites as a GeoDataFrame with ``aliases`` and ``citations`` as JSON text columns."""
    from .store import sites_to_frame

    frame = sites_to_frame(recs.sites)
    aliases, cites = recs.by_site()
    frame.insert(len(frame.columns) - 1, "aliases", [
        json.dumps([{"alias": a.alias, "system": a.system} for a in aliases[s.site_id]],
                   ensure_ascii=False) for s in recs.sites])
    frame.insert(len(frame.columns) - 1, "citations", [
        json.dumps([{k: getattr(c, k) for k in CITATION_COLUMNS} for c in cites[s.site_id]],
                   ensure_ascii=False) for s in recs.sites])
    return frame


def _write_frame(recs: Records, path: Path, fmt: str) -> None:
    frame = sites_layer_frame(recs)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix or f".{fmt}",
                               dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        if fmt == "parquet":
            frame.to_parquet(tmp)
        else:
            # FlatGeobuf's spatial index cannot hold a NULL geometry (an unlocated site)
            has_null = bool(frame.geometry.isna().any())
            frame.to_file(tmp, driver="FlatGeobuf", engine="pyogrio",
                          SPATIAL_INDEX=not has_null)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
