// Payne–Hanek reduction for the trigonometric functions of huge arguments (x >= 2**29):
// the fraction of x * 4/pi is computed from the binary digits of 4/pi, and gc's exact data
// flow is kept (192 bits of 4/pi aligned to x's exponent, a 64x192-bit product truncated to
// 128 bits, the fraction truncated — not rounded — to a float64), so that the results agree
// with gc's to the last bit.

const M64 = (1n << 64n) - 1n;

/**
 * 4/pi as 20 64-bit digits: the integer part 1 in digit 0, then 19 digits of fraction
 * (1217 significant bits). pi comes from Machin's formula in fixed point with guard bits.
 */
function fourOverPiDigits(): bigint {
  const prec = 1400n;
  const one = 1n << prec;
  // arctan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
  const arctanInv = (n: bigint): bigint => {
    let sum = 0n;
    let pow = one / n;
    const n2 = n * n;
    for (let k = 0n; pow !== 0n; k++) {
      const term = pow / (2n * k + 1n);
      sum += k % 2n === 0n ? term : -term;
      pow /= n2;
    }
    return sum;
  };
  const pi = 16n * arctanInv(5n) - 4n * arctanInv(239n); // pi * 2**prec
  // floor(4/pi * 2**(64*19))
  return (4n << (prec + 64n * 19n)) / pi;
}

let digits: bigint | null = null;

/** j (the octant, 0..7) and z (the reduced argument) for x >= 2**29. */
export function trigReduce(x: number): [number, number] {
  const PI4 = Math.PI / 4;
  if (x < PI4) return [0, x];
  if (digits === null) digits = fourOverPiDigits();
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn) - 1023 - 52;
  const ix = (bits & 0xfffffffffffffn) | (1n << 52n);
  // 192 bits of 4/pi starting (exp+61) bits below the top of digit 0.
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = (exp + 61) % 64;
  const z = ((digits << BigInt(bitshift)) >> BigInt(64 * (17 - digit))) & ((1n << 192n) - 1n);
  // (z * ix) / 2**64, keeping the low 128 bits.
  const prod = ((z * ix) >> 64n) & ((1n << 128n) - 1n);
  let hi = prod >> 64n;
  const lo = prod & M64;
  let j = Number(hi >> 61n);
  hi = ((hi << 3n) | (lo >> 61n)) & M64;
  const lz = hi === 0n ? 64 : 64 - hi.toString(2).length;
  const e = BigInt(1023 - (lz + 1));
  // gc shifts the unshifted low digit in here; kept as is.
  hi = ((hi << BigInt(lz + 1)) & M64) | (lz + 1 >= 64 ? (lz + 1 === 64 ? lo : 0n) : lo >> BigInt(64 - (lz + 1)));
  hi >>= 12n;
  hi |= (e & 0x7ffn) << 52n;
  dv.setBigUint64(0, hi & M64);
  let zf = dv.getFloat64(0);
  if ((j & 1) === 1) {
    j = (j + 1) & 7;
    zf--;
  }
  return [j, zf * PI4];
}
