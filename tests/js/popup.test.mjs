// popup.js: a site's popup HTML (parity with catalog/popup.py: test_popup.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { citationHtml, locationCitation, locationText, popupHtml, unlocatedReason }
  from "../../catalog/static/popup.js";

const SITE = {
  site_id: "kp-x", name: "X <base>", name_local: "엑스", facility_type: "nuclear",
  status: "active", status_as_of: "2020-01-02", lat: 41.0, lon: -126.5,
  location_precision: "approximate", precision_m: 5000, location_method: "derived from source text",
  location_source_id: "src-a", country: "PRK", admin1: "Chagang", parent_site_id: null,
  notes: null,
};
const LOCATION_CITE = {
  source_id: "src-a", supports: "location", quote: "The plant lies 12 km north of X.",
  note: null, title: "Report A", publisher: "Pub", published: "2021-03-04",
  url: "https://example.org/a",
};

test("locationText states precision, radius and any method", () => {
  assert.equal(locationText(SITE),
    "41.000000 N, 126.500000 W (approximate, \u00b15,000 m; derived from source text)");
  const coarse = { ...SITE, location_precision: "district", precision_m: null };
  assert.equal(locationText(coarse, 25000),
    "41.000000 N, 126.500000 W (district, about \u00b125,000 m for its class; derived from source text)");
  assert.equal(locationText({ ...SITE, location_method: null }),
    "41.000000 N, 126.500000 W (approximate, \u00b15,000 m; method not recorded)");
  assert.equal(locationText({ ...SITE, lat: null, lon: null }), "location unknown");
});

test("the location quotes the sentence it came from, with its source", () => {
  const html = popupHtml(SITE, [], [LOCATION_CITE]);
  assert.match(html, /<th>Location<\/th><td>41\.000000 N[^<]*<div class="location-cite"><q>The plant lies 12 km north of X\.<\/q><br>\u2014 <a href="https:\/\/example\.org\/a"[^>]*>Report A<\/a>, Pub, 2021-03-04<\/div><\/td>/);
  assert.equal(locationCitation(SITE, [{ ...LOCATION_CITE, supports: "existence" }]), null);
  assert.equal(locationCitation(SITE, [{ ...LOCATION_CITE, source_id: "other" }]), null);
  assert.match(popupHtml(SITE, [], []), /<div class="location-cite">source: src-a<\/div>/);
});

test("popupHtml escapes every text and links only http(s)", () => {
  const evil = { ...SITE, name: 'Evil "\'><svg onload=x()>', notes: "<script>x()</script>" };
  const cite = { ...LOCATION_CITE, supports: "existence", quote: "</script><img src=x>",
    title: "<b>T</b>", url: "javascript:alert(1)", note: "a `note`" };
  const html = popupHtml(evil, ["<i>alias</i>", evil.name], [cite], { permalinks: true });
  assert.ok(!/<(svg|script|img|i)\b/.test(html), html);
  assert.ok(html.includes("&lt;i&gt;alias&lt;/i&gt;"));
  assert.ok(!html.includes("javascript:"));
  assert.ok(html.includes("<small>a &#96;note&#96;</small>"));
  assert.ok(html.includes('<a class="permalink" href="#kp-x">link to this site</a>'));
  assert.equal(citationHtml({ supports: "name", note: null, quote: null, title: "S" }),
    '<li class="citation" data-supports="name"><i>no quote</i><br>\u2014 S <small>(name)</small></li>');
});

test("unlocated sites say why", () => {
  const site = { ...SITE, lat: null, lon: null, review_status: "accepted" };
  assert.equal(unlocatedReason(site, []), "no cited source gives its position");
  assert.equal(unlocatedReason({ ...site, review_status: "candidate" }, []),
    "candidate, not reviewed: not located yet");
  assert.equal(unlocatedReason(site, [LOCATION_CITE]),
    "a cited source speaks to its location, but no point is recorded");
});
