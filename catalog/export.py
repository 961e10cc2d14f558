"""Export a catalogue for the tools analysts use: GeoJSON, KML/KMZ, CSV, GeoPackage,
FlatGeobuf and GeoParquet.

Sites are the features. Their aliases, citations and history, and the sources they cite,
travel with them so that :mod:`catalog.importer` can read every export back into the same
catalogue:

========  ==================================================================================
geojson   RFC 7946 FeatureCollection, one Feature per site (``id`` = ``site_id``; a null
          geometry for an unlocated site). Each feature's properties hold the site's fields
          plus ``aliases`` (a list of ``{alias, system}``), ``citations`` (a list of
          citation objects, each also carrying its source's title, publisher, date and
          URL so that a reader needs nothing else) and ``history`` (the site's recorded
          changes). The full source records are in a top-level ``sources`` member (a
          foreign member, which RFC 7946 allows). Written one feature at a time.
kml/kmz   KML 2.2 for Google Earth: one style per facility type (the web map's colours,
          with a legend in the Document's description), folders by country then type
          (``group_by``), one Placemark per site with its point and, for a site with an
          uncertainty radius, the circle of that radius beside it (a ``MultiGeometry``),
          a ``TimeSpan`` from the first date a source cited it (so the time slider
          works; a demolished site ends at its status date), and a description balloon
          with names, status, location method and every citation with its link, all
          HTML-escaped. Every field is in the Placemark's ``ExtendedData``; ``aliases``,
          ``citations`` and ``history`` are JSON text there, and the Document's
          ``ExtendedData`` holds ``sources`` as JSON. Unlocated sites are listed in the
          Document's description and kept as Placemarks without geometry. KMZ is the KML
          zipped as ``doc.kml``. Valid against the OGC KML 2.2 schema; written one
          Placemark at a time.
csv       ``FILE.csv``: one row per site, ``site_id``, ``name``, ``lat``, ``lon``, the other
          fields and ``wkt`` (coordinates as stored, never rounded); companion files
          ``FILE.aliases.csv``, ``FILE.citations.csv``, ``FILE.sources.csv`` and
          ``FILE.history.csv`` beside it (the layout of the shipped text form; ``authors``
          is a JSON list). A text cell that a spreadsheet would run as a formula gets a
          leading ``'`` (:func:`escape_formula`), which the importer removes.
gpkg      A full copy of the catalogue, history included, with its embedded QGIS project
          rewritten to name the new file (a query result: its sites layer, as fgb).
fgb       FlatGeobuf / GeoParquet: the sites layer, with ``aliases``, ``citations`` and
parquet   ``history`` as JSON text columns (no sources; for reading in GIS tools, not for
          import).
========  ==================================================================================

There is one writer per format (:func:`write_records`), for ``catalog export`` and for
``catalog query``, whose results carry their extra columns (``distance_m``, ``match``)
beside each site's fields. Every file is written whole or not at all, and an existing one
only with ``overwrite`` (:func:`catalog.files.atomic_output`).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import FileOverwriteError, ValidationError
from .files import atomic_output, atomic_write, output_path
from .lazy import lazy_module
from .model import (
    CITATION_COLUMNS,
    FACILITY_TYPES,
    HISTORY_COLUMNS,
    SITE_COLUMNS,
    SOURCE_COLUMNS,
    TYPE_COLOURS,
    Alias,
    Citation,
    Site,
    Source,
)
from .popup import esc, site_popup_html
from .stores import Catalog
from .stores.base import sites_from_frame, sites_to_frame

# folium comes with it: loaded only when an export is filtered with `where`
mapping = lazy_module("catalog.mapping")

FORMATS = ("geojson", "kml", "kmz", "csv", "gpkg", "fgb", "parquet")
_SUFFIXES = {".geojson": "geojson", ".json": "geojson", ".kml": "kml", ".kmz": "kmz",
             ".csv": "csv", ".gpkg": "gpkg", ".fgb": "fgb", ".parquet": "parquet"}
KML_NS = "http://www.opengis.net/kml/2.2"
#: Site fields a KML export may group its folders by (outer folder first).
GROUP_FIELDS = ("country", "facility_type", "status", "review_status", "location_precision",
                "admin1", "location_method")
DEFAULT_GROUP_BY = ("country", "facility_type")
#: The pin every style tints with its type's colour (Google Earth's white paddle).
KML_ICON = "https://maps.google.com/mapfiles/kml/paddle/wht-blank.png"
#: Vertices of an uncertainty circle.
CIRCLE_VERTICES = 48
#: Unlocated sites named in the KML Document's description (the rest are counted).
MAX_LISTED_UNLOCATED = 500


@dataclass
class Records:
    """A catalogue, or some of its sites, as plain records: what exports write and imports
    read.

    ``extra`` holds further columns of the sites, aligned with ``sites`` (a query's
    ``distance_m`` and ``match``); every writer puts them beside the site's own fields.
    ``history`` holds the sites' recorded changes (dicts with the
    :data:`~catalog.model.HISTORY_COLUMNS`), oldest first.

    A reader of a file made by another tool fills ``derived_ids``, the site ids it made
    from names (they identify nothing, so a merge matches those sites by name and place
    only, and numbers an id that is taken), and ``skipped``, what it left out and why.
    """

    sites: list[Site] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    extra: dict[str, list] = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    derived_ids: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)
    #: Where a site's history is read when it is written (a catalogue's ``site_history``),
    #: so an export never holds every site's history at once; else :attr:`history`.
    history_of: Callable[[str], list[dict]] | None = field(default=None, repr=False,
                                                            compare=False)
    _history_index: dict | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_catalog(cls, cat: Catalog, *, lazy_history: bool = False) -> Records:
        """Every site (whatever its review state), alias, source, citation and history row
        (of sites that still exist). With ``lazy_history`` each site's history is read
        from ``cat`` when it is written (``cat`` must stay open until then)."""
        sites = cat.sites(None)
        if lazy_history:
            return cls(sites, cat.aliases(), cat.sources(), cat.citations(),
                       history_of=cat.site_history)
        ids = {s.site_id for s in sites}
        return cls(sites, cat.aliases(), cat.sources(), cat.citations(),
                   history=[h for h in cat.history_rows() if h["site_id"] in ids])

    @classmethod
    def select(cls, cat: Catalog, *, review_status: Iterable[str] | None = None,
               where: Iterable[str] = ()) -> Records:
        """The sites in ``review_status`` (None: every state) that pass every ``where``
        filter (``FIELD OP VALUE``, as ``catalog map --where``), with their records.

        Raises
        ------
        ValidationError
            For a bad filter or an unknown field, naming it.
        """
        where = list(where or ())
        if review_status is None and not where:
            return cls.from_catalog(cat, lazy_history=True)
        review_status = None if review_status is None else tuple(review_status)
        if not where:
            return cls.for_sites(cat, cat.sites(review_status))
        frame = mapping.filter_sites(cat.sites_frame(review_status), where)
        return cls.for_sites(cat, sites_from_frame(frame))

    @classmethod
    def for_sites(cls, cat: Catalog, sites: list[Site], extra: dict[str, list] | None = None
                  ) -> Records:
        """Some sites of ``cat`` (a query's), with their aliases, citations and history
        (read from ``cat`` as each site is written), and the sources these cite or that
        locate them."""
        ids = {s.site_id for s in sites}
        cites = [c for c in cat.citations() if c.site_id in ids]
        used = {c.source_id for c in cites} | {s.location_source_id for s in sites}
        return cls(list(sites), [a for a in cat.aliases() if a.site_id in ids],
                   [s for s in cat.sources() if s.source_id in used], cites,
                   dict(extra or {}), history_of=cat.site_history)

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
        return [self.site_row(i) for i in range(len(self.sites))]

    def site_row(self, i: int) -> dict:
        """The fields and extra columns of the ``i``-th site."""
        row = {c: getattr(self.sites[i], c) for c in SITE_COLUMNS}
        for name, values in self.extra.items():
            row[name] = values[i]
        return row

    def by_site(self) -> tuple[dict, dict]:
        aliases, cites = defaultdict(list), defaultdict(list)
        for a in self.aliases:
            aliases[a.site_id].append(a)
        for c in self.citations:
            cites[c.site_id].append(c)
        return aliases, cites

    def site_history(self, site_id: str) -> list[dict]:
        """A site's history rows (without ``site_id``), oldest first."""
        if self.history_of is not None:
            rows = self.history_of(site_id)
        else:
            if self._history_index is None:
                self._history_index = defaultdict(list)
                for h in self.history:
                    self._history_index[h["site_id"]].append(h)
            rows = self._history_index.get(site_id, ())
        return [{k: h.get(k) for k in HISTORY_COLUMNS if k != "site_id"} for h in rows]


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


def group_fields(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Check KML folder fields: ``"country,facility_type"``, a list, or ``"none"``/empty
    for one flat list.

    Raises
    ------
    ValidationError
        Naming a field that is not one of :data:`GROUP_FIELDS`.
    """
    if value is None:
        return DEFAULT_GROUP_BY
    parts = value.split(",") if isinstance(value, str) else list(value)
    parts = [p.strip() for p in parts if p and p.strip()]
    if parts in ([], ["none"]):
        return ()
    for p in parts:
        if p not in GROUP_FIELDS:
            raise ValidationError(f"cannot group by {p!r}: choose among "
                                  f"{', '.join(GROUP_FIELDS)}, or none")
    return tuple(parts)


def export_catalog(cat: Catalog, path: str | os.PathLike, fmt: str | None = None, *,
                   overwrite: bool = False, review_status: Iterable[str] | None = None,
                   where: Iterable[str] = (),
                   group_by: Iterable[str] | str | None = DEFAULT_GROUP_BY,
                   escape_formulas: bool = True) -> int:
    """Write the catalogue to ``path`` in ``fmt`` (default: from the suffix).

    ``gpkg`` is a complete copy (:meth:`~catalog.stores.base.Catalog.backup`: history,
    places and QGIS project too); every other format is written by :func:`write_records`.

    Parameters
    ----------
    review_status
        The review states to export (``("accepted",)`` is what ``catalog export`` writes
        unless told ``--all``); None: every site.
    where
        ``FIELD OP VALUE`` filters, all of which a site must pass (as ``catalog map``).
    group_by
        KML/KMZ folders: site fields, outer first (see :func:`group_fields`).

    Returns
    -------
    int
        The number of sites written.

    Raises
    ------
    FileOverwriteError
        If an output exists and ``overwrite`` is False.
    ValidationError
        For a bad filter, or a filter on a GeoPackage copy (which is always whole).

    Examples
    --------
    >>> export_catalog(cat, "sites.kmz", review_status=["accepted"],
    ...                where=["country=PRK"])  # doctest: +SKIP
    4
    """
    fmt = format_for(path, fmt)
    group_by = group_fields(group_by)
    path = Path(path)
    if path.exists() and os.path.exists(cat.location) and os.path.samefile(path, cat.location):
        raise FileOverwriteError(f"{path} is the catalogue being exported; choose another file")
    if fmt == "gpkg":
        if review_status is not None or list(where or ()):
            raise ValidationError("a GeoPackage export is a whole copy of the catalogue; "
                                  "filter with `catalog query ... --format gpkg` instead")
        cat.backup(path, overwrite=overwrite)
        return len(cat.sites(None))
    recs = Records.select(cat, review_status=review_status, where=where)
    return write_records(recs, path, fmt, overwrite=overwrite, group_by=group_by,
                         escape_formulas=escape_formulas)


def write_records(recs: Records, path: str | os.PathLike, fmt: str | None = None, *,
                  overwrite: bool = False,
                  group_by: Iterable[str] | str | None = DEFAULT_GROUP_BY,
                  escape_formulas: bool = True) -> int:
    """Write records to ``path`` in ``fmt``: the one writer of each format, for
    ``catalog export`` and ``catalog query`` alike.

    ``gpkg``, ``fgb`` and ``parquet`` write the sites layer (:func:`sites_layer_frame`);
    ``csv`` writes its companion files too. GeoJSON and KML are written a feature at a
    time. Each file is written whole or not at all (:func:`catalog.files.atomic_output`).

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
        with atomic_output(path, overwrite=overwrite) as tmp, open(tmp, "xb") as f:
            write_geojson(recs, f)
    elif fmt == "kml":
        with atomic_output(path, overwrite=overwrite) as tmp, open(tmp, "xb") as f:
            write_kml(recs, f, group_by=group_by)
    elif fmt == "kmz":
        # no ZIP64 header: Google Earth's and GDAL's (libkml's) unzip cannot read one
        with atomic_output(path, overwrite=overwrite) as tmp, \
                zipfile.ZipFile(tmp, "x", zipfile.ZIP_DEFLATED) as z:
            try:
                with z.open("doc.kml", "w") as f:
                    write_kml(recs, f, group_by=group_by)
            except RuntimeError as e:  # zipfile: "File size too large, try force_zip64"
                raise ValidationError(f"the KML passes the {zipfile.ZIP64_LIMIT} bytes a KMZ "
                                      "can hold without ZIP64, which Google Earth cannot "
                                      "read; export fewer sites, or KML") from e
    else:
        write_sites_layer(sites_layer_frame(recs), path, fmt, overwrite=overwrite)
    return len(recs.sites)


def save_map(m, path: str | os.PathLike, *, overwrite: bool = False) -> None:
    """Save a map (a ``folium.Map``, or anything with ``save(path)``) as HTML, whole or not
    at all, as every other output (:func:`catalog.files.atomic_output`)."""
    with atomic_output(path, overwrite=overwrite, suffix=".html") as tmp:
        m.save(str(tmp))


def _text_out(out: IO[bytes]) -> io.TextIOWrapper:
    """A buffered UTF-8 text writer over a binary file (left open)."""
    return io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=False)


# -- GeoJSON -------------------------------------------------------------------------------

def _source_brief(s: Source | None) -> dict:
    if s is None:
        return {}
    return {"source_title": s.title, "source_publisher": s.publisher,
            "source_published": s.published, "source_url": s.url}


def geojson_features(recs: Records) -> Iterable[dict]:
    """The GeoJSON Feature of each site, one at a time (see the module docstring)."""
    aliases, cites = recs.by_site()
    sources = {s.source_id: s for s in recs.sources}
    for i, s in enumerate(recs.sites):
        props = recs.site_row(i)
        props["aliases"] = [{"alias": a.alias, "system": a.system}
                            for a in aliases.get(s.site_id, ())]
        props["citations"] = [{**{k: getattr(c, k) for k in CITATION_COLUMNS},
                               **_source_brief(sources.get(c.source_id))}
                              for c in cites.get(s.site_id, ())]
        props["history"] = recs.site_history(s.site_id)
        geom = ({"type": "Point", "coordinates": [s.lon, s.lat]} if s.located else None)
        yield {"type": "Feature", "id": s.site_id, "geometry": geom, "properties": props}


def to_geojson(recs: Records) -> dict:
    """The records as an RFC 7946 FeatureCollection (see the module docstring)."""
    return {"type": "FeatureCollection", "features": list(geojson_features(recs)),
            "sources": [_source_dict(s) for s in recs.sources]}


def write_geojson(recs: Records, out: IO[bytes]) -> None:
    """Write the records as a GeoJSON FeatureCollection to a binary file, one feature at
    a time (memory does not grow with the output)."""
    w = _text_out(out)
    w.write('{"type": "FeatureCollection",\n"features": [')
    for i, feat in enumerate(geojson_features(recs)):
        w.write(",\n" if i else "\n")
        w.write(json.dumps(feat, ensure_ascii=False))
    w.write("\n],\n\"sources\": ")
    w.write(json.dumps([_source_dict(s) for s in recs.sources], ensure_ascii=False, indent=1))
    w.write("\n}\n")
    w.flush()
    w.detach()


def geojson_text(recs: Records) -> str:
    """The GeoJSON written by :func:`write_geojson`, as text (for stdout)."""
    buf = io.BytesIO()
    write_geojson(recs, buf)
    return buf.getvalue().decode("utf-8").rstrip("\n")


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


def _x(value) -> str:
    """Text as XML character data (a carriage return kept as ``&#13;``, so it survives)."""
    # chained str.replace: several times faster than str.translate with a table
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _xa(value) -> str:
    """A value as a double-quoted XML attribute."""
    return ('"' + _x(value).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;") + '"')


def kml_colour(hex_rgb: str, alpha: int = 255) -> str:
    """``#RRGGBB`` as KML's ``aabbggrr``.

    Examples
    --------
    >>> kml_colour("#D55E00", 0x40)
    '40005ed5'
    """
    r, g, b = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"{alpha:02x}{b}{g}{r}".lower()


def style_id(facility_type: str) -> str:
    """The KML style of a facility type: ``type-missile-base``."""
    return "type-" + facility_type.replace(" ", "-")


def first_cited(recs: Records) -> dict[str, str]:
    """Each site's earliest date of a source citing it (``YYYY-MM-DD``), where known."""
    published = {s.source_id: s.published for s in recs.sources if s.published}
    out: dict[str, str] = {}
    for c in recs.citations:
        d = published.get(c.source_id)
        if d and (c.site_id not in out or d < out[c.site_id]):
            out[c.site_id] = d
    return out


def time_span(site: Site, cited: str | None) -> tuple[str | None, str | None]:
    """``(begin, end)`` of a site in Google Earth's time slider: shown from the first date
    a source cited it (else its status date), until its status date if demolished."""
    begin = cited or site.status_as_of
    end = None
    if site.status == "demolished" and site.status_as_of:
        end = site.status_as_of
        if begin and begin > end:
            begin = None
    return begin, end


@functools.cache
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def circle_ring(lon: float, lat: float, radius_m: float, n: int = CIRCLE_VERTICES
                ) -> list[tuple[float, float]]:
    """A closed ring of ``n`` points ``radius_m`` from ``(lon, lat)`` on the WGS84
    ellipsoid (geodesic, so a circle stays true at any latitude); longitudes run on
    from the centre's without a jump at the antimeridian."""
    azimuths = [360.0 * k / n for k in range(n)]
    lons, lats, _ = _geod().fwd([lon] * n, [lat] * n, azimuths, [radius_m] * n)
    ring = []
    for x, y in zip(lons, lats, strict=True):
        while x - lon > 180:
            x -= 360
        while x - lon < -180:
            x += 360
        ring.append((x, y))
    return [*ring, ring[0]]


def _document_description(recs: Records, types: Counter, unlocated: list[Site]) -> str:
    """The legend (colour per facility type), what the circles and times mean, and the
    unlocated sites."""
    rows = "".join(
        f'<tr><td style="background:{TYPE_COLOURS[t]};width:1.2em">&#160;</td>'
        f"<td>{esc(t)}</td><td>{types[t]}</td></tr>"
        for t in FACILITY_TYPES if types[t])
    n_located = len(recs.sites) - len(unlocated)
    parts = [
        f"<p>{len(recs.sites)} site(s), {n_located} located. Every site's balloon lists its "
        "names, status, location method and the sources that cite it.</p>",
        f"<table><tr><th></th><th>facility type</th><th>sites</th></tr>{rows}</table>",
        "<p>A circle around a pin is the site's uncertainty radius. The time slider shows "
        "each site from the first date a source cited it.</p>",
    ]
    if unlocated:
        items = "".join(
            f"<li>{esc(s.name)} ({esc(s.site_id)}; {esc(s.facility_type)}"
            f"{', ' + esc(s.country) if s.country else ''})</li>"
            for s in unlocated[:MAX_LISTED_UNLOCATED])
        more = len(unlocated) - MAX_LISTED_UNLOCATED
        if more > 0:
            items += f"<li>and {more} more</li>"
        parts.append(f"<h4>Unlocated sites ({len(unlocated)})</h4>"
                     "<p>No source gives their position: they are in the folders without a "
                     f"pin.</p><ul>{items}</ul>")
    return "".join(parts)


def _kml_styles() -> str:
    out = []
    for t in FACILITY_TYPES:
        c = TYPE_COLOURS[t]
        out.append(
            f"<Style id={_xa(style_id(t))}><IconStyle><color>{kml_colour(c)}</color>"
            f"<Icon><href>{_x(KML_ICON)}</href></Icon></IconStyle>"
            f"<LineStyle><color>{kml_colour(c)}</color><width>1.5</width></LineStyle>"
            f"<PolyStyle><color>{kml_colour(c, 0x40)}</color></PolyStyle>"
            "<BalloonStyle><text>$[description]</text></BalloonStyle></Style>\n")
    return "".join(out)


def _data(name: str, value) -> str:
    return f"<Data name={_xa(name)}><value>{_x(value)}</value></Data>"


def _folder_name(fieldname: str, value) -> str:
    if value is None or value == "":
        return f"no {fieldname.replace('_', ' ')}"
    return str(value)


def _placemark(recs: Records, i: int, aliases, cites, history, sources, cited) -> str:
    s = recs.sites[i]
    parts = [f"<Placemark><name>{_x(s.name)}</name>",
             "<description>", _x(balloon_html(s, aliases, cites, sources)), "</description>"]
    begin, end = time_span(s, cited)
    if begin or end:
        parts.append("<TimeSpan>" + (f"<begin>{begin}</begin>" if begin else "")
                     + (f"<end>{end}</end>" if end else "") + "</TimeSpan>")
    parts.append(f"<styleUrl>#{style_id(s.facility_type)}</styleUrl><ExtendedData>")
    for c, v in recs.site_row(i).items():
        if v is not None:
            parts.append(_data(c, repr(v) if isinstance(v, float) else v))
    parts.append(_data("aliases", json.dumps([{"alias": a.alias, "system": a.system}
                                              for a in aliases], ensure_ascii=False)))
    parts.append(_data("citations", json.dumps([{k: getattr(c, k) for k in CITATION_COLUMNS}
                                                for c in cites], ensure_ascii=False)))
    if history:
        parts.append(_data("history", json.dumps(history, ensure_ascii=False)))
    parts.append("</ExtendedData>")
    if s.located:
        point = f"<Point><coordinates>{s.lon!r},{s.lat!r}</coordinates></Point>"
        if s.precision_m and abs(s.lat) + s.precision_m / 110_000 < 89.9:  # no pole inside
            ring = " ".join(f"{x!r},{y!r}" for x, y in circle_ring(s.lon, s.lat, s.precision_m))
            parts.append(f"<MultiGeometry>{point}<Polygon><outerBoundaryIs><LinearRing>"
                         f"<coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs>"
                         "</Polygon></MultiGeometry>")
        else:
            parts.append(point)
    parts.append("</Placemark>\n")
    return "".join(parts)


def write_kml(recs: Records, out: IO[bytes], *,
              group_by: Iterable[str] | str | None = DEFAULT_GROUP_BY,
              name: str = "Facility catalogue") -> None:
    """Write the records as KML 2.2 to a binary file, one Placemark at a time (see the
    module docstring).

    Parameters
    ----------
    group_by
        Site fields whose values name nested folders, outer first (:func:`group_fields`);
        empty for one flat list.
    """
    group_by = group_fields(group_by)
    aliases, cites = recs.by_site()
    sources = {s.source_id: s for s in recs.sources}
    cited = first_cited(recs)
    unlocated = [s for s in recs.sites if not s.located]
    w = _text_out(out)
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<kml xmlns="{KML_NS}">\n<Document><name>{_x(name)}</name><open>1</open>\n')
    w.write("<description>")
    w.write(_x(_document_description(recs, Counter(s.facility_type for s in recs.sites),
                                     unlocated)))
    w.write("</description>\n")
    w.write(_kml_styles())
    w.write("<ExtendedData>")
    w.write(_data("sources", json.dumps([_source_dict(s) for s in recs.sources],
                                        ensure_ascii=False)))
    w.write("</ExtendedData>\n")

    def key(i):
        return tuple((v is None or v == "", "" if v is None else str(v))
                     for v in (getattr(recs.sites[i], f) for f in group_by))

    order = sorted(range(len(recs.sites)), key=key) if group_by else range(len(recs.sites))
    open_path: tuple = ()
    for i in order:
        s = recs.sites[i]
        path = tuple(_folder_name(f, getattr(s, f)) for f in group_by)
        common = 0
        while common < len(open_path) and open_path[common] == path[common]:
            common += 1
        w.write("</Folder>\n" * (len(open_path) - common))
        for depth in range(common, len(path)):
            w.write(f"<Folder><name>{_x(path[depth])}</name>\n")
        open_path = path
        w.write(_placemark(recs, i, aliases.get(s.site_id, []), cites.get(s.site_id, []),
                           recs.site_history(s.site_id), sources, cited.get(s.site_id)))
    w.write("</Folder>\n" * len(open_path))
    w.write("</Document>\n</kml>\n")
    w.flush()
    w.detach()


def to_kml(recs: Records, *, group_by: Iterable[str] | str | None = DEFAULT_GROUP_BY
           ) -> bytes:
    """The records as KML 2.2 bytes (:func:`write_kml` into memory)."""
    buf = io.BytesIO()
    write_kml(recs, buf, group_by=group_by)
    return buf.getvalue()


# -- CSV -----------------------------------------------------------------------------------

def csv_companions(path: str | os.PathLike) -> dict[str, Path]:
    """The companion files of a CSV export: ``FILE.aliases.csv`` and so on."""
    p = Path(path)
    stem = p.name[:-len(p.suffix)] if p.suffix else p.name
    return {layer: p.with_name(f"{stem}.{layer}.csv")
            for layer in ("aliases", "citations", "sources", "history")}


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
    then any extra columns), ``aliases``, ``citations``, ``sources`` and ``history``; with
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
        "history": _csv_text(HISTORY_COLUMNS, [[s.site_id, *(h[k] for k in HISTORY_COLUMNS[1:])]
                                               for s in recs.sites
                                               for h in recs.site_history(s.site_id)], esc),
    }


def to_csv(recs: Records, path: str | os.PathLike, *, escape_formulas: bool = True
           ) -> dict[Path, str]:
    """The CSV export's files and their text (see the module docstring)."""
    tables = csv_tables(recs, escape_formulas=escape_formulas)
    return {Path(path): tables.pop("sites"),
            **{out: tables[layer] for layer, out in csv_companions(path).items()}}


# -- the sites layer: GeoPackage, FlatGeobuf, GeoParquet -------------------------------------

def sites_layer_frame(recs: Records):
    """Sites as a GeoDataFrame, with their extra columns and ``aliases``, ``citations``
    and ``history`` as JSON text columns."""
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
    frame.insert(len(frame.columns) - 1, "history", [
        json.dumps(recs.site_history(s.site_id), ensure_ascii=False) for s in recs.sites])
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
