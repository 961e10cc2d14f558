// data.js: the packed columns and blobs of catalog.mapping.map_data / encode_blob.
import { test } from "node:test";
import assert from "node:assert/strict";
import { blobBytes, prepare, readBlob, rowsBySite, searchEntries, siteAliases, siteCitations,
  siteRecord, unpack } from "../../catalog/static/data.js";
import { packBlob } from "./helpers.mjs";

test("unpack reads every column form", () => {
  assert.deepEqual(unpack(null, 3), [null, null, null]);
  assert.deepEqual(unpack(["a", null], 2), ["a", null]);
  assert.deepEqual(unpack({ dict: ["KOR", "PRK"], codes: [1, 0, -1] }, 3), ["PRK", "KOR", null]);
  assert.deepEqual(unpack({ delta: [2, 0, 1, 3] }, 4), [2, 2, 3, 6]);
});

test("base128 text decodes to its bytes, escaped characters too", () => {
  // 7 bytes of 0xff = 56 one-bits = eight 127s; NUL, CR and "<" travel as U+0080 + value.
  assert.deepEqual(Array.from(blobBytes("gzip+base128", "\x7f".repeat(8))), Array(7).fill(255));
  assert.deepEqual(Array.from(blobBytes("gzip+base128", "\u0080\u0080")), [0]);
  assert.deepEqual(Array.from(blobBytes("gzip+base128", "\u00bc\u0080")), [0x78]);
});

test("a gzipped blob round-trips", async () => {
  const text = await packBlob({ q: "회중리 <b>" });
  assert.deepEqual(await readBlob("gzip+base128", text), { q: "회중리 <b>" });
});

test("siteRecord and siteCitations give popup.js its inputs", () => {
  const data = prepare({
    types: ["nuclear"], colours: ["#000"], statuses: ["active"], precisions: ["exact"],
    class_radius: [0], supports: ["existence", "location"],
    sources: [["s1", "Title", "Pub", "2020-01-01", "https://e.org"]],
    aliases: { site: { delta: [0, 0] }, alias: ["A", "B"] },
    search: { key: null, words: null },
    cites: { site: { delta: [0] }, src: [0], sup: [1], quote: ["Q"], note: null },
    sites: { id: ["x"], name: ["X"], local: null, type: [0], status: [0], asof: null,
      lat: [1], lon: [2], prec: [0], pm: null, meth: ["derived from source text"],
      lsrc: ["s1"], review: null, country: null, admin1: null, parent: null, notes: null,
      date: null },
  });
  const site = siteRecord(data, 0);
  assert.equal(site.location_method, "derived from source text");
  assert.equal(site.location_source_id, "s1");
  assert.deepEqual(siteAliases(data, 0), ["A", "B"]);
  assert.deepEqual(searchEntries(data), { names: ["X", "A", "B"], owner: [0, 0, 0],
    keys: [null, null, null], words: [null, null, null] });
  assert.deepEqual(siteCitations(data, 0), [{ source_id: "s1", title: "Title", publisher: "Pub",
    published: "2020-01-01", url: "https://e.org", supports: "location", quote: "Q", note: null }]);
});

test("rowsBySite groups a table's rows per site, in table order", () => {
  const { start, row } = rowsBySite([2, 0, 2, 0, 3], 4);
  assert.deepEqual(Array.from(start), [0, 2, 2, 4, 5]);
  assert.deepEqual(Array.from(row), [1, 3, 0, 2, 4]);
});
