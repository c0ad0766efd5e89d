// The formatting methods fmt looks for on a value's dynamic type (Format, GoString, Error,
// String, and Scan for scanning), found in the type's method set with the exact signature
// as Go's interface satisfaction demands, and the calls into them from native code.

import { type Type, funcOf, types } from "../../../runtime/type.js";
import { GoFatal, GoPanic, toPanic } from "../../../runtime/panic.js";
import { curG } from "../../../runtime/proc.js";
import { isGenerator, PARK } from "../../../runtime/sched.js";

export interface FmtMethods {
  format: Function | null;
  goString: Function | null;
  error: Function | null;
  string: Function | null;
  scan: Function | null;
}

const stringSig = funcOf([], [types.string], false);
let stateType: Type | null = null;
let scanStateType: Type | null = null;

/** fmt's init hands over its State and ScanState interface types, which the signatures name. */
export function setInterfaceTypes(state: Type, scanState: Type): void {
  stateType = state;
  scanStateType = scanState;
}

/** Format(State, rune) */
function isFormatSig(t: Type): boolean {
  return t.params.length === 2 && t.params[0] === stateType && t.params[1] === types.int32 && t.results.length === 0 && !t.variadic;
}

/** Scan(ScanState, rune) error */
function isScanSig(t: Type): boolean {
  if (t.params.length !== 2 || t.params[0] !== scanStateType || t.params[1] !== types.int32 || t.variadic) return false;
  const r = t.results;
  return r.length === 1 && r[0]!.name === "error" && r[0]!.pkgPath === "" && r[0]!.imethods.length === 1;
}

const cache = new Map<Type, FmtMethods>();
const none: FmtMethods = { format: null, goString: null, error: null, string: null, scan: null };

export function methodsOf(t: Type): FmtMethods {
  let r = cache.get(t);
  if (r === undefined) {
    r = none;
    for (const m of t.methods) {
      if (m.pkgPath !== "") continue;
      let key: keyof FmtMethods | null = null;
      if (m.name === "String" && m.type === stringSig) key = "string";
      else if (m.name === "Error" && m.type === stringSig) key = "error";
      else if (m.name === "GoString" && m.type === stringSig) key = "goString";
      else if (m.name === "Format" && isFormatSig(m.type)) key = "format";
      else if (m.name === "Scan" && isScanSig(m.type)) key = "scan";
      if (key !== null) {
        if (r === none) r = { ...none };
        r[key] = m.fn;
      }
    }
    cache.set(t, r);
  }
  return r;
}

/**
 * Calls a Go function from native code and returns its result. A function that may block is
 * a generator: it runs to completion here, and since native code cannot wait, one that
 * really blocks is a fatal error.
 */
export function callGo(fn: Function, ...args: any[]): any {
  const r = fn(...args);
  if (!isGenerator(r)) return r;
  for (;;) {
    const step = r.next();
    if (step.done) return step.value;
    if (step.value === PARK) throw new GoFatal("gots: a method called by fmt blocked (not supported)");
  }
}

/**
 * Turns an exception from a Go call into the panic it is, recovered as a deferred recover()
 * would: the panic leaves the goroutine's list. Exits, fatal errors and runtime.Goexit pass.
 */
export function recoverFrom(e: unknown): GoPanic {
  const p = toPanic(e);
  if (!(p instanceof GoPanic) || p.goexit) throw p;
  const g = curG;
  if (g.panic === p) {
    let q = p.link;
    while (q !== null && q.aborted) q = q.link;
    g.panic = q;
  }
  p.recovered = false;
  p.link = null;
  return p;
}
