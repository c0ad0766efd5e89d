// Unit tests for the type-checking suites' rules: which errorcheck recipes are excluded, the
// types2 testdata flag line, gc's importer errors, and failure categories.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRecipeWords, Recipe } from "./recipe.js";
import { recipeFlags } from "./suites/test-errorcheck.js";
import { parseTypes2Flags } from "./suites/types2-testdata.js";
import { gcImportError, reasonCategory } from "./typecheck.js";

const recipe = (line: string): Recipe => {
  const r = parseRecipeWords(line, line.split(" "));
  if (typeof r === "string") throw new Error(r);
  return r;
};

test("errorcheck recipe flags", () => {
  assert.deepEqual(recipeFlags(recipe("errorcheck")), { pkgPath: "p", goVersion: "", errorLimit: 0, std: false, runtime: false, complete: false, goexperiment: "" });
  const f = recipeFlags(recipe("errorcheck -d=panic -lang=go1.17 -std -complete -e=0"));
  assert.ok(!("exclude" in f));
  assert.equal(f.goVersion, "go1.17");
  assert.equal(f.errorLimit, 10);
  assert.ok(f.std && f.complete);
  const rt = recipeFlags(recipe("errorcheck -+ -p=runtime"));
  assert.ok(!("exclude" in rt) && rt.runtime && rt.std && rt.pkgPath === "runtime");
  assert.equal((recipeFlags(recipe("errorcheck -goexperiment fieldtrack")) as { goexperiment: string }).goexperiment, "fieldtrack");
  for (const [line, why] of [
    ["errorcheck -m -l", /-m: escape analysis/], ["errorcheck -live", /liveness/], ["errorcheck -d=ssa/prove/debug=1", /SSA/],
    ["errorcheck -race", /race/], ["errorcheck -d=nil", /debugging/], ["errorcheckwithauto -l -live -wb=0", /liveness/],
  ] as const) {
    const x = recipeFlags(recipe(line));
    assert.ok("exclude" in x, line);
    assert.match(x.exclude, why);
  }
});

test("types2 testdata flag lines", () => {
  assert.deepEqual(parseTypes2Flags("// -lang=go1.17\n\npackage p\n"), { lang: "go1.17", goexperiment: "", fakeImportC: false, gotypesalias: "" });
  assert.deepEqual(parseTypes2Flags("//  -fakeImportC -gotypesalias=1 -goexperiment=aliastypeparams\npackage p\n"),
    { lang: "", goexperiment: "aliastypeparams", fakeImportC: true, gotypesalias: "1" });
  assert.deepEqual(parseTypes2Flags("// Copyright - not flags\n").lang, "");
  assert.deepEqual(parseTypes2Flags("package p // -lang=go1.1\n").lang, "");
  assert.throws(() => parseTypes2Flags("// -nosuchflag\n"), /not defined/);
});

test("gc importer errors", () => {
  assert.equal(gcImportError("main", "p", true), 'cannot import "main"');
  assert.equal(gcImportError("p", "p", true), 'import "p" while compiling that package (import cycle)');
  assert.equal(gcImportError("/foo", "p", false), "import path cannot be absolute path");
  assert.equal(gcImportError("unicode//utf8", "p", false), 'non-canonical import path "unicode//utf8" (should be "unicode/utf8")');
  assert.equal(gcImportError("nosuch", "p", false), "open : no such file or directory");
  assert.equal(gcImportError("fmt", "p", true), null);
});

test("failure categories", () => {
  assert.equal(reasonCategory("package test/a: ERROR comments: 3 not matched, 12 unexpected errors"), "ERROR comments: N not matched, N unexpected errors");
  assert.equal(reasonCategory("crash: TypeError: x is undefined (at f)"), "crash (the checker threw)");
  assert.equal(reasonCategory("build constraint: //go:build 386 || arm", false), "build constraint: //go:build 386 || arm");
});
