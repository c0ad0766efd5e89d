// Tests for runtime/string.ts: rune decoding and conversions compared with gc's
// (testdata/string.jsonl, recorded by testdata/stringgen), and the byte-string / JS-text edges.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  bytesToString, decodeRune, encodeRune, runeToString, runesToString, stringFromUtf16, stringToBytes,
  stringToRunes, stringToUtf16,
} from "./string.js";
import { Slice, appendN, nilSlice, sliceSlice } from "./slice.js";
import { types } from "./type.js";

function fromHex(h: string): string {
  let s = "";
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

const cases = readFileSync("runtime/testdata/string.jsonl", "utf8").split("\n").filter((l) => l !== "")
  .map((l) => JSON.parse(l) as any[]);

function runesOf(s: Slice): number[] {
  return [...(s.a as Int32Array).subarray(s.o, s.o + s.n)];
}

test("decodeRune and []rune(s) as gc's", () => {
  let n = 0;
  for (const [op, hex, runes, dec] of cases) {
    if (op !== "runes") continue;
    const s = fromHex(hex);
    assert.deepEqual(runesOf(stringToRunes(s)), runes, hex);
    for (let i = 0; i < s.length; i++) assert.deepEqual(decodeRune(s, i), dec[i], `${hex} at ${i}`);
    // string([]rune(s)) re-encodes: invalid bytes come back as U+FFFD.
    assert.equal(runesToString(stringToRunes(s)), runes.map((r: number) => encodeRune(r)).join(""));
    n++;
  }
  assert.ok(n > 20);
  assert.deepEqual(decodeRune("", 0), [0xfffd, 0]);
});

test("string(r) for integers of any size as gc's", () => {
  let n = 0;
  for (const [op, dec, hex] of cases) {
    if (op !== "rune") continue;
    const b = BigInt(dec);
    const r = Number.isSafeInteger(Number(b)) ? Number(b) : b;
    assert.equal(runeToString(r), fromHex(hex), dec);
    n++;
  }
  assert.ok(n > 15);
});

test("[]byte(s) and string(b)", () => {
  const b = stringToBytes("h\xc3\xa9");
  assert.ok(b.a instanceof Uint8Array);
  assert.deepEqual([b.n, b.c], [3, 8]); // capacity rounded as for a heap allocation
  assert.equal(bytesToString(b), "h\xc3\xa9");
  assert.equal(bytesToString(sliceSlice(b, 1)), "\xc3\xa9");
  assert.equal(bytesToString(nilSlice), "");
  const empty = stringToBytes("");
  assert.notEqual(empty.a, null);
  assert.equal(empty.n, 0);
  // Large inputs go through in chunks.
  let big = "";
  for (let i = 0; i < 100000; i++) big += String.fromCharCode(i & 255);
  assert.equal(bytesToString(stringToBytes(big)), big);
  // A []byte kept in a plain array (never made by gots, but accepted).
  assert.equal(bytesToString(new Slice([104, 105], 0, 2, 2)), "hi");
});

test("[]rune capacity and string(runes)", () => {
  const r = stringToRunes("ab\xe2\x82\xac");
  assert.deepEqual([r.n, r.c], [3, 4]);
  const rs = appendN(nilSlice, types.int32, [0x48, 0x20ac, -1, 0xd800, 0x10ffff]);
  assert.equal(runesToString(rs), "H\xe2\x82\xac\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf");
});

test("JS text and Go byte strings", () => {
  assert.equal(stringFromUtf16("abc"), "abc");
  assert.equal(stringFromUtf16("h\u00e9\u20ac\u{1F600}"), "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  assert.equal(stringFromUtf16("a\ud800b"), "a\xef\xbf\xbdb"); // lone surrogate
  assert.equal(stringToUtf16("h\xc3\xa9\xf0\x9f\x98\x80"), "h\u00e9\u{1F600}");
  assert.equal(stringToUtf16("a\xe2\x82b"), "a\ufffd\ufffdb"); // one U+FFFD per bad byte, as range gives
  assert.equal(stringToUtf16("plain"), "plain");
  for (const s of ["", "x", "\u00ff\u0100", "\u{10FFFF}"]) assert.equal(stringToUtf16(stringFromUtf16(s)), s);
});
