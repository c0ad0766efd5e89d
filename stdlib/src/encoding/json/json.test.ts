// The JS loops behind encoding/json's natives on byte strings built here: the validity
// check against the scanner's rules (depth limit, numbers, escapes, space), value ends,
// unquoting (surrogates, invalid UTF-8), and Compact and Indent of valid text. The Go test
// programs in stdlib/testdata/json check the same paths against Go itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validJSON, valueEnd } from "./scan.js";
import { compactValid as compactBuf, indentValid as indentBuf, unquote } from "./text.js";

const text = ([a, n]: [Uint8Array, number]) => String.fromCharCode(...a.subarray(0, n));
const compactValid = (b: Uint8Array, o: number, n: number, escape: boolean) => text(compactBuf(b, o, n, escape));
const indentValid = (b: Uint8Array, o: number, n: number, prefix: string, indent: string) => text(indentBuf(b, o, n, prefix, indent));

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const valid = (s: string) => validJSON(bytes(s), 0, s.length);

test("validity follows the scanner's grammar", () => {
  for (const s of ["0", "-0", "1.5e-3", "1E+2", " true ", "null", '"a\\u00e9\\n"', "[]", "{}", '{"a":[1,{"b":null}]}', "\t[ 1 ,2 ]\n", '"\xff\x80"']) {
    assert.equal(valid(s), true, s);
  }
  for (const s of ["", " ", "01", "-", "1.", ".5", "1e", "1e+", "+1", "tru", "nul l", '"\\x"', '"\\u12g4"', '"a\tb"', "[1,]", "{,}",
    '{"a" 1}', '{"a":1,}', "[1 2]", "1 2", "{}}", "\xef\xbb\xbf{}", "[", '{"a":', "NaN"]) {
    assert.equal(valid(s), false, JSON.stringify(s));
  }
  assert.equal(valid("[".repeat(10000) + "]".repeat(10000)), true);
  assert.equal(valid("[".repeat(10001) + "]".repeat(10001)), false);
  assert.equal(valid('{"a":'.repeat(10000) + "1" + "}".repeat(10000)), true);
});

test("value ends", () => {
  const s = '{"a":"}\\"]","b":[1,[2]]} 12.5e3,true';
  const b = bytes(s);
  assert.equal(valueEnd(b, 0, s.length, 0), 24);
  assert.equal(valueEnd(b, 0, s.length, 25), 31);
  assert.equal(valueEnd(b, 0, s.length, 32), 36);
  // Offsets are relative to the slice's start.
  assert.equal(valueEnd(b, 5, s.length - 5, 0), 6);
});

test("unquoting", () => {
  const u = (s: string) => unquote(bytes(s), 0, s.length);
  assert.deepEqual(u('"plain"'), ["plain", true]);
  assert.deepEqual(u('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"'), ['a"b\\c/d\b\f\n\r\t', true]);
  assert.deepEqual(u('"\\u00e9"'), ["\xc3\xa9", true]);
  assert.deepEqual(u('"\\ud83d\\ude00"'), ["\xf0\x9f\x98\x80", true]);
  // An unpaired surrogate becomes U+FFFD and what follows it is kept.
  assert.deepEqual(u('"\\ud83dx"'), ["\xef\xbf\xbdx", true]);
  assert.deepEqual(u('"\\ude00\\ud83d"'), ["\xef\xbf\xbd\xef\xbf\xbd", true]);
  assert.deepEqual(u('"\\ud83d\\u0041"'), ["\xef\xbf\xbdA", true]);
  // Each invalid UTF-8 byte becomes U+FFFD.
  assert.deepEqual(u('"a\xff\xc3"'), ["a\xef\xbf\xbd\xef\xbf\xbd", true]);
  assert.deepEqual(u('"\xed\xa0\x80"'), ["\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", true]);
  assert.deepEqual(u("\"\\'\""), ["'", true]);
  for (const bad of ["abc", '"abc', '"a"b"', '"\\x"', '"\\u12"', '"a\nb"', '"\\"']) assert.equal(u(bad)[1], false, bad);
});

test("compact and indent of valid text", () => {
  const src = ' { "a" : [ 1 , "x y" , { } , [ ] ] , "<b>" : "\xe2\x80\xa8&" }  \n';
  const b = bytes(src);
  assert.equal(compactValid(b, 0, b.length, false), '{"a":[1,"x y",{},[]],"<b>":"\xe2\x80\xa8&"}');
  assert.equal(compactValid(b, 0, b.length, true), '{"a":[1,"x y",{},[]],"\\u003cb\\u003e":"\\u2028\\u0026"}');
  assert.equal(indentValid(b, 0, b.length, ">", "\t"),
    '{\n>\t"a": [\n>\t\t1,\n>\t\t"x y",\n>\t\t{},\n>\t\t[]\n>\t],\n>\t"<b>": "\xe2\x80\xa8&"\n>}  \n');
  const n = bytes(" 12 \n");
  assert.equal(indentValid(n, 0, n.length, "", "  "), "12 \n");
  const e = bytes("[ ]");
  assert.equal(indentValid(e, 0, e.length, "", "  "), "[]");
});
