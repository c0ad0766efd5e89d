// Test recipes and build constraints of $GOROOT/test, as cmd/internal/testdir reads them.
//
// Every conformance stage (syntax today; compile, errorcheck and run later) decides what to
// do with a test file here: which harness directories and files are tests, whether the
// file's build constraints select it, and what its recipe line asks for (action, harness
// options, tool flags, arguments). See docs/conformance.md and the testdir notes for the
// rules; this is a reimplementation from reading the harness, not a translation of it.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The harness directories under $GOROOT/test, scanned non-recursively, in harness order. */
export const TEST_DIRS: readonly string[] = [
  ".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs", "codegen", "runtime", "abi",
  "typeparam", "typeparam/mdempsky", "arenas",
];

/** Every action the harness knows; any other recipe word is a harness error. */
export const KNOWN_ACTIONS: ReadonlySet<string> = new Set([
  "compile", "compiledir", "build", "builddir", "buildrundir", "run", "buildrun", "runoutput",
  "rundir", "runindir", "asmcheck", "errorcheckandrundir", "errorcheckwithauto", "errorcheck",
  "errorcheckdir", "errorcheckoutput", "skip",
]);

/**
 * Lists the test files of the harness directories: `*.go` files not starting with '.',
 * sorted by name within each directory, as paths relative to testRoot ("fixedbugs/bug000.go";
 * files of "." have no directory prefix).
 */
export function listTestFiles(testRoot: string, dirs: readonly string[] = TEST_DIRS): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(join(testRoot, dir));
    } catch {
      continue; // a directory missing from this Go version is simply empty
    }
    // Go sorts names bytewise; JS default sort compares UTF-16 units, equal for ASCII names.
    for (const name of names.sort()) {
      if (!name.endsWith(".go") || name.startsWith(".")) continue;
      const rel = dir === "." ? name : `${dir}/${name}`;
      if (!statSync(join(testRoot, rel)).isFile()) continue;
      out.push(rel);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Go's notions of space, letter and digit (unicode.IsSpace, IsLetter, IsDigit).

const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

/** unicode.IsSpace. JS's \s differs (it includes U+FEFF and lacks U+0085). */
export function isGoSpace(ch: string): boolean {
  return GO_SPACE.test(ch);
}

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  const cps = Array.from(s);
  let i = 0, j = cps.length;
  while (i < j && isGoSpace(cps[i]!)) i++;
  while (j > i && isGoSpace(cps[j - 1]!)) j--;
  return cps.slice(i, j).join("");
}

/** strings.Fields. */
function goFields(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of s) {
    if (isGoSpace(ch)) {
      if (cur !== "") out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur !== "") out.push(cur);
  return out;
}

const TAG_CHAR = /^[\p{L}\p{Nd}_.]$/u;

/** Build tags are letters, digits (any, even leading), '_' and '.'. */
export function isValidTag(word: string): boolean {
  if (word === "") return false;
  for (const ch of word) if (!TAG_CHAR.test(ch)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Build constraint lines: //go:build expressions and legacy // +build lines.

export type Constraint =
  | { kind: "tag"; tag: string }
  | { kind: "not"; x: Constraint }
  | { kind: "and"; x: Constraint; y: Constraint }
  | { kind: "or"; x: Constraint; y: Constraint };

export class ConstraintSyntaxError extends Error {}

/** The expression text of a //go:build line, or null if line is not one. */
function splitGoBuild(line: string): string | null {
  if (line.endsWith("\n")) line = line.slice(0, -1);
  if (line.includes("\n") || !line.startsWith("//go:build")) return null;
  const rest = goTrimSpace(line).slice("//go:build".length);
  const trimmed = goTrimSpace(rest);
  // "//go:buildfoo" is not a constraint: the prefix must be followed by space or nothing.
  if (rest.length === trimmed.length && rest !== "") return null;
  return trimmed;
}

/** The expression text of a // +build line ("//+build" too), or null if line is not one. */
function splitPlusBuild(line: string): string | null {
  if (line.endsWith("\n")) line = line.slice(0, -1);
  if (line.includes("\n") || !line.startsWith("//")) return null;
  const body = goTrimSpace(line.slice(2));
  if (!body.startsWith("+build")) return null;
  const rest = body.slice("+build".length);
  const trimmed = goTrimSpace(rest);
  if (rest.length === trimmed.length && rest !== "") return null;
  return trimmed;
}

export function isGoBuild(line: string): boolean { return splitGoBuild(line) !== null; }
export function isPlusBuild(line: string): boolean { return splitPlusBuild(line) !== null; }

/**
 * Parses one constraint line. Returns null when the line is not a constraint line at all;
 * throws ConstraintSyntaxError when it is one but its expression is malformed (the harness
 * then ignores the line).
 */
export function parseConstraint(line: string): Constraint | null {
  const gb = splitGoBuild(line);
  if (gb !== null) return parseGoBuildExpr(gb);
  const pb = splitPlusBuild(line);
  if (pb !== null) return parsePlusBuildExpr(pb);
  return null;
}

const tag = (t: string): Constraint => ({ kind: "tag", tag: t });

/** `// +build a,!b c`: space-separated OR of comma-separated AND of possibly negated tags. */
function parsePlusBuildExpr(text: string): Constraint {
  const maxOldSize = 100;
  let size = 0;
  let x: Constraint | null = null;
  for (const clause of goFields(text)) {
    let y: Constraint | null = null;
    for (let lit of clause.split(",")) {
      let z: Constraint;
      if (lit.startsWith("!!") || lit === "!") {
        z = tag("ignore"); // malformed negations select nothing
      } else {
        const neg = lit.startsWith("!");
        if (neg) lit = lit.slice(1);
        z = isValidTag(lit) ? tag(lit) : tag("ignore");
        if (neg) z = { kind: "not", x: z };
      }
      if (y === null) y = z;
      else {
        if (++size > maxOldSize) throw new ConstraintSyntaxError("expression too complex for // +build lines");
        y = { kind: "and", x: y, y: z };
      }
    }
    if (x === null) x = y;
    else {
      if (++size > maxOldSize) throw new ConstraintSyntaxError("expression too complex for // +build lines");
      x = { kind: "or", x, y: y! };
    }
  }
  return x ?? tag("ignore");
}

/** Recursive-descent parser for `||`, `&&`, `!`, parentheses and tags. */
function parseGoBuildExpr(text: string): Constraint {
  const maxSize = 1000;
  let i = 0;
  let tok = "";
  let isTag = false;
  let size = 0;

  const lex = (): void => {
    isTag = false;
    while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
    if (i >= text.length) { tok = ""; return; }
    const c = text[i]!;
    if (c === "(" || c === ")" || c === "!") { tok = c; i++; return; }
    if (c === "&" || c === "|") {
      if (text[i + 1] !== c) throw new ConstraintSyntaxError(`invalid syntax at ${c}`);
      tok = c + c; i += 2; return;
    }
    let j = i;
    for (const ch of text.slice(i)) {
      if (!TAG_CHAR.test(ch)) break;
      j += ch.length;
    }
    if (j === i) throw new ConstraintSyntaxError(`invalid syntax at ${Array.from(text.slice(i))[0]}`);
    tok = text.slice(i, j);
    i = j;
    isTag = true;
  };

  const or = (): Constraint => {
    let x = and();
    while (tok === "||") x = { kind: "or", x, y: and() };
    return x;
  };
  const and = (): Constraint => {
    let x = not();
    while (tok === "&&") x = { kind: "and", x, y: not() };
    return x;
  };
  const not = (): Constraint => {
    if (++size > maxSize) throw new ConstraintSyntaxError("build expression too large");
    lex();
    if (tok === "!") {
      lex();
      if (tok === "!") throw new ConstraintSyntaxError("double negation not allowed");
      return { kind: "not", x: atom() };
    }
    return atom();
  };
  const atom = (): Constraint => {
    if (tok === "(") {
      let x: Constraint;
      try {
        x = or();
      } catch (e) {
        if (e instanceof ConstraintSyntaxError && e.message === "unexpected end of expression") {
          throw new ConstraintSyntaxError("missing close paren");
        }
        throw e;
      }
      // or() advanced tok; the cast undoes the narrowing from the test above.
      if ((tok as string) !== ")") throw new ConstraintSyntaxError("missing close paren");
      lex();
      return x;
    }
    if (!isTag) {
      throw new ConstraintSyntaxError(tok === "" ? "unexpected end of expression" : `unexpected token ${tok}`);
    }
    const t = tok;
    lex();
    return tag(t);
  };

  const x = or();
  if (tok !== "") throw new ConstraintSyntaxError(`unexpected token ${tok}`);
  return x;
}

export function evalConstraint(x: Constraint, ok: (tag: string) => boolean): boolean {
  switch (x.kind) {
    case "tag": return ok(x.tag);
    case "not": return !evalConstraint(x.x, ok);
    // Both operands are evaluated, as in go/build/constraint (ok may have side effects).
    case "and": { const a = evalConstraint(x.x, ok), b = evalConstraint(x.y, ok); return a && b; }
    case "or": { const a = evalConstraint(x.x, ok), b = evalConstraint(x.y, ok); return a || b; }
  }
}

// ---------------------------------------------------------------------------------------------
// The harness's build context and file selection.

/** What the harness's tag matcher knows about the toolchain it runs with. */
export interface BuildContext {
  goos: string;
  goarch: string;
  cgoEnabled: boolean;
  /** go1.1 … go1.N */
  releaseTags: string[];
  /** The toolchain's tool tags; only the goexperiment.* ones matter to the harness. */
  toolTags: string[];
  /** $GO_GCFLAGS contains -N or -l. */
  noOptEnv: boolean;
}

/** linux/amd64 Go 1.23 with cgo, the reference configuration; used when Go can't be asked. */
export function defaultBuildContext(): BuildContext {
  return {
    goos: "linux",
    goarch: "amd64",
    cgoEnabled: true,
    releaseTags: Array.from({ length: 23 }, (_, i) => `go1.${i + 1}`),
    toolTags: ["goexperiment.regabiwrappers", "goexperiment.regabiargs", "goexperiment.coverageredesign", "amd64.v1"],
    noOptEnv: false,
  };
}

/**
 * The harness's tag matcher. Note what is absent: "unix", "gccgo", custom tags and the
 * toolchain's non-goexperiment tool tags (e.g. "amd64.v1") are all false.
 */
export function matchTag(ctx: BuildContext, name: string): boolean {
  if (!isValidTag(name)) return false;
  if (ctx.releaseTags.includes(name)) return true;
  if (name.startsWith("goexperiment.")) return ctx.toolTags.includes(name);
  if (name === "cgo" && ctx.cgoEnabled) return true;
  if (name === ctx.goos || name === ctx.goarch || name === "gc") return true;
  if (ctx.noOptEnv && name === "gcflags_noopt") return true;
  return name === "test_run";
}

/**
 * Evaluates the constraint lines of a header (text before the first "package " line).
 * Malformed constraint lines are ignored, as in the harness. Returns the first false line.
 */
export function shouldTest(header: string, ctx: BuildContext): { ok: true } | { ok: false; why: string } {
  for (const line of header.split("\n")) {
    if (line.startsWith("package ")) break;
    let x: Constraint | null;
    try {
      x = parseConstraint(line);
    } catch (e) {
      if (e instanceof ConstraintSyntaxError) continue;
      throw e;
    }
    if (x !== null && !evalConstraint(x, (t) => matchTag(ctx, t))) return { ok: false, why: line };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Recipes.

/**
 * Splits a recipe into words with shell-like quoting: '…' and "…" group, a backslash makes
 * the next character literal, and an empty quoted word still counts as a word.
 */
export function splitQuoted(s: string): string[] {
  const args: string[] = [];
  let arg = "";
  let escaped = false, quoted = false;
  let quote = "";
  for (const ch of s) {
    if (escaped) {
      escaped = false;
    } else if (ch === "\\") {
      escaped = true;
      continue;
    } else if (quote !== "") {
      if (ch === quote) { quote = ""; continue; }
    } else if (ch === '"' || ch === "'") {
      quoted = true;
      quote = ch;
      continue;
    } else if (isGoSpace(ch)) {
      if (quoted || arg !== "") {
        quoted = false;
        args.push(arg);
        arg = "";
      }
      continue;
    }
    arg += ch;
  }
  if (quoted || arg !== "") args.push(arg);
  if (quote !== "") throw new Error("unclosed quote");
  if (escaped) throw new Error("unfinished escaping");
  return args;
}

/**
 * The recipe line: the first line that is not a build constraint and is non-empty once a
 * leading "//" is removed and spaces trimmed. "" if there is none.
 */
export function findRecipeLine(src: string): string {
  let rest = src;
  while (rest !== "") {
    const nl = rest.indexOf("\n");
    const line = nl < 0 ? rest : rest.slice(0, nl);
    rest = nl < 0 ? "" : rest.slice(nl + 1);
    if (isGoBuild(line) || isPlusBuild(line)) continue;
    const action = goTrimSpace(line.startsWith("//") ? line.slice(2) : line);
    if (action !== "") return action;
  }
  return "";
}

export interface Recipe {
  /** The recipe line as found (after "//" and trimming). */
  line: string;
  /** The action word, e.g. "run" or "errorcheck"; "errorcheckwithauto" reads as "errorcheck" with wantAuto. */
  action: string;
  /** The action word as written. */
  rawAction: string;
  /** The test expects the compiler to fail (errorcheck-like actions; -1 / -0 override). */
  wantError: boolean;
  /** `// ERRORAUTO` comments also match <autogenerated> positions. */
  wantAuto: boolean;
  /** -s: in a *.dir, every file is its own package. */
  singleFilePkgs: boolean;
  /** -t N, in seconds, before $GO_TEST_TIMEOUT_SCALE; undefined: no timeout. */
  timeoutSeconds?: number;
  /** -goexperiment X (in order; the harness joins them with ",", after its own setting). */
  goexperiment: string[];
  /** -godebug X (likewise). */
  godebug: string[];
  /** Every other leading "-..." word: flags for the go command or the compiler. */
  flags: string[];
  /** The words after the flags. */
  args: string[];
}

export type TestSelection =
  | { status: "test"; recipe: Recipe }
  | { status: "skip"; reason: string }
  | { status: "harnessError"; reason: string };

/** Decides what the harness does with one test file, given its full text. */
export function selectTest(src: string, ctx: BuildContext): TestSelection {
  if (src.startsWith("\n")) return { status: "harnessError", reason: ".go file source starts with a newline" };
  const line = findRecipeLine(src);
  if (line === "") return { status: "harnessError", reason: "execution recipe not found" };

  // Constraints are read only up to the code; a file without "\npackage" is checked against
  // the recipe line alone (some tests are deliberately malformed).
  const cut = src.indexOf("\npackage");
  const header = cut >= 0 ? src.slice(0, cut) : line;
  const st = shouldTest(header, ctx);
  if (!st.ok) return { status: "skip", reason: `build constraint: ${st.why}` };

  let words: string[];
  try {
    words = splitQuoted(line);
  } catch (e) {
    return { status: "harnessError", reason: `invalid test recipe: ${(e as Error).message}` };
  }
  const r = parseRecipeWords(line, words);
  if (typeof r === "string") return { status: "harnessError", reason: r };
  if (r.action === "skip") return { status: "skip", reason: "recipe: skip" };
  return { status: "test", recipe: r };
}

/** Interprets the words of a recipe line; returns an error message for a malformed recipe. */
export function parseRecipeWords(line: string, words: string[]): Recipe | string {
  const rawAction = words[0] ?? "";
  let args = words.slice(1);
  if (!KNOWN_ACTIONS.has(rawAction)) return `unknown pattern: ${JSON.stringify(rawAction)}`;
  let action = rawAction, wantError = false, wantAuto = false;
  switch (rawAction) {
    case "errorcheckwithauto": action = "errorcheck"; wantAuto = true; wantError = true; break;
    case "errorcheck": case "errorcheckdir": case "errorcheckoutput": wantError = true; break;
  }
  const r: Recipe = {
    line, action, rawAction, wantError, wantAuto, singleFilePkgs: false,
    goexperiment: [], godebug: [], flags: [], args: [],
  };
  while (args.length > 0 && args[0]!.startsWith("-")) {
    const w = args[0]!;
    switch (w) {
      case "-1": r.wantError = true; break;
      case "-0": r.wantError = false; break;
      case "-s": r.singleFilePkgs = true; break;
      case "-t": case "-goexperiment": case "-godebug": {
        args = args.slice(1);
        const v = args[0];
        if (v === undefined) return `missing value for ${w}`;
        if (w === "-t") {
          if (!/^[+-]?\d+$/.test(v)) return `need number of seconds for -t timeout, got ${v} instead`;
          r.timeoutSeconds = Number(v);
        } else if (w === "-goexperiment") r.goexperiment.push(v);
        else r.godebug.push(v);
        break;
      }
      default: r.flags.push(w);
    }
    args = args.slice(1);
  }
  r.args = args;
  return r;
}

/**
 * The compiler flags the harness passes for an errorcheck recipe: the recipe's flags with
 * ssa/check/on added to the first -d= flag, or as its own -d= flag.
 */
export function errorcheckFlags(r: Recipe): string[] {
  const flags = r.flags.slice();
  const i = flags.findIndex((f) => f.startsWith("-d="));
  if (i >= 0) flags[i] = `${flags[i]},ssa/check/on`;
  else flags.push("-d=ssa/check/on");
  return flags;
}
