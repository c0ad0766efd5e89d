// Go's run-time error values (the runtime package's own error types, with gc's texts) and the
// functions generated code calls to raise them as Go panics. See docs/values.md "Panics".
//
// The types are declared as Go would see them, so that %T, type switches and errors.As work:
// runtime.Error, runtime.boundsError, runtime.errorString, runtime.plainError,
// *runtime.TypeAssertionError and *runtime.PanicNilError. Every function named panicXxx
// throws and never returns.

import { GoPanic, panicHooks } from "./panic.js";
import {
  Iface, Kind, type Type, addMethod, arrayOf, funcOf, hooks, interfaceOf, named, ptrTo, setUnderlying,
  structOf, types,
} from "./type.js";

/** A Go int/int64/uint64 value: a safe-integer number or a bigint (docs/values.md). */
export type I64 = number | bigint;

const errorSig = funcOf([], [types.string], false);
const markerSig = funcOf([], [], false);

/** The runtime package's opaque type descriptor type; TypeAssertionError's fields point to one. */
const rtypeT = named("runtime", "_type", "runtime._type", Kind.Struct);
setUnderlying(rtypeT, structOf([], class {}));

// ---- runtime.Error ----

export const runtimeErrorT = named("runtime", "Error", "runtime.Error", Kind.Interface);
setUnderlying(runtimeErrorT, interfaceOf([
  { name: "Error", pkgPath: "", type: errorSig },
  { name: "RuntimeError", pkgPath: "", type: markerSig },
]));

function noop(): void {}

/** A string-kinded runtime error type whose Error method is `prefix + value`. */
function stringError(name: string, prefix: string): Type {
  const t = named("runtime", name, "runtime." + name, Kind.String);
  setUnderlying(t, types.string);
  addMethod(t, "Error", "", errorSig, (s: string) => prefix + s);
  addMethod(t, "RuntimeError", "", markerSig, noop);
  return t;
}

/** runtime.errorString: "runtime error: " and the text. */
export const errorStringT = stringError("errorString", "runtime error: ");
/** runtime.plainError: the text alone. */
export const plainErrorT = stringError("plainError", "");

// ---- runtime.boundsError ----

/** Which check failed; the order is gc's, and so is each code's text below. */
export const enum BoundsCode {
  Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C, Convert,
}

/** A boundsError value. `x` keeps the offending index as the program had it (negative only for signed types). */
export class BoundsError {
  x: I64 = 0;
  y = 0;
  signed = false;
  code = 0;
}

const boundsCodeT = named("runtime", "boundsErrorCode", "runtime.boundsErrorCode", Kind.Uint8);
setUnderlying(boundsCodeT, types.uint8);

export const boundsErrorT = named("runtime", "boundsError", "runtime.boundsError", Kind.Struct);
setUnderlying(boundsErrorT, structOf([
  { name: "x", js: "x", type: types.int64, pkgPath: "runtime" },
  { name: "y", js: "y", type: types.int, pkgPath: "runtime" },
  { name: "signed", js: "signed", type: types.bool, pkgPath: "runtime" },
  { name: "code", js: "code", type: boundsCodeT, pkgPath: "runtime" },
], BoundsError));

// Texts by code; %x is the index, %y the length or capacity. With a negative index the
// length is left out, as it explains nothing.
const boundsTexts = [
  "index out of range [%x] with length %y",
  "slice bounds out of range [:%x] with length %y",
  "slice bounds out of range [:%x] with capacity %y",
  "slice bounds out of range [%x:%y]",
  "slice bounds out of range [::%x] with length %y",
  "slice bounds out of range [::%x] with capacity %y",
  "slice bounds out of range [:%x:%y]",
  "slice bounds out of range [%x:%y:]",
  "cannot convert slice with length %y to array or pointer to array with length %x",
];
const boundsNegTexts = [
  "index out of range [%x]",
  "slice bounds out of range [:%x]",
  "slice bounds out of range [:%x]",
  "slice bounds out of range [%x:]",
  "slice bounds out of range [::%x]",
  "slice bounds out of range [::%x]",
  "slice bounds out of range [:%x:]",
  "slice bounds out of range [%x::]",
];

function boundsErrorText(e: BoundsError): string {
  const neg = e.signed && e.x < 0;
  const f = (neg ? boundsNegTexts : boundsTexts)[e.code]!;
  return "runtime error: " + f.replace("%x", String(e.x)).replace("%y", String(e.y));
}
addMethod(boundsErrorT, "Error", "", errorSig, boundsErrorText);
addMethod(boundsErrorT, "RuntimeError", "", markerSig, noop);

// ---- *runtime.TypeAssertionError ----

export class TypeAssertionError {
  /** The static interface type asserted from; null when gc does not record it. */
  _interface: Type | null = null;
  /** The dynamic type found, null for a nil interface. */
  concrete: Type | null = null;
  asserted: Type | null = null;
  missingMethod = "";
}

export const typeAssertionErrorT = named("runtime", "TypeAssertionError", "runtime.TypeAssertionError", Kind.Struct);
const rtypePtr = ptrTo(rtypeT);
setUnderlying(typeAssertionErrorT, structOf([
  { name: "_interface", js: "_interface", type: rtypePtr, pkgPath: "runtime" },
  { name: "concrete", js: "concrete", type: rtypePtr, pkgPath: "runtime" },
  { name: "asserted", js: "asserted", type: rtypePtr, pkgPath: "runtime" },
  { name: "missingMethod", js: "missingMethod", type: types.string, pkgPath: "runtime" },
], TypeAssertionError));
export const typeAssertionErrorPtrT = ptrTo(typeAssertionErrorT);

/**
 * The package path gc compares to tell apart two types that print alike: a defined type's
 * own, or for a pointer to one with methods, the pointed-to type's (only types with methods
 * carry a path at run time).
 */
function typePkgPath(t: Type): string {
  if (t.name !== "") return t.pkgPath;
  if (t.kind === Kind.Pointer && t.methods.length > 0) return t.elem!.pkgPath;
  return "";
}

function typeAssertionText(e: TypeAssertionError): string {
  const inter = e._interface === null ? "interface" : e._interface.str;
  const as = e.asserted!.str;
  if (e.concrete === null) return "interface conversion: " + inter + " is nil, not " + as;
  const cs = e.concrete.str;
  if (e.missingMethod !== "") {
    return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod;
  }
  let msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
  if (cs === as) {
    msg += typePkgPath(e.concrete) !== typePkgPath(e.asserted!)
      ? " (types from different packages)" : " (types from different scopes)";
  }
  return msg;
}
addMethod(typeAssertionErrorPtrT, "Error", "", errorSig, typeAssertionText);
addMethod(typeAssertionErrorPtrT, "RuntimeError", "", markerSig, noop);

// ---- *runtime.PanicNilError ----

export class PanicNilError {
  _$0: unknown[] = [];
}

export const panicNilErrorT = named("runtime", "PanicNilError", "runtime.PanicNilError", Kind.Struct);
export const panicNilErrorPtrT = ptrTo(panicNilErrorT);
setUnderlying(panicNilErrorT, structOf([
  { name: "_", js: "_$0", type: arrayOf(panicNilErrorPtrT, 0), pkgPath: "runtime" },
], PanicNilError));
addMethod(panicNilErrorPtrT, "Error", "", errorSig, () => "panic called with nil argument");
addMethod(panicNilErrorPtrT, "RuntimeError", "", markerSig, noop);

// ---- raising ----

/** A runtime error's panic, with the JS stack of where it happened for the traceback. */
function runtimePanic(v: Iface): GoPanic {
  const p = new GoPanic(v);
  p.jsError = new Error();
  return p;
}

/** A panic with a runtime.errorString value ("runtime error: " + msg). */
export function panicError(msg: string): never {
  throw runtimePanic(new Iface(errorStringT, msg));
}

/** A panic with a runtime.plainError value (msg as is). */
export function panicPlain(msg: string): never {
  throw runtimePanic(new Iface(plainErrorT, msg));
}

function panicBounds(code: BoundsCode, x: I64, y: number): never {
  const e = new BoundsError();
  e.x = x;
  e.y = y;
  e.signed = true;
  e.code = code;
  throw runtimePanic(new Iface(boundsErrorT, e));
}

/** s[i] with i outside [0, len). */
export function panicIndex(i: I64, len: number): never {
  return panicBounds(BoundsCode.Index, i, len);
}
/** s[?:hi] with hi outside [0, len] (arrays, strings). */
export function panicSliceAlen(hi: I64, len: number): never {
  return panicBounds(BoundsCode.SliceAlen, hi, len);
}
/** s[?:hi] with hi outside [0, cap] (slices). */
export function panicSliceAcap(hi: I64, cap: number): never {
  return panicBounds(BoundsCode.SliceAcap, hi, cap);
}
/** s[lo:hi] with lo outside [0, hi]. */
export function panicSliceB(lo: I64, hi: I64): never {
  return panicBounds(BoundsCode.SliceB, lo, Number(hi));
}
/** s[?:?:max] with max outside [0, len] (arrays). */
export function panicSlice3Alen(max: I64, len: number): never {
  return panicBounds(BoundsCode.Slice3Alen, max, len);
}
/** s[?:?:max] with max outside [0, cap] (slices). */
export function panicSlice3Acap(max: I64, cap: number): never {
  return panicBounds(BoundsCode.Slice3Acap, max, cap);
}
/** s[?:hi:max] with hi outside [0, max]. */
export function panicSlice3B(hi: I64, max: I64): never {
  return panicBounds(BoundsCode.Slice3B, hi, Number(max));
}
/** s[lo:hi:max] with lo outside [0, hi]. */
export function panicSlice3C(lo: I64, hi: I64): never {
  return panicBounds(BoundsCode.Slice3C, lo, Number(hi));
}
/** [want]T(s) or (*[want]T)(s) with len(s) < want. */
export function panicSliceConvert(len: number, want: number): never {
  return panicBounds(BoundsCode.Convert, want, len);
}

export function panicDivide(): never {
  return panicError("integer divide by zero");
}
export function panicShift(): never {
  return panicError("negative shift amount");
}
export function panicNilMap(): never {
  return panicPlain("assignment to entry in nil map");
}
export function panicMakeSliceLen(): never {
  return panicError("makeslice: len out of range");
}
export function panicMakeSliceCap(): never {
  return panicError("makeslice: cap out of range");
}
export function panicMakeChan(): never {
  return panicPlain("makechan: size out of range");
}
/** == on interfaces whose dynamic type (or a part of it) is not comparable. */
export function panicUncomparable(t: Type): never {
  return panicError("comparing uncomparable type " + t.str);
}
/** A map key whose dynamic type (or a part of it) cannot be hashed. */
export function panicUnhashable(t: Type): never {
  return panicError("hash of unhashable type " + t.str);
}
/** A value method called through a nil pointer: "value method main.T.M called using nil *T pointer". */
export function panicWrap(pkg: string, typ: string, method: string): never {
  return panicPlain("value method " + pkg + "." + typ + "." + method + " called using nil *" + typ + " pointer");
}

const memoryError = new Iface(errorStringT, "invalid memory address or nil pointer dereference");

/** The panic of a nil dereference, marked as a fault so that the crash report has a signal line. */
function nilDerefPanic(): GoPanic {
  const p = new GoPanic(memoryError);
  p.fault = true;
  return p;
}

export function panicNilDeref(): never {
  throw nilDerefPanic();
}

/**
 * A failed type assertion x.(T). `have` is x's dynamic type (null for a nil x), `want` is T,
 * `iface` x's static interface type. With `missingMethod` the text names the method `have`
 * lacks. gc records the static type only for assertions to non-interface types; for the
 * others it is dropped here, so that a nil x prints as "interface is nil, not T".
 */
export function panicTypeAssert(have: Type | null, want: Type, iface: Type | null, missingMethod = ""): never {
  const e = new TypeAssertionError();
  e._interface = want.kind === Kind.Interface ? null : iface;
  e.concrete = have;
  e.asserted = want;
  e.missingMethod = missingMethod;
  throw runtimePanic(new Iface(typeAssertionErrorPtrT, e));
}

/** The panic for panic(nil): since Go 1.21 its value is a *runtime.PanicNilError. */
export function panicNilValue(): GoPanic {
  return new GoPanic(new Iface(panicNilErrorPtrT, new PanicNilError()));
}

/** The built-in panic(v). */
export function gopanic(v: Iface | null): never {
  throw v === null ? panicNilValue() : new GoPanic(v);
}

panicHooks.nilDeref = nilDerefPanic;
hooks.uncomparable = panicUncomparable;

export { printPanicValue } from "./panicvalue.js";
