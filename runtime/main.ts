// Running a compiled program: package initialization, main.main, and the end of the
// process as gc's runtime ends it: exit 0, os.Exit's status, or a crash report on standard
// error with status 2 (unrecovered panics and fatal errors).

import { GoPanic, GoFatal, GoExit, toPanic } from "./panic.js";
import { onChain } from "./defer.js";
import { curG, setCurG, type G } from "./proc.js";
import { isGenerator, newG, schedule, goroutines, resetScheduler, skipGoids, startMain, Status, parkedStack } from "./sched.js";
import { host } from "./host.js";
import { resetFinalizers, newFinalizerG } from "./finalizer.js";
import { printPanicValue } from "./panicvalue.js";
import { traceback, goNameOf, goFrames } from "./traceback.js";

/**
 * Runs the program: package initializers, then main.main, as goroutine 1. Returns the exit
 * status (after telling the host), or a promise of it when the program waits for timers.
 */
export function runMain(inits: Function[], main: Function, opts: { osLinked?: boolean; buildInfo?: string; goSites?: [string, string][] } = {}): number | Promise<number> {
  buildInfo = opts.buildInfo ?? "";
  goSites = opts.goSites ?? [];
  crashOptions.all = false;
  const body = (function* () {
    for (const f of inits) {
      const r = f();
      if (isGenerator(r)) yield* r;
    }
    const r = main();
    if (isGenerator(r)) yield* r;
  })();
  resetScheduler();
  const mainG = newG(body, "main.main");
  // gc's runtime starts goroutines 2-4 itself (forcegc, bgsweep, bgscavenge), and 5 for
  // finalizers once package os (which sets finalizers on its files) is linked: the first
  // goroutine a program starts is 5, or 6 with os.
  skipGoids(3);
  resetFinalizers();
  startMain(mainG, opts.osLinked === true ? newFinalizerG() : null);
  setCurG(mainG);
  const finish = (e: unknown): number => {
    const code = e === null ? 0 : crash(e);
    host.exit(code);
    return code;
  };
  const r = schedule(mainG);
  if (r instanceof Promise) return r.then(finish);
  return finish(r);
}

/** Each go statement of the program, by site number: its function's Go name and file:line. */
let goSites: [string, string][] = [];

/**
 * gc's "created by" line pair of a goroutine other than main's: the function that ran the go
 * statement, the goroutine that ran it (none for a timer's, as gc's time.goFunc) and where.
 */
function createdBy(g: G): string {
  if (g.id === 1) return "";
  const site = goSites[g.createdAt];
  const fn = site !== undefined && site[0] !== "" ? site[0] : startName(g.createdBy);
  const parent = g.parentId > 0 ? ` in goroutine ${g.parentId}` : "";
  return `created by ${fn}${parent}\n\t${site?.[1] ?? "?:0"}\n`;
}

/** The build information the compiler recorded for runtime/debug.ReadBuildInfo ("" for none). */
let buildInfo = "";

export function buildInfoText(): string {
  return buildInfo;
}

/** Crash-report detail (debug.SetTraceback): `all` lists the other goroutines too. */
export const crashOptions = { all: false };

/** The other goroutines, each by its start function, as gc lists them with GOTRACEBACK=all. */
function otherGoroutines(): string {
  let s = "";
  for (const g of goroutines()) {
    if (g === curG) continue;
    s += `\ngoroutine ${g.id} [${g.status === Status.Runnable ? "runnable" : g.waitReason}]:\n` + parkedFrames(g);
    s += createdBy(g);
  }
  return s;
}

/** A goroutine's frames: its stack where it parked, or its start function when unknown. */
function parkedFrames(g: G): string {
  const frames = goFrames({ stack: parkedStack(g) });
  if (frames.length === 0) return `${startName(g.startFn)}()\n\t?:0\n`;
  let s = "";
  for (const f of frames) s += `${f.func}(...)\n\t${f.file}:${f.line}\n`;
  return s;
}

function startName(f: Function | string): string {
  const js = typeof f === "string" ? f : f.name;
  return goNameOf(js) ?? (js === "" ? "main.main" : js);
}

/** Reports an exception that ended the program and returns the exit status. */
export function crash(e: unknown): number {
  let p: GoPanic | GoFatal | GoExit;
  try {
    p = toPanic(e);
  } catch (internal) {
    host.writeErr(`gots: internal error in generated code: ${(internal as Error)?.stack ?? String(internal)}\n`);
    return 3;
  }
  if (p instanceof GoExit) return p.code;
  if (p instanceof GoFatal) {
    let s = "";
    for (const d of p.detail) s += d + "\n";
    s += `fatal error: ${p.message}\n`;
    if (p.allGoroutines) {
      for (const g of goroutines()) {
        s += `\ngoroutine ${g.id} [${g.waitReason}]:\n` + parkedFrames(g);
        s += createdBy(g);
      }
    } else if (p.dumpGoroutines) {
      s += `\ngoroutine ${curG.id} [running]:\n` + traceback(e) + createdBy(curG);
      if (crashOptions.all) s += otherGoroutines();
    }
    host.writeErr(s);
    return 2;
  }
  onChain(p);
  const list: GoPanic[] = [];
  for (let q: GoPanic | null = curG.panic; q !== null; q = q.link) list.push(q);
  list.reverse();
  let s = "";
  list.forEach((q, i) => {
    if (q.goexit) return;
    // Entries after the first are indented, except one right after a Goexit's.
    if (i > 0 && !list[i - 1]!.goexit) s += "\t";
    let text: string;
    try {
      text = printPanicValue(q.value);
    } catch (e2) {
      const f = e2 instanceof GoFatal ? e2 : new GoFatal(`panic while printing panic value: ${String(e2)}`);
      host.writeErr(s + `fatal error: ${f.message}\n`);
      return;
    }
    s += "panic: " + text + (q.recovered ? " [recovered]" : "") + "\n";
  });
  // gc prints the signal line when the goroutine took a fault, even one recovered since.
  if (list.some((q) => q.fault)) s += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  s += `\ngoroutine ${curG.id} [running]:\n` + traceback(p.jsError ?? e) + createdBy(curG);
  if (crashOptions.all) s += otherGoroutines();
  host.writeErr(s);
  return 2;
}
