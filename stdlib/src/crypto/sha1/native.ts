// Native of crypto/sha1: the SHA-1 block function (RFC 3174) over every whole 64-byte block
// of a byte slice. The state *[5]uint32 is the Uint32Array itself; all arithmetic stays in
// 32 bits.
import { registerNatives, type Slice } from "../../../../runtime/index.js";

const W = new Int32Array(80);

registerNatives("crypto/sha1", {
  block(h: Uint32Array, p: Slice): void {
    const a8 = p.a as Uint8Array;
    let h0 = h[0]! | 0, h1 = h[1]! | 0, h2 = h[2]! | 0, h3 = h[3]! | 0, h4 = h[4]! | 0;
    for (let off = p.o, end = p.o + (p.n & ~63); off < end; off += 64) {
      for (let i = 0; i < 16; i++) {
        const j = off + i * 4;
        W[i] = (a8[j]! << 24) | (a8[j + 1]! << 16) | (a8[j + 2]! << 8) | a8[j + 3]!;
      }
      for (let i = 16; i < 80; i++) {
        const v = W[i - 3]! ^ W[i - 8]! ^ W[i - 14]! ^ W[i - 16]!;
        W[i] = (v << 1) | (v >>> 31);
      }
      let a = h0, b = h1, c = h2, d = h3, e = h4;
      for (let i = 0; i < 80; i++) {
        let f: number, k: number;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
        else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
        const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]!) | 0;
        e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
      }
      h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
    }
    h[0] = h0; h[1] = h1; h[2] = h2; h[3] = h3; h[4] = h4;
  },
});
