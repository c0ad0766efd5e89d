// Natives of package runtime: scheduling (through the runtime's scheduler) and stack
// inspection (the JS stack mapped to Go frames by the runtime's traceback support).
import { GoFatal, registerNatives, host, skipGoids, Slice, gosched, numGoroutine, GoPanic } from "../../../runtime/index.js";
import { goFrames, traceback, type GoFrame } from "../../../runtime/traceback.js";
import { curG } from "../../../runtime/proc.js";

/** Frames handed out as program counters: pc = index + 1. */
const frames: GoFrame[] = [];
const frameKeys = new Map<string, number>();

function pcOf(f: GoFrame): number {
  const key = `${f.func}\n${f.file}\n${f.line}`;
  let pc = frameKeys.get(key);
  if (pc === undefined) {
    frames.push(f);
    pc = frames.length;
    frameKeys.set(key, pc);
  }
  return pc;
}

/** The Go frames above the native that calls this, innermost first. */
function stackFrames(extra: number): GoFrame[] {
  const E = Error as unknown as { stackTraceLimit: number };
  const saved = E.stackTraceLimit;
  E.stackTraceLimit = Math.max(saved, extra + 100);
  const e = new Error();
  E.stackTraceLimit = saved;
  return goFrames(e);
}

let gcStarted = false;
let heapAfterGC = 0;

registerNatives("runtime", {
  *Gosched(): Generator<number, void, any> {
    yield* gosched();
  },
  *GC(): Generator<number, void, any> {
    // gc starts its background mark worker (one per P) at the first collection; it takes a
    // goroutine number.
    if (!gcStarted) { gcStarted = true; skipGoids(1); }
    // A full collection costs milliseconds: done only when the heap grew by a megabyte since
    // the last one (programs calling GC in a loop would otherwise crawl).
    const used = host.heapUsed?.() ?? 0;
    if (used - heapAfterGC >= 1 << 20) {
      host.collectGarbage?.();
      heapAfterGC = host.heapUsed?.() ?? 0;
    }
    yield* gosched();
  },
  heapUsed(): number {
    return host.heapUsed?.() ?? 0;
  },
  Goexit(): never {
    const p = new GoPanic(null);
    p.goexit = true;
    throw p;
  },
  Breakpoint(): never {
    throw new GoFatal("SIGTRAP: trace trap", [], true);
  },
  NumGoroutine(): number {
    return numGoroutine();
  },
  Caller(skip: number): [number, string, number, boolean] {
    const fs = stackFrames(skip);
    const f = fs[skip];
    if (skip < 0 || f === undefined) return [0, "", 0, false];
    return [pcOf(f), f.file, f.line, true];
  },
  Callers(skip: number, pc: Slice): number {
    // Frame 0 is Callers itself, which has no Go frame here.
    const fs = stackFrames(skip);
    let n = 0;
    for (let i = Math.max(skip - 1, 0); i < fs.length && n < pc.n; i++) pc.a[pc.o + n++] = pcOf(fs[i]!);
    return n;
  },
  frameOf(pc: number): [string, string, number, boolean] {
    const f = frames[pc - 1];
    return f === undefined ? ["", "", 0, false] : [f.func, f.file, f.line, true];
  },
  stackText(): string {
    return `goroutine ${curG.id} [running]:\n` + traceback(new Error());
  },
});
