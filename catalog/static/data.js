/* The map's data as catalog/mapping.py packs it (map_data): reading the blob, unpacking its
 * columns, and one site's record and citations for the popup.
 */

/** A column as map_data() packed it: a list, null (all empty), dictionary-coded
 * ({dict, codes}, code -1 = null) or delta-coded ({delta}: running sums). */
export function unpack(column, n) {
  if (column === null || column === undefined) return new Array(n).fill(null);
  if (Array.isArray(column)) return column;
  if (column.delta) {
    const out = new Array(column.delta.length);
    let sum = 0;
    for (let i = 0; i < out.length; i++) out[i] = sum += column.delta[i];
    return out;
  }
  return column.codes.map((k) => (k >= 0 ? column.dict[k] : null));
}

/** The bytes behind a blob's text: base64 (any browser) or base128 (7 bits a character:
 * each character's code, less 128 for the few written as U+0080-U+00FF, is 7 bits). */
export function blobBytes(encoding, text) {
  if (encoding.endsWith("+base64")) {
    const bin = atob(text);
    const bytes = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    return bytes;
  }
  // base128: groups of 8 characters carry 7 bytes; the last group may be shorter.
  const n = text.length;
  const bytes = new Uint8Array(Math.floor(n * 7 / 8));
  let acc = 0;
  let bits = 0;
  let out = 0;
  for (let k = 0; k < n; k++) {
    acc = (acc << 7) | (text.charCodeAt(k) & 127);
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (acc >> bits) & 255;
      acc &= (1 << bits) - 1;
    }
  }
  return bytes.subarray(0, out);
}

/** Parse a blob element's text (plain JSON, or gzipped JSON in base64 or base128). */
export function readBlob(encoding, text) {
  if (encoding === "json") return Promise.resolve(JSON.parse(text));
  if (typeof DecompressionStream === "undefined") {
    return Promise.reject(new Error("This browser cannot read the map's compressed data: " +
      "open the file in a current Chrome, Edge, Firefox or Safari."));
  }
  const stream = new Blob([blobBytes(encoding, text)]).stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text().then(JSON.parse);
}

const SITE_COLUMNS = ["local", "asof", "pm", "meth", "lsrc", "review", "country", "admin1",
  "parent", "notes", "date"];

/** Put the names blob (name, local, alias, search; see mapping.py) back into the data. */
export function mergeNames(data, names) {
  data.sites.name = names.name;
  data.sites.local = names.local;
  data.aliases.alias = names.alias;
  data.search = names.search;
  return data;
}

/** Unpack the site columns in place and regroup the alias and citation tables per site. */
export function prepare(data) {
  const S = data.sites;
  const n = S.id.length;
  SITE_COLUMNS.forEach((f) => { S[f] = unpack(S[f], n); });
  const A = data.aliases;
  A.site = unpack(A.site, A.alias.length);
  const C = data.cites;
  C.site = unpack(C.site, C.src.length);
  C.note = unpack(C.note, C.site.length);
  A.rows = rowsBySite(A.site, n);
  C.rows = rowsBySite(C.site, n);
  return data;
}

/**
 * A table's rows grouped by site without an array per site (a million small arrays cost
 * seconds): {start, row}, site k's rows being row[start[k]] .. row[start[k + 1] - 1], in
 * table order.
 */
export function rowsBySite(site, n) {
  const start = new Int32Array(n + 1);
  for (let r = 0; r < site.length; r++) start[site[r] + 1]++;
  for (let k = 0; k < n; k++) start[k + 1] += start[k];
  const fill = start.slice(0, n);
  const row = new Int32Array(site.length);
  for (let r = 0; r < site.length; r++) row[fill[site[r]]++] = r;
  return { start: start, row: row };
}

function rowsOf(table, k) {
  const out = [];
  for (let i = table.rows.start[k]; i < table.rows.start[k + 1]; i++) out.push(table.rows.row[i]);
  return out;
}

/** Site k's aliases. */
export function siteAliases(data, k) {
  return rowsOf(data.aliases, k).map((r) => data.aliases.alias[r]);
}

/**
 * The search's entries: every site's name, then the local names (in site order), then the
 * aliases, each with its site and, for names not in ASCII, the key and words map_data()
 * shipped (null elsewhere). Works on the data as read or as prepared.
 */
export function searchEntries(data) {
  const S = data.sites;
  const n = S.name.length;
  const names = S.name.slice();
  const owner = Array.from({ length: n }, (_, k) => k);
  const local = unpack(S.local, n);
  for (let k = 0; k < n; k++) if (local[k]) { names.push(local[k]); owner.push(k); }
  const A = data.aliases;
  const aliasSite = unpack(A.site, A.alias.length);
  for (let r = 0; r < A.alias.length; r++) { names.push(A.alias[r]); owner.push(aliasSite[r]); }
  return { names: names, owner: owner, keys: unpack(data.search.key, names.length),
    words: unpack(data.search.words, names.length) };
}

/** Site k as a record with catalog.model.Site's fields (what popup.js takes). */
export function siteRecord(data, k) {
  const S = data.sites;
  return {
    site_id: S.id[k], name: S.name[k], name_local: S.local[k],
    facility_type: data.types[S.type[k]], status: data.statuses[S.status[k]],
    status_as_of: S.asof[k], lat: S.lat[k], lon: S.lon[k],
    location_precision: data.precisions[S.prec[k]], precision_m: S.pm[k],
    location_method: S.meth[k], location_source_id: S.lsrc[k], country: S.country[k],
    admin1: S.admin1[k], parent_site_id: S.parent[k], notes: S.notes[k],
    review_status: S.review[k],
  };
}

/** Site k's citations, each with its source's fields. */
export function siteCitations(data, k) {
  const C = data.cites;
  return rowsOf(C, k).map((r) => {
    const src = data.sources[C.src[r]] || [];
    return {
      source_id: src[0], title: src[1], publisher: src[2], published: src[3], url: src[4],
      supports: data.supports[C.sup[r]], quote: C.quote[r], note: C.note[r],
    };
  });
}

/** The uncertainty site k's precision class implies (0 if none). */
export function classRadius(data, k) {
  return (data.class_radius && data.class_radius[data.sites.prec[k]]) || 0;
}
