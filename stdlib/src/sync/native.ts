// Natives of package sync: fatal errors (not panics: deferred calls do not run and recover
// cannot stop them).
import { registerNatives, GoFatal, parking, PARK, DUMP, probeStack, ready, curGoroutine, type G } from "../../../runtime/index.js";

/** A semaphore's waiting goroutines, kept beside the Go value (which is never copied). */
const waiters = new WeakMap<object, G[]>();

registerNatives("sync", {
  *semqueue(s: object, reason: string): Generator<number, void, any> {
    let q = waiters.get(s);
    if (q === undefined) { q = []; waiters.set(s, q); }
    q.push(curGoroutine());
    parking(reason);
    while ((yield PARK) === DUMP) probeStack();
  },
  semready(s: object): boolean {
    const q = waiters.get(s);
    if (q === undefined || q.length === 0) return false;
    ready(q.shift()!);
    return true;
  },
  semwaiters(s: object): number {
    return waiters.get(s)?.length ?? 0;
  },
  fatal(msg: string): never {
    throw new GoFatal(msg);
  },
});
