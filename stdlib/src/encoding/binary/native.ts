// Natives of encoding/binary: the structured path of Read/Write/Size, walking gots' run-time
// type descriptors where gc uses reflection. Sizes follow gc's rules: booleans and sized
// numbers (complex as two floats) are fixed-size, as are arrays and structs made only of
// them; int, uint, uintptr, strings, pointers and the like are not. Blank (_) struct fields
// are written as zeros and skipped when reading; reading into any other unexported field
// panics with reflect's message, as gc does.
import { registerNatives, Iface, Complex, type Slice, type Type } from "../../../../runtime/index.js";
import { Kind } from "../../../../runtime/type.js";
import { panicNilDeref } from "../../../../runtime/errors.js";
import { gopanic } from "../../../../runtime/extra.js";
import { types } from "../../../../runtime/type.js";

const sizes = new Map<Type, number>();

/** The encoded size of a value of type t, or -1 when t is not fixed-size. */
function sizeof(t: Type): number {
  const known = sizes.get(t);
  if (known !== undefined) return known;
  let s = -1;
  switch (t.kind) {
    case Kind.Bool: case Kind.Int8: case Kind.Uint8: s = 1; break;
    case Kind.Int16: case Kind.Uint16: s = 2; break;
    case Kind.Int32: case Kind.Uint32: case Kind.Float32: s = 4; break;
    case Kind.Int64: case Kind.Uint64: case Kind.Float64: case Kind.Complex64: s = 8; break;
    case Kind.Complex128: s = 16; break;
    case Kind.Array: { const e = sizeof(t.elem!); s = e < 0 ? -1 : e * t.len; break; }
    case Kind.Struct: {
      s = 0;
      for (const f of t.fields) {
        const fs = sizeof(f.type);
        if (fs < 0) { s = -1; break; }
        s += fs;
      }
      break;
    }
  }
  sizes.set(t, s);
  return s;
}

/** The size of the data x holds (after one pointer indirection when indirect), as gc's dataSize. */
function valueSize(x: Iface | null, forRead: boolean): number {
  if (x === null) return -1;
  let t = x.t, v = x.v;
  if (t.kind === Kind.Pointer) {
    if (v === null) return -1;
    t = t.elem!;
    if (t.kind === Kind.Slice) v = (v as { v: Slice }).v;
  } else if (forRead && t.kind !== Kind.Slice) {
    return -1;
  }
  if (t.kind === Kind.Slice) {
    const e = sizeof(t.elem!);
    return e < 0 ? -1 : e * (v as Slice).n;
  }
  return sizeof(t);
}

/** A cursor over the bytes of a []byte with the byte order fixed. */
class Cursor {
  dv: DataView;
  off: number;
  constructor(buf: Slice, readonly big: boolean) {
    const a = buf.a as Uint8Array | null;
    this.dv = a === null ? new DataView(new ArrayBuffer(0)) : new DataView(a.buffer, a.byteOffset + buf.o, buf.n);
    this.off = 0;
  }
}

function enc(c: Cursor, t: Type, v: any): void {
  const le = !c.big, dv = c.dv;
  switch (t.kind) {
    case Kind.Bool: dv.setUint8(c.off++, v ? 1 : 0); return;
    case Kind.Int8: case Kind.Uint8: dv.setUint8(c.off++, v & 255); return;
    case Kind.Int16: case Kind.Uint16: dv.setUint16(c.off, v & 0xffff, le); c.off += 2; return;
    case Kind.Int32: case Kind.Uint32: dv.setUint32(c.off, v >>> 0, le); c.off += 4; return;
    case Kind.Float32: dv.setFloat32(c.off, v, le); c.off += 4; return;
    case Kind.Int64: case Kind.Uint64:
      dv.setBigUint64(c.off, BigInt.asUintN(64, BigInt(v)), le); c.off += 8; return;
    case Kind.Float64: dv.setFloat64(c.off, v, le); c.off += 8; return;
    case Kind.Complex64:
      dv.setFloat32(c.off, (v as Complex).re, le); dv.setFloat32(c.off + 4, (v as Complex).im, le); c.off += 8; return;
    case Kind.Complex128:
      dv.setFloat64(c.off, (v as Complex).re, le); dv.setFloat64(c.off + 8, (v as Complex).im, le); c.off += 16; return;
    case Kind.Array:
      for (let i = 0; i < t.len; i++) enc(c, t.elem!, v[i]);
      return;
    case Kind.Struct:
      for (const f of t.fields) {
        if (f.name === "_") {
          const n = sizeof(f.type);
          for (let i = 0; i < n; i++) dv.setUint8(c.off + i, 0);
          c.off += n;
        } else {
          enc(c, f.type, v[f.js]);
        }
      }
      return;
  }
}

/** Canonical int64/uint64 (docs/values.md): a number when safe, else a bigint. */
function canon(b: bigint): number | bigint {
  const n = Number(b);
  return Number.isSafeInteger(n) ? n : b;
}

const setterName: Partial<Record<Kind, string>> = {
  [Kind.Bool]: "SetBool", [Kind.Int8]: "SetInt", [Kind.Int16]: "SetInt", [Kind.Int32]: "SetInt", [Kind.Int64]: "SetInt",
  [Kind.Uint8]: "SetUint", [Kind.Uint16]: "SetUint", [Kind.Uint32]: "SetUint", [Kind.Uint64]: "SetUint",
  [Kind.Float32]: "SetFloat", [Kind.Float64]: "SetFloat", [Kind.Complex64]: "SetComplex", [Kind.Complex128]: "SetComplex",
};

/** Decodes a value of type t into obj[key]; composite values are filled in place. ro marks
 *  data reached through an unexported field, which reflection refuses to set. */
function dec(c: Cursor, t: Type, obj: any, key: string | number, ro: boolean): void {
  const le = !c.big, dv = c.dv;
  switch (t.kind) {
    case Kind.Array: {
      const arr = obj[key];
      for (let i = 0; i < t.len; i++) dec(c, t.elem!, arr, i, ro);
      return;
    }
    case Kind.Struct:
      decStruct(c, t, obj[key], ro);
      return;
  }
  if (ro) gopanic(new Iface(types.string, `reflect: reflect.Value.${setterName[t.kind]} using value obtained using unexported field`));
  let x: unknown;
  switch (t.kind) {
    case Kind.Bool: x = dv.getUint8(c.off++) !== 0; break;
    case Kind.Int8: x = dv.getInt8(c.off++); break;
    case Kind.Uint8: x = dv.getUint8(c.off++); break;
    case Kind.Int16: x = dv.getInt16(c.off, le); c.off += 2; break;
    case Kind.Uint16: x = dv.getUint16(c.off, le); c.off += 2; break;
    case Kind.Int32: x = dv.getInt32(c.off, le); c.off += 4; break;
    case Kind.Uint32: x = dv.getUint32(c.off, le); c.off += 4; break;
    case Kind.Float32: x = dv.getFloat32(c.off, le); c.off += 4; break;
    case Kind.Int64: x = canon(dv.getBigInt64(c.off, le)); c.off += 8; break;
    case Kind.Uint64: x = canon(dv.getBigUint64(c.off, le)); c.off += 8; break;
    case Kind.Float64: x = dv.getFloat64(c.off, le); c.off += 8; break;
    case Kind.Complex64: x = new Complex(dv.getFloat32(c.off, le), dv.getFloat32(c.off + 4, le)); c.off += 8; break;
    case Kind.Complex128: x = new Complex(dv.getFloat64(c.off, le), dv.getFloat64(c.off + 8, le)); c.off += 16; break;
    default: return;
  }
  obj[key] = x;
}

function decStruct(c: Cursor, t: Type, obj: any, ro: boolean): void {
  for (const f of t.fields) {
    if (f.name === "_") c.off += sizeof(f.type);
    else dec(c, f.type, obj, f.js, ro || !f.exported);
  }
}

registerNatives("encoding/binary", {
  dataSize(data: Iface | null, forRead: boolean): number {
    return valueSize(data, forRead);
  },
  typeString(data: Iface | null): string {
    if (data === null) panicNilDeref();
    return data.t.str;
  },
  encodeValue(buf: Slice, big: boolean, data: Iface): void {
    const c = new Cursor(buf, big);
    let t = data.t, v = data.v;
    if (t.kind === Kind.Pointer) {
      t = t.elem!;
      // Pointers to structs and arrays are the objects themselves; others read through .v.
      if (t.kind !== Kind.Struct && t.kind !== Kind.Array) v = v.v;
    }
    if (t.kind === Kind.Slice) {
      const s = v as Slice;
      for (let i = 0; i < s.n; i++) enc(c, t.elem!, s.a![s.o + i]);
    } else {
      enc(c, t, v);
    }
  },
  decodeValue(buf: Slice, big: boolean, data: Iface): void {
    const c = new Cursor(buf, big);
    const t = data.t, v = data.v;
    if (t.kind === Kind.Slice) {
      const s = v as Slice;
      for (let i = 0; i < s.n; i++) dec(c, t.elem!, s.a, s.o + i, false);
      return;
    }
    const e = t.elem!;
    if (e.kind === Kind.Struct) decStruct(c, e, v, false);
    else if (e.kind === Kind.Array) { for (let i = 0; i < e.len; i++) dec(c, e.elem!, v, i, false); }
    else if (e.kind === Kind.Slice) {
      const s = v.v as Slice;
      for (let i = 0; i < s.n; i++) dec(c, e.elem!, s.a, s.o + i, false);
    } else dec(c, e, v, "v", false);
  },
});
