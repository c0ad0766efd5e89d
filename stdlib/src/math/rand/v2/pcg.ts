// The PCG step and DXSM output of math/rand/v2 on 32-bit words. The 128-bit state (four
// words, least significant first, in the PCG struct's Uint32Array) is multiplied and
// incremented modulo 2^128 by column sums that stay exact in doubles; low halves of 32×32-bit
// products come from Math.imul, high halves from 16-bit pieces.
import { u64 } from "./native.js";

/** The high 32 bits of the product of two uint32s. */
function mulhi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const u = a0 * b1 + (t % 65536);
  return (a1 * b1 + Math.floor(t / 65536) + Math.floor(u / 65536)) >>> 0;
}

// gc's multiplier 0x2360ed051fc65da4_4385df649fccf645 and increment
// 0x5851f42d4c957f2d_14057b7ef767814f, least significant word first.
const M0 = 0x9fccf645, M1 = 0x4385df64, M2 = 0x1fc65da4, M3 = 0x2360ed05;
const I0 = 0xf767814f, I1 = 0x14057b7e, I2 = 0x4c957f2d, I3 = 0x5851f42d;
// The DXSM multiplier 0xda942042e4dd58b5.
const X0 = 0xe4dd58b5, X1 = 0xda942042;
const TWO32 = 4294967296;

export function pcgUint64(p: { w: Uint32Array }): number | bigint {
  const w = p.w;
  const s0 = w[0]!, s1 = w[1]!, s2 = w[2]!, s3 = w[3]!;
  // Column k sums the low halves of products s_i·m_j with i+j = k and the high halves of
  // those with i+j = k-1; the top column only matters modulo 2^32.
  const c0 = (Math.imul(s0, M0) >>> 0) + I0;
  const c1 = mulhi(s0, M0) + (Math.imul(s0, M1) >>> 0) + (Math.imul(s1, M0) >>> 0) + I1 + Math.floor(c0 / TWO32);
  const c2 = mulhi(s0, M1) + mulhi(s1, M0) + (Math.imul(s0, M2) >>> 0) + (Math.imul(s1, M1) >>> 0) +
    (Math.imul(s2, M0) >>> 0) + I2 + Math.floor(c1 / TWO32);
  const c3 = mulhi(s0, M2) + mulhi(s1, M1) + mulhi(s2, M0) + Math.imul(s0, M3) + Math.imul(s1, M2) +
    Math.imul(s2, M1) + Math.imul(s3, M0) + I3 + Math.floor(c2 / TWO32);
  const r0 = c0 >>> 0, r1 = c1 >>> 0, r2 = c2 >>> 0, r3 = c3 >>> 0;
  w[0] = r0; w[1] = r1; w[2] = r2; w[3] = r3;
  // DXSM on hi = r3:r2 with lo = r1:r0: hi ^= hi>>32; hi *= X; hi ^= hi>>48; hi *= lo|1.
  let h1 = r3, h0 = (r2 ^ r3) >>> 0;
  let lo = Math.imul(h0, X0) >>> 0;
  let hi = (mulhi(h0, X0) + Math.imul(h0, X1) + Math.imul(h1, X0)) >>> 0;
  h1 = hi;
  h0 = (lo ^ (hi >>> 16)) >>> 0;
  const l0 = (r0 | 1) >>> 0;
  lo = Math.imul(h0, l0) >>> 0;
  hi = (mulhi(h0, l0) + Math.imul(h0, r1) + Math.imul(h1, l0)) >>> 0;
  return u64(hi, lo);
}
