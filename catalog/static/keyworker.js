/* The search's key folding in a Web Worker. The page starts it (from this module's text,
 * inlined by catalog/mapping.py) as soon as it loads, with the text of the names blob (the
 * names, local names and aliases travel apart from the rest of the data for this): the
 * worker reads those on the other core and folds them while the page reads and draws the
 * map, so that 100,000 sites have their keys by the time the map is ready.
 *
 * Message in: {encoding, text} of the names blob; out: {keys, words, ms}, the match keys
 * and folded words (matchkey.searchForms) of every search entry (data.searchEntries),
 * each list joined by newlines (one string crosses between threads much faster than
 * 100,000), and the milliseconds spent folding.
 */

import { readBlob, searchEntries } from "./data.js";
import { searchForms } from "./matchkey.js";

/** Fold the names whose key or words are not known yet (null): {keys, words}. */
export function foldAll(names, keys, words) {
  const outKeys = keys ? keys.slice() : new Array(names.length).fill(null);
  const outWords = words ? words.slice() : new Array(names.length).fill(null);
  for (let i = 0; i < names.length; i++) {
    if (outKeys[i] !== null && outWords[i] !== null) continue;
    const forms = searchForms(names[i]);
    if (outKeys[i] === null) outKeys[i] = forms[0];
    if (outWords[i] === null) outWords[i] = forms[1];
  }
  return { keys: outKeys, words: outWords };
}

/** The worker's answer to the names blob's {encoding, text}. */
export function foldNamesBlob(message) {
  return readBlob(message.encoding, message.text).then((names) => {
    const start = performance.now();
    const entries = searchEntries({ sites: { name: names.name, local: names.local },
      aliases: { alias: names.alias }, search: names.search });
    const folded = foldAll(entries.names, entries.keys, entries.words);
    return { keys: folded.keys.join("\n"), words: folded.words.join("\n"),
      ms: performance.now() - start };
  });
}

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  self.onmessage = (event) => {
    foldNamesBlob(event.data).then((answer) => self.postMessage(answer),
      (err) => self.postMessage({ error: String(err) }));
  };
}
