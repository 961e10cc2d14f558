/* Search over every name, local name and alias, whatever the romanization.
 *
 * Each name is compared by its match key (matchkey.js), and by its folded words joined by
 * spaces: the key runs words together and folds across them ("missile operating" becomes
 * "missiloperating"), so a search for "missile" looks in the words too. Keys of names in
 * other scripts come with the data, folded by Python; the rest are folded here: in a Web
 * Worker started as the page loads (foldInWorker), else in slices of idle time after the
 * map is drawn (build(ms)), so a 100,000-site map has its keys before anyone types. A search
 * that comes first waits for the worker (whenReady) or finishes the folding itself.
 */

import { searchForms } from "./matchkey.js";

export class NameIndex {
  /**
   * names: the searchable strings; site: the site each belongs to (same length); keys and
   * words: their match keys and folded words where already known (null where not).
   */
  constructor(names, site, keys, words) {
    this.names = names;
    this.site = site;
    this.keys = keys ? keys.slice() : new Array(names.length).fill(null);
    this.words = words ? words.slice() : new Array(names.length).fill(null);
    this.next = 0;  // keys before this position are all known
    let maxSite = -1;
    for (let i = 0; i < site.length; i++) if (site[i] > maxSite) maxSite = site[i];
    this.nSites = maxSite + 1;
  }

  /** Fold keys for at most `ms` milliseconds (all if ms is Infinity); true when done. */
  build(ms) {
    const stop = performance.now() + ms;
    const { names, keys, words } = this;
    const n = names.length;
    let i = this.next;
    while (i < n) {
      const end = Math.min(n, i + 2000);
      for (; i < end; i++) {
        if (keys[i] !== null && words[i] !== null) continue;
        const forms = searchForms(names[i]);
        if (keys[i] === null) keys[i] = forms[0];
        if (words[i] === null) words[i] = forms[1];
      }
      if (performance.now() >= stop) break;
    }
    this.next = i;
    return i >= n;
  }

  get ready() {
    return this.next >= this.names.length;
  }

  /**
   * Take the keys a worker folds (foldInWorker's promise of keyworker.js's answer):
   * this.pending resolves to true once they are in, false if the worker failed (then fold
   * with build()).
   */
  adopt(folded) {
    this.pending = folded.then((answer) => {
      this.pending = null;
      if (!answer || answer.error) return false;
      const keys = answer.keys.split("\n");
      const words = answer.words.split("\n");
      if (keys.length !== this.names.length) return false;
      for (let i = 0; i < keys.length; i++) {
        if (this.keys[i] === null) this.keys[i] = keys[i];
        if (this.words[i] === null) this.words[i] = words[i];
      }
      this.next = this.names.length;
      this.viaWorker = true;
      this.workerMs = answer.ms;
      return true;
    });
  }

  /** A promise that resolves once every key is known (waiting for the worker, if any). */
  whenReady() {
    if (this.ready) return Promise.resolve();
    if (this.pending) return this.pending.then(() => { this.build(Infinity); });
    this.build(Infinity);
    return Promise.resolve();
  }

  /**
   * The sites whose names match `query`: exact key matches first, then keys that start with
   * it, then keys or words that contain it; each as [site, the name that matched]; at most
   * `limit`. keep(site), if given, filters the sites.
   */
  search(query, limit = 20, keep = null) {
    const [q, qWords] = searchForms(query);
    if (!q) return [];
    this.build(Infinity);
    const { keys, words, site, names } = this;
    const best = new Uint8Array(this.nSites).fill(3);
    const label = new Int32Array(this.nSites);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const at = key.indexOf(q);
      if (at < 0 && words[i].indexOf(qWords) < 0) continue;
      const k = site[i];
      const rank = at === 0 ? (key.length === q.length ? 0 : 1) : 2;
      if (rank < best[k]) {
        best[k] = rank;
        label[k] = i;
      }
    }
    const out = [];
    for (let rank = 0; rank < 3 && out.length < limit; rank++) {
      for (let k = 0; k < best.length && out.length < limit; k++) {
        if (best[k] === rank && (!keep || keep(k))) out.push([k, names[label[k]]]);
      }
    }
    return out;
  }
}

/**
 * Start a Web Worker from `source` (keyworker.js bundled) on `message` (the names blob's
 * {encoding, text}): a promise of its answer, or null if no worker could be started.
 */
export function foldInWorker(source, message) {
  if (typeof Worker === "undefined" || !source) return null;
  let worker;
  try {
    worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  } catch (err) {
    return null;
  }
  return new Promise((resolve) => {
    worker.onmessage = (event) => { worker.terminate(); resolve(event.data); };
    worker.onerror = (event) => {
      if (event.preventDefault) event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    worker.postMessage(message);
  });
}
