// Random trees of calls, `new`, member accesses, sequences and arrows: the printed code must
// perform the same operations in the same order, with the same `this`, as the tree means.
// Every value is a proxy that logs what is done to it, so a wrong parenthesisation (`new f()()`
// for `new (f())()`, `a.b()` for `(0, a.b)()`) shows up as a different log.
import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import * as j from "./index.js";
import { K, UnOp, type Expr } from "./index.js";
import { rng } from "../testutil/rng.js";

type Log = string[];
const labels = new WeakMap<object, string>();
const label = (v: unknown): string => (typeof v === "function" ? labels.get(v) ?? "fn" : String(v));

function universal(name: string, log: Log): unknown {
  const p: object = new Proxy(function () {}, {
    get(_t, k) {
      if (typeof k === "symbol") return undefined;
      log.push(`get ${name}.${k}`);
      return universal(`${name}.${k}`, log);
    },
    apply(_t, self, args) {
      log.push(`call ${name} this=${label(self)} (${args.map(label).join(",")})`);
      return universal(`${name}()`, log);
    },
    construct(_t, args) {
      log.push(`new ${name} (${args.map(label).join(",")})`);
      return universal(`new ${name}`, log) as object;
    },
  });
  labels.set(p, name);
  return p;
}

// The tree's meaning, evaluated directly.
function run(e: Expr, env: Record<string, unknown>): unknown {
  switch (e.kind) {
    case K.Ident: return env[e.name];
    case K.Num: return e.value;
    case K.Dot: return (run(e.target, env) as any)[e.name];
    case K.Index: return (run(e.target, env) as any)[run(e.index, env) as number];
    case K.Seq: { let r: unknown; for (const x of e.exprs) r = run(x, env); return r; }
    case K.Unary: { const v = run(e.arg, env); return e.op === UnOp.Typeof ? typeof v : undefined; }
    case K.Cond: return run(e.test, env) ? run(e.yes, env) : run(e.no, env);
    case K.Arrow: { const body = e.body as Expr; return () => run(body, env); }
    case K.Call: {
      let self: unknown, fn: unknown;
      const t = e.target;
      if (t.kind === K.Dot) { self = run(t.target, env); fn = (self as any)[t.name]; }
      else if (t.kind === K.Index) { self = run(t.target, env); fn = (self as any)[run(t.index, env) as number]; }
      else fn = run(t, env);
      const args = e.args.map((a) => run(a, env));
      return Reflect.apply(fn as Function, self, args);
    }
    case K.New: {
      const ctor = run(e.target, env);
      const args = e.args.map((a) => run(a, env));
      return Reflect.construct(ctor as Function, args);
    }
  }
  throw new Error("unexpected node " + e.kind);
}


function tree(r: () => number, depth: number): Expr {
  const k = r();
  const args = (): Expr[] => Array.from({ length: Math.floor(r() * 3) }, () => tree(r, depth - 1));
  if (depth <= 0 || k < 0.12) return r() < 0.85 ? j.ident(["a", "b", "c"][Math.floor(r() * 3)]!) : j.num(Math.floor(r() * 3) - 1);
  if (k < 0.35) return j.call(tree(r, depth - 1), args());
  if (k < 0.5) return j.new_(tree(r, depth - 1), args());
  if (k < 0.68) return j.dot(tree(r, depth - 1), ["x", "y", "default"][Math.floor(r() * 3)]!);
  if (k < 0.76) return j.index(tree(r, depth - 1), j.num(Math.floor(r() * 3)));
  if (k < 0.84) return j.seq([tree(r, depth - 1), tree(r, depth - 1)]);
  if (k < 0.88) return j.unary(r() < 0.5 ? UnOp.Typeof : UnOp.Void, tree(r, depth - 1));
  if (k < 0.93) return j.cond(j.num(Math.floor(r() * 2)), tree(r, depth - 1), tree(r, depth - 1));
  return j.arrow([], tree(r, depth - 1));
}

test("random call shapes keep their meaning when printed", () => {
  const r = rng(2024);
  let checked = 0;
  const ctx = vm.createContext({});
  for (let n = 0; n < 3000; n++) {
    const e = tree(r, 5);
    const want: Log = [];
    let wantResult: string;
    try {
      wantResult = label(run(e, { a: universal("a", want), b: universal("b", want), c: universal("c", want) }));
    } catch (err) {
      wantResult = "throws " + (err as Error).constructor.name;
    }
    for (const minify of [false, true]) {
      const code = j.printExpr(e, { minify });
      const got: Log = [];
      let gotResult: string;
      try {
        Object.assign(ctx, { a: universal("a", got), b: universal("b", got), c: universal("c", got) });
        const v = vm.runInContext("(" + code + ")", ctx);
        gotResult = label(v);
      } catch (err) {
        // Errors from the other realm have that realm's constructors; compare by name.
        gotResult = "throws " + (err as Error).constructor.name;
      }
      assert.deepEqual(got, want, code);
      if (!wantResult.startsWith("throws") || !gotResult.startsWith("throws")) {
        assert.equal(gotResult, wantResult, code);
      }
    }
    checked++;
  }
  assert.equal(checked, 3000);
});
