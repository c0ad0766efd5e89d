// Natives of package runtime: scheduling (through the runtime's scheduler) and stack
// inspection (the JS stack mapped to Go frames by the runtime's traceback support).
import { GoFatal, registerNatives, host, skipGoids, Slice, gosched, numGoroutine, numCPU, gomaxprocs, GoPanic } from "../../../runtime/index.js";
import { goFrames, pcOf, frameAt, frameEntry, type GoFrame } from "../../../runtime/traceback.js";
import { curG } from "../../../runtime/proc.js";
import { setFinalizer, keepAlive, finalizersPending, deliverFinalizers } from "../../../runtime/finalizer.js";
import { addTimer, clock, ready, parking, PARK, DUMP, probeStack } from "../../../runtime/sched.js";

/** Where gc's runtime keeps its own functions (gc reports files under GOROOT). */
function runtimeFile(name: string): string {
  const root = host.env["GOROOT"] || "/usr/local/go";
  return `${root}/src/runtime/${name}`;
}

/**
 * The Go frames of the calling goroutine above the native that calls this, innermost
 * first, ending as gc's stacks end when the whole stack was seen: the main goroutine's
 * main.main is called by runtime.main, and every goroutine starts in runtime.goexit.
 */
function stackFrames(extra: number): GoFrame[] {
  const E = Error as unknown as { stackTraceLimit: number };
  const saved = E.stackTraceLimit;
  const limit = Math.max(saved, extra + 100);
  E.stackTraceLimit = limit;
  const e = new Error();
  E.stackTraceLimit = saved;
  // A //line directive without a file name leaves gc's positions with the file "??".
  const fs = goFrames(e).map((f) => (f.file === "" ? { ...f, file: "??" } : f));
  const jsFrames = (e.stack ?? "").split("\n").length - 1;
  if (jsFrames < limit && fs.length > 0) {
    const last = fs[fs.length - 1]!.func;
    if (curG.id === 1 && last === "main.main") fs.push({ func: "runtime.main", file: runtimeFile("proc.go"), line: 272 });
    if (curG.id !== 1 || last === "main.main") fs.push({ func: "runtime.goexit", file: runtimeFile("asm_amd64.s"), line: 1700 });
  }
  return fs;
}

/** The frame of runtime.Callers itself, which gc counts as frame 0 of its result. */
const callersFrame = (): GoFrame => ({ func: "runtime.Callers", file: runtimeFile("extern.go"), line: 331 });

/**
 * A traceback of the calling goroutine for runtime.Stack and debug.Stack: its frames from
 * the caller of the runtime's (or runtime/debug's) function on, after `top` (lines for
 * frames gc shows above them). main.main takes no arguments, so it shows as gc shows it,
 * "main.main()"; the arguments of other functions are not known and show as "(...)".
 * During a deferred call run by a panic, the frames are gc's: those of the deferred call,
 * then panic, then the frames from where the panic started.
 */
export function stackDump(top = ""): string {
  const E = Error as unknown as { stackTraceLimit: number };
  const saved = E.stackTraceLimit;
  E.stackTraceLimit = Math.max(saved, 100);
  const e = new Error();
  E.stackTraceLimit = saved;
  const fs = goFrames(e);
  let i = 0;
  while (i < fs.length && (fs[i]!.func.startsWith("runtime.") || fs[i]!.func.startsWith("runtime/debug."))) i++;
  let s = `goroutine ${curG.id} [running]:\n${top}`;
  for (const f of duringPanic(fs.slice(i))) s += `${f.func}${f.func === "main.main" ? "()" : "(...)"}\n\t${f.file}:${f.line}\n`;
  return s;
}

/**
 * The frames gc shows while a deferred call runs for a panic: the running frames down to
 * where they meet the panic's own stack (the frames the panic is unwinding, still on the JS
 * stack), then panic, then the panic's stack from where it started.
 */
function duringPanic(cur: GoFrame[]): GoFrame[] {
  const p = curG.panic;
  if (p === null || p.goexit || p.jsError === null) return cur;
  const origin = goFrames(p.jsError);
  if (origin.length === 0) return cur;
  let a = cur.length, b = origin.length;
  while (a > 0 && b > 0 && cur[a - 1]!.func === origin[b - 1]!.func) { a--; b--; }
  return [...cur.slice(0, a), { func: "panic", file: runtimeFile("panic.go"), line: 785 }, ...origin];
}

/** A frame line pair as a traceback shows it, for the runtime's own frames. */
export function runtimeFrame(func: string, file: string, line: number): string {
  return `${func}()\n\t${runtimeFile(file)}:${line}\n`;
}

let gcStarted = false;
let heapAfterGC = 0;

/** Collections known to ReadMemStats: runtime.GC calls, and heap shrinkage it observed. */
let numGC = 0;
let numForcedGC = 0;
let lastHeap = 0;
let maxHeap = 0;
let gcOwed = false;

/**
 * A full collection, done twice: what the first pass finds only weakly reachable is freed
 * by the second, so that heap readings after runtime.GC are as steady as gc's (within tens
 * of kilobytes instead of hundreds).
 */
function collect(): number {
  const start = clock.now();
  host.collectGarbage?.();
  host.collectGarbage?.();
  heapAfterGC = host.heapUsed?.() ?? 0;
  gcOwed = false;
  return clock.now() - start;
}

/** The last 256 collections (debug.ReadGCStats): pause (ns) and end (Unix ns), oldest first. */
const history: { pause: number; end: bigint }[] = [];
let pauseTotal = 0;

function noteCycle(pauseMs: number): void {
  const pause = Math.round(pauseMs * 1e6);
  const wall = clock.wallOffset + clock.now();
  history.push({ pause, end: BigInt(Math.floor(wall)) * 1000000n + BigInt(Math.floor((wall % 1) * 1e6)) });
  if (history.length > 256) history.shift();
  pauseTotal += pause;
}

/** Collection history for debug.ReadGCStats: last end, total pause, pauses and ends newest first. */
export function gcHistory(): { last: bigint | number; total: number; pauses: number[]; ends: (bigint | number)[] } {
  const rev = [...history].reverse();
  return { last: rev[0]?.end ?? 0, total: pauseTotal, pauses: rev.map((h) => h.pause), ends: rev.map((h) => h.end) };
}

registerNatives("runtime", {
  *Gosched(): Generator<number, void, any> {
    yield* gosched();
  },
  *GC(): Generator<number, void, any> {
    // gc starts its background mark worker (one per P) at the first collection; it takes a
    // goroutine number.
    if (!gcStarted) { gcStarted = true; skipGoids(1); }
    numGC++;
    numForcedGC++;
    // A full collection costs milliseconds: done only when the heap grew by a megabyte since
    // the last one (programs calling GC in a loop would otherwise crawl). A skipped one is
    // owed to the next ReadMemStats, whose figures should show a collected heap.
    // A collection with finalizers pending is always done: their objects may be unreachable.
    const used = host.heapUsed?.() ?? 0;
    const fins = finalizersPending();
    if (fins || used - heapAfterGC >= 1 << 20) noteCycle(collect());
    else { gcOwed = true; noteCycle(0); }
    // This cycle is counted already: the shrinkage it caused is not another one.
    lastHeap = Math.min(lastHeap, host.heapUsed?.() ?? 0);
    if (fins && !deliverFinalizers() && host.collectGarbage !== undefined) {
      // The registry's callbacks come as host tasks: a short wait lets them arrive.
      const g = curG;
      addTimer(clock.now() + 1, () => ready(g));
      parking("sleep");
      while ((yield PARK) === DUMP) probeStack();
    }
    yield* gosched();
  },
  SetFinalizer: setFinalizer,
  KeepAlive: keepAlive,
  memStats(): [number, number, number, number] {
    if (gcOwed) {
      collect();
      lastHeap = Math.min(lastHeap, heapAfterGC);
    }
    const used = host.heapUsed?.() ?? 0;
    // Only a collection shrinks the heap in use: one happened since the last reading.
    if (used < lastHeap) { numGC++; noteCycle(0); }
    lastHeap = used;
    if (used > maxHeap) maxHeap = used;
    return [used, maxHeap, numGC, numForcedGC];
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
  NumCPU(): number {
    return numCPU();
  },
  GOMAXPROCS(n: number | bigint): number {
    return gomaxprocs(Number(n));
  },
  Caller(skip: number): [number, string, number, boolean] {
    const fs = stackFrames(skip);
    const f = skip >= 0 ? fs[skip] : undefined;
    if (f === undefined) return [0, "", 0, false];
    return [pcOf(f), f.file, f.line, true];
  },
  Callers(skip: number, pc: Slice): number {
    const fs = [callersFrame(), ...stackFrames(skip)];
    let n = 0;
    for (let i = Math.max(skip, 0); i < fs.length && n < pc.n; i++) pc.a[pc.o + n++] = pcOf(fs[i]!);
    return n;
  },
  frameOf(pc: number): [string, string, number, boolean] {
    const f = frameAt(pc);
    return f === undefined ? ["", "", 0, false] : [f.func, f.file, f.line, true];
  },
  frameEntry(pc: number): number {
    return frameAt(pc) === undefined ? 0 : frameEntry(pc);
  },
  stackText: (): string => stackDump(),
  getenv(key: string): string {
    return host.env[key] ?? "";
  },
});
