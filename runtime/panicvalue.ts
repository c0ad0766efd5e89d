// The text gc prints for a panic value after "panic: " when a program dies of a panic
// (runtime preprintpanics and printpanicval): errors and Stringers by their method, the
// predeclared basic types in print's formats, other basic-kinded types as T(value), and
// anything else as "(T) address".

import { GoFatal, GoPanic, toPanic } from "./panic.js";
import { printbool, printcomplex, printfloat, printint, printuint } from "./print.js";
import { fakeAddress } from "./objid.js";
import { type Iface, Kind, type Type, funcOf, types } from "./type.js";

const stringResultSig = funcOf([], [types.string], false);

/** The method `name() string` in t's method set, if any. */
function stringMethod(t: Type, name: string): Function | null {
  for (const m of t.methods) {
    if (m.name === name && m.pkgPath === "" && m.type === stringResultSig) return m.fn;
  }
  return null;
}

/** Every newline followed by a tab, so that a value cannot pass for traceback lines. */
function indented(s: string): string {
  return s.indexOf("\n") < 0 ? s : s.replaceAll("\n", "\n\t");
}

/**
 * Calls an Error or String method for printing. If it panics, the program cannot report the
 * original panic: gc gives up with a fatal error that names the new panic's value (a string)
 * or its type.
 */
function callForPrint(fn: Function, v: unknown): string {
  try {
    // Such methods are expected to be plain functions returning a byte string. One that may
    // block (a generator function) cannot run here; it is not supported.
    return fn(v) as string;
  } catch (e) {
    const p = toPanic(e);
    if (!(p instanceof GoPanic)) throw p;
    const r = p.value;
    let text = "panic while printing panic value";
    if (r !== null && r.t === types.string) text += ": " + (r.v as string);
    else if (r !== null) text += ": type " + r.t.str;
    // recover() gives nil only for panic(nil) under GODEBUG=panicnil=1, where gc reports nothing
    // and goes on printing; raising the fatal error anyway is the nearest sensible behaviour.
    throw new GoFatal(text);
  }
}

function isPredeclared(t: Type): boolean {
  return t.pkgPath === "" && t.name !== "" && (types as Record<string, Type>)[t.name] === t;
}

/** A value of an integer, float or bool kind in print's format. */
function basicText(k: Kind, v: any): string | null {
  switch (k) {
    case Kind.Bool: return printbool(v);
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      return printint(v);
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return printuint(v);
    case Kind.Float32: case Kind.Float64: return printfloat(v);
    default: return null;
  }
}

/** The address print shows for a value that is not of a basic kind. */
function addressText(v: unknown): string {
  if (v === null || v === undefined) return "0x0";
  if (typeof v === "object" || typeof v === "function") return "0x" + fakeAddress(v).toString(16);
  return "0x" + fakeAddress({}).toString(16);
}

/**
 * The text after "panic: " for a panic value (null only under GODEBUG=panicnil=1). May throw
 * a GoFatal when the value's Error or String method panics; the fatal message is raw text
 * (gc prints fatal messages with every newline followed by a tab, as it does panic values).
 */
export function printPanicValue(v: Iface | null): string {
  if (v === null) return "nil";
  const t = v.t;
  const err = stringMethod(t, "Error");
  if (err !== null) return indented(callForPrint(err, v.v));
  const str = stringMethod(t, "String");
  if (str !== null) return indented(callForPrint(str, v.v));

  const k = t.kind;
  if (k === Kind.String) {
    return isPredeclared(t) ? indented(v.v) : t.str + '("' + indented(v.v) + '")';
  }
  if (k === Kind.Complex64 || k === Kind.Complex128) {
    const c = printcomplex(v.v.re, v.v.im);
    return isPredeclared(t) ? c : t.str + c;
  }
  const b = basicText(k, v.v);
  if (b !== null) return isPredeclared(t) ? b : t.str + "(" + b + ")";
  return "(" + t.str + ") " + addressText(v.v);
}
