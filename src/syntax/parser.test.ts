// Unit tests for the parser: the shapes it builds (checked through the short-form printer and
// node kinds), gc's decisions on ambiguous syntax, positions, and error recovery.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSource, formatDiagnostic } from "../driver.js";
import { exprString, nodeString } from "./printer.js";
import { NodeKind, FuncDecl, VarDecl, TypeDecl, Expr, Stmt, BlockStmt } from "./nodes.js";

/** The printer's output is a byte string: decode it for comparison with test text. */
const text = (s: string) => Buffer.from(s, "latin1").toString("utf8");

function parseOk(src: string) {
  const r = parseSource("x.go", src);
  assert.deepEqual(r.diagnostics.map((d) => formatDiagnostic(d)), [], `errors in ${JSON.stringify(src)}`);
  return r;
}

/** Parses `var _ = EXPR` and returns the expression. */
function parseExpr(x: string): Expr {
  const f = parseOk(`package p; var _ = ${x}`).file;
  return (f.declList[0] as VarDecl).values!;
}

function parseStmts(body: string): readonly Stmt[] {
  const f = parseOk(`package p; func f() {\n${body}\n}`).file;
  return (f.declList[0] as FuncDecl).body!.list;
}

function expectErrors(src: string, ...want: string[]): void {
  const r = parseSource("x.go", src);
  assert.deepEqual(r.diagnostics.map((d) => formatDiagnostic(d)), want);
}

test("binary precedence and printing", () => {
  assert.equal(exprString(parseExpr("a + b * c")), "a + b * c");
  const x = parseExpr("a || b && c == d + e * -f");
  assert.equal(x.kind, NodeKind.Operation);
  assert.equal(exprString(x), "a || b && c == d + e * -f");
  const y = parseExpr("a * b + c") as any;
  assert.equal(exprString(y.x), "a * b"); // left operand binds tighter
  const z = parseExpr("a - b - c") as any;
  assert.equal(exprString(z.x), "a - b"); // left associative
});

test("primary expressions", () => {
  for (const s of [
    "f(a, b...)", "x.y.z", "a[i]", "a[i:j]", "a[i:j:k]", "a[:]", "x.(T)", "m[K, V]",
    "[]int{…}", "map[string]int{}", "func(x int) int {…}", "struct{a, b int; c string \"tag\"}{}",
    "<-ch", "*p", "&T{…}", "chan<- int(nil)", "interface{m(); ~int | string}(nil)",
  ]) {
    const src = s.replace("func(x int) int {…}", "func(x int) int { return 1 }").replace("&T{…}", "&T{1}").replace("[]int{…}", "[]int{1, 2}");
    assert.equal(text(exprString(parseExpr(src))), s);
  }
});

test("receive versus channel types", () => {
  assert.equal(parseExpr("<-ch").kind, NodeKind.Operation);
  const c = parseExpr("(<-chan int)(nil)") as any;
  assert.equal(exprString(c), "(<-chan int)(nil)");
  const d = parseExpr("<-chan chan<- int(nil)") as any;
  assert.equal(d.kind, NodeKind.Operation); // a receive from a conversion
  const f = parseOk("package p; var a <-chan <-chan int; var b chan (<-chan int)").file;
  assert.equal(exprString((f.declList[0] as VarDecl).type!), "<-chan <-chan int");
  assert.equal(exprString((f.declList[1] as VarDecl).type!), "chan (<-chan int)");
});

test("composite literal ambiguity in control clauses", () => {
  // T{} in an if header: { opens the block, as in gc.
  expectErrors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
    "x.go:3:14: syntax error: unexpected { at end of statement",
    "x.go:5:1: syntax error: non-declaration statement outside function body");
  parseOk("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []T{{1}} { _ = v }\n}\n");
  parseOk("package p\nfunc f() {\n\tswitch x := (T{}); x {\n\t}\n\tif f(T{}) {\n\t}\n}\n");
});

test("type parameter lists versus array types", () => {
  const decls = parseOk("package p\ntype A[N]int\ntype B[P any] int\ntype C[P *int,] int\ntype D[P *T|~U] int\ntype E [N*M|U]int\ntype F[P interface{}] struct{}").file.declList.map((d) => d as TypeDecl);
  assert.equal(decls[0]!.tParamList, null);
  assert.equal(decls[0]!.type.kind, NodeKind.ArrayType);
  assert.equal(decls[1]!.tParamList!.length, 1);
  assert.equal(decls[2]!.tParamList!.length, 1);
  assert.equal(exprString(decls[2]!.tParamList![0]!.type), "*int");
  assert.equal(exprString(decls[3]!.tParamList![0]!.type), "*T | ~U");
  assert.equal(decls[4]!.tParamList, null); // N*M|U could be a value: an array length, as in gc
  assert.equal(decls[4]!.type.kind, NodeKind.ArrayType);
  assert.equal(decls[5]!.tParamList!.length, 1);
});

test("statements", () => {
  const s = parseStmts("x := 1\nx++\nx += 2\nch <- x\na, b = b, a\nfor i := range 10 {}\nfor k, v := range m {}\nfor {}\nswitch y := x.(type) {}\nselect { case v := <-c: _ = v; default: }\ngo f()\ndefer g()\nL: for { break L }\ngoto M\nM: return");
  const kinds = s.map((x) => NodeKind[x.kind]);
  assert.deepEqual(kinds, ["AssignStmt", "AssignStmt", "AssignStmt", "SendStmt", "AssignStmt", "ForStmt", "ForStmt", "ForStmt",
    "SwitchStmt", "SelectStmt", "CallStmt", "CallStmt", "LabeledStmt", "BranchStmt", "LabeledStmt"]);
  assert.equal(nodeString(s[0]!), "x := 1");
  assert.equal(nodeString(s[1]!), "x++");
  assert.equal(nodeString(s[2]!), "x += 2");
  assert.equal(nodeString(s[4]!), "a, b = b, a");
  const r = s[6] as any;
  assert.equal(nodeString(r.init), "k, v := range m");
  const sw = s[8] as any;
  assert.equal(sw.tag.kind, NodeKind.TypeSwitchGuard);
  assert.equal(sw.tag.lhs.value, "y");
});

test("positions follow gc", () => {
  const r = parseOk("package p\nvar _ = a + b.c(d)[e]");
  const x = (r.file.declList[0] as VarDecl).values as any;
  const col = (pos: number) => r.source.lineCol(pos - r.source.base).col;
  assert.equal(col(x.pos), 11);      // binary operation: at the operator
  assert.equal(col(x.y.pos), 19);    // index expression: at '['
  assert.equal(col(x.y.x.pos), 16);  // call: at '('
  assert.equal(col(x.y.x.fun.pos), 14); // selector: at '.'
});

test("error recovery reports several errors without cascades", () => {
  expectErrors("package p\n\nfunc f() {\n\tx := [1, 2}\n\ty := 3 +\n}\n\nfunc g() {\n\treturn 1 2\n}\n",
    // (checked against gc: the stray } ends f, so y := ... is outside any function)
    "x.go:4:9: syntax error: unexpected comma; expected ]",
    "x.go:5:2: syntax error: non-declaration statement outside function body",
    "x.go:9:11: syntax error: unexpected literal 2 at end of statement");
});

test("never crashes on truncated input", () => {
  const src = "package p\nimport \"fmt\"\ntype T[P any] struct{ a []map[string]chan<- *P `tag` }\nfunc (t *T[P]) m(x ...int) (r int, err error) {\n\tfor i := range x { if v, ok := <-c; ok { r += i } else { goto L } }\nL:\n\tswitch y := t.(type) { case nil: fallthrough; default: }\n\treturn\n}\n";
  for (let i = 0; i <= src.length; i++) parseSource("x.go", src.slice(0, i));
  assert.ok(true);
});

test("//line directives adjust reported positions", () => {
  // without a column in the directive, gc prints no column
  expectErrors("package p\n\n//line foo.go:100\nvar x = )\n", "foo.go:100: syntax error: unexpected ), expected expression");
  expectErrors("package p\n\n/*line bar.go:7:3*/var y = )\n", "bar.go:7:11: syntax error: unexpected ), expected expression");
  expectErrors("package p\n//line foo.go:x\nvar z = 1\n", "x.go:2:15: invalid line number: x");
});

test("build constraint sets the file's Go version", () => {
  const f = parseOk("//go:build go1.21 && !windows\n\npackage p\n").file;
  assert.equal(f.goVersion, "go1.21");
});

export type { BlockStmt };
