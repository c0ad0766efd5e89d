// Deferred calls, panics unwinding through them, recover and Goexit, with gc's three defer
// strategies (docs/defer.md):
//
// - open-coded: no record. The generated code keeps each deferred function and its arguments
//   in locals and a deferBits mask; it calls them inline at every exit, and on a panic its
//   catch block hands them one by one, newest first, to deferRun (the role of gc's opendefer
//   funcdata: the frame itself knows what is pending).
// - stack-allocated and heap-allocated: a Defer record linked onto the goroutine's chain
//   (G.defers). A frame remembers the chain's top at entry; at exit deferreturn runs the
//   records above it, on a panic deferPanicChain does. Heap records come from a pool and go
//   back to it, as gc's per-P defer pool; stack records are plain objects the frame makes.
//   A range-over-func loop whose body defers pushes a head record (deferrangefunc); the
//   body's defers go on that head's own list (deferprocat) and run when the head is reached.
//
// A panic is a JS exception. Each frame with defers catches it, runs its pending deferred
// calls in panic mode (recover may stop the panic) and rethrows it unless recovered. A panic
// escaping a deferred call run for an older panic aborts the older one; both stay on the
// goroutine's list (printed oldest first), and recovering the newer one discards the aborted
// ones beneath it. runtime.Goexit is a panic that recover cannot stop; a panic raised and
// recovered while it runs lets it resume.

import { GoPanic, GoExit, GoFatal, toPanic } from "./panic.js";
import { curG, RETURNING } from "./proc.js";
import { isGenerator } from "./sched.js";

type Fn = ((...a: any[]) => any) | null;

/**
 * A stack- or heap-allocated defer record (gc's _defer). Up to three arguments are kept in
 * fields, so that pushing a record allocates nothing more; n < 0 means a0 is an array of
 * more arguments.
 */
export class Defer {
  /** For a range-over-func head: the body's deferred calls, newest first. */
  list: Defer | null = null;
  /** A stack record's home: the defer statement's records, reused as frame memory is. */
  home: DeferHome | null = null;
  constructor(
    public fn: Fn,
    public n: number,
    public a0: any,
    public a1: any,
    public a2: any,
    public link: Defer | null,
    public heap: boolean,
    readonly head = false,
  ) {}
}

/** Calls a record's function with its arguments. */
function invoke(fn: Fn, n: number, a0: any, a1: any, a2: any): any {
  const f = fn as Function;
  switch (n) {
    case 0: return f();
    case 1: return f(a0);
    case 2: return f(a0, a1);
    case 3: return f(a0, a1, a2);
    default: return f.apply(undefined, a0);
  }
}

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

// ---- one deferred call in panic mode (shared by every strategy) ----

/** The exception reaching a frame with defers, as the panic its deferred calls run for. */
export function deferStart(e: unknown): GoPanic {
  const p = toPanic(e);
  if (p instanceof GoExit || p instanceof GoFatal) throw p;
  onChain(p);
  return p;
}

/** A deferred call run for panic p (or, p null, after a recovery) threw e: the panic now. */
function afterThrow(p: GoPanic | null, e: unknown): GoPanic {
  const p2 = toPanic(e);
  if (p2 instanceof GoExit || p2 instanceof GoFatal) throw p2;
  onChain(p2);
  if (p !== null && p !== p2) {
    // A Goexit interrupted by a panic is not lost: recovering the panic resumes it.
    if (!p.goexit) p.aborted = true;
    p2.goexitBelow = p.goexit ? p : p.goexitBelow;
  }
  return p2;
}

/** After a deferred call for p returned: the panic still unwinding, or null once recovered. */
function afterCall(p: GoPanic): GoPanic | null {
  if (!p.recovered) return p;
  removeRecovered(p);
  return p.goexitBelow;
}

/** Runs one deferred call for panic p (null: the panic was recovered, run as at a return); returns the panic still unwinding. */
export function deferRun(p: GoPanic | null, fn: Fn, ...args: any[]): GoPanic | null {
  return deferRunN(p, fn, -1, args, undefined, undefined);
}

function deferRunN(p: GoPanic | null, fn: Fn, n: number, a0: any, a1: any, a2: any): GoPanic | null {
  const g = curG;
  const saved = g.deferFn, savedClaim = g.deferClaimed;
  g.deferClaimed = false;
  g.deferFn = p !== null ? deferredTarget(fn) : returningFn(fn, saved);
  try {
    invoke(fn, n, a0, a1, a2);
  } catch (e) {
    g.deferFn = saved;
    g.deferClaimed = savedClaim;
    return afterThrow(p, e);
  }
  g.deferFn = saved;
  g.deferClaimed = savedClaim;
  return p !== null ? afterCall(p) : null;
}

/** deferRun for frames that may block: the deferred call may be a generator function. */
export function* deferRunG(p: GoPanic | null, fn: Fn, ...args: any[]): Generator<number, GoPanic | null, any> {
  return yield* deferRunNG(p, fn, -1, args, undefined, undefined);
}

function* deferRunNG(p: GoPanic | null, fn: Fn, n: number, a0: any, a1: any, a2: any): Generator<number, GoPanic | null, any> {
  const g = curG;
  const saved = g.deferFn, savedClaim = g.deferClaimed;
  g.deferClaimed = false;
  g.deferFn = p !== null ? deferredTarget(fn) : returningFn(fn, saved);
  try {
    const r = invoke(fn, n, a0, a1, a2);
    if (isGenerator(r)) yield* (r as Generator<number, any, any>);
  } catch (e) {
    g.deferFn = saved;
    g.deferClaimed = savedClaim;
    return afterThrow(p, e);
  }
  g.deferFn = saved;
  g.deferClaimed = savedClaim;
  return p !== null ? afterCall(p) : null;
}

/** The end of a frame's panic processing: rethrows the panic unless it was recovered. */
export function deferDone(p: GoPanic | null): void {
  if (p !== null) throw p;
}

// ---- records on the goroutine's chain (stack- and heap-allocated) ----

/** The chain's top when a frame starts: its records are the ones pushed above it. */
export function deferTop(): Defer | null {
  return curG.defers;
}

/**
 * Where a defer statement's stack records live between uses. gc keeps a stack-allocated
 * record in the frame, memory the next call of the function reuses; here each defer statement
 * keeps its own free records (one, unless the function recurses), with no shared pool.
 */
export class DeferHome {
  free: Defer | null = null;
}

export function deferHome(): DeferHome {
  return new DeferHome();
}

/**
 * deferprocStack: a record of the frame's own. n is the number of arguments, a0 an array of
 * them when n < 0.
 */
export function deferprocStack(home: DeferHome, fn: Fn, n: number, a0?: any, a1?: any, a2?: any): void {
  const g = curG;
  let d = home.free;
  if (d === null) {
    d = new Defer(fn, n, a0, a1, a2, g.defers, false);
    d.home = home;
  } else {
    home.free = d.link;
    d.fn = fn;
    d.n = n;
    d.a0 = a0;
    d.a1 = a1;
    d.a2 = a2;
    d.link = g.defers;
  }
  g.defers = d;
}

/** The pool of free heap records, like gc's per-P defer pool. */
const pool: Defer[] = [];
const poolMax = 32;

/**
 * deferproc: a heap record, from the pool when one is free. As in gc, where a heap record's
 * deferred closure escapes and is allocated with its captured values, the arguments go in a
 * fresh array of their own (a stack record keeps them in the record).
 */
export function deferproc(fn: Fn, n: number, a0?: any, a1?: any, a2?: any): void {
  const g = curG;
  const captured = n <= 0 ? a0 : n === 1 ? [a0] : n === 2 ? [a0, a1] : [a0, a1, a2];
  const k = n === 0 ? 0 : -1;
  const d = pool.pop();
  if (d === undefined) { g.defers = new Defer(fn, k, captured, undefined, undefined, g.defers, true); return; }
  d.fn = fn;
  d.n = k;
  d.a0 = captured;
  d.link = g.defers;
  g.defers = d;
}

function freedefer(d: Defer): void {
  const home = d.home;
  if (home !== null) {
    d.fn = null;
    d.a0 = d.a1 = d.a2 = undefined;
    d.link = home.free;
    home.free = d;
    return;
  }
  if (!d.heap || d.head || pool.length >= poolMax) return;
  d.fn = null;
  d.a0 = d.a1 = d.a2 = undefined;
  d.link = null;
  pool.push(d);
}

/** The head record of a range-over-func loop whose body defers (gc's deferrangefunc). */
export function deferrangefunc(): Defer {
  const g = curG;
  const d = new Defer(null, 0, undefined, undefined, undefined, g.defers, true, true);
  g.defers = d;
  return d;
}

/** A defer in a range-over-func body: onto the loop's head (gc's deferprocat). */
export function deferprocat(head: Defer, fn: Fn, n: number, a0?: any, a1?: any, a2?: any): void {
  head.list = new Defer(fn, n, a0, a1, a2, head.list, true);
}

/** Pops the chain's top record; a head gives way to its list. Returns null for a head. */
function pop(): Defer | null {
  const g = curG;
  const d = g.defers!;
  if (d.head) {
    let l = d.list;
    if (l === null) { g.defers = d.link; return null; }
    g.defers = l;
    while (l.link !== null) l = l.link;
    l.link = d.link;
    d.list = null;
    return null;
  }
  g.defers = d.link;
  return d;
}

/** deferreturn: runs the records above `top` at a normal return. */
export function deferreturn(top: Defer | null): void {
  const g = curG;
  while (g.defers !== top) {
    const d = pop();
    if (d === null) continue;
    const fn = d.fn, n = d.n, a0 = d.a0, a1 = d.a1, a2 = d.a2;
    freedefer(d);
    const saved = g.deferFn, savedClaim = g.deferClaimed;
    g.deferClaimed = false;
    g.deferFn = returningFn(fn, saved);
    try {
      invoke(fn, n, a0, a1, a2);
    } finally {
      g.deferFn = saved;
      g.deferClaimed = savedClaim;
    }
  }
}

export function* deferreturnG(top: Defer | null): Generator<number, void, any> {
  const g = curG;
  while (g.defers !== top) {
    const d = pop();
    if (d === null) continue;
    const fn = d.fn, n = d.n, a0 = d.a0, a1 = d.a1, a2 = d.a2;
    freedefer(d);
    const saved = g.deferFn, savedClaim = g.deferClaimed;
    g.deferClaimed = false;
    g.deferFn = returningFn(fn, saved);
    try {
      const r = invoke(fn, n, a0, a1, a2);
      if (isGenerator(r)) yield* (r as Generator<number, any, any>);
    } finally {
      g.deferFn = saved;
      g.deferClaimed = savedClaim;
    }
  }
}

/** A panic reached a frame with chained records: runs them; returns normally only if recovered. */
export function deferPanicChain(e: unknown, top: Defer | null): void {
  let p: GoPanic | null = deferStart(e);
  const g = curG;
  while (g.defers !== top) {
    const d = pop();
    if (d === null) continue;
    const fn = d.fn, n = d.n, a0 = d.a0, a1 = d.a1, a2 = d.a2;
    freedefer(d);
    p = deferRunN(p, fn, n, a0, a1, a2);
  }
  deferDone(p);
}

export function* deferPanicChainG(e: unknown, top: Defer | null): Generator<number, void, any> {
  let p: GoPanic | null = deferStart(e);
  const g = curG;
  while (g.defers !== top) {
    const d = pop();
    if (d === null) continue;
    const fn = d.fn, n = d.n, a0 = d.a0, a1 = d.a1, a2 = d.a2;
    freedefer(d);
    p = yield* deferRunNG(p, fn, n, a0, a1, a2);
  }
  deferDone(p);
}

// ---- recover ----

/**
 * The function a deferred value stands for when recover asks who the deferred call is: a
 * method wrapper (which the compiler marks with its target, `w.$w`) is transparent, as gc's
 * wrappers are.
 */
export function deferredTarget<F extends Function | null>(fn: F): F {
  return (fn as { $w?: F } | null)?.$w ?? fn;
}

/** recover(): `self` is the calling function, which must be the deferred call being run for a panic. */
export function gorecover(self: unknown, claimed = true): any {
  const g = curG;
  const p = g.panic;
  if (p === null || p.recovered || p.goexit || self === undefined || g.deferFn !== self || !claimed) return null;
  p.recovered = true;
  return p.value;
}

/**
 * At the entry of a function that calls recover(): whether this call of it is the one the
 * running deferred call made, i.e. the function is the deferred function and no call of it
 * has entered before (a recursive call of the deferred function is not called directly by
 * the deferred call, and its recover returns nil, as gc's does).
 */
export function claimDefer(self: unknown): boolean {
  const g = curG;
  if (g.deferFn !== self || g.deferClaimed) return false;
  g.deferClaimed = true;
  return true;
}

/**
 * `defer recover()` in function F: as gc runs it, recover then acts as if F called it when
 * the deferred call runs. It recovers only when run by F's normal return while F is itself
 * the deferred call a panic is running (G.deferFn is still F then); run by a panic
 * unwinding F, it is called by the panic, not by F, and recovers nothing.
 */
export function deferredRecoverOf(self: unknown): () => void {
  const f = (): void => { gorecover(self); };
  (f as { recoverFor?: unknown }).recoverFor = self;
  return f;
}

/** The deferFn a deferred call runs with at a normal return: `defer recover()` keeps the frame's. */
function returningFn(fn: Fn, saved: unknown): unknown {
  return fn !== null && (fn as { recoverFor?: unknown }).recoverFor !== undefined ? saved : RETURNING;
}
