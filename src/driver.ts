// The compiler pipeline, in one place: only this module sequences the stages.
//
// Today the pipeline ends after parsing; later stages (types, analysis, lower, link) attach here.

import { bytesToByteString } from "./base/index.js";
import { Source, FileSet } from "./source/index.js";
import { Diagnostic, DiagnosticSink, formatDiagnostic, gcDiagnostics } from "./diag/index.js";
import { parseFile, File, ParseOptions, checkDeclPragmas, PragmaPolicy } from "./syntax/index.js";
import * as types from "./types/index.js";
import type { CheckConfig, CheckResult } from "./types/index.js";

export interface ParseResult {
  file: File;
  source: Source;
  /** Diagnostics as gc reports them: sorted, at most one syntax error per line. */
  diagnostics: Diagnostic[];
}

/**
 * Parses one file. Errors are filtered as gc's error printer does: at most one syntax error
 * per line, then sorted by position with exact duplicates removed.
 */
export function parseSource(filename: string, text: string | Uint8Array, fset = new FileSet(), policy: PragmaPolicy = {}): ParseResult {
  const src = fset.add(new Source(filename, typeof text === "string" ? text : bytesToByteString(text)));
  const sink = new DiagnosticSink();
  const file = parseFile(src, sink, { checkBranches: true, pragmaPolicy: policy });
  if (sink.count === 0 && policy.placementAfterCheck !== true) {
    // gc checks where directives are placed only once the package has no other errors (after
    // type checking); with parsing as the last stage, that is now.
    checkDeclPragmas(file, (pos, msg) => sink.report({ source: src, offset: pos - src.base, message: msg, kind: "syntax" }));
  }
  return { file, source: src, diagnostics: gcDiagnostics(sink.list) };
}

/**
 * Parses one file and returns every diagnostic in the order the parser reported it: no
 * filtering, sorting or de-duplication. The options default to gc's syntax package tests
 * (branch checks on, no directive checks).
 */
export function parseSourceRaw(filename: string, text: string | Uint8Array, opts: ParseOptions = { checkBranches: true, checkPragmas: false }, fset = new FileSet()): ParseResult {
  const src = fset.add(new Source(filename, typeof text === "string" ? text : bytesToByteString(text)));
  const sink = new DiagnosticSink();
  const file = parseFile(src, sink, opts);
  return { file, source: src, diagnostics: sink.list.slice() };
}

export { formatDiagnostic };

// ---------------------------------------------------------------------------------------------
// Type checking. src/loader checks packages in dependency order through a function of this
// shape (src/types' checkPackage); the loader never imports the checker itself.

/** Whether checkPackage below runs the type checker. */
export const typeCheckerWired = true;

/**
 * Type-checks one package's parsed files (src/types). Diagnostics come back in report
 * order; callers print them through gcDiagnostics.
 */
export function checkPackage(path: string, files: File[], config: CheckConfig, fset: FileSet): CheckResult {
  return types.checkPackage(path, files, config, fset);
}
