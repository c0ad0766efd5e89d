// FormatFloat and ParseFloat against Go on the second half of the random values (a file of
// its own so that the test runner checks both halves at once; see floatcheck.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkChunks } from "./floatcheck.js";

test("FormatFloat and ParseFloat on random values match Go (second half)", (t) => {
  const r = checkChunks(0.5, 1);
  t.diagnostic(`values: ${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(", ")}; ${r.formats} FormatFloat and ${r.parses} ParseFloat results`);
  assert.deepEqual(r.bad, [], "chunks differing from Go (see testdata/floatgen -dump N)");
});
