"""Site popups built in Python: the KML/KMZ description balloons and ``catalog show``.

The web map builds the same popup in the browser, on click, from the site's data
(``popupHtml`` in ``catalog/static/popup.js``), so a 100,000-site map carries no HTML per
site. Both give the same string for the same site, aliases and citations (tests/test_popup.py
runs them side by side) and escape every text that came from a report. :func:`esc` also
escapes backticks, ``$`` and backslashes, so its output is safe inside a JavaScript template
literal too.
"""

from __future__ import annotations

import html
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import quote

# http(s) only, and nothing that could end an attribute or hide in one (as escape.js).
_SAFE_URL = re.compile("https?://[^\\x00-\\x20\\x7f-\\x9f\"'<>`\u00a0\u1680\u2000-\u200a"
                       "\u2028\u2029\u202f\u205f\u3000\ufeff]+", re.IGNORECASE)


def esc(value) -> str:
    """Escape any value for HTML text or a quoted attribute inside a JS template literal."""
    if value is None:
        return ""
    return (html.escape(str(value), quote=True)
            .replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;"))


def safe_url(url) -> str | None:
    """The URL if it is plain http(s), else None (no ``javascript:`` links from reports)."""
    return url if url and _SAFE_URL.fullmatch(str(url)) else None


def fmt_num(x) -> str:
    """A number rounded half up to a whole number, with thousands separators (as JS
    ``Math.round``, not Python's round-half-even): ``25,000``."""
    floor = math.floor(x)
    return f"{int(floor) + (1 if x - floor >= 0.5 else 0):,}"


def _degrees(x: float) -> str:
    """``abs(x)`` to 6 decimals, a tie rounded up as JavaScript's ``toFixed`` does (Python's
    format rounds it to even): 0.0078125 is 0.007813 in both."""
    return f"{Decimal(abs(x)).quantize(Decimal('0.000001'), rounding=ROUND_HALF_UP):f}"


def location_text(site, class_radius_m: float | None = None) -> str:
    """``41.369883 N, 126.913631 E (exact; third party)`` or ``location unknown``.

    ``class_radius_m``, the uncertainty the site's precision class implies, is shown when
    the site has no radius of its own (``district, about ±25,000 m for its class``).
    """
    if site.lat is None or site.lon is None:
        return "location unknown"
    lat = f"{_degrees(site.lat)} {'N' if site.lat >= 0 else 'S'}"
    lon = f"{_degrees(site.lon)} {'E' if site.lon >= 0 else 'W'}"
    precision = site.location_precision or "unknown"
    if site.precision_m:
        precision += f", ±{fmt_num(site.precision_m)} m"
    elif class_radius_m:
        precision += f", about ±{fmt_num(class_radius_m)} m for its class"
    return f"{lat}, {lon} ({precision}; {site.location_method or 'method not recorded'})"


def _source_html(c: dict) -> str:
    title = esc(c.get("title"))
    url = safe_url(c.get("url"))
    if url:
        title = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    meta = ", ".join(esc(v) for v in (c.get("publisher"), c.get("published")) if v)
    return f"— {title}{', ' + meta if meta else ''}"


def _quote_html(c: dict) -> str:
    return (f"<q>{esc(c['quote'])}</q>" if c.get("quote")
            else f"<i>{esc(c.get('note') or 'no quote')}</i>")


def citation_html(c: dict) -> str:
    """One citation: the quote (or the note standing in for it), then its source."""
    note = f"<br><small>{esc(c['note'])}</small>" if c.get("quote") and c.get("note") else ""
    return (f'<li class="citation" data-supports="{esc(c.get("supports"))}">{_quote_html(c)}'
            f"<br>{_source_html(c)} <small>({esc(c.get('supports'))})</small>{note}</li>")


def location_citation(site, citations: list[dict]) -> dict | None:
    """The citation a site's location comes from: ``supports='location'``, from the site's
    ``location_source_id``; None if it has none."""
    if not site.location_source_id:
        return None
    return next((c for c in citations if c.get("supports") == "location"
                 and c.get("source_id") == site.location_source_id), None)


def _location_cell(site, citations: list[dict], class_radius_m) -> str:
    text = esc(location_text(site, class_radius_m))
    if site.lat is None or site.lon is None or not site.location_source_id:
        return text
    c = location_citation(site, citations)
    body = (f"{_quote_html(c)}<br>{_source_html(c)}" if c
            else f"source: {esc(site.location_source_id)}")
    return f'{text}<div class="location-cite">{body}</div>'


def _fragment(site_id: str) -> str:
    # what JavaScript's encodeURIComponent leaves alone
    return esc(quote(site_id, safe="!~*'()"))


def site_popup_html(site, aliases: list[str], citations: list[dict], *,
                    class_radius_m: float | None = None, permalinks: bool = False) -> str:
    """The popup for one site: names, type, status, location with the sentence it came
    from, and every citation with its source.

    Parameters
    ----------
    site
        A :class:`catalog.model.Site`.
    aliases
        Its other names (the preferred and local names are left out if present).
    citations
        Dicts with the citation's ``source_id``, ``quote``, ``supports``, ``note`` and its
        source's ``title``, ``publisher``, ``published``, ``url`` (see
        ``Catalog.citations_frame``). The one with ``supports='location'`` from the site's
        ``location_source_id`` is also quoted under the location.
    class_radius_m
        The uncertainty the site's precision class implies, shown when the site has no
        radius of its own.
    permalinks
        Link the parent site and the site itself as ``#site_id`` (the web map's links).
    """
    others = [a for a in aliases if a != site.name and a != site.name_local]
    status = esc(site.status or "unknown") + (f" (as of {esc(site.status_as_of)})"
                                              if site.status_as_of else "")
    rows = [("Also known as", ", ".join(esc(a) for a in others) or "—")]
    if site.name_local:
        rows.append(("Local name", esc(site.name_local)))
    rows += [
        ("Type", esc(site.facility_type)),
        ("Status", status),
        ("Location", _location_cell(site, citations, class_radius_m)),
    ]
    area = [v for v in (site.admin1, site.country) if v]
    if area:
        rows.append(("Area", ", ".join(esc(v) for v in area)))
    if site.parent_site_id:
        parent = esc(site.parent_site_id)
        rows.append(("Part of", f'<a href="#{_fragment(site.parent_site_id)}">{parent}</a>'
                     if permalinks else parent))
    if site.notes:
        rows.append(("Notes", esc(site.notes)))
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    cites = "".join(citation_html(c) for c in citations) or "<li>no citation</li>"
    link = (f'<a class="permalink" href="#{_fragment(site.site_id)}">link to this site</a>'
            if permalinks else "")
    return (f'<div class="site-popup" data-site-id="{esc(site.site_id)}">'
            f"<h4>{esc(site.name)}</h4><table>{table}</table>"
            f"<b>Citations ({len(citations)})</b><ol>{cites}</ol>{link}</div>")
