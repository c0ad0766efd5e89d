// The build context the loader selects files with, as go/build does for linux/amd64 with cgo
// disabled: the tag matcher, GOOS/GOARCH file-name suffixes, and the build constraints of a
// file's leading comments (//go:build, or // +build lines when there is no //go:build line).

import { Constraint, evalConstraint, parseBuildConstraint } from "../syntax/buildconstraint.js";

/** Every GOOS go/build knows (past, present and future), for file-name matching. */
export const KNOWN_OS: ReadonlySet<string> = new Set([
  "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
  "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
]);

/** The GOOS values the "unix" tag matches (not used for file names). */
export const UNIX_OS: ReadonlySet<string> = new Set([
  "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
  "netbsd", "openbsd", "solaris",
]);

/** Every GOARCH go/build knows, for file-name matching. */
export const KNOWN_ARCH: ReadonlySet<string> = new Set([
  "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
  "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv",
  "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
]);

export interface BuildContext {
  goos: string;
  goarch: string;
  cgoEnabled: boolean;
  /** The compiler tag: "gc". */
  compiler: string;
  /** go1.1 … go1.N */
  releaseTags: readonly string[];
  /** The toolchain's tags: default GOEXPERIMENTs and the GOAMD64 level. */
  toolTags: readonly string[];
  /** Extra -tags. */
  buildTags: readonly string[];
}

/** linux/amd64, cgo disabled, Go 1.23's release and tool tags (as `go list` reports them). */
export function defaultBuildContext(): BuildContext {
  return {
    goos: "linux",
    goarch: "amd64",
    cgoEnabled: false,
    compiler: "gc",
    releaseTags: Array.from({ length: 23 }, (_, i) => `go1.${i + 1}`),
    toolTags: ["goexperiment.regabiwrappers", "goexperiment.regabiargs", "goexperiment.coverageredesign", "amd64.v1"],
    buildTags: [],
  };
}

/** go/build's matchTag. */
export function matchTag(ctx: BuildContext, name: string): boolean {
  if (ctx.cgoEnabled && name === "cgo") return true;
  if (name === ctx.goos || name === ctx.goarch || name === ctx.compiler) return true;
  if (ctx.goos === "android" && name === "linux") return true;
  if (ctx.goos === "illumos" && name === "solaris") return true;
  if (ctx.goos === "ios" && name === "darwin") return true;
  if (name === "unix" && UNIX_OS.has(ctx.goos)) return true;
  if (name === "boringcrypto") name = "goexperiment.boringcrypto"; // its old name
  return ctx.buildTags.includes(name) || ctx.toolTags.includes(name) || ctx.releaseTags.includes(name);
}

/**
 * Whether a file name's _GOOS, _GOARCH or _GOOS_GOARCH suffix (before the extension, after
 * an optional _test) matches the context. Only the part after the first '_' counts, so
 * "linux.go" has no suffix but "x_linux.go" does.
 */
export function goodOSArchFile(ctx: BuildContext, name: string): boolean {
  const dot = name.indexOf(".");
  let stem = dot >= 0 ? name.slice(0, dot) : name;
  const us = stem.indexOf("_");
  if (us < 0) return true;
  stem = stem.slice(us);
  const l = stem.split("_");
  if (l.length > 0 && l[l.length - 1] === "test") l.pop();
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]!) && KNOWN_ARCH.has(l[n - 1]!)) {
    return matchTag(ctx, l[n - 1]!) && matchTag(ctx, l[n - 2]!);
  }
  if (n >= 1 && (KNOWN_OS.has(l[n - 1]!) || KNOWN_ARCH.has(l[n - 1]!))) return matchTag(ctx, l[n - 1]!);
  return true;
}

// ---------------------------------------------------------------------------------------------
// File headers.

export interface FileHeader {
  /** The //go:build line, trimmed, if the leading comments have one. */
  goBuild: string | null;
  /** The // +build lines that count: in the comment block that ends with a blank line before the code. */
  plusBuild: string[];
  /** An error go/build reports for the header ("multiple //go:build comments"). */
  error: string | null;
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === "\f";

function trimSpace(s: string): string {
  let i = 0, j = s.length;
  while (i < j && isSpace(s[i]!)) i++;
  while (j > i && isSpace(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function isGoBuildLine(line: string): boolean {
  if (!line.startsWith("//go:build")) return false;
  const rest = line.slice("//go:build".length);
  return rest.length === 0 || trimSpace(rest).length < rest.length;
}

/**
 * Reads the leading comments of a Go file (text is a byte string) as go/build does: //go:build
 * lines count anywhere among the leading // comments and blank lines (not inside /* *\/), but
 * // +build lines only above the last blank line that precedes the first line of code.
 */
export function readHeader(text: string): FileHeader {
  let end = 0;
  let goBuild: string | null = null;
  let error: string | null = null;
  let ended = false, inSlashStar = false;
  let pos = 0;
  lines:
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const next = nl < 0 ? text.length : nl + 1;
    let line = trimSpace(text.slice(pos, nl < 0 ? text.length : nl));
    pos = next;
    if (line.length === 0 && !ended) {
      // The latest place a // +build line may end: before a blank line that precedes the code.
      end = pos;
      continue;
    }
    if (!line.startsWith("//")) ended = true;
    if (!inSlashStar && isGoBuildLine(line)) {
      if (goBuild !== null && error === null) error = "multiple //go:build comments";
      goBuild ??= line;
    }
    // Skip the comments on the line; stop at the first text that is not a comment.
    while (line.length > 0) {
      if (inSlashStar) {
        const i = line.indexOf("*/");
        if (i < 0) continue lines;
        inSlashStar = false;
        line = trimSpace(line.slice(i + 2));
        continue;
      }
      if (line.startsWith("//")) continue lines;
      if (line.startsWith("/*")) {
        inSlashStar = true;
        line = trimSpace(line.slice(2));
        continue;
      }
      break lines;
    }
  }
  const plusBuild: string[] = [];
  for (const raw of text.slice(0, end).split("\n")) {
    const line = trimSpace(raw);
    if (line.startsWith("//") && line.includes("+build") && isPlusBuildLine(line)) plusBuild.push(line);
  }
  return { goBuild, plusBuild, error };
}

function isPlusBuildLine(line: string): boolean {
  const body = trimSpace(line.slice(2));
  if (!body.startsWith("+build")) return false;
  const rest = body.slice("+build".length);
  return rest.length === 0 || trimSpace(rest).length < rest.length;
}

/**
 * Evaluates a // +build line: space-separated alternatives of comma-separated, possibly
 * negated tags. Malformed words select nothing.
 */
export function evalPlusBuild(line: string, ok: (tag: string) => boolean): boolean {
  const text = trimSpace(trimSpace(line.slice(2)).slice("+build".length));
  const clauses = text.split(/[ \t]+/).filter((w) => w !== "");
  if (clauses.length === 0) return false;
  return clauses.some((clause) => clause.split(",").every((lit) => {
    if (lit.startsWith("!!") || lit === "!" || lit === "") return false;
    const neg = lit.startsWith("!");
    const t = neg ? lit.slice(1) : lit;
    const v = /^[\p{L}\p{Nd}_.]+$/u.test(t) && ok(t);
    return neg ? !v : v;
  }));
}

export type ConstraintResult = { ok: boolean } | { error: string };

/** go/build's shouldBuild: the //go:build line decides if there is one, else every // +build line must hold. */
export function shouldBuild(ctx: BuildContext, h: FileHeader): ConstraintResult {
  if (h.error !== null) return { error: h.error };
  const ok = (t: string): boolean => matchTag(ctx, t);
  if (h.goBuild !== null) {
    const c: Constraint | null = parseBuildConstraint(h.goBuild);
    if (c === null) return { error: "parsing //go:build line: invalid syntax" };
    return { ok: evalConstraint(c, ok) };
  }
  return { ok: h.plusBuild.every((l) => evalPlusBuild(l, ok)) };
}
