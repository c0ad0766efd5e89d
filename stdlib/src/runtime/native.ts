// Natives of package runtime: scheduling (through the runtime's scheduler) and stack
// inspection (the JS stack mapped to Go frames by the runtime's traceback support).
import { GoFatal, registerNatives, host, skipGoids, Slice, gosched, numGoroutine, GoPanic } from "../../../runtime/index.js";
import { goFrames, type GoFrame } from "../../../runtime/traceback.js";
import { curG } from "../../../runtime/proc.js";

/**
 * Frames handed out as program counters. Frame i owns the 16 addresses from
 * PC_BASE + 16*i; the pc given out is inside the slot, so that pc-1 (how callers of
 * runtime.Callers find the calling instruction, as gc's return addresses require) names the
 * same frame.
 */
const frames: GoFrame[] = [];
const frameKeys = new Map<string, number>();
const PC_BASE = 0x401000;

function pcOf(f: GoFrame): number {
  const key = `${f.func}\n${f.file}\n${f.line}`;
  let i = frameKeys.get(key);
  if (i === undefined) {
    i = frames.length;
    frames.push(f);
    frameKeys.set(key, i);
  }
  return PC_BASE + 16 * i + 5;
}

function frameAt(pc: unknown): GoFrame | undefined {
  if (typeof pc !== "number" || pc < PC_BASE) return undefined;
  return frames[Math.floor((pc - PC_BASE) / 16)];
}

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
 * A traceback of the calling goroutine for runtime.Stack: its frames from the caller of
 * Stack on. main.main takes no arguments, so it shows as gc shows it, "main.main()"; the
 * arguments of other functions are not known and show as "(...)".
 */
function stackDump(): string {
  const fs = goFrames(new Error());
  let i = 0;
  while (i < fs.length && fs[i]!.func.startsWith("runtime.")) i++;
  let s = `goroutine ${curG.id} [running]:\n`;
  for (const f of fs.slice(i)) s += `${f.func}${f.func === "main.main" ? "()" : "(...)"}\n\t${f.file}:${f.line}\n`;
  return s;
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
function collect(): void {
  host.collectGarbage?.();
  host.collectGarbage?.();
  heapAfterGC = host.heapUsed?.() ?? 0;
  gcOwed = false;
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
    const used = host.heapUsed?.() ?? 0;
    if (used - heapAfterGC >= 1 << 20) collect();
    else gcOwed = true;
    // This cycle is counted already: the shrinkage it caused is not another one.
    lastHeap = Math.min(lastHeap, host.heapUsed?.() ?? 0);
    yield* gosched();
  },
  memStats(): [number, number, number, number] {
    if (gcOwed) {
      collect();
      lastHeap = Math.min(lastHeap, heapAfterGC);
    }
    const used = host.heapUsed?.() ?? 0;
    // Only a collection shrinks the heap in use: one happened since the last reading.
    if (used < lastHeap) numGC++;
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
    return frameAt(pc) === undefined ? 0 : pc - ((pc - PC_BASE) % 16);
  },
  stackText: stackDump,
  getenv(key: string): string {
    return host.env[key] ?? "";
  },
});
