// Relations between types that reflect needs at run time, decided on the runtime's
// descriptors as Go's spec and reflect define them: method sets as reflect shows them,
// interface satisfaction, assignability, convertibility, and struct field offsets.

import { Kind, type Method, type Type, type IMethod } from "../../../runtime/type.js";
import { alignof, sizeof } from "../../../runtime/typesize.js";

/** A type's name is given (defined types and predeclared ones). */
export function hasName(t: Type): boolean {
  return t.name !== "";
}

const exportedCache = new Map<Type, Method[]>();

/** The exported methods of a non-interface type, sorted by name (what Type.Method indexes). */
export function exportedMethods(t: Type): Method[] {
  let ms = exportedCache.get(t);
  if (ms === undefined) {
    ms = t.methods.filter((m) => m.pkgPath === "");
    ms.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    exportedCache.set(t, ms);
  }
  return ms;
}

/** The methods Type.Method indexes: every interface method, or the exported concrete ones. */
export function methodCount(t: Type): number {
  return t.kind === Kind.Interface ? t.imethods.length : exportedMethods(t).length;
}

/** Whether type v implements interface type t (v may itself be an interface). */
export function implementsType(t: Type, v: Type): boolean {
  if (t.kind !== Kind.Interface) return false;
  const want = t.imethods;
  if (want.length === 0) return true;
  if (v.kind === Kind.Interface) {
    return want.every((m) => v.imethods.some((x: IMethod) => x.name === m.name && x.pkgPath === m.pkgPath && x.type === m.type));
  }
  return want.every((m) => v.methods.some((x) => x.name === m.name && x.pkgPath === m.pkgPath && x.type === m.type));
}

/** A value of type v may be assigned to type t without conversion to an interface. */
export function directlyAssignable(t: Type, v: Type): boolean {
  if (t === v) return true;
  if ((hasName(t) && hasName(v)) || t.kind !== v.kind) return false;
  if (t.kind === Kind.Chan && specialChannelAssignability(t, v)) return true;
  return identicalUnderlying(t, v, true);
}

/** A bidirectional channel value assigned to a channel type with the same element, one of them unnamed. */
export function specialChannelAssignability(t: Type, v: Type): boolean {
  return v.dir === 3 && (!hasName(t) || !hasName(v)) && t.elem === v.elem;
}

export function assignable(t: Type, v: Type): boolean {
  return directlyAssignable(t, v) || implementsType(t, v);
}

function identicalType(t: Type, v: Type, cmpTags: boolean): boolean {
  if (cmpTags) return t === v;
  if (t.name !== v.name || t.kind !== v.kind || t.pkgPath !== v.pkgPath) return false;
  return identicalUnderlying(t, v, false);
}

/** Whether t and v have identical underlying types (struct tags compared when cmpTags). */
export function identicalUnderlying(t: Type, v: Type, cmpTags: boolean): boolean {
  if (t === v) return true;
  if (t.kind !== v.kind) return false;
  switch (t.kind) {
    case Kind.Array:
      return t.len === v.len && identicalType(t.elem!, v.elem!, cmpTags);
    case Kind.Chan:
      return t.dir === v.dir && identicalType(t.elem!, v.elem!, cmpTags);
    case Kind.Func: {
      if (t.variadic !== v.variadic || t.params.length !== v.params.length || t.results.length !== v.results.length) return false;
      for (let i = 0; i < t.params.length; i++) if (!identicalType(t.params[i]!, v.params[i]!, cmpTags)) return false;
      for (let i = 0; i < t.results.length; i++) if (!identicalType(t.results[i]!, v.results[i]!, cmpTags)) return false;
      return true;
    }
    case Kind.Interface:
      // Identical method sets would still need a conversion at run time; only empty ones match.
      return t.imethods.length === 0 && v.imethods.length === 0;
    case Kind.Map:
      return identicalType(t.key!, v.key!, cmpTags) && identicalType(t.elem!, v.elem!, cmpTags);
    case Kind.Pointer: case Kind.Slice:
      return identicalType(t.elem!, v.elem!, cmpTags);
    case Kind.Struct: {
      const tf = t.fields, vf = v.fields;
      if (tf.length !== vf.length) return false;
      if (structPkgPath(t) !== structPkgPath(v)) return false;
      const to = fieldOffsets(t), vo = fieldOffsets(v);
      for (let i = 0; i < tf.length; i++) {
        const a = tf[i]!, b = vf[i]!;
        if (a.name !== b.name || !identicalType(a.type, b.type, cmpTags)) return false;
        if (cmpTags && a.tag !== b.tag) return false;
        if (to[i] !== vo[i] || a.embedded !== b.embedded) return false;
      }
      return true;
    }
    default:
      // Basic kinds of the same kind.
      return true;
  }
}

/** The package path gc records for a struct type: that of its unexported fields, if any. */
function structPkgPath(t: Type): string {
  for (const f of t.fields) if (f.pkgPath !== "") return f.pkgPath;
  return "";
}

function noPkgPath(t: Type): boolean {
  return t.pkgPath === "";
}

/** Whether a value of type v converts to type t (Go's conversion rules as reflect applies them). */
export function convertible(t: Type, v: Type): boolean {
  const dk = t.kind, sk = v.kind;
  if (isIntKind(sk) || isUintKind(sk)) {
    if (isIntKind(dk) || isUintKind(dk) || isFloatKind(dk)) return true;
    if (dk === Kind.String) return true;
  } else if (isFloatKind(sk)) {
    if (isIntKind(dk) || isUintKind(dk) || isFloatKind(dk)) return true;
  } else if (isComplexKind(sk)) {
    if (isComplexKind(dk)) return true;
  } else if (sk === Kind.String) {
    if (dk === Kind.Slice && noPkgPath(t.elem!) && (t.elem!.kind === Kind.Uint8 || t.elem!.kind === Kind.Int32)) return true;
  } else if (sk === Kind.Slice) {
    if (dk === Kind.String && noPkgPath(v.elem!) && (v.elem!.kind === Kind.Uint8 || v.elem!.kind === Kind.Int32)) return true;
    if (dk === Kind.Pointer && t.elem!.kind === Kind.Array && v.elem === t.elem!.elem) return true;
    if (dk === Kind.Array && v.elem === t.elem) return true;
  } else if (sk === Kind.Chan) {
    if (dk === Kind.Chan && specialChannelAssignability(t, v)) return true;
  }
  if (identicalUnderlying(t, v, false)) return true;
  if (dk === Kind.Pointer && !hasName(t) && sk === Kind.Pointer && !hasName(v) && identicalUnderlying(t.elem!, v.elem!, false)) return true;
  return implementsType(t, v);
}

export function isIntKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}
export function isUintKind(k: Kind): boolean {
  return k >= Kind.Uint && k <= Kind.Uintptr;
}
export function isFloatKind(k: Kind): boolean {
  return k === Kind.Float32 || k === Kind.Float64;
}
export function isComplexKind(k: Kind): boolean {
  return k === Kind.Complex64 || k === Kind.Complex128;
}

const offsetCache = new Map<Type, number[]>();

/** Byte offsets of a struct's fields on linux/amd64. */
export function fieldOffsets(t: Type): number[] {
  let offs = offsetCache.get(t);
  if (offs === undefined) {
    offs = [];
    let off = 0;
    for (const f of t.fields) {
      const a = alignof(f.type);
      off = Math.ceil(off / a) * a;
      offs.push(off);
      off += sizeof(f.type);
    }
    offsetCache.set(t, offs);
  }
  return offs;
}

/** Type.Comparable: interfaces count as comparable (a dynamic check happens at ==). */
export function comparableType(t: Type): boolean {
  return t.comparable;
}
