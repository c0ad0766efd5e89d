// Assignment of a Value to a location of another type (Set, SetMapIndex, Send, Call's
// arguments, Append): Go's assignability, with the conversion to an interface value when the
// destination is an interface type.

import { Iface, Kind, type Type } from "../../../runtime/type.js";
import { type Val, copyOut, load, panicStr } from "./core.js";
import { directlyAssignable, implementsType } from "./typeops.js";

/**
 * v's value as the destination type dst stores it, as a copy the destination may own;
 * panics with `context: value of type X is not assignable to type Y` when it cannot be.
 */
export function assignTo(v: Val, context: string, dst: Type): any {
  const vt = v.typ_;
  // gc faults on the missing type of a zero Value here.
  if (vt === null) throw new TypeError("reflect: zero Value assigned");
  if (directlyAssignable(dst, vt)) return copyOut(v);
  if (implementsType(dst, vt)) {
    if (vt.kind === Kind.Interface) return load(v) as Iface | null;
    return new Iface(vt, copyOut(v));
  }
  return panicStr(context + ": value of type " + vt.str + " is not assignable to type " + dst.str);
}
