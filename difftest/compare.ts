// What difftest compares between gots and Go, and how a mismatch is shown.
//
// stdout and the exit status must match exactly. stderr is compared only by its "head", since
// the rest of a crash report (stack frames, PCs, file paths, register dumps) is gc-specific
// detail gots does not reproduce. The head is the list of these lines of stderr, in order,
// each taken once:
//   1. the first line of stderr (if stderr is not empty);
//   2. the first line that starts with "panic: " or "fatal error: ", and the lines after it up
//      to the first blank line: the rest of the panic list (nested panics, " [recovered]")
//      and the "[signal SIGSEGV: ...]" line, whose hexadecimal numbers are written "0x?";
//   3. the first line after (2) of the form "goroutine N [state]:"; gc's debug fields
//      ("gp=0x.. m=N mp=0x..") are dropped from it, giving exactly "goroutine N [state]:".
// A line that is already in the head (for example a panic message that is also the first
// line) is not repeated. Lines are split at "\n"; a trailing "\r" is kept as part of the line.

export function stderrHead(stderr: string): string[] {
  if (stderr === "") return [];
  const lines = stderr.split("\n");
  const head: number[] = [0];
  const crash = lines.findIndex((l) => l.startsWith("panic: ") || l.startsWith("fatal error: "));
  if (crash >= 0) {
    let i = crash;
    if (crash !== 0) head.push(crash);
    for (i++; i < lines.length && lines[i] !== "" && goroutineHeader(lines[i]!) === null; i++) head.push(i);
    for (; i < lines.length; i++) {
      if (goroutineHeader(lines[i]!) !== null) { head.push(i); break; }
    }
  }
  return head.map((i) => {
    const l = lines[i]!;
    if (l.startsWith("[signal ")) return l.replace(/0x[0-9a-f]+/g, "0x?");
    return goroutineHeader(l) ?? l;
  });
}

const GOROUTINE = /^goroutine (\d+)((?: (?:gp|m|mp)=\S+)*) \[([^\]]*)\]:$/;

/** Normalized "goroutine N [state]:" if line is a goroutine header, else null. */
function goroutineHeader(line: string): string | null {
  const m = GOROUTINE.exec(line);
  return m ? `goroutine ${m[1]} [${m[3]}]:` : null;
}

const MAX_SHOWN = 200;

/** Lines without their "\n" terminators; a final unterminated line counts as a line. */
function splitLines(s: string): string[] {
  if (s === "") return [];
  const ls = s.split("\n");
  if (ls[ls.length - 1] === "") ls.pop();
  return ls;
}

/** Shows a byte-string line quoted: as UTF-8 text if valid, else with \xNN for non-ASCII bytes. */
function clip(s: string): string {
  const bytes = Buffer.from(s, "latin1");
  const text = bytes.toString("utf8");
  const j = Buffer.from(text, "utf8").equals(bytes)
    ? JSON.stringify(text)
    : JSON.stringify(s).replace(/[\u0080-\u00ff]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"));
  return j.length > MAX_SHOWN ? j.slice(0, MAX_SHOWN) + "…" : j;
}

/**
 * A short line diff: the first differing line with up to `context` lines before it, and the
 * remainder of both sides summarized. Lines are shown JSON-quoted so that whitespace, "\r"
 * and invalid bytes are visible.
 */
export function shortDiff(want: string, got: string, context = 2, shown = 4): string[] {
  const a = splitLines(want), b = splitLines(got);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out: string[] = [];
  if (i === a.length && i === b.length) {
    return [`    only the final newline differs: go ${want.endsWith("\n") ? "has" : "lacks"} one, gots ${got.endsWith("\n") ? "has" : "lacks"} one`];
  }
  for (let k = Math.max(0, i - context); k < i; k++) out.push(`    ${String(k + 1).padStart(4)}   ${clip(a[k]!)}`);
  for (let k = i; k < Math.min(a.length, i + shown); k++) out.push(`    ${String(k + 1).padStart(4)} - ${clip(a[k]!)}`);
  if (a.length > i + shown) out.push(`         - … ${a.length - i - shown} more line(s)`);
  for (let k = i; k < Math.min(b.length, i + shown); k++) out.push(`    ${String(k + 1).padStart(4)} + ${clip(b[k]!)}`);
  if (b.length > i + shown) out.push(`         + … ${b.length - i - shown} more line(s)`);
  return out;
}

export interface Outcome {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number | null;
  signal: string | null;
}

/** Compares gots's outcome with Go's; returns the (possibly empty) list of report lines. */
export function compareOutcomes(go: Outcome, gots: Outcome, verbose: boolean): string[] {
  const report: string[] = [];
  if (go.exitCode !== gots.exitCode || go.signal !== gots.signal) {
    const fmt = (o: Outcome) => (o.signal ? `signal ${o.signal}` : `exit ${o.exitCode}`);
    report.push(`  exit: go ${fmt(go)}, gots ${fmt(gots)}`);
  }
  if (!go.stdout.equals(gots.stdout)) {
    report.push("  stdout differs (- go, + gots):");
    report.push(...shortDiff(go.stdout.toString("latin1"), gots.stdout.toString("latin1"), 2, verbose ? 40 : 4));
  }
  const gh = stderrHead(go.stderr.toString("latin1")), th = stderrHead(gots.stderr.toString("latin1"));
  if (gh.join("\n") !== th.join("\n")) {
    report.push("  stderr head differs (- go, + gots):");
    for (const l of gh) report.push(`         - ${clip(l)}`);
    for (const l of th) report.push(`         + ${clip(l)}`);
  }
  if (verbose && report.length > 0 && gots.stderr.length > 0) {
    report.push("  gots stderr:");
    for (const l of gots.stderr.toString("latin1").split("\n").slice(0, 30)) report.push(`    | ${l}`);
  }
  return report;
}
