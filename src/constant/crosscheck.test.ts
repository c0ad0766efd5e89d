// Cross-check against Go's go/constant: replays every case of testdata/cases.json (computed by
// testdata/gen with the real package; see README.md) and compares results, representation
// names, exact and short forms included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { InternalError, textToByteString } from "../base/index.js";
import {
  binaryOp, bitLen, boolVal, compare, denom, float32Val, float64Val, imag, int64Val, makeBool, makeFloat64,
  makeFromLiteral, makeImag, makeInt64, makeString, makeUint64, makeUnknown, num, Op, real, shift, sign, stringVal,
  toComplex, toFloat, toInt, uint64Val, unaryOp, Value,
} from "./index.js";
import { LitKind } from "../syntax/index.js";
import { ComplexVal, reprName } from "./value.js";
import { float32Bits, float64FromWords, float64Words } from "./bits.js";

// GOTS_CONSTANT_CASES names another case file, such as a large random sample from the generator's
// -fuzz mode.
const casesPath = process.env.GOTS_CONSTANT_CASES ?? "src/constant/testdata/cases.json";

const ops: Record<string, Op> = {
  "+": Op.Add, "-": Op.Sub, "*": Op.Mul, "/": Op.Quo, "/=": Op.QuoInt, "%": Op.Rem, "&": Op.And, "|": Op.Or,
  "^": Op.Xor, "&^": Op.AndNot, "<<": Op.Shl, ">>": Op.Shr, "==": Op.Eql, "!=": Op.Neq, "<": Op.Lss,
  "<=": Op.Leq, ">": Op.Gtr, ">=": Op.Geq, "&&": Op.LAnd, "||": Op.LOr, "!": Op.Not,
};

const litKinds: Record<string, LitKind> = {
  INT: LitKind.Int, FLOAT: LitKind.Float, IMAG: LitKind.Imag, CHAR: LitKind.Rune, STRING: LitKind.String,
};

/** Representation, exact form and short form, as the generator's describe prints them. */
export function describe(v: Value): string {
  let s = `${reprName(v)}:${v.exactString()}|${v.toString()}`;
  if (v instanceof ComplexVal) s += `{${reprName(v.re)},${reprName(v.im)}}`;
  return s;
}

function hexToBytes(h: string): string {
  let s = "";
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

function bytesToHex(s: string): string {
  let h = "";
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(2, "0");
  return h;
}

function hex32(x: number): string { return x.toString(16).padStart(8, "0"); }

function f64Hex(x: number): string {
  const [hi, lo] = float64Words(x);
  return hex32(hi) + hex32(lo);
}

/** An operand whose own case failed here (so its mismatch is reported already). */
class MissingOperand extends Error {}

const conversions: Record<string, (x: Value) => Value> = {
  toInt, toFloat, toComplex, num, denom, real, imag, makeImag,
};

test("go/constant cross-check", () => {
  const data = JSON.parse(readFileSync(casesPath, "utf8")) as { cases: string[][] };
  const vals: (Value | undefined)[] = [];
  const v = (r: string): Value => {
    const x = vals[Number(r.slice(1))];
    if (x === undefined) throw new MissingOperand(`case ${r} has no value`);
    return x;
  };
  const failures: string[] = [];
  let mismatches = 0;
  for (const [i, c] of data.cases.entries()) {
    const op = c[0]!;
    const a = c.slice(1, -1);
    const want = textToByteString(c[c.length - 1]!);
    let value: Value | undefined;
    let got: string;
    try {
      let scalar: string | undefined;
      switch (op) {
        case "lit": value = makeFromLiteral(textToByteString(a[1]!), litKinds[a[0]!]!); break;
        case "litx": value = makeFromLiteral(hexToBytes(a[1]!), litKinds[a[0]!]!); break;
        case "i64": value = makeInt64(BigInt(a[0]!)); break;
        case "u64": value = makeUint64(BigInt(a[0]!)); break;
        case "f64": value = makeFloat64(float64FromWords(parseInt(a[0]!.slice(0, 8), 16), parseInt(a[0]!.slice(8), 16))); break;
        case "str": value = makeString(hexToBytes(a[0]!)); break;
        case "bool": value = makeBool(a[0] === "true"); break;
        case "unknown": value = makeUnknown(); break;
        case "un": value = unaryOp(ops[a[0]!]!, v(a[1]!), Number(a[2])); break;
        case "bin": value = binaryOp(v(a[0]!), ops[a[1]!]!, v(a[2]!)); break;
        case "shift": value = shift(v(a[0]!), ops[a[1]!] ?? (-1 as Op), Number(a[2])); break;
        case "cmp": scalar = String(compare(v(a[0]!), ops[a[1]!]!, v(a[2]!))); break;
        case "kind": scalar = String(v(a[0]!).kind); break;
        case "sign": scalar = String(sign(v(a[0]!))); break;
        case "bitLen": scalar = String(bitLen(v(a[0]!))); break;
        case "int64Val": { const [x, ok] = int64Val(v(a[0]!)); scalar = `${x} ${ok}`; break; }
        case "uint64Val": { const [x, ok] = uint64Val(v(a[0]!)); scalar = `${x} ${ok}`; break; }
        case "float32Val": { const [x, ok] = float32Val(v(a[0]!)); scalar = `${hex32(float32Bits(x))} ${ok}`; break; }
        case "float64Val": { const [x, ok] = float64Val(v(a[0]!)); scalar = `${f64Hex(x)} ${ok}`; break; }
        case "stringVal": scalar = bytesToHex(stringVal(v(a[0]!))); break;
        case "boolVal": scalar = String(boolVal(v(a[0]!))); break;
        default: {
          const f = conversions[op];
          if (f === undefined) throw new Error(`unknown case kind ${op}`);
          value = f(v(a[0]!));
        }
      }
      got = value !== undefined ? describe(value) : scalar!;
    } catch (e) {
      if (!(e instanceof InternalError || e instanceof MissingOperand)) throw e;
      value = undefined;
      got = e instanceof InternalError ? "panic" : e.message;
    }
    vals.push(value);
    if (got !== want) mismatches++;
    if (got !== want && failures.length < 40) failures.push(`case ${i} ${JSON.stringify(c.slice(0, -1)).slice(0, 300)}\n   got ${JSON.stringify(got).slice(0, 400)}\n  want ${JSON.stringify(want).slice(0, 400)}`);
  }
  assert.ok(data.cases.length > 1000);
  assert.deepEqual(failures, [], `${mismatches} of ${data.cases.length} cases differ`);
});
