// Native of crypto/md5: the RFC 1321 block function over every whole 64-byte block of a byte
// slice. The state *[4]uint32 is the Uint32Array itself; words are read little-endian and all
// arithmetic stays in 32 bits.
import { registerNatives, type Slice } from "../../../../runtime/index.js";

// T[i] = floor(2^32 * |sin(i+1)|), computed once: Math.sin is exact enough here since every
// value is checked against RFC 1321's table by the hash tests.
const T = new Int32Array(64);
for (let i = 0; i < 64; i++) T[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
// Per-round rotation amounts, four per round.
const R = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const X = new Int32Array(16);

registerNatives("crypto/md5", {
  block(s: Uint32Array, p: Slice): void {
    const a8 = p.a as Uint8Array;
    let s0 = s[0]! | 0, s1 = s[1]! | 0, s2 = s[2]! | 0, s3 = s[3]! | 0;
    for (let off = p.o, end = p.o + (p.n & ~63); off < end; off += 64) {
      for (let i = 0; i < 16; i++) {
        const j = off + i * 4;
        X[i] = a8[j]! | (a8[j + 1]! << 8) | (a8[j + 2]! << 16) | (a8[j + 3]! << 24);
      }
      let a = s0, b = s1, c = s2, d = s3;
      for (let i = 0; i < 64; i++) {
        let f: number, g: number;
        const round = i >> 4;
        if (round === 0) { f = (b & c) | (~b & d); g = i; }
        else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        const r = R[(round << 2) | (i & 3)]!;
        const t = (a + f + T[i]! + X[g]!) | 0;
        a = d; d = c; c = b;
        b = (b + ((t << r) | (t >>> (32 - r)))) | 0;
      }
      s0 = (s0 + a) | 0; s1 = (s1 + b) | 0; s2 = (s2 + c) | 0; s3 = (s3 + d) | 0;
    }
    s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3;
  },
});
