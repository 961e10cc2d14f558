"""Interactive maps: a catalogue (or a subset of its sites) as a ``folium.Map``.

Like ``GeoDataFrame.explore``, :func:`make_map` returns the map and the caller saves it.

The map scales to 100,000 sites because Python never builds one object per site: the
sites, their aliases and citations go into the page once, as one compact JSON blob, and
``catalog/static/map.js`` clusters, draws and builds popups in the browser (clusters on a
pixel grid recomputed per view, so only what is on screen becomes a DOM element). Every
string from a report is escaped there when a popup is built; the blob itself is escaped so
that ``</script>`` or ``<!--`` in a quote cannot end the ``<script>`` element holding it.

``offline=True`` inlines Leaflet (from the ``django-js-lib-leaflet`` package, installed with
this one) and draws a vector basemap of the shipped Natural Earth outlines instead of web
tiles, so the file renders with no network at all.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import warnings
from functools import cache
from importlib import resources

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement

from .errors import CatalogError, ValidationError
from .files import shipped
from .filters import DEFAULT_RADIUS_M
from .model import FACILITY_TYPES, METHODS, PRECISIONS, STATUSES, SUPPORTS, TYPE_COLOURS
from .stores import Catalog

#: Web tile layers offered by the basemap switcher of an online map (name, url, attribution).
TILES = {
    "OpenStreetMap": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                      "&copy; OpenStreetMap contributors"),
    "CartoDB positron": ("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
                         "&copy; OpenStreetMap contributors &copy; CARTO"),
    "Esri WorldImagery": ("https://server.arcgisonline.com/ArcGIS/rest/services/"
                          "World_Imagery/MapServer/tile/{z}/{y}/{x}", "Tiles &copy; Esri"),
}

SITE_FIELDS = ("site_id", "name", "name_local", "facility_type", "country", "admin1",
               "status", "status_as_of", "location_precision", "precision_m",
               "location_method", "parent_site_id", "notes")

_STATIC = resources.files("catalog") / "static"
_BOUNDARIES = shipped("boundaries")


def make_map(cat: Catalog | None, sites=None, *, offline: bool = False,
             tiles: str | None = "OpenStreetMap", where: list[str] | tuple[str, ...] = (),
             title: str | None = None, compress: bool | None = None,
             zoom_start: int | None = None) -> folium.Map:
    """Build an interactive map of a catalogue's sites.

    Sites are clustered (clusters split as you zoom), coloured by facility type with a layer
    and a legend entry per type; a popup on click shows names and aliases, type, status and
    as-of date, location with precision and method, and every citation with its source.
    Approximate locations get their uncertainty circle; sites with no location are listed in
    a side panel, never drawn at a made-up point. A search box matches names and aliases
    whatever the romanization, a slider shows the sites cited up to a date, and
    ``map.html#SITE_ID`` opens that site's popup.

    Parameters
    ----------
    cat
        The catalogue (for aliases, citations and sources). May be None only when
        ``sites`` is the dict returned by :func:`map_data`.
    sites
        What to show: None (every accepted site), a GeoDataFrame such as
        ``Catalog.sites_frame()`` or a query result (only its ``site_id`` column is
        required), an iterable of ``site_id`` s, or a prepared :func:`map_data` dict.
    offline
        Inline Leaflet and draw Natural Earth outlines instead of web tiles: the HTML then
        needs no network at all.
    tiles
        The web basemap shown first (a key of :data:`TILES`; None for no basemap);
        ignored when offline.
    where
        Attribute filters such as ``"country=PRK"`` (see :func:`filter_sites`).
    title
        Shown in the page title.
    compress
        Gzip the embedded site data (None: only for big maps, over 1 MB of JSON).
    zoom_start
        First zoom level, centred on the sites; default: fit the view to them.

    Returns
    -------
    folium.Map

    Examples
    --------
    >>> m = make_map(open_catalog("build/catalog.gpkg"), offline=True)  # doctest: +SKIP
    >>> m.save("map.html")  # doctest: +SKIP
    """
    if isinstance(sites, dict):
        data = sites
    else:
        if cat is None:
            raise CatalogError("make_map needs a catalogue unless sites is a map_data() dict")
        frame, aliases, citations = map_frames(cat, sites)
        frame = filter_sites(frame, where)
        data = map_data(frame, aliases, citations)
    if tiles is not None and tiles not in TILES:
        raise ValidationError(f"unknown tiles {tiles!r}; choose from {', '.join(TILES)}")
    if not data["sites"]["id"]:
        warnings.warn("no sites to map: the map will be empty", UserWarning, stacklevel=2)
    return map_from_data(data, offline=offline, tiles=tiles, title=title, compress=compress,
                         zoom_start=zoom_start)


def map_frames(cat: Catalog, sites=None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The sites, aliases and citations (joined with sources) that a map of ``sites`` needs."""
    if sites is None:
        frame = cat.sites_frame()
    else:
        if hasattr(sites, "columns"):
            if "site_id" not in sites.columns:
                raise ValidationError("the sites to map need a 'site_id' column")
            ids = list(sites["site_id"])
        else:
            ids = list(sites)
        frame = cat.sites_frame(None)
        if not (hasattr(sites, "columns") and set(SITE_FIELDS) <= set(sites.columns)
                and "geometry" in sites.columns):
            frame = frame.set_index("site_id", drop=False).reindex(ids).dropna(
                subset=["site_id"])
        else:
            frame = sites
            if frame.crs is not None and frame.crs.to_epsg() != 4326:
                frame = frame.to_crs(4326)
    ids = set(frame["site_id"])
    aliases = pd.DataFrame([(a.site_id, a.alias) for a in cat.aliases() if a.site_id in ids],
                           columns=["site_id", "alias"])
    return frame, aliases, cat.citations_frame(ids)


_WHERE = re.compile(r"^\s*([A-Za-z_]\w*)\s*(==|=|!=|<=|>=|<|>|~)\s*(.*?)\s*$")


def filter_sites(frame: pd.DataFrame, where: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """Keep the rows that pass every ``FIELD OP VALUE`` filter (all must hold).

    ``OP`` is one of ``= != < <= > >=`` (numbers compare as numbers, other values as text,
    so ISO dates order correctly) or ``~`` (case-insensitive substring).

    Examples
    --------
    >>> filter_sites(frame, ["country=PRK", "facility_type=missile base"])  # doctest: +SKIP
    """
    for clause in where or ():
        m = _WHERE.match(clause)
        if not m:
            raise ValidationError(f"bad filter {clause!r}: write FIELD=VALUE, e.g. country=PRK")
        field, op, value = m.groups()
        value = value.strip("'\"")
        if field in ("lat", "lon"):
            col = frame.geometry.y if field == "lat" else frame.geometry.x
        elif field in frame.columns and field != "geometry":
            col = frame[field]
        else:
            raise ValidationError(f"unknown field {field!r} in filter {clause!r}")
        if op == "~":
            keep = col.astype("string").str.contains(value, case=False, regex=False)
        else:
            try:
                val = float(value) if pd.api.types.is_numeric_dtype(col) else value
            except ValueError:
                raise ValidationError(f"{field} needs a number in filter {clause!r}") from None
            if not isinstance(val, float):
                col = col.astype("string")
            keep = {"=": col.__eq__, "==": col.__eq__, "!=": col.__ne__, "<": col.__lt__,
                    "<=": col.__le__, ">": col.__gt__, ">=": col.__ge__}[op](val)
        frame = frame[keep.fillna(False).astype(bool)]
    return frame


def _tolist(series) -> list:
    """A column as JSON-ready Python values (NaN, NaT and None all become None)."""
    return series.astype(object).where(series.notna(), None).tolist()


def _pack(values: list):
    """A column for the page: None if empty, dictionary-coded if it repeats a lot.

    ``{"dict": [...], "codes": [...]}`` (code -1 = None) costs a few bytes a row for a
    column such as a country or a source date that 100,000 sites share.
    """
    distinct = set(values)
    distinct.discard(None)
    if not distinct:
        return None
    n = len(values)
    if n > 50 and len(distinct) <= max(16, n // 20):
        words = sorted(distinct)
        pos = {w: i for i, w in enumerate(words)}
        return {"dict": words, "codes": [pos.get(v, -1) for v in values]}
    return values


def map_data(sites: pd.DataFrame, aliases: pd.DataFrame | None = None,
             citations: pd.DataFrame | None = None) -> dict:
    """The compact, column-oriented payload that ``map.js`` draws.

    Parameters
    ----------
    sites
        A GeoDataFrame with the columns of ``Catalog.sites_frame`` (``SITE_FIELDS``;
        missing ones are left empty) and point or None geometries.
    aliases
        ``site_id``, ``alias`` rows.
    citations
        ``Catalog.citations_frame`` rows: ``site_id``, ``source_id``, ``quote``,
        ``supports``, ``note`` and the source's ``title``, ``publisher``, ``published``,
        ``url``.

    Returns
    -------
    dict
        Vocabularies (types with colours, statuses, ...) stored once, ``sources`` as rows,
        ``aliases`` and ``cites`` as tables of columns pointing at site positions, and
        ``sites`` as one list per field (repetitive fields dictionary-coded), so 100,000
        sites cost one small JSON blob.
    """
    import shapely

    n = len(sites)
    ids = [str(i) for i in sites["site_id"].tolist()]

    def col(name):
        return _tolist(sites[name]) if name in sites.columns else [None] * n

    def coded(name, vocab):
        # Vocabulary fields travel as small integers; the page keeps the words once.
        if name not in sites.columns:
            return [-1] * n
        return pd.Categorical(sites[name], categories=list(vocab)).codes.tolist()

    if "geometry" in sites.columns and n:
        geoms = np.asarray(sites.geometry.array, dtype=object)
        xs = np.round(shapely.get_x(geoms), 6).tolist()
        ys = np.round(shapely.get_y(geoms), 6).tolist()
        lon = [None if x != x else x for x in xs]  # x != x: NaN, an unlocated site
        lat = [None if y != y else y for y in ys]
    else:
        lon = lat = [None] * n

    # Aliases and citations travel as tables pointing at site positions: built with
    # vectorised pandas calls here, regrouped per site in one pass in the browser.
    site_index = pd.Index(ids)
    alias_tab: dict = {"site": [], "alias": []}
    if aliases is not None and len(aliases):
        pos = site_index.get_indexer(aliases["site_id"])
        keep = pos >= 0
        alias_tab = {"site": pos[keep].tolist(), "alias": aliases["alias"][keep].tolist()}

    sources: list[list] = []
    cite_tab: dict = {"site": [], "src": [], "sup": [], "quote": [], "note": None}
    date = col("status_as_of")
    if citations is not None and len(citations):
        pos = site_index.get_indexer(citations["site_id"])
        cit = citations[pos >= 0]
        pos = pos[pos >= 0]
        codes, _ = pd.factorize(cit["source_id"])
        # factorize numbers sources in order of first appearance, as drop_duplicates keeps.
        first_rows = cit.drop_duplicates("source_id")
        sources = [list(r) for r in zip(*(
            _tolist(first_rows[c]) if c in first_rows.columns else [None] * len(first_rows)
            for c in ("source_id", "title", "publisher", "published", "url")), strict=True)]
        cite_tab = {
            "site": pos.tolist(), "src": codes.tolist(),
            "sup": pd.Categorical(cit["supports"], categories=list(SUPPORTS)).codes.tolist(),
            "quote": _tolist(cit["quote"]),
            "note": _pack(_tolist(cit["note"])) if "note" in cit.columns else None,
        }
        # The time slider's date: first cited; a site no source dates falls back to its
        # status date; one with neither stays undated (always shown).
        published = cit["published"].astype(object).to_numpy() if "published" in cit.columns \
            else np.full(len(cit), None, dtype=object)
        dated = pd.notna(published)
        if dated.any():
            # Sort by (site, date); the first row of each site holds its earliest date.
            p, d = pos[dated], published[dated].astype(str)
            order = np.lexsort((d, p))
            p, d = p[order], d[order]
            head = np.r_[True, p[1:] != p[:-1]]
            dates = np.array(date, dtype=object)
            dates[p[head]] = d[head]
            date = dates.tolist()
    return {
        "types": list(FACILITY_TYPES), "colours": [TYPE_COLOURS[t] for t in FACILITY_TYPES],
        "statuses": list(STATUSES), "precisions": list(PRECISIONS), "methods": list(METHODS),
        # the uncertainty a precision class implies (as region queries assume), drawn as a
        # dashed circle when a site has no radius of its own: a locality is not a point
        "class_radius": [DEFAULT_RADIUS_M.get(p) for p in PRECISIONS],
        "supports": list(SUPPORTS),
        "sources": sources,
        "aliases": alias_tab,
        "cites": cite_tab,
        "sites": {
            "id": ids, "name": col("name"), "local": _pack(col("name_local")),
            "type": coded("facility_type", FACILITY_TYPES),
            "status": coded("status", STATUSES), "asof": _pack(col("status_as_of")),
            "lat": lat, "lon": lon,
            "prec": coded("location_precision", PRECISIONS), "pm": _pack(col("precision_m")),
            "meth": coded("location_method", METHODS), "country": _pack(col("country")),
            "admin1": _pack(col("admin1")), "parent": _pack(col("parent_site_id")),
            "notes": _pack(col("notes")), "date": _pack(date),
        },
    }


def per_site(data: dict) -> tuple[list, list]:
    """Each site's aliases and citations (``[source, supports, quote, note]``) as lists,
    regrouped from :func:`map_data`'s tables, as ``map.js`` does."""
    n = len(data["sites"]["id"])
    aliases: list = [[] for _ in range(n)]
    for i, a in zip(data["aliases"]["site"], data["aliases"]["alias"], strict=True):
        aliases[i].append(a)
    c = data["cites"]
    notes = unpack(c["note"], len(c["site"]))
    cites: list = [[] for _ in range(n)]
    for i, src, sup, quote, note in zip(c["site"], c["src"], c["sup"], c["quote"], notes,
                                        strict=True):
        cites[i].append([src, sup, quote, note])
    return aliases, cites


def unpack(column, n: int) -> list:
    """The plain list behind a :func:`map_data` column (for tests and other readers)."""
    if column is None:
        return [None] * n
    if isinstance(column, dict):
        words = column["dict"]
        return [words[c] if c >= 0 else None for c in column["codes"]]
    return column


def json_for_script(obj) -> str:
    """JSON safe to place inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, so no text can close the element
    (``</script>``) or open a comment (``<!--``); JSON.parse turns them back.
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Raw(Element):
    """Text put into the page as is (branca's Element would run it through Jinja, and a
    quote holding ``{{`` must not be evaluated)."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


#: Above this many bytes of JSON the blob is gzipped (``compress=None``).
COMPRESS_ABOVE = 1_000_000


def encode_blob(data: dict, compress: bool | None = None) -> tuple[str, str]:
    """The data blob as ``(encoding, text)`` for a non-executable ``<script>`` element.

    Plain JSON (``"json"``) made safe by :func:`json_for_script`, or, for big maps, gzipped
    JSON in base64 (``"gzip+base64"``: about a quarter of the size; the browser inflates it
    with its built-in ``DecompressionStream``, no library needed).
    """
    if compress is False:
        return "json", json_for_script(data)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if compress is None and len(raw) < COMPRESS_ABOVE:
        return "json", json_for_script(data)
    packed = gzip.compress(raw.encode("utf-8"), compresslevel=1, mtime=0)
    return "gzip+base64", base64.b64encode(packed).decode("ascii")


def decode_blob(encoding: str, text: str) -> dict:
    """The inverse of :func:`encode_blob`."""
    if encoding == "gzip+base64":
        return json.loads(gzip.decompress(base64.b64decode(text)))
    return json.loads(text)


class _CatalogLayer(MacroElement):
    """Puts the assets, the data blob and the call to ``CatalogMap.load`` in the page."""

    def __init__(self, data: dict, options: dict, head: str, compress: bool | None):
        super().__init__()
        self._name = "CatalogLayer"
        self.data, self.options, self.head, self.compress = data, options, head, compress

    def render(self, **kwargs):
        figure = self.get_root()
        data_id = f"catalog-map-data-{self.get_name()}"
        encoding, text = encode_blob(self.data, self.compress)
        figure.header.add_child(_Raw(self.head), name=self.get_name())
        figure.html.add_child(_Raw(
            f'<script type="application/x-catalog-map" data-encoding="{encoding}" '
            f'id="{data_id}">{text}</script>'), name=self.get_name())
        figure.script.add_child(_Raw(
            f"CatalogMap.load({self._parent.get_name()}, "
            f"document.getElementById({json.dumps(data_id)}), "
            f"{json_for_script(self.options)});"), name=self.get_name())


def map_from_data(data: dict, *, offline: bool = False, tiles: str | None = "OpenStreetMap",
                  title: str | None = None, compress: bool | None = None,
                  zoom_start: int | None = None) -> folium.Map:
    """A map of a prepared :func:`map_data` payload (no catalogue needed).

    ``compress`` gzips the embedded data (None: only when its JSON exceeds 1 MB).
    """
    m = folium.Map(tiles=None, location=[20, 0], zoom_start=2, control_scale=True)
    head = [f"<title>{_html_text(title or 'Facility catalogue map')}</title>",
            f"<style>{_asset('map.css')}</style>"]
    options: dict = {"offline": offline, "zoom": zoom_start}
    if offline:
        # No CDN: Leaflet comes inline from the installed package, licence with it.
        m.default_js = []
        m.default_css = []
        js, css, licence = leaflet_assets()
        head[:0] = [f"<style>{css}</style>",
                    f"<script>/*\n{licence}*/\n{_script_safe(js)}</script>"]
        countries = {c for c in unpack(data["sites"]["country"], 0) if c}
        options["outlines"] = outlines(countries)
        options["tiles"] = []
    else:
        # Only Leaflet from the CDN: the map needs none of folium's jQuery, Bootstrap or
        # icon fonts, and their CSS would restyle the panels.
        m.default_js = [js for js in m.default_js if js[0] == "leaflet"]
        m.default_css = [css for css in m.default_css if css[0] == "leaflet_css"]
        options["tiles"] = [] if tiles is None else [
            {"name": name, "url": url, "attribution": attr}
            for name, (url, attr) in sorted(TILES.items(), key=lambda kv: kv[0] != tiles)]
    head.append(f"<script>{_script_safe(_asset('map.js'))}</script>")
    m.add_child(_CatalogLayer(data, options, "\n".join(head), compress))
    return m


def _html_text(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _script_safe(js: str) -> str:
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


@cache
def _asset(name: str) -> str:
    return (_STATIC / name).read_text(encoding="utf-8")


@cache
def leaflet_assets() -> tuple[str, str, str]:
    """Leaflet's JS, CSS (images inlined as data URIs) and licence, from the installed
    ``django-js-lib-leaflet`` package.

    Raises
    ------
    CatalogError
        If the package is not installed.
    """
    try:
        root = resources.files("js_lib_leaflet") / "static" / "js_lib_leaflet"
        js = (root / "leaflet.js").read_text(encoding="utf-8")
        css = (root / "leaflet.css").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        raise CatalogError("offline maps need Leaflet from the 'django-js-lib-leaflet' "
                           "package: pip install django-js-lib-leaflet") from None

    def inline(m):
        png = (root / "images" / m.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(png).decode()})"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)
    licence = _leaflet_licence()
    return js, css, licence


def _leaflet_licence() -> str:
    from importlib import metadata

    dist = metadata.distribution("django-js-lib-leaflet")
    text = None
    for f in dist.files or ():
        if f.name.upper().startswith("LICENSE"):
            text = f.read_text()
            break
    header = ("Leaflet 1.9.4 (https://leafletjs.com), inlined from the PyPI package "
              f"django-js-lib-leaflet {dist.version}. Its licence:\n\n")
    return header + (text or "BSD 2-Clause License, (c) 2010-2024 Volodymyr Agafonkin\n")


@cache
def _boundaries(name: str) -> dict:
    with gzip.open(_BOUNDARIES / name, "rt", encoding="utf-8") as f:
        return json.load(f)


def outlines(countries: set[str] | frozenset[str] = frozenset()) -> dict:
    """The offline basemap: every country's outline, plus provinces of ``countries``.

    From the shipped Natural Earth files in ``data/boundaries`` (public domain, already
    simplified to 0.05°); only the name is kept of each feature's properties.
    """
    def slim(fc, keep):
        return {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": f["properties"].get("admin")
                                               if keep == "admin"
                                               else f["properties"].get("name")},
             "geometry": f["geometry"]} for f in fc["features"]]}

    world = _boundaries("ne_admin0_world_from_admin1_lowres_0.05.geojson.gz")
    prov = _boundaries("ne_admin1_world_lowres_0.05.geojson.gz")
    wanted = {"type": "FeatureCollection", "features": [
        f for f in prov["features"] if f["properties"].get("adm0_a3") in countries]}
    return {"countries": slim(world, "admin"), "provinces": slim(wanted, "name"),
            "attribution": "Made with Natural Earth (public domain)"}
