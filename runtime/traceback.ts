// Goroutine tracebacks in gc's shape ("main.f(...)" then "\t/path/file.go:LINE +0x0"),
// made from the JavaScript stack of the exception. The compiler registers the Go name of
// each generated function and a resolver from JS positions to Go file:line.

export interface GoFrame { func: string; file: string; line: number }

const goNames = new Map<string, string>();
let resolver: ((jsLine: number, jsCol: number) => { file: string; line: number } | null) | null = null;

/** Go names of generated functions, keyed by their JS names. */
export function registerFuncNames(names: Record<string, string>): void {
  for (const k in names) goNames.set(k, names[k]!);
}

/** The Go name of a generated function, from its JS name. */
export function goNameOf(js: string): string | undefined {
  return goNames.get(js);
}

/**
 * Frames handed out as program counters (runtime.Caller, Callers, and the entries of
 * functions that reflect's Value.Pointer gives). Frame i owns the 16 addresses from
 * PC_BASE + 16*i; the pc given out is inside the slot, so that pc-1 (how callers of
 * runtime.Callers find the calling instruction, as gc's return addresses require) names the
 * same frame.
 */
const pcFrames: GoFrame[] = [];
const pcFrameKeys = new Map<string, number>();
const PC_BASE = 0x401000;

/** The program counter of a frame (the same for equal frames). */
export function pcOf(f: GoFrame): number {
  const key = `${f.func}\n${f.file}\n${f.line}`;
  let i = pcFrameKeys.get(key);
  if (i === undefined) {
    i = pcFrames.length;
    pcFrames.push(f);
    pcFrameKeys.set(key, i);
  }
  return PC_BASE + 16 * i + 5;
}

/** The frame a program counter was handed out for. */
export function frameAt(pc: unknown): GoFrame | undefined {
  if (typeof pc !== "number" || pc < PC_BASE) return undefined;
  return pcFrames[Math.floor((pc - PC_BASE) / 16)];
}

/** The first address of the frame slot holding pc (gc's Func.Entry). */
export function frameEntry(pc: number): number {
  return PC_BASE + 16 * Math.floor((pc - PC_BASE) / 16);
}

/**
 * A function value's code address, as gc's reflect.Value.Pointer gives: the same for every
 * value of one Go function (closures made by one literal included), and named by
 * runtime.FuncForPC. Without a Go name (a function the compiler did not register), 0.
 */
export function funcPC(fn: Function): number {
  const js = fn.name.startsWith("bound ") ? fn.name.slice(6) : fn.name;
  const name = goNames.get(js);
  return name === undefined ? 0 : frameEntry(pcOf({ func: name, file: "", line: 0 }));
}

export function setPositionResolver(r: typeof resolver): void {
  resolver = r;
}

const FRAME = /^\s*at (?:([^\s(]+) )?\(?(.*?):(\d+):(\d+)\)?$/;

export function goFrames(e: unknown): GoFrame[] {
  const stack = (e as { stack?: string } | null)?.stack;
  if (typeof stack !== "string") return [];
  const out: GoFrame[] = [];
  for (const line of stack.split("\n").slice(1)) {
    const m = FRAME.exec(line);
    if (!m) continue;
    let fn = m[1] ?? "";
    const dot = fn.lastIndexOf(".");
    if (dot >= 0) fn = fn.slice(dot + 1);
    const goName = goNames.get(fn);
    if (goName === undefined) continue;
    const pos = resolver?.(Number(m[3]), Number(m[4])) ?? null;
    out.push({ func: goName, file: pos?.file ?? "?", line: pos?.line ?? 0 });
  }
  return out;
}

/** The frame lines of a traceback (without the goroutine header). */
export function traceback(e: unknown): string {
  const frames = goFrames(e);
  if (frames.length === 0) return "main.main()\n\t?:0 +0x0\n";
  let s = "";
  for (const f of frames) s += `${f.func}(...)\n\t${f.file}:${f.line}\n`;
  return s;
}
