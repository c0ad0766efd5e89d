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
/** The G that runs next, inheriting the current time slice. */
let runnext: G | null = null;
/** P's local run queue: localq[localHead..] (at most localMax entries). */
const localq: G[] = [];
let localHead = 0;
const localMax = 256;
/** The global run queue: globalq[globalHead..]. */
const globalq: G[] = [];
let globalHead = 0;
/** Counts executions that did not inherit a time slice (gc's p.schedtick). */
let schedtick = 0;
/** When the current time slice began (ms), for preemption. */
let sliceStart = 0;
/** The goroutine to run before consulting the queues (main, at the start). */
let first: G | null = null;

/** A fresh scheduler for a new program run (main is goroutine 1 again). */
export function resetScheduler(): void {
  nextGoid = 1;
  allGs.clear();
  runnext = null;
  localq.length = 0;
  localHead = 0;
  globalq.length = 0;
  globalHead = 0;
  // gc's runtime initialization leaves the tick at 4 (mod 61) when main.main starts.
  schedtick = 4;
  first = null;
  timers.length = 0;
  zombies = 0;
  mainGoexited = false;
}

/** Goroutine ids the runtime would use for its own goroutines. */
export function skipGoids(n: number): void {
  nextGoid += n;
}

export function newG(body: Generator, startFn: Function | string): G {
  const g = new G(nextGoid++);
  g.gen = body;
  g.startFn = startFn;
  allGs.add(g);
  return g;
}

/**
 * The program's first goroutines: main runs first; the finalizer goroutine gc's runtime
 * starts when package os is linked (goroutine 5, made by finalizer.ts) waits in runnext,
 * never having run, so the first go statement kicks it to the local queue, where it takes a
 * turn and parks until finalizers are queued.
 */
export function startMain(mainG: G, fing: G | null): void {
  first = mainG;
  if (fing !== null) {
    fing.status = Status.Runnable;
    runnext = fing;
  }
}

function localLen(): number {
  return localq.length - localHead;
}

/** Puts g on P's local queue tail; a full queue sends its older half and g to the global queue (gc's runqput, runqputslow). */
function runqput(g: G): void {
  if (localLen() < localMax) { localq.push(g); return; }
  const half = localMax / 2;
  for (let i = 0; i < half; i++) globalq.push(localq[localHead + i]!);
  localHead += half;
  globalq.push(g);
  compact();
}

function compact(): void {
  if (localHead > 1024 && localHead * 2 > localq.length) { localq.splice(0, localHead); localHead = 0; }
  if (globalHead > 1024 && globalHead * 2 > globalq.length) { globalq.splice(0, globalHead); globalHead = 0; }
}

/** Marks g runnable and puts it in runnext, kicking the old one to the local queue (gc's ready with next = true, and newproc). */
export function ready(g: G): void {
  g.status = Status.Runnable;
  const old = runnext;
  runnext = g;
  if (old !== null) runqput(old);
}

function globalPut(g: G): void {
  g.status = Status.Runnable;
  globalq.push(g);
}

/** The next G and whether it inherits the time slice (gc's findRunnable, one P). */
function pick(): G | null {
  if (first !== null) { const g = first; first = null; inherit = true; return g; }
  // Fairness: every 61st tick the global queue goes first.
  if (schedtick % 61 === 0 && globalHead < globalq.length) { inherit = false; return globalq[globalHead++]!; }
  if (runnext !== null) { const g = runnext; runnext = null; inherit = true; return g; }
  inherit = false;
  if (localHead < localq.length) {
    const g = localq[localHead++]!;
    compact();
    return g;
  }
  if (globalHead < globalq.length) {
    // globrunqget: up to 128 at once; the first runs, the rest join the local queue.
    const n = Math.min(globalq.length - globalHead, 128);
    const g = globalq[globalHead++]!;
    for (let i = 1; i < n; i++) localq.push(globalq[globalHead++]!);
    compact();
    return g;
  }
  return null;
}
let inherit = false;

/** Blocks the running goroutine until ready(g) is called; `reason` shows in goroutine dumps. */
export function* park(reason: string): Generator<number, void, any> {
  parking(reason);
  yield PARK;
}

/**
 * Marks the running goroutine as waiting; the caller then does `yield PARK` itself (one
 * generator less on every blocked goroutine's stack than yield* park).
 */
export function parking(reason: string): void {
  const g = curG;
  g.status = Status.Waiting;
  g.waitReason = reason;
}

export function* gosched(): Generator<number, void, any> {
  yield GOSCHED;
}

/** gc preempts a goroutine whose time slice (shared along a runnext chain) passed 10 ms. */
const forcePreemptMs = 10;
let spinChecks = 0;

/**
 * Whether the running goroutine has used up its time slice (checked cheaply, by count first).
 * A preempted goroutine then yields as Gosched does: to the global queue's tail.
 */
export function preemptRequested(): boolean {
  if ((++spinChecks & 255) !== 0) return false;
  const now = clock.now();
  if (sliceStart < 0) { sliceStart = now; return false; }
  return now - sliceStart >= forcePreemptMs;
}


/** go f(args...) */
export function go(fn: Function | null, args: any[], name = ""): void {
  if (fn === null) throw new GoFatal("go of nil func value");
  // A generator function's generator is the goroutine's body itself; a plain function runs
  // inside a small generator of its own.
  const body = isGeneratorFunction(fn) ? (fn(...args) as Generator) : (function* () {
    const r = fn(...args);
    if (isGenerator(r)) yield* r;
  })();
  const g = newG(body, name || fn);
  g.createdBy = curG.startFn;
  g.parentId = curG.id;
  ready(g);
}

export function numGoroutine(): number {
  let n = 0;
  for (const g of allGs) if (g.status !== Status.Dead && !g.system) n++;
  return n;
}

/**
 * Timers: wake-up times in ms (monotonic) in a 4-ary min-heap ordered as gc orders its
 * per-P timer heap, so timers due at the same moment fire in gc's order: a timer moves up
 * past a parent only when strictly earlier, and down to its earliest child only when that
 * child is strictly earlier (the first such child on ties). A stopped timer stays in the heap
 * as a zombie until it reaches the top, or until zombies are a quarter of the heap.
 */
interface Timer { when: number; fire: () => void; dead: boolean }
const timers: Timer[] = [];
let zombies = 0;

function siftUp(i: number): void {
  const t = timers[i]!;
  while (i > 0) {
    const p = (i - 1) >> 2;
    if (t.when >= timers[p]!.when) break;
    timers[i] = timers[p]!;
    i = p;
  }
  timers[i] = t;
}

function siftDown(i: number): void {
  const n = timers.length;
  const t = timers[i]!;
  for (;;) {
    const first = i * 4 + 1;
    if (first >= n) break;
    let c = -1, w = t.when;
    for (let j = first; j < first + 4 && j < n; j++) {
      if (timers[j]!.when < w) { w = timers[j]!.when; c = j; }
    }
    if (c < 0) break;
    timers[i] = timers[c]!;
    i = c;
  }
  timers[i] = t;
}

function deleteMin(): void {
  const last = timers.pop()!;
  if (timers.length > 0) {
    timers[0] = last;
    siftDown(0);
  }
}

/** Drops zombies from the top, and rebuilds the heap without them when they are many. */
function cleanTimers(): void {
  while (timers.length > 0 && timers[0]!.dead) { deleteMin(); zombies--; }
  if (zombies > 0 && zombies * 4 > timers.length) {
    const live = timers.filter((t) => !t.dead);
    timers.length = 0;
    timers.push(...live);
    zombies = 0;
    for (let i = (timers.length - 2) >> 2; i >= 0; i--) siftDown(i);
  }
}

export function addTimer(when: number, fire: () => void): Timer {
  const t = { when, fire, dead: false };
  timers.push(t);
  siftUp(timers.length - 1);
  return t;
}

/** Stops a timer; reports whether it was pending. */
export function delTimer(t: Timer): boolean {
  if (t.dead) return false;
  t.dead = true;
  zombies++;
  return true;
}

/** The earliest live timer's time, or undefined. */
function nextTimer(): number | undefined {
  cleanTimers();
  return timers.length > 0 ? timers[0]!.when : undefined;
}

export const clock = {
  /** Monotonic milliseconds. */
  now: (): number => (typeof performance !== "undefined" ? performance.now() : Date.now()),
  /** Waits (for real) until `ms` from now. */
  sleep: (ms: number): Promise<void> => new Promise((res) => setTimeout(res, Math.max(0, ms))),
  /** Wall-clock milliseconds since 1970 at monotonic reading 0. */
  wallOffset: Date.now() - (typeof performance !== "undefined" ? performance.now() : Date.now()),
  /** The virtual clock (--faketime): time moves only when every goroutine waits for a timer. */
  fake: false,
  /** The monotonic reading when the program started (Go's monotonic times count from it). */
  origin: 0,
};
clock.origin = clock.now();

/** The Go playground's epoch: 2009-11-10 23:00:00 UTC. */
const fakeEpoch = Date.UTC(2009, 10, 10, 23, 0, 0);
let fakeNow = 0;

/**
 * Switches to the Go playground's virtual clock: it starts at 2009-11-10 23:00:00 UTC and
 * jumps to the next timer when no goroutine can run, so timed programs finish at once and
 * always print the same.
 */
export function setFakeTime(): void {
  fakeNow = 0;
  clock.fake = true;
  clock.now = () => fakeNow;
  clock.wallOffset = fakeEpoch;
  clock.origin = 0;
}

function fireDue(): boolean {
  const now = clock.now();
  let fired = false;
  for (let w = nextTimer(); w !== undefined && w <= now; w = nextTimer()) {
    const t = timers[0]!;
    deleteMin();
    // A fired timer is spent: stopping it now reports false.
    t.dead = true;
    t.fire();
    fired = true;
  }
  return fired;
}

/** Ends the scheduler's current wait for a timer early (set while it waits). */
let wakeWait: (() => void) | null = null;

/**
 * Called when something outside the program (a finalization callback arriving as a host
 * task) readied a goroutine: a scheduler waiting for its next timer runs it now.
 */
export function wakeScheduler(): void {
  wakeWait?.();
}

/** clock.sleep(ms), ended early by wakeScheduler (the timer is then cleared, so it cannot keep the host alive). */
function sleepUntilWoken(ms: number): Promise<void> {
  if (typeof setTimeout !== "function" || typeof clearTimeout !== "function") return clock.sleep(ms);
  return new Promise((res) => {
    const done = (): void => { clearTimeout(t); wakeWait = null; res(); };
    const t = setTimeout(done, Math.max(0, ms));
    wakeWait = done;
  });
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
        if (numGoroutine() === 0) return new GoFatal("no goroutines (main called runtime.Goexit) - deadlock!", [], false);
      }
      const next = nextTimer();
      if (next !== undefined) {
        if (clock.fake) {
          // Virtual time: jump to the next timer.
          fakeNow = Math.max(fakeNow, next);
          continue;
        }
        const wait = next - clock.now();
        return sleepUntilWoken(wait).then(() => schedule(mainG));
      }
      return new GoFatal("all goroutines are asleep - deadlock!", [], true, true);
    }
    setCurG(g);
    g.status = Status.Running;
    if (!inherit) {
      schedtick++;
      // The slice's start is read from the clock only if a spin loop asks (preemptRequested).
      sliceStart = -1;
    }
    let r: IteratorResult<unknown, any>;
    try {
      r = g.gen!.next();
    } catch (e) {
      g.status = Status.Dead;
      allGs.delete(g);
      g.gen = null;
      g.startFn = "";
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
      // A finished generator still holds its frame's variables, and the start function its
      // closure's: dropped, so that what only the goroutine used can be collected (and
      // finalized) while a queue slot or curG still names the G.
      g.gen = null;
      g.startFn = "";
      if (g === mainG) return null;
      continue;
    }
    if (r.value === GOSCHED) globalPut(g);
  }
}

/** Every goroutine still alive, for deadlock reports (main first). */
export function goroutines(): G[] {
  return [...allGs].filter((g) => !g.system).sort((a, b) => a.id - b.id);
}

export { GoPanic, GoExit, panicNilDeref };
