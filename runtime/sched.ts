// Goroutines on one JavaScript thread, scheduled as gc schedules them with GOMAXPROCS=1
// (spec: scheduler.md): a new or readied goroutine goes to P's runnext slot (the one it
// displaces to the tail of the local run queue), Gosched puts the goroutine on the global
// queue, and every 61st scheduling tick the global queue is checked first. A goroutine is a
// generator; it runs until it parks (blocks) or finishes.

import { G, setCurG, curG } from "./proc.js";
import { GoPanic, GoFatal, GoExit } from "./panic.js";
import { panicNilDeref } from "./errors.js";
import { host } from "./host.js";

export const PARK = 1, GOSCHED = 2;
/**
 * What a parked goroutine is resumed with to have its stack read for a goroutine dump: every
 * park site answers by recording the JS stack (its callers are the goroutine's frames, on
 * the stack while its generators run) and parking again.
 */
export const DUMP = 3;

/** Records the running goroutine's stack (at a park site resumed with DUMP). */
export function probeStack(): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  curG.parkStack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
}

/** The frames of a parked goroutine, read by resuming it with DUMP ("" when it has none). */
export function parkedStack(g: G): string {
  if (g.gen === null || g.status !== Status.Waiting) return "";
  const saved = curG;
  g.parkStack = "";
  try {
    setCurG(g);
    g.gen.next(DUMP);
  } catch {
    // A goroutine that cannot be probed is shown by its start function.
  } finally {
    setCurG(saved);
  }
  return g.parkStack;
}

export const enum Status { Runnable, Running, Waiting, Dead }

const GenProto = Object.getPrototypeOf(function* () {}).prototype;
const GenFn = Object.getPrototypeOf(function* () {}).constructor;

export function isGenerator(x: unknown): x is Generator {
  return x !== null && typeof x === "object" && GenProto.isPrototypeOf(x);
}
export function isGeneratorFunction(f: unknown): boolean {
  return typeof f === "function" && f instanceof GenFn;
}

/** The body of a goroutine started with a plain function (or one returning a generator). */
function* callLater(fn: Function, args: any[]): Generator<number, any, any> {
  const r = fn(...args);
  if (isGenerator(r)) yield* (r as Generator<number, any, any>);
}

/** A call whose callee may or may not be a generator function (calls through values). */
export function* callDyn(f: Function, args: any[]): Generator<number, any, any> {
  const r = f(...args);
  if (isGenerator(r)) return yield* (r as Generator<number, any, any>);
  return r;
}

let nextGoid = 1;
const allGs = new Set<G>();

/**
 * A P: the right to run Go code, with its own queues (gc's p). GOMAXPROCS of them exist;
 * the one JavaScript thread runs one goroutine at a time, moving on to the next P whenever
 * a goroutine stops running and its P has no runnext to continue with, so goroutines
 * interleave across Ps as they would run in parallel under gc.
 */
class P {
  /** The G that runs next, inheriting the current time slice. */
  runnext: G | null = null;
  /** The local run queue: q[head..] (at most localMax entries). */
  readonly q: G[] = [];
  head = 0;
  /** Counts executions that did not inherit a time slice (gc's p.schedtick). */
  schedtick = 0;
  constructor(readonly id: number) {}
  get len(): number { return this.q.length - this.head; }
}

const localMax = 256;
/** The Ps (gc's allp) and the one running now. */
let allp: P[] = [new P(0)];
let pp: P = allp[0]!;
/** The global run queue: globalq[globalHead..]. */
const globalq: G[] = [];
let globalHead = 0;
/** When the current time slice began (ms), for preemption. */
let sliceStart = 0;
/** The goroutine to run before consulting the queues (main, at the start). */
let first: G | null = null;

/** The number of CPUs the host reports (runtime.NumCPU). */
export function numCPU(): number {
  return Math.max(1, host.numCPU ?? 1);
}

/** GOMAXPROCS at startup: the environment variable when it is a positive number, else NumCPU. */
function initialProcs(): number {
  const v = host.env["GOMAXPROCS"];
  if (v !== undefined && /^[0-9]+$/.test(v)) {
    const n = Number(v);
    if (n > 0) return Math.min(n, 1024);
  }
  return numCPU();
}

/** A fresh scheduler for a new program run (main is goroutine 1 again). */
export function resetScheduler(): void {
  nextGoid = 1;
  allGs.clear();
  allp = [];
  for (let i = initialProcs(), id = 0; id < i; id++) allp.push(new P(id));
  pp = allp[0]!;
  globalq.length = 0;
  globalHead = 0;
  // gc's runtime initialization leaves the tick at 4 (mod 61) when main.main starts.
  pp.schedtick = 4;
  first = null;
  timers.length = 0;
  zombies = 0;
  mainGoexited = false;
}

/** runtime.GOMAXPROCS: sets the number of Ps when n > 0 and returns the previous number. */
export function gomaxprocs(n: number): number {
  const old = allp.length;
  if (n <= 0 || n === old) return old;
  n = Math.min(n, 1024);
  if (n < old) {
    // The Ps that go away hand their goroutines to the head of the global queue, in order.
    const moved: G[] = [];
    for (const p of allp.slice(n)) {
      if (p.runnext !== null) moved.push(p.runnext);
      for (let i = p.head; i < p.q.length; i++) moved.push(p.q[i]!);
    }
    globalq.splice(globalHead, 0, ...moved);
    allp.length = n;
    if (pp.id >= n) pp = allp[0]!;
  } else {
    for (let id = old; id < n; id++) allp.push(new P(id));
  }
  return old;
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
    pp.runnext = fing;
  }
}

/** Puts g on p's local queue tail; a full queue sends its older half and g to the global queue (gc's runqput, runqputslow). */
function runqput(p: P, g: G): void {
  if (p.len < localMax) { p.q.push(g); return; }
  const half = localMax / 2;
  for (let i = 0; i < half; i++) globalq.push(p.q[p.head + i]!);
  p.head += half;
  globalq.push(g);
  compact(p);
}

function compact(p: P): void {
  if (p.head > 1024 && p.head * 2 > p.q.length) { p.q.splice(0, p.head); p.head = 0; }
  if (globalHead > 1024 && globalHead * 2 > globalq.length) { globalq.splice(0, globalHead); globalHead = 0; }
}

/** Marks g runnable and puts it in runnext, kicking the old one to the local queue (gc's ready with next = true, and newproc). */
export function ready(g: G): void {
  g.status = Status.Runnable;
  const p = pp;
  const old = p.runnext;
  p.runnext = g;
  if (old !== null) runqput(p, old);
}

function globalPut(g: G): void {
  g.status = Status.Runnable;
  globalq.push(g);
}

/** The next G for p and whether it inherits the time slice (gc's findRunnable). */
function pick(p: P): G | null {
  if (first !== null) { const g = first; first = null; inherit = true; return g; }
  // Fairness: every 61st tick the global queue goes first.
  if (p.schedtick % 61 === 0 && globalHead < globalq.length) { inherit = false; return globalq[globalHead++]!; }
  if (p.runnext !== null) { const g = p.runnext; p.runnext = null; inherit = true; return g; }
  inherit = false;
  if (p.head < p.q.length) {
    const g = p.q[p.head++]!;
    compact(p);
    return g;
  }
  if (globalHead < globalq.length) {
    // globrunqget: a share of the queue (all of it with one P), at most 128 at once; the
    // first runs, the rest join the local queue.
    const size = globalq.length - globalHead;
    const n = Math.min(size, Math.floor(size / allp.length) + 1, localMax / 2);
    const g = globalq[globalHead++]!;
    for (let i = 1; i < n; i++) p.q.push(globalq[globalHead++]!);
    compact(p);
    return g;
  }
  return allp.length > 1 ? steal(p) : null;
}
let inherit = false;

/**
 * Work stealing (gc's stealWork): p takes half of another P's local queue, visiting the
 * others from a random start; a victim's runnext is taken only on the last of four rounds.
 */
function steal(p: P): G | null {
  const n = allp.length;
  for (let round = 0; round < 4; round++) {
    const start = (Math.random() * n) | 0;
    for (let k = 0; k < n; k++) {
      const v = allp[(start + k) % n]!;
      if (v === p) continue;
      const len = v.len;
      if (len > 0) {
        const take = len - (len >> 1);
        const g = v.q[v.head++]!;
        for (let i = 1; i < take; i++) p.q.push(v.q[v.head++]!);
        compact(v);
        return g;
      }
      if (round === 3 && v.runnext !== null) {
        const g = v.runnext;
        v.runnext = null;
        return g;
      }
    }
  }
  return null;
}

/** Blocks the running goroutine until ready(g) is called; `reason` shows in goroutine dumps. */
export function* park(reason: string): Generator<number, void, any> {
  parking(reason);
  while ((yield PARK) === DUMP) probeStack();
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
export function go(fn: Function | null, args: any[], site = -1): void {
  if (fn === null) throw new GoFatal("go of nil func value");
  // A generator function's generator is the goroutine's body itself; a plain function runs
  // inside a small generator of its own (made by one shared generator function: a generator
  // function created per call would cost V8 a new prototype and map each time).
  const body = isGeneratorFunction(fn) ? (fn(...args) as Generator) : callLater(fn, args);
  const g = newG(body, fn);
  g.createdBy = curG.startFn;
  g.createdAt = site;
  g.parentId = inTimer ? 0 : curG.id;
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

/** Set while a timer's function runs. */
let inTimer = false;

function fireDue(): boolean {
  const now = clock.now();
  let fired = false;
  for (let w = nextTimer(); w !== undefined && w <= now; w = nextTimer()) {
    const t = timers[0]!;
    deleteMin();
    // A fired timer is spent: stopping it now reports false.
    t.dead = true;
    // A goroutine started by a timer's function has no parent, as in gc (time.goFunc).
    inTimer = true;
    try {
      t.fire();
    } finally {
      inTimer = false;
    }
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
    const g = pick(pp);
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
      pp.schedtick++;
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
    // With several Ps, the thread moves on to the next P when this one's next goroutine
    // would start a new time slice (a runnext chain, such as a ping-pong, stays on its P
    // as under gc, where the P's own M runs it at once).
    if (allp.length > 1 && pp.runnext === null) pp = allp[(pp.id + 1) % allp.length]!;
  }
}

/** Every goroutine still alive, for deadlock reports (main first). */
export function goroutines(): G[] {
  return [...allGs].filter((g) => !g.system).sort((a, b) => a.id - b.id);
}

export { GoPanic, GoExit, panicNilDeref };
