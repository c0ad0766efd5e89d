// Sizes, alignments and field offsets as gc computes them (types2 gcsizes.go and the helpers
// of sizes.go), for unsafe.Sizeof/Alignof/Offsetof and for the runtime's memory layout.
//
// gots targets gc's linux/amd64 layout: WordSize 8, MaxAlign 8. gc differs from the spec's
// minimum rules in two ways that are visible to programs: a struct whose last field has size
// zero is padded (so a pointer to that field can't point past the struct), and the struct's
// size is rounded up to its alignment.
//
// Sizes and offsets are bigints with int64 semantics: a negative result means "too large"
// (types2 lets sums overflow into negative int64 values and checks the sign). Alignments are
// small numbers (1..8).

import { BasicKind, BasicInfo, TypeKind, under, unalias, type Type, type Named } from "./type.js";
import type { Var } from "./object.js";
import { assert } from "../base/index.js";
import { isComplex, isTyped, isTypeParam } from "./predicates.js";

const MAX_INT64 = (1n << 63n) - 1n;

/** Sizes of the basic kinds with a fixed size (0: depends on the word size or is not sized). */
const basicSizes: readonly number[] = (() => {
  const s: number[] = [];
  s[BasicKind.Bool] = 1;
  s[BasicKind.Int8] = 1;
  s[BasicKind.Int16] = 2;
  s[BasicKind.Int32] = 4;
  s[BasicKind.Int64] = 8;
  s[BasicKind.Uint8] = 1;
  s[BasicKind.Uint16] = 2;
  s[BasicKind.Uint32] = 4;
  s[BasicKind.Uint64] = 8;
  s[BasicKind.Float32] = 4;
  s[BasicKind.Float64] = 8;
  s[BasicKind.Complex64] = 8;
  s[BasicKind.Complex128] = 16;
  return s;
})();

/** Wraps to int64, as Go's int64 arithmetic does. */
function i64(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** The smallest y >= x with y % a == 0 (a a power of 2 in 1..8); may wrap to negative. */
export function align(x: bigint, a: number): bigint {
  const ab = BigInt(a);
  return i64((x + ab - 1n) & ~(ab - 1n));
}

/** gc's sizes for one architecture (types2 gcSizes). */
export class GcSizes {
  private readonly word: bigint;

  constructor(readonly wordSize: number, readonly maxAlign: number) {
    this.word = BigInt(wordSize);
  }

  /** The alignment of a variable of type T (at least 1). */
  alignof(T: Type): number {
    const t = under(T);
    switch (t.tkind) {
      case TypeKind.Array:
        // spec: an array is aligned like its elements
        return this.alignof(t.elem);
      case TypeKind.Struct: {
        // sync/atomic.align64, an empty struct, forces 64-bit alignment of its container
        if (t.fields.length === 0 && isSyncAtomicAlign64(T)) return 8;
        // spec: the largest alignment of the fields, but at least 1
        let max = 1;
        for (const f of t.fields) {
          const a = this.alignof(f.type!);
          if (a > max) max = a;
        }
        return max;
      }
      case TypeKind.Slice:
      case TypeKind.Interface:
        // multiword structures of word-sized elements (type parameters have no size)
        return this.wordSize;
      case TypeKind.Basic:
        if ((t.info & BasicInfo.IsString) !== 0) return this.wordSize;
        break;
    }
    let a = this.sizeof(T); // may be 0 or negative
    if (a < 1n) return 1;
    // complex types are aligned like [2]float
    if (isComplex(T)) a /= 2n;
    return a > BigInt(this.maxAlign) ? this.maxAlign : Number(a);
  }

  /** The offsets of the fields of a struct; -1 for the fields after one that is too large. */
  offsetsof(fields: readonly Var[]): bigint[] {
    const offsets: bigint[] = new Array<bigint>(fields.length);
    let offs = 0n;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (offs < 0n) {
        offsets[i] = -1n; // all remaining offsets are too large
        continue;
      }
      offs = align(offs, this.alignof(f.type!)); // possibly < 0 if align overflows
      offsets[i] = offs;
      const d = this.sizeof(f.type!);
      if (d >= 0n && offs >= 0n) offs = i64(offs + d); // may overflow to < 0
      else offs = -1n;
    }
    return offsets;
  }

  /** The size of a variable of type T; negative if it is too large. */
  sizeof(T: Type): bigint {
    const t = under(T);
    switch (t.tkind) {
      case TypeKind.Basic: {
        assert(isTyped(T), "sizeof of an untyped type");
        const s = basicSizes[t.kind] ?? 0;
        if (s > 0) return BigInt(s);
        if (t.kind === BasicKind.String) return this.word * 2n;
        break;
      }
      case TypeKind.Array: {
        const n = t.len;
        if (n <= 0n) return 0n;
        const esize = this.sizeof(t.elem);
        if (esize < 0n) return -1n; // element too large
        if (esize === 0n) return 0n; // zero-size elements
        if (esize > MAX_INT64 / n) return -1n; // esize * n overflows
        return esize * n;
      }
      case TypeKind.Slice:
        return this.word * 3n;
      case TypeKind.Struct: {
        const n = t.fields.length;
        if (n === 0) return 0n;
        const offsets = this.offsetsof(t.fields);
        const offs = offsets[n - 1]!;
        let size = this.sizeof(t.fields[n - 1]!.type!);
        if (offs < 0n || size < 0n) return -1n;
        // gc: the last field of a non-zero-sized struct may not have size 0
        if (offs > 0n && size === 0n) size = 1n;
        // gc: the size includes the padding to the alignment
        return align(i64(offs + size), this.alignof(t));
      }
      case TypeKind.Interface:
        return this.word * 2n;
    }
    return this.word; // pointers, maps, channels, functions, int, uint, uintptr, unsafe.Pointer
  }

  /**
   * The offset of the field reached through the embedded-field index path from the struct
   * type T (all steps must be structs, not pointers); negative if too large.
   */
  offsetof(T: Type, index: readonly number[]): bigint {
    let offs = 0n;
    for (const i of index) {
      const s = under(T);
      assert(s.tkind === TypeKind.Struct, "offsetof: not a struct");
      const d = this.offsetsof(s.fields)[i]!;
      if (d < 0n) return -1n;
      offs = i64(offs + d);
      if (offs < 0n) return -1n;
      T = s.fields[i]!.type!;
    }
    return offs;
  }
}

/** gc's sizes for amd64 (WordSize 8, MaxAlign 8), the layout gots reproduces. */
export const stdSizes = new GcSizes(8, 8);

export function sizeof(t: Type): bigint { return stdSizes.sizeof(t); }
export function alignof(t: Type): number { return stdSizes.alignof(t); }
export function offsetsof(fields: readonly Var[]): bigint[] { return stdSizes.offsetsof(fields); }
export function offsetof(t: Type, index: readonly number[]): bigint { return stdSizes.offsetof(t, index); }

/** T is sync/atomic.align64 (or internal/runtime/atomic's), the 64-bit alignment marker. */
export function isSyncAtomicAlign64(T: Type): boolean {
  const n = unalias(T);
  if (n.tkind !== TypeKind.Named) return false;
  const obj = n.obj;
  return obj.name === "align64" && obj.pkg !== null
    && (obj.pkg.path === "sync/atomic" || obj.pkg.path === "internal/runtime/atomic");
}

/**
 * The size of t varies with type arguments (it contains a type parameter by value), or t is
 * infinitely sized through a cycle not yet reported (types2 hasVarSize, used by unsafe's
 * functions to decide whether the result is a constant).
 */
export function hasVarSize(t: Type, seen: Map<Named, boolean> | null = null): boolean {
  // cycles only go through named types
  const named = unalias(t);
  if (named.tkind === TypeKind.Named) {
    const v = seen?.get(named);
    if (v !== undefined) return v;
    if (seen === null) seen = new Map();
    seen.set(named, true); // possibly cyclic until proven otherwise
    const r = hasVarSize1(t, seen);
    seen.set(named, r);
    return r;
  }
  return hasVarSize1(t, seen);
}

function hasVarSize1(t: Type, seen: Map<Named, boolean> | null): boolean {
  const u = under(t);
  switch (u.tkind) {
    case TypeKind.Array:
      return hasVarSize(u.elem, seen);
    case TypeKind.Struct:
      for (const f of u.fields) if (hasVarSize(f.type!, seen)) return true;
      return false;
    case TypeKind.Interface:
      return isTypeParam(t);
  }
  return false;
}
