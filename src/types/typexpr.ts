// Type expressions (types2's typexpr.go): identifier resolution (ident) and the evaluation of
// every type expression form — names, qualified names, instantiations, arrays, slices,
// pointers, functions, structs, interfaces, maps and channels — with gc's errors.
//
// A type declaration's right-hand side is checked with def set to the declared type name: the
// declared type gets its underlying type (setDefType) as soon as the outermost composite type
// exists, before its components are checked, so that recursive references find it. That is
// why composite types are made first and filled in afterwards here.

import { Expr, Name, NodeKind, Operator, ChanDir as SyntaxChanDir, startPos, unpackListExpr } from "../syntax/index.js";
import { Kind, int64Val, toInt } from "../constant/index.js";
import { Checker } from "./check.js";
import { ObjKind, TypeName } from "./object.js";
import { Operand, OperandMode } from "./operand.js";
import {
  ArrayT, Chan, ChanDir, INVALID, MapT, Pointer, Signature, Slice, Struct, Tuple, TypeKind, under,
  type Type,
} from "./type.js";
import { Universe, universeComparable, universeIota } from "./universe.js";
import { isComparable, isGeneric, isInteger, isTypeParam, isUntyped, isValid } from "./predicates.js";
import { computeInterfaceTypeSet } from "./typeset.js";
import { asNamed, setDefType } from "./typedecl.js";

/** Writable view of a type under construction (types2 fills in composite types after setDefType). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
function mut<T>(x: T): Mutable<T> { return x as Mutable<T>; }

declare module "./check.js" {
  interface Checker {
    validVarType(e: Expr, typ: Type): void;
  }
}

/** Composite types whose components are still being checked (see inSetup). */
const typesInSetup = new WeakSet<Type>();

/**
 * Reports whether t is an array, slice, map or struct type whose components are still being
 * checked: types2 leaves them nil until then, and composite literals of such a type report
 * "invalid recursive type" (e.g. type S struct{ s [len(S{}.s)]int }).
 */
export function inSetup(t: Type): boolean {
  return typesInSetup.has(t);
}

Checker.prototype.ident = function (this: Checker, x: Operand, e: Name, def: TypeName | null, wantType: boolean): void {
  x.mode = OperandMode.Invalid;
  x.expr = e;

  // The object's scope may differ from its parent scope (dot-imports), so keep it.
  const found = this.env.scope!.lookupParent(e.value, this.env.pos);
  if (found === null) {
    if (e.value === "_") {
      // Blank identifiers are never declared, but this one may stand for a receiver type
      // parameter.
      const tpar = this.recvTParamMap.get(e);
      if (tpar !== undefined) {
        x.mode = OperandMode.TypExpr;
        x.type = tpar;
      } else {
        this.errorf(e, "cannot use _ as value or type");
      }
    } else {
      this.errorf(e, "undefined: %s", e.value);
    }
    return;
  }
  const [scope, obj] = found;
  if (obj === universeComparable.obj || (obj.name === "any" && obj.parent === Universe)) {
    if (!this.verifyVersionf(e, "go1.18", "predeclared %s", e.value)) return; // avoid follow-on errors
  }

  this.recordUse(e, obj);

  // If a type is wanted but this is not one, stop here: this avoids problems with missing
  // underlying types and gives better messages (go.dev/issue/65344).
  const gotType = obj.okind === ObjKind.TypeName;
  if (!gotType && wantType) {
    this.errorf(e, "%s is not a type", obj.name);
    // avoid "declared and not used" errors
    if (obj.okind === ObjKind.Var && obj.pkg === this.pkg) obj.used = true;
    return;
  }

  // Check the object's declaration if its type is not known yet, or if it is a type name and
  // a type is wanted (to detect cycles). Otherwise the caller's "not a type/value" error is
  // more informative than a cycle error (go.dev/issue/25790).
  let typ = obj.type;
  if ((typ === null && obj.okind !== ObjKind.PkgName) || (gotType && wantType)) {
    this.objDecl(obj, def);
    typ = obj.type; // assigned by objDecl
  }

  // a dot-imported object: mark the import used
  const pkgName = this.dotImportMap.get(scope)?.get(obj.name);
  if (pkgName !== undefined) pkgName.used = true;

  switch (obj.okind) {
    case ObjKind.PkgName:
      this.errorf(e, "use of package %s not in selector", obj.name);
      return;

    case ObjKind.Const:
      this.addDeclDep(obj);
      if (typ === null || !isValid(typ)) return;
      if (obj === universeIota) {
        if (this.env.iota === null) {
          this.errorf(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = this.env.iota;
      } else {
        x.val = obj.val;
      }
      x.mode = OperandMode.Constant;
      break;

    case ObjKind.TypeName:
      if (!this.enableAlias() && this.isBrokenAlias(obj)) {
        this.errorf(e, "invalid use of type alias %s in recursive type (see go.dev/issue/50729)", obj.name);
        return;
      }
      x.mode = OperandMode.TypExpr;
      break;

    case ObjKind.Var:
      // Variables of other packages are not marked (dot-imported variables are shared).
      if (obj.pkg === this.pkg) obj.used = true;
      this.addDeclDep(obj);
      if (typ === null || !isValid(typ)) return;
      x.mode = OperandMode.Variable;
      break;

    case ObjKind.Func:
      this.addDeclDep(obj);
      x.mode = OperandMode.Value;
      break;

    case ObjKind.Builtin:
      x.id = obj.id_;
      x.mode = OperandMode.Builtin;
      break;

    case ObjKind.Nil:
      x.mode = OperandMode.NilValue;
      break;

    default:
      throw new Error("unreachable: ident " + e.value);
  }
  x.type = typ;
};

Checker.prototype.typ = function (this: Checker, e: Expr): Type {
  return this.definedType(e, null);
};

Checker.prototype.varType = function (this: Checker, e: Expr): Type {
  const typ = this.definedType(e, null);
  this.validVarType(e, typ);
  return typ;
};

/** Reports (later) if typ is a constraint interface, which cannot be the type of a value. */
Checker.prototype.validVarType = function (this: Checker, e: Expr, typ: Type): void {
  if (isTypeParam(typ)) return;
  // Interfaces may be incomplete while parameters of interface methods are declared: check
  // at the end.
  this.later(() => {
    const t = under(typ);
    if (t.tkind !== TypeKind.Interface) return;
    const pos = startPos(e);
    const tset = computeInterfaceTypeSet(this.typeSetEnv(), pos, t);
    if (!tset.isMethodSet()) {
      if (tset.comparable) {
        this.softErrorf(pos, "cannot use type %s outside a type constraint: interface is (or embeds) comparable", typ);
      } else {
        this.softErrorf(pos, "cannot use type %s outside a type constraint: interface contains type constraints", typ);
      }
    }
  }, "check var type");
};

Checker.prototype.definedType = function (this: Checker, e: Expr, def: TypeName | null): Type {
  let typ = this.typInternal(e, def);
  if (isGeneric(typ)) {
    this.errorf(e, "cannot use generic type %s without instantiation", typ);
    typ = INVALID;
  }
  this.recordTypeAndValue(e, OperandMode.TypExpr, typ, null);
  return typ;
};

Checker.prototype.genericType = function (this: Checker, e: Expr, cause: { msg: string } | null): Type {
  let typ = this.typInternal(e, null);
  if (isValid(typ) && !isGeneric(typ)) {
    if (cause !== null) cause.msg = this.sprintf("%s is not a generic type", typ);
    typ = INVALID;
  }
  this.recordTypeAndValue(e, OperandMode.TypExpr, typ, null);
  return typ;
};

Checker.prototype.typInternal = function (this: Checker, e0: Expr, def: TypeName | null): Type {
  const e = e0;
  switch (e.kind) {
    case NodeKind.BadExpr:
      break; // error reported before

    case NodeKind.Name:
    case NodeKind.SelectorExpr: {
      const x = new Operand();
      if (e.kind === NodeKind.Name) this.ident(x, e, def, true);
      else this.selector(x, e, def, true);
      switch (x.mode) {
        case OperandMode.TypExpr: {
          const typ = x.type!;
          setDefType(def, typ);
          return typ;
        }
        case OperandMode.Invalid:
          break; // error reported before
        case OperandMode.NoValue:
          this.errorf(x, "%s used as type", x);
          break;
        default:
          this.errorf(x, "%s is not a type", x);
      }
      break;
    }

    case NodeKind.IndexExpr:
      this.verifyVersionf(e, "go1.18", "type instantiation");
      return this.instantiatedType(e.x, unpackListExpr(e.index), def);

    case NodeKind.ParenExpr:
      // Generic types must be instantiated before any use, so they can't be parenthesized.
      return this.definedType(e.x, def);

    case NodeKind.ArrayType: {
      const typ = new ArrayT(INVALID, -1n);
      setDefType(def, typ);
      typesInSetup.add(typ);
      if (e.len !== null) {
        mut(typ).len = this.arrayLength(e.len);
      } else {
        // [...]array
        this.errorf(e, "invalid use of [...] array (outside a composite literal)");
        mut(typ).len = -1n;
      }
      mut(typ).elem = this.varType(e.elem);
      typesInSetup.delete(typ);
      if (typ.len >= 0n) return typ;
      break; // the error was reported
    }

    case NodeKind.SliceType: {
      const typ = new Slice(INVALID);
      setDefType(def, typ);
      typesInSetup.add(typ);
      mut(typ).elem = this.varType(e.elem);
      typesInSetup.delete(typ);
      return typ;
    }

    case NodeKind.DotsType:
      // dots are handled where they are legal (array composite literals, parameter lists)
      this.errorf(e, "invalid use of '...'");
      this.use(e.elem);
      break;

    case NodeKind.StructType: {
      const typ = new Struct([], []);
      setDefType(def, typ);
      typesInSetup.add(typ);
      this.structType(typ, e);
      typesInSetup.delete(typ);
      return typ;
    }

    case NodeKind.Operation:
      if (e.op === Operator.Mul && e.y === null) {
        const typ = new Pointer(INVALID); // no null base in invalid recursive declarations
        setDefType(def, typ);
        mut(typ).base = this.varType(e.x);
        // A pointer to an invalid type is hardly useful and causes follow-on errors
        // (go.dev/issue/49005).
        if (!isValid(typ.base)) return INVALID;
        return typ;
      }
      this.errorf(e0, "%s is not a type", e0);
      this.use(e0);
      break;

    case NodeKind.FuncType: {
      const typ = new Signature(null, null, new Tuple([]), new Tuple([]), false);
      setDefType(def, typ);
      this.funcType(typ, null, null, e);
      return typ;
    }

    case NodeKind.InterfaceType: {
      const typ = this.newInterface();
      setDefType(def, typ);
      this.interfaceType(typ, e, def);
      return typ;
    }

    case NodeKind.MapType: {
      const typ = new MapT(INVALID, INVALID);
      setDefType(def, typ);
      typesInSetup.add(typ);
      mut(typ).key = this.varType(e.key);
      mut(typ).elem = this.varType(e.value);
      typesInSetup.delete(typ);
      // spec: "The comparison operators == and != must be fully defined for operands of the
      // key type; thus the key type must not be a function, map, or slice."
      // The check needs complete types: delay it (it is safe to go on; go.dev/issue/6667).
      const keyExpr = e.key;
      this.later(() => {
        if (!isComparable(typ.key)) {
          const why = isTypeParam(typ.key) ? " (missing comparable constraint)" : "";
          this.errorf(keyExpr, "invalid map key type %s%s", typ.key, why);
        }
      }, "check map key");
      return typ;
    }

    case NodeKind.ChanType: {
      const typ = new Chan(ChanDir.SendRecv, INVALID);
      setDefType(def, typ);
      let dir = ChanDir.SendRecv;
      if (e.dir === SyntaxChanDir.SendOnly) dir = ChanDir.SendOnly;
      else if (e.dir === SyntaxChanDir.RecvOnly) dir = ChanDir.RecvOnly;
      mut(typ).dir = dir;
      mut(typ).elem = this.varType(e.elem);
      return typ;
    }

    default:
      this.errorf(e0, "%s is not a type", e0);
      this.use(e0);
  }

  setDefType(def, INVALID);
  return INVALID;
};

Checker.prototype.instantiatedType = function (this: Checker, x: Expr, xlist: readonly Expr[], def: TypeName | null): Type {
  const res = this.instantiatedTypeInternal(x, xlist);
  setDefType(def, res);
  return res;
};

declare module "./check.js" {
  interface Checker {
    instantiatedTypeInternal(x: Expr, xlist: readonly Expr[]): Type;
  }
}

Checker.prototype.instantiatedTypeInternal = function (this: Checker, x: Expr, xlist: readonly Expr[]): Type {
  const cause = { msg: "" };
  const gtyp = this.genericType(x, cause);
  if (cause.msg !== "") {
    this.errorf(x, "invalid operation: %s%s (%s)", x, xlist, cause.msg);
  }
  if (!isValid(gtyp)) return gtyp; // error reported before

  // evaluate the type arguments
  const targs = this.typeList(xlist);
  if (targs === null) return INVALID;

  if (gtyp.tkind === TypeKind.Alias) return this.instance(x.pos, gtyp, targs, null);

  const orig = asNamed(gtyp);
  if (orig === null) throw new Error(`cannot instantiate ${this.typeStr(gtyp)}`);

  // create the instance
  const inst = asNamed(this.instance(x.pos, orig, targs, null))!;

  // orig's type parameters may not be set up yet: check the instance later.
  this.later(() => {
    // An instance from the source (not from substitution): it must be resolved during the
    // type check, so that errors are reported.
    this.recordInstance(x, inst.targs ?? [], inst);

    const tparams = inst.typeParams() ?? [];
    const targs2 = inst.targs ?? [];
    if (this.validateTArgLen(x.pos, inst.obj.name, tparams.length, targs2.length)) {
      const { index, err } = this.verify(x.pos, tparams, targs2);
      if (err !== null) {
        // the best position for the error
        const pos = index < xlist.length ? startPos(xlist[index]!) : x.pos;
        this.softErrorf(pos, "%s", err);
      } else {
        this.mono().recordInstance(this.pkg, x.pos, tparams, targs2, xlist);
      }
    }

    // types2 validates instances here too (though declared types suffice).
    this.validType(inst);
  }, "resolve instance");

  return inst;
};

Checker.prototype.arrayLength = function (this: Checker, e: Expr): bigint {
  // If e is an identifier, the array declaration might be an attempt at a parameterized
  // type declaration with a missing constraint: mention the array length in the message.
  if (e.kind === NodeKind.Name) {
    const found = this.env.scope!.lookupParent(e.value, this.env.pos);
    if (found === null) {
      this.errorf(e, "undefined array length %s or missing type constraint", e.value);
      return -1n;
    }
    if (found[1].okind !== ObjKind.Const) {
      this.errorf(e, "invalid array length %s", e.value);
      return -1n;
    }
  }

  const x = new Operand();
  this.expr(null, x, e);
  if (x.mode !== OperandMode.Constant) {
    if (x.mode !== OperandMode.Invalid) this.errorf(x, "array length %s must be constant", x);
    return -1n;
  }

  if (isUntyped(x.type!) || isInteger(x.type!)) {
    const val = toInt(x.val!);
    if (val.kind === Kind.Int) {
      // representable as an int (64 bits) and not negative
      const [n, exact] = int64Val(val);
      if (exact && n >= 0n) return n;
    }
  }

  if (isInteger(x.type!)) {
    this.errorf(x, "invalid array length %s", x);
  } else {
    this.errorf(x, "array length %s must be integer", x);
  }
  return -1n;
};

Checker.prototype.typeList = function (this: Checker, list: readonly Expr[]): Type[] | null {
  // All elements are checked even after an error.
  let res: Type[] | null = [];
  for (const x of list) {
    const t = this.varType(x);
    if (!isValid(t)) res = null;
    if (res !== null) res.push(t);
  }
  return res;
};
