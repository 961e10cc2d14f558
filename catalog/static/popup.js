/* A site's popup as HTML: the browser half of catalog/popup.py. Both build the same string
 * from the same site, aliases and citations (tests/test_popup.py checks them side by side),
 * so the web map and the KML balloons say the same thing. Every text from a report is
 * escaped; links are http(s) only.
 *
 * A site is a plain object with the fields of catalog.model.Site (site_id, name,
 * name_local, facility_type, status, status_as_of, lat, lon, location_precision,
 * precision_m, location_method, location_source_id, country, admin1, parent_site_id,
 * notes); a citation has source_id, supports, quote, note and its source's title,
 * publisher, published and url.
 */

import { esc, fmtNum, safeUrl } from "./escape.js";

/** "41.369883 N, 126.913631 E (exact; third party)", or "location unknown". */
export function locationText(site, classRadius) {
  if (site.lat === null || site.lat === undefined || site.lon === null ||
      site.lon === undefined) {
    return "location unknown";
  }
  const lat = Math.abs(site.lat).toFixed(6) + (site.lat >= 0 ? " N" : " S");
  const lon = Math.abs(site.lon).toFixed(6) + (site.lon >= 0 ? " E" : " W");
  let precision = site.location_precision || "unknown";
  if (site.precision_m) precision += ", \u00b1" + fmtNum(site.precision_m) + " m";
  else if (classRadius) precision += ", about \u00b1" + fmtNum(classRadius) + " m for its class";
  return lat + ", " + lon + " (" + precision + "; " +
    (site.location_method || "method not recorded") + ")";
}

function sourceHtml(c) {
  let title = esc(c.title);
  const url = safeUrl(c.url);
  if (url) {
    title = '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + title +
      "</a>";
  }
  const meta = [c.publisher, c.published].filter(Boolean).map(esc).join(", ");
  return "\u2014 " + title + (meta ? ", " + meta : "");
}

function quoteHtml(c) {
  return c.quote ? "<q>" + esc(c.quote) + "</q>" : "<i>" + esc(c.note || "no quote") + "</i>";
}

/** One citation: the quote (or the note standing in for it), then its source. */
export function citationHtml(c) {
  return '<li class="citation" data-supports="' + esc(c.supports) + '">' + quoteHtml(c) +
    "<br>" + sourceHtml(c) + " <small>(" + esc(c.supports) + ")</small>" +
    (c.quote && c.note ? "<br><small>" + esc(c.note) + "</small>" : "") + "</li>";
}

/** The citation a site's location comes from: supports "location", from its location source. */
export function locationCitation(site, citations) {
  if (!site.location_source_id) return null;
  for (const c of citations) {
    if (c.supports === "location" && c.source_id === site.location_source_id) return c;
  }
  return null;
}

function locationCell(site, citations, classRadius) {
  let html = esc(locationText(site, classRadius));
  if (site.lat === null || site.lat === undefined || !site.location_source_id) return html;
  const c = locationCitation(site, citations);
  html += '<div class="location-cite">';
  if (c) html += quoteHtml(c) + "<br>" + sourceHtml(c);
  else html += "source: " + esc(site.location_source_id);
  return html + "</div>";
}

/**
 * The popup of one site.
 *
 * options.classRadius: the uncertainty its precision class implies (shown when the site
 * has no radius of its own); options.permalinks: link the parent and the site itself
 * (#site_id), as the web map does.
 */
export function popupHtml(site, aliases, citations, options) {
  const opts = options || {};
  const others = aliases.filter((a) => a !== site.name && a !== site.name_local);
  const status = esc(site.status || "unknown") +
    (site.status_as_of ? " (as of " + esc(site.status_as_of) + ")" : "");
  const rows = [["Also known as", others.length ? others.map(esc).join(", ") : "\u2014"]];
  if (site.name_local) rows.push(["Local name", esc(site.name_local)]);
  rows.push(["Type", esc(site.facility_type)], ["Status", status],
    ["Location", locationCell(site, citations, opts.classRadius)]);
  const area = [site.admin1, site.country].filter(Boolean);
  if (area.length) rows.push(["Area", area.map(esc).join(", ")]);
  if (site.parent_site_id) {
    rows.push(["Part of", opts.permalinks
      ? '<a href="#' + esc(encodeURIComponent(site.parent_site_id)) + '">' +
        esc(site.parent_site_id) + "</a>"
      : esc(site.parent_site_id)]);
  }
  if (site.notes) rows.push(["Notes", esc(site.notes)]);
  const table = rows.map((r) => "<tr><th>" + r[0] + "</th><td>" + r[1] + "</td></tr>").join("");
  const cites = citations.map(citationHtml).join("") || "<li>no citation</li>";
  return '<div class="site-popup" data-site-id="' + esc(site.site_id) + '"><h4>' +
    esc(site.name) + "</h4><table>" + table + "</table><b>Citations (" + citations.length +
    ")</b><ol>" + cites + "</ol>" +
    (opts.permalinks ? '<a class="permalink" href="#' + esc(encodeURIComponent(site.site_id)) +
      '">link to this site</a>' : "") + "</div>";
}

/**
 * Why an unlocated site is not on the map, as far as the catalogue knows: a candidate
 * nobody has reviewed yet, a site a source locates but whose point is not recorded, or
 * one no cited source locates.
 */
export function unlocatedReason(site, citations) {
  if (site.review_status === "candidate") return "candidate, not reviewed: not located yet";
  if (site.review_status === "rejected") return "rejected candidate: not located";
  if (citations.some((c) => c.supports === "location")) {
    return "a cited source speaks to its location, but no point is recorded";
  }
  return "no cited source gives its position";
}
