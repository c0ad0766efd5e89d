// Unit tests for loading: std resolution (with GOROOT's vendored packages), modules, patterns,
// dependency order, and the go command's loading errors (texts checked against go build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryHost } from "./host.js";
import { Loader } from "./load.js";
import { nodeLoaderHost } from "../nodehost.js";
import { shortenPaths } from "./report.js";

/** A fake GOROOT with a few std packages, one vendored, and a cmd package. */
function fakeGoroot(extra: Record<string, string> = {}, cwd = "/home/gopher"): Loader {
  const host = memoryHost({
    "/goroot/src/go.mod": "module std\n\ngo 1.23\n",
    "/goroot/src/cmd/go.mod": "module cmd\n\ngo 1.23\n",
    "/goroot/src/fmt/print.go": 'package fmt\n\nimport (\n\t"internal/abi"\n\t"unsafe"\n)\n',
    "/goroot/src/fmt/print_test.go": "package fmt_test\n",
    "/goroot/src/internal/abi/abi.go": "package abi\n",
    "/goroot/src/internal/abi/abi_windows.go": "package abi\n",
    "/goroot/src/net/net.go": 'package net\n\nimport "golang.org/x/net/dns"\n',
    "/goroot/src/vendor/golang.org/x/net/dns/dns.go": 'package dns\n\nimport "fmt"\n',
    "/goroot/src/cmd/tool/main.go": 'package main\n\nimport "golang.org/x/tools/t"\n',
    "/goroot/src/cmd/vendor/golang.org/x/tools/t/t.go": "package t\n",
    "/goroot/src/builtin/builtin.go": "package builtin\n",
    "/goroot/src/testonly/x_test.go": "package testonly\n",
    "/goroot/src/os/testdata/bad.go": "package bad\n",
    ...extra,
  }, cwd);
  return new Loader(host, { goroot: "/goroot" });
}

test("std import paths and vendoring", () => {
  const l = fakeGoroot();
  const r = l.load(["net", "cmd/tool"]);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.packages.map((p) => p.importPath), [
    "internal/abi", "fmt", "vendor/golang.org/x/net/dns", "net", "cmd/vendor/golang.org/x/tools/t", "cmd/tool",
  ]);
  const net = r.roots[0]!;
  assert.equal(net.importMap.get("golang.org/x/net/dns")!.dir, "/goroot/src/vendor/golang.org/x/net/dns");
  assert.equal(net.goVersion, "go1.23");
  assert.ok(net.loc.standard);
  const fmt = l.cached("fmt")!;
  assert.deepEqual(fmt.imports, ["internal/abi", "unsafe"]);
  assert.ok(!fmt.importMap.has("unsafe"), "unsafe is built in");
  assert.deepEqual(l.cached("internal/abi")!.files.map((f) => f.name), ["abi.go"]);
});

test("the std pattern", () => {
  const l = fakeGoroot();
  assert.deepEqual(l.load(["std"]).roots.map((p) => p.importPath), [
    "fmt", "internal/abi", "net", "vendor/golang.org/x/net/dns",
  ]);
  assert.deepEqual(l.walkGoroot("std").map((p) => p.importPath), [
    "fmt", "internal/abi", "net", "testonly", "vendor/golang.org/x/net/dns",
  ], "test-only packages are matched, then left out of the roots");
  assert.deepEqual(l.load(["cmd"]).roots.map((p) => p.importPath), ["cmd/tool", "cmd/vendor/golang.org/x/tools/t"]);
  assert.deepEqual(l.load(["internal/..."]).roots.map((p) => p.importPath), ["internal/abi"]);
});

test("std loading errors", () => {
  const l = fakeGoroot({
    "/home/gopher/a.go": 'package main\n\nimport (\n\t"foo/bar"\n\t"example.com/zz"\n\t"internal/abi"\n)\n',
  });
  assert.deepEqual(l.load(["a.go"]).errors, [
    "a.go:5:2: no required module provides package example.com/zz: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    "a.go:4:2: package foo/bar is not in std (/goroot/src/foo/bar)",
    "package command-line-arguments\n\ta.go:6:2: use of internal package internal/abi not allowed",
  ]);
  assert.deepEqual(l.load(["nothere"]).errors, ["package nothere is not in std (/goroot/src/nothere)"]);
  assert.deepEqual(l.load(["testonly"]).roots[0]!.buildError, "no non-test Go files in /goroot/src/testonly");
  assert.deepEqual(l.load(["a.go", "b.txt"]).errors, ["named files must be .go files: b.txt"]);
  assert.deepEqual(l.load(["nothere.go"]).errors, ["no required module provides package nothere.go: go.mod file not found in current directory or any parent directory; see 'go help modules'"]);
});

test("files outside modules: relative imports, newest version", () => {
  const l = fakeGoroot({
    "/home/gopher/x/main.go": 'package main\n\nimport (\n\t"./sub"\n\t"./nope"\n)\n',
    "/home/gopher/x/sub/sub.go": 'package sub\n\nimport "fmt"\n',
  });
  const r = l.load(["x/main.go"]);
  assert.deepEqual(r.errors, ['x/main.go:5:2: cannot find package "." in:\n\t/home/gopher/x/nope']);
  const sub = l.cached("_/home/gopher/x/sub")!;
  assert.equal(sub.goVersion, "");
  assert.equal(r.roots[0]!.importPath, "command-line-arguments");
});

const modDir = `${process.cwd()}/testdata/loader/mod`;

test("a module: go.mod version, local imports, dependency order", () => {
  const l = new Loader(nodeLoaderHost(modDir), { goroot: null });
  const r = l.load(["./a"]);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.packages.map((p) => `${p.importPath} ${p.goVersion}`), ["example.com/mod/b go1.20", "example.com/mod/a go1.20"]);
  // Without a GOROOT, standard-library imports cannot be resolved.
  assert.deepEqual(l.load(["."]).errors, ["main.go:4:2: cannot find GOROOT directory: set GOROOT, pass --goroot DIR, or install Go 1.23"]);
});

test("module loading errors as go build prints them", () => {
  const l = new Loader(nodeLoaderHost(modDir), { goroot: null });
  const e = (pat: string): string[] => l.load([pat]).errors;
  assert.deepEqual(e("./cyc1"), ["package example.com/mod/cyc1\n\timports example.com/mod/cyc2\n\timports example.com/mod/cyc1: import cycle not allowed"]);
  assert.deepEqual(e("./conflict"), [`found packages one (one.go) and two (two.go) in ${modDir}/conflict`]);
  assert.deepEqual(e("./excluded"), [`package example.com/mod/excluded: build constraints exclude all Go files in ${modDir}/excluded`]);
  assert.deepEqual(e("./nested"), ["nested/nested.go:3:8: no required module provides package example.com/mod/nested/inner; to add it:\n\tgo get example.com/mod/nested/inner"]);
  assert.deepEqual(e("./useint").slice(0, 1), ["useint/useint.go:5:2: cannot find GOROOT directory: set GOROOT, pass --goroot DIR, or install Go 1.23"]);
  assert.deepEqual(e("./nope"), ["directory ./nope does not exist"]);
  assert.deepEqual(e("./testonly"), []);
  assert.equal(l.load(["./testonly"]).roots[0]!.buildError, `no non-test Go files in ${modDir}/testonly`);
  assert.deepEqual(l.load(["./..."]).roots.map((p) => p.importPath), [
    "example.com/mod", "example.com/mod/a", "example.com/mod/b", "example.com/mod/conflict", "example.com/mod/cyc1",
    "example.com/mod/cyc2", "example.com/mod/internal/secret", "example.com/mod/nested", "example.com/mod/syntaxerr", "example.com/mod/useint",
  ]);
});

test("the internal-package rule", () => {
  const l = fakeGoroot({
    "/home/gopher/go.mod": "module example.com/w\n",
    "/home/gopher/internal/x/x.go": "package x\n",
    "/home/gopher/a/a.go": 'package a\n\nimport _ "example.com/w/internal/x"\n',
    "/other/go.mod": "module example.com/other\n",
    "/other/o.go": 'package o\n\nimport _ "example.com/w/internal/x"\n',
  });
  assert.deepEqual(l.load(["./a"]).errors, []);
  assert.deepEqual(l.load(["/other"]).errors, [
    "/other/o.go:3:8: no required module provides package example.com/w/internal/x; to add it:\n\tgo get example.com/w/internal/x",
  ]);
});

test("paths in compiler output are shortened like the go command's", () => {
  assert.equal(shortenPaths("/w/m/a/x.go:1:2: bad\n\t/w/m/b/y.go:3:4: other", "/w/m/a", "/w/m/a"), "./x.go:1:2: bad\n\t../b/y.go:3:4: other");
  assert.equal(shortenPaths("/w/m/a/x.go:1:2: bad", "/w/m/a", "/w/m"), "a/x.go:1:2: bad");
  assert.equal(shortenPaths("/usr/lib/go/src/fmt/x.go:1:2: bad", "/usr/lib/go/src/fmt", "/home/me/deep/er/still"), "/usr/lib/go/src/fmt/x.go:1:2: bad");
});
