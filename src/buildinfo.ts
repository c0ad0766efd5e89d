// The build information `go run` records in a program (runtime/debug.ReadBuildInfo), for
// the same main package: its path, its module, and the build settings of a cgo-less
// linux/amd64 build (gots selects files as gc does with cgo off). The text is BuildInfo's
// String form, which the program's runtime/debug parses.

import type { Package } from "./loader/index.js";

/**
 * gc's defaults for GODEBUG settings whose default changed in a Go release: a main module
 * whose go line is older gets the old value (the DefaultGODEBUG setting).
 */
const godebugChanges: { name: string; minor: number; old: string }[] = [
  { name: "asynctimerchan", minor: 23, old: "1" },
  { name: "gotypesalias", minor: 23, old: "0" },
  { name: "httplaxcontentlength", minor: 22, old: "1" },
  { name: "httpmuxgo121", minor: 22, old: "1" },
  { name: "httpservecontentkeepheaders", minor: 23, old: "1" },
  { name: "netedns0", minor: 19, old: "0" },
  { name: "panicnil", minor: 21, old: "1" },
  { name: "tls10server", minor: 22, old: "1" },
  { name: "tls3des", minor: 23, old: "1" },
  { name: "tlskyber", minor: 23, old: "0" },
  { name: "tlsrsakex", minor: 22, old: "1" },
  { name: "tlsunsafeekm", minor: 22, old: "1" },
  { name: "winreadlinkvolume", minor: 22, old: "0" },
  { name: "winsymlink", minor: 22, old: "0" },
  { name: "x509keypairleaf", minor: 23, old: "0" },
  { name: "x509negativeserial", minor: 23, old: "1" },
];

/** The DefaultGODEBUG value for a module's language version ("go1.21"); "" when nothing differs. */
export function defaultGodebug(goVersion: string): string {
  const m = /^go1\.(\d+)/.exec(goVersion);
  if (!m) return "";
  const minor = Number(m[1]);
  return godebugChanges.filter((c) => c.minor > minor).map((c) => `${c.name}=${c.old}`).join(",");
}

/** BuildInfo.String() of `go run` for the main package (without the go line, which the runtime supplies). */
export function buildInfoOf(main: Package): string {
  let s = `path\t${main.importPath}\n`;
  const mod = main.loc.module;
  // A package named by files on the command line belongs to no module's package tree.
  if (mod !== null && !main.cmdline && !main.loc.standard) s += `mod\t${mod.path}\t(devel)\t\n`;
  s += "build\t-buildmode=exe\nbuild\t-compiler=gc\n";
  const godebug = mod !== null && !main.loc.standard ? defaultGodebug(mod.goVersion) : "";
  if (godebug !== "") s += `build\tDefaultGODEBUG=${godebug}\n`;
  s += "build\tCGO_ENABLED=0\nbuild\tGOARCH=amd64\nbuild\tGOOS=linux\nbuild\tGOAMD64=v1\n";
  return s;
}
