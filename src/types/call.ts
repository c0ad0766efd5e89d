// Calls (types2's call.go): conversions T(x), calls of built-ins, functions and methods with
// their argument checks (counts, variadic parameters, ...), inference of type arguments of
// generic callees and generic function arguments, and the "use" of expressions evaluated only
// for their side effects after errors. Selectors are in selector.ts, explicit instantiation
// in funcinst.ts.

import type { CallExpr, Expr, IndexExpr } from "../syntax/index.js";
import { NodeKind, unpackListExpr, unparen } from "../syntax/index.js";
import { Checker, ErrorBuilder, ExprKind } from "./check.js";
import { Operand, OperandMode } from "./operand.js";
import { Signature, Tuple, Type, TypeKind, TypeParam, under } from "./type.js";
import { GoObj, ObjKind, Var } from "./object.js";
import { predeclaredFuncs } from "./universe.js";
import { clone, isTypeParam } from "./predicates.js";
import { coreType } from "./under.js";
import { typeSetOf } from "./typeset.js";
import { makeSubstMap, subst } from "./subst.js";
import { lookupName } from "./assignments.js";
import { invalidOp, valueOperand } from "./expr.js";
import { numTParams, renameTParams } from "./funcinst.js";
import { isParameterized } from "./infer.js";
import "./selector.js";


/** Records that the package-level declaration being checked depends on obj (for init order). */
export function addDeclDep(check: Checker, to: GoObj): void {
  const from = check.env.decl;
  if (from === null) return; // not in a package-level init expression
  if (!check.objMap.has(to)) return; // to is not a package-level object
  from.addDep(to);
}

// ---------------------------------------------------------------------------------------------
// Calls

Checker.prototype.callExpr = function (this: Checker, x: Operand, call: CallExpr): ExprKind {
  let inst: IndexExpr | null = null; // function instantiation, if any
  if (call.fun.kind === NodeKind.IndexExpr) {
    const iexpr = call.fun;
    if (this.indexExpr(x, iexpr)) {
      // Delay function instantiation to argument checking, where type and value arguments
      // are combined for type inference.
      inst = iexpr;
    }
    x.expr = iexpr;
    this.record(x);
  } else {
    this.exprOrType(x, call.fun, true);
  }
  // x.type may be generic

  switch (x.mode) {
    case OperandMode.Invalid:
      this.use(...call.argList);
      x.expr = call;
      return ExprKind.Statement;

    case OperandMode.TypExpr: {
      // conversion
      this.nonGeneric(null, x);
      if ((x.mode as OperandMode) === OperandMode.Invalid) return ExprKind.Conversion;
      const T = x.type!;
      x.mode = OperandMode.Invalid;
      const n = call.argList.length;
      switch (n) {
        case 0:
          this.errorf(call, "missing argument in conversion to %s", T);
          break;
        case 1:
          this.expr(null, x, call.argList[0]!);
          if (x.mode !== OperandMode.Invalid) {
            const t = under(T);
            if (t.tkind === TypeKind.Interface && !isTypeParam(T)) {
              if (!typeSetOf(t).isMethodSet()) {
                this.errorf(call, "cannot use interface %s in conversion (contains specific type constraints or is comparable)", T);
                break;
              }
            }
            if (call.hasDots) {
              this.errorf(call.argList[0]!, "invalid use of ... in conversion to %s", T);
              break;
            }
            this.conversion(x, T);
          }
          break;
        default:
          this.use(...call.argList);
          this.errorf(call.argList[n - 1]!, "too many arguments in conversion to %s", T);
      }
      x.expr = call;
      return ExprKind.Conversion;
    }

    case OperandMode.Builtin: {
      // no need to check for non-genericity here
      const id = x.id;
      if (!this.builtin(x, call, id)) x.mode = OperandMode.Invalid;
      x.expr = call;
      // a non-constant result implies a function call
      if ((x.mode as OperandMode) !== OperandMode.Invalid && (x.mode as OperandMode) !== OperandMode.Constant) this.env.hasCallOrRecv = true;
      return predeclaredFuncs[id].kind as number as ExprKind;
    }
  }

  // ordinary function/method call; the signature may be generic
  const cgocall = x.mode === OperandMode.CgoFunc;

  // a value of type parameter type is callable when every type in its set has the same signature
  const ct = coreType(x.type!);
  if (ct === null || ct.tkind !== TypeKind.Signature) {
    this.errorf(x, invalidOp + "cannot call non-function %s", x);
    x.mode = OperandMode.Invalid;
    x.expr = call;
    return ExprKind.Statement;
  }
  let sig: Signature = ct;

  // Remember whether the callee was generic; sig may be replaced by its instance below.
  const wasGeneric = numTParams(sig) > 0;

  // evaluate type arguments, if any
  let xlist: Expr[] | null = null;
  let targs: Type[] | null = null;
  if (inst !== null) {
    xlist = [...unpackListExpr(inst.index)];
    targs = this.typeList(xlist);
    if (targs === null) {
      this.use(...call.argList);
      x.mode = OperandMode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }

    // the count of type arguments against the count of type parameters
    const got = targs.length, want = numTParams(sig);
    if (got > want) {
      this.errorf(xlist[want]!, "got %d type arguments but want %d", got, want);
      this.use(...call.argList);
      x.mode = OperandMode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }

    // If sig is generic and all type arguments are provided, preempt function argument type
    // inference by explicitly instantiating the signature. This records accurate type
    // information for sig even if checking its arguments fails.
    if (got === want && want > 0) {
      this.verifyVersionf(inst, "go1.18", "function instantiation");
      sig = this.instantiateSignature(inst.pos, inst, sig, targs, xlist);
      // targs have been consumed; proceed with checking arguments of the non-generic signature
      targs = null;
      xlist = null;
    }
  }

  // evaluate arguments
  const ga = genericExprList(this, call.argList);
  sig = this.arguments(call, sig, targs, xlist, ga.list, ga.targsList, ga.xlistList);

  if (wasGeneric && numTParams(sig) === 0) {
    // update the recorded type of call.fun to its instantiated type
    this.recordTypeAndValue(call.fun, OperandMode.Value, sig, null);
  }

  // determine result
  switch (sig.results.length) {
    case 0:
      x.mode = OperandMode.NoValue;
      break;
    case 1:
      x.mode = cgocall ? OperandMode.CommaErr : OperandMode.Value;
      x.type = sig.results.vars[0]!.type; // unpack tuple
      break;
    default:
      x.mode = OperandMode.Value;
      x.type = sig.results;
  }
  x.expr = call;
  this.env.hasCallOrRecv = true;

  // if type inference failed, a parameterized result must be invalidated (operands cannot
  // have a parameterized type)
  if (x.mode === OperandMode.Value && numTParams(sig) > 0 && isParameterized(sig.tparams!, x.type!)) {
    x.mode = OperandMode.Invalid;
  }

  return ExprKind.Statement;
};

/** Evaluates a list of expressions; a single expression may yield several operands. */
Checker.prototype.exprList = function (this: Checker, elist: readonly Expr[]): Operand[] {
  if (elist.length === 1) return this.multiExpr(elist[0]!, false).list;
  const xlist: Operand[] = [];
  for (const e of elist) {
    const x = new Operand();
    this.expr(null, x, e);
    xlist.push(x);
  }
  return xlist;
};

/**
 * Like exprList, but operands may be uninstantiated or partially instantiated generic
 * functions (from Go 1.21 on). For partially instantiated ones, targsList[i] and xlistList[i]
 * hold the explicit type arguments and their expressions.
 */
function genericExprList(check: Checker, elist: readonly Expr[]): { list: Operand[]; targsList: Type[][] | null; xlistList: Expr[][] | null } {
  // Before Go 1.21, uninstantiated or partially instantiated argument functions are not
  // permitted: funcInst must infer missing type arguments then.
  let infer = true;
  const n = elist.length;
  if (n > 0 && check.allowVersion(elist[0]!, "go1.21")) infer = false;

  const targsList: Type[][] = [];
  const xlistList: Expr[][] = [];

  // If e is a generic function instantiation f[...], checks it into a new operand (recording
  // partial type arguments at index i); otherwise returns null.
  const inst = (e: Expr, i: number): Operand | null => {
    if (e.kind !== NodeKind.IndexExpr) return null;
    const x = new Operand();
    // (As in types2, an index expression that turns out not to be an instantiation is
    // evaluated again by the caller.)
    if (!check.indexExpr(x, e)) return null;
    // x is a generic function.
    const r = check.funcInst(null, x.expr !== null ? x.expr.pos : 0, x, e, infer);
    if (r.targs !== null) {
      // x was not instantiated: gather the type arguments given so far.
      targsList[i] = r.targs;
      xlistList[i] = r.xlist!;
      // x.expr becomes the index expression, so the partial instance is recorded for it.
      x.expr = e;
    } else {
      // x was instantiated: record it here because the usual evaluators weren't used.
      check.record(x);
    }
    return x;
  };

  if (n === 1) {
    // one value (maybe a partially instantiated function) or several
    const e = elist[0]!;
    const x = inst(e, 0);
    if (x !== null) {
      const partial = targsList.length > 0;
      return { list: [x], targsList: partial ? targsList : null, xlistList: partial ? xlistList : null };
    }
    // no instantiation syntax here (x may still be a generic function).
    const y = new Operand();
    check.rawExpr(null, y, e, null, true);
    check.exclude(y, (1 << OperandMode.NoValue) | (1 << OperandMode.Builtin) | (1 << OperandMode.TypExpr));
    const t = y.type;
    if (t !== null && t.tkind === TypeKind.Tuple && y.mode !== OperandMode.Invalid) {
      // a function call returning multiple values; it cannot be generic
      return { list: t.vars.map((v) => valueOperand(e, v.type!)), targsList: null, xlistList: null };
    }
    // exactly one value (possibly invalid or an uninstantiated generic function)
    return { list: [y], targsList: null, xlistList: null };
  }

  const list: Operand[] = [];
  for (let i = 0; i < n; i++) {
    const e = elist[i]!;
    let x = inst(e, i);
    if (x === null) {
      // exactly one value (possibly invalid or an uninstantiated generic function)
      x = new Operand();
      check.genericExpr(x, e);
    }
    list.push(x);
  }
  return { list, targsList, xlistList };
}

/**
 * Checks the arguments of a call of a function with signature sig, which may be generic and
 * partially instantiated (targs, xlist); arguments may be generic functions too (atargs[i],
 * atxlist[i] being their partial type arguments). For a variadic callee, the signature is
 * adjusted to the arguments. Missing type arguments of the callee and of argument functions
 * are inferred together and the functions instantiated. The result is the (possibly adjusted
 * and instantiated) signature, or sig after an error.
 */
Checker.prototype.arguments = function (
  this: Checker, call: CallExpr, sig: Signature, targs: Type[] | null, xlist: Expr[] | null, args: Operand[],
  atargs: Type[][] | null, atxlist: Expr[][] | null,
): Signature {
  void atxlist;
  let rsig = sig;

  // How many arguments a call may have: a non-variadic function needs exactly npars and
  // rejects a trailing "..."; a variadic one needs at least npars-1, or exactly npars when the
  // call ends in "...".

  const nargs = args.length;
  let npars = sig.params.length;
  const ddd = call.hasDots;

  // set up parameters
  let sigParams = sig.params; // adjusted for variadic functions
  let adjusted = false; // sigParams is different from sig.params
  if (sig.variadic) {
    if (ddd) {
      // variadic_func(a, b, c...)
      if (call.argList.length === 1 && nargs > 1) {
        // f()... is not permitted if f() is multi-valued
        this.errorf(call, "cannot use ... with %d-valued %s", nargs, call.argList[0]);
        return rsig;
      }
    } else {
      // variadic_func(a, b, c)
      if (nargs >= npars - 1) {
        // Create custom parameters for arguments: keep the first npars-1 parameters and add
        // one for each argument mapping to the ... parameter.
        const vars = sig.params.vars.slice(0, npars - 1);
        const last = sig.params.vars[npars - 1]!;
        const lt = last.type!;
        const typ = lt.tkind === TypeKind.Slice ? lt.elem : lt;
        while (vars.length < nargs) vars.push(new Var(last.pos, last.pkg, last.name, typ));
        sigParams = new Tuple(vars);
        adjusted = true;
        npars = nargs;
      } else {
        // nargs < npars-1
        npars--; // for correct error message below
      }
    }
  } else {
    if (ddd) {
      // standard_func(a, b, c...)
      this.errorf(call, "cannot use ... in call to non-variadic %s", call.fun);
      return rsig;
    }
    // standard_func(a, b, c)
  }

  // check argument count
  if (nargs !== npars) {
    let at: Expr = call;
    let qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars]!.expr!; // report at first extra argument
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1]!.expr!; // report at last argument
    }
    const err = this.newError();
    err.addf(at, "%s arguments in call to %s", qualifier, call.fun);
    err.addf(0, "have %s", this.typesSummary(args.map((a) => a.type), false));
    err.addf(0, "want %s", this.typesSummary(sig.params.vars.map((v) => v.type), sig.variadic));
    err.report();
    return rsig;
  }

  // type parameters of the callee and of generic function arguments, together
  let tparams: TypeParam[] = [];
  const targsAll: (Type | null)[] = targs !== null ? [...targs] : [];

  // collect type parameters of callee
  const n = numTParams(sig);
  if (n > 0) {
    if (!this.allowVersion(call.pos, "go1.18")) {
      if (call.fun.kind === NodeKind.IndexExpr) {
        this.versionErrorf(call.fun, "go1.18", "function instantiation");
      } else {
        this.versionErrorf(call, "go1.18", "implicit function instantiation");
      }
    }
    // fresh type parameters keep recursive calls apart
    const r = renameTParams(this, call.pos, sig.tparams!, sigParams);
    tparams = r.tparams;
    sigParams = r.typ as Tuple;
    // make sure targs and tparams have the same length
    while (targsAll.length < tparams.length) targsAll.push(null);
  }

  // add the type parameters of generic function arguments
  const genericArgs: number[] = []; // indices of generic function arguments
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // generic arguments cannot have a defined (Named) type - no need for underlying type below
    const at = arg.type;
    if (at !== null && at.tkind === TypeKind.Signature && numTParams(at) > 0) {
      // The argument type is a generic function signature, shared with the generic function
      // object: clone it before changing its type parameters (go.dev/issues/63260).
      let asig = clone(at);
      // Rename type parameters for cases like f(g, g); this gives each generic function
      // argument a unique type identity (go.dev/issues/59956).
      const r = renameTParams(this, call.pos, asig.tparams!, asig);
      asig = r.typ as Signature;
      asig.tparams = r.tparams; // renameTParams doesn't touch the associated type parameters
      arg.type = asig; // new type identity for the function argument
      tparams = tparams.concat(r.tparams);
      // add partial list of type arguments, if any
      if (atargs !== null && i < atargs.length && atargs[i] !== undefined) targsAll.push(...atargs[i]!);
      // make sure targs and tparams have the same length
      while (targsAll.length < tparams.length) targsAll.push(null);
      genericArgs.push(i);
    }
  }

  // only argument functions without explicit instantiation are supported here
  if (genericArgs.length > 0) this.verifyVersionf(args[genericArgs[0]!]!, "go1.21", "implicitly instantiated function as argument");

  // tparams lists the type parameters of the callee and of generic function arguments:
  // the callee's n type parameters come first, then mi for each
  // of the generic function arguments, where mi = args[i].type.tparams.length.

  // infer the type arguments still missing, for callee and arguments alike
  if (tparams.length > 0) {
    const err = this.newError();
    const inferred = this.infer(call.pos, tparams, targsAll as Type[], sigParams, args, false, err);
    if (inferred === null) {
      if (!err.empty()) {
        this.errorf(err.pos(), "in call to %s, %s", call.fun, err.msg());
      }
      return rsig;
    }

    // update result signature: instantiate if needed
    if (n > 0) {
      rsig = this.instantiateSignature(call.pos, call.fun, sig, inferred.slice(0, n), xlist);
      // If the callee's parameter list was adjusted, instantiate it separately; otherwise the
      // result signature's parameter list is it.
      if (adjusted) {
        sigParams = subst(this, call.pos, sigParams, makeSubstMap(tparams.slice(0, n), inferred.slice(0, n)), null, this.context()) as Tuple;
      } else {
        sigParams = rsig.params;
      }
    }

    // compute argument signatures: instantiate if needed
    let j = n;
    for (const i of genericArgs) {
      const arg = args[i]!;
      const asig = arg.type as Signature;
      const k = j + numTParams(asig);
      // inferred[j:k] are the inferred type arguments for asig
      arg.type = this.instantiateSignature(call.pos, arg.expr!, asig, inferred.slice(j, k), null);
      this.record(arg); // record here because the usual expression evaluators weren't used
      j = k;
    }
  }

  // check arguments
  if (args.length > 0) {
    const context = this.sprintf("argument to %s", call.fun);
    for (let i = 0; i < args.length; i++) {
      this.assignment(args[i]!, sigParams.vars[i]!.type, context);
    }
  }

  return rsig;
};

// ---------------------------------------------------------------------------------------------
// Use

/**
 * Checks each argument (which may be null), for its side effects: to make sure expressions
 * are evaluated and variables "used" in the presence of other errors. Reports whether all
 * arguments evaluated without error.
 */
Checker.prototype.use = function (this: Checker, ...args: (Expr | null)[]): boolean {
  return useN(this, args, false);
};

/** Like use, but doesn't "use" top-level identifiers (for the lhs of assignments). */
Checker.prototype.useLHS = function (this: Checker, ...args: (Expr | null)[]): boolean {
  return useN(this, args, true);
};

function useN(check: Checker, args: readonly (Expr | null)[], lhs: boolean): boolean {
  let ok = true;
  for (const e of args) {
    if (!use1(check, e, lhs)) ok = false;
  }
  return ok;
}

function use1(check: Checker, e: Expr | null, lhs: boolean): boolean {
  const x = new Operand();
  x.mode = OperandMode.Value; // anything but invalid
  if (e === null) return true;
  const n = unparen(e);
  switch (n.kind) {
    case NodeKind.Name: {
      // don't report an error evaluating blank
      if (n.value === "_") break;
      // If the lhs is an identifier denoting a variable v, this assignment is not a 'use' of
      // v. Remember the current value of v.used and restore it after evaluating the lhs.
      let v: Var | null = null;
      let vUsed = false;
      if (lhs) {
        const scope = check.env.scope;
        const r = scope !== null ? scope.lookupParent(n.value, 0) : null;
        if (r !== null) {
          const obj = r[1];
          // It's ok to mark non-local variables, but ignore variables from other packages to
          // avoid potential race conditions with dot-imported variables.
          if (obj.okind === ObjKind.Var && obj.pkg === check.pkg) {
            v = obj;
            vUsed = v.used;
          }
        }
      }
      check.exprOrType(x, n, true);
      if (v !== null) v.used = vUsed; // restore v.used
      break;
    }
    case NodeKind.ListExpr:
      return useN(check, n.elemList, lhs);
    default:
      check.rawExpr(null, x, e, null, true);
  }
  return (x.mode as OperandMode) !== OperandMode.Invalid;
}

/** Reports whether e is the predeclared nil (possibly parenthesized). */
Checker.prototype.isNil = function (this: Checker, e: Expr): boolean {
  const n = unparen(e);
  if (n.kind === NodeKind.Name) {
    const obj = lookupName(this, n.value);
    return obj !== null && obj.okind === ObjKind.Nil;
  }
  return false;
};

export type { ErrorBuilder };
