// Small integers: which `int` (and int64) locals of a function provably stay far inside the
// safe-integer range, so that +, -, * and division by a constant on them can be plain JS
// arithmetic instead of the I64 helpers (int64.ts), which must check for results past 2^53.
//
// Every expression gets a bound b meaning |value| < 2^b (Infinity when nothing is known):
// constants by their size, len and cap by what a JS array or string can hold (2^33), sums
// one more than the larger operand, products the sum of the bounds, x / c and x % c no more
// than x (and x % c less than c). A variable's bound is the largest of the values assigned to
// it, found by iterating to a fixed point; a variable that also steps by a small constant
// (i++, i -= 2, i = i + 1) is given 2^47: getting from there to 2^53 by such steps would take
// weeks of running. Anything above 2^50 counts as unknown, so that a sum of two bounded
// values still lies within 2^53.
//
// Variables whose values are not all seen here have no bound: parameters, variables a
// function literal refers to, variables whose address is taken, and those assigned from
// multi-valued calls, comma-ok forms, map iteration or channel receives.

import * as J from "../js/index.js";
import { Expr, NodeKind, Name, Operator, Operation, AssignStmt, RangeClause, unparen, unpackListExpr, BlockStmt } from "../syntax/index.js";
import { Var, Builtin, BuiltinId, TypeKind, under } from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import * as C from "../constant/index.js";
import { FuncLowerer } from "./func.js";
import { R, rep, isSmallInt } from "./ops.js";
import { walk } from "./wide.js";

declare module "./func.js" {
  interface FuncLowerer {
    /** Bounds of this function's small integer variables (log2 of a bound on |value|). */
    smallVars: Map<Var, number>;
    chooseSmallVars(own: readonly Var[], body: BlockStmt): void;
    /** b with |e| < 2^b for every value e can have, or Infinity. */
    boundOf(e: Expr): number;
    /** x op y as plain JS arithmetic when both are small enough, else null. */
    smallArith(op: Operator, x: Expr | Var, y: Expr | null, xs: J.Expr, ys: J.Expr): J.Expr | null;
  }
}

const P = FuncLowerer.prototype;
Object.defineProperty(P, "smallVars", { get(this: { _sv?: Map<Var, number> }) { return (this._sv ??= new Map()); } });

/** Bounds above this are treated as unknown. */
const LIMIT = 50;
/** The bound of a variable that steps by small constants. */
const DRIFT = 47;
/** The bound of len and cap. */
const LEN = 33;

function bitsOf(v: bigint): number {
  if (v < 0n) v = -v;
  return v.toString(2).length;
}

/** The bound of a constant expression, or null when e is not constant. */
function constBits(fl: FuncLowerer, e: Expr): number | null {
  const tv = fl.info.types.get(e);
  if (!tv || tv.value === null || tv.mode !== OperandMode.Constant) return null;
  const v = C.toInt(tv.value);
  if (v.kind !== C.ValueKind.Int) return null;
  return bitsOf(C.val(v) as bigint);
}

/** A small constant step: x++, x += 3, x = x - 1. */
function smallConst(fl: FuncLowerer, e: Expr): boolean {
  const b = constBits(fl, e);
  return b !== null && b <= 5;
}

interface Source { expr: Expr | null; op: Operator; drift: boolean }
/** The source of a range loop's index: less than the length. */
const LEN_EXPR = { kind: -1 } as unknown as Expr;

function isSigned64(t: import("../types/index.js").Type): boolean {
  return rep(t) === R.I64;
}

P.chooseSmallVars = function (this: FuncLowerer, own: readonly Var[], body: BlockStmt): void {
  const sources = new Map<Var, Source[]>();
  // Parameters and results get values no assignment here shows (calls, return statements).
  const bad = new Set<Var>(own);
  const defined = new Set<Var>();
  const varOf = (e: unknown): Var | null => {
    const x = unparen(e as Expr);
    if (x.kind !== NodeKind.Name) return null;
    const o = this.info.uses.get(x) ?? this.info.defs.get(x);
    return o instanceof Var ? o : null;
  };
  const add = (v: Var | null, s: Source): void => {
    if (v === null || v.name === "_" || !isSigned64(this.subst(v.type!))) return;
    let l = sources.get(v);
    if (l === undefined) sources.set(v, (l = []));
    l.push(s);
  };
  const unknown = (e: unknown): void => { const v = varOf(e); if (v) bad.add(v); };
  walk(body.list, (n, inLit) => {
    if (inLit) {
      if (n.kind === NodeKind.Name) unknown(n);
      return;
    }
    switch (n.kind) {
      case NodeKind.AssignStmt: {
        const s = n as unknown as AssignStmt;
        const lhs = unpackListExpr(s.lhs);
        if (s.rhs === null) { add(varOf(lhs[0]), { expr: null, op: s.op, drift: true }); break; }
        const rhs = unpackListExpr(s.rhs);
        if (s.op === Operator.Def) for (const l of lhs) { const v = this.info.defs.get(unparen(l) as Name); if (v instanceof Var) defined.add(v); }
        if (lhs.length !== rhs.length) { for (const l of lhs) unknown(l); break; }
        lhs.forEach((l, i) => {
          const v = varOf(l);
          if (v === null) return;
          const r = unparen(rhs[i]!);
          if (s.op === Operator.Def || s.op === Operator.None) {
            // x = x ± c is a step.
            if (r.kind === NodeKind.Operation && r.y !== null && (r.op === Operator.Add || r.op === Operator.Sub) && varOf(r.x) === v && smallConst(this, r.y)) {
              add(v, { expr: null, op: r.op, drift: true });
            } else add(v, { expr: r, op: Operator.None, drift: false });
          } else if ((s.op === Operator.Add || s.op === Operator.Sub) && smallConst(this, r)) {
            add(v, { expr: null, op: s.op, drift: true });
          } else add(v, { expr: r, op: s.op, drift: false });
        });
        break;
      }
      case NodeKind.VarDecl: {
        const names = n.nameList as Name[];
        const values = n.values === null ? [] : unpackListExpr(n.values as Expr);
        names.forEach((nm, i) => {
          const v = this.info.defs.get(nm);
          if (!(v instanceof Var)) return;
          defined.add(v);
          if (values.length === 0) add(v, { expr: null, op: Operator.None, drift: false });
          else if (values.length === names.length) add(v, { expr: values[i]!, op: Operator.None, drift: false });
          else bad.add(v);
        });
        break;
      }
      case NodeKind.RangeClause: {
        const rc = n as unknown as RangeClause;
        if (rc.lhs === null) break;
        const lhs = unpackListExpr(rc.lhs);
        if (rc.def) for (const l of lhs) { const v = this.info.defs.get(unparen(l) as Name); if (v instanceof Var) defined.add(v); }
        const xt = under(this.typeOf(rc.x));
        const key = lhs[0];
        const kv = key ? varOf(key) : null;
        if (kv !== null) {
          const indexed = xt.tkind === TypeKind.Slice || xt.tkind === TypeKind.Array || xt.tkind === TypeKind.Pointer
            || (xt.tkind === TypeKind.Basic && rep(xt) === R.Str);
          if (indexed) add(kv, { expr: LEN_EXPR, op: Operator.None, drift: false });
          else if (xt.tkind === TypeKind.Basic && rep(xt) !== R.Str) add(kv, { expr: rc.x, op: Operator.None, drift: true });
          else bad.add(kv);
        }
        const val = lhs[1] ? varOf(lhs[1]) : null;
        if (val !== null) bad.add(val);
        break;
      }
      default: break;
    }
  });
  const bounds = this.smallVars;
  const cands = [...sources.keys()].filter((v) => defined.has(v) && !bad.has(v) && !this.isBoxed(v) && !this.pairVars.has(v));
  for (const v of cands) bounds.set(v, -Infinity);
  for (let round = 0; round < 64; round++) {
    let changed = false;
    for (const v of cands) {
      const old = bounds.get(v)!;
      if (old === Infinity) continue;
      let b = -Infinity;
      for (const s of sources.get(v)!) {
        if (s.drift) b = Math.max(b, DRIFT, old);
        else if (s.expr === LEN_EXPR) b = Math.max(b, LEN);
        else if (s.expr === null) b = Math.max(b, 0);
        else if (s.op === Operator.None || s.op === Operator.Def) b = Math.max(b, this.boundOf(s.expr));
        else b = Math.max(b, combine(s.op, old, this.boundOf(s.expr), constBits(this, s.expr)));
      }
      if (b > LIMIT) b = Infinity;
      if (b !== old) { bounds.set(v, b); changed = true; }
    }
    if (!changed) break;
    if (round === 63) for (const v of cands) bounds.set(v, Infinity);
  }
  for (const [v, b] of bounds) {
    if (b === Infinity) bounds.delete(v);
    else if (b === -Infinity) bounds.set(v, 0);
  }
};

/** The bound of x op y from the operands' bounds (c: y's constant bits, when constant). */
function combine(op: Operator, bx: number, by: number, c: number | null): number {
  switch (op) {
    case Operator.Add: case Operator.Sub: return Math.max(bx, by) + 1;
    case Operator.Mul: return bx + by;
    case Operator.Div: return c !== null ? bx : Infinity;
    case Operator.Rem: return c !== null ? Math.min(bx, c) : Infinity;
    case Operator.And: case Operator.Or: case Operator.Xor: return Math.max(bx, by);
    case Operator.Shr: return bx;
    default: return Infinity;
  }
}

P.boundOf = function (this: FuncLowerer, e: Expr): number {
  const c = constBits(this, e);
  if (c !== null) return c;
  const x = unparen(e);
  switch (x.kind) {
    case NodeKind.Name: {
      const o = this.info.uses.get(x);
      if (!(o instanceof Var)) return Infinity;
      const b = this.smallVars.get(o);
      if (b !== undefined) return b;
      return isSmallInt(rep(this.subst(o.type!))) ? 32 : Infinity;
    }
    case NodeKind.Operation: {
      if (x.y === null) return x.op === Operator.Sub || x.op === Operator.Add ? this.boundOf(x.x) : Infinity;
      if (x.op === Operator.Shl) return Infinity;
      if (rep(this.typeOf(x)) !== R.I64) return isSmallInt(rep(this.typeOf(x))) ? 32 : Infinity;
      return combine(x.op, this.boundOf(x.x), this.boundOf(x.y), constBits(this, x.y));
    }
    case NodeKind.CallExpr: {
      const ftv = this.info.types.get(x.fun);
      if (ftv?.mode === OperandMode.Builtin) {
        const f = unparen(x.fun);
        const o = f.kind === NodeKind.Name ? this.objOf(f) : undefined;
        if (o instanceof Builtin && (o.id_ === BuiltinId.Len || o.id_ === BuiltinId.Cap)) return LEN;
        return Infinity;
      }
      if (ftv?.mode === OperandMode.TypExpr && x.argList.length === 1) {
        const ar = rep(this.typeOf(x.argList[0]!));
        if (isSmallInt(ar)) return 32;
        if (ar === R.I64 && rep(this.typeOf(x)) === R.I64) return this.boundOf(x.argList[0]!);
      }
      return Infinity;
    }
    default: return Infinity;
  }
};

P.smallArith = function (this: FuncLowerer, op: Operator, x: Expr | Var, y: Expr | null, xs: J.Expr, ys: J.Expr): J.Expr | null {
  if (this.smallVars.size === 0 && !(y !== null && constBits(this, y) !== null)) return null;
  const bx = x instanceof Var ? (this.smallVars.get(x) ?? Infinity) : this.boundOf(x);
  const cy = y === null ? 1 : constBits(this, y);
  const by = y === null ? 1 : this.boundOf(y);
  if (bx > LIMIT || by > LIMIT) return null;
  const B = J.BinOp;
  switch (op) {
    case Operator.Add: return J.binary(B.Add, xs, ys);
    case Operator.Sub: return J.binary(B.Sub, xs, ys);
    case Operator.Mul: {
      // + 0 turns the -0 of a zero times a negative number into 0.
      if (bx + by <= 53) return J.binary(B.Add, J.binary(B.Mul, xs, ys), J.num(0));
      // Both are numbers: the product is exact when it lies in the safe range, and a
      // product that does not rounds to a double outside it.
      const pre: J.Expr[] = [];
      const a = this.once(xs, pre), b = this.once(ys, pre);
      const t = J.ident(this.tmp());
      pre.push(J.cond(
        J.binary(B.Le, J.call(J.dot(J.ident("Math"), "abs"), [J.assign(t, J.binary(B.Mul, a, b))]), J.num(Number.MAX_SAFE_INTEGER)),
        J.binary(B.Add, t, J.num(0)),
        J.call(this.rt("mul64"), [a, b])));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
    case Operator.Div:
      // Rounding cannot carry a quotient below 2^53 across an integer.
      if (cy === null || isZero(this, y!)) return null;
      return J.binary(B.Add, J.call(J.dot(J.ident("Math"), "trunc"), [J.binary(B.Div, xs, ys)]), J.num(0));
    case Operator.Rem:
      if (cy === null || isZero(this, y!)) return null;
      // A zero remainder of a negative dividend is -0 in JS.
      return J.binary(B.Add, J.binary(B.Rem, xs, ys), J.num(0));
    default: return null;
  }
};

function isZero(fl: FuncLowerer, e: Expr): boolean {
  const tv = fl.info.types.get(e)!;
  return C.sign(C.toInt(tv.value!)) === 0;
}

export type { Operation };
