// Unit tests for recipe.ts: constraint parsing and evaluation, recipe lines, quoting, and the
// harness's decision per file. Cases mirror headers found in $GOROOT/test.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BuildContext, defaultBuildContext, errorcheckFlags, evalConstraint, findRecipeLine, goTrimSpace,
  isGoBuild, isPlusBuild, matchTag, parseConstraint, ConstraintSyntaxError, selectTest, shouldTest,
  splitQuoted, TestSelection,
} from "./recipe.js";

const ctx: BuildContext = defaultBuildContext();

function evalLine(line: string, c: BuildContext = ctx): boolean {
  const x = parseConstraint(line);
  assert.ok(x, `not a constraint: ${line}`);
  return evalConstraint(x, (t) => matchTag(c, t));
}

function recipeOf(s: TestSelection) {
  assert.equal(s.status, "test", JSON.stringify(s));
  return (s as Extract<TestSelection, { status: "test" }>).recipe;
}

test("constraint line recognition", () => {
  assert.ok(isGoBuild("//go:build linux"));
  assert.ok(isGoBuild("//go:build"));
  assert.ok(isGoBuild("//go:build linux\r"));
  assert.ok(!isGoBuild("//go:buildlinux"));
  assert.ok(!isGoBuild(" //go:build linux"));
  assert.ok(!isGoBuild("// go:build linux"));
  assert.ok(isPlusBuild("// +build linux"));
  assert.ok(isPlusBuild("//+build linux"));
  assert.ok(isPlusBuild("//   +build"));
  assert.ok(!isPlusBuild("// +builder"));
  assert.ok(!isPlusBuild("/* +build linux */"));
  assert.equal(parseConstraint("// run"), null);
});

test("go:build expressions", () => {
  assert.equal(evalLine("//go:build amd64"), true);
  assert.equal(evalLine("//go:build !wasm"), true);
  assert.equal(evalLine("//go:build linux && amd64"), true);
  assert.equal(evalLine("//go:build (linux && ppc64le) || (darwin && amd64)"), false);
  assert.equal(evalLine("//go:build ((linux && amd64) || (darwin && amd64)) && cgo"), true);
  assert.equal(evalLine("//go:build !nacl && !js && !wasip1 && gc"), true);
  assert.equal(evalLine("//go:build !gccgo"), true);
  assert.equal(evalLine("//go:build go1.21"), true);
  assert.equal(evalLine("//go:build go1.24"), false);
  assert.equal(evalLine("//go:build ignore"), false);
  assert.equal(evalLine("//go:build test_run"), true);
  assert.equal(evalLine("//go:build !aix && (!darwin || !arm64) && (!windows || !arm64)"), true);
});

test("tags the harness does not know are false", () => {
  assert.equal(matchTag(ctx, "unix"), false);
  assert.equal(matchTag(ctx, "gccgo"), false);
  assert.equal(matchTag(ctx, "race"), false);
  assert.equal(matchTag(ctx, "amd64.v1"), false, "only goexperiment.* tool tags count");
  assert.equal(matchTag(ctx, "goexperiment.regabiargs"), true);
  assert.equal(matchTag(ctx, "goexperiment.newinliner"), false);
  assert.equal(matchTag(ctx, "gcflags_noopt"), false);
  assert.equal(matchTag({ ...ctx, noOptEnv: true }, "gcflags_noopt"), true);
  assert.equal(matchTag({ ...ctx, cgoEnabled: false }, "cgo"), false);
  assert.equal(matchTag(ctx, ""), false);
  assert.equal(matchTag(ctx, "a-b"), false);
});

test("go:build syntax errors", () => {
  for (const bad of ["//go:build linux &&", "//go:build (linux", "//go:build !!linux", "//go:build a & b", "//go:build a b", "//go:build bad // ERROR \"x\""]) {
    assert.throws(() => parseConstraint(bad), ConstraintSyntaxError, bad);
  }
  // A malformed constraint line is ignored by the harness, not treated as false.
  assert.deepEqual(shouldTest("//go:build bad // ERROR \"misplaced compiler directive\"\n", ctx), { ok: true });
});

test("+build lines", () => {
  assert.equal(evalLine("// +build linux,amd64"), true);
  assert.equal(evalLine("// +build linux,386 darwin"), false);
  assert.equal(evalLine("// +build !windows"), true);
  assert.equal(evalLine("// +build !!linux"), false, "!! selects the ignore tag");
  assert.equal(evalLine("// +build"), false, "an empty +build line means ignore");
  assert.equal(evalLine("// +build a-b"), false);
});

test("shouldTest stops at the package clause and reports the false line", () => {
  assert.deepEqual(shouldTest("// run\n\n//go:build js\n", ctx), { ok: false, why: "//go:build js" });
  assert.deepEqual(shouldTest("// run\npackage main\n//go:build js\n", ctx), { ok: true });
  assert.deepEqual(shouldTest("//go:build cgo\n// +build windows\n", ctx), { ok: false, why: "// +build windows" });
});

test("splitQuoted", () => {
  assert.deepEqual(splitQuoted("run"), ["run"]);
  assert.deepEqual(splitQuoted("  run   -gcflags=-l  x "), ["run", "-gcflags=-l", "x"]);
  assert.deepEqual(splitQuoted("run -gcflags='all=-N -l'"), ["run", "-gcflags=all=-N -l"]);
  assert.deepEqual(splitQuoted('run -gcflags="-d=checkptr"'), ["run", "-gcflags=-d=checkptr"]);
  assert.deepEqual(splitQuoted('a "" b'), ["a", "", "b"]);
  assert.deepEqual(splitQuoted("a\\ b c"), ["a b", "c"]);
  assert.deepEqual(splitQuoted("a 'it\"s'"), ["a", 'it"s']);
  assert.throws(() => splitQuoted("run 'x"), /unclosed quote/);
  assert.throws(() => splitQuoted("run x\\"), /unfinished escaping/);
});

test("findRecipeLine skips constraints and blank lines", () => {
  assert.equal(findRecipeLine("// run\n\npackage main\n"), "run");
  assert.equal(findRecipeLine("//go:build cgo\n\n// errorcheck -0 -m\n"), "errorcheck -0 -m");
  assert.equal(findRecipeLine("// +build linux\n//\n//   compile  \n"), "compile");
  assert.equal(findRecipeLine("//go:build ignore\n\n// Copyright 2014\n"), "Copyright 2014");
  assert.equal(findRecipeLine("package main\n"), "package main");
  assert.equal(findRecipeLine("\n\n"), "");
});

test("selectTest: actions and harness options", () => {
  let r = recipeOf(selectTest("// run\n\npackage main\n", ctx));
  assert.equal(r.action, "run");
  assert.equal(r.wantError, false);
  assert.deepEqual(r.flags, []);
  assert.deepEqual(r.args, []);

  r = recipeOf(selectTest("// errorcheck -0 -m -l\n\npackage p\n", ctx));
  assert.equal(r.action, "errorcheck");
  assert.equal(r.wantError, false);
  assert.deepEqual(r.flags, ["-m", "-l"]);

  r = recipeOf(selectTest("// errorcheckwithauto -0 -l -live -wb=0 -d=ssa/insert_resched_checks/off\n\npackage main\n", ctx));
  assert.equal(r.action, "errorcheck");
  assert.equal(r.rawAction, "errorcheckwithauto");
  assert.equal(r.wantAuto, true);
  assert.deepEqual(errorcheckFlags(r), ["-l", "-live", "-wb=0", "-d=ssa/insert_resched_checks/off,ssa/check/on"]);

  r = recipeOf(selectTest("// compiledir -1 -s\n\npackage ignored\n", ctx));
  assert.equal(r.wantError, true);
  assert.equal(r.singleFilePkgs, true);

  r = recipeOf(selectTest("// run -t 10 -goexperiment fieldtrack -godebug x=1 -race a b -c\n\npackage main\n", ctx));
  assert.equal(r.timeoutSeconds, 10);
  assert.deepEqual(r.goexperiment, ["fieldtrack"]);
  assert.deepEqual(r.godebug, ["x=1"]);
  assert.deepEqual(r.flags, ["-race"]);
  assert.deepEqual(r.args, ["a", "b", "-c"], "flags stop at the first non-flag word");
  assert.deepEqual(errorcheckFlags(recipeOf(selectTest("// errorcheck\npackage p\n", ctx))), ["-d=ssa/check/on"]);

  r = recipeOf(selectTest("// run cmplxdivide1.go\n\npackage main\n", ctx));
  assert.deepEqual(r.args, ["cmplxdivide1.go"]);
});

test("selectTest: skips and harness errors", () => {
  assert.deepEqual(selectTest("// skip\n\npackage main\n", ctx), { status: "skip", reason: "recipe: skip" });
  assert.deepEqual(selectTest("//go:build ignore\n\n// Copyright\n\npackage main\n", ctx),
    { status: "skip", reason: "build constraint: //go:build ignore" });
  assert.deepEqual(selectTest("//go:build js\n\n// run\n\npackage main\n", ctx),
    { status: "skip", reason: "build constraint: //go:build js" });
  assert.equal(selectTest("\n// run\n", ctx).status, "harnessError");
  assert.equal(selectTest("// frobnicate\npackage main\n", ctx).status, "harnessError");
  assert.equal(selectTest("// run -t x\npackage main\n", ctx).status, "harnessError");
  assert.equal(selectTest("// run 'x\npackage main\n", ctx).status, "harnessError");
  // Without "\npackage", only the recipe line is checked for constraints.
  assert.equal(selectTest("// errorcheck\n//go:build js\nfunc f() {}\n", ctx).status, "test");
  assert.equal(selectTest("// errorcheck\n//go:build js\npackagex\n", ctx).status, "skip", "\"\\npackage\" is a plain substring match");
});

test("goTrimSpace uses Go's space set", () => {
  assert.equal(goTrimSpace("\u0085 x \u00a0"), "x");
  assert.equal(goTrimSpace("\ufeffx"), "\ufeffx", "U+FEFF is not space in Go");
});
