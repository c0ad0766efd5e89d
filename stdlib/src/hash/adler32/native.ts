// Native of hash/adler32: the running sums over a byte slice. Reductions modulo 65521 are
// deferred over runs of bytes short enough that the sums stay exact in a double.
import { registerNatives, type Slice } from "../../../../runtime/index.js";

const MOD = 65521;
// 5552 bytes keep s2 below 2^32 (RFC 1950's NMAX); doubles are exact far beyond that.
const NMAX = 5552;

registerNatives("hash/adler32", {
  update(d: number, p: Slice): number {
    let s1 = d & 0xffff, s2 = d >>> 16;
    const a = p.a as Uint8Array;
    let i = p.o;
    const end = p.o + p.n;
    while (i < end) {
      const stop = Math.min(end, i + NMAX);
      for (; i < stop; i++) { s1 += a[i]!; s2 += s1; }
      s1 %= MOD; s2 %= MOD;
    }
    return ((s2 << 16) | s1) >>> 0;
  },
});
