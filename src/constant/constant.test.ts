// Unit tests for the constant package's API: factories, accessors, operators and the forms
// the type checker relies on. Exhaustive agreement with go/constant is crosscheck.test.ts's job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { InternalError } from "../base/index.js";
import { LitKind, Operator } from "../syntax/index.js";
import * as c from "./index.js";
import { reprName } from "./value.js";

const { Op } = c;
const lit = (s: string, k: LitKind) => c.makeFromLiteral(s, k);
const int = (s: string) => lit(s, LitKind.Int);
const flt = (s: string) => lit(s, LitKind.Float);

test("Op values equal the syntax operators", () => {
  const pairs: [c.Op, Operator][] = [
    [Op.Not, Operator.Not], [Op.LOr, Operator.OrOr], [Op.LAnd, Operator.AndAnd], [Op.Eql, Operator.Eql],
    [Op.Neq, Operator.Neq], [Op.Lss, Operator.Lss], [Op.Leq, Operator.Leq], [Op.Gtr, Operator.Gtr],
    [Op.Geq, Operator.Geq], [Op.Add, Operator.Add], [Op.Sub, Operator.Sub], [Op.Or, Operator.Or],
    [Op.Xor, Operator.Xor], [Op.Mul, Operator.Mul], [Op.Quo, Operator.Div], [Op.Rem, Operator.Rem],
    [Op.And, Operator.And], [Op.AndNot, Operator.AndNot], [Op.Shl, Operator.Shl], [Op.Shr, Operator.Shr],
  ];
  for (const [op, so] of pairs) assert.equal(c.fromOperator(so), op);
  assert.ok(!Object.values(Operator).includes(Op.QuoInt as number));
  assert.equal(c.opString(Op.QuoInt), "/=");
  assert.equal(c.opString(Op.AndNot), "&^");
});

test("integer values and representations", () => {
  assert.equal(String(c.shift(c.makeInt64(1), Op.Shl, 100)), "1267650600228229401496703205376");
  assert.equal(String(c.shift(c.makeUint64(1), Op.Shl, 33)), "8589934592");
  assert.equal(reprName(c.makeInt64(-(2n ** 63n))), "int64Val");
  assert.equal(reprName(c.makeUint64(2n ** 63n)), "intVal");
  assert.deepEqual(c.int64Val(c.makeUint64(2n ** 64n - 1n)), [-1n, false]);
  assert.deepEqual(c.uint64Val(c.makeUint64(2n ** 64n - 1n)), [2n ** 64n - 1n, true]);
  assert.deepEqual(c.uint64Val(c.makeInt64(-1)), [2n ** 64n - 1n, false]);
  assert.deepEqual(c.int64Val(c.makeInt64(2 ** 60)), [2n ** 60n, true]);
  assert.equal(String(c.makeInt64(2n ** 64n + 5n)), "5"); // reduced to int64 as a conversion would be
  assert.equal(c.smallIntVal(c.makeInt64(42)), 42);
  assert.equal(c.smallIntVal(c.makeInt64(2n ** 60n)), undefined);
  assert.equal(c.smallIntVal(flt("1")), undefined);
  assert.equal(c.bitLen(c.makeInt64(-(2n ** 63n))), 64);
  assert.equal(c.bitLen(c.makeInt64(2 ** 40)), 41);
  assert.equal(c.sign(c.makeUnknown()), 1);
  // go/constant's int64 arithmetic wraps for MinInt64 / -1 under integer division.
  const min = c.makeInt64(-(2n ** 63n));
  assert.equal(String(c.binaryOp(min, Op.QuoInt, c.makeInt64(-1))), "-9223372036854775808");
  assert.equal(String(c.binaryOp(min, Op.Quo, c.makeInt64(-1))), "9.22337e+18");
  assert.equal(c.binaryOp(c.makeInt64(7), Op.QuoInt, c.makeInt64(-2)).exactString(), "-3");
  assert.equal(c.binaryOp(c.makeInt64(-7), Op.Rem, c.makeInt64(2)).exactString(), "-1");
  assert.equal(c.binaryOp(c.makeInt64(7), Op.Quo, c.makeInt64(2)).exactString(), "7/2");
  assert.equal(c.unaryOp(Op.Xor, c.makeInt64(1), 8).exactString(), "254");
  assert.equal(c.unaryOp(Op.Xor, c.makeInt64(1)).exactString(), "-2");
  assert.equal(c.shift(c.makeInt64(-5), Op.Shr, 1).exactString(), "-3");
  assert.equal(c.shift(c.makeInt64(-5), Op.Shr, 100).exactString(), "-1");
});

test("bytes and makeFromBytes", () => {
  const x = int("0x0102030405060708090a");
  assert.deepEqual([...c.bytes(x)], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  assert.equal(c.makeFromBytes(c.bytes(x)).exactString(), x.exactString());
  assert.equal(c.makeFromBytes(new Uint8Array(0)).exactString(), "0");
  assert.deepEqual([...c.bytes(c.makeInt64(-256))], [0, 1]);
});

test("floats stay floats; representation switches", () => {
  const two = flt("2.0");
  assert.equal(two.kind, c.Kind.Float);
  assert.equal(reprName(two), "ratVal");
  assert.equal(two.exactString(), "2");
  assert.equal(c.toInt(two).kind, c.Kind.Int);
  assert.equal(c.toInt(flt("2.5")).kind, c.Kind.Unknown);
  assert.equal(reprName(flt("1e1000")), "ratVal");
  assert.equal(reprName(flt("1e2000")), "floatVal");
  assert.equal(flt("1e2000").toString(), "1e+2000");
  assert.equal(flt("0x1p-2").exactString(), "1/4");
  assert.equal(c.makeFloat64(0.1).toString(), "0.1");
  assert.equal(c.makeFloat64(1e100).toString(), "1e+100");
  assert.equal(c.binaryOp(c.makeInt64(1), Op.Quo, c.makeInt64(3)).toString(), "0.333333");
  assert.equal(c.makeFloat64(100000.5).toString(), "100000.5"); // %.6g would hide the fraction
  assert.equal(c.makeFloat64(-0).exactString(), "0");
  assert.equal(c.makeFloat64(Infinity).kind, c.Kind.Unknown);
  assert.equal(c.makeFloat64(NaN).kind, c.Kind.Unknown);
  const big = flt("1e5000");
  assert.equal(c.binaryOp(big, Op.Sub, big).exactString(), "0");
  assert.equal(c.num(big).kind, c.Kind.Unknown);
});

test("float32 and float64 conversions round once", () => {
  // 1 + 2**-24 + 2**-60 is above the float32 midpoint 1 + 2**-24; through a double it would
  // first become the midpoint and then round down to even.
  const x = c.binaryOp(c.binaryOp(flt("1"), Op.Add, flt("0x1p-24")), Op.Add, flt("0x1p-60"));
  assert.deepEqual(c.float32Val(x), [1 + 2 ** -23, false]);
  assert.deepEqual(c.float32Val(flt("0x1p-149")), [2 ** -149, true]);
  assert.deepEqual(c.float32Val(flt("0x1p-150")), [0, false]);
  assert.deepEqual(c.float32Val(flt("0x1.8p-150")), [2 ** -149, false]);
  assert.deepEqual(c.float32Val(flt("3.4028235677973366e38")), [3.4028234663852886e38, false]); // just below the midpoint
  assert.deepEqual(c.float32Val(flt("0x1.ffffffp127")), [Infinity, false]); // the midpoint rounds to even
  assert.deepEqual(c.float32Val(c.makeInt64(0x1000001_0000_0001n)), [2 ** 56 + 2 ** 33, false]);
  assert.deepEqual(c.float64Val(flt("1e-400")), [0, false]);
  assert.deepEqual(c.float64Val(c.unaryOp(Op.Sub, flt("1e-400"))), [-0, false]);
  assert.deepEqual(c.float64Val(flt("0.5")), [0.5, true]);
  assert.deepEqual(c.float64Val(flt("0.1")), [0.1, false]);
  assert.deepEqual(c.float64Val(c.makeInt64(2n ** 63n - 1n)), [2 ** 63, false]);
});

test("literals", () => {
  assert.equal(int("0b1010_1010").exactString(), "170");
  assert.equal(int("0o17").exactString(), "15");
  assert.equal(int("017").exactString(), "15");
  assert.equal(int("0x_dead_BEEF").exactString(), "3735928559");
  assert.equal(int("08").kind, c.Kind.Unknown);
  assert.equal(int("1__0").kind, c.Kind.Unknown);
  assert.equal(flt("0x1.8p3").exactString(), "12");
  assert.equal(flt("1_000.5").exactString(), "2001/2");
  assert.equal(flt("1e").kind, c.Kind.Unknown);
  assert.equal(lit("0x10i", LitKind.Imag).toString(), "(0 + 16i)");
  assert.equal(lit("0123i", LitKind.Imag).toString(), "(0 + 123i)");
  assert.equal(lit("'\\U0001F600'", LitKind.Rune).exactString(), "128512");
  assert.equal(lit("'\\377'", LitKind.Rune).exactString(), "255");
  assert.equal(lit("'\\''", LitKind.Rune).exactString(), "39");
  assert.equal(lit("'\\\"'", LitKind.Rune).kind, c.Kind.Unknown);
  // Strings are byte strings: \u escapes are UTF-8 encoded, \x and octal escapes are raw bytes.
  assert.equal(c.stringVal(lit('"\\u00e9\\xe9\\351"', LitKind.String)), "\xc3\xa9\xe9\xe9");
  assert.equal(c.stringVal(lit("`a\r\nb`", LitKind.String)), "a\nb");
  assert.equal(lit('"a\\qb"', LitKind.String).kind, c.Kind.Unknown);
});

test("string forms", () => {
  assert.equal(c.makeString("a\x00\xff\xc3\xa9\n").toString(), '"a\\x00\\xff\xc3\xa9\\n"');
  const long = c.makeString("x".repeat(100));
  assert.equal(long.toString(), '"' + "x".repeat(68) + "...");
  assert.equal(long.exactString(), '"' + "x".repeat(100) + '"');
  assert.equal(c.binaryOp(c.makeString("ab"), Op.Add, c.makeString("cd")).exactString(), '"abcd"');
  assert.equal(c.compare(c.makeString("\xff"), Op.Gtr, c.makeString("\x7f")), true);
  assert.equal(c.makeString("\xc2\xad").toString(), '"\\u00ad"'); // soft hyphen is not printable
});

test("complex values", () => {
  const z = c.binaryOp(c.makeInt64(1), Op.Add, lit("2i", LitKind.Imag));
  assert.equal(z.toString(), "(1 + 2i)");
  assert.equal(c.binaryOp(z, Op.Mul, z).toString(), "(-3 + 4i)");
  assert.equal(c.binaryOp(z, Op.Quo, z).exactString(), "(1 + 0i)");
  assert.equal(c.compare(z, Op.Eql, z), true);
  assert.equal(c.toFloat(z).kind, c.Kind.Unknown);
  assert.equal(c.toInt(c.toComplex(c.makeInt64(3))).exactString(), "3");
  assert.equal(c.sign(c.real(z)), 1);
  assert.equal(c.imag(c.makeInt64(3)).exactString(), "0");
});

test("misuse throws InternalError, as go/constant panics", () => {
  const t = c.makeBool(true);
  assert.throws(() => c.boolVal(c.makeInt64(1)), InternalError);
  assert.throws(() => c.stringVal(t), InternalError);
  assert.throws(() => c.binaryOp(c.makeInt64(1), Op.QuoInt, c.makeInt64(0)), InternalError);
  assert.throws(() => c.binaryOp(flt("1.5"), Op.Quo, flt("0")), InternalError);
  assert.throws(() => c.binaryOp(c.makeString("a"), Op.Sub, c.makeString("b")), InternalError);
  assert.throws(() => c.unaryOp(Op.Not, c.makeInt64(1)), InternalError);
  assert.throws(() => c.shift(flt("1"), Op.Shl, 1), InternalError);
  assert.throws(() => c.compare(t, Op.Lss, t), InternalError);
  // Unknown operands are not misuse.
  const u = c.makeUnknown();
  assert.equal(c.binaryOp(u, Op.Add, c.makeInt64(1)).kind, c.Kind.Unknown);
  assert.equal(c.compare(u, Op.Eql, u), false);
  assert.deepEqual(c.int64Val(u), [0n, false]);
});

test("val", () => {
  assert.equal(c.val(c.makeBool(true)), true);
  assert.equal(c.val(c.makeInt64(5)), 5n);
  assert.deepEqual(c.val(flt("0.75")), { num: 3n, den: 4n });
  assert.equal(c.val(c.makeUnknown()), undefined);
});
