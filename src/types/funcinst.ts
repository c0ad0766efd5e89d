// Generic function instantiation (the instantiation part of types2's call.go, and the type
// parameter renaming of infer.go): explicit f[T] and partial instantiations, inference of
// missing type arguments from an assignment target, instantiation of signatures with lazy
// verification of the type arguments against their constraints.

import type { Pos } from "../source/index.js";
import type { Expr, IndexExpr } from "../syntax/index.js";
import { Name, unpackListExpr, startPos } from "../syntax/index.js";
import { Checker, Target } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { INVALID, Signature, Tuple, Type, TypeParam } from "./type.js";
import { TypeName, Var } from "./object.js";
import { makeRenameMap, subst } from "./subst.js";
import { valueOperand } from "./expr.js";

/** The number of type parameters of sig. */
export function numTParams(sig: Signature): number {
  return sig.tparams === null ? 0 : sig.tparams.length;
}


/**
 * Checks the instantiation of the generic function x, with the (partial) type arguments of
 * inst if given, inferring missing ones from the target T if given. With infer, missing type
 * arguments are inferred and x is instantiated (the result is null lists). Without infer, if
 * inst doesn't provide all type arguments, they are returned with their expressions and x is
 * unchanged. On error (other than a version error), x becomes invalid.
 */
Checker.prototype.funcInst = function (
  this: Checker, T: Target | null, pos: Pos, x: Operand, inst: IndexExpr | null, infer: boolean,
): { targs: Type[] | null; xlist: Expr[] | null } {
  const none = { targs: null, xlist: null };
  let instErrPos: Pos;
  if (inst !== null) {
    instErrPos = inst.pos;
    x.expr = inst; // if we don't have an index expression, keep the existing expression of x
  } else {
    instErrPos = pos;
  }
  const versionErr = !this.verifyVersionf(instErrPos, "go1.18", "function instantiation");

  // targs and xlist are the type arguments and corresponding type expressions, or null.
  let targs: Type[] | null = null;
  let xlist: Expr[] | null = null;
  if (inst !== null) {
    xlist = [...unpackListExpr(inst.index)];
    targs = this.typeList(xlist);
    if (targs === null) {
      x.mode = OperandMode.Invalid;
      return none;
    }
  }

  // Compare the count of type arguments given with the count of type parameters.
  let sig = x.type as Signature;
  let got = targs === null ? 0 : targs.length;
  const want = numTParams(sig);
  if (got > want) {
    // More type arguments than type parameters is an error in any case.
    this.errorf(xlist![got - 1]!, "got %d type arguments but want %d", got, want);
    x.mode = OperandMode.Invalid;
    return none;
  }

  if (got < want) {
    if (!infer) return { targs: targs ?? [], xlist: xlist ?? [] };

    // If the uninstantiated or partially instantiated function x is used in an assignment
    // (T !== null), infer missing type arguments by treating the assignment
    //
    //    var tvar tsig = x
    //
    // as if calling g(tvar) for a made-up generic function g
    //
    //    func g[type_parameters_of_x](func_type_of_x)
    let args: Operand[] = [];
    let params: Var[] = [];
    let reverse = false;
    if (T !== null && sig.tparams !== null) {
      if (!versionErr && !this.allowVersion(instErrPos, "go1.21")) {
        if (inst !== null) {
          this.versionErrorf(instErrPos, "go1.21", "partially instantiated function in assignment");
        } else {
          this.versionErrorf(instErrPos, "go1.21", "implicitly instantiated function in assignment");
        }
      }
      const gsig = new Signature(null, null, sig.params, sig.results, sig.variadic);
      const xpos = x.expr !== null ? x.expr.pos : 0;
      params = [new Var(xpos, this.pkg, "", gsig)];
      // The argument's type is T's signature: the type of the lhs of an assignment or the
      // result type of a return statement. Its pseudo-expression reads well in infer's errors.
      const expr = new Name(xpos, T.desc);
      args = [valueOperand(expr, T.sig)];
      reverse = true;
    }

    // Fresh type parameters keep recursive instantiations apart.
    const r = renameTParams(this, pos, sig.tparams!, new Tuple(params));

    const err = this.newError();
    const targs2 = this.infer(pos, r.tparams, (targs ?? []) as Type[], r.typ as Tuple, args, reverse, err);
    if (targs2 === null) {
      if (!err.empty()) err.report();
      x.mode = OperandMode.Invalid;
      return none;
    }
    targs = targs2;
    got = targs.length;
  }

  // instantiate function signature
  sig = this.instantiateSignature(x.expr !== null ? x.expr.pos : 0, x.expr!, sig, targs!, xlist);

  x.type = sig;
  x.mode = OperandMode.Value;
  return none;
};

/** Instantiates the generic signature typ with targs, records the instance and verifies it later. */
Checker.prototype.instantiateSignature = function (
  this: Checker, pos: Pos, expr: Expr, typ: Signature, targs: Type[], xlist: Expr[] | null,
): Signature {
  const inst = this.instance(pos, typ, targs, null) as Signature;
  this.recordInstance(expr, targs, inst);

  // constraints are checked later, once all types are set up (go.dev/issue/50450)
  this.later(() => {
    const tparams = typ.tparams!;
    const r = this.verify(pos, tparams, targs);
    if (r.err !== null) {
      // best position for error reporting
      let p = pos;
      if (xlist !== null && r.index < xlist.length) p = startPos(xlist[r.index]!);
      this.softErrorf(p, "%s", r.err);
    } else {
      // feed the instantiation-cycle check (mono.ts)
      this.mono().recordInstance(this.pkg, pos, tparams, targs, xlist);
    }
  }, "verify instantiation");

  return inst;
};

/**
 * Gives the type parameters new identities (for inference in self-recursive calls, where the
 * type parameters being solved for may also occur in the arguments); returns the new type
 * parameters and typ with them substituted.
 */
export function renameTParams(check: Checker, pos: Pos, tparams: readonly TypeParam[], typ: Type): { tparams: TypeParam[]; typ: Type } {
  if (tparams.length === 0) return { tparams: [], typ };
  const tparams2: TypeParam[] = [];
  for (const tparam of tparams) {
    const o = tparam.obj;
    const tname = new TypeName(o.pos, o.pkg, o.name, null);
    const tp = new TypeParam(tname, INVALID);
    tname.type = tp;
    tp.index = tparam.index;
    tparams2.push(tp);
  }
  const renameMap = makeRenameMap(tparams, tparams2);
  for (let i = 0; i < tparams.length; i++) {
    tparams2[i]!.bound = subst(check, pos, tparams[i]!.bound, renameMap, null, check.context());
  }
  return { tparams: tparams2, typ: subst(check, pos, typ, renameMap, null, check.context()) };
}

declare module "./check.js" {
  interface Checker {
    instantiateSignature(pos: Pos, expr: Expr, typ: Signature, targs: Type[], xlist: Expr[] | null): Signature;
  }
}
