// Go's complex64 and complex128 values and their arithmetic. A value is an immutable Complex;
// complex64 values keep both parts rounded to float32 (the compiler applies complex64() to
// results of that type). Division follows gc's runtime routine for complex128 (complex64
// operands are widened, divided and rounded back, as gc does).

import { setZeroValues, nilSlice } from "./type.js";

export class Complex {
  constructor(readonly re: number, readonly im: number) {}
}

export const zeroComplex = new Complex(0, 0);
// type.ts hands out zero values without importing this module; keep whatever slice.ts set.
setZeroValues(nilSlice, zeroComplex);

export function complexAdd(a: Complex, b: Complex): Complex {
  return new Complex(a.re + b.re, a.im + b.im);
}

export function complexSub(a: Complex, b: Complex): Complex {
  return new Complex(a.re - b.re, a.im - b.im);
}

/** The textbook product with no special handling of infinities, as gc compiles it. */
export function complexMul(a: Complex, b: Complex): Complex {
  return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

export function complexNeg(a: Complex): Complex {
  return new Complex(-a.re, -a.im);
}

function isInf(f: number): boolean {
  return f === Infinity || f === -Infinity;
}

function isFinite(f: number): boolean {
  return f - f === 0;
}

/** True when f's sign bit is set (so also for -0). */
function signBit(f: number): boolean {
  return f < 0 || (f === 0 && 1 / f < 0);
}

/** ±1 with f's sign for an infinite f, ±0 with f's sign otherwise. */
function infToOne(f: number): number {
  const g = isInf(f) ? 1 : 0;
  return signBit(f) ? -g : g;
}

/**
 * n/m by Smith's algorithm (scale by the ratio of the divisor's smaller to larger part), then,
 * when both parts come out NaN, the C99 Annex G recovery of infinite and zero results: a
 * non-NaN dividend over zero is infinite, an infinite dividend over a finite divisor is
 * infinite, and a finite dividend over an infinite divisor is zero. Never panics.
 */
export function complexDiv(n: Complex, m: Complex): Complex {
  const a = n.re, b = n.im, c = m.re, d = m.im;
  let e: number, f: number;
  if (Math.abs(c) >= Math.abs(d)) {
    const ratio = d / c;
    const denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    const ratio = c / d;
    const denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (e !== e && f !== f) {
    if (c === 0 && d === 0 && (a === a || b === b)) {
      const inf = signBit(c) ? -Infinity : Infinity;
      e = inf * a;
      f = inf * b;
    } else if ((isInf(a) || isInf(b)) && isFinite(c) && isFinite(d)) {
      const a1 = infToOne(a), b1 = infToOne(b);
      e = Infinity * (a1 * c + b1 * d);
      f = Infinity * (b1 * c - a1 * d);
    } else if ((isInf(c) || isInf(d)) && isFinite(a) && isFinite(b)) {
      const c1 = infToOne(c), d1 = infToOne(d);
      e = 0 * (a * c1 + b * d1);
      f = 0 * (b * c1 - a * d1);
    }
  }
  return new Complex(e, f);
}

export function complexEq(a: Complex, b: Complex): boolean {
  return a.re === b.re && a.im === b.im;
}

/** Rounds both parts to float32: conversion to complex64 and the result of complex64 arithmetic. */
export function complex64(c: Complex): Complex {
  return new Complex(Math.fround(c.re), Math.fround(c.im));
}
