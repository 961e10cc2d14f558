/* The catalogue map in the browser: basemaps, layers, clusters, popups, the list of
 * unlocated sites, search, time slider and tools, drawn with Leaflet.
 *
 * catalog/mapping.py inlines these modules into the page (bundle_js) with the sites as one
 * column-oriented JSON blob, and calls CatalogMap.load(map, blobElement, options). Nothing
 * here trusts a string from the data: each is escaped by esc() before it reaches innerHTML
 * or set with textContent, and links are only ever plain http(s) URLs.
 */

import { decodeFragment, esc, fmtNum } from "./escape.js";
import { popupHtml, unlocatedReason } from "./popup.js";
import { classRadius, mergeNames, prepare, readBlob, searchEntries, siteAliases,
  siteCitations, siteRecord } from "./data.js";
import { gridCells, mercatorX, mercatorY } from "./cluster.js";
import { matchKey } from "./matchkey.js";
import { NameIndex, foldInWorker } from "./search.js";

const ICON_FULLSCREEN = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" ' +
  'stroke="#333" stroke-width="2"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"/></svg>';
const ICON_MEASURE = '<svg width="18" height="16" viewBox="0 0 18 16" fill="none" stroke="#333" ' +
  'stroke-width="1.5"><rect x="1" y="5" width="16" height="6"/><path d="M4 5v3M7 5v2M10 5v3' +
  'M13 5v2"/></svg>';
const OUTLINES = "Outlines (Natural Earth, offline)";
// Without a tile after this long, a web basemap is taken as unreachable.
const TILE_TIMEOUT_MS = 8000;
const CELL = 60;  // px: the clustering grid
// Below this many names, folding them on the page is quicker than starting a worker.
const WORKER_ABOVE = 50000;
const UNLOCATED_MAX = 2000;

function blobOf(el) {
  return readBlob(el.getAttribute("data-encoding"), el.textContent);
}

function panel(map, position, build) {
  const ctl = L.control({ position: position });
  ctl.onAdd = function () {
    const div = L.DomUtil.create("div", "catalog-panel");
    build(div);
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  return ctl.addTo(map);
}

/** Read the data blobs (the data, the names, the offline outlines), then draw; meanwhile
 * a worker reads the names too and folds their search keys. */
export function load(map, el, opts) {
  const byId = (id) => (id ? document.getElementById(id) : null);
  const namesEl = byId(opts.names_id);
  const outlinesEl = byId(opts.outlines_id);
  const workerEl = byId("catalog-key-worker");
  const folded = namesEl && opts.entries > WORKER_ABOVE && foldInWorker(
    workerEl && workerEl.textContent,
    { encoding: namesEl.getAttribute("data-encoding"), text: namesEl.textContent });
  return Promise.all([blobOf(el), namesEl ? blobOf(namesEl) : null,
    outlinesEl ? blobOf(outlinesEl) : null])
    .then(([data, names, outlines]) => {
      if (names) mergeNames(data, names);
      return init(map, data, opts, outlines, folded);
    })
    .catch((err) => {
      panel(map, "topright", (div) => { div.id = "map-error"; div.textContent = err.message; });
      throw err;
    });
}

/** Draw a map_data() payload on a Leaflet map (folded: the promise of a worker's search
 * keys, see load). */
export function init(map, data, opts, outlines, folded) {
  const entries = searchEntries(data);
  const index = new NameIndex(entries.names, entries.owner, entries.keys, entries.words);
  if (folded) index.adopt(folded);
  prepare(data);
  const S = data.sites;
  const n = S.id.length;
  const byId = new Map();
  const X = new Float64Array(n);
  const Y = new Float64Array(n);
  const located = new Uint8Array(n);
  const visible = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    byId.set(S.id[i], i);
    if (S.lat[i] !== null && S.lon[i] !== null) {
      located[i] = 1;
      X[i] = mercatorX(S.lon[i]);
      Y[i] = mercatorY(S.lat[i]);
    }
  }
  const nLocated = located.reduce((a, v) => a + v, 0);
  const typeOn = data.types.map(() => true);
  let tMax = null;  // show sites dated up to this day; null = all
  let booted = false;  // layer "add" events fire while the controls are still being built
  const canvas = L.canvas({ padding: 0.3 });
  const drawn = L.layerGroup().addTo(map);
  const state = { points: 0, clusters: 0, shown: 0, basemap: null, keysReady: false };
  window.catalogMapState = state;
  const container = map.getContainer();

  // -- basemaps: web tiles when they load, else the outlines inlined in the page --------
  const bases = {};
  let noticeEl = null;
  function notice(text) {
    if (!noticeEl) {
      panel(map, "bottomright", (div) => { div.id = "basemap-notice"; noticeEl = div; });
    }
    noticeEl.textContent = text;
    noticeEl.style.display = text ? "" : "none";
  }
  let outlinesLayer = null;
  if (outlines) {
    outlinesLayer = L.layerGroup();
    let filled = false;
    outlinesLayer.getAttribution = () => esc(outlines.attribution);
    outlinesLayer.on("add", () => {
      state.basemap = "outlines";
      container.classList.add("catalog-offline");
      if (filled) return;
      filled = true;
      outlinesLayer.addLayer(L.geoJSON(outlines.countries, { renderer: canvas,
        interactive: false,
        style: { color: "#6b6b6b", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 } }));
      outlinesLayer.addLayer(L.geoJSON(outlines.provinces, { renderer: canvas,
        interactive: false,
        style: { color: "#a3a3a3", weight: 0.7, dashArray: "3 3", fill: false } }));
    });
    outlinesLayer.on("remove", () => container.classList.remove("catalog-offline"));
  }
  const tileLayers = (opts.tiles || []).map((t) => {
    const layer = L.tileLayer(t.url, { attribution: t.attribution, maxZoom: 19 });
    bases[esc(t.name)] = layer;
    watchTiles(layer, t.name);
    return layer;
  });
  if (outlinesLayer) bases[OUTLINES] = outlinesLayer;
  if (tileLayers.length) tileLayers[0].addTo(map);
  else if (outlinesLayer) outlinesLayer.addTo(map);

  function watchTiles(layer, name) {
    let loaded = false;
    let timer = null;
    function fallBack(why) {
      clearTimeout(timer);
      if (loaded || !map.hasLayer(layer) || !outlinesLayer) return;
      map.removeLayer(layer);
      outlinesLayer.addTo(map);
      notice("No web basemap: " + name + " " + why + " (no network?). Showing the " +
        "Natural Earth outlines held in this file; choose a web basemap above to try again.");
    }
    layer.on("add", () => {
      loaded = false;
      state.basemap = "loading " + name;
      clearTimeout(timer);
      timer = setTimeout(() => fallBack("sent no tile in " + TILE_TIMEOUT_MS / 1000 + " s"),
        TILE_TIMEOUT_MS);
    });
    layer.on("remove", () => clearTimeout(timer));
    layer.on("tileload", () => {
      if (!loaded) {
        loaded = true;
        clearTimeout(timer);
        state.basemap = name;
        if (noticeEl) notice("");
      }
    });
    layer.on("tileerror", () => fallBack("could not be loaded"));
  }

  // -- facility types: one overlay each, doubling as the legend's switches -------------
  const onMap = data.types.map(() => 0);
  const unlocated = data.types.map(() => 0);
  for (let i = 0; i < n; i++) {
    if (S.type[i] < 0) continue;
    if (located[i]) onMap[S.type[i]]++;
    else unlocated[S.type[i]]++;
  }
  const overlays = {};
  data.types.forEach((t, k) => {
    if (!onMap[k] && !unlocated[k]) return;
    const g = L.layerGroup();
    g.on("add", () => { typeOn[k] = true; refresh(); });
    g.on("remove", () => { typeOn[k] = false; refresh(); });
    // Count what is drawn; the unlocated ones are in the list beside the map.
    const label = onMap[k] && unlocated[k]
      ? fmtNum(onMap[k]) + " drawn, " + fmtNum(unlocated[k]) + " unlocated"
      : unlocated[k] ? fmtNum(unlocated[k]) + " unlocated" : fmtNum(onMap[k]);
    overlays['<span class="swatch" style="background:' + esc(data.colours[k]) + '"></span>' +
      '<span class="type-label" data-type="' + esc(t) + '">' + esc(t) + " (" + label +
      ")</span>"] = g;
    g.addTo(map);
  });
  L.control.layers(bases, overlays, { collapsed: false, position: "topright" }).addTo(map);

  let anyCircle = false;
  for (let i = 0; i < n && !anyCircle; i++) anyCircle = located[i] === 1 && uncertainty(i) > 0;
  panel(map, "bottomright", (div) => {
    div.id = "legend";
    let html = "<b>Facility type</b>";
    data.types.forEach((t, k) => {
      if (onMap[k] || unlocated[k]) {
        html += '<div><span class="swatch" style="background:' + esc(data.colours[k]) +
          '"></span>' + esc(t) + "</div>";
      }
    });
    html += '<div><span class="swatch cluster-swatch"></span>cluster (click to zoom in)</div>';
    if (anyCircle) {
      html += '<div class="legend-circles"><span class="ring"></span>uncertainty: the ' +
        'site\u2019s stated radius<br><span class="ring dashed"></span>its precision ' +
        "class\u2019s radius (no own radius)</div>";
    }
    div.innerHTML = html;
  });

  // -- popups ----------------------------------------------------------------------------
  function popup(k) {
    return popupHtml(siteRecord(data, k), siteAliases(data, k), siteCitations(data, k),
      { classRadius: classRadius(data, k), permalinks: true });
  }
  function uncertainty(k) {
    return S.pm[k] || classRadius(data, k);
  }

  // -- clustering --------------------------------------------------------------------------
  const grid = { n: n, lat: S.lat, lon: S.lon, X: X, Y: Y };
  const isShown = (k) => visible[k] === 1 && located[k] === 1;
  let countEl = null;
  function redraw() {
    if (!booted) return;
    drawn.clearLayers();
    const b = map.getBounds().pad(0.2);
    const view = { s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast() };
    const found = gridCells(grid, isShown, view, map.getZoom(), CELL);
    let points = 0;
    let clusters = 0;
    found.cells.forEach((c) => {
      if (c.n === 1) { drawPoint(c.first); points++; } else { drawCluster(c); clusters++; }
    });
    state.points = points;
    state.clusters = clusters;
    state.shown = found.shown;
    if (countEl) {
      countEl.textContent = fmtNum(found.shown) + " of " + fmtNum(nLocated) +
        " located sites shown" + (nLocated < n ? "; " + fmtNum(n - nLocated) +
        " unlocated (listed, not drawn)" : "");
    }
  }
  function drawPoint(k) {
    const ll = [S.lat[k], S.lon[k]];
    const r = uncertainty(k);
    if (r) {  // dashed when the radius is the precision class's, not the site's own
      L.circle(ll, { radius: r, renderer: canvas, interactive: false, weight: 1,
        dashArray: S.pm[k] ? null : "4 4",
        color: data.colours[S.type[k]], fillOpacity: 0.1 }).addTo(drawn);
    }
    const el = document.createElement("div");
    el.className = "site-dot";
    el.style.background = data.colours[S.type[k]] || "#999";
    const m = L.marker(ll, { icon: L.divIcon({ html: el, className: "site-marker",
      iconSize: [14, 14] }), keyboard: false });
    m.bindTooltip(esc(S.name[k]));
    m.on("click", () => openSite(k, false));
    m.addTo(drawn);
    const root = m.getElement();
    if (root) root.setAttribute("data-site-id", S.id[k]);
  }
  function drawCluster(c) {
    const size = c.n < 100 ? 30 : c.n < 10000 ? 38 : 46;
    const el = document.createElement("div");
    el.textContent = fmtNum(c.n);
    const m = L.marker([c.lat / c.n, c.lon / c.n], {
      icon: L.divIcon({ html: el, className: "site-cluster", iconSize: [size, size] }),
      keyboard: false });
    m.bindTooltip(fmtNum(c.n) + " sites: click to zoom in");
    m.on("click", () => {
      if ((c.s === c.nn && c.w === c.e) || map.getZoom() >= map.getMaxZoom()) listCluster(c);
      else map.fitBounds([[c.s, c.w], [c.nn, c.e]], { padding: [40, 40] });
    });
    m.addTo(drawn);
    const root = m.getElement();
    if (root) root.setAttribute("data-count", String(c.n));
  }
  function listCluster(c) {
    // Sites at one point never split: list them instead.
    let html = "<b>" + fmtNum(c.n) + ' sites here</b><ul class="cluster-list">';
    let listed = 0;
    for (let k = 0; k < n && listed < 200; k++) {
      if (isShown(k) && S.lat[k] >= c.s && S.lat[k] <= c.nn && S.lon[k] >= c.w &&
          S.lon[k] <= c.e) {
        html += '<li><a href="#' + esc(encodeURIComponent(S.id[k])) + '">' + esc(S.name[k]) +
          "</a></li>";
        listed++;
      }
    }
    L.popup({ maxWidth: 450 }).setLatLng([c.lat / c.n, c.lon / c.n])
      .setContent(html + "</ul>").openOn(map);
  }

  function refresh() {
    if (!booted) return;
    for (let k = 0; k < n; k++) {
      visible[k] = S.type[k] >= 0 && typeOn[S.type[k]] &&
        (tMax === null || S.date[k] === null || S.date[k] <= tMax) ? 1 : 0;
    }
    redraw();
    unlocatedItems.forEach((det, k) => { det.style.display = visible[k] ? "" : "none"; });
  }
  map.on("moveend", redraw);

  // -- open a site: popup on the map, or its entry in the side list ----------------------
  function openSite(k, move) {
    if (located[k]) {
      const ll = L.latLng(S.lat[k], S.lon[k]);
      if (move) map.setView(ll, Math.max(map.getZoom(), 10), { animate: false });
      L.popup({ maxWidth: 450, maxHeight: Math.max(200, map.getSize().y - 120),
        className: "site-popup-wrap", autoPanPadding: [20, 20] }).setLatLng(ll)
        .setContent(popup(k)).openOn(map);
    } else {
      const det = unlocatedItems.get(k);
      if (det) {
        if (det.style.display === "none") det.style.display = "";
        det.open = true;
        fillDetails(det, k);
        det.scrollIntoView({ block: "nearest" });
      }
    }
    if (history.replaceState) history.replaceState(null, "", "#" + encodeURIComponent(S.id[k]));
  }
  function openFromHash() {
    const id = decodeFragment(location.hash);
    if (id && byId.has(id)) openSite(byId.get(id), true);
  }
  window.addEventListener("hashchange", openFromHash);

  // -- unlocated sites: listed beside the map, each with why it has no point -------------
  const unlocatedItems = new Map();
  function fillDetails(det, k) {
    const body = det.querySelector(".unlocated-body");
    if (!body.firstChild) body.innerHTML = popup(k);
  }
  const unl = [];
  for (let i = 0; i < n; i++) if (!located[i]) unl.push(i);
  if (unl.length) {
    panel(map, "bottomleft", (div) => {
      div.id = "unlocated";
      const h = document.createElement("b");
      h.textContent = "Sites with no known location (" + fmtNum(unl.length) + ")";
      div.appendChild(h);
      const p = document.createElement("p");
      p.textContent = "Not drawn: the catalogue records no point for them. Each says why.";
      div.appendChild(p);
      unl.slice(0, UNLOCATED_MAX).forEach((k) => {
        const det = document.createElement("details");
        det.className = "unlocated-site";
        det.id = "unlocated-" + S.id[k];
        det.setAttribute("data-site-id", S.id[k]);
        const sum = document.createElement("summary");
        sum.textContent = S.name[k];
        const why = document.createElement("small");
        why.className = "unlocated-why";
        why.textContent = unlocatedReason(siteRecord(data, k), siteCitations(data, k));
        sum.appendChild(document.createElement("br"));
        sum.appendChild(why);
        det.appendChild(sum);
        const body = document.createElement("div");
        body.className = "unlocated-body";
        det.appendChild(body);
        det.addEventListener("toggle", () => { if (det.open) fillDetails(det, k); });
        div.appendChild(det);
        unlocatedItems.set(k, det);
      });
      if (unl.length > UNLOCATED_MAX) {
        const more = document.createElement("p");
        more.textContent = "\u2026 and " + fmtNum(unl.length - UNLOCATED_MAX) +
          " more: find them with the search box.";
        div.appendChild(more);
      }
    });
  }

  // -- search over names, local names and every alias ------------------------------------
  function foldInIdleTime() {
    const idle = window.requestIdleCallback || ((f) => setTimeout(() => f(null), 1));
    idle((deadline) => {
      const ms = deadline ? Math.max(4, deadline.timeRemaining()) : 8;
      if (index.build(ms)) state.keysReady = true;
      else foldInIdleTime();
    });
  }
  function search(q) {
    const found = index.search(q);
    state.keysReady = index.ready;
    return found;
  }
  panel(map, "topleft", (div) => {
    div.classList.add("catalog-search");
    const input = document.createElement("input");
    input.id = "site-search";
    input.type = "search";
    input.placeholder = "Search names and aliases\u2026";
    input.setAttribute("aria-label", "Search sites by name or alias");
    const list = document.createElement("ul");
    list.id = "search-results";
    div.appendChild(input);
    div.appendChild(list);
    let found = [];
    function run() {
      list.textContent = "";
      if (!index.ready && index.pending && input.value.trim()) {
        // the worker is folding the names: wait for it rather than fold them all here
        const li = document.createElement("li");
        li.className = "search-none";
        li.textContent = "indexing names\u2026";
        list.appendChild(li);
        index.pending.then(run);
        return;
      }
      found = input.value.trim() ? search(input.value) : [];
      found.forEach((r) => {
        const li = document.createElement("li");
        li.className = "search-result";
        li.setAttribute("data-site-id", S.id[r[0]]);
        li.textContent = S.name[r[0]] + (r[1] !== S.name[r[0]] ? " (" + r[1] + ")" : "") +
          (located[r[0]] ? "" : " \u2014 no location");
        li.addEventListener("click", () => openSite(r[0], true));
        list.appendChild(li);
      });
      if (input.value.trim() && !found.length) {
        const li = document.createElement("li");
        li.className = "search-none";
        li.textContent = "no match";
        list.appendChild(li);
      }
    }
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 30);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { run(); if (found.length) openSite(found[0][0], true); }
    });
  });

  // -- time: the sites cited (or first observed) up to a date ----------------------------
  const dates = Array.from(new Set(S.date.filter(Boolean))).sort();
  panel(map, "topright", (div) => {
    div.classList.add("catalog-time");
    countEl = document.createElement("div");
    countEl.id = "site-count";
    if (dates.length) {
      const label = document.createElement("div");
      label.id = "time-label";
      const slider = document.createElement("input");
      slider.type = "range";
      slider.id = "time-slider";
      slider.min = "0";
      slider.max = String(dates.length - 1);
      slider.value = String(dates.length - 1);
      slider.setAttribute("aria-label", "Show sites cited up to this date");
      label.textContent = "Cited up to " + dates[dates.length - 1];
      slider.addEventListener("input", () => {
        const v = Number(slider.value);
        tMax = v >= dates.length - 1 ? null : dates[v];
        label.textContent = "Cited up to " + dates[v];
        refresh();
      });
      div.appendChild(label);
      div.appendChild(slider);
      const note = document.createElement("small");
      note.textContent = "Undated sites are always shown.";
      div.appendChild(note);
    }
    div.appendChild(countEl);
  });

  // -- tools: fullscreen, measure, mouse coordinates (scale bar comes from folium) --------
  function button(id, text, title, onClick) {
    const ctl = L.control({ position: "topleft" });
    ctl.onAdd = function () {
      const div = L.DomUtil.create("div", "leaflet-bar catalog-tool");
      const a = L.DomUtil.create("a", "", div);
      a.id = id;
      a.href = "#";
      a.title = title;
      a.setAttribute("role", "button");
      a.innerHTML = text;  // constant SVG icons only
      L.DomEvent.on(a, "click", (ev) => { L.DomEvent.preventDefault(ev); onClick(a); });
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return ctl.addTo(map);
  }
  button("fullscreen-toggle", ICON_FULLSCREEN, "Full screen", () => {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (container.requestFullscreen) container.requestFullscreen();
  });
  document.addEventListener("fullscreenchange", () => map.invalidateSize());

  const measure = { on: false, pts: [], line: null };
  function measureText() {
    let d = 0;
    for (let j = 1; j < measure.pts.length; j++) d += map.distance(measure.pts[j - 1], measure.pts[j]);
    return d >= 1000 ? (d / 1000).toFixed(2) + " km" : d.toFixed(0) + " m";
  }
  let mouseEl = null;
  let mouseLL = null;
  function showMouse() {
    if (!mouseEl) return;
    const t = mouseLL ? mouseLL.lat.toFixed(5) + ", " + mouseLL.lng.toFixed(5) : "\u2014";
    const m = mouseEl.getAttribute("data-measure");
    mouseEl.textContent = t + (m ? "  |  distance " + m : "");
  }
  button("measure-toggle", ICON_MEASURE, "Measure a distance: click points on the map", (a) => {
    measure.on = !measure.on;
    a.classList.toggle("active", measure.on);
    container.classList.toggle("measuring", measure.on);
    if (measure.on) {
      map.doubleClickZoom.disable();
    } else {
      map.doubleClickZoom.enable();
      if (measure.line) map.removeLayer(measure.line);
      measure.pts = [];
      measure.line = null;
      if (mouseEl) mouseEl.removeAttribute("data-measure");
      showMouse();
    }
  });
  map.on("click", (ev) => {
    if (!measure.on) return;
    measure.pts.push(ev.latlng);
    if (!measure.line) measure.line = L.polyline([], { color: "#c00", weight: 2 }).addTo(map);
    measure.line.setLatLngs(measure.pts);
    if (mouseEl) mouseEl.setAttribute("data-measure", measureText());
    showMouse();
  });
  const mouseCtl = L.control({ position: "bottomleft" });
  mouseCtl.onAdd = function () {
    mouseEl = L.DomUtil.create("div", "catalog-panel");
    mouseEl.id = "mouse-position";
    mouseEl.textContent = "\u2014";
    return mouseEl;
  };
  mouseCtl.addTo(map);
  map.on("mousemove", (ev) => { mouseLL = ev.latlng; showMouse(); });

  // -- first view --------------------------------------------------------------------
  let minLa = 90;
  let maxLa = -90;
  let minLo = 180;
  let maxLo = -180;
  for (let i = 0; i < n; i++) {
    if (!located[i]) continue;
    minLa = Math.min(minLa, S.lat[i]);
    maxLa = Math.max(maxLa, S.lat[i]);
    minLo = Math.min(minLo, S.lon[i]);
    maxLo = Math.max(maxLo, S.lon[i]);
  }
  if (nLocated && opts.zoom !== null && opts.zoom !== undefined) {
    map.setView([(minLa + maxLa) / 2, (minLo + maxLo) / 2], opts.zoom, { animate: false });
  } else if (nLocated) {
    map.fitBounds([[minLa, minLo], [maxLa, maxLo]], { padding: [40, 40], maxZoom: 8,
      animate: false });
  }
  booted = true;
  refresh();
  openFromHash();
  state.ready = true;
  if (!index.pending) foldInIdleTime();
  else {
    index.pending.then((ok) => {
      if (ok) state.keysReady = true;
      else foldInIdleTime();
    });
  }
  window.CatalogMap.last = {
    map: map, data: data, index: index, search: search,
    searchWhenReady: (q) => index.whenReady().then(() => search(q)),
    openSite: (id) => openSite(byId.get(id), true),
  };
}

window.CatalogMap = { load: load, init: init, matchKey: matchKey, esc: esc };
