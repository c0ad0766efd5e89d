// The `run` stage's rules, independent of processes: how a `// run` recipe becomes a
// `gots run` command line and environment, the harness's pass rule for a finished program
// (exit status 0 and combined output byte-equal to X.out, or empty without one), the short
// failure description, and the known-failures category a failing test is filed under.
//
// Outputs and .out files are handled as "binary strings" (one char per byte, latin1), so
// the comparison is byte-exact whatever the program prints.

import { KnownEntry } from "./known.js";
import { Recipe } from "./recipe.js";

/**
 * The default per-test time limit when the recipe has no -t: the test-directory runner's
 * 120 s (spec/testdir.md §5). A tighter limit made CPU-heavy tests (ken/divconst.go) fail
 * whenever the machine was busy with other work.
 */
export const DEFAULT_TIMEOUT_SECONDS = 120;

export interface Invocation {
  /** Arguments after `gots`: "run", the file (relative to $GOROOT/test), then the recipe's args. */
  argv: string[];
  /** Variables set on top of the inherited environment. */
  env: Record<string, string>;
  timeoutSeconds: number;
  /** Recipe flags for the go command or gc that gots is not given (race detector, gc debug flags). */
  dropped: string[];
}

/**
 * The command for one `run` test. Like the harness, the file is named relative to
 * $GOROOT/test (the working directory) and the recipe's remaining words follow it, so an
 * extra source file (`// run cmplxdivide1.go`) and program arguments (`// run arg1 arg2`)
 * land where `go run` expects them. Tool flags (`-race`, `-gcflags=…`, `-tags=…`) configure
 * gc's toolchain, not the program's meaning, and are not passed on; the tests that carry them
 * pass under `go run` without them.
 *
 * -goexperiment and -godebug become GOEXPERIMENT and GODEBUG, appended to the values
 * inherited from the environment with "," as the harness does. -t N is scaled by
 * $GO_TEST_TIMEOUT_SCALE; without -t the limit is DEFAULT_TIMEOUT_SECONDS (the harness has
 * none, but a runaway program must not stall the suite).
 */
export function invocation(path: string, r: Recipe, inherited: Record<string, string | undefined>): Invocation {
  const env: Record<string, string> = { GOMAXPROCS: "1", GOENV: "off", GOFLAGS: "" };
  const join = (base: string | undefined, extra: string[]): string => [base ?? "", ...extra].filter((s) => s !== "").join(",");
  if (r.goexperiment.length > 0) env.GOEXPERIMENT = join(inherited.GOEXPERIMENT, r.goexperiment);
  if (r.godebug.length > 0) env.GODEBUG = join(inherited.GODEBUG, r.godebug);
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  if (r.timeoutSeconds !== undefined) {
    const scale = Number.parseInt(inherited.GO_TEST_TIMEOUT_SCALE ?? "", 10);
    timeoutSeconds = r.timeoutSeconds * (Number.isFinite(scale) ? scale : 1);
  }
  return { argv: ["run", path, ...r.args], env, timeoutSeconds, dropped: r.flags.slice() };
}

/** How a program run ended, as the process runner reports it. */
export interface Outcome {
  /** stdout and stderr in arrival order, one char per byte. */
  output: string;
  /** The exit status, or null when killed by a signal or not started. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The output limit was hit and the program was stopped. */
  overflow: boolean;
  /** The command could not be started. */
  spawnError: string | null;
}

export type Verdict = { pass: true } | { pass: false; reason: string; detail: string[] };

const REASON_MAX = 120;

/**
 * The harness's verdict (checkExpectedOutput after a successful run): exit status 0, then
 * the output with "\r\n" turned into "\n" must equal want exactly; want is X.out's bytes, or
 * null when there is no X.out, which means the output must be empty.
 */
export function judgeRun(o: Outcome, want: string | null, outName: string, timeoutSeconds: number): Verdict {
  const got = o.output.replaceAll("\r\n", "\n");
  const expected = want ?? "";
  const head = outputHead(got);
  if (o.spawnError !== null) return { pass: false, reason: trim(`cannot run gots: ${o.spawnError}`), detail: [] };
  if (o.timedOut) return { pass: false, reason: "timeout", detail: [`still running after ${timeoutSeconds} s, killed`, ...head] };
  if (o.overflow) return { pass: false, reason: "output too large", detail: ["the program was stopped after printing too much", ...head] };
  if (o.exitCode !== 0) {
    const status = o.signal !== null ? `killed by ${o.signal}` : `exit status ${o.exitCode}`;
    const first = firstLine(got);
    return { pass: false, reason: trim(first === null ? `${status}, no output` : `${status}: ${first}`), detail: head };
  }
  if (got === expected) return { pass: true };
  const d = firstDifference(expected, got);
  const where = want === null ? "output should be empty (no " + outName + ")" : `output differs from ${outName}`;
  const reason = `${where}: line ${d.line}: want ${d.want}, got ${d.got}`;
  return { pass: false, reason: trim(reason), detail: [`${where}`, `  line ${d.line}`, `  want ${d.want}`, `  got  ${d.got}`, ...head] };
}

/** The first line where two outputs differ (1-based), each side quoted, or "(end)" past its end. */
export function firstDifference(want: string, got: string): { line: number; want: string; got: string } {
  const wl = lines(want), gl = lines(got);
  const n = Math.max(wl.length, gl.length);
  for (let i = 0; i < n; i++) {
    if (wl[i] !== gl[i]) return { line: i + 1, want: quoteLine(wl[i]), got: quoteLine(gl[i]) };
  }
  // Same lines: only the final newline differs.
  return { line: n, want: want.endsWith("\n") ? "newline at end" : "no newline at end", got: got.endsWith("\n") ? "newline at end" : "no newline at end" };
}

/** The lines of a text; a final "\n" ends the last line rather than starting an empty one. */
function lines(s: string): string[] {
  if (s === "") return [];
  return (s.endsWith("\n") ? s.slice(0, -1) : s).split("\n");
}

function quoteLine(l: string | undefined): string {
  if (l === undefined) return "(end)";
  const s = JSON.stringify(fromBytes(l));
  return s.length > 60 ? s.slice(0, 57) + "...\"" : s;
}

/** Decodes a byte string as UTF-8 for display. */
function fromBytes(s: string): string {
  return Buffer.from(s, "latin1").toString("utf8");
}

function firstLine(out: string): string | null {
  for (const l of out.split("\n")) if (l.trim() !== "") return fromBytes(l.trim());
  return null;
}

/** The first lines of the output for the failure report. */
function outputHead(out: string, max = 5): string[] {
  if (out === "") return ["(no output)"];
  const lines = out.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const shown = lines.slice(0, max).map((l) => `| ${fromBytes(l).slice(0, 160)}`);
  if (lines.length > max) shown.push(`| ... ${lines.length - max} more lines`);
  return ["output:", ...shown];
}

function trim(s: string): string {
  return s.length > REASON_MAX ? s.slice(0, REASON_MAX - 3) + "..." : s;
}

// ---------------------------------------------------------------------------------------------
// Filing a failing test for --update-known.

export const GOROUTINE_REASON = "goroutines and channels (scheduler not implemented yet)";
export const DEFER_REASON = "defer/panic/recover machinery";

/**
 * The known-failures entry --update-known gives a failing run test, guessed from its
 * source: concurrency (go statements, channel types and operations, select, package sync)
 * and defer/recover are whole subsystems, so such tests are "unsupported" until they exist;
 * anything else is a bug, described by the failure reason.
 */
export function categorize(src: string, reason: string): KnownEntry {
  const code = codeWords(src);
  const has = (re: RegExp): boolean => re.test(code);
  if (has(/(^|[^\w.])(go|chan|select)(?!\w)/) || code.includes("<-") || has(/(^|[^\w.])sync\s*\./)) {
    return { category: "unsupported", reason: GOROUTINE_REASON };
  }
  if (has(/(^|[^\w.])defer(?!\w)/) || has(/(^|[^\w.])recover\s*\(/)) return { category: "unsupported", reason: DEFER_REASON };
  return { category: "bug", reason: trim(reason) };
}

/**
 * Go source with comments, string literals and rune literals blanked out, so keyword
 * searches see only code. Newlines are kept; everything removed becomes a space.
 */
export function codeWords(src: string): string {
  let out = "";
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === "/" && src[i + 1] === "/") {
      const e = src.indexOf("\n", i);
      i = e < 0 ? n : e;
      out += " ";
    } else if (c === "/" && src[i + 1] === "*") {
      const e = src.indexOf("*/", i + 2);
      const end = e < 0 ? n : e + 2;
      out += src.slice(i, end).replace(/[^\n]/g, "") + " ";
      i = end;
    } else if (c === "`") {
      const e = src.indexOf("`", i + 1);
      const end = e < 0 ? n : e + 1;
      out += src.slice(i, end).replace(/[^\n]/g, "") + " ";
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      i = Math.min(j + 1, n);
      out += " ";
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The test list.

/** Parses a test list: one path per line; blank lines and lines starting with "#" are ignored. */
export function parseTestList(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
