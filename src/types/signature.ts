// Function types and signatures (types2's signature.go): the function scope, receivers
// (including the implicitly declared type parameters of generic receivers), type parameter
// lists, parameters and results, variadic parameters, and the validity of receiver types.

import type { Pos } from "../source/index.js";
import { Expr, Field, FuncType, NodeKind } from "../syntax/index.js";
import { Checker } from "./check.js";
import { Var } from "./object.js";
import { OperandMode } from "./operand.js";
import { Scope } from "./scope.js";
import { BasicKind, INVALID, Signature, Slice, Tuple, TypeKind, TypeParam, unalias, under, type Type } from "./type.js";
import { isValid } from "./predicates.js";
import { makeRenameMap, subst } from "./subst.js";
import { endPos } from "./stmt.js";
import { asNamed, bindTParams } from "./typedecl.js";

/** A new parameter variable: parameters always count as used (types2 NewParam). */
function newParam(pos: Pos, check: Checker, name: string, typ: Type): Var {
  const v = new Var(pos, check.pkg, name, typ);
  v.used = true;
  return v;
}

/** "1 type parameter", "2 type parameters" (types2 measure). */
function measure(x: number, unit: string): string {
  if (x !== 1) unit += "s";
  return `${x} ${unit}`;
}

Checker.prototype.funcType = function (
  this: Checker, sig: Signature, recvPar: Field | null, tparams: readonly Field[] | null, ftyp: FuncType,
): void {
  this.openScope(ftyp, "function");
  this.env.scope!.isFunc = true;
  this.recordScope(ftyp, this.env.scope!);
  sig.scope = this.env.scope;
  try {
    if (recvPar !== null) this.collectRecvTypeParams(sig, recvPar, ftyp);

    if (tparams !== null) {
      // the parser complains about type parameters of methods
      this.collectTypeParamsInto(tparams, (tps) => { sig.tparams = tps; });
    }

    // Parameters are declared in a temporary scope which is then merged into the function
    // scope (reporting redeclarations of the type parameters' names at that time).
    const scope = new Scope(null, 0, 0, "function body (temp. scope)");
    const scopePos = endPos(ftyp); // all parameters' scopes start after the signature
    let recvList: Var[] = [];
    if (recvPar !== null) recvList = this.collectParams(scope, [recvPar], false, scopePos).vars;
    const { vars: params, variadic } = this.collectParams(scope, ftyp.paramList, true, scopePos);
    const { vars: results } = this.collectParams(scope, ftyp.resultList, false, scopePos);
    const fscope = this.env.scope!;
    for (const obj of [...scope.objects()]) {
      obj.parent = null;
      const alt = fscope.insert(obj);
      if (alt !== undefined) {
        this.newError().addf(obj, "%s redeclared in this block", obj.name).addAltDecl(alt).report();
      }
    }

    if (recvPar !== null) {
      // spec: "The receiver is specified via an extra parameter section preceding the method
      // name. That parameter section must declare a single parameter, the receiver."
      let recv: Var;
      if (recvList.length === 0) {
        // error reported by the parser
        recv = new Var(0, null, "", INVALID);
        recv.used = true;
      } else {
        if (recvList.length > 1) {
          this.errorf(recvList[recvList.length - 1]!.pos, "method must have exactly one receiver");
        }
        recv = recvList[0]!; // continue with the first receiver
      }
      sig.recv = recv;

      // Validating the receiver type may expand types it depends on too early
      // (go.dev/issue/51232, go.dev/issue/51233): do it later.
      this.later(() => { this.validRecv(recv, sig); }, "validate receiver");
    }

    sig.params = new Tuple(params);
    sig.results = new Tuple(results);
    sig.variadic = variadic;
  } finally {
    this.closeScope();
  }
};

declare module "./check.js" {
  interface Checker {
    collectRecvTypeParams(sig: Signature, recvPar: Field, ftyp: FuncType): void;
    validRecv(recv: Var, sig: Signature): void;
  }
}

/**
 * Declares the type parameters of a generic receiver (func (r T[P, Q]) m()): they are like
 * other type parameters but declared implicitly, may be blank, and take their bounds from the
 * receiver base type's type parameters.
 */
Checker.prototype.collectRecvTypeParams = function (this: Checker, sig: Signature, recvPar: Field, ftyp: FuncType): void {
  const { rname, tparams: rparams } = this.unpackRecv(recvPar.type, true);
  if (rparams.length === 0) return;

  // The scope of T in "func (r T[T]) f()" starts after f, not at r (go.dev/issue/52038).
  const scopePos = ftyp.pos;
  const tparams: TypeParam[] = rparams.map((rparam) => this.declareTypeParam(rparam, scopePos));
  sig.rparams = bindTParams(tparams);

  // Blank type parameters are not declared: ident finds them through recvTParamMap when it
  // resolves the receiver type expression.
  for (let i = 0; i < rparams.length; i++) {
    if (rparams[i]!.value === "_") this.recvTParamMap.set(rparams[i]!, tparams[i]!);
  }

  // the receiver type's type parameters, for their bounds
  let recvTParams: TypeParam[] = [];
  if (rname !== null) {
    // The receiver should be a defined type (otherwise an error is reported elsewhere); no
    // error from genericType, as it would be reported again with the signature.
    const recv = asNamed(this.genericType(rname, null));
    if (recv !== null) recvTParams = recv.typeParams() ?? [];
  }

  if (tparams.length === recvTParams.length) {
    // The bounds are declared in the context of the receiver type: substitute the receiver
    // type parameters by the method's.
    const smap = makeRenameMap(recvTParams, tparams);
    for (let i = 0; i < tparams.length; i++) {
      const tpar = tparams[i]!;
      this.mono().recordCanon(tpar, recvTParams[i]!);
      tpar.bound = subst(this, tpar.obj.pos, recvTParams[i]!.bound, smap, null, this.context());
    }
  } else if (tparams.length < recvTParams.length) {
    // A stop-gap against crashes when type arguments cannot be inferred later; may cause
    // follow-on errors (go.dev/issue/51339, go.dev/issue/51343).
    const got = measure(tparams.length, "type parameter");
    this.errorf(recvPar, "got %s, but receiver base type declares %d", got, recvTParams.length);
  }
};

/** spec: "The receiver type must be of the form T or *T where T is a type name." */
Checker.prototype.validRecv = function (this: Checker, recv: Var, sig: Signature): void {
  let rtyp = recv.type!;
  const ru = unalias(rtyp);
  if (ru.tkind === TypeKind.Pointer) rtyp = ru.base;
  const atyp = unalias(rtyp);
  if (!isValid(atyp)) return; // error reported before

  // spec: "The type denoted by T is called the receiver base type; it must not be a pointer
  // or interface type and it must be declared in the same package as the method."
  switch (atyp.tkind) {
    case TypeKind.Named: {
      // The receiver may be an instantiated type referred to by an alias (which cannot have
      // receiver type parameters).
      if (atyp.targs !== null && sig.rparams === null) {
        this.errorf(recv, "cannot define new methods on instantiated type %s", rtyp);
        break;
      }
      if (atyp.obj.pkg !== this.pkg) {
        this.errorf(recv, "cannot define new methods on non-local type %s", rtyp);
        break;
      }
      let cause = "";
      const u = under(atyp);
      if (u.tkind === TypeKind.Basic) {
        // unsafe.Pointer is treated like a regular pointer
        if (u.kind === BasicKind.UnsafePointer) cause = "unsafe.Pointer";
      } else if (u.tkind === TypeKind.Pointer || u.tkind === TypeKind.Interface) {
        cause = "pointer or interface type";
      }
      if (cause !== "") this.errorf(recv, "invalid receiver type %s (%s)", rtyp, cause);
      break;
    }
    case TypeKind.Basic:
      this.errorf(recv, "cannot define new methods on non-local type %s", rtyp);
      break;
    default:
      this.errorf(recv, "invalid receiver type %s", recv.type);
  }
};

Checker.prototype.collectParams = function (
  this: Checker, scope: Scope, list: readonly Field[], variadicOk: boolean, scopePos: Pos,
): { vars: Var[]; variadic: boolean } {
  const params: Var[] = [];
  let variadic = false;
  if (list.length === 0) return { vars: params, variadic };

  let named = false;
  let anonymous = false;
  let typ: Type = INVALID;
  let prev: Expr | null = null;
  for (let i = 0; i < list.length; i++) {
    const field = list[i]!;
    let ftype = field.type;
    // the type of grouped fields is checked once
    if (ftype !== prev) {
      prev = ftype;
      if (ftype.kind === NodeKind.DotsType) {
        const t = ftype;
        ftype = t.elem;
        if (variadicOk && i === list.length - 1) {
          variadic = true;
        } else {
          this.softErrorf(t, "can only use ... with final parameter in list");
          // ignore the ... and go on
        }
      }
      typ = this.varType(ftype);
    }
    if (field.name !== null) {
      // named parameter
      const name = field.name.value;
      if (name === "") this.errorf(field.name, "invalid syntax tree: anonymous parameter");
      const par = newParam(field.name.pos, this, name, typ);
      this.declare(scope, field.name, par, scopePos);
      params.push(par);
      named = true;
    } else {
      // anonymous parameter
      const par = newParam(field.pos, this, "", typ);
      this.recordImplicit(field, par);
      params.push(par);
      anonymous = true;
    }
  }

  if (named && anonymous) this.errorf(list[0]!, "invalid syntax tree: list contains both named and anonymous parameters");

  // For a variadic function, the last parameter's type changes from T to []T; the type of
  // ...T is recorded retroactively (T was checked, not ...T).
  if (variadic) {
    const last = params[params.length - 1]!;
    last.type = new Slice(last.type!);
    this.recordTypeAndValue(list[list.length - 1]!.type, OperandMode.TypExpr, last.type, null);
  }

  return { vars: params, variadic };
};

