// Go maps (docs/values.md: a GoMap, nil is null) on top of JS Maps.
//
// Keys whose JS values compare exactly as Go compares them (booleans, integers in their
// canonical number-or-bigint form, strings, pointers, channels) are the JS Map's keys
// themselves. Every other key type is encoded: floats because NaN never equals itself in Go
// (each m[NaN] = v adds an entry no lookup finds) and because the stored key must be the last
// one assigned (+0 or -0); complex, struct, array and interface keys as a string built from
// their parts (pointers inside by a per-object number, interface values with their dynamic
// type's number). An interface key whose dynamic type (or a part of it) cannot be compared
// makes gc's "hash of unhashable type" panic on any map operation, also on a nil map.
//
// The JS Map holds an Entry per key: the Go key, the value and an insertion number. JS Maps
// iterate in insertion order, so entries added during a range all come after the ones that
// were there when it began; the range stops at the first of them. Go allows either producing
// or skipping added entries, and skipping them keeps loops that add while ranging finite.
// Iteration starts at a random place, as gc's does, so programs cannot depend on an order: a
// random number of entries at the front are set aside and produced last.

import { panicNilMap, panicUnhashable, type I64 } from "./errors.js";
import { objectId } from "./objid.js";
import { Iface, Kind, type Type } from "./type.js";

type Encoder = (v: any) => any;

/** A stored key-value pair; `n` numbers insertions within the map. */
class Entry {
  constructor(public k: any, public v: any, readonly n: number) {}
}

/** The JS Map key of a key containing NaN: unique, so equal to no other key. */
class NaNKey {}

export class GoMap {
  /** Key (or encoded key) to Entry. */
  readonly data = new Map<any, Entry>();
  /** Null when keys are stored as they are. */
  readonly enc: Encoder | null;
  /** Insertions so far: the number of the latest Entry. */
  inserts = 0;
  constructor(readonly key: Type, readonly elem: Type) {
    this.enc = topEncoder(key);
  }
}

// ---- key encoding ----

const encoders = new WeakMap<Type, Encoder>();
/** Set by the float encoder when a part of the key being encoded is NaN. */
let sawNaN = false;

function encodeFloat(v: number): string {
  if (v !== v) {
    sawNaN = true;
    return "NaN";
  }
  return v === 0 ? "0" : String(v);
}

function encodeRef(v: any): string {
  if (v === null) return "n";
  if (typeof v === "object" || typeof v === "function") return "#" + objectId(v);
  return "v" + String(v);
}

function encodeIface(v: Iface | null): string {
  if (v === null) return "n";
  const t = v.t;
  if (!t.comparable) panicUnhashable(t);
  return "i" + t.id + ":" + encoderFor(t)(v.v);
}

/** Encodes a key of type t as a string that equal keys (and only they) share. */
function encoderFor(t: Type): Encoder {
  let e = encoders.get(t);
  if (e === undefined) {
    e = makeEncoder(t);
    encoders.set(t, e);
  }
  return e;
}

function makeEncoder(t: Type): Encoder {
  switch (t.kind) {
    case Kind.Bool: return (v: boolean) => (v ? "t" : "f");
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return (v: I64) => String(v);
    case Kind.Float32: case Kind.Float64: return encodeFloat;
    case Kind.Complex64: case Kind.Complex128:
      return (v: { re: number; im: number }) => encodeFloat(v.re) + "," + encodeFloat(v.im);
    case Kind.String: return (v: string) => v.length + ":" + v;
    case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer: return encodeRef;
    case Kind.Interface: return encodeIface;
    case Kind.Array: {
      const n = t.len;
      let ee: Encoder | null = null;
      return (v: any) => {
        ee ??= encoderFor(t.elem!);
        let s = "[";
        for (let i = 0; i < n; i++) s += ee(v[i]) + ",";
        return s + "]";
      };
    }
    case Kind.Struct: {
      // Blank fields take no part in equality, so none in the key.
      const fs = t.fields.filter((f) => f.name !== "_");
      let es: Encoder[] | null = null;
      return (v: any) => {
        es ??= fs.map((f) => encoderFor(f.type));
        let s = "{";
        for (let i = 0; i < fs.length; i++) s += es[i]!(v[fs[i]!.js]) + ",";
        return s + "}";
      };
    }
    default:
      return () => panicUnhashable(t);
  }
}

function isDirect(t: Type): boolean {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
    case Kind.String: case Kind.Pointer: case Kind.Chan:
      return true;
    default:
      return false;
  }
}

/** The encoder a map of key type t uses, null for direct keys. */
function topEncoder(t: Type): Encoder | null {
  if (isDirect(t)) return null;
  if (t.kind === Kind.Float32 || t.kind === Kind.Float64) {
    return (k: number) => (k !== k ? new NaNKey() : k === 0 ? 0 : k);
  }
  const e = encoderFor(t);
  return (k: any) => {
    sawNaN = false;
    const s = e(k);
    return sawNaN ? new NaNKey() : s;
  };
}

/** On a nil map gc still hashes the key, so an unhashable interface key panics there too. */
function checkNilMapKey(k: any): void {
  if (k instanceof Iface) encodeIface(k);
}

// ---- operations ----

/** make(map[K]V, hint). The hint only sizes gc's table and is ignored (negative hints included). */
export function makeMap(key: Type, elem: Type, _hint?: I64): GoMap {
  return new GoMap(key, elem);
}

/** A map literal with the given keys and values, in source order (later duplicates win). */
export function mapLit(key: Type, elem: Type, keys: any[], vals: any[]): GoMap {
  const m = new GoMap(key, elem);
  for (let i = 0; i < keys.length; i++) mapSet(m, keys[i], vals[i]);
  return m;
}

/** m[k], or undefined when k is absent (the caller supplies the zero value). */
export function mapGet(m: GoMap | null, k: any): any {
  if (m === null) {
    checkNilMapKey(k);
    return undefined;
  }
  const enc = m.enc;
  const e = m.data.get(enc === null ? k : enc(k));
  return e === undefined ? undefined : e.v;
}

/** The ok of v, ok := m[k]. */
export function mapHas(m: GoMap | null, k: any): boolean {
  if (m === null) {
    checkNilMapKey(k);
    return false;
  }
  const enc = m.enc;
  return m.data.has(enc === null ? k : enc(k));
}

/** m[k] = v. */
export function mapSet(m: GoMap | null, k: any, v: any): void {
  if (m === null) panicNilMap();
  const enc = m.enc;
  const key = enc === null ? k : enc(k);
  const e = m.data.get(key);
  if (e === undefined) {
    m.data.set(key, new Entry(k, v, ++m.inserts));
  } else {
    // gc overwrites the stored key too: it may differ in ways == ignores (-0 and +0).
    e.k = k;
    e.v = v;
  }
}

/** delete(m, k). */
export function mapDelete(m: GoMap | null, k: any): void {
  if (m === null) {
    checkNilMapKey(k);
    return;
  }
  const enc = m.enc;
  m.data.delete(enc === null ? k : enc(k));
}

/** len(m). */
export function mapLen(m: GoMap | null): number {
  return m === null ? 0 : m.data.size;
}

/** clear(m). */
export function mapClear(m: GoMap | null): void {
  if (m !== null) m.data.clear();
}

/** Most entries set aside at the front of an iteration (bounds the cost of a range that breaks early). */
const MAX_SKIP = 64;

/**
 * A range over a map: `while (it.next()) { use it.k, it.v }`. Entries deleted before they are
 * reached are not produced, values are read when reached, entries added during the range
 * (also deleted keys added again) are not produced, and no entry is produced twice.
 */
export class MapIter {
  k: any = undefined;
  v: any = undefined;
  private readonly m: GoMap | null;
  /** Entries numbered above this were added during the range. */
  private readonly last: number;
  private live: Iterator<Entry> | null = null;
  /** Stored keys of the entries set aside, produced after the rest. */
  private readonly skipped: any[] = [];
  private si = 0;

  constructor(m: GoMap | null) {
    this.m = m;
    this.last = m === null ? 0 : m.inserts;
    if (m === null || m.data.size === 0) return;
    const skip = Math.floor(Math.random() * Math.min(m.data.size, MAX_SKIP));
    if (skip > 0) {
      const keys = m.data.keys();
      for (let i = 0; i < skip; i++) this.skipped.push(keys.next().value);
    }
    const it = m.data.values();
    for (let i = 0; i < skip; i++) it.next();
    this.live = it;
  }

  next(): boolean {
    const m = this.m;
    if (m === null) return false;
    const live = this.live;
    if (live !== null) {
      const r = live.next();
      if (!r.done && r.value.n <= this.last) {
        this.k = r.value.k;
        this.v = r.value.v;
        return true;
      }
      this.live = null;
    }
    const sk = this.skipped;
    while (this.si < sk.length) {
      const e = m.data.get(sk[this.si++]);
      // Absent: deleted meanwhile. Numbered after the start: deleted and added again.
      if (e === undefined || e.n > this.last) continue;
      this.k = e.k;
      this.v = e.v;
      return true;
    }
    return false;
  }
}

/** for k, v := range m. */
export function mapIter(m: GoMap | null): MapIter {
  return new MapIter(m);
}
