#!/usr/bin/env node
// The gots command line. Subcommands mirror the go command where one exists.
//
// Exit codes: 0 success; 1 the Go input has errors (diagnostics printed); 2 usage errors and
// unimplemented commands; 3 an internal error in gots (printed with its stack).

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InternalError } from "./base/index.js";
import { parseSource, formatDiagnostic, checkPackage, typeCheckerWired } from "./driver.js";
import { Loader, PackageChecker, formatCompileErrors } from "./loader/index.js";
import { findGoroot, nodeLoaderHost } from "./nodehost.js";
import { dumpFile } from "./syntax/index.js";
import { VERSION } from "./version.js";
import { runGo } from "./runnode.js";
import { buildToFile } from "./buildnode.js";
import { GcFlags, parseGcFlags } from "./gcflags.js";
import { cmdDefers } from "./defersnode.js";

const usage = `gots is Go, implemented in TypeScript.

Usage:
  gots run [--faketime] [-gcflags FLAGS] FILE.go|DIR [args]
                                 compile and run a Go program
                                 (-gcflags: -N, -l, -d=defer, -d=noopendefer=1;
                                 --faketime: the Go playground's virtual clock)
  gots build [-o OUT.js] [-gcflags FLAGS] FILE.go|DIR
  gots defers [-N] FILE.go|DIR   list every defer statement with its strategy and the reason
  gots check [--goroot DIR] [-v] PATTERN...
                                 type-check packages (FILE.go..., DIR, ./..., import paths, std)
  gots parse [-dump] FILE...     parse Go files, print syntax errors (stderr); -dump prints the AST
  gots version                   print the gots version
`;

// Compiler-internal strings hold Go bytes (one char per byte); emit them unchanged.
function writeOut(s: string): void {
  process.stdout.write(Buffer.from(s, "latin1"));
}

function writeErr(s: string): void {
  process.stderr.write(Buffer.from(s, "latin1"));
}

function cmdParse(args: string[]): number {
  let dump = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === "-dump" || a === "--dump") dump = true;
    else if (a.startsWith("-")) { process.stderr.write(`gots parse: unknown flag ${a}\n`); return 2; }
    else files.push(a);
  }
  if (files.length === 0) { process.stderr.write("usage: gots parse [-dump] FILE...\n"); return 2; }
  let failed = false;
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f);
    } catch (e) {
      process.stderr.write(`open ${f}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : String((e as Error).message)}\n`);
      failed = true;
      continue;
    }
    const r = parseSource(f, bytes);
    for (const d of r.diagnostics) writeErr(formatDiagnostic(d) + "\n");
    if (r.diagnostics.length > 0) failed = true;
    else if (dump) writeOut(dumpFile(r.file));
  }
  return failed ? 1 : 0;
}

const checkUsage = `usage: gots check [--goroot DIR] [-v] PATTERN...

PATTERN is a list of .go files (one package), a directory, an import path, std, or a
pattern with "..." (./..., net/...). Errors are printed as the go command prints them.
--goroot DIR takes the standard library from DIR/src; without it, from the Go installation
found via $GOROOT, \`go env GOROOT\`, dpkg (golang-1.23-go), or /usr/lib/go-1.23.
-v prints what was loaded and how.
`;

/**
 * gots check: loads the packages as the go command does, parses and type-checks them in
 * dependency order, and prints errors as \`go build\` does: loading errors alone (nothing is
 * checked then), else per failing package a "# importpath" header and at most 10 errors.
 */
function cmdCheck(args: string[]): number {
  let goroot: string | null = null, gorootFrom = "--goroot", verbose = false;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--goroot" || a === "-goroot") {
      const v = args[++i];
      if (v === undefined) { process.stderr.write(checkUsage); return 2; }
      goroot = v;
    } else if (a.startsWith("--goroot=") || a.startsWith("-goroot=")) goroot = a.slice(a.indexOf("=") + 1);
    else if (a === "-v" || a === "--verbose") verbose = true;
    else if (a === "-h" || a === "--help") { process.stdout.write(checkUsage); return 0; }
    else if (a.startsWith("-") && a !== "-") { process.stderr.write(`gots check: unknown flag ${a}\n${checkUsage}`); return 2; }
    else patterns.push(a);
  }
  if (patterns.length === 0) patterns.push(".");
  const host = nodeLoaderHost();
  if (goroot !== null) {
    goroot = resolve(goroot);
    if (host.stat(`${goroot}/src`) !== "dir") { process.stderr.write(`gots check: --goroot ${goroot}: no src directory\n`); return 2; }
  } else {
    const found = findGoroot();
    if (found) { goroot = resolve(found.goroot); gorootFrom = found.from; }
  }
  const log = (s: string): void => { if (verbose) process.stderr.write(s + "\n"); };
  log(goroot ? `gots check: standard library from ${goroot}/src (${gorootFrom})` : "gots check: no GOROOT found; standard library imports will fail");
  if (!typeCheckerWired) log("gots check: type checking is not wired yet: packages are loaded and parsed, and only loading and syntax errors are reported");

  const loader = new Loader(host, { goroot });
  const res = loader.load(patterns);
  for (const w of res.warnings) process.stderr.write(w + "\n");
  if (res.errors.length > 0) {
    for (const e of res.errors) writeErr(e + "\n");
    return 1;
  }
  const roots = new Set(res.roots);
  const checker = new PackageChecker(checkPackage, loader.fset, {
    errorLimit: 10,
    // Standard-library dependencies are known to compile; their exported API is all that matters.
    ignoreFuncBodies: (p) => p.loc.standard && !roots.has(p),
  });
  let failed = false;
  for (const r of checker.checkAll(res.roots)) {
    const p = r.pkg;
    log(`# ${p.importPath}: ${p.files.length} files, ${p.goVersion || "newest Go version"}, ${r.status}`);
    if (p.buildError !== null) { writeErr(`${p.importPath}: ${p.buildError}\n`); failed = true; continue; }
    if (r.status === "errors") {
      writeErr(formatCompileErrors(p, r.diagnostics, host.cwd) + "\n");
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

/**
 * gots run FILE.go... [args] | DIR [args]: like go run, the leading .go files (or one
 * directory or package) name the program and the rest are its arguments.
 */
function cmdRun(args: string[]): number | Promise<number> {
  const patterns: string[] = [];
  let gcflags: GcFlags | undefined;
  let faketime = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") { i++; break; }
    if (patterns.length === 0 && (a === "--faketime" || a === "-faketime")) { faketime = true; continue; }
    if (patterns.length === 0 && (a === "-gcflags" || a === "--gcflags" || a.startsWith("-gcflags=") || a.startsWith("--gcflags="))) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      try {
        if (v === undefined) throw new Error("missing value");
        gcflags = parseGcFlags(v);
      } catch (e) {
        process.stderr.write(`gots run: -gcflags: ${(e as Error).message}\n`);
        return 2;
      }
      continue;
    }
    if (a.endsWith(".go")) patterns.push(a);
    else if (patterns.length === 0 && !a.startsWith("-")) { patterns.push(a); i++; break; }
    else if (a.startsWith("-") && patterns.length === 0) { process.stderr.write(`gots run: unknown flag ${a}\n`); return 2; }
    else break;
  }
  if (patterns.length === 0) { process.stderr.write("usage: gots run FILE.go|DIR [args]\n"); return 2; }
  const prog = patterns[0]!.endsWith(".go") ? patterns[0]!.replace(/^.*\//, "").slice(0, -3) : patterns[0]!.replace(/\/$/, "").replace(/^.*\//, "");
  return runGo(patterns, args.slice(i), "/tmp/go-build/" + prog, gcflags, faketime);
}

function cmdBuild(args: string[]): number {
  return buildToFile(args);
}

function main(argv: string[]): number | Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "version":
      process.stdout.write(`gots version ${VERSION} (Go 1.23 language)\n`);
      return 0;
    case "parse":
      return cmdParse(rest);
    case "check":
      return cmdCheck(rest);
    case "run":
      return cmdRun(rest);
    case "defers":
      return cmdDefers(rest);
    case "build":
      return cmdBuild(rest);
    case undefined:
    case "help":
    case "-h":
    case "--help":
      process.stdout.write(usage);
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`gots ${cmd}: unknown command\nRun 'gots help' for usage.\n`);
      return 2;
  }
}

function internalError(e: unknown): void {
  const what = e instanceof InternalError ? "internal error" : "internal error (unexpected exception)";
  process.stderr.write(`gots: ${what}: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 3;
}

try {
  const r = main(process.argv.slice(2));
  // A program that waits for timers finishes later.
  if (r instanceof Promise) r.then((code) => { process.exitCode = code; }, internalError);
  else process.exitCode = r;
} catch (e) {
  internalError(e);
}
