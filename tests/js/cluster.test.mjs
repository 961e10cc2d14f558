// cluster.js: the grid clustering.
import { test } from "node:test";
import assert from "node:assert/strict";
import { gridCells, mercatorX, mercatorY } from "../../catalog/static/cluster.js";

function sites(points) {
  return { n: points.length, lat: points.map((p) => p[0]), lon: points.map((p) => p[1]),
    X: points.map((p) => mercatorX(p[1])), Y: points.map((p) => mercatorY(p[0])) };
}
const WORLD = { s: -90, w: -180, n: 90, e: 180 };

test("mercator maps the world onto [0, 1]", () => {
  assert.equal(mercatorX(-180), 0);
  assert.equal(mercatorX(180), 1);
  assert.equal(mercatorY(0), 0.5);
  assert.ok(mercatorY(85.05) < 0.001 && mercatorY(90) === mercatorY(85.05));
});

test("near sites share a cell, far ones do not, and every shown site counts once", () => {
  const s = sites([[40, 127.5], [40.001, 127.501], [38.5, 126.1], [-33, 151]]);
  const found = gridCells(s, () => true, WORLD, 5, 60);
  assert.equal(found.shown, 4);
  const sizes = found.cells.map((c) => c.n).sort();
  assert.deepEqual(sizes, [1, 1, 2]);
  const pair = found.cells.find((c) => c.n === 2);
  assert.deepEqual([pair.s, pair.nn, pair.w, pair.e], [40, 40.001, 127.5, 127.501]);
  // zoomed in far enough, the pair splits
  assert.equal(gridCells(s, () => true, WORLD, 18, 60).cells.length, 4);
});

test("hidden sites and sites outside the view are not drawn", () => {
  const s = sites([[40, 127.5], [38.5, 126.1], [-33, 151]]);
  const found = gridCells(s, (k) => k !== 1, { s: 30, w: 120, n: 45, e: 135 }, 5, 60);
  assert.equal(found.shown, 2);  // counted wherever they are
  assert.deepEqual(found.cells.map((c) => c.first), [0]);
});
