// Calls of built-in functions (types2's builtins.go): argument count and kind checks, the
// result type and mode of each built-in (constant for len/cap of arrays, for min/max, complex,
// real and imag of constants, and for unsafe.Sizeof/Alignof/Offsetof of fixed-size types),
// and the signatures recorded for the built-ins' uses.

import type { CallExpr } from "../syntax/index.js";
import { Operator } from "../syntax/index.js";
import * as constant from "../constant/index.js";
import { Checker } from "./check.js";
import { Operand, OperandMode, assignableTo } from "./operand.js";
import { BuiltinId, TypeName, Var } from "./object.js";
import {
  BasicKind, Interface, Pointer, Signature, Slice, Term, Tuple, Type, TypeKind, TypeParam, Union, under,
  unalias,
} from "./type.js";
import { Typ, predeclaredFuncs, universeByte } from "./universe.js";
import {
  allOrdered, defaultType, identical, isBoolean, isNumeric, isString, isTypeParam, isUntyped, isValid,
} from "./predicates.js";
import { coreString, coreType } from "./under.js";
import { emptyInterface, tparamTypeSet, typeSetOf } from "./typeset.js";
import { unsafeBuiltin } from "./builtins_unsafe.js";
import { constBinaryOp, constCompare } from "./const.js";
import { invalidArg, invalidOp, underIs } from "./expr.js";

/** A signature for the given parameter types (default types for untyped ones) and result. */
export function makeSig(res: Type | null, ...args: Type[]): Signature {
  const params = new Tuple(args.map((t) => new Var(0, null, "", defaultType(t))));
  const results = new Tuple(res === null ? [] : [new Var(0, null, "", res)]);
  return new Signature(null, null, params, results, false);
}

/** A if typ is a pointer *A to an array A; otherwise typ. */
function arrayPtrDeref(typ: Type): Type {
  const p = unalias(typ);
  if (p.tkind === TypeKind.Pointer) {
    const a = under(p.base);
    if (a.tkind === TypeKind.Array) return a;
  }
  return typ;
}

/**
 * Checks a call of the built-in id and reports whether it is valid, with x holding the
 * result (but x.expr not set). If the call is invalid, the result is false and x undefined.
 */
Checker.prototype.builtin = function (this: Checker, x: Operand, call: CallExpr, id: BuiltinId): boolean {
  // For len(x) and cap(x) we need to know if x contains any function calls or receive
  // operations: evaluate x with hasCallOrRecv cleared, and restore it afterwards. This must
  // be done before exprList evaluates the arguments.
  if (id === BuiltinId.Len || id === BuiltinId.Cap) {
    const saved = this.env.hasCallOrRecv;
    this.env.hasCallOrRecv = false;
    try {
      return builtin1(this, x, call, id);
    } finally {
      this.env.hasCallOrRecv = saved;
    }
  }
  return builtin1(this, x, call, id);
};

function builtin1(check: Checker, x: Operand, call: CallExpr, id: BuiltinId): boolean {
  const argList = call.argList;

  // only append accepts ... on its last argument
  const bin = predeclaredFuncs[id];
  if (call.hasDots && id !== BuiltinId.Append) {
    check.errorf(call, invalidOp + "invalid use of ... with built-in %s", bin.name);
    check.use(...argList);
    return false;
  }

  // Evaluate arguments for built-ins that use ordinary (value) arguments. For built-ins with
  // special argument handling (make, new, etc.), evaluation is done by the built-in's code.
  let args: Operand[] = []; // not valid for make, new, Offsetof, trace
  let nargs: number;
  switch (id) {
    case BuiltinId.Make: case BuiltinId.New: case BuiltinId.Offsetof: case BuiltinId.Trace:
      // arguments require special handling
      nargs = argList.length;
      break;
    default:
      // check all arguments
      args = check.exprList(argList);
      nargs = args.length;
      for (const a of args) {
        if (a.mode === OperandMode.Invalid) return false;
      }
      // first argument is always in x
      if (nargs > 0) x.assign(args[0]!);
  }

  // check argument count
  {
    let msg = "";
    if (nargs < bin.nargs) msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
    if (msg !== "") {
      check.errorf(call, invalidOp + "%s arguments for %v (expected %d, found %d)", msg, call, bin.nargs, nargs);
      return false;
    }
  }

  switch (id) {
    case BuiltinId.Append: {
      // append(s S, x ...E) S, with E the element type of S
      const S = x.type!;
      const s = coreType(S);
      let T: Type;
      if (s !== null && s.tkind === TypeKind.Slice) {
        T = s.elem;
      } else {
        let cause: string;
        if (x.isNil()) {
          cause = "have untyped nil";
        } else if (isTypeParam(S)) {
          const u = coreType(S);
          cause = u !== null ? check.sprintf("%s has core type %s", x, u) : check.sprintf("%s has no core type", x);
        } else {
          cause = check.sprintf("have %s", x);
        }
        // don't use the invalidArg prefix here as it would repeat "argument" in the message
        check.errorf(x, "first argument to append must be a slice; %s", cause);
        return false;
      }

      // spec: "As a special case, append also accepts a first argument assignable to type
      // []byte with a second argument of string type followed by ... . This form appends the
      // bytes of the string."
      if (nargs === 2 && call.hasDots) {
        if (assignableTo(check, x, new Slice(universeByte), null)) {
          const y = args[1]!;
          const t = coreString(y.type!);
          if (t !== null && isString(t)) {
            const sig = makeSig(S, S, y.type!);
            sig.variadic = true;
            check.recordBuiltinType(call.fun, sig);
            x.mode = OperandMode.Value;
            x.type = S;
            break;
          }
        }
      }

      // check general case by creating custom signature
      const sig = makeSig(S, S, new Slice(T)); // []T required for variadic signature
      sig.variadic = true;
      check.arguments(call, sig, null, null, args, null, null); // discard result (we know the result type)
      // ok to continue even if arguments reported errors
      x.mode = OperandMode.Value;
      x.type = S;
      check.recordBuiltinType(call.fun, sig);
      break;
    }

    case BuiltinId.Cap: case BuiltinId.Len: {
      // cap(x)
      // len(x)
      let mode = OperandMode.Invalid;
      let val: constant.Value | null = null;
      const t = arrayPtrDeref(under(x.type!));
      switch (t.tkind) {
        case TypeKind.Basic:
          if (isString(t) && id === BuiltinId.Len) {
            if (x.mode === OperandMode.Constant) {
              mode = OperandMode.Constant;
              val = constant.makeInt64(constant.stringVal(x.val!).length);
            } else {
              mode = OperandMode.Value;
            }
          }
          break;
        case TypeKind.Array:
          mode = OperandMode.Value;
          // spec: "The expressions len(s) and cap(s) are constants if the type of s is an
          // array or pointer to an array and the expression s does not contain channel
          // receives or function calls; in this case s is not evaluated."
          if (!check.env.hasCallOrRecv) {
            mode = OperandMode.Constant;
            val = t.len >= 0n ? constant.makeInt64(t.len) : constant.makeUnknown();
          }
          break;
        case TypeKind.Slice: case TypeKind.Chan:
          mode = OperandMode.Value;
          break;
        case TypeKind.Map:
          if (id === BuiltinId.Len) mode = OperandMode.Value;
          break;
        case TypeKind.Interface:
          if (!isTypeParam(x.type!)) break;
          if (typeSetOf(t).underIs((u) => {
            if (u === null) return false;
            const a = arrayPtrDeref(u);
            switch (a.tkind) {
              case TypeKind.Basic: return isString(a) && id === BuiltinId.Len;
              case TypeKind.Array: case TypeKind.Slice: case TypeKind.Chan: return true;
              case TypeKind.Map: return id === BuiltinId.Len;
            }
            return false;
          })) {
            mode = OperandMode.Value;
          }
          break;
      }

      if (mode === OperandMode.Invalid) {
        // avoid error if underlying type is invalid
        if (isValid(under(x.type!))) check.errorf(x, invalidArg + "%s for built-in %s", x, bin.name);
        return false;
      }

      // record the signature before changing x.type
      if (mode !== OperandMode.Constant) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int]!, x.type!));

      x.mode = mode;
      x.type = Typ[BasicKind.Int]!;
      x.val = val;
      break;
    }

    case BuiltinId.Clear: {
      // clear(m)
      check.verifyVersionf(call.fun, "go1.21", "clear");
      if (!underIs(x.type!, (u) => {
        if (u !== null && (u.tkind === TypeKind.Map || u.tkind === TypeKind.Slice)) return true;
        check.errorf(x, invalidArg + "cannot clear %s: argument must be (or constrained by) map or slice", x);
        return false;
      })) {
        return false;
      }
      x.mode = OperandMode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(null, x.type!));
      break;
    }

    case BuiltinId.Close: {
      // close(c)
      if (!underIs(x.type!, (u) => {
        if (u === null || u.tkind !== TypeKind.Chan) {
          check.errorf(x, invalidOp + "cannot close non-channel %s", x);
          return false;
        }
        if (u.dir === 2 /* ChanDir.RecvOnly */) {
          check.errorf(x, invalidOp + "cannot close receive-only channel %s", x);
          return false;
        }
        return true;
      })) {
        return false;
      }
      x.mode = OperandMode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(null, x.type!));
      break;
    }

    case BuiltinId.Complex: {
      // complex(x, y floatT) complexT
      const y = args[1]!;

      // convert or check untyped arguments
      let d = 0;
      if (isUntyped(x.type!)) d |= 1;
      if (isUntyped(y.type!)) d |= 2;
      switch (d) {
        case 0:
          // x and y are typed => nothing to do
          break;
        case 1:
          // only x is untyped => convert to type of y
          check.convertUntyped(x, y.type!);
          break;
        case 2:
          // only y is untyped => convert to type of x
          check.convertUntyped(y, x.type!);
          break;
        case 3:
          // x and y are untyped =>
          // 1) if both are constants, convert them to untyped floating-point numbers if
          //    possible,
          // 2) if one of them is not constant (possible because it contains a shift that is
          //    yet untyped), convert both of them to float64 since they must have the same
          //    type to succeed (this will result in an error because shifts of floats are
          //    not permitted)
          if (x.mode === OperandMode.Constant && y.mode === OperandMode.Constant) {
            const toFloat = (x: Operand) => {
              if (isNumeric(x.type!) && constant.sign(constant.imag(x.val!)) === 0) {
                x.type = Typ[BasicKind.UntypedFloat]!;
              }
            };
            toFloat(x);
            toFloat(y);
          } else {
            check.convertUntyped(x, Typ[BasicKind.Float64]!);
            check.convertUntyped(y, Typ[BasicKind.Float64]!);
            // x and y should be invalid now, but be conservative and check below
          }
      }
      if (x.mode === OperandMode.Invalid || y.mode === OperandMode.Invalid) return false;

      // both argument types must be identical
      if (!identical(x.type!, y.type!)) {
        check.errorf(x, invalidOp + "%v (mismatched types %s and %s)", call, x.type, y.type);
        return false;
      }

      // the argument types must be of floating-point type (applyTypeFunc never calls f with a
      // type parameter)
      const f = (typ: Type): Type | null => {
        const t = under(typ);
        if (t.tkind === TypeKind.Basic) {
          switch (t.kind) {
            case BasicKind.Float32: return Typ[BasicKind.Complex64]!;
            case BasicKind.Float64: return Typ[BasicKind.Complex128]!;
            case BasicKind.UntypedFloat: return Typ[BasicKind.UntypedComplex]!;
          }
        }
        return null;
      };
      const resTyp = applyTypeFunc(check, f, x, id);
      if (resTyp === null) {
        check.errorf(x, invalidArg + "arguments have type %s, expected floating-point", x.type);
        return false;
      }

      // constant arguments give a constant result
      if (x.mode === OperandMode.Constant && y.mode === OperandMode.Constant) {
        x.val = constBinaryOp(constant.toFloat(x.val!), Operator.Add, constant.makeImag(constant.toFloat(y.val!)));
      } else {
        x.mode = OperandMode.Value;
      }

      if (x.mode !== OperandMode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type!, x.type!));

      x.type = resTyp;
      break;
    }

    case BuiltinId.Copy: {
      // copy(x, y []T) int
      const dst0 = coreType(x.type!);
      const dst = dst0 !== null && dst0.tkind === TypeKind.Slice ? dst0 : null;

      const y = args[1]!;
      let src0 = coreString(y.type!);
      if (src0 !== null && isString(src0)) src0 = new Slice(universeByte);
      const src = src0 !== null && src0.tkind === TypeKind.Slice ? src0 : null;

      if (dst === null || src === null) {
        check.errorf(x, invalidArg + "copy expects slice arguments; found %s and %s", x, y);
        return false;
      }

      if (!identical(dst.elem, src.elem)) {
        check.errorf(x, invalidArg + "arguments to copy %s and %s have different element types %s and %s", x, y, dst.elem, src.elem);
        return false;
      }

      check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int]!, x.type!, y.type!));
      x.mode = OperandMode.Value;
      x.type = Typ[BasicKind.Int]!;
      break;
    }

    case BuiltinId.Delete: {
      // delete(map_, key)
      // map_ must be a map type or a type parameter describing map types. The key cannot be
      // a type parameter for now.
      const map_ = x.type!;
      let key: Type | null = null;
      if (!underIs(map_, (u) => {
        if (u === null || u.tkind !== TypeKind.Map) {
          check.errorf(x, invalidArg + "%s is not a map", x);
          return false;
        }
        if (key !== null && !identical(u.key, key)) {
          check.errorf(x, invalidArg + "maps of %s must have identical key types", x);
          return false;
        }
        key = u.key;
        return true;
      })) {
        return false;
      }

      x.assign(args[1]!); // key
      check.assignment(x, key, "argument to delete");
      if (x.mode === OperandMode.Invalid) return false;

      x.mode = OperandMode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(null, map_, key!));
      break;
    }

    case BuiltinId.Imag: case BuiltinId.Real: {
      // imag(complexT) floatT
      // real(complexT) floatT

      // convert or check untyped argument
      if (isUntyped(x.type!)) {
        if (x.mode === OperandMode.Constant) {
          // an untyped constant number can always be considered as a complex constant
          if (isNumeric(x.type!)) x.type = Typ[BasicKind.UntypedComplex]!;
        } else {
          // an untyped non-constant argument may appear if it contains a (yet untyped
          // non-constant) shift expression: convert it to complex128 which will result in an
          // error (shift of complex value)
          check.convertUntyped(x, Typ[BasicKind.Complex128]!);
          // x is expected to be invalid here; check anyway
          if (x.mode === OperandMode.Invalid) return false;
        }
      }

      // the argument must be of complex type (applyTypeFunc never calls f with a type
      // parameter)
      const f = (typ: Type): Type | null => {
        const t = under(typ);
        if (t.tkind === TypeKind.Basic) {
          switch (t.kind) {
            case BasicKind.Complex64: return Typ[BasicKind.Float32]!;
            case BasicKind.Complex128: return Typ[BasicKind.Float64]!;
            case BasicKind.UntypedComplex: return Typ[BasicKind.UntypedFloat]!;
          }
        }
        return null;
      };
      const resTyp = applyTypeFunc(check, f, x, id);
      if (resTyp === null) {
        check.errorf(x, invalidArg + "argument has type %s, expected complex type", x.type);
        return false;
      }

      // a constant argument gives a constant result
      if (x.mode === OperandMode.Constant) {
        x.val = id === BuiltinId.Real ? constant.real(x.val!) : constant.imag(x.val!);
      } else {
        x.mode = OperandMode.Value;
      }

      if (x.mode !== OperandMode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type!));

      x.type = resTyp;
      break;
    }

    case BuiltinId.Make: {
      // make(T, n)
      // make(T, n, m)
      // (no argument evaluated yet)
      const arg0 = argList[0]!;
      const T = check.varType(arg0);
      if (!isValid(T)) return false;

      let min: number; // minimum number of arguments
      const ct = coreType(T);
      if (ct === null) {
        check.errorf(arg0, invalidArg + "cannot make %s: no core type", arg0);
        return false;
      }
      switch (ct.tkind) {
        case TypeKind.Slice: min = 2; break;
        case TypeKind.Map: case TypeKind.Chan: min = 1; break;
        default:
          check.errorf(arg0, invalidArg + "cannot make %s; type must be slice, map, or channel", arg0);
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        check.errorf(call, invalidOp + "%v expects %d or %d arguments; found %d", call, min, min + 1, nargs);
        return false;
      }

      const types: Type[] = [T];
      const sizes: bigint[] = []; // constant integer arguments, if any
      for (const arg of argList.slice(1)) {
        const r = check.index(arg, -1n); // ok to continue with type === invalid
        types.push(r.type!);
        if (r.val >= 0n) sizes.push(r.val);
      }
      if (sizes.length === 2 && sizes[0]! > sizes[1]!) {
        check.errorf(argList[1]!, invalidArg + "length and capacity swapped");
        // safe to continue
      }
      x.mode = OperandMode.Value;
      x.type = T;
      check.recordBuiltinType(call.fun, makeSig(x.type, ...types));
      break;
    }

    case BuiltinId.Max: case BuiltinId.Min: {
      // max(x, ...)
      // min(x, ...)
      check.verifyVersionf(call.fun, "go1.21", "built-in %s", bin.name);

      const op = id === BuiltinId.Max ? Operator.Gtr : Operator.Lss;

      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a.mode === OperandMode.Invalid) return false;

        if (!allOrdered(a.type!)) {
          check.errorf(a, invalidArg + "%s cannot be ordered", a);
          return false;
        }

        // x already holds the only argument: done.
        if (i > 0) {
          check.matchTypes(x, a);
          if (x.mode === OperandMode.Invalid) return false;

          if (!identical(x.type!, a.type!)) {
            check.errorf(a, invalidArg + "mismatched types %s (previous argument) and %s (type of %s)", x.type, a.type, a.expr);
            return false;
          }

          if (x.mode === OperandMode.Constant && a.mode === OperandMode.Constant) {
            if (constCompare(a.val!, op, x.val!)) x.assign(a);
          } else {
            x.mode = OperandMode.Value;
          }
        }
      }

      // With a single argument, x must hold a value or a constant.
      if (x.mode !== OperandMode.Constant) {
        x.mode = OperandMode.Value;
        // A value must not be untyped.
        check.assignment(x, emptyInterface, "argument to built-in " + bin.name);
        if ((x.mode as OperandMode) === OperandMode.Invalid) return false;
      }

      // Every argument gets the final type found above.
      for (const a of args) check.updateExprType(a.expr!, x.type!, true);

      if (x.mode !== OperandMode.Constant) {
        const types = args.map(() => x.type!);
        check.recordBuiltinType(call.fun, makeSig(x.type!, ...types));
      }
      break;
    }

    case BuiltinId.New: {
      // new(T)
      // (no argument evaluated yet)
      const T = check.varType(argList[0]!);
      if (!isValid(T)) return false;
      x.mode = OperandMode.Value;
      x.type = new Pointer(T);
      check.recordBuiltinType(call.fun, makeSig(x.type, T));
      break;
    }

    case BuiltinId.Panic: {
      // panic(x)
      // record panic call if inside a function with result parameters (for isTerminating)
      const sig = check.env.sig;
      if (sig !== null && sig.results.length > 0) {
        // function has result parameters
        if (check.env.isPanic === null) check.env.isPanic = new Set();
        check.env.isPanic.add(call);
      }

      check.assignment(x, emptyInterface, "argument to panic");
      if (x.mode === OperandMode.Invalid) return false;

      x.mode = OperandMode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(null, emptyInterface));
      break;
    }

    case BuiltinId.Print: case BuiltinId.Println: {
      // print(x, y, ...)
      // println(x, y, ...)
      const params: Type[] = [];
      for (const a of args) {
        // (types2 words this context without a space)
        check.assignment(a, null, "argument to built-in" + predeclaredFuncs[id].name);
        if (a.mode === OperandMode.Invalid) return false;
        params.push(a.type!);
      }
      x.mode = OperandMode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(null, ...params));
      break;
    }

    case BuiltinId.Recover:
      // recover() interface{}
      x.mode = OperandMode.Value;
      x.type = emptyInterface;
      check.recordBuiltinType(call.fun, makeSig(x.type));
      break;

    case BuiltinId.Add: case BuiltinId.Alignof: case BuiltinId.Offsetof: case BuiltinId.Sizeof:
    case BuiltinId.Slice: case BuiltinId.SliceData: case BuiltinId.String: case BuiltinId.StringData:
      if (!unsafeBuiltin(check, x, call, id, args)) return false;
      break;

    case BuiltinId.Assert: {
      // assert(pred) causes a type checker error if pred is false (test mode only).
      if (x.mode !== OperandMode.Constant || !isBoolean(x.type!)) {
        check.errorf(x, invalidArg + "%s is not a boolean constant", x);
        return false;
      }
      if (x.val!.kind !== constant.Kind.Bool) {
        check.errorf(x, "internal error: value of %s should be a boolean constant", x);
        return false;
      }
      if (!constant.boolVal(x.val!)) {
        check.errorf(call, "%v failed", call);
        // compile-time assertion failure - safe to continue
      }
      break;
    }

    case BuiltinId.Trace: {
      // trace(x, y, z, ...) evaluates its arguments (test mode only); the result is the value
      // of the first argument.
      if (nargs === 0) {
        x.mode = OperandMode.NoValue;
        break;
      }
      let x1 = x;
      for (const arg of argList) {
        check.rawExpr(null, x1, arg, null, false); // permit trace for types, e.g.: new(trace(T))
        x1 = new Operand(); // use incoming x only for first argument
      }
      if (x.mode === OperandMode.Invalid) return false;
      break;
    }

    default:
      throw new Error("builtin: unexpected id " + id);
  }

  return true;
}

/**
 * f(x.type); for a type parameter x, a new type parameter constrained by the results of f
 * for each term of x's type set (null if f fails for any).
 */
function applyTypeFunc(check: Checker, f: (t: Type) => Type | null, x: Operand, id: BuiltinId): Type | null {
  const tp = unalias(x.type!);
  if (tp.tkind === TypeKind.TypeParam) {
    // Test if t satisfies the requirements for the argument type and collect possible result
    // types at the same time.
    const terms: Term[] = [];
    if (!tparamTypeSet(tp).is((t) => {
      if (t === null) return false;
      const r = f(t.type!);
      if (r === null) return false;
      terms.push(new Term(t.tilde, r));
      return true;
    })) {
      return null;
    }

    // We can type-check this fine but we're introducing a synthetic type parameter for the
    // result. Report an error as types2 does for 1.18 (go.dev/issue/50912), but continue.
    check.softErrorf(x, "%s not supported as argument to built-in %s for go1.18 (see go.dev/issue/50937)", x, predeclaredFuncs[id].name);

    // Construct a suitable new type parameter for the result type, placed in the current
    // package.
    const tpar = new TypeName(0, check.pkg, tp.obj.name, null);
    const iface = new Interface([], [new Union(terms)]);
    iface.complete = true;
    const ptyp: TypeParam = check.newTypeParam(tpar, iface);
    ptyp.index = tp.index;
    return ptyp;
  }
  return f(x.type!);
}

