// Number and string printing: the text must read back as the same value, checked by evaluating
// the printed literals for thousands of random doubles and strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as j from "./index.js";
import { rng } from "../testutil/rng.js";


const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const evalCode = (code: string): unknown => new Function("return " + code)();

test("number text", () => {
  const pe = (v: number, minify = false): string => j.printExpr(j.num(v), { minify });
  assert.equal(pe(0), "0");
  assert.equal(pe(-0), "-0");
  assert.equal(pe(NaN), "NaN");
  assert.equal(pe(Infinity), "Infinity");
  assert.equal(pe(-Infinity), "-Infinity");
  assert.equal(pe(0.5), "0.5");
  assert.equal(pe(0.5, true), ".5");
  assert.equal(pe(-0.25, true), "-.25");
  assert.equal(pe(1000000, true), "1e6");
  assert.equal(pe(100, true), "100");
  assert.equal(pe(1e21), "1e+21");
  assert.equal(pe(1e21, true), "1e21");
  assert.equal(pe(5e-324), "5e-324");
  assert.equal(pe(2 ** 53), "9007199254740992");
  assert.equal(pe(0.1 + 0.2), "0.30000000000000004");
  assert.equal(j.printExpr(j.bigint(-(2n ** 64n))), "-18446744073709551616n");
  assert.equal(j.printExpr(j.dot(j.num(1e6), "x"), { minify: true }), "1e6.x");
  assert.equal(j.printExpr(j.dot(j.num(100), "x"), { minify: true }), "100..x");
  assert.equal(j.printExpr(j.dot(j.num(0.5), "x"), { minify: true }), ".5.x");
});

test("random doubles round-trip", () => {
  const r = rng(7);
  const buf = new DataView(new ArrayBuffer(8));
  const check = (v: number): void => {
    for (const minify of [false, true]) {
      const code = j.printExpr(j.num(v), { minify });
      assert.ok(Object.is(evalCode(code), v), `${v}: ${code}`);
      // Also as a member target and as an operand of unary minus, where the text is spliced.
      assert.ok(Object.is(evalCode(j.printExpr(j.call(j.dot(j.num(v), "valueOf")), { minify })), v), code);
      assert.ok(Object.is(evalCode(j.printExpr(j.neg(j.num(v)), { minify })), -v), code);
    }
  };
  for (let i = 0; i < 4000; i++) {
    buf.setUint32(0, (r() * 2 ** 32) >>> 0);
    buf.setUint32(4, (r() * 2 ** 32) >>> 0);
    check(buf.getFloat64(0));
    check(Math.round((r() - 0.5) * 2 ** (r() * 70)));
    check((r() - 0.5) * 10 ** Math.floor(r() * 40 - 20));
  }
  for (const v of [Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53 + 2, 1e-7, 1e-6, 123e20, 1e100]) check(v);
});

test("string quoting", () => {
  const q = (s: string, asciiOnly = true): string => j.quoteString(s, asciiOnly);
  assert.equal(q('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(q("\n\r\t\b\f\v"), '"\\n\\r\\t\\b\\f\\v"');
  assert.equal(q("\0a"), '"\\0a"');
  assert.equal(q("\x001"), '"\\x001"');
  assert.equal(q("\x01\x1f\x7f"), '"\\x01\\x1f\\x7f"');
  assert.equal(q("\u2028\u2029", false), '"\\u2028\\u2029"');
  assert.equal(q("\ud800x\udc00"), '"\\ud800x\\udc00"');
  assert.equal(q("\ud800x\udc00", false), '"\\ud800x\\udc00"');
  assert.equal(q("😀"), '"\\ud83d\\ude00"');
  assert.equal(q("😀", false), '"😀"');
  assert.equal(q("é\xff"), '"\\xe9\\xff"');
  assert.equal(q("é", false), '"é"');
  assert.equal(q("'"), `"'"`);
  assert.equal(q(""), '""');
});

test("random strings round-trip", () => {
  const r = rng(99);
  // Weighted towards the characters that need care.
  const special = [0, 1, 0x1f, 0x20, 0x22, 0x27, 0x30, 0x39, 0x5c, 0x7f, 0x80, 0xff, 0x2028, 0x2029, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffd, 0xffff, 10, 13];
  for (let i = 0; i < 5000; i++) {
    const n = Math.floor(r() * 12);
    let s = "";
    for (let k = 0; k < n; k++) {
      const t = r();
      const c = t < 0.4 ? special[Math.floor(r() * special.length)]! : t < 0.7 ? Math.floor(r() * 128) : t < 0.8 ? Math.floor(r() * 256) : Math.floor(r() * 0x10000);
      s += String.fromCharCode(c);
    }
    for (const asciiOnly of [true, false]) {
      const code = j.quoteString(s, asciiOnly);
      assert.equal(evalCode(code), s, code);
      assert.ok(!LONE_SURROGATE.test(code), code);
      assert.ok(!/[\u2028\u2029\x00-\x1f]/.test(code), code);
      if (asciiOnly) assert.ok(/^[\x20-\x7e]*$/.test(code), code);
    }
  }
});

test("identifier names", () => {
  for (const s of ["a", "$", "_x1", "default", "class", "π", "a\u200d"]) assert.ok(j.isIdentifierName(s), s);
  for (const s of ["", "1a", "a-b", "a b", "0"]) assert.ok(!j.isIdentifierName(s), s);
  const o = j.object([j.prop("a-b", j.num(1)), j.prop("default", j.num(2)), j.prop("0", j.num(3)), j.prop("01", j.num(4)), j.prop(j.str("k"), j.num(5))]);
  const code = j.printExpr(o);
  assert.equal(code, '{ "a-b": 1, default: 2, 0: 3, "01": 4, ["k"]: 5 }');
  assert.deepEqual({ ...(evalCode(code) as object) }, { "a-b": 1, default: 2, 0: 3, "01": 4, k: 5 });
});
