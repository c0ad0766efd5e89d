// Printer tests: parenthesisation for precedence, associativity and grammar restrictions
// (checked as text and, where it matters, by evaluating the output), statement layout in both
// modes, and a random-expression check that printing preserves meaning.
import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import * as j from "./index.js";
import { BinOp, UnOp, type Expr } from "./index.js";
import { rng } from "../testutil/rng.js";

const a = j.ident("a"), b = j.ident("b"), c = j.ident("c"), f = j.ident("f"), x = j.ident("x");
const bin = j.binary;
const pe = (e: Expr, minify = false): string => j.printExpr(e, { minify });
const evalExpr = (code: string, env: Record<string, unknown> = {}): unknown =>
  vm.runInNewContext("(" + code + ")", { ...env });

test("associativity", () => {
  assert.equal(pe(bin(BinOp.Sub, a, bin(BinOp.Sub, b, c))), "a - (b - c)");
  assert.equal(pe(bin(BinOp.Sub, bin(BinOp.Sub, a, b), c)), "a - b - c");
  assert.equal(pe(bin(BinOp.Pow, a, bin(BinOp.Pow, b, c))), "a ** b ** c");
  assert.equal(pe(bin(BinOp.Pow, bin(BinOp.Pow, a, b), c)), "(a ** b) ** c");
  assert.equal(pe(bin(BinOp.Mul, bin(BinOp.Add, a, b), c)), "(a + b) * c");
  assert.equal(pe(bin(BinOp.Add, a, bin(BinOp.Mul, b, c))), "a + b * c");
  assert.equal(pe(j.assign(a, j.assign(b, c))), "a = b = c");
  assert.equal(pe(j.assign(a, c, BinOp.UShr)), "a >>>= c");
  assert.equal(pe(j.assign(a, c, BinOp.Nullish)), "a ??= c");
  assert.equal(pe(j.cond(j.cond(a, b, c), x, f)), "(a ? b : c) ? x : f");
  assert.equal(pe(j.cond(a, b, j.cond(c, x, f))), "a ? b : c ? x : f");
  assert.equal(pe(j.cond(a, j.seq([b, c]), x)), "a ? (b, c) : x");
  assert.equal(pe(j.seq([a, j.seq([b, c])])), "a, (b, c)");
  assert.equal(evalExpr(pe(bin(BinOp.Sub, j.num(1), bin(BinOp.Sub, j.num(2), j.num(3))))), 2);
  assert.equal(evalExpr(pe(bin(BinOp.Pow, bin(BinOp.Pow, j.num(2), j.num(3)), j.num(2)))), 64);
});

test("unary operators", () => {
  assert.equal(pe(j.neg(j.neg(x))), "- -x");
  assert.equal(pe(j.neg(j.neg(x)), true), "- -x");
  assert.equal(pe(j.neg(j.num(-1))), "- -1");
  assert.equal(pe(j.unary(UnOp.Pos, j.unary(UnOp.Pos, x))), "+ +x");
  assert.equal(pe(j.neg(j.update(false, true, x))), "- --x");
  assert.equal(pe(j.neg(j.update(false, false, x))), "-x--");
  assert.equal(pe(bin(BinOp.Add, a, j.unary(UnOp.Pos, b)), true), "a+ +b");
  assert.equal(pe(bin(BinOp.Sub, a, j.neg(b)), true), "a- -b");
  assert.equal(pe(bin(BinOp.Sub, a, j.num(-1)), true), "a- -1");
  assert.equal(pe(bin(BinOp.Add, a, j.update(true, true, b)), true), "a+ ++b");
  assert.equal(pe(bin(BinOp.Sub, j.update(false, false, a), b), true), "a-- -b");
  assert.equal(pe(bin(BinOp.Lt, a, j.not(j.update(false, true, b))), true), "a<! --b");
  assert.equal(pe(bin(BinOp.Add, a, j.unary(UnOp.Pos, b))), "a + +b");
  assert.equal(pe(j.neg(bin(BinOp.Pow, a, b))), "-(a ** b)");
  assert.equal(pe(bin(BinOp.Pow, j.num(-1), j.num(2))), "(-1) ** 2");
  assert.equal(pe(bin(BinOp.Pow, j.neg(a), j.num(2))), "(-a) ** 2");
  assert.equal(pe(bin(BinOp.Pow, j.update(true, false, a), j.num(2))), "a++ ** 2");
  assert.equal(pe(j.unary(UnOp.Typeof, a)), "typeof a");
  assert.equal(pe(j.not(j.unary(UnOp.Typeof, a)), true), "!typeof a");
  assert.equal(pe(j.unary(UnOp.Delete, j.dot(a, "b"))), "delete a.b");
  assert.equal(pe(j.unary(UnOp.Void, j.num(0))), "void 0");
  assert.equal(pe(j.not(bin(BinOp.Add, a, b))), "!(a + b)");
  assert.equal(evalExpr(pe(j.neg(j.neg(j.num(3))), true)), 3);
  assert.equal(evalExpr(pe(bin(BinOp.Pow, j.num(-2), j.num(2)))), 4);
  assert.equal(evalExpr(pe(j.neg(bin(BinOp.Pow, j.num(2), j.num(2))))), -4);
});

test("logical operators and ??", () => {
  assert.equal(pe(j.logical(BinOp.Nullish, j.logical(BinOp.LogOr, a, b), c)), "(a || b) ?? c");
  assert.equal(pe(j.logical(BinOp.Nullish, a, j.logical(BinOp.LogAnd, b, c))), "a ?? (b && c)");
  assert.equal(pe(j.logical(BinOp.LogOr, j.logical(BinOp.Nullish, a, b), c)), "(a ?? b) || c");
  assert.equal(pe(j.logical(BinOp.LogAnd, a, j.logical(BinOp.Nullish, b, c))), "a && (b ?? c)");
  assert.equal(pe(j.logical(BinOp.Nullish, j.logical(BinOp.Nullish, a, b), c)), "a ?? b ?? c");
  assert.equal(pe(j.logical(BinOp.LogOr, a, j.logical(BinOp.LogAnd, b, c))), "a || b && c");
  assert.equal(pe(j.logical(BinOp.LogAnd, j.logical(BinOp.LogOr, a, b), c)), "(a || b) && c");
  assert.equal(pe(bin(BinOp.In, a, b)), "a in b");
  assert.equal(pe(bin(BinOp.Instanceof, a, b), true), "a instanceof b");
  assert.equal(evalExpr(pe(j.logical(BinOp.Nullish, j.logical(BinOp.LogOr, j.num(0), j.nul()), j.num(7)))), 7);
});

test("calls, new and member access", () => {
  assert.equal(pe(j.call(f, [j.seq([a, b]), c])), "f((a, b), c)");
  assert.equal(pe(j.call(f, [j.spread(a), j.arrow(["x"], x)])), "f(...a, (x) => x)");
  assert.equal(pe(j.new_(j.call(f))), "new (f())()");
  assert.equal(pe(j.call(j.new_(f))), "new f()()");
  assert.equal(pe(j.new_(j.dot(j.call(a), "b"))), "new (a()).b()");
  assert.equal(pe(j.new_(j.dot(a, "b"), [c])), "new a.b(c)");
  assert.equal(pe(j.new_(j.new_(a))), "new new a()()");
  assert.equal(pe(j.dot(j.new_(a), "b")), "new a().b");
  assert.equal(pe(j.call(j.dot(j.seq([j.num(0), a]), "b"))), "(0, a).b()");
  assert.equal(pe(j.call(j.seq([j.num(0), j.dot(a, "b")]))), "(0, a.b)()");
  assert.equal(pe(j.call(j.arrow([], a))), "(() => a)()");
  assert.equal(pe(j.call(j.func(undefined, [], []))), "function() {}()");
  assert.equal(pe(j.dot(bin(BinOp.Add, a, b), "c")), "(a + b).c");
  assert.equal(pe(j.index(a, j.seq([b, c]))), "a[b, c]");
  assert.equal(pe(j.dot(j.num(1), "toString")), "1..toString");
  assert.equal(pe(j.dot(j.num(1.5), "toString")), "1.5.toString");
  assert.equal(pe(j.dot(j.num(-1), "toString")), "(-1).toString");
  assert.equal(pe(j.dot(j.num(-0), "x")), "(-0).x");
  assert.equal(pe(j.dot(j.num(1e21), "x")), "1e+21.x");
  assert.equal(pe(j.dot(j.bigint(-5n), "x")), "(-5n).x");
  assert.equal(pe(j.dot(j.update(true, false, a), "x")), "(a++).x");
  assert.equal(pe(j.dot(a, "default")), "a.default");
  assert.equal(pe(j.dot(a, "a-b")), 'a["a-b"]');
  assert.equal(pe(j.dot(a, "π")), 'a["\\u03c0"]');
  assert.equal(j.printExpr(j.dot(a, "π"), { asciiOnly: false }), "a.π");
  assert.equal(evalExpr(pe(j.call(j.dot(j.num(255), "toString"), [j.num(16)]))), "ff");
  assert.equal(evalExpr(pe(j.call(j.dot(j.num(-1), "toString"), [j.num(2)]), true)), "-1");
  assert.equal(pe(j.ident("π")), "\\u03c0");
});

test("yield, await and arrows", () => {
  assert.equal(pe(bin(BinOp.Add, j.yield_(a), b)), "(yield a) + b");
  assert.equal(pe(j.assign(x, j.yield_(a))), "x = yield a");
  assert.equal(pe(j.call(f, [j.yield_(a), j.yield_()])), "f(yield a, yield)");
  assert.equal(pe(j.yield_(j.seq([a, b]))), "yield (a, b)");
  assert.equal(pe(j.yield_(j.yield_(a, true))), "yield yield* a");
  assert.equal(pe(j.yield_(j.assign(a, b))), "yield a = b");
  assert.equal(pe(j.cond(a, j.yield_(b), c)), "a ? yield b : c");
  assert.equal(pe(j.dot(j.yield_(a), "x")), "(yield a).x");
  assert.equal(pe(bin(BinOp.Pow, j.await_(a), j.num(2))), "(await a) ** 2");
  assert.equal(pe(j.dot(j.await_(a), "x")), "(await a).x");
  assert.equal(pe(j.await_(j.call(f))), "await f()");
  assert.equal(pe(j.arrow(["q"], j.object([]))), "(q) => ({})");
  assert.equal(pe(j.arrow(["q"], j.dot(j.object([]), "x"))), "(q) => ({}).x");
  assert.equal(pe(j.arrow(["q"], j.seq([a, b]))), "(q) => (a, b)");
  assert.equal(pe(j.arrow(["q"], j.arrow([], a))), "(q) => () => a");
  assert.equal(pe(bin(BinOp.LogOr, a, j.arrow([], b))), "a || (() => b)");
  assert.equal(pe(j.arrow([], [j.return_(a)]), true), "()=>{return a;}");
  const args = j.arrow(["a", "b"], j.ident("b"));
  args.rest = true;
  assert.deepEqual([...(evalExpr(pe(j.call(args, [j.num(1), j.num(2), j.num(3)]))) as number[])], [2, 3]);
  const gen = j.func(undefined, ["n"], [j.exprStmt(j.yield_(j.ident("n"))), j.exprStmt(j.yield_(j.array([j.num(1), j.num(2)]), true))], { generator: true });
  assert.equal(pe(gen), "function*(n) {\n  yield n;\n  yield* [1, 2];\n}");
  assert.deepEqual([...(evalExpr(`[...${pe(j.call(gen, [j.num(7)]))}]`) as number[])], [7, 1, 2]);
});

test("statement starts", () => {
  const s = (st: j.Stmt, minify = false): string => j.printStmt(st, { minify });
  assert.equal(s(j.exprStmt(j.call(j.func(undefined, [], [])))), "(function() {})();\n");
  assert.equal(s(j.exprStmt(j.object([]))), "({});\n");
  assert.equal(s(j.exprStmt(j.assign(j.dot(j.object([j.prop("a", j.num(1))]), "a"), j.num(2)))), "({ a: 1 }).a = 2;\n");
  assert.equal(s(j.exprStmt(j.seq([j.func(undefined, [], []), a]))), "(function() {}), a;\n");
  assert.equal(s(j.exprStmt(j.call(f, [j.object([])]))), "f({});\n");
  assert.equal(s(j.exprStmt(j.assign(j.array([a, b]), j.array([b, a])))), "[a, b] = [b, a];\n");
  assert.equal(s(j.for_(j.let_("x", bin(BinOp.In, a, b)), undefined, undefined, j.block([]))), "for (let x = (a in b);;) {}\n");
  assert.equal(s(j.for_(j.assign(x, j.call(f, [bin(BinOp.In, a, b)])), undefined, undefined, j.empty())), "for (x = f(a in b);;) {}\n");
  assert.equal(s(j.for_(j.assign(x, j.cond(bin(BinOp.In, a, b), a, b)), undefined, undefined, j.empty()), true), "for(x=(a in b)?a:b;;);");
  assert.equal(s(j.forOf(j.binding(j.DeclKind.Const, "v"), j.seq([a, b]), j.block([]))), "for (const v of (a, b)) {}\n");
  assert.equal(s(j.forIn(j.ident("k"), a, j.exprStmt(j.call(f))), true), "for(k in a)f();");
});

test("statements: dangling else and layout", () => {
  const s = (st: j.Stmt, minify = false): string => j.printStmt(st, { minify });
  const inner = j.if_(b, j.exprStmt(j.call(f)));
  const outer = j.if_(a, inner, j.exprStmt(j.call(x)));
  assert.equal(s(outer, true), "if(a){if(b)f();}else x();");
  assert.equal(s(outer), "if (a) {\n  if (b) {\n    f();\n  }\n} else {\n  x();\n}\n");
  assert.equal(s(j.if_(a, j.labeled("L", inner), j.empty()), true), "if(a){L:if(b)f();}else;");
  assert.equal(s(j.doWhile(j.exprStmt(j.call(f)), a), true), "do f();while(a);");
  assert.equal(s(j.labeled("L", j.for_(undefined, undefined, undefined, j.block([j.break_("L")]))), true), "L:for(;;){break L;}");
  assert.equal(s(j.try_([j.exprStmt(j.call(f))], undefined, [], [j.return_()])), "try {\n  f();\n} catch {} finally {\n  return;\n}\n");
  assert.equal(s(j.return_(j.object([]))), "return {};\n");
  assert.equal(s(j.varDecl(j.DeclKind.Var, [{ name: "a", init: j.seq([b, c]) }, { name: "d" }])), "var a = (b, c), d;\n");
});

test("programs run", () => {
  // A generator-based loop with a switch, labels and try/finally, run through vm.
  const n = j.ident("n"), i = j.ident("i"), out = j.ident("out");
  const prog = j.program([
    j.funcDecl("gen", ["n"], [
      j.labeled("outer", j.for_(j.let_("i", j.num(0)), bin(BinOp.Lt, i, n), j.update(true, false, i), j.block([
        j.switch_(bin(BinOp.Rem, i, j.num(3)), [
          j.case_(j.num(0), [j.continue_("outer")]),
          j.case_(j.num(1), [j.exprStmt(j.yield_(i)), j.break_()]),
          j.case_(undefined, [j.if_(bin(BinOp.Gt, i, j.num(7)), j.break_("outer"))]),
        ]),
      ]))),
      j.try_([j.return_(j.num(-1))], undefined, undefined, [j.exprStmt(j.yield_(j.num(99)))]),
    ], { generator: true }),
    j.classDecl("Box", undefined, [
      { kind: j.MemberKind.Method, name: "constructor", fn: { params: ["v"], body: [j.exprStmt(j.assign(j.dot(j.this_(), "v"), j.ident("v")))] } },
      { kind: j.MemberKind.Get, name: "double", fn: { params: [], body: [j.return_(bin(BinOp.Mul, j.dot(j.this_(), "v"), j.num(2)))] } },
    ]),
    j.classDecl("Big", j.ident("Box"), [
      { kind: j.MemberKind.Method, name: "constructor", fn: { params: ["v"], body: [j.exprStmt(j.call(j.super_(), [bin(BinOp.Mul, j.ident("v"), j.num(10))]))] } },
      { kind: j.MemberKind.Get, name: "double", fn: { params: [], body: [j.return_(bin(BinOp.Add, j.dot(j.super_(), "double"), j.num(1)))] } },
    ]),
    j.const_("out", j.array([j.dot(j.new_(j.ident("Big"), [j.num(1)]), "double")])),
    j.forOf(j.binding(j.DeclKind.Const, "v"), j.call(j.ident("gen"), [j.num(10)]),
      j.exprStmt(j.call(j.dot(out, "push"), [j.dot(j.new_(j.ident("Box"), [j.ident("v")]), "double")]))),
    j.exprStmt(j.assign(j.dot(j.ident("globalThis"), "result"), out)),
  ]);
  void n;
  for (const minify of [false, true]) {
    const code = j.printProgram(prog, { minify });
    const ctx: { result?: number[] } = {};
    vm.runInNewContext(code, ctx);
    assert.deepEqual([...ctx.result!], [21, 2, 8, 14, 198], code);
  }
});

// ---- random expressions: printing must preserve the tree's meaning ----


const BIN_OPS = [
  BinOp.Add, BinOp.Sub, BinOp.Mul, BinOp.Div, BinOp.Rem, BinOp.Pow, BinOp.Shl, BinOp.Shr, BinOp.UShr,
  BinOp.BitAnd, BinOp.BitOr, BinOp.BitXor, BinOp.Lt, BinOp.Le, BinOp.Gt, BinOp.Ge, BinOp.Eq, BinOp.Ne,
  BinOp.StrictEq, BinOp.StrictNe, BinOp.LogAnd, BinOp.LogOr, BinOp.Nullish,
];
const UN_OPS = [UnOp.Not, UnOp.BitNot, UnOp.Neg, UnOp.Pos, UnOp.Typeof, UnOp.Void];

// Reference semantics of the generated trees, evaluated directly.
function evalTree(e: Expr, env: Record<string, number>): unknown {
  switch (e.kind) {
    case j.K.Num: return e.value;
    case j.K.Null: return null;
    case j.K.Ident: return env[e.name];
    case j.K.Unary: {
      const v = evalTree(e.arg, env) as number;
      switch (e.op) {
        case UnOp.Not: return !v;
        case UnOp.BitNot: return ~v;
        case UnOp.Neg: return -v;
        case UnOp.Pos: return +v;
        case UnOp.Typeof: return typeof v;
        default: return undefined;
      }
    }
    case j.K.Cond: return evalTree(e.test, env) ? evalTree(e.yes, env) : evalTree(e.no, env);
    case j.K.Seq: { let r: unknown; for (const x of e.exprs) r = evalTree(x, env); return r; }
    case j.K.Update: {
      const name = (e.arg as j.Ident).name;
      const old = +env[name]!;
      env[name] = e.inc ? old + 1 : old - 1;
      return e.prefix ? env[name] : old;
    }
    case j.K.Assign: {
      const name = (e.left as j.Ident).name;
      return (env[name] = evalTree(e.right, env) as number);
    }
    case j.K.Binary: {
      const l = evalTree(e.left, env) as any;
      if (e.op === BinOp.LogAnd) return l && evalTree(e.right, env);
      if (e.op === BinOp.LogOr) return l || evalTree(e.right, env);
      if (e.op === BinOp.Nullish) return l ?? evalTree(e.right, env);
      const r = evalTree(e.right, env) as any;
      switch (e.op) {
        case BinOp.Add: return l + r;
        case BinOp.Sub: return l - r;
        case BinOp.Mul: return l * r;
        case BinOp.Div: return l / r;
        case BinOp.Rem: return l % r;
        case BinOp.Pow: return l ** r;
        case BinOp.Shl: return l << r;
        case BinOp.Shr: return l >> r;
        case BinOp.UShr: return l >>> r;
        case BinOp.BitAnd: return l & r;
        case BinOp.BitOr: return l | r;
        case BinOp.BitXor: return l ^ r;
        case BinOp.Lt: return l < r;
        case BinOp.Le: return l <= r;
        case BinOp.Gt: return l > r;
        case BinOp.Ge: return l >= r;
        case BinOp.Eq: return l == r;
        case BinOp.Ne: return l != r;
        case BinOp.StrictEq: return l === r;
        case BinOp.StrictNe: return l !== r;
      }
    }
  }
  throw new Error("unexpected node " + e.kind);
}

function randomTree(r: () => number, depth: number): Expr {
  const k = r();
  if (depth <= 0 || k < 0.15) {
    const leaf = r();
    if (leaf < 0.45) return j.num([0, 1, 2, 3, -1, -2, 0.5, -0, NaN, Infinity, -Infinity, 1e21, 7][Math.floor(r() * 13)]!);
    if (leaf < 0.5) return j.nul();
    return j.ident(["a", "b", "c"][Math.floor(r() * 3)]!);
  }
  if (k < 0.6) return j.binary(BIN_OPS[Math.floor(r() * BIN_OPS.length)]!, randomTree(r, depth - 1), randomTree(r, depth - 1));
  if (k < 0.75) return j.unary(UN_OPS[Math.floor(r() * UN_OPS.length)]!, randomTree(r, depth - 1));
  if (k < 0.82) return j.cond(randomTree(r, depth - 1), randomTree(r, depth - 1), randomTree(r, depth - 1));
  if (k < 0.87) return j.seq([randomTree(r, depth - 1), randomTree(r, depth - 1)]);
  if (k < 0.94) return j.update(r() < 0.5, r() < 0.5, j.ident(["a", "b", "c"][Math.floor(r() * 3)]!));
  return j.assign(j.ident(["a", "b", "c"][Math.floor(r() * 3)]!), randomTree(r, depth - 1));
}

test("random expressions keep their meaning when printed", () => {
  const r = rng(12345);
  const ctx = vm.createContext({});
  for (let n = 0; n < 3000; n++) {
    const e = randomTree(r, 5);
    const env = { a: 3, b: -2, c: 0.5 };
    const want = evalTree(e, { ...env });
    for (const minify of [false, true]) {
      const code = pe(e, minify);
      Object.assign(ctx, env);
      const got = vm.runInContext("(" + code + ")", ctx);
      assert.ok(Object.is(got, want), `${code}: got ${String(got)}, want ${String(want)}`);
    }
  }
});
