// Loading errors, worded and shaped as the go command prints them (cmd/go's PackageError):
//
//   pos: message                          the import declaration is at fault (not found, …)
//   package A\n\timports B: message       the imported package is at fault (no Go files, cycle)
//   package A\n\tpos: message             rules about who may import what (internal packages)
//   message                               a pattern named on the command line
//
// Positions are printed relative to the current directory when that is shorter (ShortPath).

import { shortPath } from "./paths.js";

export interface ErrorPos {
  /** Absolute file name. */
  filename: string;
  line: number;
  col: number;
}

export interface LoadError {
  /** The import stack from a package named on the command line down to the failing import. */
  stack: string[];
  pos: ErrorPos | null;
  message: string;
  /** Print the stack even when there is a position (internal-package errors). */
  alwaysPrintStack?: boolean;
  isCycle?: boolean;
}

/** The go command's text for an error, paths shortened relative to cwd. */
export function formatLoadError(e: LoadError, cwd: string): string {
  const pos = e.pos ? `${shortPath(e.pos.filename, cwd)}:${e.pos.line}:${e.pos.col}` : "";
  if (pos !== "" && (e.stack.length === 0 || !e.alwaysPrintStack)) return `${pos}: ${e.message}`;
  if (e.stack.length === 0) return e.message;
  return `package ${e.stack.join("\n\timports ")}${pos !== "" ? `\n\t${pos}` : ""}: ${e.message}`;
}

/** Messages of the module-mode import resolver (cmd/go's ImportMissingError and friends). */
export const messages = {
  notInStd: (path: string, dir: string) => `package ${path} is not in std (${dir})`,
  noModuleNoGoMod: (path: string) =>
    `no required module provides package ${path}: go.mod file not found in current directory or any parent directory; see 'go help modules'`,
  noModule: (path: string) => `no required module provides package ${path}; to add it:\n\tgo get ${path}`,
  relativeInModule: (path: string) => `"${path}" is relative, but relative import paths are not supported in module mode`,
  cannotFindLocal: (dir: string) => `cannot find package "." in:\n\t${dir}`,
  noGoFiles: (dir: string) => `no Go files in ${dir}`,
  noNonTestGoFiles: (dir: string) => `no non-test Go files in ${dir}`,
  constraintsExcludeAll: (dir: string) => `build constraints exclude all Go files in ${dir}`,
  multiplePackages: (a: string, fa: string, b: string, fb: string, dir: string) =>
    `found packages ${a} (${fa}) and ${b} (${fb}) in ${dir}`,
  importCycle: "import cycle not allowed",
  internal: (path: string) => `use of internal package ${path} not allowed`,
  malformed: (path: string, why: string) => `malformed import path "${path}": ${why}`,
  cgoDisabled: "C source files not allowed when not using cgo or SWIG",
  noGoroot: "cannot find GOROOT directory: set GOROOT, pass --goroot DIR, or install Go 1.23",
} as const;
