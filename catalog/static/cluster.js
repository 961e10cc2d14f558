/* Clustering on a pixel grid over the current view, recomputed on every move: only what is
 * on screen becomes a DOM element, so 100,000 sites draw as fast as a few hundred.
 */

/** Web Mercator x in [0, 1] for a longitude. */
export function mercatorX(lon) {
  return (lon + 180) / 360;
}

/** Web Mercator y in [0, 1] for a latitude (clamped to +-85.05). */
export function mercatorY(lat) {
  const la = Math.max(-85.05, Math.min(85.05, lat));
  return (1 - Math.log(Math.tan(Math.PI / 4 + la * Math.PI / 360)) / Math.PI) / 2;
}

/**
 * Group the shown sites inside a view into grid cells of `cell` pixels at `zoom`.
 *
 * sites: {n, lat, lon, X, Y} (X, Y from mercatorX/Y); shown(k): whether site k is drawn;
 * view: {s, w, n, e} in degrees. Returns the cells, each {n, first, lat, lon, s, w, nn, e}
 * with lat/lon the sums of its sites' coordinates (divide by n for the centre), and
 * `shown`, how many sites pass shown() anywhere.
 */
export function gridCells(sites, shown, view, zoom, cell) {
  const size = cell / (256 * Math.pow(2, zoom));
  const cells = new Map();
  let total = 0;
  for (let k = 0; k < sites.n; k++) {
    if (!shown(k)) continue;
    total++;
    const la = sites.lat[k];
    const lo = sites.lon[k];
    if (la < view.s || la > view.n || lo < view.w || lo > view.e) continue;
    const key = Math.floor(sites.X[k] / size) * 16777216 + Math.floor(sites.Y[k] / size);
    let c = cells.get(key);
    if (!c) cells.set(key, c = { n: 0, first: k, lat: 0, lon: 0, s: la, w: lo, nn: la, e: lo });
    c.n++;
    c.lat += la;
    c.lon += lo;
    if (la < c.s) c.s = la;
    if (la > c.nn) c.nn = la;
    if (lo < c.w) c.w = lo;
    if (lo > c.e) c.e = lo;
  }
  return { cells: Array.from(cells.values()), shown: total };
}
