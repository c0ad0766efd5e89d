// Natives of package math: bit conversions, sign and scaling operations, rounding, FMA, the
// amd64 assembly routines (Exp, Log, Hypot), JS's correctly rounded operations (Sqrt, Floor,
// Ceil, Trunc, Mod) and the functions where JS's results were checked to equal gc's (Expm1,
// Log1p, Atanh's building blocks).
import { registerNatives } from "../../../runtime/index.js";
import * as b from "./bitsnative.js";
import { fma } from "./fma.js";
import { exp, log, hypot } from "./explog.js";
import { trigReduce } from "./trigreduce.js";

const EXPM1_OVERFLOW = 709.782712893384;

registerNatives("math", {
  Float64bits: b.float64bits,
  Float64frombits: b.float64frombits,
  Float32bits: b.float32bits,
  Float32frombits: b.float32frombits,
  Signbit: b.signbit,
  Abs: (x: number): number => Math.abs(x),
  Copysign(f: number, sign: number): number {
    const neg = b.signbit(sign);
    return b.signbit(f) === neg ? f : -f;
  },
  NaN: (): number => b.goNaN,
  Floor: (x: number): number => Math.floor(x),
  Ceil: (x: number): number => Math.ceil(x),
  Trunc: (x: number): number => Math.trunc(x),
  Sqrt: (x: number): number => Math.sqrt(x),
  Round(x: number): number {
    // Half away from zero: Math.round breaks ties upwards, so work on |x|.
    return x < 0 ? -Math.round(-x) : Math.round(x);
  },
  RoundToEven(x: number): number {
    if (!(Math.abs(x) < 2 ** 52)) return x;
    const t = Math.trunc(x);
    const d = x - t;
    if (Math.abs(d) > 0.5 || (Math.abs(d) === 0.5 && t % 2 !== 0)) return t + Math.sign(d);
    return t;
  },
  Frexp: b.frexp,
  Ldexp: b.ldexp,
  Modf: b.modf,
  ilogb: b.ilogb,
  Nextafter: (x: number, y: number): number => {
    const r = b.nextafter(x, y);
    return Number.isNaN(r) ? b.goNaN : r;
  },
  Nextafter32: b.nextafter32,
  Mod(x: number, y: number): number {
    const r = x % y;
    return Number.isNaN(r) ? b.goNaN : r;
  },
  FMA: fma,
  Exp: exp,
  Log: log,
  Hypot: hypot,
  // JS's expm1 is fdlibm's, which overflows only above the threshold ln(MaxFloat64) rounded;
  // Go's overflows at it too.
  Expm1: (x: number): number => (Number.isNaN(x) ? x : x >= EXPM1_OVERFLOW ? Infinity : Math.expm1(x)),
  Log1p(x: number): number {
    const r = Math.log1p(x);
    return Number.isNaN(r) ? b.goNaN : r;
  },
  trigReduce,
});
