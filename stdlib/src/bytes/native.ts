// Natives of package bytes: searching and comparing byte slices on their Uint8Array
// backing stores.
import { registerNatives, type Slice } from "../../../runtime/index.js";

const EMPTY = new Uint8Array(0);

function view(s: Slice): Uint8Array {
  return s.a === null ? EMPTY : (s.a as Uint8Array).subarray(s.o, s.o + s.n);
}

function indexAt(s: Uint8Array, sep: Uint8Array, from: number): number {
  const n = sep.length;
  if (n === 0) return from;
  const first = sep[0]!;
  const last = s.length - n;
  for (let i = s.indexOf(first, from); i >= 0 && i <= last; i = s.indexOf(first, i + 1)) {
    let j = 1;
    while (j < n && s[i + j] === sep[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

registerNatives("bytes", {
  Index(s: Slice, sep: Slice): number {
    return indexAt(view(s), view(sep), 0);
  },
  LastIndex(s: Slice, sep: Slice): number {
    const a = view(s);
    const b = view(sep);
    const n = b.length;
    for (let i = a.length - n; i >= 0; i--) {
      let j = 0;
      while (j < n && a[i + j] === b[j]) j++;
      if (j === n) return i;
    }
    return -1;
  },
  IndexByte(s: Slice, c: number): number {
    return view(s).indexOf(c);
  },
  LastIndexByte(s: Slice, c: number): number {
    return view(s).lastIndexOf(c);
  },
  countNonEmpty(s: Slice, sep: Slice): number {
    const a = view(s);
    const b = view(sep);
    let n = 0;
    for (let i = indexAt(a, b, 0); i >= 0; i = indexAt(a, b, i + b.length)) n++;
    return n;
  },
  Equal(a: Slice, b: Slice): boolean {
    if (a.n !== b.n) return false;
    const x = view(a);
    const y = view(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  },
  Compare(a: Slice, b: Slice): number {
    const x = view(a);
    const y = view(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
  },
});
