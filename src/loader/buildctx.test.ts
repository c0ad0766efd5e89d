// Unit tests for file selection: file-name suffixes, tags, file headers and build
// constraints, and a directory scan checked against `go list` (linux/amd64, CGO_ENABLED=0).
import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultBuildContext, goodOSArchFile, matchTag, readHeader, shouldBuild, evalPlusBuild } from "./buildctx.js";
import { scanDir, scanPackageClause, unquoteImportPath } from "./dirscan.js";
import { nodeLoaderHost } from "../nodehost.js";

const ctx = defaultBuildContext();
const ok = (text: string): boolean | string => {
  const r = shouldBuild(ctx, readHeader(text));
  return "error" in r ? r.error : r.ok;
};

test("file name suffixes", () => {
  const cases: [string, boolean][] = [
    ["a.go", true], ["a_linux.go", true], ["a_windows.go", false], ["a_amd64.go", true], ["a_arm64.go", false],
    ["a_linux_amd64.go", true], ["a_linux_arm64.go", false], ["a_windows_amd64.go", false],
    ["a_linux_test.go", true], ["a_windows_test.go", false], ["a_windows_amd64_test.go", false],
    ["linux.go", true], ["windows.go", true], ["amd64.go", true], ["x_unknownos.go", true],
    ["a_js_wasm.go", false], ["a_wasip1.go", false], ["a_amd64p32.go", false], ["a_ios.go", false],
    ["a_linux.s", true], ["a_test.go", true], ["a_foo_windows.go", false], ["a_windows.foo.go", false],
  ];
  for (const [name, want] of cases) assert.equal(goodOSArchFile(ctx, name), want, name);
});

test("tags", () => {
  for (const t of ["linux", "amd64", "unix", "gc", "go1.1", "go1.23", "amd64.v1", "goexperiment.regabiargs"]) assert.ok(matchTag(ctx, t), t);
  for (const t of ["cgo", "windows", "go1.24", "gccgo", "ignore", "amd64.v2", "race", "purego", "goexperiment.rangefunc"]) assert.ok(!matchTag(ctx, t), t);
  assert.ok(matchTag({ ...ctx, cgoEnabled: true }, "cgo"));
  assert.ok(matchTag({ ...ctx, buildTags: ["purego"] }, "purego"));
});

test("//go:build lines", () => {
  assert.equal(ok("//go:build linux\n\npackage p\n"), true);
  assert.equal(ok("//go:build !linux\n\npackage p\n"), false);
  assert.equal(ok("//go:build (linux || windows) && !cgo\npackage p\n"), true);
  assert.equal(ok("// Copyright\n\n//go:build ignore\n\npackage p\n"), false);
  // Only before the package clause, and not inside a /* */ comment.
  assert.equal(ok("package p\n\n//go:build ignore\n"), true);
  assert.equal(ok("/*\n//go:build ignore\n*/\npackage p\n"), true);
  assert.equal(ok("//go:buildignore\npackage p\n"), true);
  assert.equal(ok("//go:build linux\n//go:build amd64\npackage p\n"), "multiple //go:build comments");
  assert.equal(ok("//go:build linux &&\npackage p\n"), "parsing //go:build line: invalid syntax");
  // A //go:build line overrides // +build lines.
  assert.equal(ok("// +build windows\n\n//go:build linux\n\npackage p\n"), true);
});

test("// +build lines", () => {
  assert.equal(ok("// +build linux\n\npackage p\n"), true);
  assert.equal(ok("// +build windows\n\npackage p\n"), false);
  assert.equal(ok("// +build windows linux\n\npackage p\n"), true);
  assert.equal(ok("// +build linux,386\n\npackage p\n"), false);
  assert.equal(ok("// +build linux\n// +build 386\n\npackage p\n"), false);
  // Must be followed by a blank line before the code.
  assert.equal(ok("// +build windows\npackage p\n"), true);
  assert.equal(ok("// +build windows\n// more\n\npackage p\n"), false);
  assert.equal(evalPlusBuild("// +build !bad-tag", (t) => matchTag(ctx, t)), true);
  assert.equal(evalPlusBuild("// +build !!linux", (t) => matchTag(ctx, t)), false);
});

test("package clause and imports", () => {
  const c = scanPackageClause('// c\n/* x\n*/ package p // x\n\nimport "fmt"\nimport (\n\tx "a/b"\n\t. "c"\n\t_ `d`\n)\nimport "C"\nfunc f() {}\n');
  assert.deepEqual(c, { name: "p", imports: ["fmt", "a/b", "c", "d", "C"], importsC: true });
  assert.equal(scanPackageClause("func f() {}\n").name, "");
  assert.equal(unquoteImportPath('"a\\x2fb"'), "a/b");
});

test("directory scan matches go list", () => {
  const s = scanDir(nodeLoaderHost(), ctx, `${process.cwd()}/testdata/loader/sel`);
  assert.equal(s.name, "sel");
  assert.deepEqual(s.goFiles.map((f) => f.name), [
    "a.go", "a_linux.go", "a_linux_amd64.go", "after_package.go", "gobuild_wins.go", "in_block.go", "linux.go",
    "plus_noblank.go", "tag_nocgo.go", "tag_unix.go", "x_unknownos.go",
  ]);
  assert.deepEqual(s.ignoredGoFiles.slice().sort(), [
    "a_arm64.go", "a_linux_arm64.go", "a_windows.go", "a_windows_amd64.go", "cgo.go", "doc.go", "plus_notlinux.go",
    "plus_two.go", "tag_cgo.go", "tag_go124.go", "tag_ignore.go",
  ]);
  assert.deepEqual(s.testGoFiles, ["a_amd64_test.go", "b_test.go"]);
  assert.equal(s.conflict, null);
});
