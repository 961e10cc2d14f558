/* Escaping, safe links and numbers: the browser half of catalog/popup.py (esc, safe_url,
 * fmt_num), held to the same output by tests/js/escape.test.mjs and tests/test_popup.py.
 * Every text that came from a report goes through esc() before it reaches innerHTML.
 */

const ESC = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
  "`": "&#96;", "$": "&#36;", "\\": "&#92;",
};

/** HTML-escape any value for text or a quoted attribute (also safe in a template literal). */
export function esc(value) {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[&<>"'`$\\]/g, (c) => ESC[c]);
}

// http(s) only, and nothing that could end an attribute or hide in one: no quotes, angle
// brackets, backticks, control characters or spaces of any kind.
const SAFE_URL = new RegExp("^https?://[^\\x00-\\x20\\x7f-\\x9f\"'<>`\\u00a0\\u1680" +
  "\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+$", "i");

/** The URL if it is a plain http(s) link, else null (no javascript: or file: links). */
export function safeUrl(url) {
  return typeof url === "string" && SAFE_URL.test(url) ? url : null;
}

/** A number rounded half up to a whole number, with thousands separators: 25,000. */
export function fmtNum(x) {
  return String(Math.round(Number(x))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A URL fragment decoded for a site id: a fragment that is not valid percent-encoding
 * ("#%E0%A4%A", typed or cut by a chat program) is read as written instead of throwing
 * URIError, which would stop the page before its state is set.
 */
export function decodeFragment(hash) {
  const raw = String(hash || "").replace(/^#/, "");
  try {
    return decodeURIComponent(raw);
  } catch (e) {
    if (e instanceof URIError) return raw;
    throw e;
  }
}
