// Struct types (types2's struct.go): fields and their tags, embedded fields and the rules
// for their types, and unique field names.

import type { Pos } from "../source/index.js";
import { BasicLit, Expr, LitKind, Name, NodeKind, Operator, StructType, startPos, unquote } from "../syntax/index.js";
import { Checker } from "./check.js";
import { GoObj, Var } from "./object.js";
import { BasicKind, INVALID, Struct, TypeKind, unalias, under, type Type } from "./type.js";
import { isTypeParam, isValid } from "./predicates.js";

declare module "./check.js" {
  interface Checker {
    declareInSet(oset: Map<string, GoObj>, pos: Pos, obj: GoObj): boolean;
    tag(t: BasicLit | null): string;
  }
}

/** A new struct field (types2 NewField). */
function newField(pos: Pos, check: Checker, name: string, typ: Type, embedded: boolean): Var {
  const v = new Var(pos, check.pkg, name, typ);
  v.isField = true;
  v.embedded = embedded;
  return v;
}

Checker.prototype.structType = function (this: Checker, styp: Struct, e: StructType): void {
  const fields: Var[] = [];
  let tags: string[] | null = null;

  // for double-declaration checks
  const fset = new Map<string, GoObj>();

  // current field type and tag
  let typ: Type = INVALID;
  let tag = "";
  const add = (ident: Name, embedded: boolean): void => {
    if (tag !== "" && tags === null) tags = new Array<string>(fields.length).fill("");
    if (tags !== null) tags.push(tag);

    const pos = ident.pos;
    const name = ident.value;
    const fld = newField(pos, this, name, typ, embedded);
    // spec: "Within a struct, non-blank field names must be unique."
    if (name === "_" || this.declareInSet(fset, pos, fld)) {
      fields.push(fld);
      this.recordDef(ident, fld);
    }
  };

  // Fields with errors become embedded fields of invalid type: this keeps the number of
  // fields in sync with the source as long as they are _ or have different names
  // (go.dev/issue/25627).
  const addInvalid = (ident: Name): void => {
    typ = INVALID;
    tag = "";
    add(ident, true);
  };

  let prev: Expr | null = null;
  for (let i = 0; i < e.fieldList.length; i++) {
    const f = e.fieldList[i]!;
    // Fields declared together (a, b, c T) share the type expression: check it once.
    if (i === 0 || f.type !== prev) {
      typ = this.varType(f.type);
      prev = f.type;
    }
    tag = "";
    if (i < e.tagList.length) tag = this.tag(e.tagList[i] ?? null);
    if (f.name !== null) {
      // named field
      add(f.name, false);
      continue;
    }

    // embedded field
    // spec: "An embedded type must be specified as a type name T or as a pointer to a
    // non-interface type name *T, and T itself may not be a pointer type."
    const pos = startPos(f.type); // position of the type, for errors
    let name = embeddedFieldIdent(f.type);
    if (name === null) {
      this.errorf(pos, "invalid syntax tree: invalid embedded field type %s", f.type);
      name = new Name(pos, "_");
      addInvalid(name);
      continue;
    }
    add(name, true); // struct{p.T} has the position of T

    // With a name, typ has the form T or *T, where T is a (defined or alias) type name. The
    // check must wait: under(t) must not instantiate a possibly incomplete type.
    const embeddedTyp = typ;
    const embeddedPos = pos;
    this.later(() => {
      let t = embeddedTyp;
      let isPtr = false;
      const p = unalias(t);
      if (p.tkind === TypeKind.Pointer) {
        t = p.base;
        isPtr = true;
      }
      const u = under(t);
      switch (u.tkind) {
        case TypeKind.Basic:
          if (!isValid(t)) return; // error reported before
          // unsafe.Pointer is treated like a regular pointer
          if (u.kind === BasicKind.UnsafePointer) {
            this.errorf(embeddedPos, "embedded field type cannot be unsafe.Pointer");
          }
          break;
        case TypeKind.Pointer:
          this.errorf(embeddedPos, "embedded field type cannot be a pointer");
          break;
        case TypeKind.Interface:
          if (isTypeParam(t)) {
            this.errorf(embeddedPos, "embedded field type cannot be a (pointer to a) type parameter");
            break;
          }
          if (isPtr) this.errorf(embeddedPos, "embedded field type cannot be a pointer to an interface");
          break;
      }
    }, "check embedded type");
  }

  const s = styp as { fields: readonly Var[]; tags: readonly string[] };
  s.fields = fields;
  s.tags = tags ?? [];
};

/** The name of an embedded field's type expression (T, *T, p.T, T[P]), or null if invalid. */
function embeddedFieldIdent(e: Expr): Name | null {
  switch (e.kind) {
    case NodeKind.Name:
      return e;
    case NodeKind.Operation: {
      const base = ptrBase(e);
      if (base !== null) {
        // *T is valid, but **T is not
        if (base.kind !== NodeKind.Operation || ptrBase(base) === null) return embeddedFieldIdent(e.x);
      }
      break;
    }
    case NodeKind.SelectorExpr:
      return e.sel;
    case NodeKind.IndexExpr:
      return embeddedFieldIdent(e.x);
  }
  return null; // invalid embedded field
}

function ptrBase(x: Expr & { kind: NodeKind.Operation }): Expr | null {
  return x.op === Operator.Mul && x.y === null ? x.x : null;
}

Checker.prototype.declareInSet = function (this: Checker, oset: Map<string, GoObj>, pos: Pos, obj: GoObj): boolean {
  const id = obj.id();
  const alt = oset.get(id);
  if (alt !== undefined) {
    this.newError().addf(pos, "%s redeclared", obj.name).addAltDecl(alt).report();
    return false;
  }
  oset.set(id, obj);
  return true;
};

Checker.prototype.tag = function (this: Checker, t: BasicLit | null): string {
  // for a bad literal, the parser reported an error
  if (t !== null && !t.bad) {
    if (t.litKind === LitKind.String) {
      const val = unquote(t.value);
      if (val !== null) return val;
    }
    this.errorf(t, "invalid syntax tree: incorrect tag syntax: %q", t.value);
  }
  return "";
};
