// Unit tests of generator-closure lifting on hand-built JS: which literals are lifted, how
// `go lit(args)` and other uses are rewritten, and which stay in place.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as J from "../js/index.js";
import { liftGenerators } from "./lift.js";

const id = J.ident;
const use = (...xs: string[]): J.Stmt => J.exprStmt(J.yield_(J.call(id("use"), xs.map((x) => id(x))), true));
const gen = (name: string, params: string[], body: J.Stmt[]): J.Func => J.func(name, params, body, { generator: true });

function lifted(body: J.Stmt[]): string {
  const out = liftGenerators([J.funcDecl("T", [], body, { generator: true })], "$go");
  return out.map((s) => J.printStmt(s)).join("\n");
}

test("a literal reading variables that never change is lifted; go passes them first", () => {
  const s = lifted([
    J.let_("a", J.num(1)),
    J.const_("f", gen("lit1", [], [use("a")])),
    J.exprStmt(J.call(id("$go"), [gen("lit2", ["x"], [use("a", "x")]), J.array([J.num(5)])])),
  ]);
  assert.match(s, /const f = \(\) => lit1\(a\);/);
  assert.match(s, /\$go\(lit2, \[a, 5\]\);/);
  assert.match(s, /function\* lit1\(a\) \{/);
  assert.match(s, /function\* lit2\(a, x\) \{/);
});

test("a literal capturing a reassigned variable stays where it is", () => {
  const s = lifted([
    J.let_("b", J.num(1)),
    J.exprStmt(J.assign(id("b"), J.num(2))),
    J.const_("g", gen("lit3", [], [use("b")])),
  ]);
  assert.match(s, /const g = function\* lit3\(\)/);
  assert.doesNotMatch(s, /^function\* lit3/m);
});

test("a literal naming itself (recover's test) stays where it is", () => {
  const s = lifted([J.const_("h", gen("lit4", [], [use("lit4")]))]);
  assert.match(s, /const h = function\* lit4\(\)/);
});

test("a for-let loop variable stepped only by the loop's update is captured by value", () => {
  const loop = (extra: J.Stmt[]): J.Stmt => J.for_(J.let_("i", J.num(0)), J.binary(J.BinOp.Lt, id("i"), J.num(3)), J.update(true, false, id("i")),
    J.block([J.exprStmt(J.call(id("$go"), [gen("lit5", [], [use("i")]), J.array([])])), ...extra]));
  assert.match(lifted([loop([])]), /\$go\(lit5, \[i\]\)/);
  // Assigned in the body too: the goroutine must see its own iteration's variable change.
  assert.match(lifted([loop([J.exprStmt(J.assign(id("i"), J.num(1), J.BinOp.Add))])]), /\$go\(function\* lit5\(\)/);
});

test("nested literals: the outer one captures what the inner one needs", () => {
  const s = lifted([
    J.let_("c", J.num(1)),
    J.const_("o", gen("outer", ["k"], [J.const_("inn", gen("inner", [], [use("c", "k")])), use("inn")])),
  ]);
  assert.match(s, /function\* outer\(c, k\) \{/);
  assert.match(s, /const inn = \(\) => inner\(c, k\);/);
  assert.match(s, /function\* inner\(c, k\) \{/);
});

test("globals and plain functions are left alone", () => {
  const s = lifted([J.const_("p", J.func("plain", [], [J.exprStmt(J.call(id("globalF"), []))]))]);
  assert.match(s, /const p = function plain\(\)/);
});
