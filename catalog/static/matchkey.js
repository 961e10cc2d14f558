/* The name key of catalog.gazetteer.match_key, in the browser: the map's search folds what
 * is typed the way Python folded the names, so Yongjo-dong finds Yeongjeo-dong (= Yŏngjŏ-dong)
 * and Hoejung-ri finds Hoejung-ni. tests/js/matchkey.test.mjs and tests/test_mapping.py hold
 * it to the Python on the same names.
 *
 * Python's steps, one for one: words are runs of letters and digits (Python's [^\W_]) and
 * their combining marks, joined
 * by single apostrophes; each word is case-folded, loses a possessive 's, is decomposed
 * (NFKD), loses its combining marks and apostrophes and is recomposed (NFC); an ASCII word
 * then folds eo -> o, eu -> u, shi -> si to a fixed point, and "ni"/"li" -> "ri". The words
 * are run together and folded again; a single word ending in a glued -ni/-li after a
 * consonant ends in -ri. Repeated until the key is its own key (at most three more times).
 */

// (a letter's marks are the word's too, as in Python's catalog.gazetteer.MARKS: the vowel
// signs of Devanagari and the other scripts before U+1E00, and the symbols' and half marks'
// blocks)
const LETTER = "(?:[\\p{L}\\p{N}]|(?=[\\u0300-\\u1dff\\u20d0-\\u20f0\\ufe20-\\ufe2f])\\p{M})";
const WORD = new RegExp(LETTER + "+(?:['\\u2019\\u02bc\\u2018`]" + LETTER + "+)*", "gu");
const APOSTROPHES = /['\u2019\u02bc\u2018`]/g;
// Python drops the characters whose canonical combining class is not 0 (the accents; not
// the vowel signs of Devanagari or Lao, class 0, which a word keeps): these, made from
// Python's unicodedata (Unicode 14.0.0) for the Basic Multilingual Plane.
const COMBINING = /[\u0300-\u034e\u0350-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff\u093c\u094d\u0951-\u0954\u09bc\u09cd\u09fe\u0a3c\u0a4d\u0abc\u0acd\u0b3c\u0b4d\u0bcd\u0c3c\u0c4d\u0c55-\u0c56\u0cbc\u0ccd\u0d3b-\u0d3c\u0d4d\u0dca\u0e38-\u0e3a\u0e48-\u0e4b\u0eb8-\u0eba\u0ec8-\u0ecb\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f71-\u0f72\u0f74\u0f7a-\u0f7d\u0f80\u0f82-\u0f84\u0f86-\u0f87\u0fc6\u1037\u1039-\u103a\u108d\u135d-\u135f\u1714-\u1715\u1734\u17d2\u17dd\u18a9\u1939-\u193b\u1a17-\u1a18\u1a60\u1a75-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b34\u1b44\u1b6b-\u1b73\u1baa-\u1bab\u1be6\u1bf2-\u1bf3\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4\u1cf8-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua806\ua82c\ua8c4\ua8e0-\ua8f1\ua92b-\ua92d\ua953\ua9b3\ua9c0\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaf6\uabed\ufb1e\ufe20-\ufe2f]/gu;
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
