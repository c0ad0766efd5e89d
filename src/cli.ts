#!/usr/bin/env node
// The gots command line. Subcommands mirror the go command where one exists.
//
// Exit codes: 0 success; 1 the Go input has errors (diagnostics printed); 2 usage errors and
// unimplemented commands; 3 an internal error in gots (printed with its stack).

import { readFileSync } from "node:fs";
import { InternalError } from "./base/index.js";
import { parseSource, formatDiagnostic } from "./driver.js";
import { dumpFile } from "./syntax/index.js";
import { VERSION } from "./version.js";

const usage = `gots is Go, implemented in TypeScript.

Usage:
  gots run FILE.go|DIR [args]    compile and run a Go program
  gots build [-o OUT.js] FILE.go|DIR
  gots check PATTERN...          type-check packages
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

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "version":
      process.stdout.write(`gots version ${VERSION} (Go 1.23 language)\n`);
      return 0;
    case "parse":
      return cmdParse(rest);
    case "run":
    case "build":
    case "check":
      process.stderr.write(`gots ${cmd}: not implemented yet\n`);
      return 2;
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

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const what = e instanceof InternalError ? "internal error" : "internal error (unexpected exception)";
  process.stderr.write(`gots: ${what}: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 3;
}
