// reflect.DeepEqual, walking two values of one type directly in gots' representation.
// Comparisons in progress through pointers, maps, slices and interfaces are remembered by
// the identity of the JS objects involved, so cyclic data ends; a pair met again counts as
// equal, as in gc.

import { Iface, Kind, type Type } from "../../../runtime/type.js";
import type { Slice } from "../../../runtime/slice.js";
import { MapIter, mapGet, mapLen, type GoMap } from "../../../runtime/map.js";
import { objectId } from "../../../runtime/objid.js";
import type { Complex } from "../../../runtime/complex.js";

type Visited = Set<string>;

/** The object standing for a value's identity in the visited set (null: nothing to track). */
function identity(t: Type, x: any): object | null {
  switch (t.kind) {
    case Kind.Pointer: case Kind.Map: case Kind.Interface:
      return x;
    case Kind.Slice:
      return (x as Slice).a === null ? null : x;
  }
  return null;
}

function deep(t: Type, x: any, y: any, visited: Visited): boolean {
  const k = t.kind;
  if (k === Kind.Pointer || k === Kind.Map || k === Kind.Slice || k === Kind.Interface) {
    const a = identity(t, x), b = identity(t, y);
    if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
      let i1 = objectId(a), i2 = objectId(b);
      if (i1 > i2) { const s = i1; i1 = i2; i2 = s; }
      const key = i1 + ":" + i2 + ":" + t.id;
      if (visited.has(key)) return true;
      visited.add(key);
    }
  }
  switch (k) {
    case Kind.Array: {
      const e = t.elem!;
      for (let i = 0; i < t.len; i++) if (!deep(e, x[i], y[i], visited)) return false;
      return true;
    }
    case Kind.Slice: {
      const s1 = x as Slice, s2 = y as Slice;
      if ((s1.a === null) !== (s2.a === null)) return false;
      if (s1.n !== s2.n) return false;
      if (s1.a === s2.a && s1.o === s2.o) return true;
      const e = t.elem!;
      for (let i = 0; i < s1.n; i++) if (!deep(e, s1.a[s1.o + i], s2.a[s2.o + i], visited)) return false;
      return true;
    }
    case Kind.Interface: {
      const a = x as Iface | null, b = y as Iface | null;
      if (a === null || b === null) return a === b;
      if (a.t !== b.t) return false;
      return deep(a.t, a.v, b.v, visited);
    }
    case Kind.Pointer:
      if (x === y) return true;
      if (x === null || y === null) return false;
      return deep(t.elem!, derefPtr(t.elem!, x), derefPtr(t.elem!, y), visited);
    case Kind.Struct:
      for (const f of t.fields) if (!deep(f.type, x[f.js], y[f.js], visited)) return false;
      return true;
    case Kind.Map: {
      const m1 = x as GoMap | null, m2 = y as GoMap | null;
      if ((m1 === null) !== (m2 === null)) return false;
      if (mapLen(m1) !== mapLen(m2)) return false;
      if (m1 === m2) return true;
      const e = t.elem!;
      const it = new MapIter(m1);
      while (it.next()) {
        const v2 = mapGet(m2, it.k);
        if (v2 === undefined || !deep(e, it.v, v2, visited)) return false;
      }
      return true;
    }
    case Kind.Func:
      return x === null && y === null;
    case Kind.Complex64: case Kind.Complex128:
      return (x as Complex).re === (y as Complex).re && (x as Complex).im === (y as Complex).im;
    default:
      // Numbers (NaN is unequal to itself), strings, booleans, channels, unsafe pointers.
      return x === y;
  }
}

function derefPtr(elem: Type, p: any): any {
  return elem.kind === Kind.Struct || elem.kind === Kind.Array ? p : p.v;
}

export function deepEqual(x: Iface | null, y: Iface | null): boolean {
  if (x === null || y === null) return x === y;
  if (x.t !== y.t) return false;
  return deep(x.t, x.v, y.v, new Set());
}
