// Map entries in the order fmt prints them (Go's internal/fmtsort rules): numbers by value
// (NaN first), strings bytewise, false before true, complex by real then imaginary part,
// pointers and channels by address (nil first), structs and arrays element by element, and
// interface values by dynamic type, then value. gc orders types by the addresses of their
// descriptors, which Go leaves undefined; typeOrder imitates how gc's linker lays them out.

import { type Iface, Kind, type Type } from "../../../runtime/type.js";
import type { GoMap } from "../../../runtime/map.js";
import type { Complex } from "../../../runtime/complex.js";
import { fakeAddress } from "../../../runtime/objid.js";

function cmpNum(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cmp.Compare on floats: NaN below everything and equal to itself. */
function cmpFloat(a: number, b: number): number {
  const an = a !== a, bn = b !== b;
  if (an) return bn ? 0 : -1;
  if (bn) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function address(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "object" || typeof v === "function") return fakeAddress(v as object);
  return Number(v);
}

// gc's linker places type descriptors by size first (the descriptor of the kind, plus the
// method table of a named type or a type with methods, plus the parameters, fields or
// interface methods that follow it), and among equal sizes by the order in which it loaded
// them: the main package's named types (and pointers to them), then other packages' and the
// predeclared ones (written by the runtime package in the order below), then unnamed types,
// each group in the order of the compiler's sort by type string. Programs whose types only
// rely on that much print as gc prints them; in others interface keys of different dynamic
// types may be ordered differently.
const PREDECLARED = ["string", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "int", "uint", "uintptr",
  "complex64", "complex128", "float32", "float64", "bool"];

function descriptorSize(t: Type): number {
  let n: number;
  switch (t.kind) {
    case Kind.Array: n = 72; break;
    case Kind.Chan: n = 64; break;
    case Kind.Func: n = 56 + 8 * (t.params.length + t.results.length); break;
    case Kind.Interface: n = 80 + 8 * t.imethods.length; break;
    case Kind.Map: n = 88; break;
    case Kind.Pointer: case Kind.Slice: n = 56; break;
    case Kind.Struct: n = 80 + 24 * t.fields.length; break;
    default: n = 48;
  }
  if (t.name !== "" || t.methods.length > 0) n += 16 + 16 * t.methods.length;
  return n;
}

function typeGroup(t: Type): [number, number, string] {
  const base = t.kind === Kind.Pointer && t.name === "" ? t.elem! : t;
  if (base.name === "") return [3, 0, t.str];
  if (base.pkgPath === "main") return [0, 0, base.str + " " + t.str];
  if (base.pkgPath === "") {
    const i = PREDECLARED.indexOf(base.name);
    return [2, i < 0 ? PREDECLARED.length : i, base.str + " " + t.str];
  }
  return [1, 0, base.str + " " + t.str];
}

function compareTypes(a: Type, b: Type): number {
  const sa = descriptorSize(a), sb = descriptorSize(b);
  if (sa !== sb) return sa - sb;
  const [ga, ia, na] = typeGroup(a), [gb, ib, nb] = typeGroup(b);
  if (ga !== gb) return ga - gb;
  if (ia !== ib) return ia - ib;
  if (na !== nb) return na < nb ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

export function compareValues(t: Type, a: any, b: any): number {
  switch (t.kind) {
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return cmpNum(a, b);
    case Kind.String:
      return a < b ? -1 : a > b ? 1 : 0;
    case Kind.Float32: case Kind.Float64:
      return cmpFloat(a, b);
    case Kind.Complex64: case Kind.Complex128: {
      const c = cmpFloat((a as Complex).re, (b as Complex).re);
      return c !== 0 ? c : cmpFloat((a as Complex).im, (b as Complex).im);
    }
    case Kind.Bool:
      return a === b ? 0 : a ? 1 : -1;
    case Kind.Pointer: case Kind.UnsafePointer: case Kind.Chan:
      return cmpNum(address(a), address(b));
    case Kind.Struct:
      for (const f of t.fields) {
        const c = compareValues(f.type, a[f.js], b[f.js]);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Array:
      for (let i = 0; i < t.len; i++) {
        const c = compareValues(t.elem!, a[i], b[i]);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Interface: {
      const x = a as Iface | null, y = b as Iface | null;
      if (x === null) return y === null ? 0 : -1;
      if (y === null) return 1;
      if (x.t !== y.t) return compareTypes(x.t, y.t);
      return compareValues(x.t, x.v, y.v);
    }
    default:
      return 0;
  }
}

/** The entries of a map of type t (null for a nil map), sorted by key. */
export function sortedEntries(t: Type, m: GoMap | null): [any, any][] {
  if (m === null) return [];
  const out: [any, any][] = [];
  for (const e of m.data.values()) out.push([e.k, e.v]);
  const kt = t.key!;
  out.sort((x, y) => compareValues(kt, x[0], y[0]));
  return out;
}
