// Natives of math/rand/v2: the host's entropy for the global source, and the ChaCha8 block
// function over four interleaved blocks. The layout of the output is gc's: word j of block b
// at index 4j+b, so that consecutive pairs form the generator's 64-bit values.
import { registerNatives } from "../../../../../runtime/index.js";
import { pcgUint64 } from "./pcg.js";

const ent = new Uint32Array(2);

// A uint64 moves between its two 32-bit halves and a bigint through one shared buffer
// (little-endian, as on every host gots runs on), which costs one bigint per conversion.
const W64 = new BigUint64Array(1);
const W32 = new Uint32Array(W64.buffer);

/** Canonical uint64 from two halves (docs/values.md). */
export function u64(hi: number, lo: number): number | bigint {
  hi >>>= 0; lo >>>= 0;
  if (hi < 0x200000) return hi * 4294967296 + lo;
  W32[0] = lo; W32[1] = hi;
  return W64[0]!;
}

/** Fills ent with random bits: the host's Web Crypto (Node and browsers), else Math.random. */
function fillRandom(): void {
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint32Array): unknown } }).crypto;
  if (c?.getRandomValues) { c.getRandomValues(ent); return; }
  ent[0] = (Math.random() * 2 ** 32) >>> 0;
  ent[1] = (Math.random() * 2 ** 32) >>> 0;
}

export function entropy64(): number | bigint {
  fillRandom();
  return u64(ent[0]!, ent[1]!);
}

const x = new Uint32Array(16);

registerNatives("math/rand/v2", {
  runtimeRand: entropy64,
  PCG$Uint64: pcgUint64,
  chachaBlock(seed: Uint32Array, buf: Uint32Array, counter: number): void {
    for (let b = 0; b < 4; b++) {
      let x0 = 0x61707865, x1 = 0x3320646e, x2 = 0x79622d32, x3 = 0x6b206574;
      let x4 = seed[0]! | 0, x5 = seed[1]! | 0, x6 = seed[2]! | 0, x7 = seed[3]! | 0;
      let x8 = seed[4]! | 0, x9 = seed[5]! | 0, x10 = seed[6]! | 0, x11 = seed[7]! | 0;
      let x12 = (counter + b) | 0, x13 = 0, x14 = 0, x15 = 0;
      for (let round = 0; round < 4; round++) {
        // Column rounds, then diagonal rounds; each quarter round is add, xor, rotate.
        x0 = (x0 + x4) | 0; x12 ^= x0; x12 = (x12 << 16) | (x12 >>> 16);
        x8 = (x8 + x12) | 0; x4 ^= x8; x4 = (x4 << 12) | (x4 >>> 20);
        x0 = (x0 + x4) | 0; x12 ^= x0; x12 = (x12 << 8) | (x12 >>> 24);
        x8 = (x8 + x12) | 0; x4 ^= x8; x4 = (x4 << 7) | (x4 >>> 25);

        x1 = (x1 + x5) | 0; x13 ^= x1; x13 = (x13 << 16) | (x13 >>> 16);
        x9 = (x9 + x13) | 0; x5 ^= x9; x5 = (x5 << 12) | (x5 >>> 20);
        x1 = (x1 + x5) | 0; x13 ^= x1; x13 = (x13 << 8) | (x13 >>> 24);
        x9 = (x9 + x13) | 0; x5 ^= x9; x5 = (x5 << 7) | (x5 >>> 25);

        x2 = (x2 + x6) | 0; x14 ^= x2; x14 = (x14 << 16) | (x14 >>> 16);
        x10 = (x10 + x14) | 0; x6 ^= x10; x6 = (x6 << 12) | (x6 >>> 20);
        x2 = (x2 + x6) | 0; x14 ^= x2; x14 = (x14 << 8) | (x14 >>> 24);
        x10 = (x10 + x14) | 0; x6 ^= x10; x6 = (x6 << 7) | (x6 >>> 25);

        x3 = (x3 + x7) | 0; x15 ^= x3; x15 = (x15 << 16) | (x15 >>> 16);
        x11 = (x11 + x15) | 0; x7 ^= x11; x7 = (x7 << 12) | (x7 >>> 20);
        x3 = (x3 + x7) | 0; x15 ^= x3; x15 = (x15 << 8) | (x15 >>> 24);
        x11 = (x11 + x15) | 0; x7 ^= x11; x7 = (x7 << 7) | (x7 >>> 25);

        x0 = (x0 + x5) | 0; x15 ^= x0; x15 = (x15 << 16) | (x15 >>> 16);
        x10 = (x10 + x15) | 0; x5 ^= x10; x5 = (x5 << 12) | (x5 >>> 20);
        x0 = (x0 + x5) | 0; x15 ^= x0; x15 = (x15 << 8) | (x15 >>> 24);
        x10 = (x10 + x15) | 0; x5 ^= x10; x5 = (x5 << 7) | (x5 >>> 25);

        x1 = (x1 + x6) | 0; x12 ^= x1; x12 = (x12 << 16) | (x12 >>> 16);
        x11 = (x11 + x12) | 0; x6 ^= x11; x6 = (x6 << 12) | (x6 >>> 20);
        x1 = (x1 + x6) | 0; x12 ^= x1; x12 = (x12 << 8) | (x12 >>> 24);
        x11 = (x11 + x12) | 0; x6 ^= x11; x6 = (x6 << 7) | (x6 >>> 25);

        x2 = (x2 + x7) | 0; x13 ^= x2; x13 = (x13 << 16) | (x13 >>> 16);
        x8 = (x8 + x13) | 0; x7 ^= x8; x7 = (x7 << 12) | (x7 >>> 20);
        x2 = (x2 + x7) | 0; x13 ^= x2; x13 = (x13 << 8) | (x13 >>> 24);
        x8 = (x8 + x13) | 0; x7 ^= x8; x7 = (x7 << 7) | (x7 >>> 25);

        x3 = (x3 + x4) | 0; x14 ^= x3; x14 = (x14 << 16) | (x14 >>> 16);
        x9 = (x9 + x14) | 0; x4 ^= x9; x4 = (x4 << 12) | (x4 >>> 20);
        x3 = (x3 + x4) | 0; x14 ^= x3; x14 = (x14 << 8) | (x14 >>> 24);
        x9 = (x9 + x14) | 0; x4 ^= x9; x4 = (x4 << 7) | (x4 >>> 25);
      }
      // Only the key rows get the input added back; the others carry no secret.
      x[0] = x0; x[1] = x1; x[2] = x2; x[3] = x3;
      x[4] = x4 + seed[0]!; x[5] = x5 + seed[1]!; x[6] = x6 + seed[2]!; x[7] = x7 + seed[3]!;
      x[8] = x8 + seed[4]!; x[9] = x9 + seed[5]!; x[10] = x10 + seed[6]!; x[11] = x11 + seed[7]!;
      x[12] = x12; x[13] = x13; x[14] = x14; x[15] = x15;
      for (let j = 0; j < 16; j++) buf[4 * j + b] = x[j]!;
    }
  },
});
