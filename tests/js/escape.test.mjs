// escape.js: HTML escaping, safe links, numbers (the Python side: catalog/popup.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeFragment, esc, fmtNum, safeUrl } from "../../catalog/static/escape.js";

test("esc escapes markup, quotes and template-literal characters", () => {
  assert.equal(esc('<img src=x onerror="a()">'), "&lt;img src=x onerror=&quot;a()&quot;&gt;");
  assert.equal(esc("`${x}`\\ & 'q'"), "&#96;&#36;{x}&#96;&#92; &amp; &#x27;q&#x27;");
  assert.equal(esc("</script><script>alert(1)</script>"),
    "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  assert.equal(esc("회중리 Hoejung-ni Yŏngjŏ"), "회중리 Hoejung-ni Yŏngjŏ");
  assert.equal(esc(null), "");
  assert.equal(esc(undefined), "");
  assert.equal(esc(5000), "5000");
});

test("safeUrl keeps plain http(s) links only", () => {
  assert.equal(safeUrl("https://example.org/a?b=1&c=2"), "https://example.org/a?b=1&c=2");
  assert.equal(safeUrl("HTTP://EXAMPLE.ORG/"), "HTTP://EXAMPLE.ORG/");
  for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)",
    "file:///etc/passwd", "data:text/html,<b>x</b>", "https://x.org/\"onmouseover=a",
    "https://x.org/a b", "https://x.org/\u2028", "https://x.org/\n", "https://",
    "//x.org/a", null, undefined, "", 42]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test("fmtNum rounds half up and groups thousands", () => {
  assert.equal(fmtNum(25000), "25,000");
  assert.equal(fmtNum(1234567.5), "1,234,568");
  assert.equal(fmtNum(2.5), "3");
  assert.equal(fmtNum(999.49), "999");
  assert.equal(fmtNum(0), "0");
});

test("decodeFragment never throws on a bad percent-encoding (issue 15)", () => {
  assert.equal(decodeFragment("#kp-sakkanmol"), "kp-sakkanmol");
  assert.equal(decodeFragment("#%ED%9A%8C%EC%A4%91%EB%A6%AC"), "회중리");
  assert.equal(decodeFragment("#%E0%A4%A"), "%E0%A4%A");
  assert.equal(decodeFragment("#%"), "%");
  assert.equal(decodeFragment(""), "");
  assert.equal(decodeFragment(undefined), "");
});
