// Package types: the Go type checker, mirroring types2. Entry module of the folder.
//
// checkPackage type-checks the files of one package, given an importer for the packages it
// imports, and returns the package, the side tables (Info) and the diagnostics, worded and
// positioned as gc reports them.
//
// WORK IN PROGRESS: the core data structures exist; the checker itself is being written.

import type { File } from "../syntax/index.js";
import type { Diagnostic } from "../diag/index.js";
import { Package } from "./package.js";

export * from "./type.js";
export * from "./object.js";
export { Scope } from "./scope.js";
export { Package } from "./package.js";
export { Universe, Unsafe, Typ } from "./universe.js";

/** Resolves an import path seen in a file of the package being checked. */
export interface Importer {
  /**
   * Returns the (completely checked) package for path, imported from a file in directory
   * fromDir, or an error message such as "package foo is not in std".
   */
  importPackage(path: string, fromDir: string): Package | { error: string };
}

export interface CheckConfig {
  /** Language version, e.g. "go1.23" (from go.mod's go line, or -lang); "" means newest. */
  goVersion: string;
  importer: Importer;
  /** Accept `import "C"` as a fake package (types2 testdata flag -fakeImportC). */
  fakeImportC?: boolean;
  /** Stop after this many errors and add "too many errors" (gc: 10; 0 means no limit, as with -e). */
  errorLimit?: number;
  /** Skip function bodies (faster checking of imported packages). */
  ignoreFuncBodies?: boolean;
}

export interface CheckResult {
  pkg: Package;
  /** Sorted as gc prints them. */
  diagnostics: Diagnostic[];
}
