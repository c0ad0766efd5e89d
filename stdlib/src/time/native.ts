// Natives of package time: the host clocks (wall time from Date.now, monotonic time from the
// runtime's high-resolution clock) and timers on the runtime's timer queue.
import {
  registerNatives, addTimer, delTimer, clock, go, isGeneratorFunction, isGenerator, chansend, chanrecv, type Chan,
  curGoroutine, ready, parking, PARK, DUMP, probeStack,
} from "../../../runtime/index.js";

type Timer = ReturnType<typeof addTimer>;


const timers = new Map<number, Timer>();
let nextId = 1;

function toNumber(x: number | bigint): number {
  return typeof x === "bigint" ? Number(x) : x;
}

/** A duration (ns) as timer milliseconds, capped where JS timers stop being exact. */
function timerMs(d: number | bigint): number {
  return Math.min(toNumber(d) / 1e6, 2 ** 31);
}

/** Runs a Go func value: in a new goroutine when it may block, directly otherwise. */
function run(f: () => unknown): void {
  if (isGeneratorFunction(f)) { go(f, []); return; }
  // A lifted function literal is a plain closure that returns the generator to run.
  const r = f();
  if (isGenerator(r)) go(() => r, []);
}

function arm(id: number, when: number, period: number, f: () => unknown): void {
  const t = addTimer(when, () => {
    timers.delete(id);
    if (period > 0) arm(id, when + period, period, f);
    run(f);
  });
  timers.set(id, t);
}

registerNatives("time", {
  trySend(c: Chan, v: unknown): boolean {
    // With room in the buffer the send completes without parking.
    if (c.buf.length >= c.cap) return false;
    chansend(c, v).next();
    return true;
  },
  markTimerChan(c: Chan): void {
    c.timer = true;
  },
  drain(c: Chan): boolean {
    if (c.buf.length === 0) return false;
    chanrecv(c).next();
    return true;
  },
  now(): [number | bigint, number, number | bigint] {
    // Wall-clock milliseconds, refined below a millisecond by the monotonic clock (both
    // virtual under --faketime).
    const mono = clock.now();
    const ms = clock.wallOffset + mono;
    const sec = Math.floor(ms / 1000);
    const nsec = Math.min(999999999, Math.floor((ms - sec * 1000) * 1e6));
    return [sec, nsec, Math.floor((mono - clock.origin) * 1e6)];
  },
  *sleep(d: number | bigint): Generator<number, void, any> {
    const g = curGoroutine();
    addTimer(clock.now() + timerMs(d), () => ready(g));
    parking("sleep");
    while ((yield PARK) === DUMP) probeStack();
  },
  startTimer(d: number | bigint, period: number | bigint, f: () => unknown): number {
    const id = nextId++;
    const ms = timerMs(d);
    const p = toNumber(period) / 1e6;
    arm(id, clock.now() + ms, p, f);
    return id;
  },
  stopTimer(id: number): boolean {
    const t = timers.get(id);
    if (t === undefined) return false;
    timers.delete(id);
    return delTimer(t);
  },
  divmod(sec: number | bigint, nsec: number | bigint, d: number | bigint): [number | bigint, number] {
    const total = BigInt(sec) * 1000000000n + BigInt(nsec);
    const db = BigInt(d);
    let r = total % db;
    let q = total / db;
    if (r < 0n) {
      r += db;
      q -= 1n;
    }
    const rem = r <= 0x1fffffffffffffn ? Number(r) : r;
    return [rem, Number(q & 1n)];
  },
});
