// What fmt needs to print a reflect.Value operand as gc's fmt does: the value it holds
// rather than the Value struct (fmt.Println(reflect.ValueOf(3)) prints 3). fmt's printer
// would call this for a top-level argument before looking for methods.

import type { Type } from "../../../runtime/type.js";
import { ADDR, RO, type Val, isAggregate, load, reg } from "./core.js";

export interface ValueOperand {
  /** The Value's type, or null for the zero Value (which prints "<invalid reflect.Value>"). */
  t: Type | null;
  /** The value held, in gots' representation (a copy for an addressable struct or array). */
  v: any;
  /** Whether fmt may use its methods (false for values reached through unexported fields). */
  canInterface: boolean;
}

/** The operand a reflect.Value argument (of type t, value v) stands for; null when t is not reflect.Value. */
export function reflectValueOperand(t: Type, v: any): ValueOperand | null {
  if (reg.valueType === null || t !== reg.valueType) return null;
  const val = v as Val;
  if (val.flag === 0) return { t: null, v: null, canInterface: false };
  let x = load(val);
  const vt = val.typ_!;
  if ((val.flag & ADDR) !== 0 && isAggregate(vt)) x = vt.clone(x);
  return { t: vt, v: x, canInterface: (val.flag & RO) === 0 };
}
