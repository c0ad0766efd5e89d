// Selectors (the selector part of types2's call.go and errsupport.go): qualified identifiers
// pkg.Name, field and method selection through embedded fields, method values and method
// expressions T.m, and the wording of failed lookups ("x.f undefined (type T has no field or
// method f, but does have field F)").

import type { SelectorExpr } from "../syntax/index.js";
import { NodeKind } from "../syntax/index.js";
import { Checker, SelectionKind } from "./check.js";
import { OperandMode } from "./operand.js";
import type { Operand } from "./operand.js";
import { Signature, Tuple, Type, TypeKind, under } from "./type.js";
import type { Package } from "./package.js";
import { Func, GoObj, ObjKind, TypeName, Var, isExported } from "./object.js";
import { clone, isValid } from "./predicates.js";
import { lookupFieldOrMethod, interfacePtrError, isInterfacePtr } from "./lookup.js";
import { packagePrefix } from "./typestring.js";
import { lookupName } from "./assignments.js";
import { addDeclDep } from "./call.js";


/**
 * A case-specific message for a failed lookup of sel in typ when an object obj with another
 * spelling (case folding) was found; structLit words it for struct literal keys.
 */
export function lookupError(check: Checker, typ: Type, sel: string, obj: GoObj | null, structLit: boolean): string {
  // Provide more detail if there is an unexported object, or one with different
  // capitalization. If selector and object are in the same package, export doesn't matter.
  const enum E { Missing, Misspelled, Unexported, Inaccessible }
  let e = E.Missing;
  let alt = ""; // alternative spelling of selector, if any
  if (obj !== null) {
    alt = obj.name;
    if (obj.pkg === check.pkg) {
      e = E.Misspelled;
    } else if (isExported(sel)) {
      if (isExported(alt)) {
        e = E.Misspelled;
      } else if (tail(sel) === tail(alt)) {
        e = E.Unexported;
      }
    } else if (isExported(alt)) {
      if (tail(sel) === tail(alt)) e = E.Misspelled;
    } else if (sel === alt) {
      e = E.Inaccessible;
    }
  }

  if (structLit) {
    switch (e) {
      case E.Missing: return check.sprintf("unknown field %s in struct literal of type %s", sel, typ);
      case E.Misspelled: return check.sprintf("unknown field %s in struct literal of type %s, but does have %s", sel, typ, alt);
      case E.Unexported: return check.sprintf("unknown field %s in struct literal of type %s, but does have unexported %s", sel, typ, alt);
      case E.Inaccessible: return check.sprintf("cannot refer to unexported field %s in struct literal of type %s", alt, typ);
    }
  }
  let what = "object";
  if (obj !== null) {
    if (obj.okind === ObjKind.Var) what = "field";
    else if (obj.okind === ObjKind.Func) what = "method";
  }
  switch (e) {
    case E.Missing: return check.sprintf("type %s has no field or method %s", typ, sel);
    case E.Misspelled: return check.sprintf("type %s has no field or method %s, but does have %s %s", typ, sel, what, alt);
    case E.Unexported: return check.sprintf("type %s has no field or method %s, but does have unexported %s %s", typ, sel, what, alt);
    case E.Inaccessible: return check.sprintf("cannot refer to unexported %s %s", what, alt);
  }
}

/** s without its first (UTF-8) character. */
function tail(s: string): string {
  if (s.length === 0) return s;
  const c = s.charCodeAt(0);
  const n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  return s.slice(n);
}

Checker.prototype.selector = function (this: Checker, x: Operand, e: SelectorExpr, def: TypeName | null, wantType: boolean): void {
  const fail = () => {
    x.mode = OperandMode.Invalid;
    x.expr = e;
  };

  const sel = e.sel.value;
  // If the identifier refers to a package, handle everything here so we don't need a
  // "package" mode for operands: package names can only appear in qualified identifiers,
  // which are selector expressions.
  if (e.x.kind === NodeKind.Name) {
    const ident = e.x;
    const pobj = lookupName(this, ident.value);
    if (pobj !== null && pobj.okind === ObjKind.PkgName) {
      this.recordUse(ident, pobj);
      pobj.used = true;
      const pkg = pobj.imported;

      let exp = pkg.scope.lookup(sel);
      // gc imports packages from export data, which holds only the exported objects and
      // what their declarations refer to: other names don't exist for the importer.
      if (exp !== undefined && !exp.exported() && !inExportData(pkg, exp)) exp = undefined;
      if (exp === undefined) {
        if (!pkg.fake) this.errorf(e.sel, "undefined: %s", e);
        return fail();
      }
      if (!exp.exported()) {
        this.errorf(e.sel, "name %s not exported by package %s", sel, pkg.name);
        // ok to continue
      }
      this.recordUse(e.sel, exp);

      // Simplified version of the code for Names: imported objects are always fully
      // initialized.
      switch (exp.okind) {
        case ObjKind.Const:
          x.mode = OperandMode.Constant;
          x.type = exp.type;
          x.val = exp.val;
          break;
        case ObjKind.TypeName:
          x.mode = OperandMode.TypExpr;
          x.type = exp.type;
          break;
        case ObjKind.Var:
          x.mode = OperandMode.Variable;
          x.type = exp.type;
          break;
        case ObjKind.Func:
          x.mode = OperandMode.Value;
          x.type = exp.type;
          break;
        case ObjKind.Builtin:
          x.mode = OperandMode.Builtin;
          x.type = exp.type;
          x.id = exp.id_;
          break;
        default:
          throw new Error("selector: unexpected object " + exp.name);
      }
      x.expr = e;
      return;
    }
  }

  this.exprOrType(x, e.x, false);
  switch (x.mode) {
    case OperandMode.TypExpr:
      // "type T T.x" must not crash the checker (go.dev/issue/51509)
      if (def !== null && def.type === x.type) {
        this.errorf(def, "invalid recursive type: %s refers to itself", packagePrefix(def.pkg, this.qualifier) + def.name);
        return fail();
      }
      break;
    case OperandMode.Builtin:
      this.errorf(e.pos, "cannot select on %s", x);
      return fail();
    case OperandMode.Invalid:
      return fail();
  }

  // All code paths below produce a non-type expression. If we get here while expecting a
  // type expression, it is an error (go.dev/issue/57522).
  if (wantType) {
    this.errorf(e.sel, "%s is not a type", e);
    return fail();
  }

  const r = lookupFieldOrMethod(x.type!, x.mode === OperandMode.Variable, this.pkg, sel, false);
  const obj = r.obj;
  if (obj === null) {
    // An invalid underlying type was already reported (go.dev/issue/49541).
    if (!isValid(under(x.type!))) return fail();

    if (r.index !== null) {
      this.errorf(e.sel, "ambiguous selector %s.%s", x.expr, sel);
      return fail();
    }

    if (r.indirect) {
      if (x.mode === OperandMode.TypExpr) {
        this.errorf(e.sel, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)", x.type, sel, x.type, sel);
      } else {
        this.errorf(e.sel, "cannot call pointer method %s on %s", sel, x.type);
      }
      return fail();
    }

    let why: string;
    if (isInterfacePtr(x.type!)) {
      why = interfacePtrError(x.type!, this.qualifier);
    } else {
      const alt = lookupFieldOrMethod(x.type!, x.mode === OperandMode.Variable, this.pkg, sel, true);
      why = lookupError(this, x.type!, sel, alt.obj, false);
    }
    this.errorf(e.sel, "%s.%s undefined (%s)", x.expr, sel, why);
    return fail();
  }

  // methods may not have a fully set up signature yet
  if (obj.okind === ObjKind.Func) this.objDecl(obj, null);

  if (x.mode === OperandMode.TypExpr) {
    // method expression
    if (obj.okind !== ObjKind.Func) {
      this.errorf(e.sel, "%s.%s undefined (type %s has no method %s)", x.expr, sel, x.type, sel);
      return fail();
    }
    const m: Func = obj;

    this.recordSelection(e, SelectionKind.MethodExpr, x.type!, m, r.index!, r.indirect);

    const sig = m.type as Signature;
    if (sig.recv === null) {
      this.errorf(e, "illegal cycle in method declaration");
      return fail();
    }

    // The receiver type becomes the type of the first function argument of the method
    // expression's function type. Parameters are all named or all unnamed, so that the
    // signature prints consistently in messages.
    let params = sig.params.vars;
    let name = "";
    if (params.length > 0 && params[0]!.name !== "") {
      // name needed
      name = sig.recv.name;
      if (name === "") name = "_";
    }
    params = [new Var(sig.recv.pos, sig.recv.pkg, name, x.type), ...params];
    x.mode = OperandMode.Value;
    x.type = new Signature(null, null, new Tuple(params), sig.results, sig.variadic, null, sig.tparams);

    addDeclDep(this, m);
  } else {
    // regular selector
    if (obj.okind === ObjKind.Var) {
      this.recordSelection(e, SelectionKind.FieldVal, x.type!, obj, r.index!, r.indirect);
      x.mode = x.mode === OperandMode.Variable || r.indirect ? OperandMode.Variable : OperandMode.Value;
      x.type = obj.type;
    } else {
      this.recordSelection(e, SelectionKind.MethodVal, x.type!, obj, r.index!, r.indirect);
      x.mode = OperandMode.Value;
      // remove receiver
      const sig = clone(obj.type as Signature);
      sig.recv = null;
      x.type = sig;
      addDeclDep(this, obj);
    }
  }

  // everything went well
  x.expr = e;
};


// ---------------------------------------------------------------------------------------------
// Export data

/** Unexported package-level objects in each imported package's export data. */
const exportedClosure = new WeakMap<Package, Set<GoObj>>();

/**
 * Reports whether the package-level object obj of the imported package pkg is in gc's export
 * data: exported objects, and unexported ones their declarations refer to (types reachable
 * from exported types, signatures, variables and constants). Only those are visible to an
 * importer, so other unexported names are "undefined" rather than "not exported".
 */
export function inExportData(pkg: Package, obj: GoObj): boolean {
  if (obj.exported()) return true;
  let set = exportedClosure.get(pkg);
  if (set === undefined) {
    set = reachableUnexported(pkg);
    exportedClosure.set(pkg, set);
  }
  return set.has(obj);
}

function reachableUnexported(pkg: Package): Set<GoObj> {
  const found = new Set<GoObj>();
  const seen = new Set<Type>();
  const obj1 = (o: GoObj): void => {
    if (o.pkg === pkg && !o.exported()) {
      if (found.has(o)) return;
      found.add(o);
    }
    if (o.type !== null) typ(o.type);
  };
  const typ = (t: Type | null): void => {
    if (t === null || seen.has(t)) return;
    seen.add(t);
    switch (t.tkind) {
      case TypeKind.Basic: return;
      case TypeKind.Pointer: return typ(t.base);
      case TypeKind.Array: case TypeKind.Slice: case TypeKind.Chan: return typ(t.elem);
      case TypeKind.Map: typ(t.key); return typ(t.elem);
      case TypeKind.Struct: for (const f of t.fields) typ(f.type); return;
      case TypeKind.Tuple: for (const v of t.vars) typ(v.type); return;
      case TypeKind.Signature:
        for (const tp of t.tparams ?? []) typ(tp);
        typ(t.params);
        return typ(t.results);
      case TypeKind.Interface:
        for (const m of t.methods) typ(m.type);
        for (const e of t.embeddeds) typ(e);
        return;
      case TypeKind.Union: for (const term of t.terms) typ(term.type); return;
      case TypeKind.TypeParam: return typ(t.bound);
      case TypeKind.Alias:
        obj1(t.obj);
        for (const a of t.targs ?? []) typ(a);
        return typ(t.fromRHS);
      case TypeKind.Named: {
        const n = t.origin();
        if (n !== t) {
          for (const a of t.targs ?? []) typ(a);
          return typ(n);
        }
        if (t.obj.pkg === pkg && !t.obj.exported()) found.add(t.obj);
        for (const tp of t.tparams ?? []) typ(tp);
        typ(t.underlying_);
        for (const m of t.methods) typ(m.type);
        return;
      }
    }
  };
  for (const name of pkg.scope.names()) {
    const o = pkg.scope.lookup(name)!;
    if (o.exported()) obj1(o);
  }
  return found;
}
