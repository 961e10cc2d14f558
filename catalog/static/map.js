/* The catalogue map in the browser: clusters, popups, search, time slider, tools.
 *
 * catalog/mapping.py puts the sites in the page once as column-oriented JSON and calls
 * CatalogMap.init(map, data, options). Nothing here trusts a string from the data: every
 * one is escaped by esc() before it reaches innerHTML, or set with textContent, and links
 * are only ever plain http(s) URLs.
 */
(function () {
  "use strict";

  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
  function esc(v) {
    return v === null || v === undefined ? "" : String(v).replace(/[&<>"'`]/g, function (c) {
      return ESC[c];
    });
  }
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\/[^\s"'<>`]+$/i.test(u) ? u : null;
  }

  // The same folding as catalog.gazetteer.match_key, so a typed spelling finds a site
  // whatever the romanization: Yongjo-dong = Yeongjeo-dong = Yŏngjŏ-dong, -ni = -ri.
  function matchKey(name) {
    var t = String(name).toLowerCase().normalize("NFKD").replace(/\p{Mn}/gu, "").normalize("NFC");
    t = t.replace(/[\s'\u2019\u2018`\u02bc\-\u2010\u2013\u2014_.]+/g, " ").trim();
    if (/^[\x00-\x7f]*$/.test(t)) {
      t = t.replace(/(?<=[a-z])[-\s]?(?:ri|ni|li)$/, "ri");
      t = t.replace(/eo/g, "o").replace(/eu/g, "u");
    }
    return t.replace(/ /g, "");
  }

  var ICON_FULLSCREEN = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" ' +
    'stroke="#333" stroke-width="2"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"/></svg>';
  var ICON_MEASURE = '<svg width="18" height="16" viewBox="0 0 18 16" fill="none" stroke="#333" ' +
    'stroke-width="1.5"><rect x="1" y="5" width="16" height="6"/><path d="M4 5v3M7 5v2M10 5v3' +
    'M13 5v2"/></svg>';

  function fmtNum(x) {
    return Number(x).toLocaleString("en-US", { maximumFractionDigits: 0 });
  }

  // A column as map_data() packed it: a list, null (all empty) or dictionary-coded.
  function unpack(c, n) {
    if (c === null || c === undefined) return new Array(n).fill(null);
    if (Array.isArray(c)) return c;
    return c.codes.map(function (k) { return k >= 0 ? c.dict[k] : null; });
  }

  // Read the data blob (plain JSON, or gzipped JSON in base64 for big maps), then draw.
  function load(map, el, opts) {
    var text = el.textContent;
    if (el.getAttribute("data-encoding") !== "gzip+base64") {
      return init(map, JSON.parse(text), opts);
    }
    if (typeof DecompressionStream === "undefined") {
      var msg = L.control({ position: "topright" });
      msg.onAdd = function () {
        var div = L.DomUtil.create("div", "catalog-panel");
        div.textContent = "This browser cannot read the map's compressed data: " +
          "open the file in a current Chrome, Edge, Firefox or Safari.";
        return div;
      };
      return msg.addTo(map);
    }
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (json) {
      init(map, JSON.parse(json), opts);
    });
  }

  function init(map, data, opts) {
    var S = data.sites, n = S.id.length;
    ["local", "asof", "pm", "country", "admin1", "parent", "notes", "date"].forEach(
      function (f) { S[f] = unpack(S[f], n); });
    // Regroup the alias and citation tables per site: [source, supports, quote, note].
    S.aliases = new Array(n).fill(null);
    S.cites = new Array(n).fill(null);
    var A = data.aliases, C = data.cites, r;
    for (r = 0; r < A.site.length; r++) (S.aliases[A.site[r]] = S.aliases[A.site[r]] || []).push(A.alias[r]);
    var notes = unpack(C.note, C.site.length);
    for (r = 0; r < C.site.length; r++) {
      (S.cites[C.site[r]] = S.cites[C.site[r]] || []).push([C.src[r], C.sup[r], C.quote[r], notes[r]]);
    }
    var byId = new Map();
    var X = new Float64Array(n), Y = new Float64Array(n);
    var located = new Uint8Array(n), visible = new Uint8Array(n);
    var i;
    for (i = 0; i < n; i++) {
      byId.set(S.id[i], i);
      if (S.lat[i] !== null && S.lon[i] !== null) {
        located[i] = 1;
        // Web Mercator in [0, 1]: the grid clustering works in these units.
        var lat = Math.max(-85.05, Math.min(85.05, S.lat[i]));
        X[i] = (S.lon[i] + 180) / 360;
        Y[i] = (1 - Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360)) / Math.PI) / 2;
      }
    }
    var typeOn = data.types.map(function () { return true; });
    var tMax = null; // show sites dated up to this day; null = all
    var booted = false; // layer "add" events fire while the controls are still being built
    var canvas = L.canvas({ padding: 0.3 });
    var drawn = L.layerGroup().addTo(map);
    var state = { points: 0, clusters: 0, shown: 0 };
    window.catalogMapState = state;

    // -- basemaps ------------------------------------------------------------------------
    var bases = {};
    (opts.tiles || []).forEach(function (t, k) {
      var layer = L.tileLayer(t.url, { attribution: t.attribution, maxZoom: 19 });
      bases[esc(t.name)] = layer;
      if (k === 0) layer.addTo(map);
    });
    if (opts.outlines) {
      var o = opts.outlines;
      var outl = L.layerGroup([
        L.geoJSON(o.countries, { renderer: canvas, interactive: false,
          style: { color: "#6b6b6b", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 } }),
        L.geoJSON(o.provinces, { renderer: canvas, interactive: false,
          style: { color: "#a3a3a3", weight: 0.7, dashArray: "3 3", fill: false } }),
      ]);
      outl.getAttribution = function () { return esc(o.attribution); };
      bases["Outlines (Natural Earth, offline)"] = outl;
      outl.addTo(map);
      map.getContainer().classList.add("catalog-offline");
    }

    // -- facility types: one overlay each, doubling as the legend's switches -------------
    var overlays = {};
    var counts = data.types.map(function () { return 0; });
    for (i = 0; i < n; i++) if (S.type[i] >= 0) counts[S.type[i]]++;
    data.types.forEach(function (t, k) {
      if (!counts[k]) return;
      var g = L.layerGroup();
      g.on("add", function () { typeOn[k] = true; refresh(); });
      g.on("remove", function () { typeOn[k] = false; refresh(); });
      overlays['<span class="swatch" style="background:' + esc(data.colours[k]) + '"></span>' +
        esc(t) + " (" + fmtNum(counts[k]) + ")"] = g;
      g.addTo(map);
    });
    L.control.layers(bases, overlays, { collapsed: false, position: "topright" }).addTo(map);

    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "catalog-panel");
      div.id = "legend";
      var html = "<b>Facility type</b>";
      data.types.forEach(function (t, k) {
        if (counts[k]) html += '<div><span class="swatch" style="background:' +
          esc(data.colours[k]) + '"></span>' + esc(t) + "</div>";
      });
      html += '<div><span class="swatch cluster-swatch"></span>cluster (click to zoom in)</div>';
      div.innerHTML = html;
      return div;
    };
    legend.addTo(map);

    // -- popups ----------------------------------------------------------------------------
    function locationText(k) {
      if (!located[k]) return "location unknown";
      var lat = S.lat[k], lon = S.lon[k];
      var txt = Math.abs(lat).toFixed(6) + (lat >= 0 ? " N" : " S") + ", " +
        Math.abs(lon).toFixed(6) + (lon >= 0 ? " E" : " W");
      var p = data.precisions[S.prec[k]] || "unknown";
      if (S.pm[k]) p += ", \u00b1" + fmtNum(S.pm[k]) + " m";
      else if (uncertainty(k)) p += ", about \u00b1" + fmtNum(uncertainty(k)) + " m for its class";
      return txt + " (" + p + "; " + (data.methods[S.meth[k]] || "method not recorded") + ")";
    }
    function citationHtml(c) {
      var src = data.sources[c[0]] || [];
      var title = esc(src[1]);
      var url = safeUrl(src[4]);
      if (url) title = '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' +
        title + "</a>";
      var meta = [src[2], src[3]].filter(Boolean).map(esc).join(", ");
      var supports = data.supports[c[1]] || "";
      var quote = c[2] ? "<q>" + esc(c[2]) + "</q>" : "<i>" + esc(c[3] || "no quote") + "</i>";
      return '<li class="citation" data-supports="' + esc(supports) + '">' + quote +
        "<br>\u2014 " + title + (meta ? ", " + meta : "") + " <small>(" + esc(supports) +
        ")</small>" + (c[2] && c[3] ? "<br><small>" + esc(c[3]) + "</small>" : "") + "</li>";
    }
    function popupHtml(k) {
      var others = (S.aliases[k] || []).filter(function (a) { return a !== S.name[k] && a !== S.local[k]; });
      var status = esc(data.statuses[S.status[k]] || "unknown") +
        (S.asof[k] ? " (as of " + esc(S.asof[k]) + ")" : "");
      var rows = [
        ["Also known as", others.length ? others.map(esc).join(", ") : "\u2014"],
        ["Type", esc(data.types[S.type[k]])],
        ["Status", status],
        ["Location", esc(locationText(k))],
      ];
      if (S.local[k]) rows.splice(1, 0, ["Local name", esc(S.local[k])]);
      if (S.admin1[k] || S.country[k]) {
        rows.push(["Area", [S.admin1[k], S.country[k]].filter(Boolean).map(esc).join(", ")]);
      }
      if (S.parent[k]) rows.push(["Part of", '<a href="#' + esc(encodeURIComponent(S.parent[k])) +
        '">' + esc(S.parent[k]) + "</a>"]);
      if (S.notes[k]) rows.push(["Notes", esc(S.notes[k])]);
      var cites = S.cites[k] || [];
      return '<div class="site-popup" data-site-id="' + esc(S.id[k]) + '"><h4>' + esc(S.name[k]) +
        "</h4><table>" + rows.map(function (r) {
          return "<tr><th>" + r[0] + "</th><td>" + r[1] + "</td></tr>";
        }).join("") + "</table><b>Citations (" + cites.length + ")</b><ol>" +
        (cites.map(citationHtml).join("") || "<li>no citation</li>") + "</ol>" +
        '<a class="permalink" href="#' + esc(encodeURIComponent(S.id[k])) + '">link to this site</a></div>';
    }

    // -- clustering: a pixel grid over the current view, redone on every move ------------
    var CELL = 60; // px
    function dot(k) {
      var el = document.createElement("div");
      el.className = "site-dot";
      el.style.background = data.colours[S.type[k]] || "#999";
      return el;
    }
    function redraw() {
      if (!booted) return;
      drawn.clearLayers();
      var z = map.getZoom();
      var b = map.getBounds().pad(0.2);
      var w = b.getWest(), e = b.getEast(), s = b.getSouth(), nn = b.getNorth();
      var size = CELL / (256 * Math.pow(2, z));
      var cells = new Map();
      var shown = 0;
      for (var k = 0; k < n; k++) {
        if (!visible[k] || !located[k]) continue;
        shown++;
        var la = S.lat[k], lo = S.lon[k];
        if (la < s || la > nn || lo < w || lo > e) continue;
        var key = Math.floor(X[k] / size) * 16777216 + Math.floor(Y[k] / size);
        var c = cells.get(key);
        if (!c) cells.set(key, c = { n: 0, first: k, lat: 0, lon: 0, s: la, w: lo, nn: la, e: lo });
        c.n++; c.lat += la; c.lon += lo;
        if (la < c.s) c.s = la; if (la > c.nn) c.nn = la;
        if (lo < c.w) c.w = lo; if (lo > c.e) c.e = lo;
      }
      var points = 0, clusters = 0;
      cells.forEach(function (c) {
        if (c.n === 1) { drawPoint(c.first); points++; } else { drawCluster(c); clusters++; }
      });
      state.points = points; state.clusters = clusters; state.shown = shown;
      if (countEl) countEl.textContent = fmtNum(shown) + " of " + fmtNum(located.reduce(
        function (a, v) { return a + v; }, 0)) + " located sites shown";
    }
    function uncertainty(k) {
      return S.pm[k] || (data.class_radius && data.class_radius[S.prec[k]]) || 0;
    }
    function drawPoint(k) {
      var ll = [S.lat[k], S.lon[k]];
      var r = uncertainty(k);
      if (r) {  // dashed when the radius is the precision class's, not the site's own
        L.circle(ll, { radius: r, renderer: canvas, interactive: false, weight: 1,
          dashArray: S.pm[k] ? null : "4 4",
          color: data.colours[S.type[k]], fillOpacity: 0.1 }).addTo(drawn);
      }
      var el = dot(k);
      var m = L.marker(ll, { icon: L.divIcon({ html: el, className: "site-marker", iconSize: [14, 14] }),
        keyboard: false });
      m.bindTooltip(esc(S.name[k]));
      m.on("click", function () { openSite(k, false); });
      m.addTo(drawn);
      var root = m.getElement();
      if (root) root.setAttribute("data-site-id", S.id[k]);
    }
    function drawCluster(c) {
      var size = c.n < 100 ? 30 : c.n < 10000 ? 38 : 46;
      var el = document.createElement("div");
      el.textContent = fmtNum(c.n);
      var m = L.marker([c.lat / c.n, c.lon / c.n], {
        icon: L.divIcon({ html: el, className: "site-cluster", iconSize: [size, size] }),
        keyboard: false });
      m.bindTooltip(fmtNum(c.n) + " sites: click to zoom in");
      m.on("click", function () {
        if (c.s === c.nn && c.w === c.e || map.getZoom() >= map.getMaxZoom()) {
          listCluster(c);
        } else {
          map.fitBounds([[c.s, c.w], [c.nn, c.e]], { padding: [40, 40] });
        }
      });
      m.addTo(drawn);
      var root = m.getElement();
      if (root) root.setAttribute("data-count", String(c.n));
    }
    function listCluster(c) {
      // Sites at one point never split: list them instead.
      var html = "<b>" + fmtNum(c.n) + " sites here</b><ul class=\"cluster-list\">";
      var shownItems = 0;
      for (var k = 0; k < n && shownItems < 200; k++) {
        if (visible[k] && located[k] && S.lat[k] >= c.s && S.lat[k] <= c.nn &&
            S.lon[k] >= c.w && S.lon[k] <= c.e) {
          html += '<li><a href="#' + esc(encodeURIComponent(S.id[k])) + '">' + esc(S.name[k]) + "</a></li>";
          shownItems++;
        }
      }
      L.popup({ maxWidth: 450 }).setLatLng([c.lat / c.n, c.lon / c.n])
        .setContent(html + "</ul>").openOn(map);
    }

    function refresh() {
      if (!booted) return;
      for (var k = 0; k < n; k++) {
        visible[k] = S.type[k] >= 0 && typeOn[S.type[k]] && (tMax === null || S.date[k] === null ||
          S.date[k] <= tMax) ? 1 : 0;
      }
      redraw();
      refreshUnlocated();
    }
    map.on("moveend", redraw);

    // -- open a site: popup on the map, or its entry in the side list ----------------------
    function openSite(k, move) {
      if (located[k]) {
        var ll = L.latLng(S.lat[k], S.lon[k]);
        if (move) map.setView(ll, Math.max(map.getZoom(), 10), { animate: false });
        L.popup({ maxWidth: 450, maxHeight: Math.max(200, map.getSize().y - 120),
          className: "site-popup-wrap", autoPanPadding: [20, 20] }).setLatLng(ll)
          .setContent(popupHtml(k)).openOn(map);
      } else {
        var det = unlocatedItems.get(k);
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
      var id = decodeURIComponent((location.hash || "").slice(1));
      if (id && byId.has(id)) openSite(byId.get(id), true);
    }
    window.addEventListener("hashchange", openFromHash);

    // -- unlocated sites: listed beside the map, never drawn ------------------------------
    var unlocatedItems = new Map();
    var UNLOCATED_MAX = 2000;
    function fillDetails(det, k) {
      var body = det.querySelector(".unlocated-body");
      if (!body.firstChild) body.innerHTML = popupHtml(k);
    }
    var unl = [];
    for (i = 0; i < n; i++) if (!located[i]) unl.push(i);
    if (unl.length) {
      var panel = L.control({ position: "bottomleft" });
      panel.onAdd = function () {
        var div = L.DomUtil.create("div", "catalog-panel");
        div.id = "unlocated";
        var h = document.createElement("b");
        h.textContent = "Sites with no known location (" + fmtNum(unl.length) + ")";
        div.appendChild(h);
        var p = document.createElement("p");
        p.textContent = "Not drawn: no source gives their position.";
        div.appendChild(p);
        unl.slice(0, UNLOCATED_MAX).forEach(function (k) {
          var det = document.createElement("details");
          det.className = "unlocated-site";
          det.id = "unlocated-" + S.id[k];
          det.setAttribute("data-site-id", S.id[k]);
          var sum = document.createElement("summary");
          sum.textContent = S.name[k];
          det.appendChild(sum);
          var body = document.createElement("div");
          body.className = "unlocated-body";
          det.appendChild(body);
          det.addEventListener("toggle", function () { if (det.open) fillDetails(det, k); });
          div.appendChild(det);
          unlocatedItems.set(k, det);
        });
        if (unl.length > UNLOCATED_MAX) {
          var more = document.createElement("p");
          more.textContent = "\u2026 and " + fmtNum(unl.length - UNLOCATED_MAX) +
            " more: find them with the search box.";
          div.appendChild(more);
        }
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      };
      panel.addTo(map);
    }
    function refreshUnlocated() {
      unlocatedItems.forEach(function (det, k) { det.style.display = visible[k] ? "" : "none"; });
    }

    // -- search over names, local names and every alias ------------------------------------
    var keys = null;
    function buildKeys() {
      keys = new Array(n);
      for (var k = 0; k < n; k++) {
        var names = [S.name[k]];
        if (S.local[k]) names.push(S.local[k]);
        if (S.aliases[k]) names = names.concat(S.aliases[k]);
        keys[k] = names.map(function (x) { return [matchKey(x), x]; });
      }
    }
    function search(q) {
      if (!keys) buildKeys();
      var qk = matchKey(q);
      if (!qk) return [];
      var exact = [], prefix = [], part = [];
      for (var k = 0; k < n; k++) {
        var ks = keys[k], best = 3, label = null;
        for (var j = 0; j < ks.length; j++) {
          var key = ks[j][0], rank = key === qk ? 0 : key.indexOf(qk) === 0 ? 1 :
            key.indexOf(qk) > 0 ? 2 : 3;
          if (rank < best) { best = rank; label = ks[j][1]; }
        }
        if (best === 0) exact.push([k, label]);
        else if (best === 1 && prefix.length < 50) prefix.push([k, label]);
        else if (best === 2 && part.length < 50) part.push([k, label]);
      }
      return exact.concat(prefix, part).slice(0, 20);
    }
    var searchCtl = L.control({ position: "topleft" });
    searchCtl.onAdd = function () {
      var div = L.DomUtil.create("div", "catalog-panel catalog-search");
      var input = document.createElement("input");
      input.id = "site-search";
      input.type = "search";
      input.placeholder = "Search names and aliases\u2026";
      input.setAttribute("aria-label", "Search sites by name or alias");
      var list = document.createElement("ul");
      list.id = "search-results";
      div.appendChild(input);
      div.appendChild(list);
      var found = [];
      function run() {
        list.textContent = "";
        found = input.value.trim() ? search(input.value) : [];
        found.forEach(function (r) {
          var li = document.createElement("li");
          li.className = "search-result";
          li.setAttribute("data-site-id", S.id[r[0]]);
          li.textContent = S.name[r[0]] + (r[1] !== S.name[r[0]] ? " (" + r[1] + ")" : "") +
            (located[r[0]] ? "" : " \u2014 no location");
          li.addEventListener("click", function () { openSite(r[0], true); });
          list.appendChild(li);
        });
        if (input.value.trim() && !found.length) {
          var li = document.createElement("li");
          li.className = "search-none";
          li.textContent = "no match";
          list.appendChild(li);
        }
      }
      var timer = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(run, n > 20000 ? 200 : 30);
      });
      input.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { run(); if (found.length) openSite(found[0][0], true); }
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    searchCtl.addTo(map);

    // -- time: the sites cited (or first observed) up to a date ----------------------------
    var countEl = null;
    var dates = Array.from(new Set(S.date.filter(Boolean))).sort();
    var timeCtl = L.control({ position: "topright" });
    timeCtl.onAdd = function () {
      var div = L.DomUtil.create("div", "catalog-panel catalog-time");
      var label = document.createElement("div");
      label.id = "time-label";
      countEl = document.createElement("div");
      countEl.id = "site-count";
      if (dates.length) {
        var slider = document.createElement("input");
        slider.type = "range";
        slider.id = "time-slider";
        slider.min = "0";
        slider.max = String(dates.length - 1);
        slider.value = String(dates.length - 1);
        slider.setAttribute("aria-label", "Show sites cited up to this date");
        label.textContent = "Cited up to " + dates[dates.length - 1];
        slider.addEventListener("input", function () {
          var v = Number(slider.value);
          tMax = v >= dates.length - 1 ? null : dates[v];
          label.textContent = "Cited up to " + dates[v];
          refresh();
        });
        div.appendChild(label);
        div.appendChild(slider);
        var note = document.createElement("small");
        note.textContent = "Undated sites are always shown.";
        div.appendChild(note);
      }
      div.appendChild(countEl);
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    timeCtl.addTo(map);

    // -- tools: fullscreen, measure, mouse coordinates (scale bar comes from folium) --------
    function button(id, text, title, onClick) {
      var ctl = L.control({ position: "topleft" });
      ctl.onAdd = function () {
        var div = L.DomUtil.create("div", "leaflet-bar catalog-tool");
        var a = L.DomUtil.create("a", "", div);
        a.id = id; a.href = "#"; a.title = title; a.setAttribute("role", "button");
        a.innerHTML = text; // constant SVG icons only
        L.DomEvent.on(a, "click", function (ev) { L.DomEvent.preventDefault(ev); onClick(a); });
        L.DomEvent.disableClickPropagation(div);
        return div;
      };
      return ctl.addTo(map);
    }
    button("fullscreen-toggle", ICON_FULLSCREEN, "Full screen", function () {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (map.getContainer().requestFullscreen) map.getContainer().requestFullscreen();
    });
    document.addEventListener("fullscreenchange", function () { map.invalidateSize(); });

    var measure = { on: false, pts: [], line: null, label: null };
    function measureText() {
      var d = 0;
      for (var j = 1; j < measure.pts.length; j++) d += map.distance(measure.pts[j - 1], measure.pts[j]);
      return d >= 1000 ? (d / 1000).toFixed(2) + " km" : d.toFixed(0) + " m";
    }
    button("measure-toggle", ICON_MEASURE, "Measure a distance: click points on the map",
      function (a) {
        measure.on = !measure.on;
        a.classList.toggle("active", measure.on);
        map.getContainer().classList.toggle("measuring", measure.on);
        if (measure.on) { map.doubleClickZoom.disable(); }
        else {
          map.doubleClickZoom.enable();
          if (measure.line) map.removeLayer(measure.line);
          measure.pts = []; measure.line = null;
          if (mouseEl) mouseEl.removeAttribute("data-measure");
          showMouse();
        }
      });
    map.on("click", function (ev) {
      if (!measure.on) return;
      measure.pts.push(ev.latlng);
      if (!measure.line) measure.line = L.polyline([], { color: "#c00", weight: 2 }).addTo(map);
      measure.line.setLatLngs(measure.pts);
      if (mouseEl) mouseEl.setAttribute("data-measure", measureText());
      showMouse();
    });

    var mouseEl = null, mouseLL = null;
    function showMouse() {
      if (!mouseEl) return;
      var t = mouseLL ? mouseLL.lat.toFixed(5) + ", " + mouseLL.lng.toFixed(5) : "\u2014";
      var m = mouseEl.getAttribute("data-measure");
      mouseEl.textContent = t + (m ? "  |  distance " + m : "");
    }
    var mouseCtl = L.control({ position: "bottomleft" });
    mouseCtl.onAdd = function () {
      mouseEl = L.DomUtil.create("div", "catalog-panel");
      mouseEl.id = "mouse-position";
      mouseEl.textContent = "\u2014";
      return mouseEl;
    };
    mouseCtl.addTo(map);
    map.on("mousemove", function (ev) { mouseLL = ev.latlng; showMouse(); });

    // -- first view --------------------------------------------------------------------
    var minLa = 90, maxLa = -90, minLo = 180, maxLo = -180, any = false;
    for (i = 0; i < n; i++) {
      if (!located[i]) continue;
      any = true;
      if (S.lat[i] < minLa) minLa = S.lat[i]; if (S.lat[i] > maxLa) maxLa = S.lat[i];
      if (S.lon[i] < minLo) minLo = S.lon[i]; if (S.lon[i] > maxLo) maxLo = S.lon[i];
    }
    if (any && opts.zoom !== null && opts.zoom !== undefined) {
      map.setView([(minLa + maxLa) / 2, (minLo + maxLo) / 2], opts.zoom, { animate: false });
    } else if (any) {
      map.fitBounds([[minLa, minLo], [maxLa, maxLo]], { padding: [40, 40], maxZoom: 8, animate: false });
    }
    booted = true;
    refresh();
    openFromHash();
    state.ready = true;
    window.CatalogMap.last = { map: map, openSite: function (id) { openSite(byId.get(id), true); },
      search: search };
  }

  window.CatalogMap = { load: load, init: init, matchKey: matchKey, esc: esc, safeUrl: safeUrl };
})();
