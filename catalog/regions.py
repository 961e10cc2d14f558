"""Named regions: countries and provinces (admin-1) from the shipped Natural Earth boundaries.

Countries come from ``data/boundaries/ne_admin0_world_from_admin1_lowres_0.05.geojson.gz``;
provinces from the full-resolution ``ne_10m_admin1_PRK_KOR_CHN.geojson`` for North Korea,
South Korea and China, and from the simplified world file (about 5 km slivers along shared
borders, see ``data/boundaries/SOURCE.md``) for every other country. A user can pass their
own boundary file instead; any of its text columns can then name a feature.

A name matches if its romanization-tolerant key (:func:`catalog.gazetteer.match_key`, with a
trailing ``-do``/``-bukto``/``-namdo`` province word folded) equals the key of one of the
feature's names: ``Chagang``, ``Chagang-do``, ``Jagang``, ``자강도`` and the ISO 3166-2 code
``KP-04`` all name the same province.
"""

from __future__ import annotations

import difflib
import functools
import os
import re

import geopandas as gpd
import shapely

from .errors import CRSError, ValidationError
from .files import shipped
from .gazetteer import match_key

BOUNDARY_DIR = shipped("boundaries")
ADMIN0_FILE = BOUNDARY_DIR / "ne_admin0_world_from_admin1_lowres_0.05.geojson.gz"
ADMIN1_FILE = BOUNDARY_DIR / "ne_admin1_world_lowres_0.05.geojson.gz"
ADMIN1_DETAIL_FILE = BOUNDARY_DIR / "ne_10m_admin1_PRK_KOR_CHN.geojson"

#: Columns whose values name an admin-0 or admin-1 feature (``name_alt`` is pipe-separated).
ADMIN0_NAME_COLUMNS = ("adm0_a3", "iso_a2", "admin", "sov_a3")
ADMIN1_NAME_COLUMNS = ("iso_3166_2", "adm1_code", "name", "name_en", "name_alt", "name_local",
                       "name_ko", "gn_name", "gns_name", "gn_a1_code", "code_hasc")

# Korean province words: "Hwanghae-bukto" = "North Hwanghae"; "Chagang-do" = "Chagang".
_PROVINCE_WORD = re.compile(
    r"(?<=\w)[-\s](?:t[eŭu]+kpy[eŏo]+lsi|bukto|namdo|do|si|shi|sheng)$", re.IGNORECASE)


def name_key(name: str) -> str:
    """The key under which two spellings of a region's name compare equal.

    Examples
    --------
    >>> name_key("Chagang-do") == name_key("Chagang") == name_key("CHAGANG")
    True
    """
    text = str(name).strip()
    # only a separate word is a province word: "Chagang-do", not the "do" of "Colorado"
    return match_key(_PROVINCE_WORD.sub("", text) or text)


def read_boundaries(path: str | os.PathLike, layer: str | None = None,
                    crs: str | None = None) -> gpd.GeoDataFrame:
    """Read a boundary file (GeoJSON, GeoPackage, Shapefile, KML; ``.gz`` too) in EPSG:4326.

    Parameters
    ----------
    path
        The file. A ``.gz`` file is read through GDAL's ``/vsigzip/``.
    layer
        The layer, for files holding several.
    crs
        The CRS to assume if the file declares none (anything pyproj understands).

    Raises
    ------
    CRSError
        If the file has no CRS and none was given, or the given CRS is not understood.
    ValidationError
        If the file cannot be read or holds no polygons.
    """
    from pyogrio.errors import DataLayerError, DataSourceError

    p = os.fspath(path)
    if not os.path.exists(p):
        raise ValidationError(f"boundary file not found: {p!r}")
    src = f"/vsigzip/{p}" if p.endswith(".gz") else p
    try:
        frame = gpd.read_file(src, layer=layer, engine="pyogrio")
    except (DataSourceError, DataLayerError, ValueError) as e:
        raise ValidationError(f"cannot read {p!r}" + (f" layer {layer!r}" if layer else "")
                              + f": {e}") from None
    if not isinstance(frame, gpd.GeoDataFrame):
        raise ValidationError(f"{p!r}" + (f" layer {layer!r}" if layer else "")
                              + " has no geometry: give a polygon layer")
    frame = frame[frame.geometry.notna()]
    frame = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if frame.empty:
        raise ValidationError(f"{p!r} holds no polygons")
    return to_wgs84(frame, crs, what=p)


def to_wgs84(frame: gpd.GeoDataFrame, crs: str | None, what: str) -> gpd.GeoDataFrame:
    """Reproject ``frame`` to EPSG:4326; ``crs`` is assumed only when the frame has none."""
    import pyproj

    given = None
    if crs is not None:
        try:
            given = pyproj.CRS.from_user_input(crs)
        except pyproj.exceptions.CRSError:
            raise CRSError(f"unknown CRS {crs!r}") from None
    if frame.crs is None:
        if given is None:
            raise CRSError(f"{what!r} has no CRS; give one (e.g. --crs EPSG:4326)")
        frame = frame.set_crs(given)
    elif given is not None and not frame.crs.equals(given):
        raise CRSError(f"{what!r} declares {frame.crs.to_string()!r} but "
                       f"{given.to_string()!r} was given")
    return frame.to_crs(4326)


@functools.lru_cache(maxsize=4)
def _admin0() -> gpd.GeoDataFrame:
    return read_boundaries(ADMIN0_FILE)


@functools.lru_cache(maxsize=4)
def _admin1() -> gpd.GeoDataFrame:
    import pandas as pd

    detail = read_boundaries(ADMIN1_DETAIL_FILE)
    world = read_boundaries(ADMIN1_FILE)
    world = world[~world["adm0_a3"].isin(set(detail["adm0_a3"]))]
    return gpd.GeoDataFrame(pd.concat([detail, world], ignore_index=True), crs="EPSG:4326")


@functools.lru_cache(maxsize=8)
def _user_boundaries(path: str, layer: str | None, crs: str | None) -> gpd.GeoDataFrame:
    return read_boundaries(path, layer, crs)


_INDEXES: dict[tuple[int, tuple[str, ...]], tuple[dict[str, list], dict[str, object]]] = {}


def _name_index(frame: gpd.GeoDataFrame, columns) -> tuple[dict[str, list], dict[str, object]]:
    """``name key -> row labels`` and ``name key -> a row`` for a (cached) boundary frame."""
    key = (id(frame), tuple(columns))
    if key not in _INDEXES:
        hits: dict[str, list] = {}
        for col in columns:
            if col not in frame.columns:
                continue
            for idx, value in zip(frame.index, frame[col], strict=True):
                if not isinstance(value, str):
                    continue
                for part in value.split("|"):
                    n = name_key(part) if part.strip() else ""
                    if n and idx not in hits.setdefault(n, []):
                        hits[n].append(idx)
        _INDEXES[key] = hits, {n: frame.loc[ix[0]] for n, ix in hits.items()}
    return _INDEXES[key]


def _lookup(frame: gpd.GeoDataFrame, name: str, columns, what: str,
            country: str | None = None) -> tuple[str, shapely.Geometry]:
    key = name_key(name)
    if not key:
        raise ValidationError(f"{what} name {name!r} has no letters or digits")
    index, vocabulary = _name_index(frame, columns)
    hits = index.get(key, [])
    if country is not None and "adm0_a3" in frame.columns:
        code = country_code(country)
        hits = [i for i in hits if frame.at[i, "adm0_a3"] == code]
        vocabulary = {n: r for n, r in vocabulary.items() if r.get("adm0_a3") == code}
    if not hits:
        close = difflib.get_close_matches(key, list(vocabulary), n=6)
        labels = list(dict.fromkeys(_label(vocabulary[c]) for c in close))[:3]
        hint = ("; did you mean " + ", ".join(map(repr, labels)) + "?") if labels else ""
        raise ValidationError(f"no {what} named {name!r}{hint}")
    rows = frame.loc[hits]
    if len(rows) > 1 and "adm0_a3" in rows.columns and rows["adm0_a3"].nunique() > 1:
        raise ValidationError(
            f"{what} {name!r} is ambiguous: " + ", ".join(_label(r) for _, r in rows.iterrows())
            + "; give the country too")
    geom = shapely.union_all(shapely.make_valid(rows.geometry.values))
    return _label(rows.iloc[0]), geom


def _label(row) -> str:
    parts = [str(row[c]) for c in ("iso_3166_2", "name", "admin", "adm0_a3")
             if c in row and isinstance(row[c], str) and row[c] not in ("", "-99")]
    if not parts:
        parts = [str(v) for v in row.drop(labels="geometry").values if isinstance(v, str)][:2]
    return " ".join(dict.fromkeys(parts))


def country_code(name: str) -> str:
    """The ISO 3166-1 alpha-3 code of a country named by alpha-3, alpha-2 or name.

    Raises
    ------
    ValidationError
        If no country of the shipped boundaries has that name.
    """
    frame = _admin0()
    text = str(name).strip()
    if re.fullmatch(r"[A-Za-z]{3}", text) and text.upper() in set(frame["adm0_a3"]):
        return text.upper()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        hit = frame[frame["iso_a2"] == text.upper()]
        if len(hit):
            return str(hit.iloc[0]["adm0_a3"])
    label, _ = _lookup(frame, text, ADMIN0_NAME_COLUMNS, "country")
    return label.split()[-1]


def country_region(name: str, boundaries: str | os.PathLike | None = None,
                   layer: str | None = None) -> tuple[str, shapely.Geometry]:
    """The label and (multi)polygon of a country, by ISO alpha-3, alpha-2 or name.

    Parameters
    ----------
    name
        ``PRK``, ``KP`` or ``North Korea``.
    boundaries, layer
        A user's own boundary file (and layer) instead of the shipped Natural Earth one.

    Examples
    --------
    >>> label, geom = country_region("KP")
    >>> label
    'North Korea PRK'
    """
    if boundaries is not None:
        frame = _user_boundaries(os.fspath(boundaries), layer, None)
        return _lookup(frame, name, _text_columns(frame), "country")
    frame = _admin0()
    return _lookup(frame, country_code(name), ("adm0_a3",), "country")


def admin1_region(name: str, country: str | None = None,
                  boundaries: str | os.PathLike | None = None,
                  layer: str | None = None) -> tuple[str, shapely.Geometry]:
    """The label and (multi)polygon of a province (admin-1 unit).

    Parameters
    ----------
    name
        A name or variant (``Chagang``, ``Chagang-do``, ``Jagang``, ``자강도``) or an ISO
        3166-2 code (``KP-04``).
    country
        Restrict the search to one country (needed when a name exists in several).
    boundaries, layer
        A user's own boundary file (and layer) instead of the shipped Natural Earth one.

    Raises
    ------
    ValidationError
        If no province has that name, or several countries have one.

    Examples
    --------
    >>> admin1_region("Jagang")[0]
    'KP-04 Chagang-do North Korea PRK'
    """
    if boundaries is not None:
        frame = _user_boundaries(os.fspath(boundaries), layer, None)
        return _lookup(frame, name, _text_columns(frame), "region")
    return _lookup(_admin1(), name, ADMIN1_NAME_COLUMNS, "province", country)


def _text_columns(frame: gpd.GeoDataFrame) -> tuple[str, ...]:
    from pandas.api.types import is_object_dtype, is_string_dtype

    return tuple(c for c in frame.columns if c != frame.geometry.name
                 and (is_object_dtype(frame[c]) or is_string_dtype(frame[c])))
