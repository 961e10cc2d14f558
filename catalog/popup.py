"""Site popups built in Python: the KML/KMZ description balloons and ``catalog show``.

The web map builds the same popup in the browser, on click, from the site's data
(``popupHtml`` in ``catalog/static/map.js``), so a 100,000-site map carries no HTML per site.
Both escape every text that came from a report. :func:`esc` also escapes backticks, ``$``
and backslashes, so its output is safe inside a JavaScript template literal too.
"""

from __future__ import annotations

import html
import re

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)


def esc(value) -> str:
    """Escape any value for HTML text or a quoted attribute inside a JS template literal."""
    if value is None:
        return ""
    return (html.escape(str(value), quote=True)
            .replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;"))


def safe_url(url) -> str | None:
    """The URL if it is plain http(s), else None (no ``javascript:`` links from reports)."""
    return url if url and _SAFE_URL.match(str(url)) else None


def location_text(site) -> str:
    """``41.369883 N, 126.913631 E (exact, third party)`` or ``location unknown``."""
    if site.lat is None or site.lon is None:
        return "location unknown"
    lat = f"{abs(site.lat):.6f} {'N' if site.lat >= 0 else 'S'}"
    lon = f"{abs(site.lon):.6f} {'E' if site.lon >= 0 else 'W'}"
    precision = site.location_precision
    if site.precision_m:
        precision += f", ±{site.precision_m:,.0f} m"
    return f"{lat}, {lon} ({precision}; {site.location_method or 'method not recorded'})"


def citation_html(c: dict) -> str:
    """One citation: the quote, then title, publisher, date and a link to the source."""
    title = esc(c.get("title"))
    url = safe_url(c.get("url"))
    if url:
        title = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    meta = ", ".join(esc(v) for v in (c.get("publisher"), c.get("published")) if v)
    quote = (f"<q>{esc(c['quote'])}</q>" if c.get("quote")
             else f"<i>{esc(c.get('note') or 'no quote')}</i>")
    return (f'<li class="citation" data-supports="{esc(c.get("supports"))}">{quote}'
            f"<br>— {title}{', ' + meta if meta else ''}"
            f" <small>({esc(c.get('supports'))})</small></li>")


def site_popup_html(site, aliases: list[str], citations: list[dict]) -> str:
    """The popup for one site.

    Parameters
    ----------
    site
        A :class:`catalog.model.Site`.
    aliases
        Its other names (the preferred name is left out if present).
    citations
        Dicts with the citation's ``quote``, ``supports``, ``note`` and its source's
        ``title``, ``publisher``, ``published``, ``url`` (see ``Catalog.citations_frame``).
    """
    others = [a for a in aliases if a != site.name]
    status = esc(site.status) + (f" (as of {esc(site.status_as_of)})" if site.status_as_of
                                 else "")
    rows = [
        ("Also known as", ", ".join(esc(a) for a in others) or "—"),
        ("Type", esc(site.facility_type)),
        ("Status", status),
        ("Location", esc(location_text(site))),
    ]
    if site.parent_site_id:
        rows.append(("Part of", esc(site.parent_site_id)))
    if site.notes:
        rows.append(("Notes", esc(site.notes)))
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    cites = "".join(citation_html(c) for c in citations) or "<li>no citation</li>"
    return (f'<div class="site-popup" data-site-id="{esc(site.site_id)}">'
            f"<h4>{esc(site.name)}</h4><table>{table}</table>"
            f"<b>Citations ({len(citations)})</b><ol>{cites}</ol></div>")
