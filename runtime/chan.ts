// Channels (gc's hchan): a buffer ring, FIFO queues of waiting senders and receivers with
// direct hand-off, close waking every waiter, and select over several channels choosing
// uniformly at random among the ready cases.

import { Type } from "./type.js";
import { curG, G } from "./proc.js";
import { park, parking, ready, PARK, DUMP, probeStack } from "./sched.js";
import { panicPlain, panicMakeChan, panicError } from "./errors.js";

interface SelectState { done: boolean; index: number }

/** A goroutine waiting on a channel (gc's sudog). */
interface Waiter {
  g: G;
  /** The value to send, or the received value once delivered. */
  v: any;
  ok: boolean;
  sel: SelectState | null;
  index: number;
}

export class Chan {
  readonly buf: any[] = [];
  closed = false;
  readonly recvq: Waiter[] = [];
  readonly sendq: Waiter[] = [];
  /** A Go 1.23 timer channel: it holds at most one value, but len and cap say 0. */
  timer = false;
  constructor(readonly elem: Type, readonly cap: number) {}
}

export function makeChan(elem: Type, size: number | bigint = 0): Chan {
  if (typeof size === "bigint" || size < 0 || size > 2 ** 31) panicMakeChan();
  return new Chan(elem, size as number);
}

export function chanLen(c: Chan | null): number {
  return c === null || c.timer ? 0 : c.buf.length;
}

export function chanCap(c: Chan | null): number {
  return c === null || c.timer ? 0 : c.cap;
}

/** The first waiter still interested (select waiters already served are skipped). */
function dequeue(q: Waiter[]): Waiter | null {
  while (q.length > 0) {
    const w = q.shift()!;
    if (w.sel !== null) {
      if (w.sel.done) continue;
      w.sel.done = true;
      w.sel.index = w.index;
    }
    return w;
  }
  return null;
}

/** Non-blocking part of a send: true when done. */
function trySend(c: Chan, v: any): boolean {
  if (c.closed) panicPlain("send on closed channel");
  const r = dequeue(c.recvq);
  if (r !== null) {
    r.v = v;
    r.ok = true;
    ready(r.g);
    return true;
  }
  if (c.buf.length < c.cap) {
    c.buf.push(v);
    return true;
  }
  return false;
}

/** Non-blocking part of a receive: [value, ok] when done, null when it would block. */
function tryRecv(c: Chan): [any, boolean] | null {
  if (c.buf.length > 0) {
    const v = c.buf.shift();
    // A blocked sender moves its value into the freed slot.
    const s = dequeue(c.sendq);
    if (s !== null) {
      c.buf.push(s.v);
      s.ok = true;
      ready(s.g);
    }
    return [v, true];
  }
  const s = dequeue(c.sendq);
  if (s !== null) {
    s.ok = true;
    ready(s.g);
    return [s.v, true];
  }
  if (c.closed) return [c.elem.zero(), false];
  return null;
}

/**
 * The non-blocking halves generated code tries first, so an operation that completes at
 * once makes no generator: a send that succeeded, a receive's value (WOULDBLOCK when it
 * would block), a receive's [value, ok] (null when it would block). Nil channels always
 * take the blocking path.
 */
export const WOULDBLOCK: unique symbol = Symbol("would block");

export function chansendNB(c: Chan | null, v: any): boolean {
  return c !== null && trySend(c, v);
}

export function chanrecvNB(c: Chan | null): any {
  if (c === null) return WOULDBLOCK;
  const r = tryRecv(c);
  return r === null ? WOULDBLOCK : r[0];
}

export function chanrecv2NB(c: Chan | null): [any, boolean] | null {
  return c === null ? null : tryRecv(c);
}

export function* chansend(c: Chan | null, v: any): Generator<number, void, any> {
  if (c === null) {
    yield* park("chan send (nil chan)");
    throw new Error("unreachable: a goroutine blocked on a nil channel was woken");
  }
  if (trySend(c, v)) return;
  const w: Waiter = { g: curG, v, ok: false, sel: null, index: 0 };
  c.sendq.push(w);
  parking("chan send");
  while ((yield PARK) === DUMP) probeStack();
  if (!w.ok) panicPlain("send on closed channel");
}

export function* chanrecv2(c: Chan | null): Generator<number, [any, boolean], any> {
  if (c === null) {
    yield* park("chan receive (nil chan)");
    throw new Error("unreachable: a goroutine blocked on a nil channel was woken");
  }
  const r = tryRecv(c);
  if (r !== null) return r;
  const w: Waiter = { g: curG, v: undefined, ok: false, sel: null, index: 0 };
  c.recvq.push(w);
  parking("chan receive");
  while ((yield PARK) === DUMP) probeStack();
  return w.ok ? [w.v, true] : [c.elem.zero(), false];
}

export function* chanrecv(c: Chan | null): Generator<number, any, any> {
  // chanrecv2 without the ok flag, written out: one generator less per blocked receiver.
  if (c === null) {
    yield* park("chan receive (nil chan)");
    throw new Error("unreachable: a goroutine blocked on a nil channel was woken");
  }
  const r = tryRecv(c);
  if (r !== null) return r[0];
  const w: Waiter = { g: curG, v: undefined, ok: false, sel: null, index: 0 };
  c.recvq.push(w);
  parking("chan receive");
  while ((yield PARK) === DUMP) probeStack();
  return w.ok ? w.v : c.elem.zero();
}

export function chanClose(c: Chan | null): void {
  if (c === null) panicPlain("close of nil channel");
  if (c.closed) panicPlain("close of closed channel");
  c.closed = true;
  // gc first gathers every waiter on a LIFO list (receivers, then senders) and readies them
  // from its top: the last receiver queued is readied first, so the first one queued ends
  // in runnext and runs first, then the rest from the local queue.
  const list: { g: G }[] = [];
  for (let w = dequeue(c.recvq); w !== null; w = dequeue(c.recvq)) {
    w.v = c.elem.zero();
    w.ok = false;
    list.push(w);
  }
  for (let w = dequeue(c.sendq); w !== null; w = dequeue(c.sendq)) {
    w.ok = false; // the sender panics when it runs
    list.push(w);
  }
  for (let i = list.length - 1; i >= 0; i--) ready(list[i]!.g);
}

/** A select case: [dir (1 send, 2 receive), channel, value to send]. */
export type SelectCase = [number, Chan | null, any];

/**
 * select: returns [case index, received value, ok]; index -1 is the default case. Cases
 * are polled in a random order, as gc does, so each ready case is equally likely.
 */
export function* selectgo(cases: SelectCase[], hasDefault: boolean): Generator<number, [number, any, boolean], any> {
  const n = cases.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const t = order[i]!; order[i] = order[j]!; order[j] = t;
  }
  for (const i of order) {
    const [dir, c, v] = cases[i]!;
    if (c === null) continue;
    if (dir === 1) {
      if (trySend(c, v)) return [i, undefined, false];
    } else {
      const r = tryRecv(c);
      if (r !== null) return [i, r[0], r[1]];
    }
  }
  if (hasDefault) return [-1, undefined, false];
  if (cases.every((cs) => cs[1] === null)) {
    yield* park(n === 0 ? "select (no cases)" : "select (no cases)");
    throw new Error("unreachable: woken from an empty select");
  }
  const sel: SelectState = { done: false, index: -1 };
  const waiters: Waiter[] = [];
  for (let i = 0; i < n; i++) {
    const [dir, c, v] = cases[i]!;
    if (c === null) continue;
    const w: Waiter = { g: curG, v: dir === 1 ? v : undefined, ok: false, sel, index: i };
    waiters[i] = w;
    (dir === 1 ? c.sendq : c.recvq).push(w);
  }
  parking("select");
  while ((yield PARK) === DUMP) probeStack();
  const i = sel.index;
  const w = waiters[i]!;
  // Leave the other queues.
  for (let k = 0; k < n; k++) {
    const wk = waiters[k];
    if (wk === undefined || k === i) continue;
    const c = cases[k]![1]!;
    const q = cases[k]![0] === 1 ? c.sendq : c.recvq;
    const at = q.indexOf(wk);
    if (at >= 0) q.splice(at, 1);
  }
  if (cases[i]![0] === 1) {
    if (!w.ok) panicPlain("send on closed channel");
    return [i, undefined, false];
  }
  return w.ok ? [i, w.v, true] : [i, cases[i]![1]!.elem.zero(), false];
}

/** select {} */
export function* blockForever(): Generator<number, never, any> {
  yield* park("select (no cases)");
  throw new Error("unreachable");
}

export { panicError };
