// Sizes of Go types on linux/amd64 and the capacity gc's append chooses when a slice must
// grow. Go programs observe cap() after append, so gots reproduces gc's rule exactly: a growth
// factor (double, then a smooth move towards 1.25x), then rounding the allocation up to what
// gc's allocator would really hand out (a malloc size class, or whole pages for large objects).

import { Kind, type Type } from "./type.js";

interface Layout {
  size: number;
  align: number;
  pointers: boolean;
}

const layouts = new WeakMap<Type, Layout>();

function basicLayout(size: number, align: number, pointers: boolean): Layout {
  return { size, align, pointers };
}

function computeLayout(t: Type): Layout {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int8: case Kind.Uint8: return basicLayout(1, 1, false);
    case Kind.Int16: case Kind.Uint16: return basicLayout(2, 2, false);
    case Kind.Int32: case Kind.Uint32: case Kind.Float32: return basicLayout(4, 4, false);
    case Kind.Int: case Kind.Uint: case Kind.Int64: case Kind.Uint64: case Kind.Uintptr: case Kind.Float64:
      return basicLayout(8, 8, false);
    case Kind.Complex64: return basicLayout(8, 4, false);
    case Kind.Complex128: return basicLayout(16, 8, false);
    case Kind.Pointer: case Kind.Map: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
      return basicLayout(8, 8, true);
    case Kind.String: case Kind.Interface: return basicLayout(16, 8, true);
    case Kind.Slice: return basicLayout(24, 8, true);
    case Kind.Array: {
      const e = layoutOf(t.elem!);
      return { size: e.size * t.len, align: e.align, pointers: t.len > 0 && e.pointers };
    }
    case Kind.Struct: {
      let off = 0, align = 1, pointers = false, lastSize = -1;
      for (const f of t.fields) {
        const l = layoutOf(f.type);
        off = roundUp(off, l.align) + l.size;
        if (l.align > align) align = l.align;
        if (l.pointers) pointers = true;
        lastSize = l.size;
      }
      // A zero-sized last field gets a byte of padding in a non-empty struct, so that its
      // address never points at the next object in memory.
      if (off > 0 && lastSize === 0) off++;
      return { size: roundUp(off, align), align, pointers };
    }
    default: return basicLayout(0, 1, false);
  }
}

function layoutOf(t: Type): Layout {
  let l = layouts.get(t);
  if (l === undefined) {
    l = computeLayout(t);
    layouts.set(t, l);
  }
  return l;
}

function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** unsafe.Sizeof on linux/amd64. */
export function sizeof(t: Type): number {
  return layoutOf(t).size;
}

/** unsafe.Alignof on linux/amd64. */
export function alignof(t: Type): number {
  return layoutOf(t).align;
}

/** Whether values of t contain pointers the garbage collector must scan. */
export function hasPointers(t: Type): boolean {
  return layoutOf(t).pointers;
}

// ---- gc's allocator ----

/** The object sizes of gc's small-object size classes on 64-bit platforms (class 0 unused). */
const SIZE_CLASSES = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
  352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
  2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
  10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const MAX_SMALL = 32768;
const PAGE = 8192;
/** Pointer-holding objects above this size carry an 8-byte type header in front of them. */
const HEADER_THRESHOLD = 512;
const HEADER = 8;
/** The largest allocation gc accepts on linux/amd64 (2^48 bytes). */
export const MAX_ALLOC = 2 ** 48;

// Class sizes are multiples of 8, so the smallest class holding n bytes is found by n/8.
const classBy8: number[] = [];
for (let c = 0, i = 0; i * 8 <= MAX_SMALL; i++) {
  while (SIZE_CLASSES[c]! < i * 8) c++;
  classBy8.push(SIZE_CLASSES[c]!);
}

/** The usable size of the block gc allocates for a request of `size` bytes. */
export function roundUpSize(size: number, noscan: boolean): number {
  if (size <= MAX_SMALL - HEADER) {
    const header = !noscan && size > HEADER_THRESHOLD ? HEADER : 0;
    return classBy8[Math.ceil((size + header) / 8)]! - header;
  }
  return roundUp(size, PAGE);
}

/** The capacity growth rule before rounding: double while small, then about 1.25x. */
function nextCap(newLen: number, oldCap: number): number {
  const doubled = oldCap + oldCap;
  if (newLen > doubled) return newLen;
  const threshold = 256;
  if (oldCap < threshold) return doubled;
  let c = oldCap;
  // The added amount shrinks from 100% towards 25% as the slice grows.
  while (c < newLen) c += Math.floor((c + 3 * threshold) / 4);
  return c;
}

/**
 * The capacity of the new backing array when a slice of capacity oldCap must hold newLen
 * elements of type elem, or -1 when gc would refuse the allocation ("growslice: len out of
 * range").
 */
export function grownCap(elem: Type, newLen: number, oldCap: number): number {
  const l = layoutOf(elem);
  if (l.size === 0) return newLen;
  const c = nextCap(newLen, oldCap);
  const bytes = c * l.size;
  if (bytes > MAX_ALLOC) return -1;
  return Math.floor(roundUpSize(bytes, !l.pointers) / l.size);
}
