// keyworker.js: the search's key folding as the Web Worker runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { foldAll, foldNamesBlob } from "../../catalog/static/keyworker.js";
import { packBlob } from "./helpers.mjs";

test("foldAll folds what is not known yet", () => {
  assert.deepEqual(foldAll(["Hoejung-ni missile base", "영저동", ""]), {
    keys: ["hoejungrimissilebase", "영저동", ""],
    words: ["hoejung ri missile base", "영저동", ""],
  });
  assert.deepEqual(foldAll(["Sinpo", "영저동"], [null, "given"], [null, "given words"]), {
    keys: ["sinpo", "given"], words: ["sinpo", "given words"],
  });
});

test("the worker reads the names blob and answers one string per list", async () => {
  const names = { name: ["Hoejung-ni", "Sinpo"], local: [null, "신포"], alias: ["Hoejung-ri"],
    search: { key: null, words: [null, null, "given", null] } };
  const text = await packBlob(names);
  const answer = await foldNamesBlob({ encoding: "gzip+base128", text: text });
  assert.equal(answer.keys, ["hoejungri", "sinpo", "신포", "hoejungri"].join("\n"));
  assert.equal(answer.words, ["hoejung ri", "sinpo", "given", "hoejung ri"].join("\n"));
  assert.ok(answer.ms >= 0);
  const plain = await foldNamesBlob({ encoding: "json", text: JSON.stringify(names) });
  assert.equal(plain.keys, answer.keys);
});
