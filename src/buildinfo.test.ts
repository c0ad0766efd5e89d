// Tests for src/buildinfo.ts against what gc's go run records (checked with Go 1.23.5 and
// CGO_ENABLED=0): the path and module lines, and DefaultGODEBUG for older go lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildInfoOf, defaultGodebug } from "./buildinfo.js";
import type { Package } from "./loader/index.js";

const settings = "build\t-buildmode=exe\nbuild\t-compiler=gc\n";
const tail = "build\tCGO_ENABLED=0\nbuild\tGOARCH=amd64\nbuild\tGOOS=linux\nbuild\tGOAMD64=v1\n";

function pkg(importPath: string, cmdline: boolean, module: { path: string; goVersion: string } | null): Package {
  return { importPath, cmdline, loc: { importPath, dir: "/m", module: module && { ...module, root: "/m", errors: [] }, standard: false, local: module === null } } as unknown as Package;
}

test("a package of a module: its path and the module as (devel)", () => {
  assert.equal(buildInfoOf(pkg("example.com/bi", false, { path: "example.com/bi", goVersion: "go1.23" })),
    "path\texample.com/bi\nmod\texample.com/bi\t(devel)\t\n" + settings + tail);
});

test("files named on the command line: command-line-arguments, no module line", () => {
  assert.equal(buildInfoOf(pkg("command-line-arguments", true, null)), "path\tcommand-line-arguments\n" + settings + tail);
  assert.equal(buildInfoOf(pkg("command-line-arguments", true, { path: "example.com/bi", goVersion: "go1.23" })),
    "path\tcommand-line-arguments\n" + settings + tail);
});

test("DefaultGODEBUG lists the settings whose default changed after the module's go line", () => {
  assert.equal(defaultGodebug("go1.23"), "");
  assert.equal(defaultGodebug("go1.22"), "asynctimerchan=1,gotypesalias=0,httpservecontentkeepheaders=1,tls3des=1,tlskyber=0,x509keypairleaf=0,x509negativeserial=1");
  assert.equal(defaultGodebug("go1.21"), "asynctimerchan=1,gotypesalias=0,httplaxcontentlength=1,httpmuxgo121=1,httpservecontentkeepheaders=1,tls10server=1,tls3des=1,tlskyber=0,tlsrsakex=1,tlsunsafeekm=1,winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1");
  assert.equal(defaultGodebug("go1.18").split(",").length, 16);
  const info = buildInfoOf(pkg("example.com/bi", false, { path: "example.com/bi", goVersion: "go1.22" }));
  assert.match(info, /\nbuild\tDefaultGODEBUG=asynctimerchan=1,.*x509negativeserial=1\nbuild\tCGO_ENABLED=0\n/);
});
