// Randomized float formatting and parsing against Go: testdata/floats.txt holds, per chunk of
// 100 values, an FNV-1a hash of what Go's strconv printed for them (FormatFloat in 44
// formats and precisions, ParseFloat of texts read back); the values come from a splitmix64
// sequence reproduced here (testdata/floatgen writes the file and can dump a chunk's text).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { formatFloat } from "./ftoa.js";
import { parseFloat, ParseCode } from "./atof.js";

const lines = readFileSync("stdlib/src/strconv/testdata/floats.txt", "latin1").trim().split("\n");
const [, nValues, , chunk, , seed] = lines[0]!.split(" ");
const hashes = lines.slice(1);

const M64 = (1n << 64n) - 1n;
let state = BigInt(seed!);
function next(): bigint {
  state = (state + 0x9e3779b97f4a7c15n) & M64;
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}

const view = new DataView(new ArrayBuffer(8));
function f64frombits(b: bigint): number { view.setBigUint64(0, b); return view.getFloat64(0); }
function f64bits(f: number): string { view.setFloat64(0, f); return view.getBigUint64(0).toString(16).padStart(16, "0"); }
function f32frombits(b: number): number { view.setUint32(0, b); return view.getFloat32(0); }
function nextUp32(f: number): number {
  if (f === 0) return f32frombits(1);
  view.setFloat32(0, f);
  const b = view.getUint32(0);
  view.setUint32(0, f > 0 ? b + 1 : b - 1);
  return view.getFloat32(0);
}

const formats: [string, number][] = [
  ["g", -1], ["e", -1], ["f", -1], ["G", -1], ["E", -1], ["b", -1], ["x", -1], ["X", -1],
  ["x", 0], ["x", 3], ["X", 5], ["x", 13], ["x", 20],
  ["e", 0], ["e", 1], ["e", 2], ["e", 3], ["e", 5], ["e", 8], ["e", 12], ["e", 16], ["e", 17], ["e", 20], ["e", 25], ["E", 4],
  ["f", 0], ["f", 1], ["f", 2], ["f", 3], ["f", 5], ["f", 8], ["f", 12], ["f", 20],
  ["g", 0], ["g", 1], ["g", 2], ["g", 3], ["g", 5], ["g", 8], ["g", 12], ["g", 16], ["g", 17], ["g", 20], ["G", 6],
];

function value(i: number): [number, number] {
  switch (i % 4) {
    case 0: return [f64frombits(next()), 64];
    case 1: return [f32frombits(Number(next() >> 32n)), 32];
    case 2: {
      const r = next();
      const k = 1n + r % 17n;
      const m = next() % 10n ** k;
      const e = Number(next() % 51n) - 25;
      let s = m.toString() + "e" + e;
      if (((r >> 8n) & 1n) === 1n) s = "-" + s;
      const bs = ((r >> 9n) & 1n) === 1n ? 32 : 64;
      return [parseFloat(s, bs)[0], bs];
    }
    default: {
      const r = next();
      const m = Number(r % (1n << 20n));
      const k = Number((r >> 20n) % 12n);
      let f = m / 2 ** k;
      if (((r >> 40n) & 1n) === 1n) f = -f;
      return [f, ((r >> 41n) & 1n) === 1n ? 32 : 64];
    }
  }
}

function parsed(s: string, bs: number): string {
  const [f, code] = parseFloat(s, bs);
  return (f !== f ? "NaN" : f64bits(f)) + "/" + (code === ParseCode.OK ? "ok" : code === ParseCode.Range ? "range" : "syntax");
}

function line(f: number, bs: number): string {
  let s = f64bits(f) + "/" + bs;
  for (const [fm, prec] of formats) s += " " + formatFloat(f, fm, prec, bs);
  s += " " + parsed(formatFloat(f, "g", -1, bs), bs);
  const long = formatFloat(f, "e", 25, 64);
  s += " " + parsed(long, 32) + " " + parsed(long, 64);
  if (bs === 32 && isFinite(f)) {
    const up = nextUp32(f);
    if (isFinite(up)) {
      const mid = formatFloat((f + up) / 2, "e", 120, 64);
      s += " " + mid + " " + parsed(mid, 32);
      const i = mid.indexOf("e");
      s += " " + parsed(mid.slice(0, i) + "1" + mid.slice(i), 32);
    }
  }
  return s;
}

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

test("FormatFloat and ParseFloat on random values match Go", () => {
  const n = Number(nValues), c = Number(chunk);
  const bad: number[] = [];
  let text = "";
  for (let i = 0; i < n; i++) {
    const [f, bs] = value(i);
    text += line(f, bs) + "\n";
    if ((i + 1) % c === 0) {
      const k = (i + 1) / c - 1;
      if (fnv(text) !== hashes[k]) bad.push(k);
      text = "";
    }
  }
  assert.deepEqual(bad, [], "chunks differing from Go (see testdata/floatgen -dump N)");
});
