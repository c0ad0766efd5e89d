// Package constant: exact values of Go constants and the operations on them, as Go's
// go/constant package defines them (representations, rounding, exactness flags, short forms and
// panics on misuse included). The type checker evaluates every constant expression with it.
// Entry module of the folder; see README.md for the design and how the cross-check data is made.

export { Kind, Value, PREC, MAX_EXP } from "./value.js";
/** Kind under the name the type checker uses for it (types has its own Kind-like enums). */
export { Kind as ValueKind } from "./value.js";
export type { Fraction } from "./value.js";
export {
  makeUnknown, makeBool, makeString, makeInt64, makeUint64, makeBigInt, makeFloat64, makeImag, makeFromBytes,
  boolVal, stringVal, int64Val, uint64Val, smallIntVal, float32Val, float64Val, val, bitLen, sign, num, denom,
  real, imag, bytes,
} from "./value.js";
export { Op, fromOperator, opString, unaryOp, binaryOp, shift, compare, toInt, toFloat, toComplex } from "./ops.js";
export { makeFromLiteral } from "./literal.js";
export type { BigFloat } from "./bigfloat.js";
