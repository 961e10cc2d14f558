/* The name key of catalog.gazetteer.match_key, in the browser: the map's search folds what
 * is typed the way Python folded the names, so Yongjo-dong finds Yeongjeo-dong (= Yŏngjŏ-dong)
 * and Hoejung-ri finds Hoejung-ni. tests/js/matchkey.test.mjs and tests/test_mapping.py hold
 * it to the Python on the same names.
 *
 * Python's steps, one for one: words are runs of letters and digits (Python's [^\W_]) joined
 * by single apostrophes; each word is case-folded, loses a possessive 's, is decomposed
 * (NFKD), loses its combining marks and apostrophes and is recomposed (NFC); an ASCII word
 * then folds eo -> o, eu -> u, shi -> si to a fixed point, and "ni"/"li" -> "ri". The words
 * are run together and folded again; a single word ending in a glued -ni/-li after a
 * consonant ends in -ri. Repeated until the key is its own key (at most three more times).
 */

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc\u2018`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['\u2019\u02bc\u2018`]/g;
// Python drops characters whose canonical combining class is not 0; that is every
// nonspacing mark (Mn) that NFKD can produce from a letter except these five (ccc 0).
const COMBINING = /(?![\u0e4d\u0ecd\u0fb5\u0fb7\u102e])\p{Mn}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const GLUED_RI = /(?:ng|[mnl])[nl]i$/;

// Full case folding (Python's str.casefold) where it differs from toLowerCase() in a way
// that survives NFKD: sharp s, final sigma, Cherokee, Cyrillic variant letters, and Greek
// letters with a subscript iota, which fold to the letter and an iota.
const FOLD = { "\u00df": "ss", "\u03c2": "\u03c3" };
"\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\ua64b".split("").forEach(function (c, i) {
  FOLD[String.fromCharCode(0x1c80 + i)] = c;
});
const FOLD_CHARS = /[\u00df\u03c2\u1c80-\u1c88\uab70-\uabbf\u13f8-\u13fd\u1f80-\u1fff]/g;
function foldChar(c) {
  const code = c.charCodeAt(0);
  if (code >= 0x1f80 && code <= 0x1fff) {
    const d = c.normalize("NFD");
    return d.indexOf("\u0345") < 0 ? c : d.replace("\u0345", "\u03b9").normalize("NFC");
  }
  if (code >= 0xab70 && code <= 0xabbf) return String.fromCharCode(code - 0xab70 + 0x13a0);
  if (code >= 0x13f8 && code <= 0x13fd) return String.fromCharCode(code - 8);
  return FOLD[c];
}

/** Python's str.casefold(), as far as a name key can tell. */
export function casefold(text) {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(FOLD_CHARS, foldChar) : lower;
}

function foldAscii(w) {
  // Python replaces eo, eu and shi in turn until nothing changes; skipping a replace
  // that would find nothing is the same.
  for (;;) {
    const before = w;
    if (w.indexOf("eo") >= 0) w = w.replaceAll("eo", "o");
    if (w.indexOf("eu") >= 0) w = w.replaceAll("eu", "u");
    if (w.indexOf("shi") >= 0) w = w.replaceAll("shi", "si");
    if (w === before) break;
  }
  return w === "ni" || w === "li" ? "ri" : w;
}

// ASCII words: lower case, a possessive 's and apostrophes dropped, then the vowel folds.
function foldAsciiWord(word) {
  let w = word.toLowerCase();
  const n = w.length;
  if (n > 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) === 39) w = w.slice(0, n - 2);
  if (w.indexOf("'") >= 0 || w.indexOf("`") >= 0) w = w.replace(APOSTROPHES, "");
  return foldAscii(w);
}

const cache = new Map();

/** One word folded as catalog.gazetteer.fold_word folds it. */
export function foldWord(word) {
  if (!NON_ASCII.test(word)) return foldAsciiWord(word);
  let w = cache.get(word);
  if (w !== undefined) return w;
  w = casefold(word);
  const n = w.length;
  if (n > 2 && w[n - 1] === "s" && (w[n - 2] === "'" || w[n - 2] === "\u2019" ||
      w[n - 2] === "\u02bc")) {
    w = w.slice(0, n - 2);
  }
  w = w.normalize("NFKD").replace(COMBINING, "")
    .replace(APOSTROPHES, "").normalize("NFC");
  if (!NON_ASCII.test(w)) w = foldAscii(w);
  if (cache.size >= 100000) cache.clear();
  cache.set(word, w);
  return w;
}

function isAlnumAscii(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The folded words of a name (catalog.gazetteer.name_tokens). */
export function nameTokens(name) {
  const out = [];
  if (NON_ASCII.test(name)) {
    for (const m of name.matchAll(WORD)) {
      const t = foldWord(m[0]);
      if (t) out.push(t);
    }
    return out;
  }
  // ASCII: the same words found with a loop, without the Unicode regex.
  const n = name.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isAlnumAscii(name.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    for (;;) {
      while (i < n && isAlnumAscii(name.charCodeAt(i))) i++;
      const c = name.charCodeAt(i);
      if ((c === 39 || c === 96) && i + 1 < n && isAlnumAscii(name.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    const t = foldWord(name.slice(start, i));
    if (t) out.push(t);
  }
  return out;
}

function keyOf(tokens) {
  let key = tokens.join("");
  if (tokens.length > 1 && !NON_ASCII.test(key)) key = foldWord(key);
  if (tokens.length === 1 && key.length > 4 && !NON_ASCII.test(key) && GLUED_RI.test(key)) {
    key = key.slice(0, -2) + "ri";
  }
  return key;
}

/** The key under which spellings of one place name compare equal (match_key). */
export function matchKey(name) {
  name = String(name);
  if (!NON_ASCII.test(name)) return asciiForms(name, false)[0];
  return generalKey(name);
}

/** matchKey the long way, as Python computes it (any script). */
export function generalKey(name) {
  let key = keyOf(nameTokens(name));
  for (let i = 0; i < 3; i++) {
    const again = keyOf(nameTokens(key));
    if (again === key) break;
    key = again;
  }
  return key;
}

// matchKey of an ASCII name in one pass over its characters (the map's search folds every
// name and alias of 100,000 sites with it, so it must be fast). Lower-cased words with a
// possessive 's and apostrophes dropped, a word "ni"/"li" read as "ri", run together;
// then the vowel folds: replacing eo -> o, eu -> u and shi -> si until nothing changes
// drops exactly each run of e's followed by o or u and each h between s and i, and the
// rules do not interact, so one scan gives the same key whether folded per word then
// joined (as Python does) or joined first. The key is letters and digits only, so folding
// it again changes nothing but a glued -ni/-li, hence the last rule applies to any key.
const BUF = new Uint16Array(4096);
const OUT = new Uint16Array(4096);
const STARTS = new Int32Array(2049);

// The vowel folds over BUF[from:to], written to OUT from `out`; returns the new end.
function foldVowels(from, to, out) {
  for (let k = from; k < to; k++) {
    const c = BUF[k];
    if (c === 101) {  // e: dropped with the rest of its run when an o or u follows
      let j = k;
      while (j < to && BUF[j] === 101) j++;
      if (!(j < to && (BUF[j] === 111 || BUF[j] === 117))) {
        for (let e = k; e < j; e++) OUT[out++] = 101;
      }
      k = j - 1;
      continue;
    }
    if (c === 104 && k > from && BUF[k - 1] === 115 && k + 1 < to && BUF[k + 1] === 105) {
      continue;  // the h of shi
    }
    OUT[out++] = c;
  }
  return out;
}

function text(from, to) {
  return String.fromCharCode.apply(null, OUT.subarray(from, to));
}

// [key, words] of an ASCII name: the match key, and its folded words joined by spaces
// (" ".join(name_tokens(name)) in Python); words only when asked.
function asciiForms(name, withWords) {
  const n = name.length;
  if (n > 2048) {
    const tokens = nameTokens(name);
    return [keyOf(tokens), tokens.join(" ")];
  }
  let len = 0;
  let words = 0;
  let i = 0;
  while (i < n) {
    let c = name.charCodeAt(i);
    if (!isAlnumAscii(c)) { i++; continue; }
    const start = len;
    for (;;) {
      while (i < n && isAlnumAscii(c = name.charCodeAt(i))) {
        BUF[len++] = c >= 65 && c <= 90 ? c + 32 : c;
        i++;
      }
      if ((c === 39 || c === 96) && i + 1 < n && isAlnumAscii(name.charCodeAt(i + 1))) {
        // an apostrophe inside the word: dropped; a final 's after one is a possessive
        const next = name.charCodeAt(i + 1);
        if (c === 39 && (next === 115 || next === 83) && (i + 2 >= n || !isWordAscii(name, i + 2))) {
          i += 2;
          break;
        }
        i++;
        continue;
      }
      break;
    }
    if (len - start === 2 && BUF[start + 1] === 105 && (BUF[start] === 110 || BUF[start] === 108)) {
      BUF[start] = 114;  // a word "ni" or "li" is the suffix "ri"
    }
    STARTS[words++] = start;
  }
  STARTS[words] = len;
  if (!withWords) return [finishKey(text(0, foldVowels(0, len, 0))), null];
  // the words, each folded, space-separated; then the key, folded across them
  let out = 0;
  for (let w = 0; w < words; w++) {
    if (w) OUT[out++] = 32;
    out = foldVowels(STARTS[w], STARTS[w + 1], out);
  }
  const end = foldVowels(0, len, out);
  return [finishKey(text(out, end)), text(0, out)];
}

function finishKey(key) {
  if (key.length > 4 && GLUED_RI.test(key)) key = key.slice(0, -2) + "ri";
  return key === "ni" || key === "li" ? "ri" : key;
}

/** The match key of a name and its folded words joined by spaces (what search compares). */
export function searchForms(name) {
  name = String(name);
  if (!NON_ASCII.test(name)) return asciiForms(name, true);
  return [generalKey(name), nameTokens(name).join(" ")];
}

function isWordAscii(text, i) {
  // true when text[i] continues the word: a letter or digit, or an apostrophe before one
  const c = text.charCodeAt(i);
  if (isAlnumAscii(c)) return true;
  return (c === 39 || c === 96) && i + 1 < text.length && isAlnumAscii(text.charCodeAt(i + 1));
}
