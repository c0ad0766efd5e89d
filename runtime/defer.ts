// Deferred calls, panics unwinding through them, and recover (spec: ../docs and gc's
// runtime/panic.go behaviour). A function with defer statements keeps a list of
// [fn, args] pairs; on return it calls deferReturn, on an exception deferPanic.
//
// Nested panics: a panic escaping a deferred call that was run for an older panic aborts
// the older one; both stay on the goroutine's list (printed oldest first), and recovering
// the newer one discards the aborted ones beneath it.

import { GoPanic, GoExit, GoFatal, toPanic } from "./panic.js";
import { curG, RETURNING } from "./proc.js";
import { isGenerator } from "./sched.js";

type DeferList = any[];

/** Puts a panic that did not come from gopanic (a JS TypeError, say) on the goroutine's list. */
export function onChain(p: GoPanic): void {
  const g = curG;
  for (let q = g.panic; q !== null; q = q.link) if (q === p) return;
  p.link = g.panic;
  g.panic = p;
}

function removeRecovered(p: GoPanic): void {
  let q = p.link;
  while (q !== null && q.aborted) q = q.link;
  curG.panic = q;
}

function runDefers(defers: DeferList, p: GoPanic | null): void {
  const g = curG;
  while (defers.length > 0) {
    const args = defers.pop() as any[];
    const fn = defers.pop();
    const saved = g.deferFn;
    g.deferFn = p !== null ? fn : RETURNING;
    try {
      if (fn === null) throw new TypeError("nil deferred function");
      fn.apply(undefined, args);
    } catch (e) {
      g.deferFn = saved;
      const p2 = toPanic(e);
      if (p2 instanceof GoExit || p2 instanceof GoFatal) throw p2;
      onChain(p2);
      if (p !== null && p !== p2) p.aborted = true;
      p = p2;
      continue;
    }
    g.deferFn = saved;
    if (p !== null && p.recovered) {
      removeRecovered(p);
      p = null;
    }
  }
  if (p !== null) throw p;
}

/** runDefers for frames that may block: deferred calls may be generator functions. */
function* runDefersG(defers: DeferList, p: GoPanic | null): Generator<number, void, any> {
  const g = curG;
  while (defers.length > 0) {
    const args = defers.pop() as any[];
    const fn = defers.pop();
    const saved = g.deferFn;
    g.deferFn = p !== null ? fn : RETURNING;
    try {
      if (fn === null) throw new TypeError("nil deferred function");
      const r = fn.apply(undefined, args);
      if (isGenerator(r)) yield* (r as Generator<number, any, any>);
    } catch (e) {
      g.deferFn = saved;
      const p2 = toPanic(e);
      if (p2 instanceof GoExit || p2 instanceof GoFatal) throw p2;
      onChain(p2);
      if (p !== null && p !== p2) p.aborted = true;
      p = p2;
      continue;
    }
    g.deferFn = saved;
    if (p !== null && p.recovered) {
      removeRecovered(p);
      p = null;
    }
  }
  if (p !== null) throw p;
}

export function* deferReturnG(defers: DeferList, _self?: unknown): Generator<number, void, any> {
  if (defers.length > 0) yield* runDefersG(defers, null);
}

export function* deferPanicG(defers: DeferList, e: unknown, _self?: unknown): Generator<number, void, any> {
  const p = toPanic(e);
  if (p instanceof GoExit || p instanceof GoFatal) throw p;
  onChain(p);
  yield* runDefersG(defers, p);
}

/** Runs a frame's deferred calls at a normal return. */
export function deferReturn(defers: DeferList, _self?: unknown): void {
  if (defers.length > 0) runDefers(defers, null);
}

/** Runs a frame's deferred calls for an exception; returns normally only if a deferred call recovered. */
export function deferPanic(defers: DeferList, e: unknown, _self?: unknown): void {
  const p = toPanic(e);
  if (p instanceof GoExit || p instanceof GoFatal) throw p;
  onChain(p);
  runDefers(defers, p);
}

/** recover(): `self` is the calling function, which must be the deferred call being run for a panic. */
export function gorecover(self: unknown): any {
  const g = curG;
  const p = g.panic;
  if (p === null || p.recovered || p.goexit || self === undefined || g.deferFn !== self) return null;
  p.recovered = true;
  return p.value;
}

/** `defer recover()`: recover is then not called by a deferred function, so it recovers nothing. */
export function deferredRecover(): void {}
