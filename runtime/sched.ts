// Goroutines on one JavaScript thread, scheduled as gc schedules them with GOMAXPROCS=1
// (spec: scheduler.md): a new or readied goroutine goes to P's runnext slot (the one it
// displaces to the tail of the local run queue), Gosched puts the goroutine on the global
// queue, and every 61st scheduling tick the global queue is checked first. A goroutine is a
// generator; it runs until it parks (blocks) or finishes.

import { G, setCurG, curG } from "./proc.js";
import { GoPanic, GoFatal, GoExit } from "./panic.js";
import { panicNilDeref } from "./errors.js";

export const PARK = 1, GOSCHED = 2;

export const enum Status { Runnable, Running, Waiting, Dead }

const GenProto = Object.getPrototypeOf(function* () {}).prototype;
const GenFn = Object.getPrototypeOf(function* () {}).constructor;

export function isGenerator(x: unknown): x is Generator {
  return x !== null && typeof x === "object" && GenProto.isPrototypeOf(x);
}
export function isGeneratorFunction(f: unknown): boolean {
  return typeof f === "function" && f instanceof GenFn;
}

/** A call whose callee may or may not be a generator function (calls through values). */
export function* callDyn(f: Function, args: any[]): Generator<number, any, any> {
  const r = f(...args);
  if (isGenerator(r)) return yield* (r as Generator<number, any, any>);
  return r;
}

let nextGoid = 1;
const allGs = new Set<G>();
let runnext: G | null = null;
const localq: G[] = [];
let localHead = 0;
const globalq: G[] = [];
let globalHead = 0;
let schedtick = 0;

/** A fresh scheduler for a new program run (main is goroutine 1 again). */
export function resetScheduler(): void {
  nextGoid = 1;
  allGs.clear();
  runnext = null;
  localq.length = 0;
  localHead = 0;
  globalq.length = 0;
  globalHead = 0;
  schedtick = 0;
  timers.length = 0;
  mainGoexited = false;
}

/** Goroutine ids the runtime would use for its own goroutines. */
export function skipGoids(n: number): void {
  nextGoid += n;
}

export function newG(body: Generator, startFn: string): G {
  const g = new G(nextGoid++);
  g.gen = body;
  g.startFn = startFn;
  allGs.add(g);
  return g;
}

/** Marks g runnable and puts it in runnext (gc's goready and newproc). */
export function ready(g: G): void {
  g.status = Status.Runnable;
  if (runnext !== null) localq.push(runnext);
  runnext = g;
}

function globalPut(g: G): void {
  g.status = Status.Runnable;
  globalq.push(g);
}

function pick(): G | null {
  schedtick++;
  if (schedtick % 61 === 0 && globalHead < globalq.length) return globalq[globalHead++]!;
  if (runnext !== null) { const g = runnext; runnext = null; return g; }
  if (localHead < localq.length) {
    const g = localq[localHead++]!;
    if (localHead > 1024 && localHead * 2 > localq.length) { localq.splice(0, localHead); localHead = 0; }
    return g;
  }
  if (globalHead < globalq.length) {
    const g = globalq[globalHead++]!;
    if (globalHead > 1024 && globalHead * 2 > globalq.length) { globalq.splice(0, globalHead); globalHead = 0; }
    return g;
  }
  return null;
}

/** Blocks the running goroutine until ready(g) is called; `reason` shows in goroutine dumps. */
export function* park(reason: string): Generator<number, void, any> {
  const g = curG;
  g.status = Status.Waiting;
  g.waitReason = reason;
  yield PARK;
}

export function* gosched(): Generator<number, void, any> {
  yield GOSCHED;
}

/** go f(args...) */
export function go(fn: Function | null, args: any[], name = ""): void {
  if (fn === null) throw new GoFatal("go of nil func value");
  const body = (function* () {
    const r = fn(...args);
    if (isGenerator(r)) yield* r;
  })();
  const g = newG(body, name || (fn as { name?: string }).name || "");
  ready(g);
}

export function numGoroutine(): number {
  let n = 0;
  for (const g of allGs) if (g.status !== Status.Dead) n++;
  return n;
}

/** Timers: wake-up times in ms (monotonic), kept sorted. */
interface Timer { when: number; seq: number; fire: () => void }
const timers: Timer[] = [];
let timerSeq = 0;

export function addTimer(when: number, fire: () => void): Timer {
  const t = { when, seq: timerSeq++, fire };
  let i = timers.length;
  while (i > 0 && (timers[i - 1]!.when > when)) i--;
  timers.splice(i, 0, t);
  return t;
}

export function delTimer(t: Timer): boolean {
  const i = timers.indexOf(t);
  if (i < 0) return false;
  timers.splice(i, 1);
  return true;
}

export const clock = {
  /** Monotonic milliseconds. */
  now: (): number => (typeof performance !== "undefined" ? performance.now() : Date.now()),
  /** Waits (for real) until `ms` from now. */
  sleep: (ms: number): Promise<void> => new Promise((res) => setTimeout(res, Math.max(0, ms))),
};

function fireDue(): boolean {
  const now = clock.now();
  let fired = false;
  while (timers.length > 0 && timers[0]!.when <= now) {
    const t = timers.shift()!;
    t.fire();
    fired = true;
  }
  return fired;
}

export interface Outcome { kind: "exit"; code: number }

/**
 * Runs goroutines until the main one finishes or the program dies; returns the exception
 * that ended it (null for a normal end of main), synchronously, or a promise when the
 * program has to wait for timers.
 */
let mainGoexited = false;

export function schedule(mainG: G): unknown | Promise<unknown> {
  for (;;) {
    if (timers.length > 0) fireDue();
    const g = pick();
    if (g === null) {
      if (mainG.status === Status.Dead) {
        if (!mainGoexited) return null;
        // main called runtime.Goexit: the program lives on until no goroutine is left.
        if (allGs.size === 0) return new GoFatal("no goroutines (main called runtime.Goexit) - deadlock!", [], false);
      }
      if (timers.length > 0) {
        const wait = timers[0]!.when - clock.now();
        return clock.sleep(wait).then(() => schedule(mainG));
      }
      return new GoFatal("all goroutines are asleep - deadlock!", [], true, true);
    }
    setCurG(g);
    g.status = Status.Running;
    let r: IteratorResult<unknown, any>;
    try {
      r = g.gen!.next();
    } catch (e) {
      g.status = Status.Dead;
      allGs.delete(g);
      // runtime.Goexit ran the goroutine's deferred calls and ends it quietly.
      if (e instanceof GoPanic && e.goexit) {
        if (g === mainG) mainGoexited = true;
        continue;
      }
      return e;
    }
    if (r.done) {
      g.status = Status.Dead;
      allGs.delete(g);
      if (g === mainG) return null;
      continue;
    }
    if (r.value === GOSCHED) globalPut(g);
  }
}

/** Every goroutine still alive, for deadlock reports (main first). */
export function goroutines(): G[] {
  return [...allGs].sort((a, b) => a.id - b.id);
}

export { GoPanic, GoExit, panicNilDeref };
