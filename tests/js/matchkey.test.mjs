// matchkey.js: catalog.gazetteer.match_key in the browser (parity with Python: test_mapping.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { generalKey, matchKey, nameTokens, searchForms } from "../../catalog/static/matchkey.js";

test("romanizations of one name share a key", () => {
  const same = [
    ["Yŏngjŏ-dong", "Yeongjeo-dong", "Yongjo-dong", "yongjo dong", "YONGJODONG"],
    ["Hoejung-ni", "Hoejung-ri", "Hoejung ri", "Hoejungni", "Hoejung-ni's"],
    ["Kŭmch'ŏn-ni", "Kumchon-ri", "Kumcheon ri"],
    ["Shinpo", "Sinpo"],
  ];
  for (const group of same) {
    const keys = group.map(matchKey);
    assert.deepEqual(keys, keys.map(() => keys[0]), group.join(" / "));
  }
  assert.equal(matchKey("Yŏngjŏ-dong"), "yongjodong");
  assert.equal(matchKey("Hoejung-ni"), "hoejungri");
});

test("other scripts keep their letters, case-folded", () => {
  assert.equal(matchKey("영저리"), "영저리");
  assert.equal(matchKey("ΑΘΗΝΑΣ"), "αθηνασ");
  assert.equal(matchKey("Straße"), "strasse");
  assert.equal(matchKey("Isfahan (اصفهان)"), "isfahanاصفهان");
});

test("search compares the key and the folded words", () => {
  assert.deepEqual(searchForms("Hoejung-ni missile operating base"),
    ["hoejungrimissiloperatingbase", "hoejung ri missile operating base"]);
  assert.deepEqual(searchForms("Yŏngjŏ-dong"), ["yongjodong", "yongjo dong"]);
});

test("a word merely ending in -ni keeps its letters", () => {
  assert.equal(matchKey("Bikini"), "bikini");
  assert.equal(matchKey("Hoejungni"), "hoejungri");
  assert.equal(matchKey(""), "");
  assert.equal(matchKey("-- ''"), "");
});

test("the fast ASCII path gives the same keys as the general one", () => {
  const letters = "aeoushinlrgmAEOUSHINL'`- _.0";
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let t = 0; t < 20000; t++) {
    let s = "";
    const len = 1 + Math.floor(rnd() * 14);
    for (let i = 0; i < len; i++) s += letters[Math.floor(rnd() * letters.length)];
    assert.equal(matchKey(s), generalKey(s), JSON.stringify(s));
    assert.deepEqual(searchForms(s), [generalKey(s), nameTokens(s).join(" ")], JSON.stringify(s));
  }
});
