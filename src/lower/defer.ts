// Lowering of defer statements and of the exits of functions that defer, with the strategy
// src/defer chose for the function (docs/defer.md):
//
// open-coded — each defer statement has slot variables for its function and arguments and a
// bit in the frame's deferBits; the statement stores them and sets the bit. Every exit tests
// the bits, newest first, clears each before calling the deferred function inline. The catch
// block around the body does the same through the runtime's deferRun, which runs the call in
// panic mode (recover, nested panics) and says whether the panic goes on.
//
// stack- and heap-allocated — the frame notes the goroutine's defer chain at entry
// ($rt.deferTop()); defer statements push records (deferprocStack, deferproc, or deferprocat
// onto a range-over-func loop's head); exits call deferreturn, the catch block
// deferPanicChain, each running the records above the frame's mark.
//
// Lowering visits a function's statements in source order, and in an open-coded function no
// loop or backward goto can carry control from a defer statement back to an earlier exit, so
// an exit only tests the slots of the defer statements lowered before it.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import {
  BlockStmt, CallExpr, CallStmt, ForStmt, NodeKind, SelectorExpr, unparen,
} from "../syntax/index.js";
import { Builtin, BuiltinId, Func, TypeKind, Var, under } from "../types/index.js";
import { OperandMode } from "../types/operand.js";
import { SelectionKind } from "../types/check.js";
import { classifyBody, DeferKind, type FuncDefers } from "../defer/classify.js";
import { FuncLowerer } from "./func.js";
import { callParts } from "./stmt.js";

interface OpenSlot {
  bit: number;
  /** The variable holding the function value, or the function itself when it is a declared one. */
  fn: string;
  staticFn: J.Expr | null;
  args: string[];
  blocks: "no" | "static" | "dynamic";
}

/** A frame's defer state. */
export interface DeferFrame {
  readonly plan: FuncDefers;
  readonly open: boolean;
  /** Open-coded: the deferBits variable and the slots lowered so far. */
  readonly bits: string;
  readonly slots: OpenSlot[];
  /** Chained: the variable holding the chain's top at entry, and range-over-func heads. */
  readonly top: string;
  readonly heads: Map<ForStmt, string>;
}

declare module "./func.js" {
  interface FuncLowerer {
    /** Decides the function's defer strategy (null when it has no defers). */
    deferFrame(body: BlockStmt, results: readonly Var[]): DeferFrame | null;
    deferStmt(s: CallStmt): void;
    /** Statements running the pending deferred calls at a normal exit. */
    deferExit(): J.Stmt[];
    /** Wraps a lowered body in the try/catch of its defer strategy. */
    deferWrap(body: J.Stmt[], recoveredReturn: J.Stmt[]): J.Stmt[];
    /** At the start of an outermost range-over-func loop whose body defers: its head record. */
    rangeFuncDeferHead(s: ForStmt): void;
  }
}

const P = FuncLowerer.prototype;

const noLine = (): number => 0;

P.deferFrame = function (this: FuncLowerer, body: BlockStmt, results: readonly Var[]): DeferFrame | null {
  const plan = classifyBody(body, results, this.info, noLine, this.pc.deferOptionsFor(this.pkg.path), []);
  if (plan.numDefers === 0 && plan.rangeFuncHeads.size === 0) return null;
  const open = plan.open;
  const f: DeferFrame = {
    plan, open,
    bits: open ? this.names.fresh("$db") : "",
    slots: [],
    top: open ? "" : this.names.fresh("$dt"),
    heads: new Map(),
  };
  if (open) this.frame.temps.push(f.bits);
  return f;
};

/**
 * The function and arguments of a deferred call, evaluated now (callParts, shared with go
 * statements), and whether the function is a declared one — the same function at every
 * exit, which an open-coded slot then calls directly.
 */
function deferredCall(fl: FuncLowerer, call: CallExpr): { fn: J.Expr; args: J.Expr[]; isStatic: boolean } {
  const f = unparen(call.fun);
  if (isBuiltinCall(fl, call)) {
    const o = f.kind === NodeKind.Name ? fl.objOf(f) : undefined;
    // defer recover(): recover acts as if the deferring function called it when it runs.
    if (o instanceof Builtin && o.id_ === BuiltinId.Recover) {
      return { fn: J.call(fl.rt("deferredRecoverOf"), [J.ident(fl.frame.selfName ?? "undefined")]), args: [], isStatic: false };
    }
    return { ...callParts(fl, call), isStatic: false };
  }
  const { fn, args } = callParts(fl, call);
  if (fn.kind !== J.K.Ident) return { fn, args, isStatic: false };
  const sel = f.kind === NodeKind.SelectorExpr ? fl.info.selections.get(f) : undefined;
  if (sel !== undefined) {
    // A method of a concrete type (not dispatched through an interface or type parameter).
    const xt = under(fl.typeOf((f as SelectorExpr).x));
    return { fn, args, isStatic: sel.kind === SelectionKind.MethodVal && xt.tkind !== TypeKind.Interface && xt.tkind !== TypeKind.TypeParam };
  }
  const name = f.kind === NodeKind.Name ? f : f.kind === NodeKind.SelectorExpr ? f.sel : null;
  return { fn, args, isStatic: name !== null && fl.objOf(name) instanceof Func };
}

function isBuiltinCall(fl: FuncLowerer, call: CallExpr): boolean {
  const m = fl.tv(call.fun).mode;
  return m === OperandMode.Builtin || m === OperandMode.TypExpr;
}

P.deferStmt = function (this: FuncLowerer, s: CallStmt): void {
  const df = this.frame.defers;
  if (df === null) throw new InternalError("defer statement in a function without defer state");
  const call = unparen(s.call) as CallExpr;
  const decision = df.plan.defers.get(s);
  if (decision === undefined) throw new InternalError("defer statement the classifier did not see");
  const { fn, args, isStatic } = deferredCall(this, call);
  if (df.open) {
    if (decision.kind !== DeferKind.OpenCoded) throw new InternalError("mixed defer strategies in one function");
    const bit = 1 << df.slots.length;
    const slot: OpenSlot = {
      bit,
      fn: isStatic ? "" : this.names.fresh("$df"),
      staticFn: isStatic ? fn : null,
      args: args.map(() => this.names.fresh("$da")),
      blocks: isBuiltinCall(this, call) ? "no" : this.callBlocks(call),
    };
    df.slots.push(slot);
    if (!isStatic) this.frame.temps.push(slot.fn);
    this.frame.temps.push(...slot.args);
    // The function value, then the arguments, as a call evaluates them.
    const stores: J.Expr[] = isStatic ? [] : [J.assign(J.ident(slot.fn), fn)];
    args.forEach((a, i) => stores.push(J.assign(J.ident(slot.args[i]!), a)));
    stores.push(J.assign(J.ident(df.bits), J.num(bit), J.BinOp.BitOr));
    for (const e of stores) this.emit(J.exprStmt(e, s.pos));
    return;
  }
  // Up to three arguments go in the record's fields; more in an array (n = -1).
  const argv = args.length <= 3 ? [J.num(args.length), ...args] : [J.num(-1), J.array(args)];
  switch (decision.kind) {
    case DeferKind.Stack:
      this.emit(J.exprStmt(J.call(this.rt("deferprocStack"), [J.ident(this.pc.staticConst("$dh", J.call(this.rt("deferHome"), []))), fn, ...argv]), s.pos));
      return;
    case DeferKind.Heap: {
      if (decision.rangeFuncLoop !== null) {
        const head = df.heads.get(decision.rangeFuncLoop);
        if (head === undefined) throw new InternalError("defer in a range-over-func body without its head");
        this.emit(J.exprStmt(J.call(this.rt("deferprocat"), [J.ident(head), fn, ...argv]), s.pos));
        return;
      }
      this.emit(J.exprStmt(J.call(this.rt("deferproc"), [fn, ...argv]), s.pos));
      return;
    }
    default:
      throw new InternalError("an open-coded defer in a chained frame");
  }
};

P.rangeFuncDeferHead = function (this: FuncLowerer, s: ForStmt): void {
  const df = this.frame.defers;
  if (df === null || !df.plan.rangeFuncHeads.has(s)) return;
  const v = this.names.fresh("$rfd");
  this.frame.temps.push(v);
  df.heads.set(s, v);
  this.emit(J.exprStmt(J.assign(J.ident(v), J.call(this.rt("deferrangefunc"), []))));
};

/** The inline call of an open-coded slot. */
function slotCall(fl: FuncLowerer, slot: OpenSlot): J.Expr {
  const args = slot.args.map((a) => J.ident(a));
  const fn = slotFn(slot);
  if (!fl.frame.gen || slot.blocks === "no") return J.call(fn, args);
  if (slot.blocks === "static") return J.yield_(J.call(fn, args), true);
  return J.yield_(J.call(fl.rt("callDyn"), [fn, J.array(args)]), true);
}

function slotFn(slot: OpenSlot): J.Expr {
  return slot.staticFn ?? J.ident(slot.fn);
}

P.deferExit = function (this: FuncLowerer): J.Stmt[] {
  const df = this.frame.defers;
  if (df === null) return [];
  if (!df.open) {
    const gen = this.frame.gen;
    return [J.exprStmt(this.maybeYield(J.call(this.rt(gen ? "deferreturnG" : "deferreturn"), [J.ident(df.top)])))];
  }
  const out: J.Stmt[] = [];
  for (let i = df.slots.length - 1; i >= 0; i--) {
    const s = df.slots[i]!;
    out.push(J.if_(J.binary(J.BinOp.BitAnd, J.ident(df.bits), J.num(s.bit)), J.block([
      J.exprStmt(J.assign(J.ident(df.bits), J.num(s.bit), J.BinOp.BitXor)),
      J.exprStmt(slotCall(this, s)),
    ])));
  }
  return out;
};

P.deferWrap = function (this: FuncLowerer, body: J.Stmt[], recoveredReturn: J.Stmt[]): J.Stmt[] {
  const df = this.frame.defers;
  if (df === null) return body;
  const gen = this.frame.gen;
  const e = this.names.fresh("$e");
  if (!df.open) {
    const handler = J.exprStmt(this.maybeYield(J.call(this.rt(gen ? "deferPanicChainG" : "deferPanicChain"), [J.ident(e), J.ident(df.top)])));
    return [J.const_(df.top, J.call(this.rt("deferTop"), [])), J.try_(body, e, [handler, ...recoveredReturn])];
  }
  // The panic path: the pending slots, newest first, through deferRun.
  const p = this.names.fresh("$p");
  const handler: J.Stmt[] = [J.let_(p, J.call(this.rt("deferStart"), [J.ident(e)]))];
  for (let i = df.slots.length - 1; i >= 0; i--) {
    const s = df.slots[i]!;
    const blocking = gen && s.blocks !== "no";
    const run = J.call(this.rt(blocking ? "deferRunG" : "deferRun"), [J.ident(p), slotFn(s), ...s.args.map((a) => J.ident(a))]);
    handler.push(J.if_(J.binary(J.BinOp.BitAnd, J.ident(df.bits), J.num(s.bit)), J.block([
      J.exprStmt(J.assign(J.ident(df.bits), J.num(s.bit), J.BinOp.BitXor)),
      J.exprStmt(J.assign(J.ident(p), blocking ? J.yield_(run, true) : run)),
    ])));
  }
  handler.push(J.exprStmt(J.call(this.rt("deferDone"), [J.ident(p)])));
  return [J.exprStmt(J.assign(J.ident(df.bits), J.num(0))), J.try_(body, e, [...handler, ...recoveredReturn])];
};
