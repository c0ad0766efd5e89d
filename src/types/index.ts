// Package types: the Go type checker, mirroring types2. Entry module of the folder.
//
// checkPackage type-checks the files of one package, given an importer for the packages it
// imports, and returns the package, the side tables (Info) and the diagnostics, worded and
// positioned as gc reports them.
//
import type { File } from "../syntax/index.js";
import { Diagnostic, DiagnosticSink } from "../diag/index.js";
import type { FileSet } from "../source/index.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import { Universe, defPredeclaredTestFuncs } from "./universe.js";
import { Checker, Info } from "./check.js";
import "./all.js";
import { checkAnonymousInterfaceCycles } from "./interface.js";
import { checkNotInHeapTypeArgs } from "./instantiate.js";
import { postCheck } from "./postcheck.js";

export * from "./type.js";
export * from "./object.js";
export { Scope } from "./scope.js";
export { Package } from "./package.js";
export { Universe, Unsafe, Typ, defPredeclaredTestFuncs } from "./universe.js";

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
  /** The package is complete (no assembly): bodiless functions are errors (gc's -complete). */
  complete?: boolean;
  /** Don't report label and branch errors (gc: true, since its parser checks them). */
  ignoreBranchErrors?: boolean;
  /** Materialize alias types (Go 1.23 default: true). */
  enableAlias?: boolean;
  /** GOEXPERIMENT settings, e.g. "aliastypeparams". */
  goexperiment?: string;
  /** Define the test-only built-ins assert and trace (types2's own test data uses them). */
  testFuncs?: boolean;
  /**
   * Run the checks gc's compiler adds after types2 (anonymous interface cycles, not-in-heap
   * type arguments, directive rules). Default true; types2's own test data turns them off.
   */
  compilerChecks?: boolean;
}

export interface CheckResult {
  pkg: Package;
  info: Info;
  /** In the order they were reported (the driver sorts and limits them as gc does). */
  diagnostics: Diagnostic[];
}

/**
 * Type-checks the files of one package (already parsed, without syntax errors) with import
 * path `path`. Imports are resolved through config.importer, which must return completely
 * checked packages.
 */
export function checkPackage(path: string, files: File[], config: CheckConfig, fset: FileSet): CheckResult {
  // assert and trace exist only while checking a package that asks for them.
  const undo = config.testFuncs ? defPredeclaredTestFuncs() : null;
  const pkg = new Package(path, "", new Scope(Universe, 0, 0, `package ${JSON.stringify(path)}`));
  const sink = new DiagnosticSink();
  const check = new Checker(config, fset, pkg, sink);
  try {
    check.checkFiles(files);
    // gc's compiler runs two more checks on a package types2 accepted (in this order, each
    // only if nothing was reported before it).
    if (config.compilerChecks !== false) {
      if (sink.count === 0) checkAnonymousInterfaceCycles(check, check.files);
      if (sink.count === 0) checkNotInHeapTypeArgs(check);
      // (Package unsafe's source is documentation: gc never compiles it.)
      if (sink.count === 0 && !config.ignoreFuncBodies && path !== "unsafe") postCheck(check, check.files, config.complete === true);
    }
  } finally {
    if (undo !== null) undo();
  }
  return { pkg, info: check.info, diagnostics: sink.list.slice() };
}

export { Checker, Info };
