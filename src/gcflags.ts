// The -gcflags option of `gots build` and `gots run`, as the go command reads it:
// `-gcflags='[pattern=]flags'`, the flags applying to the packages the pattern matches (no
// pattern: the packages named on the command line; `all`: every package). gots understands
// the compiler flags that change what it generates or reports about defers:
//   -N              disable optimizations: no open-coded defers
//   -l              disable inlining (accepted; gots does not inline)
//   -d=defer        print each defer statement's strategy, as gc does
//   -d=noopendefer=1  no open-coded defers
// Debug settings may be combined: -d=defer,noopendefer=1.

import type { DeferOptions } from "./defer/index.js";

export interface GcFlags {
  /** Which packages the flags apply to: null for the command line's own. */
  readonly pattern: string | null;
  readonly noOptimize: boolean;
  readonly noOpenDefer: boolean;
  readonly debugDefer: boolean;
}

export const noGcFlags: GcFlags = { pattern: null, noOptimize: false, noOpenDefer: false, debugDefer: false };

/** Splits a flags string as the go command does (spaces separate, quotes group). */
function splitQuoted(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  let any = false;
  for (const c of s) {
    if (quote !== "") {
      if (c === quote) quote = "";
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      any = true;
    } else if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (cur !== "" || any) out.push(cur);
      cur = "";
      any = false;
    } else cur += c;
  }
  if (quote !== "") throw new Error(`unterminated ${quote} string`);
  if (cur !== "" || any) out.push(cur);
  return out;
}

/** Parses one -gcflags value; throws an Error with a message for the user on bad input. */
export function parseGcFlags(value: string): GcFlags {
  let pattern: string | null = null;
  let rest = value.trimStart();
  // A leading "pattern=" (the pattern has no spaces and does not start with '-').
  const eq = rest.indexOf("=");
  if (eq > 0 && !rest.startsWith("-") && !/\s/.test(rest.slice(0, eq))) {
    pattern = rest.slice(0, eq);
    rest = rest.slice(eq + 1);
  }
  let noOptimize = false, noOpenDefer = false, debugDefer = false;
  for (const f of splitQuoted(rest)) {
    if (f === "-N") { noOptimize = true; continue; }
    if (f === "-l") continue;
    if (f.startsWith("-d=") || f.startsWith("--d=")) {
      for (const item of f.slice(f.indexOf("=") + 1).split(",")) {
        if (item === "") continue;
        const [key, val = "1"] = item.split("=") as [string, string | undefined];
        const on = val !== "0";
        if (key === "defer") debugDefer = on;
        else if (key === "noopendefer") noOpenDefer = on;
        else throw new Error(`unknown debug key ${key}`);
      }
      continue;
    }
    throw new Error(`flag provided but not defined: ${f}`);
  }
  return { pattern, noOptimize, noOpenDefer, debugDefer };
}

/** Whether the flags apply to a package (`root`: named on the command line). */
export function gcFlagsApply(flags: GcFlags, importPath: string, root: boolean, standard: boolean): boolean {
  const p = flags.pattern;
  if (p === null) return root;
  if (p === "all") return true;
  if (p === "std") return standard;
  if (p.endsWith("/...")) return importPath === p.slice(0, -4) || importPath.startsWith(p.slice(0, -3));
  if (p === "...") return true;
  return importPath === p;
}

export function deferOptionsOf(flags: GcFlags): DeferOptions {
  if (flags.noOptimize) return { noOpen: true, noOpenFlag: "-N" };
  if (flags.noOpenDefer) return { noOpen: true, noOpenFlag: "-d=noopendefer" };
  return { noOpen: false };
}
