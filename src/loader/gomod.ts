// go.mod files: finding the module root above a directory, and reading the two directives
// the loader needs, `module` (the import path prefix) and `go` (the language version of the
// module's packages). Everything else (require, replace, toolchain, …) is ignored: gots does
// not download or resolve dependency modules.

import { LoaderHost } from "./host.js";
import { dirname, join } from "./paths.js";

export interface GoMod {
  /** The module path, e.g. "example.com/m". */
  path: string;
  /** The go directive as written ("1.21.3"), or "" when there is none. */
  go: string;
  /** Errors in the file, as "go.mod:LINE: message". */
  errors: string[];
}

/** The language version the go command uses for a module without a go directive. */
export const DEFAULT_GO_MOD_VERSION = "1.16";

/**
 * Parses go.mod text. Comments (//) are removed; a directive is a keyword followed by its
 * arguments, and `keyword (` opens a block of argument lines, closed by `)`.
 */
export function parseGoMod(text: string): GoMod {
  const mod: GoMod = { path: "", go: "", errors: [] };
  let block: string | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const words = tokenize(stripComment(lines[i]!));
    if (words === null) { mod.errors.push(`go.mod:${lineNo}: unterminated quoted string`); continue; }
    if (words.length === 0) continue;
    if (block !== null) {
      if (words[0] === ")" && words.length === 1) { block = null; continue; }
      if (block === "module") setModule(mod, words, lineNo);
      continue;
    }
    const [verb, ...args] = words as [string, ...string[]];
    if (args.length === 1 && args[0] === "(") { block = verb; continue; }
    if (verb === "module") setModule(mod, args, lineNo);
    else if (verb === "go") {
      if (args.length !== 1) mod.errors.push(`go.mod:${lineNo}: usage: go 1.23`);
      else if (!/^1(\.(0|[1-9][0-9]*)){0,2}((rc|beta)[1-9][0-9]*)?$/.test(args[0]!)) {
        mod.errors.push(`go.mod:${lineNo}: invalid go version '${args[0]}': must match format 1.23.0`);
      } else mod.go = args[0]!;
    }
  }
  if (mod.path === "" && mod.errors.length === 0) mod.errors.push("go.mod: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod");
  return mod;
}

function setModule(mod: GoMod, args: string[], lineNo: number): void {
  if (args.length !== 1) { mod.errors.push(`go.mod:${lineNo}: usage: module module/path`); return; }
  if (mod.path !== "") { mod.errors.push(`go.mod:${lineNo}: repeated module statement`); return; }
  mod.path = args[0]!;
}

function stripComment(line: string): string {
  // "//" starts a comment unless it is inside a quoted string.
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q !== null) {
      if (c === "\\" && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "`") q = c;
    else if (c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

/** Splits a line into words; quoted strings ("…" with escapes, `…`) are single words. Null if a quote is unterminated. */
function tokenize(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t" || c === "\r") { i++; continue; }
    if (c === "(" || c === ")") { out.push(c); i++; continue; }
    if (c === '"' || c === "`") {
      let j = i + 1, s = "";
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === "\\" && j + 1 < line.length) { s += line[j + 1]; j += 2; continue; }
        s += line[j++];
      }
      if (j >= line.length) return null;
      out.push(s);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < line.length && !" \t\r()\"`".includes(line[j]!)) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

/** "1.21.3" → "go1.21": the language version (major.minor) of a go directive. */
export function langVersion(goDirective: string): string {
  const m = /^1\.(\d+)/.exec(goDirective);
  return m ? `go1.${m[1]}` : goDirective === "1" ? "go1" : "";
}

export interface Module {
  /** The module path ("std" for the standard library, whose packages have no path prefix). */
  path: string;
  /** The directory holding go.mod. */
  root: string;
  /** Language version for the module's packages, e.g. "go1.21". */
  goVersion: string;
  /** Problems in go.mod. */
  errors: string[];
}

/**
 * Finds the go.mod at or above dir (an absolute path) and reads it; null when there is none.
 * Results are cached per directory in cache.
 */
export function findModule(host: LoaderHost, dir: string, cache: Map<string, Module | null>): Module | null {
  const seen: string[] = [];
  let d = dir;
  let found: Module | null = null;
  for (;;) {
    const hit = cache.get(d);
    if (hit !== undefined) { found = hit; break; }
    seen.push(d);
    const gm = join(d, "go.mod");
    if (host.stat(gm) === "file") {
      const bytes = host.readFile(gm);
      const text = "error" in bytes ? "" : new TextDecoder().decode(bytes);
      const mod = parseGoMod(text);
      found = {
        path: mod.path,
        root: d,
        goVersion: langVersion(mod.go || DEFAULT_GO_MOD_VERSION),
        errors: "error" in bytes ? [bytes.error] : mod.errors.map((e) => `${join(d, e.slice(0, e.indexOf(":")))}${e.slice(e.indexOf(":"))}`),
      };
      break;
    }
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const s of seen) cache.set(s, found);
  return found;
}
