"""Interactive maps: a catalogue (or a subset of its sites) as a ``folium.Map``.

Like ``GeoDataFrame.explore``, :func:`make_map` returns the map and the caller saves it.

The map scales to a million sites because Python never builds one object per site: the
sites, their aliases and citations go into the page once, as one compact column-oriented
JSON blob (gzipped for big maps), and the ES modules in ``catalog/static/`` cluster, draw
and build popups in the browser (clusters on a pixel grid recomputed per view, so only what
is on screen becomes a DOM element). Every string from a report is escaped there when a
popup is built; the blob itself is escaped so that ``</script>`` or ``<!--`` in a quote
cannot end the ``<script>`` element holding it.

Every map works with no network: Leaflet is inlined (from the ``django-js-lib-leaflet``
package, installed with this one) and so are the shipped Natural Earth outlines. A default
map shows web tiles when they load and falls back to the outlines, saying so, when they do
not; ``offline=True`` asks for no tiles at all.

The page's JavaScript is a set of ES modules (``main.js`` and what it imports), inlined by
:func:`bundle_js` as one classic script in which each module keeps its own scope. Why not
``<script type="module">`` with an import map of ``data:`` URLs? It does work from a
``file://`` page in Chromium, but module scripts run deferred, after folium's inline script
that calls ``CatalogMap.load`` (a classic script after a module does not see it), so that
call would have to move; import maps need Chromium 89, Firefox 108 or Safari 16.4, and
``data:`` URLs percent- or base64-encode every module. The classic bundle needs no network,
no bundler and no newer browser than Leaflet does, and node's test runner imports the same
files as modules (``tests/js/``).
"""

from __future__ import annotations

import base64
import difflib
import gzip
import json
import re
import warnings
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement

from .errors import CatalogError, ValidationError
from .files import shipped
from .filters import DEFAULT_RADIUS_M
from .gazetteer import match_key, name_tokens
from .model import FACILITY_TYPES, PRECISIONS, STATUSES, SUPPORTS, TYPE_COLOURS
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
               "location_method", "location_source_id", "parent_site_id", "review_status",
               "notes")

_STATIC = resources.files("catalog") / "static"
_BOUNDARIES = shipped("boundaries")


def make_map(cat: Catalog | None, sites=None, *, offline: bool = False,
             tiles: str | None = "OpenStreetMap", where: list[str] | tuple[str, ...] = (),
             title: str | None = None, compress: bool | None = None,
             zoom_start: int | None = None) -> folium.Map:
    """Build an interactive map of a catalogue's sites.

    Sites are clustered (clusters split as you zoom), coloured by facility type with a layer
    and a legend entry per type; a popup on click shows names and aliases, type, status and
    as-of date, location with precision, method and the sentence it came from, and every
    citation with its source. Every located site is drawn with its uncertainty circle (its
    own radius, or dashed, its precision class's); sites with no location are listed in a
    side panel that says why, never drawn at a made-up point. A search box matches names and
    aliases whatever the romanization, a slider shows the sites cited up to a date, and
    ``map.html#SITE_ID`` opens that site's popup.

    The page needs no network: Leaflet and the Natural Earth outlines are inlined. Web tiles
    are shown when they load; when they do not, the map falls back to the outlines and says
    so.

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
        Ask for no web tiles at all: the outlines are the only basemap, and the page makes
        no request.
    tiles
        The web basemap shown first (a key of :data:`TILES`; None for no web basemap);
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

    Warns
    -----
    UserWarning
        When no site is left to map (one line naming the filters).

    Examples
    --------
    >>> m = make_map(open_catalog("build/catalog.gpkg"))  # doctest: +SKIP
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
        why = f"no site matches {' and '.join(where)}" if where else "no sites to map"
        warnings.warn(f"{why}: the map will be empty", UserWarning, stacklevel=2)
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
        if not (hasattr(sites, "columns") and set(SITE_FIELDS) <= set(sites.columns)
                and "geometry" in sites.columns):
            frame = cat.sites_frame(None)
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


def filter_fields(frame: pd.DataFrame) -> list[str]:
    """The fields a ``--where`` filter can name for ``frame``: its columns, lat and lon."""
    return [c for c in frame.columns if c != "geometry"] + ["lat", "lon"]


def filter_sites(frame: pd.DataFrame, where: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """Keep the rows that pass every ``FIELD OP VALUE`` filter (all must hold).

    ``OP`` is one of ``= != < <= > >=`` (numbers compare as numbers, other values as text,
    so ISO dates order correctly) or ``~`` (case-insensitive substring).

    Raises
    ------
    ValidationError
        For a malformed filter, or a field the sites do not have (the message lists the
        fields there are).

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
            fields = filter_fields(frame)
            near = [f for f in fields if field.lower() in f] or difflib.get_close_matches(
                field.lower(), fields, n=1)
            hint = f" (did you mean {near[0]}?)" if near else ""
            raise ValidationError(f"unknown field {field!r} in filter {clause!r}{hint}; "
                                  f"fields: {', '.join(fields)}")
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


def _delta(positions: np.ndarray) -> dict:
    """Site positions of a table sorted by site, as differences (mostly 0 and 1: they cost
    almost nothing gzipped)."""
    return {"delta": np.diff(positions, prepend=0).tolist()}


def _vocabulary(values: pd.Series, known: tuple[str, ...]) -> list[str]:
    """``known`` and then any other value the column holds (a vocabulary grown since the
    page was written still draws)."""
    extra = {str(v) for v in pd.unique(values.dropna())} - set(known)
    return list(known) + sorted(extra)


def _search_forms(names: list) -> dict:
    """The match key and the folded words (joined by spaces) of each name not in ASCII;
    None for the rest, which the page folds itself, faster than Python and with the same
    result (tests/test_mapping.py holds them to it)."""
    other = [v if isinstance(v, str) and not v.isascii() else None for v in names]
    return {"key": _pack([match_key(v) if v else None for v in other]),
            "words": _pack([" ".join(name_tokens(v)) if v else None for v in other])}


def map_data(sites: pd.DataFrame, aliases: pd.DataFrame | None = None,
             citations: pd.DataFrame | None = None) -> dict:
    """The compact, column-oriented payload that the page draws.

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
        sites cost one small JSON blob. ``search`` holds the match keys and folded words
        of the names not in ASCII (names, then local names, then aliases).
    """
    import shapely

    n = len(sites)
    ids = [str(i) for i in sites["site_id"].tolist()]

    def col(name):
        return _tolist(sites[name]) if name in sites.columns else [None] * n

    vocab = {}

    def coded(name, known):
        # Vocabulary fields travel as small integers; the page keeps the words once.
        if name not in sites.columns:
            vocab[name] = list(known)
            return [-1] * n
        vocab[name] = _vocabulary(sites[name], known)
        return pd.Categorical(sites[name], categories=vocab[name]).codes.tolist()

    if "geometry" in sites.columns and n:
        geoms = np.asarray(sites.geometry.array, dtype=object)
        xs = np.round(shapely.get_x(geoms), 6).tolist()
        ys = np.round(shapely.get_y(geoms), 6).tolist()
        lon = [None if x != x else x for x in xs]  # x != x: NaN, an unlocated site
        lat = [None if y != y else y for y in ys]
    else:
        lon = lat = [None] * n

    # Aliases and citations travel as tables pointing at site positions, sorted by site
    # (so the positions delta-code to almost nothing): built with vectorised pandas calls
    # here, regrouped per site in one pass in the browser.
    site_index = pd.Index(ids)
    alias_tab: dict = {"site": [], "alias": []}
    if aliases is not None and len(aliases):
        pos = site_index.get_indexer(aliases["site_id"])
        order = np.argsort(pos, kind="stable")
        order = order[pos[order] >= 0]
        names = aliases["alias"].to_numpy(dtype=object)[order].tolist()
        alias_tab = {"site": _delta(pos[order]), "alias": names}

    sources: list[list] = []
    cite_tab: dict = {"site": [], "src": [], "sup": [], "quote": [], "note": None}
    date = col("status_as_of")
    if citations is not None and len(citations):
        pos = site_index.get_indexer(citations["site_id"])
        order = np.argsort(pos, kind="stable")
        order = order[pos[order] >= 0]
        pos = pos[order]

        def ccol(name: str) -> pd.Series:
            # one column at a time, in site order (a copy of the whole frame would cost
            # hundreds of MB at a million citations)
            if name not in citations.columns:
                return pd.Series([None] * len(order), dtype=object)
            return citations[name].iloc[order].reset_index(drop=True)

        codes, uniques = pd.factorize(ccol("source_id"))
        # factorize numbers sources in order of first appearance: their first rows
        first = np.unique(codes, return_index=True)[1]
        first_rows = citations.iloc[order[first]]
        sources = [list(r) for r in zip(*(
            _tolist(first_rows[c]) if c in first_rows.columns else [None] * len(first_rows)
            for c in ("source_id", "title", "publisher", "published", "url")), strict=True)]
        supports_col = ccol("supports")
        supports = _vocabulary(supports_col, SUPPORTS)
        vocab["supports"] = supports
        cite_tab = {
            "site": _delta(pos), "src": codes.tolist(),
            "sup": pd.Categorical(supports_col, categories=supports).codes.tolist(),
            "quote": _tolist(ccol("quote")),
            "note": _pack(_tolist(ccol("note"))) if "note" in citations.columns else None,
        }
        del supports_col
        # The time slider's date: first cited; a site no source dates falls back to its
        # status date; one with neither stays undated (always shown).
        published = ccol("published").astype(object).to_numpy()
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
    names, local = col("name"), col("name_local")
    site_cols = {
        "id": ids, "name": names, "local": _pack(local),
        "type": coded("facility_type", FACILITY_TYPES),
        "status": coded("status", STATUSES), "asof": _pack(col("status_as_of")),
        "lat": lat, "lon": lon,
        "prec": coded("location_precision", PRECISIONS), "pm": _pack(col("precision_m")),
        # any method string, not only today's vocabulary
        "meth": _pack(col("location_method")), "lsrc": _pack(col("location_source_id")),
        "review": _pack(col("review_status")), "country": _pack(col("country")),
        "admin1": _pack(col("admin1")), "parent": _pack(col("parent_site_id")),
        "notes": _pack(col("notes")), "date": _pack(date),
    }
    # the search's entries, in the page's order: names, local names, aliases
    search = _search_forms(names + [v for v in local if v] + alias_tab["alias"])
    types = vocab["facility_type"]
    precisions = vocab["location_precision"]
    return {
        "types": types, "colours": [TYPE_COLOURS.get(t, "#999999") for t in types],
        "statuses": vocab["status"], "precisions": precisions,
        # the uncertainty a precision class implies (as region queries assume), drawn as a
        # dashed circle when a site has no radius of its own: a locality is not a point
        "class_radius": [DEFAULT_RADIUS_M.get(p) for p in precisions],
        "supports": vocab.get("supports", list(SUPPORTS)),
        "sources": sources,
        "aliases": alias_tab,
        "cites": cite_tab,
        "search": search,
        "sites": site_cols,
    }


def per_site(data: dict) -> tuple[list, list]:
    """Each site's aliases and citations (``[source, supports, quote, note]``) as lists,
    regrouped from :func:`map_data`'s tables, as the page does."""
    n = len(data["sites"]["id"])
    aliases: list = [[] for _ in range(n)]
    a = data["aliases"]
    for i, alias in zip(unpack(a["site"], len(a["alias"])), a["alias"], strict=True):
        aliases[i].append(alias)
    c = data["cites"]
    notes = unpack(c["note"], len(c["src"]))
    cites: list = [[] for _ in range(n)]
    for i, src, sup, quote, note in zip(unpack(c["site"], len(c["src"])), c["src"], c["sup"],
                                        c["quote"], notes, strict=True):
        cites[i].append([src, sup, quote, note])
    return aliases, cites


def unpack(column, n: int) -> list:
    """The plain list behind a :func:`map_data` column (for tests and other readers)."""
    if column is None:
        return [None] * n
    if isinstance(column, dict):
        if "delta" in column:
            return np.cumsum(column["delta"], dtype=np.int64).tolist()
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
#: The 7-bit values written as two-byte characters in base128 (NUL and CR, which an HTML
#: parser rewrites, and "<", which could start "</script" or "<!--").
_BASE128_ESCAPED = (0, 13, 60)


def _json_pieces(obj):
    """``json.dumps(obj)`` in pieces, one list (one column) at a time, so a million-site
    blob is never one string in memory."""
    if isinstance(obj, dict):
        yield "{"
        for i, (key, value) in enumerate(obj.items()):
            yield ("," if i else "") + json.dumps(key) + ":"
            yield from _json_pieces(value)
        yield "}"
    else:
        yield json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def gzip_json(data) -> bytes:
    """The JSON of ``data``, gzipped as it is written (see :func:`_json_pieces`)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: a gzip header, as the browser wants
    out = [packer.compress(piece.encode("utf-8")) for piece in _json_pieces(data)]
    out.append(packer.flush())
    return b"".join(out)


def base128(data: bytes) -> str:
    """Bytes as text, 7 bits a character: 8 characters for 7 bytes (base64 needs 9.3).

    Each 7-bit value is the character of that code, except NUL, CR and ``<``, written as
    U+0080 plus the value; the page reads every character's code modulo 128. The text is
    safe inside a ``<script>`` element of a UTF-8 page: it never holds ``<``, and the HTML
    parser keeps every other character as it is.
    """
    out = []
    step = 7 * 1_000_000  # a chunk at a time keeps the working arrays small
    for start in range(0, len(data), step):
        chunk = np.frombuffer(data[start:start + step], dtype=np.uint8)
        tail = len(chunk)
        pad = -tail % 7
        if pad:
            chunk = np.concatenate([chunk, np.zeros(pad, dtype=np.uint8)])
        rows = chunk.reshape(-1, 7).astype(np.uint64)
        value = np.zeros(len(rows), dtype=np.uint64)
        for i in range(7):
            value = (value << np.uint64(8)) | rows[:, i]
        groups = np.empty((len(rows), 8), dtype=np.uint8)
        for j in range(8):
            groups[:, j] = (value >> np.uint64(7 * (7 - j))) & np.uint64(127)
        groups = groups.reshape(-1)[:-(pad * 8 // 7) or None] if pad else groups.reshape(-1)
        # the few escaped values (3 in 128) become U+0080 + value: 0xC2, then 0x80 + value
        escaped = np.flatnonzero((groups == 0) | (groups == 13) | (groups == 60))
        second = 0x80 + groups[escaped]
        groups[escaped] = 0xC2
        text = np.insert(groups, escaped + 1, second)
        out.append(text.tobytes().decode("utf-8"))
    return "".join(out)


def unbase128(text: str) -> bytes:
    """The inverse of :func:`base128`."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) & 127
    pad = -len(codes) % 8
    groups = np.concatenate([codes, np.zeros(pad, dtype=np.uint64)]).reshape(-1, 8)
    value = np.zeros(len(groups), dtype=np.uint64)
    for j in range(8):
        value = (value << np.uint64(7)) | groups[:, j]
    rows = np.empty((len(groups), 7), dtype=np.uint8)
    for i in range(7):
        rows[:, i] = (value >> np.uint64(8 * (6 - i))) & np.uint64(255)
    return rows.reshape(-1)[:len(codes) * 7 // 8].tobytes()


def encode_blob(data, compress: bool | None = None) -> tuple[str, str]:
    """The data blob as ``(encoding, text)`` for a non-executable ``<script>`` element.

    Plain JSON (``"json"``) made safe by :func:`json_for_script`, or, for big maps, gzipped
    JSON in base128 (``"gzip+base128"``: about a fifth of the size; the browser inflates it
    with its built-in ``DecompressionStream``, no library needed).
    """
    if compress is False:
        return "json", json_for_script(data)
    if compress is None:
        text = json_for_script(data) if _json_size_below(data, COMPRESS_ABOVE) else None
        if text is not None:
            return "json", text
    return "gzip+base128", base128(gzip_json(data))


def _json_size_below(data, limit: int) -> bool:
    size = 0
    for piece in _json_pieces(data):
        size += len(piece)
        if size >= limit:
            return False
    return True


def decode_blob(encoding: str, text: str) -> dict:
    """The inverse of :func:`encode_blob`."""
    if encoding == "gzip+base128":
        return json.loads(gzip.decompress(unbase128(text)))
    return json.loads(text)


class _CatalogLayer(MacroElement):
    """Puts the assets, the data blobs and the call to ``CatalogMap.load`` in the page."""

    def __init__(self, data: dict, options: dict, head: str, compress: bool | None,
                 outlines: frozenset[str] | None):
        super().__init__()
        self._name = "CatalogLayer"
        self.data, self.options, self.head = data, options, head
        self.compress, self.outlines = compress, outlines

    def render(self, **kwargs):
        figure = self.get_root()
        data_id = f"catalog-map-data-{self.get_name()}"
        options = dict(self.options)
        figure.header.add_child(_Raw(self.head), name=self.get_name())
        data, names = split_names(self.data)
        options["names_id"] = f"catalog-map-names-{self.get_name()}"
        options["entries"] = len(names["name"]) + len(names["alias"]) + sum(
            1 for v in unpack(names["local"], 0) if v)
        # zlib and numpy release the GIL: the two blobs compress on two cores at once
        with ThreadPoolExecutor(2) as pool:
            jobs = [pool.submit(encode_blob, blob, self.compress) for blob in (data, names)]
            encoded = [(data_id, *jobs[0].result()), (options["names_id"], *jobs[1].result())]
        if self.outlines is not None:
            options["outlines_id"] = f"catalog-map-outlines-{self.get_name()}"
            encoded.append((options["outlines_id"], "gzip+base128",
                            _outlines_blob(self.outlines)))
        for element_id, encoding, text in encoded:
            figure.html.add_child(_Raw(
                f'<script type="application/x-catalog-map" data-encoding="{encoding}" '
                f'id="{element_id}">{text}</script>'), name=element_id)
        figure.script.add_child(_Raw(
            f"CatalogMap.load({self._parent.get_name()}, "
            f"document.getElementById({json.dumps(data_id)}), "
            f"{json_for_script(options)});"), name=self.get_name())


def split_names(data: dict) -> tuple[dict, dict]:
    """The data without the names, and the names: each site's name and local name, the
    aliases and their search keys. They travel as a blob of their own, which the page's
    search worker reads (and folds) while the page reads the rest."""
    names = {"name": data["sites"]["name"], "local": data["sites"]["local"],
             "alias": data["aliases"]["alias"], "search": data["search"]}
    rest = {k: v for k, v in data.items() if k != "search"}
    rest["sites"] = {k: v for k, v in data["sites"].items() if k not in ("name", "local")}
    rest["aliases"] = {k: v for k, v in data["aliases"].items() if k != "alias"}
    return rest, names


def merge_names(data: dict, names: dict) -> dict:
    """The inverse of :func:`split_names`."""
    data["sites"]["name"], data["sites"]["local"] = names["name"], names["local"]
    data["aliases"]["alias"], data["search"] = names["alias"], names["search"]
    return data


def map_from_data(data: dict, *, offline: bool = False, tiles: str | None = "OpenStreetMap",
                  title: str | None = None, compress: bool | None = None,
                  zoom_start: int | None = None) -> folium.Map:
    """A map of a prepared :func:`map_data` payload (no catalogue needed).

    Leaflet, the page's modules and the Natural Earth outlines are inlined; ``offline``
    leaves out the web tiles. ``compress`` gzips the embedded data (None: only when its
    JSON exceeds 1 MB).
    """
    m = folium.Map(tiles=None, location=[20, 0], zoom_start=2, control_scale=True)
    # No CDN: Leaflet comes inline from the installed package, its licence with it; the
    # map needs none of folium's jQuery, Bootstrap or icon fonts.
    m.default_js = []
    m.default_css = []
    js, css, licence = leaflet_assets()
    head = [f"<title>{_html_text(title or 'Facility catalogue map')}</title>",
            f"<style>{css}</style>",
            f"<script>/*\n{licence}*/\n{_script_safe(js)}</script>",
            f"<style>{_asset('map.css')}</style>",
            f"<script>{_script_safe(bundle_js())}</script>",
            # the search's key folding, run by the page in a Web Worker
            f'<script type="text/plain" id="catalog-key-worker">'
            f"{_script_safe(bundle_js('keyworker.js'))}</script>"]
    options: dict = {"offline": offline, "zoom": zoom_start}
    if offline or tiles is None:
        options["tiles"] = []
    else:
        options["tiles"] = [
            {"name": name, "url": url, "attribution": attr}
            for name, (url, attr) in sorted(TILES.items(), key=lambda kv: kv[0] != tiles)]
    countries = frozenset(c for c in unpack(data["sites"]["country"], 0) if c)
    m.add_child(_CatalogLayer(data, options, "\n".join(head), compress, countries))
    return m


@cache
def _outlines_blob(countries: frozenset[str]) -> str:
    # the same for every map of the same countries: encoded once per process
    return base128(gzip_json(outlines(countries)))


_IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"\./([\w-]+\.js)";[ \t]*$', re.M)
_EXPORT = re.compile(r"^export\s+((?:async\s+)?(?:function\*?|class|const|let)\s+"
                     r"([A-Za-z_$][\w$]*))", re.M)


@cache
def bundle_js(entry: str = "main.js") -> str:
    """The page's ES modules as one classic script: ``entry`` and every module it imports
    (``import { a, b as c } from "./x.js";``), each in its own function scope, in
    dependency order; an import becomes a destructuring of the module's exports.

    Raises
    ------
    CatalogError
        For an import cycle or an ``import``/``export`` form this bundler does not read.
    """
    order: list[str] = []

    def visit(name: str, stack: tuple[str, ...]) -> None:
        if name in order:
            return
        if name in stack:
            raise CatalogError(f"import cycle in catalog/static: {' -> '.join(stack + (name,))}")
        for m in _IMPORT.finditer(_asset(name)):
            visit(m.group(2), stack + (name,))
        order.append(name)

    visit(entry, ())
    parts = ['(function () {\n"use strict";\nconst modules = {};']
    for name in order:
        exports: list[str] = []

        def imported(m: re.Match) -> str:
            names = [p.split() for p in m.group(1).split(",") if p.strip()]
            fields = [p[0] if len(p) == 1 else f"{p[0]}: {p[2]}" for p in names]
            return f"const {{ {', '.join(fields)} }} = modules[{json.dumps(m.group(2))}];"

        def exported(m: re.Match, exports: list[str] = exports) -> str:
            exports.append(m.group(2))
            return m.group(1)

        body = _EXPORT.sub(exported, _IMPORT.sub(imported, _asset(name)))
        stray = re.search(r"^\s*(import|export)\b.*$", body, re.M)
        if stray:
            raise CatalogError(f"catalog/static/{name}: cannot bundle {stray.group(0).strip()!r}")
        parts.append(f"// ---- {name}\nmodules[{json.dumps(name)}] = (function () {{\n{body}\n"
                     f"return {{ {', '.join(exports)} }};\n}})();")
    parts.append("})();")
    return "\n".join(parts)


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
