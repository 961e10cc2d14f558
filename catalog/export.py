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
csv       ``FILE.csv``: one row per site, ``site_id``, ``name``, ``lat``, ``lon``, the other
          fields and ``wkt`` (coordinates as stored, never rounded); companion files
          ``FILE.aliases.csv``, ``FILE.citations.csv``, ``FILE.sources.csv`` beside it (the
          layout of the shipped text form; ``authors`` is a JSON list). A text cell that
          a spreadsheet would run as a formula gets a leading ``'``
          (:func:`escape_formula`), which the importer removes.
gpkg      A full copy of the catalogue with its embedded QGIS project rewritten to name the
          new file (a query result: its sites layer, as fgb).
fgb       FlatGeobuf / GeoParquet: the sites layer, with ``aliases`` and ``citations`` as
parquet   JSON text columns (no sources; for reading in GIS tools, not for import).
========  ==================================================================================

There is one writer per format (:func:`write_records`), for ``catalog export`` and for
``catalog query``, whose results carry their extra columns (``distance_m``, ``match``)
beside each site's fields. Every file is written whole or not at all, and an existing one
only with ``overwrite`` (:func:`catalog.files.atomic_output`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FileOverwriteError, ValidationError
from .files import atomic_output, atomic_write, output_path
from .model import CITATION_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS, Alias, Citation, Site, Source
from .popup import site_popup_html
from .stores import Catalog
from .stores.base import sites_from_frame, sites_to_frame

FORMATS = ("geojson", "kml", "kmz", "csv", "gpkg", "fgb", "parquet")
_SUFFIXES = {".geojson": "geojson", ".json": "geojson", ".kml": "kml", ".kmz": "kmz",
             ".csv": "csv", ".gpkg": "gpkg", ".fgb": "fgb", ".parquet": "parquet"}
KML_NS = "http://www.opengis.net/kml/2.2"


@dataclass
class Records:
    """A catalogue, or some of its sites, as plain records: what exports write and imports
    read.

    ``extra`` holds further columns of the sites, aligned with ``sites`` (a query's
    ``distance_m`` and ``match``); every writer puts them beside the site's own fields.
    """

    sites: list[Site] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    extra: dict[str, list] = field(default_factory=dict)

    @classmethod
    def from_catalog(cls, cat: Catalog) -> Records:
        """Every site (whatever its review state), alias, source and citation."""
        return cls(cat.sites(None), cat.aliases(), cat.sources(), cat.citations())

    @classmethod
    def for_sites(cls, cat: Catalog, sites: list[Site], extra: dict[str, list] | None = None
                  ) -> Records:
        """Some sites of ``cat`` (a query's), with their aliases and citations and the
        sources these cite or that locate them."""
        ids = {s.site_id for s in sites}
        cites = [c for c in cat.citations() if c.site_id in ids]
        used = {c.source_id for c in cites} | {s.location_source_id for s in sites}
        return cls(list(sites), [a for a in cat.aliases() if a.site_id in ids],
                   [s for s in cat.sources() if s.source_id in used], cites,
                   dict(extra or {}))

    @classmethod
    def from_frame(cls, cat: Catalog, frame) -> Records:
        """The sites of a frame (a :meth:`~catalog.stores.base.Catalog.query` result), in
        its order, with their records; its own columns (``distance_m``, ``match``) become
        :attr:`extra` columns."""
        extra = {c: frame[c].tolist() for c in frame.columns
                 if c not in SITE_COLUMNS and c != frame.geometry.name}
        return cls.for_sites(cat, sites_from_frame(frame), extra)

    def site_rows(self) -> list[dict]:
        """Each site's fields and extra columns, in order."""
        rows = [{c: getattr(s, c) for c in SITE_COLUMNS} for s in self.sites]
        for name, values in self.extra.items():
            for row, v in zip(rows, values, strict=True):
                row[name] = v
        return rows

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
                   overwrite: bool = False, escape_formulas: bool = True) -> int:
    """Write the catalogue to ``path`` in ``fmt`` (default: from the suffix).

    ``gpkg`` is a complete copy (:meth:`~catalog.stores.base.Catalog.backup`: history,
    places and QGIS project too); every other format is written by :func:`write_records`
    (``escape_formulas``: see there).

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
    if path.exists() and os.path.exists(cat.location) and os.path.samefile(path, cat.location):
        raise FileOverwriteError(f"{path} is the catalogue being exported; choose another file")
    if fmt == "gpkg":
        cat.backup(path, overwrite=overwrite)
        return len(cat.sites(None))
    return write_records(Records.from_catalog(cat), path, fmt, overwrite=overwrite,
                         escape_formulas=escape_formulas)


def write_records(recs: Records, path: str | os.PathLike, fmt: str | None = None, *,
                  overwrite: bool = False, escape_formulas: bool = True) -> int:
    """Write records to ``path`` in ``fmt``: the one writer of each format, for
    ``catalog export`` and ``catalog query`` alike.

    ``gpkg``, ``fgb`` and ``parquet`` write the sites layer (:func:`sites_layer_frame`);
    ``csv`` writes its companion files too, and with ``escape_formulas`` (the default)
    puts a ``'`` before every text cell a spreadsheet would run as a formula
    (:func:`escape_formula`). Each file is written whole or not at all
    (:func:`catalog.files.atomic_output`).

    Returns
    -------
    int
        The number of sites written.

    Raises
    ------
    FileOverwriteError
        If an output exists and ``overwrite`` is False (nothing is then written).
    """
    fmt = format_for(path, fmt)
    path = Path(path)
    if fmt == "csv":
        files = to_csv(recs, path, escape_formulas=escape_formulas)
        for out in files:  # every output checked before any is written
            output_path(out, overwrite=overwrite)
        for out, text in files.items():
            atomic_write(out, text, overwrite=True)
    elif fmt == "geojson":
        atomic_write(path, geojson_text(recs), overwrite=overwrite)
    elif fmt == "kml":
        atomic_write(path, to_kml(recs), overwrite=overwrite)
    elif fmt == "kmz":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("doc.kml", to_kml(recs))
        atomic_write(path, buf.getvalue(), overwrite=overwrite)
    else:
        write_sites_layer(sites_layer_frame(recs), path, fmt, overwrite=overwrite)
    return len(recs.sites)


def save_map(m, path: str | os.PathLike, *, overwrite: bool = False) -> None:
    """Save a map (a ``folium.Map``, or anything with ``save(path)``) as HTML, whole or not
    at all, as every other output (:func:`catalog.files.atomic_output`)."""
    with atomic_output(path, overwrite=overwrite, suffix=".html") as tmp:
        m.save(str(tmp))


# -- GeoJSON -------------------------------------------------------------------------------

def _source_brief(s: Source | None) -> dict:
    if s is None:
        return {}
    return {"source_title": s.title, "source_publisher": s.publisher,
            "source_published": s.published, "source_url": s.url}


def to_geojson(recs: Records) -> dict:
    """The records as an RFC 7946 FeatureCollection (see the module docstring)."""
    aliases, cites = recs.by_site()
    sources = {s.source_id: s for s in recs.sources}
    features = []
    for s, props in zip(recs.sites, recs.site_rows(), strict=True):
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


def geojson_text(recs: Records) -> str:
    """:func:`to_geojson` as the text written to a file or stdout."""
    return json.dumps(to_geojson(recs), ensure_ascii=False, indent=1)


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
    for s, row in zip(recs.sites, recs.site_rows(), strict=True):
        pm = ET.SubElement(doc, f"{k}Placemark", id=s.site_id)
        ET.SubElement(pm, f"{k}name").text = s.name
        ET.SubElement(pm, f"{k}description").text = balloon_html(
            s, aliases[s.site_id], cites[s.site_id], sources)
        ext = ET.SubElement(pm, f"{k}ExtendedData")
        for c, v in row.items():
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


#: The first characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) run a
#: cell as a formula: ``=HYPERLINK(...)``, ``@SUM(...)``, ``+cmd|...`` (OWASP, "CSV
#: Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: str) -> str:
    r"""A text cell no spreadsheet runs as a formula: OWASP's rule, a ``'`` put before a
    cell that starts with ``= + - @``, a tab or a carriage return.

    Reversible (:func:`unescape_formula`): a cell that already starts with ``'`` before
    such a character gets one more.

    Examples
    --------
    >>> escape_formula('=HYPERLINK("http://x.example", "click")')
    '\'=HYPERLINK("http://x.example", "click")'
    >>> escape_formula("Sakkanmol"), escape_formula("'=1")
    ('Sakkanmol', "''=1")
    """
    return "'" + value if value.lstrip("'")[:1] in FORMULA_STARTS else value


def unescape_formula(value: str) -> str:
    """The cell :func:`escape_formula` was given."""
    if value.startswith("'") and value[1:].lstrip("'")[:1] in FORMULA_STARTS:
        return value[1:]
    return value


def _csv_text(header: list[str], rows: list[list], escape_formulas: bool = True) -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else repr(v) if isinstance(v, float)
                    else escape_formula(v) if escape_formulas and isinstance(v, str) else v
                    for v in r])
    return buf.getvalue()


def csv_tables(recs: Records, *, escape_formulas: bool = True) -> dict[str, str]:
    """The text of each table of a CSV export: ``sites`` (with ``lat``, ``lon`` and ``wkt``,
    then any extra columns), ``aliases``, ``citations`` and ``sources``; with
    ``escape_formulas``, text cells a spreadsheet would run are escaped
    (:func:`escape_formula`)."""
    esc = escape_formulas
    header = ["site_id", "name", "lat", "lon",
              *(c for c in SITE_COLUMNS if c not in ("site_id", "name")), "wkt",
              *recs.extra]
    site_rows = []
    for s, row in zip(recs.sites, recs.site_rows(), strict=True):
        row.update(lat=s.lat, lon=s.lon,
                   wkt=f"POINT ({s.lon!r} {s.lat!r})" if s.located else None)
        site_rows.append([row[c] for c in header])
    return {
        "sites": _csv_text(header, site_rows, esc),
        "aliases": _csv_text(["site_id", "alias", "system"],
                             [[a.site_id, a.alias, a.system] for a in recs.aliases], esc),
        "citations": _csv_text(CITATION_COLUMNS, [[getattr(c, k) for k in CITATION_COLUMNS]
                                                  for c in recs.citations], esc),
        "sources": _csv_text(SOURCE_COLUMNS, [
            [json.dumps(s.authors, ensure_ascii=False) if k == "authors" else getattr(s, k)
             for k in SOURCE_COLUMNS] for s in recs.sources], esc),
    }


def to_csv(recs: Records, path: str | os.PathLike, *, escape_formulas: bool = True
           ) -> dict[Path, str]:
    """The CSV export's files and their text (see the module docstring)."""
    tables = csv_tables(recs, escape_formulas=escape_formulas)
    return {Path(path): tables.pop("sites"),
            **{out: tables[layer] for layer, out in csv_companions(path).items()}}


# -- the sites layer: GeoPackage, FlatGeobuf, GeoParquet -------------------------------------

def sites_layer_frame(recs: Records):
    """Sites as a GeoDataFrame, with their extra columns and ``aliases`` and ``citations``
    as JSON text columns."""
    frame = sites_to_frame(recs.sites)
    for name, values in recs.extra.items():
        frame.insert(len(frame.columns) - 1, name, list(values))
    aliases, cites = recs.by_site()
    frame.insert(len(frame.columns) - 1, "aliases", [
        json.dumps([{"alias": a.alias, "system": a.system} for a in aliases[s.site_id]],
                   ensure_ascii=False) for s in recs.sites])
    frame.insert(len(frame.columns) - 1, "citations", [
        json.dumps([{k: getattr(c, k) for k in CITATION_COLUMNS} for c in cites[s.site_id]],
                   ensure_ascii=False) for s in recs.sites])
    return frame


def write_sites_layer(frame, path: str | os.PathLike, fmt: str, *,
                      overwrite: bool = False) -> None:
    """Write a sites frame as one layer ``sites``: ``gpkg``, ``fgb`` or ``parquet``."""
    path = Path(path)
    # GDAL and pyarrow choose the format by the temporary file's extension
    with atomic_output(path, overwrite=overwrite, suffix=f".{fmt}") as tmp:
        if fmt == "parquet":
            frame.to_parquet(tmp)
        elif fmt == "gpkg":
            frame.to_file(tmp, layer="sites", driver="GPKG", engine="pyogrio")
        else:
            # FlatGeobuf's spatial index cannot hold a NULL geometry (an unlocated site)
            has_null = bool(frame.geometry.isna().any())
            frame.to_file(tmp, driver="FlatGeobuf", engine="pyogrio",
                          SPATIAL_INDEX=not has_null)
