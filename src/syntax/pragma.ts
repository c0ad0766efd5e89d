// Compiler directives (//go:...) as gc's front end checks them.
//
// Two checks happen in gc, and both are reproduced:
//  - while parsing (handleDirective, unusedPragmas): a directive must be alone on its line;
//    //go:linkname, //go:embed, //go:wasmimport and //go:cgo_* directives must be well formed;
//    directives that no declaration takes are "misplaced".
//  - after type checking succeeded (checkDeclPragmas): each declaration accepts only some
//    directives (functions take //go:noinline and friends; only files take //go:build; only
//    variables take //go:embed).
//
// gots compiles user programs, never the runtime or the standard library as gc would, so the
// checks behave as gc's do for an ordinary package.

import type { Pos } from "../source/index.js";
import { File, NodeKind, Pragma } from "./nodes.js";
import { unquote } from "./strconv.js";

/** Directive flags (gc's ir.PragmaFlag bits that matter for placement). */
export const enum PragmaFlag {
  GoBuild = 1 << 0,
  Noescape = 1 << 1,
  Norace = 1 << 2,
  Nosplit = 1 << 3,
  Noinline = 1 << 4,
  NoCheckPtr = 1 << 5,
  Systemstack = 1 << 6,
  Nowritebarrier = 1 << 7,
  Nowritebarrierrec = 1 << 8,
  Yeswritebarrierrec = 1 << 9,
  CgoUnsafeArgs = 1 << 10,
  UintptrKeepAlive = 1 << 11,
  UintptrEscapes = 1 << 12,
  RegisterParams = 1 << 13,
}

const runtimePragmas = PragmaFlag.Systemstack | PragmaFlag.Nowritebarrier | PragmaFlag.Nowritebarrierrec | PragmaFlag.Yeswritebarrierrec;

/** The directives a function declaration accepts. */
const funcPragmas = PragmaFlag.Noescape | PragmaFlag.Norace | PragmaFlag.Nosplit | PragmaFlag.Noinline |
  PragmaFlag.NoCheckPtr | PragmaFlag.RegisterParams | PragmaFlag.CgoUnsafeArgs | PragmaFlag.UintptrKeepAlive |
  PragmaFlag.UintptrEscapes | PragmaFlag.Systemstack | PragmaFlag.Nowritebarrier | PragmaFlag.Nowritebarrierrec |
  PragmaFlag.Yeswritebarrierrec;

function pragmaFlag(verb: string): number {
  switch (verb) {
    case "go:build": return PragmaFlag.GoBuild;
    case "go:noescape": return PragmaFlag.Noescape;
    case "go:norace": return PragmaFlag.Norace;
    case "go:nosplit": return PragmaFlag.Nosplit | PragmaFlag.NoCheckPtr;
    case "go:noinline": return PragmaFlag.Noinline;
    case "go:nocheckptr": return PragmaFlag.NoCheckPtr;
    case "go:systemstack": return PragmaFlag.Systemstack;
    case "go:nowritebarrier": return PragmaFlag.Nowritebarrier;
    case "go:nowritebarrierrec": return PragmaFlag.Nowritebarrierrec | PragmaFlag.Nowritebarrier;
    case "go:yeswritebarrierrec": return PragmaFlag.Yeswritebarrierrec;
    case "go:cgo_unsafe_args": return PragmaFlag.CgoUnsafeArgs | PragmaFlag.NoCheckPtr;
    case "go:uintptrkeepalive": return PragmaFlag.UintptrKeepAlive;
    case "go:uintptrescapes": return PragmaFlag.UintptrEscapes | PragmaFlag.UintptrKeepAlive;
    case "go:registerparams": return PragmaFlag.RegisterParams;
    // go:nointerface only means something with the fieldtrack experiment, which is off.
  }
  return 0;
}

type Report = (pos: Pos, msg: string) => void;

const isSpaceByte = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Splits on white space (outside double quotes); quoted fields keep their quotes. */
function pragmaFields(s: string): string[] {
  const a: string[] = [];
  let inQuote = false;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      if (inQuote) {
        inQuote = false;
        a.push(s.slice(start, i + 1));
        start = -1;
      } else {
        inQuote = true;
        if (start >= 0) a.push(s.slice(start, i));
        start = i;
      }
    } else if (!inQuote && isSpaceByte(c)) {
      if (start >= 0) {
        a.push(s.slice(start, i));
        start = -1;
      }
    } else if (start === -1) {
      start = i;
    }
  }
  if (!inQuote && start >= 0) a.push(s.slice(start));
  return a;
}

const fields = (s: string) => s.split(/[ \t\n\r\v\f]+/).filter((x) => x !== "");
const isQuoted = (s: string) => s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"';

/** Command-line-safe library names (cgo_import_dynamic). */
function safeArg(name: string): boolean {
  if (name === "") return false;
  const c = name.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2f || c >= 0x80;
}

/** Checks the arguments of a //go:cgo_* directive, as gc does before recording it. */
function checkCgo(pos: Pos, text: string, report: Report): void {
  const f = pragmaFields(text);
  const verb = f[0]!.startsWith("go:") ? f[0]!.slice(3) : f[0]!;
  const n = f.length;
  const q = (i: number) => isQuoted(f[i]!);
  switch (verb) {
    case "cgo_export_static":
    case "cgo_export_dynamic":
      if (!((n === 2 && !q(1)) || (n === 3 && !q(1) && !q(2)))) report(pos, `usage: //go:${verb} local [remote]`);
      break;
    case "cgo_import_dynamic":
      if (!((n === 2 && !q(1)) || (n === 3 && !q(1) && !q(2)) || (n === 4 && !q(1) && !q(2) && q(3)))) {
        report(pos, `usage: //go:cgo_import_dynamic local [remote ["library"]]`);
      }
      break;
    case "cgo_import_static":
      if (!(n === 2 && !q(1))) report(pos, "usage: //go:cgo_import_static local");
      break;
    case "cgo_dynamic_linker":
      if (!(n === 2 && q(1))) report(pos, `usage: //go:cgo_dynamic_linker "path"`);
      break;
    case "cgo_ldflag":
      if (!(n === 2 && q(1))) report(pos, `usage: //go:cgo_ldflag "arg"`);
      break;
  }
}

/** Go's %q of a byte string, for the cgo library-name message. */
function quote(s: string): string {
  return JSON.stringify(s);
}

/**
 * Handles one directive found while parsing. Returns the record to keep for the next
 * declaration, or null when the directive is dropped (after an error, or when it carries
 * nothing a declaration could take, such as //go:linkname, which later stages read from
 * File.directives).
 */
export interface PragmaPolicy {
  /** Compiling a standard-library package (gc's -std flag). */
  std?: boolean;
  /** Compiling the runtime or one of the packages it is built with (gc's CompilingRuntime). */
  runtime?: boolean;
  /**
   * The placement check (checkDeclPragmas) happens after type checking, which then runs it;
   * parsing alone does not (gc checks placement only for packages that type-check).
   */
  placementAfterCheck?: boolean;
}

/** Directives without a flag that the standard library may use. */
const allowedStdPragmas = new Set([
  "go:cgo_export_static", "go:cgo_export_dynamic", "go:cgo_import_static", "go:cgo_import_dynamic",
  "go:cgo_ldflag", "go:cgo_dynamic_linker", "go:embed", "go:generate",
]);

/** The packages gc compiles as part of the runtime (its CompilingRuntime flag). */
export const runtimePackages: ReadonlySet<string> = new Set([
  "runtime", "internal/runtime/atomic", "internal/runtime/exithook", "runtime/internal/math",
  "runtime/internal/sys", "internal/runtime/syscall", "internal/abi", "internal/bytealg",
  "internal/byteorder", "internal/chacha8rand", "internal/coverage/rtcov", "internal/cpu",
  "internal/goarch", "internal/godebugs", "internal/goexperiment", "internal/goos",
  "internal/profilerecord", "internal/stringslite",
]);

export function handleDirective(p: Pragma, filename: string, report: Report, policy: PragmaPolicy = {}): Pragma | null {
  const std = policy.std === true;
  const { pos, text } = p;
  if (!p.blank) {
    // a directive must be on a line by itself
    report(pos, "misplaced compiler directive");
    return null;
  }

  if (text.startsWith("go:wasmimport ")) {
    if (fields(text).length !== 3) report(pos, "usage: //go:wasmimport importmodule importname");
    return null; // only used when compiling for wasm
  }
  if (text.startsWith("go:linkname ")) {
    const f = fields(text);
    if (!(f.length >= 2 && f.length <= 3)) report(pos, "usage: //go:linkname localname [linkname]");
    return null;
  }
  if (text === "go:embed" || text.startsWith("go:embed ")) {
    const [args, err] = parseGoEmbed(text.slice("go:embed".length));
    if (err !== null) report(pos, err);
    if (args.length === 0) {
      report(pos, "usage: //go:embed pattern...");
      return null;
    }
    return { ...p, flag: 0, embed: true };
  }

  const cgoGenerated = /(^|\/)_cgo_[^/]*$/.test(filename);
  let flag = 0;
  if (text.startsWith("go:cgo_import_dynamic ") && pragmaFields(text).length >= 4) {
    // Permitted everywhere: Solaris code in golang.org/x/sys relies on it.
    const lib = pragmaFields(text)[3]!.replace(/^"+|"+$/g, "");
    if (lib !== "" && !safeArg(lib) && !cgoGenerated) {
      report(pos, `invalid library name ${quote(lib)} in cgo_import_dynamic directive`);
    }
    checkCgo(pos, text, report);
    return { ...p, flag: 0, embed: false };
  }
  if (text.startsWith("go:cgo_")) {
    // Other cgo directives are only for cgo-generated files (security: linker flags).
    if (!cgoGenerated && !std) report(pos, `//${text} only allowed in cgo-generated code`);
    checkCgo(pos, text, report);
  }
  const sp = text.indexOf(" ");
  const verb = sp >= 0 ? text.slice(0, sp) : text;
  flag = pragmaFlag(verb);
  if (policy.runtime !== true && (flag & runtimePragmas) !== 0) report(pos, `//${verb} only allowed in runtime`);
  if (flag === PragmaFlag.UintptrKeepAlive && !std) report(pos, `//${verb} is only allowed in the standard library`);
  if (flag === 0 && std && !allowedStdPragmas.has(verb)) report(pos, `//${verb} is not allowed in the standard library`);
  return { ...p, flag, embed: false };
}

/** Reports the directives that no declaration took, as gc does when it drops them. */
export function unusedPragmas(list: readonly Pragma[], report: Report): void {
  for (const p of list) {
    if (p.flag !== 0) report(p.pos, "misplaced compiler directive");
  }
  for (const p of list) {
    if (p.embed) report(p.pos, "misplaced go:embed directive");
  }
}

/**
 * Parses the patterns after //go:embed: space-separated words, or Go string literals in
 * double quotes or back quotes. Returns [patterns, error message or null].
 */
function parseGoEmbed(args: string): [string[], string | null] {
  const list: string[] = [];
  const bad = (s: string): [string[], string] => [[], `invalid quoted string in //go:embed: ${s}`];
  for (args = args.trim(); args !== ""; args = args.trim()) {
    let path: string;
    const c = args[0];
    if (c === "`") {
      const i = args.indexOf("`", 1);
      if (i < 0) return bad(args);
      path = args.slice(1, i);
      args = args.slice(i + 1);
    } else if (c === '"') {
      let i = 1;
      let done = false;
      for (; i < args.length; i++) {
        if (args[i] === "\\") { i++; continue; }
        if (args[i] === '"') {
          const q = unquote(args.slice(0, i + 1));
          if (q === null) return bad(args.slice(0, i + 1));
          path = q;
          args = args.slice(i + 1);
          done = true;
          break;
        }
      }
      if (!done) return bad(args);
      path = path!;
    } else {
      const m = /[ \t\n\r\v\f\x85\xa0]/.exec(args);
      const i = m === null ? args.length : m.index;
      path = args.slice(0, i);
      args = args.slice(i);
    }
    if (args !== "" && !/^[ \t\n\r\v\f]/.test(args)) return bad(args);
    list.push(path);
  }
  return [list, null];
}

/**
 * The placement check gc makes after type checking: each declaration accepts only some
 * directives.
 */
export function checkDeclPragmas(f: File, report: Report): void {
  const check = (list: readonly Pragma[], allowed: number, embedOK: boolean) => {
    for (const p of list) if ((p.flag & ~allowed) !== 0) report(p.pos, "misplaced compiler directive");
    if (!embedOK) for (const p of list) if (p.embed) report(p.pos, "misplaced go:embed directive");
  };
  check(f.pragmas, PragmaFlag.GoBuild, false);
  // The parser lists every declaration that took directives, at any depth (including those
  // inside function bodies), so no tree walk is needed.
  for (const d of f.pragmaDecls) {
    switch (d.kind) {
      case NodeKind.ImportDecl: check(d.pragmas, 0, false); break;
      case NodeKind.ConstDecl: check(d.pragmas, 0, false); break;
      case NodeKind.TypeDecl: check(d.pragmas, 0, false); break;
      case NodeKind.VarDecl: check(d.pragmas, 0, true); break;
      case NodeKind.FuncDecl: check(d.pragmas, funcPragmas, false); break;
    }
  }
}
