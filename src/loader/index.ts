// Package loader: Go packages loaded the way the go command loads them for linux/amd64 with
// cgo disabled — patterns (file lists, directories, import paths, std, ./...), file selection
// and build constraints, go.mod modules, $GOROOT for the standard library (with its vendored
// packages), import cycles and the go command's loading errors — and type checking in
// dependency order through a checker the caller passes in. Entry module of the folder.

export { type LoaderHost, type DirEntry, memoryHost } from "./host.js";
export { type BuildContext, defaultBuildContext, matchTag, goodOSArchFile, readHeader, shouldBuild, KNOWN_OS, KNOWN_ARCH, UNIX_OS } from "./buildctx.js";
export { type GoMod, type Module, parseGoMod, findModule, langVersion, DEFAULT_GO_MOD_VERSION } from "./gomod.js";
export { type DirScan, scanDir, scanPackageClause, unquoteImportPath } from "./dirscan.js";
export { type LoadError, type ErrorPos, formatLoadError, messages } from "./errors.js";
export { type PackageLocation, resolveImport, isStandardImportPath, findInternal } from "./resolve.js";
export { Loader, type LoadOptions, type LoadResult, type Package, type ParsedFile, type PatternKind, type SourceOptions, patternKind, packageList, collectErrors, hasLoadErrors } from "./load.js";
export { PackageChecker, type CheckFunc, type CheckConfig, type CheckImporter, type CheckOptions, type DirectCheckOptions, type PackageCheck, type CheckStatus } from "./check.js";
export { formatCompileErrors, shortenPaths } from "./report.js";
export * as paths from "./paths.js";
