// Word pairs: int64 and uint64 local variables kept as two int32 JS locals (high and low
// half) instead of the canonical I64 form (docs/values.md). Values past 2^53 are bigints in
// the canonical form, and every operation on them allocates one; hashing and random-number
// code keeps nearly all its values there. As pairs, the same operations are a few 32-bit
// instructions, and nothing is allocated until a value leaves the function's arithmetic.
//
// Which variables: locals and parameters of a declared function (not a function literal, not
// generic) of type int64 or uint64 (or uint, uintptr; not int, whose values are mostly small
// counters) that take part in arithmetic, declared by a single `:=` or `var`, and never
// boxed, captured by a function literal, or assigned in a form other than `=`, `op=`, `++` or
// `--` with one variable on the left. Everything else about them stays as it was: a read
// outside pair arithmetic packs the halves into the canonical form, a store of a canonical
// value unpacks it.
//
// Pair arithmetic (pairExpr) returns halves that are literals or identifiers, so they can be
// read any number of times; the work goes into temporaries, in evaluation order.

import * as J from "../js/index.js";
import {
  Expr, NodeKind, Name, Operator, Operation, CallExpr, AssignStmt, unparen, unpackListExpr, BlockStmt,
} from "../syntax/index.js";
import { Type, Var, Func as FuncObj } from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import * as C from "../constant/index.js";
import { FuncLowerer } from "./func.js";
import { R, rep } from "./ops.js";
import { hasCall } from "./call.js";
import { jsIdent } from "./names.js";
import { pairKind, walk, type PairKind } from "./wide.js";
export type { WideABI, PairKind } from "./wide.js";

export interface PairVar { h: string; l: string; signed: boolean }
/** Halves of a value: each a number literal or an identifier. */
export interface Pair { h: J.Expr; l: J.Expr }

declare module "./func.js" {
  interface FuncLowerer {
    /** The variables of this function kept as pairs. */
    pairVars: Map<Var, PairVar>;
    /** Chooses the pair variables of a function body with the given parameters. */
    choosePairs(params: readonly Var[], body: BlockStmt): void;
    /** Whether e reads a pair variable in arithmetic that pairExpr would do in pairs. */
    mentionsPair(e: Expr): boolean;
    /** The halves of a 64-bit integer expression; its work goes into `pre`. */
    pairExpr(e: Expr, pre: J.Expr[]): Pair;
    /** The canonical I64 of a pair. */
    packPair(p: Pair, signed: boolean): J.Expr;
    /** Canonical lowering of an operation on pair variables, or null when e has none. */
    pairOperation(e: Operation): J.Expr | null;
    /** Conversion of a pair-variable expression, or null. */
    pairConversion(x: Expr, from: Type, to: Type): J.Expr | null;
    /** x = e, x op= e, x++ or x-- on a pair variable, or null when s is not one. */
    pairAssign(s: AssignStmt): J.Expr | null;
    /** The declaration of pair variable v with initial value e (null: zero). */
    pairDeclare(v: Var, e: Expr | null, pos: number): void;
  }
}

const P = FuncLowerer.prototype;
Object.defineProperty(P, "pairVars", { get(this: { _pv?: Map<Var, PairVar> }) { return (this._pv ??= new Map()); } });

/** Whether expressions of type t are 64-bit integers (pair arithmetic applies). */
function isWord(t: Type): boolean {
  const r = rep(t);
  return r === R.U64 || r === R.I64;
}

const B = J.BinOp;
const num = J.num;
const bin = J.binary;
const id = J.ident;

const ARITH = new Set<Operator>([
  Operator.Add, Operator.Sub, Operator.Mul, Operator.And, Operator.Or, Operator.Xor, Operator.AndNot,
  Operator.Shl, Operator.Shr,
]);

P.choosePairs = function (this: FuncLowerer, params: readonly Var[], body: BlockStmt): void {
  const candidates = new Set<Var>();
  const bad = new Set<Var>();
  const computed = new Set<Var>();
  const varOf = (e: unknown): Var | null => {
    const x = unparen(e as Expr);
    if (x.kind !== NodeKind.Name) return null;
    const o = this.info.uses.get(x) ?? this.info.defs.get(x);
    return o instanceof Var ? o : null;
  };
  const consider = (v: Var | null | undefined): void => {
    if (v && !this.isBoxed(v) && pairKind(this.subst(v.type!)) !== null) candidates.add(v);
  };
  for (const p of params) consider(p);
  walk(body.list, (n, inLit) => {
    if (inLit) {
      if (n.kind === NodeKind.Name) { const v = varOf(n); if (v) bad.add(v); }
      return;
    }
    switch (n.kind) {
      case NodeKind.AssignStmt: {
        const s = n as unknown as AssignStmt;
        const lhs = unpackListExpr(s.lhs);
        const rhs = s.rhs === null ? [] : unpackListExpr(s.rhs);
        if (s.op === Operator.Def && lhs.length === 1 && rhs.length === 1) consider(this.info.defs.get(unparen(lhs[0]!) as Name) as Var | undefined);
        else if (lhs.length > 1) for (const l of lhs) { const v = varOf(l); if (v) bad.add(v); }
        if (s.op !== Operator.Def && s.op !== Operator.None && lhs.length === 1) { const v = varOf(lhs[0]); if (v) computed.add(v); }
        break;
      }
      case NodeKind.VarDecl: {
        const names = n.nameList as Name[];
        const values = n.values === null ? [] : unpackListExpr(n.values as Expr);
        if (values.length === 0 || values.length === names.length) for (const nm of names) consider(this.info.defs.get(nm) as Var | undefined);
        break;
      }
      case NodeKind.ForStmt: case NodeKind.RangeClause: {
        // Loop variables have per-iteration copies and counting-loop forms of their own.
        const init = (n.kind === NodeKind.ForStmt ? n.init : n) as AssignStmt | null;
        if (init !== null && (init.kind === NodeKind.AssignStmt || init.kind === NodeKind.RangeClause)) {
          const lhs = (init as { lhs: Expr | null }).lhs;
          if (lhs) for (const l of unpackListExpr(lhs)) { const v = varOf(l); if (v) bad.add(v); }
        }
        break;
      }
      case NodeKind.Operation: {
        const op = n as unknown as Operation;
        if (ARITH.has(op.op) || (op.y === null && (op.op === Operator.Sub || op.op === Operator.Xor))) {
          const a = varOf(op.x); if (a) computed.add(a);
          if (op.y !== null) { const b = varOf(op.y); if (b) computed.add(b); }
        }
        break;
      }
      default: break;
    }
  });
  for (const v of candidates) {
    if (bad.has(v) || !computed.has(v)) continue;
    const base = jsIdent(v.name === "_" || v.name === "" ? "$_" : v.name);
    this.pairVars.set(v, { h: this.names.fresh(base + "$h"), l: this.names.fresh(base + "$l"), signed: pairKind(this.subst(v.type!)) === "s" });
  }
};

P.mentionsPair = function (this: FuncLowerer, e: Expr): boolean {
  const x = unparen(e);
  switch (x.kind) {
    case NodeKind.Name: {
      const o = this.info.uses.get(x);
      return o instanceof Var && this.pairVars.has(o);
    }
    case NodeKind.Operation:
      if (!isWord(this.typeOf(x))) return false;
      return this.mentionsPair(x.x) || (x.y !== null && x.op !== Operator.Shl && x.op !== Operator.Shr && this.mentionsPair(x.y));
    case NodeKind.CallExpr: {
      if (this.tv(x.fun).mode !== OperandMode.TypExpr) {
        const f = calleeOf(this, x);
        return f !== null && this.pc.wideABI(f)?.result != null;
      }
      if (x.argList.length !== 1) return false;
      return isWord(this.typeOf(x)) && isWord(this.typeOf(x.argList[0]!)) && this.mentionsPair(x.argList[0]!);
    }
    default: return false;
  }
};

P.packPair = function (this: FuncLowerer, p: Pair, signed: boolean): J.Expr {
  return J.call(this.rt(signed ? "packS" : "packU"), [p.h, p.l]);
};

/** A temporary assigned e now. */
function temp(fl: FuncLowerer, e: J.Expr, pre: J.Expr[]): J.Ident {
  const t = fl.tmp();
  pre.push(J.assign(id(t), e));
  return id(t);
}

/** Halves of a canonical I64 value. */
function unpack(fl: FuncLowerer, x: J.Expr, pre: J.Expr[]): Pair {
  const t = fl.once(x, pre);
  return { h: temp(fl, J.call(fl.rt("hiOf"), [t]), pre), l: temp(fl, J.call(fl.rt("loOf"), [t]), pre) };
}

function constPair(v: bigint): Pair {
  const u = BigInt.asUintN(64, v);
  return { h: num(Number(BigInt.asIntN(32, u >> 32n))), l: num(Number(BigInt.asIntN(32, u))) };
}

function litValue(e: J.Expr): number | null {
  return e.kind === J.K.Num ? (e as J.Num).value : null;
}

/** The PAIR halves a runtime call just wrote. */
function readPAIR(fl: FuncLowerer, pre: J.Expr[]): Pair {
  const R0 = fl.rt("PAIR");
  return { h: temp(fl, J.index(R0, num(0)), pre), l: temp(fl, J.index(R0, num(1)), pre) };
}

/** a op b for op in + - * & | ^ &^ / %. */
function binPair(fl: FuncLowerer, op: Operator, a: Pair, b: Pair, signed: boolean, pre: J.Expr[]): Pair {
  const u32 = (x: J.Expr): J.Expr => bin(B.UShr, x, num(0));
  switch (op) {
    case Operator.Add: {
      const t = temp(fl, bin(B.Add, u32(a.l), u32(b.l)), pre);
      const h = temp(fl, bin(B.BitOr, bin(B.Add, bin(B.Add, a.h, b.h), J.cond(bin(B.Gt, t, num(4294967295)), num(1), num(0))), num(0)), pre);
      pre.push(J.assign(t, bin(B.BitOr, t, num(0))));
      return { h, l: t };
    }
    case Operator.Sub: {
      const t = temp(fl, bin(B.Sub, u32(a.l), u32(b.l)), pre);
      const h = temp(fl, bin(B.BitOr, bin(B.Sub, bin(B.Sub, a.h, b.h), J.cond(bin(B.Lt, t, num(0)), num(1), num(0))), num(0)), pre);
      pre.push(J.assign(t, bin(B.BitOr, t, num(0))));
      return { h, l: t };
    }
    case Operator.Mul: {
      // A constant factor whose low half is below 2^21 multiplies the other low half exactly
      // in a double: one product gives the low half and the carry into the high half.
      const small = (p: Pair): boolean => { const l = litValue(p.l), h = litValue(p.h); return l !== null && h !== null && l >= 0 && l < 2097152; };
      if (small(b) || small(a)) {
        const [x, k] = small(b) ? [a, b] : [b, a];
        const t = temp(fl, bin(B.Mul, u32(x.l), k.l), pre);
        const imul = (p: J.Expr, q: J.Expr): J.Expr => J.call(J.dot(id("Math"), "imul"), [p, q]);
        const carry = bin(B.BitOr, bin(B.Div, t, num(4294967296)), num(0));
        const h = temp(fl, bin(B.BitOr, bin(B.Add, bin(B.Add, imul(x.h, k.l), imul(x.l, k.h)), carry), num(0)), pre);
        pre.push(J.assign(t, bin(B.BitOr, t, num(0))));
        return { h, l: t };
      }
      pre.push(J.call(fl.rt("mulP"), [a.h, a.l, b.h, b.l]));
      return readPAIR(fl, pre);
    }
    case Operator.And: case Operator.Or: case Operator.Xor: case Operator.AndNot: {
      const jop = op === Operator.Or ? B.BitOr : op === Operator.Xor ? B.BitXor : B.BitAnd;
      const y = (x: J.Expr): J.Expr => (op === Operator.AndNot ? J.unary(J.UnOp.BitNot, x) : x);
      return { h: temp(fl, bin(jop, a.h, y(b.h)), pre), l: temp(fl, bin(jop, a.l, y(b.l)), pre) };
    }
    case Operator.Div: case Operator.Rem: {
      const fn = (op === Operator.Div ? "div" : "rem") + (signed ? "64z" : "U64z");
      return unpack(fl, J.call(fl.rt(fn), [fl.packPair(a, signed), fl.packPair(b, signed)]), pre);
    }
    default: throw new Error(`pair operator ${op}`);
  }
}

/** a << c or a >> c for a constant count. */
function shiftConst(fl: FuncLowerer, left: boolean, signed: boolean, a: Pair, c: number, pre: J.Expr[]): Pair {
  const t = (e: J.Expr): J.Ident => temp(fl, e, pre);
  if (c === 0) return a;
  if (left) {
    if (c < 32) return { h: t(bin(B.BitOr, bin(B.Shl, a.h, num(c)), bin(B.UShr, a.l, num(32 - c)))), l: t(bin(B.Shl, a.l, num(c))) };
    if (c < 64) return { h: t(bin(B.Shl, a.l, num(c - 32))), l: num(0) };
    return { h: num(0), l: num(0) };
  }
  if (c < 32) {
    const l = t(bin(B.BitOr, bin(B.UShr, a.l, num(c)), bin(B.Shl, a.h, num(32 - c))));
    const h = t(signed ? bin(B.Shr, a.h, num(c)) : bin(B.BitOr, bin(B.UShr, a.h, num(c)), num(0)));
    return { h, l };
  }
  if (signed) {
    const l = t(bin(B.Shr, a.h, num(c < 64 ? c - 32 : 31)));
    return { h: t(bin(B.Shr, a.h, num(31))), l };
  }
  if (c < 64) return { h: num(0), l: t(bin(B.BitOr, bin(B.UShr, a.h, num(c - 32)), num(0))) };
  return { h: num(0), l: num(0) };
}

/** The halves of x, y in Go's order: a call on the right of a call-free left goes first (as binaryExpr). */
function operands(fl: FuncLowerer, x: Expr, y: Expr, pre: J.Expr[]): [Pair, Pair] {
  if (hasCall(y) && !hasCall(x) && fl.tv(x).value === null) {
    const b = fl.pairExpr(y, pre);
    return [fl.pairExpr(x, pre), b];
  }
  const a = fl.pairExpr(x, pre);
  return [a, fl.pairExpr(y, pre)];
}

P.pairExpr = function (this: FuncLowerer, e: Expr, pre: J.Expr[]): Pair {
  const tv = this.tv(e);
  if (tv.value !== null && tv.mode === OperandMode.Constant) return constPair(C.val(C.toInt(tv.value)) as bigint);
  const x = unparen(e);
  const signed = rep(this.typeOf(x)) === R.I64;
  switch (x.kind) {
    case NodeKind.Name: {
      const o = this.info.uses.get(x);
      const pv = o instanceof Var ? this.pairVars.get(o) : undefined;
      if (pv !== undefined) return { h: id(pv.h), l: id(pv.l) };
      break;
    }
    case NodeKind.Operation: {
      if (!isWord(this.typeOf(x))) break;
      if (x.y === null) {
        if (x.op === Operator.Add) return this.pairExpr(x.x, pre);
        if (x.op === Operator.Xor) {
          const a = this.pairExpr(x.x, pre);
          return { h: temp(this, J.unary(J.UnOp.BitNot, a.h), pre), l: temp(this, J.unary(J.UnOp.BitNot, a.l), pre) };
        }
        if (x.op === Operator.Sub) return binPair(this, Operator.Sub, { h: num(0), l: num(0) }, this.pairExpr(x.x, pre), signed, pre);
        break;
      }
      if (x.op === Operator.Shl || x.op === Operator.Shr) {
        const left = x.op === Operator.Shl;
        const cv = this.tv(x.y).value;
        if (cv !== null) {
          const [, c] = this.shiftCount(x.y);
          return shiftConst(this, left, signed, this.pairExpr(x.x, pre), c!, pre);
        }
        const countFirst = hasCall(x.y) && !hasCall(x.x);
        let count: J.Expr | null = null;
        if (countFirst) count = this.once(this.shiftCount(x.y)[0], pre);
        const a = this.pairExpr(x.x, pre);
        if (count === null) count = this.once(this.shiftCount(x.y)[0], pre);
        pre.push(J.call(this.rt(left ? "shlP" : signed ? "shrSP" : "shrUP"), [a.h, a.l, count]));
        return readPAIR(this, pre);
      }
      if (ARITH.has(x.op) || x.op === Operator.Div || x.op === Operator.Rem) {
        const [a, b] = operands(this, x.x, x.y, pre);
        return binPair(this, x.op, a, b, signed, pre);
      }
      break;
    }
    case NodeKind.CallExpr: {
      if (this.tv(x.fun).mode !== OperandMode.TypExpr) {
        const wc = this.wideCall(x);
        if (wc === null || wc.result === null) break;
        pre.push(...wc.pre, wc.call);
        return readPAIR(this, pre);
      }
      if (x.argList.length !== 1) break;
      const arg = x.argList[0]!;
      const at = this.typeOf(arg);
      if (this.tv(arg).value !== null) break;
      if (isWord(at)) return this.pairExpr(arg, pre);
      const ar = rep(at);
      if (ar === R.I8 || ar === R.I16 || ar === R.I32) {
        const v = this.once(this.expr(arg), pre);
        return { h: temp(this, bin(B.Shr, v, num(31)), pre), l: v };
      }
      if (ar === R.U8 || ar === R.U16) return { h: num(0), l: this.once(this.expr(arg), pre) };
      if (ar === R.U32) return { h: num(0), l: temp(this, bin(B.BitOr, this.expr(arg), num(0)), pre) };
      break;
    }
    default: break;
  }
  return unpack(this, this.expr(e), pre);
};

P.pairOperation = function (this: FuncLowerer, e: Operation): J.Expr | null {
  const y = e.y;
  if (y !== null) {
    const cmp = e.op === Operator.Eql || e.op === Operator.Neq || e.op === Operator.Lss || e.op === Operator.Leq || e.op === Operator.Gtr || e.op === Operator.Geq;
    if (cmp) {
      if (!isWord(this.typeOf(e.x)) || !(this.mentionsPair(e.x) || this.mentionsPair(y))) return null;
      const pre: J.Expr[] = [];
      const [a, b] = operands(this, e.x, y, pre);
      const signed = rep(this.typeOf(e.x)) === R.I64;
      pre.push(compare(e.op, a, b, signed));
      return pre.length === 1 ? pre[0]! : J.seq(pre);
    }
  }
  if (!isWord(this.typeOf(e)) || !this.mentionsPair(e)) return null;
  const pre: J.Expr[] = [];
  const p = this.pairExpr(e, pre);
  pre.push(this.packPair(p, rep(this.typeOf(e)) === R.I64));
  return J.seq(pre);
};

function compare(op: Operator, a: Pair, b: Pair, signed: boolean): J.Expr {
  const u = (x: J.Expr): J.Expr => bin(B.UShr, x, num(0));
  const hiEq = bin(B.StrictEq, a.h, b.h);
  switch (op) {
    case Operator.Eql: return J.logical(B.LogAnd, hiEq, bin(B.StrictEq, a.l, b.l));
    case Operator.Neq: return J.logical(B.LogOr, bin(B.StrictNe, a.h, b.h), bin(B.StrictNe, a.l, b.l));
    default: {
      const rel = op === Operator.Lss ? B.Lt : op === Operator.Leq ? B.Le : op === Operator.Gtr ? B.Gt : B.Ge;
      const strict = op === Operator.Lss || op === Operator.Leq ? B.Lt : B.Gt;
      const hs = signed ? [a.h, b.h] : [u(a.h), u(b.h)];
      return J.logical(B.LogOr, bin(strict, hs[0]!, hs[1]!), J.logical(B.LogAnd, hiEq, bin(rel, u(a.l), u(b.l))));
    }
  }
}

P.pairConversion = function (this: FuncLowerer, x: Expr, from: Type, to: Type): J.Expr | null {
  if (!isWord(from) || !this.mentionsPair(x)) return null;
  const pre: J.Expr[] = [];
  const tr = rep(to);
  let out: J.Expr;
  if (tr === R.U64 || tr === R.I64) {
    out = this.packPair(this.pairExpr(x, pre), tr === R.I64);
  } else if (tr === R.F64) {
    const p = this.pairExpr(x, pre);
    out = J.call(this.rt(rep(from) === R.I64 ? "pairToFloatS" : "pairToFloatU"), [p.h, p.l]);
  } else {
    const l = this.pairExpr(x, pre).l;
    switch (tr) {
      case R.I32: out = l; break;
      case R.U32: out = bin(B.UShr, l, num(0)); break;
      case R.I16: out = bin(B.Shr, bin(B.Shl, l, num(16)), num(16)); break;
      case R.U16: out = bin(B.BitAnd, l, num(0xffff)); break;
      case R.I8: out = bin(B.Shr, bin(B.Shl, l, num(24)), num(24)); break;
      case R.U8: out = bin(B.BitAnd, l, num(0xff)); break;
      default: return null;
    }
  }
  pre.push(out);
  return pre.length === 1 ? pre[0]! : J.seq(pre);
};

/** Stores halves into pair variable pv. */
function store(pv: PairVar, p: Pair, pre: J.Expr[]): void {
  pre.push(J.assign(id(pv.h), p.h), J.assign(id(pv.l), p.l));
}

P.pairAssign = function (this: FuncLowerer, s: AssignStmt): J.Expr | null {
  if (this.pairVars.size === 0 || s.op === Operator.Def) return null;
  const lhs = unpackListExpr(s.lhs);
  if (lhs.length !== 1) return null;
  const l = unparen(lhs[0]!);
  if (l.kind !== NodeKind.Name) return null;
  const o = this.info.uses.get(l);
  const pv = o instanceof Var ? this.pairVars.get(o) : undefined;
  if (pv === undefined) return null;
  const pre: J.Expr[] = [];
  const cur: Pair = { h: id(pv.h), l: id(pv.l) };
  let p: Pair;
  if (s.rhs === null) {
    p = binPair(this, s.op, cur, { h: num(0), l: num(1) }, pv.signed, pre);
  } else if (s.op === Operator.None) {
    p = this.pairExpr(s.rhs, pre);
  } else if (s.op === Operator.Shl || s.op === Operator.Shr) {
    const cv = this.tv(s.rhs).value;
    if (cv !== null) p = shiftConst(this, s.op === Operator.Shl, pv.signed, cur, this.shiftCount(s.rhs)[1]!, pre);
    else {
      const count = this.once(this.shiftCount(s.rhs)[0], pre);
      pre.push(J.call(this.rt(s.op === Operator.Shl ? "shlP" : pv.signed ? "shrSP" : "shrUP"), [cur.h, cur.l, count]));
      p = readPAIR(this, pre);
    }
  } else {
    p = binPair(this, s.op, cur, this.pairExpr(s.rhs, pre), pv.signed, pre);
  }
  store(pv, p, pre);
  return J.seq(pre);
};

P.pairDeclare = function (this: FuncLowerer, v: Var, e: Expr | null, pos: number): void {
  const pv = this.pairVars.get(v)!;
  const pre: J.Expr[] = [];
  const p = e === null ? { h: num(0), l: num(0) } : this.pairExpr(e, pre);
  for (const x of pre) this.emit(J.exprStmt(x));
  this.emit(J.varDecl(J.DeclKind.Let, [{ name: pv.h, init: p.h }, { name: pv.l, init: p.l }], pos));
};

/** The lvalue of a pair variable stored from canonical values (forms pairAssign does not take). */
export function pairLValue(fl: FuncLowerer, pv: PairVar, t: Type) {
  return {
    type: t,
    get: (): J.Expr => fl.packPair({ h: id(pv.h), l: id(pv.l) }, pv.signed),
    set: (v: J.Expr): J.Expr => {
      const pre: J.Expr[] = [];
      const p = unpack(fl, v, pre);
      store(pv, p, pre);
      return J.seq(pre);
    },
  };
}

export type { CallExpr };

declare module "./func.js" {
  interface FuncLowerer {
    /** A direct call of a function with a wide form: its work, the call, and its result kind. */
    wideCall(e: CallExpr): { pre: J.Expr[]; call: J.Expr; result: PairKind | null } | null;
    /** A return in a wide function: the result goes to PAIR. */
    wideReturn(e: Expr): void;
  }
}

/** The static callee of a call, when it is a declared function. */
function calleeOf(fl: FuncLowerer, e: CallExpr): import("../types/index.js").Func | null {
  const f = unparen(e.fun);
  let o: unknown;
  if (f.kind === NodeKind.Name) o = fl.objOf(f);
  else if (f.kind === NodeKind.SelectorExpr && fl.info.selections.get(f) === undefined) o = fl.objOf(f.sel);
  return o instanceof FuncObj ? o : null;
}

P.wideCall = function (this: FuncLowerer, e: CallExpr) {
  if (e.hasDots) return null;
  const f = calleeOf(this, e);
  if (f === null) return null;
  const w = this.pc.wideABI(f);
  if (w === null) return null;
  const sig = f.type as import("../types/index.js").Signature;
  const params = sig.params.vars;
  if (e.argList.length !== params.length) return null;
  const pre: J.Expr[] = [];
  const args: J.Expr[] = [];
  e.argList.forEach((a, i) => {
    if (w.params[i] !== null) {
      const p = this.pairExpr(a, pre);
      args.push(p.h, p.l);
    } else {
      args.push(this.once(this.value(a, this.subst(params[i]!.type!)), pre));
    }
  });
  return { pre, call: J.call(id(w.name), args, e.pos), result: w.result };
};

P.wideReturn = function (this: FuncLowerer, e: Expr): void {
  const pre: J.Expr[] = [];
  const p = this.pairExpr(e, pre);
  const R0 = this.rt("PAIR");
  for (const x of pre) this.emit(J.exprStmt(x));
  this.emit(J.exprStmt(J.assign(J.index(R0, num(0)), p.h)));
  this.emit(J.exprStmt(J.assign(J.index(R0, num(1)), p.l)));
  this.emit(J.return_());
};

