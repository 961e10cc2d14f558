// search.js: names, local names and aliases searched by match key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NameIndex } from "../../catalog/static/search.js";
import { matchKey } from "../../catalog/static/matchkey.js";

const NAMES = ["Yeongjeo-dong missile base", "Hoejung-ni missile operating base",
  "Sakkanmol missile operating base", "영저동", "Hoejung-ri"];
const SITES = [0, 1, 2, 0, 1];

test("exact matches first, then prefixes, then parts, each site once", () => {
  const index = new NameIndex(NAMES, SITES, null);
  assert.deepEqual(index.search("Yongjo-dong missile base"), [[0, NAMES[0]]]);
  assert.deepEqual(index.search("hoejung ri"), [[1, "Hoejung-ri"]]);
  // "missile operating" keys as "missiloperating": the words still hold "missile"
  assert.deepEqual(index.search("missile").map((r) => r[0]), [0, 1, 2]);
  assert.deepEqual(index.search("Missile Operating").map((r) => r[0]), [1, 2]);
  assert.deepEqual(index.search("operating base").map((r) => r[0]), [1, 2]);
  assert.deepEqual(index.search("영저동"), [[0, "영저동"]]);
  assert.deepEqual(index.search("nowhere"), []);
  assert.deepEqual(index.search("  "), []);
  assert.deepEqual(index.search("missile", 20, (k) => k !== 1).map((r) => r[0]), [0, 2]);
});

test("keys are folded in slices, and a search finishes them", () => {
  const many = Array.from({ length: 5000 }, (_, i) => "Site " + i);
  const index = new NameIndex(many, many.map((_, i) => i), null);
  assert.equal(index.ready, false);
  index.build(0);  // one slice at least
  assert.ok(index.next > 0 && index.next < many.length);
  assert.deepEqual(index.search("site 4999"), [[4999, "Site 4999"]]);
  assert.equal(index.ready, true);
});

test("keys that came with the data are used as given", () => {
  const index = new NameIndex(["Anything"], [0], ["precomputed"], ["pre computed"]);
  assert.deepEqual(index.search("precomputed"), [[0, "Anything"]]);
  assert.deepEqual(index.search("computed"), [[0, "Anything"]]);
  assert.deepEqual(index.search("anything"), []);
  assert.equal(matchKey("Anything"), "anything");
});
