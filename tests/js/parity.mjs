// Runs the map's pure functions on inputs from Python and prints their outputs, so that
// tests/test_popup.py and tests/test_mapping.py can hold them to catalog.popup and
// catalog.gazetteer. Input (stdin): {"function": [args, ...], ...}; output: {"function":
// [result, ...], ...}. Not a test file itself (node --test skips it).
import { esc, fmtNum, safeUrl } from "../../catalog/static/escape.js";
import { matchKey, nameTokens, searchForms } from "../../catalog/static/matchkey.js";
import { citationHtml, locationText, popupHtml } from "../../catalog/static/popup.js";

const FUNCTIONS = {
  esc, safeUrl, fmtNum, matchKey, citationHtml, locationText, popupHtml, searchForms,
  nameWords: (name) => nameTokens(name).join(" "),
};

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const calls = JSON.parse(input);
  const out = {};
  for (const [name, argLists] of Object.entries(calls)) {
    out[name] = argLists.map((args) => FUNCTIONS[name](...args));
  }
  process.stdout.write(JSON.stringify(out));
});
