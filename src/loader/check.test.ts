// Unit tests for checking in dependency order through an injected checker: order, importers,
// packages after failed dependencies, syntax errors stopping the check, and gc's error limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Diagnostic } from "../diag/index.js";
import { FileSet } from "../source/index.js";
import { File } from "../syntax/index.js";
import { CheckConfig, PackageChecker } from "./check.js";
import { memoryHost } from "./host.js";
import { Loader } from "./load.js";
import { formatCompileErrors } from "./report.js";

interface Fake { path: string; imports: string[] }

function setup(files: Record<string, string>): Loader {
  return new Loader(memoryHost({ "/goroot/src/go.mod": "module std\n\ngo 1.23\n", ...files }, "/w"), { goroot: "/goroot" });
}

/** A fake checker: imports every package the files import, reports "bad" identifiers. */
function fakeCheck(order: string[]) {
  return (path: string, files: File[], config: CheckConfig<Fake>, _fset: FileSet): { pkg: Fake; diagnostics: Diagnostic[] } => {
    order.push(`${path}@${config.goVersion}${config.ignoreFuncBodies ? " nobodies" : ""}`);
    const diagnostics: Diagnostic[] = [];
    const imports: string[] = [];
    for (const f of files) {
      for (const m of f.source.text.matchAll(/import "([^"]+)"/g)) {
        const r = config.importer.importPackage(m[1]!, "");
        imports.push("error" in r ? `error: ${r.error}` : r.path);
      }
      for (const m of f.source.text.matchAll(/bad\d*/g)) diagnostics.push({ source: f.source, offset: m.index, message: `undefined: ${m[0]}`, kind: "type" });
    }
    return { pkg: { path, imports }, diagnostics };
  };
}

test("dependency order, importers, language versions", () => {
  const l = setup({
    "/goroot/src/errors/errors.go": "package errors\n",
    "/goroot/src/fmt/fmt.go": 'package fmt\nimport "errors"\n',
    "/w/go.mod": "module m\ngo 1.21\n",
    "/w/a/a.go": 'package a\nimport "fmt"\nimport "m/b"\n',
    "/w/b/b.go": 'package b\nimport "errors"\nimport "unsafe"\n',
  });
  const res = l.load(["./a"]);
  assert.deepEqual(res.errors, []);
  const order: string[] = [];
  const c = new PackageChecker(fakeCheck(order), l.fset, { errorLimit: 10, ignoreFuncBodies: (p) => p.loc.standard });
  const out = c.checkAll(res.roots);
  assert.deepEqual(order, ["errors@go1.23 nobodies", "fmt@go1.23 nobodies", "m/b@go1.21", "m/a@go1.21"]);
  assert.deepEqual(out.map((r) => `${r.pkg.importPath} ${r.status}`), ["errors ok", "fmt ok", "m/b ok", "m/a ok"]);
  assert.deepEqual(out[3]!.checked!.imports, ["fmt", "m/b"]);
  assert.deepEqual(out[2]!.checked!.imports, ["errors", "error: package unsafe was not loaded"]);
});

test("errors: dependents are not checked, the limit, syntax errors stop", () => {
  const l = setup({
    "/w/go.mod": "module m\n",
    "/w/a/a.go": 'package a\nimport "m/b"\n',
    "/w/b/b.go": "package b\n" + Array.from({ length: 12 }, (_, i) => `var x${i} = bad${i}\n`).join(""),
    "/w/s/s.go": "package s\nvar x = )\nvar y = bad\n",
  });
  const res = l.load(["./a", "./s"]);
  const order: string[] = [];
  const c = new PackageChecker(fakeCheck(order), l.fset, { errorLimit: 10 });
  const out = c.checkAll(res.roots);
  assert.deepEqual(out.map((r) => `${r.pkg.importPath} ${r.status}`), ["m/b errors", "m/a depFailed", "m/s errors"]);
  assert.deepEqual(order, ["m/b@go1.16"], "no check after a failed dependency or a syntax error");
  const b = formatCompileErrors(out[0]!.pkg, out[0]!.diagnostics, "/w").split("\n");
  assert.equal(b.length, 12);
  assert.equal(b[0], "# m/b");
  assert.equal(b[1], "b/b.go:2:10: undefined: bad0");
  assert.equal(b[11], "b/b.go:11:10: too many errors");
  assert.equal(formatCompileErrors(out[2]!.pkg, out[2]!.diagnostics, "/w/s"), "# m/s\n./s.go:2:9: syntax error: unexpected ), expected expression");
  // Without a limit (gc -e), and checking past failures.
  const all = new PackageChecker(fakeCheck([]), l.fset, { errorLimit: 0, checkAfterFailedDeps: true }).checkAll(res.roots);
  assert.equal(all[0]!.diagnostics.length, 12);
  assert.equal(all[1]!.status, "ok");
});

test("files are ordered by their first reported error, as gc orders them", () => {
  const l = setup({
    "/w/go.mod": "module m\n",
    "/w/o/a.go": "package o\n\nfunc f() { _ = bad1 }\n",
    "/w/o/b.go": "package o\n\nvar _ = bad2\n",
  });
  const res = l.load(["./o"]);
  // The fake checker reports in file order; a real one reports b.go's package-level error first.
  const reversed = (path: string, files: File[], config: CheckConfig<Fake>, fset: FileSet) => {
    const r = fakeCheck([])(path, files, config, fset);
    return { pkg: r.pkg, diagnostics: r.diagnostics.reverse() };
  };
  const out = new PackageChecker(reversed, l.fset, { errorLimit: 10 }).checkAll(res.roots);
  assert.equal(formatCompileErrors(out[0]!.pkg, out[0]!.diagnostics, "/w/o"), "# m/o\n./b.go:3:9: undefined: bad2\n./a.go:3:16: undefined: bad1");
});
