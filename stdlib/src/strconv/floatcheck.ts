// The checks behind the randomized float tests (floats*.test.ts). testdata/floats.txt holds,
// per chunk of 100 values, an FNV-1a hash of what Go's strconv printed for them (FormatFloat
// in every format with the shortest precision and four random ones, ParseFloat of texts
// derived from each value); the values and the random choices come from a splitmix64
// sequence per chunk, reproduced here step for step (testdata/floatgen writes the files and
// can dump a chunk's text). testdata/parsecases.txt holds ParseFloat's results for
// hand-written texts.
import { readFileSync } from "node:fs";
import { formatFloat } from "./ftoa.js";
import { parseFloat, ParseCode } from "./atof.js";

const M64 = (1n << 64n) - 1n;
let state = 0n;
function next(): bigint {
  state = (state + 0x9e3779b97f4a7c15n) & M64;
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}

const view = new DataView(new ArrayBuffer(8));
function f64frombits(b: bigint): number { view.setBigUint64(0, b); return view.getFloat64(0); }
function f64bitsBig(f: number): bigint { view.setFloat64(0, f); return view.getBigUint64(0); }
function f64bits(f: number): string { return f64bitsBig(f).toString(16).padStart(16, "0"); }
function f32frombits(b: number): number { view.setUint32(0, b >>> 0); return view.getFloat32(0); }
function f32bits(f: number): number { view.setFloat32(0, f); return view.getUint32(0); }

/** math.Nextafter (dir = ±1 toward ±Inf) at either size. */
function nextAfter(f: number, bs: number, dir: number): number {
  if (f !== f) return f;
  if (f === dir * Infinity) return f;
  if (f === 0) return bs === 32 ? dir * f32frombits(1) : dir * 5e-324;
  const away = (dir > 0) === (f > 0);
  if (bs === 32) return f32frombits(f32bits(f) + (away ? 1 : -1));
  return f64frombits(f64bitsBig(f) + (away ? 1n : -1n));
}

function value(i: number): [number, number] {
  switch (i % 3) {
    case 0: return [f64frombits(next()), 64];
    case 1: return [f32frombits(Number(next() >> 32n)), 32];
  }
  const r = next();
  const bs = r >> 63n === 1n ? 32 : 64;
  const neg = ((r >> 62n) & 1n) === 1n;
  let f: number;
  switch (Math.floor(i / 3) % 4) {
    case 0: {
      let m = next();
      if (((r >> 61n) & 1n) === 1n) m &= 0xffn << ((r >> 8n) % 56n);
      if (bs === 64) f = f64frombits(((r % 2047n) << 52n) | (m & ((1n << 52n) - 1n)));
      else f = f32frombits(Number(((r % 255n) << 23n) | (m & 0x7fffffn)));
      break;
    }
    case 1: {
      const k = 1n + r % 17n;
      const m = next() % 10n ** k;
      const e = Number(next() % 61n) - 30;
      f = parseFloat(m.toString() + "e" + e, bs)[0];
      break;
    }
    case 2: {
      const m = next() >> (r % 64n);
      const k = Number((r >> 8n) % 24n);
      f = Number(m) / 2 ** k;
      if (bs === 32) f = Math.fround(f);
      break;
    }
    default: {
      const e = bs === 32 ? Number((r >> 8n) % 90n) - 48 : Number((r >> 8n) % 700n) - 350;
      f = parseFloat("1e" + e, bs)[0];
      const c = (r >> 20n) % 3n;
      if (c === 1n) f = nextAfter(f, bs, 1);
      else if (c === 2n) f = nextAfter(f, bs, -1);
    }
  }
  return [neg ? -f : f, bs];
}

let formats = 0, parses = 0;

function fmtf(f: number, fm: string, prec: number, bs: number): string {
  formats++;
  return formatFloat(f, fm, prec, bs);
}

function parsed(s: string, bs: number): string {
  parses++;
  const [f, code] = parseFloat(s, bs);
  return (f !== f ? "NaN" : f64bits(f)) + "/" + (code === ParseCode.OK ? "ok" : code === ParseCode.Range ? "range" : "syntax");
}

function split(s: string): [string, number] {
  const i = s.indexOf("e");
  return [s.slice(0, i), Number(s.slice(i + 1))];
}

/** Adds d (±1) to the last digit of a decimal mantissa, carrying. */
function bump(m: string, d: number): string {
  const b = m.split("");
  for (let i = b.length - 1; i >= 0; i--) {
    const c = b[i]!;
    if (c < "0" || c > "9") continue;
    if (d > 0 && c === "9") { b[i] = "0"; continue; }
    if (d < 0 && c === "0") { b[i] = "9"; continue; }
    b[i] = String.fromCharCode(c.charCodeAt(0) + d);
    break;
  }
  return b.join("");
}

const FIVES: bigint[] = [1n];
function pow5(n: number): bigint {
  while (FIVES.length <= n) FIVES.push(FIVES[FIVES.length - 1]! * 5n);
  return FIVES[n]!;
}

/** The exact midpoint between |f| and the next float64 up: integer digits and a power of ten. */
function midpoint(f: number): [string, number] {
  const bits = f64bitsBig(f) & ~(1n << 63n);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (bits >> 52n === 0n) e = -1074;
  else { m |= 1n << 52n; e = Number(bits >> 52n) - 1075; }
  m = 2n * m + 1n;
  e--;
  if (e >= 0) return [(m << BigInt(e)).toString(), 0];
  return [(m * pow5(-e)).toString(), e];
}

const FIXED = "eEfgGxXb";

function line(f: number, bs: number): string {
  let s = (f !== f ? "NaN" : f64bits(f)) + "/" + bs;
  for (const fm of FIXED) s += " " + fmtf(f, fm, -1, bs);
  for (let j = 0; j < 4; j++) {
    const r = next();
    const fm = FIXED[Number(r % 8n)]!;
    let prec = Number((r >> 8n) % 26n);
    if ((r >> 16n) % 16n === 0n) prec = Number((r >> 24n) % 120n);
    s += " " + fmtf(f, fm, prec, bs);
  }
  if (!isFinite(f)) return s + " " + parsed(fmtf(f, "g", -1, bs), bs);
  const other = 96 - bs;
  const short = fmtf(f, "e", -1, bs);
  s += " " + parsed(fmtf(f, "g", -1, bs), bs) + " " + parsed(short, bs);
  const long = fmtf(f, "e", 25, 64);
  s += " " + parsed(long, 32) + " " + parsed(long, 64);
  const [m, e] = split(short);
  const r = next();
  s += " " + parsed(bump(m, 1) + "e" + e, bs) + " " + parsed(bump(m, -1) + "e" + e, bs);
  const tail = next().toString();
  const mm = m.includes(".") ? m : m + ".";
  s += " " + parsed(mm + "0000000" + tail + "e" + e, bs);
  s += " " + parsed(mm + "9".repeat(Number(r % 30n)) + tail + "E" + e, other);
  const shift = Number((r >> 8n) % 800n) - 400;
  s += " " + parsed(m + "e" + (e + shift), bs) + " " + parsed(m + "e" + (e + shift), other);
  const hex = fmtf(f, "x", -1, bs);
  s += " " + parsed(hex, bs) + " " + parsed(fmtf(f, "x", -1, 64), 32);
  const k = hex.indexOf("0x") + 2;
  s += " " + parsed(hex.slice(0, k) + "_" + hex.slice(k), bs);
  const hexp = fmtf(f, "x", Number((r >> 20n) % 14n), 64);
  s += " " + parsed(hexp.replace("p", "P"), 64);
  s += " " + parsed(m.slice(0, -1) + "_" + m.slice(-1) + "e" + e, bs);
  if (bs === 32) {
    const up = nextAfter(f, 32, 1);
    if (isFinite(up)) {
      const mid = fmtf((f + up) / 2, "e", 120, 64);
      s += " " + mid + " " + parsed(mid, 32);
      const i = mid.indexOf("e");
      s += " " + parsed(mid.slice(0, i) + "1" + mid.slice(i), 32);
    }
  } else if (f !== 0) {
    const [digits, exp] = midpoint(f);
    const sign = f < 0 ? "-" : "";
    s += " " + parsed(sign + digits + "e" + exp, 64);
    s += " " + parsed(sign + digits + "1e" + (exp - 1), 64);
    s += " " + parsed(sign + bump(digits, -1) + "e" + exp, 64);
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

export interface ChunkResult {
  /** Chunks whose hash differs from Go's. */
  bad: number[];
  /** Chunks in the file. */
  chunks: number;
  counts: Record<string, number>;
  formats: number;
  parses: number;
}

/** Checks the chunks in [from, to) (fractions of the file's chunks) against Go's hashes. */
export function checkChunks(from: number, to: number): ChunkResult {
  const lines = readFileSync("stdlib/src/strconv/testdata/floats.txt", "latin1").trim().split("\n");
  const [, nValues, , chunk, , seed] = lines[0]!.split(" ");
  const hashes = lines.slice(1);
  const n = Number(nValues), c = Number(chunk);
  if (hashes.length * c !== n) throw new Error("floats.txt: wrong number of chunks");
  const first = Math.floor(hashes.length * from), last = Math.floor(hashes.length * to);
  const bad: number[] = [];
  const counts: Record<string, number> = { "float64 random bits": 0, "float32 random bits": 0, "float64 other": 0, "float32 other": 0 };
  formats = parses = 0;
  for (let k = first; k < last; k++) {
    state = BigInt(seed!) + (BigInt(k) << 40n);
    let text = "";
    for (let i = k * c; i < (k + 1) * c; i++) {
      const [f, bs] = value(i);
      counts[`float${bs} ${i % 3 === 2 ? "other" : "random bits"}`]!++;
      text += line(f, bs) + "\n";
    }
    if (fnv(text) !== hashes[k]) bad.push(k);
  }
  return { bad, chunks: hashes.length, counts, formats, parses };
}

/** ParseFloat's results on the hand-written texts of parsecases.txt that differ from Go's. */
export function checkParseCases(): { texts: number; bad: string[] } {
  const lines = readFileSync("stdlib/src/strconv/testdata/parsecases.txt", "latin1").split("\n").filter((l) => l !== "");
  const bad: string[] = [];
  for (const l of lines) {
    const [bs, s, want] = l.split("\t");
    const got = parsed(s!, Number(bs));
    if (got !== want) bad.push(`ParseFloat(${JSON.stringify(s!.length > 60 ? s!.slice(0, 60) + "…" : s)}, ${bs}) = ${got}, want ${want}`);
  }
  return { texts: lines.length, bad };
}
