"""Interactive maps: a catalogue (or a subset of its sites) as a ``folium.Map``.

Like ``GeoDataFrame.explore``, :func:`make_map` returns the map and the caller saves it.
Popups are built in :mod:`catalog.popup`.
"""

from __future__ import annotations

import warnings
from collections import defaultdict

import folium
from branca.element import Element

from .model import FACILITY_TYPES
from .popup import esc, site_popup_html
from .store import Catalog

#: One colour per facility type (colour-blind-safe Okabe-Ito first).
TYPE_COLOURS = dict(zip(FACILITY_TYPES, (
    "#D55E00", "#CC79A7", "#0072B2", "#E69F00", "#56B4E9", "#009E73", "#F0E442",
    "#000000", "#7f5fbf", "#999999",
), strict=True))


def make_map(cat: Catalog, sites=None, *, tiles: str = "OpenStreetMap",
             zoom_start: int = 6) -> folium.Map:
    """Build an interactive map of a catalogue's sites.

    One marker per located site, coloured by facility type, in one layer per type, with a
    tooltip (its name) and a popup (names, type, status, location, every citation).
    Approximate locations get their uncertainty circle; sites with no location are listed
    in a panel beside the map, never drawn at a made-up point.

    Parameters
    ----------
    cat
        The catalogue (popups need its aliases and citations).
    sites
        The sites to show: a GeoDataFrame or iterable of ``site_id`` s; default all
        accepted sites.
    tiles
        Base map tiles, as for ``folium.Map``.

    Returns
    -------
    folium.Map

    Examples
    --------
    >>> m = make_map(open_catalog("build/catalog.gpkg"))  # doctest: +SKIP
    >>> m.save("map.html")  # doctest: +SKIP
    """
    all_sites = {s.site_id: s for s in cat.sites(None)}
    if sites is None:
        chosen = [s for s in all_sites.values() if s.review_status == "accepted"]
    else:
        ids = list(sites["site_id"]) if hasattr(sites, "columns") else list(sites)
        chosen = [all_sites[i] for i in ids if i in all_sites]
    if not chosen:
        warnings.warn("no sites to map: the map will be empty", UserWarning, stacklevel=2)

    aliases = defaultdict(list)
    for a in cat.aliases():
        aliases[a.site_id].append(a.alias)
    cites = defaultdict(list)
    for row in cat.citations_frame([s.site_id for s in chosen]).to_dict("records"):
        cites[row["site_id"]].append({k: (None if v != v else v) for k, v in row.items()})

    located = [s for s in chosen if s.located]
    unlocated = [s for s in chosen if not s.located]
    m = folium.Map(tiles=tiles, zoom_start=zoom_start, control_scale=True,
                   location=[located[0].lat, located[0].lon] if located else [20, 0])

    groups = {}
    for s in located:
        if s.facility_type not in groups:
            n = sum(x.facility_type == s.facility_type for x in located)
            groups[s.facility_type] = folium.FeatureGroup(
                name=f"{s.facility_type} ({n})").add_to(m)
        colour = TYPE_COLOURS[s.facility_type]
        popup = folium.Popup(site_popup_html(s, aliases[s.site_id], cites[s.site_id]),
                             max_width=450)
        folium.CircleMarker(
            [s.lat, s.lon], radius=7, color="#222", weight=1, fill=True, fill_color=colour,
            fill_opacity=0.9, tooltip=folium.Tooltip(esc(s.name)), popup=popup,
        ).add_to(groups[s.facility_type])
        if s.precision_m:
            folium.Circle([s.lat, s.lon], radius=s.precision_m, color=colour, weight=1,
                          fill=True, fill_opacity=0.1,
                          tooltip=folium.Tooltip(esc(f"{s.name}: ±{s.precision_m:,.0f} m"))
                          ).add_to(groups[s.facility_type])
    if located:
        lats = [s.lat for s in located]
        lons = [s.lon for s in located]
        if len(located) > 1:
            m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30))
    folium.LayerControl(collapsed=False).add_to(m)
    m.get_root().html.add_child(Element(_legend_html(sorted(groups))))
    m.get_root().html.add_child(Element(_unlocated_html(unlocated, aliases, cites)))
    return m


def _legend_html(types: list[str]) -> str:
    items = "".join(
        f'<div><span style="background:{TYPE_COLOURS[t]}" class="swatch"></span>{esc(t)}</div>'
        for t in types)
    return (
        '<div id="legend" style="position:fixed;bottom:30px;left:10px;z-index:1000;'
        'background:white;padding:6px 8px;border:1px solid #999;font:12px sans-serif">'
        "<b>Facility type</b>"
        f"{items}</div><style>#legend .swatch{{display:inline-block;width:11px;height:11px;"
        "border-radius:50%;margin-right:5px;border:1px solid #222}}</style>"
    )


def _unlocated_html(unlocated, aliases, cites) -> str:
    if not unlocated:
        return ""
    items = "".join(
        f'<details class="unlocated-site" id="unlocated-{esc(s.site_id)}"><summary>'
        f"{esc(s.name)}</summary>"
        f"{site_popup_html(s, aliases[s.site_id], cites[s.site_id])}</details>"
        for s in unlocated)
    return (
        '<div id="unlocated" style="position:fixed;top:10px;left:60px;z-index:1000;'
        "max-width:360px;max-height:60%;overflow:auto;background:white;padding:6px 8px;"
        'border:1px solid #999;font:12px sans-serif">'
        f"<b>Sites with no known location ({len(unlocated)})</b>"
        "<p style='margin:2px 0'>Not drawn: no source gives their position.</p>"
        f"{items}</div>"
    )
