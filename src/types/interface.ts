// Interface type expressions (types2's interface.go): explicit methods and embedded elements
// (types, unions, ~T terms). The type set itself is computed in typeset.ts, which reports its
// errors through the checker's TypeSetEnv, made here.

import type { Pos } from "../source/index.js";
import { File, InterfaceType, NodeKind, startPos } from "../syntax/index.js";
import { Checker } from "./check.js";
import { Func, TypeName, Var } from "./object.js";
import { Interface, TypeKind, unalias, type Type, type Union } from "./type.js";
import { isValid } from "./predicates.js";
import {
  computeInterfaceTypeSet, setInterfaceEnv, sortMethods, topTypeSet, typeSetOf,
  type TypeSet, type TypeSetEnv,
} from "./typeset.js";
import { asNamed } from "./typedecl.js";
import { parseUnion } from "./union.js";

declare module "./check.js" {
  interface Checker {
    /** What the type set computation needs from this checker (errors, versions, later). */
    typeSetEnv(): TypeSetEnv;
    typeSetEnv_?: TypeSetEnv;
  }
}

Checker.prototype.typeSetEnv = function (this: Checker): TypeSetEnv {
  if (this.typeSetEnv_ !== undefined) return this.typeSetEnv_;
  const env: TypeSetEnv = {
    pkg: this.pkg,
    qualifier: this.qualifier,
    unionSets: this.unionTypeSets as Map<Union, TypeSet>,
    report: (pos, msg, related, soft) => {
      const err = this.newError().addf(pos, "%s", msg);
      for (const p of related ?? []) err.addf(p.pos, "%s", p.msg);
      if (soft === true) err.soft = true;
      err.report();
    },
    later: (f) => { this.later(f, "type set"); },
    allowVersion: (pos: Pos, minor: number) => this.allowVersion(pos, "go1." + minor),
    verifyVersion: (pos: Pos, minor: number, what: string) => this.verifyVersionf(pos, "go1." + minor, "%s", what),
  };
  this.typeSetEnv_ = env;
  return env;
};

Checker.prototype.newInterface = function (this: Checker): Interface {
  const typ = new Interface([], []);
  setInterfaceEnv(typ, this.typeSetEnv());
  // Every interface that escapes the type check has its type set.
  this.cleaners.push({ cleanup: () => { typeSetOf(typ); typ.embedPos = null; } });
  return typ;
};

Checker.prototype.interfaceType = function (this: Checker, ityp: Interface, iface: InterfaceType, def: TypeName | null): void {
  const addEmbedded = (pos: Pos, typ: Type): void => {
    ityp.embeddeds.push(typ);
    if (ityp.embedPos === null) ityp.embedPos = [];
    ityp.embedPos.push(pos);
  };

  for (const f of iface.methodList) {
    if (f.name === null) {
      addEmbedded(startPos(f.type), parseUnion(this, f.type));
      continue;
    }

    // a method with name f.name
    const name = f.name.value;
    if (name === "_") {
      this.errorf(f.name, "methods must have a unique non-blank name");
      continue; // ignore
    }

    const typ = this.typ(f.type);
    if (typ.tkind !== TypeKind.Signature) {
      if (isValid(typ)) this.errorf(f.type, "invalid syntax tree: %s is not a method signature", typ);
      continue; // ignore
    }
    const sig = typ;

    // the named receiver type, if there is one (for better error messages)
    let recvTyp: Type = ityp;
    if (def !== null) {
      const named = asNamed(def.type);
      if (named !== null) recvTyp = named;
    }
    sig.recv = new Var(f.name.pos, this.pkg, "", recvTyp);

    const m = new Func(f.name.pos, this.pkg, name, sig);
    this.recordDef(f.name, m);
    ityp.methods.push(m);
  }

  // All methods and embedded elements are collected: the interface may take part in type
  // set computations.
  ityp.complete = true;

  if (ityp.methods.length === 0 && ityp.embeddeds.length === 0) {
    // empty interface
    ityp.tset = topTypeSet;
    return;
  }

  // sort for API stability (embeddeds stay in source order: they match embedPos)
  sortMethods(ityp.methods);

  // Compute the type set as soon as possible to report its errors; later uses find it.
  const pos = iface.pos;
  this.later(() => { computeInterfaceTypeSet(this.typeSetEnv(), pos, ityp); }, "compute type set");
};

// ---------------------------------------------------------------------------------------------
// Anonymous interface cycles

/**
 * Reports anonymous interfaces that refer to themselves, such as
 * interface{ m() interface{ m() ... } } built through a type parameter constraint
 * (go.dev/issue/56103). gc's noder runs this after a successful type check (types2 does not);
 * call it only if the check reported no errors.
 */
export function checkAnonymousInterfaceCycles(check: Checker, files: readonly File[]): void {
  const cyclic = new Map<Interface, boolean>();

  // hasCycle: typ is part of an anonymous interface cycle. Methods include those of embedded
  // interfaces (the type set's), so only anonymous types need walking.
  const hasCycle = (typ: Interface): boolean => {
    for (const m of typeSetOf(typ).methods) {
      if (visit(m.type!)) return true;
    }
    return false;
  };

  const visit = (typ0: Type): boolean => {
    for (;;) {
      const typ = unalias(typ0);
      switch (typ.tkind) {
        case TypeKind.Basic:
        case TypeKind.Named:
        case TypeKind.TypeParam:
          return false; // named types cannot be part of an anonymous cycle
        case TypeKind.Pointer: typ0 = typ.base; continue;
        case TypeKind.Array: typ0 = typ.elem; continue;
        case TypeKind.Chan: typ0 = typ.elem; continue;
        case TypeKind.Slice: typ0 = typ.elem; continue;
        case TypeKind.Map:
          if (visit(typ.key)) return true;
          typ0 = typ.elem;
          continue;
        case TypeKind.Struct:
          return typ.fields.some((f) => visit(f.type!));
        case TypeKind.Interface: {
          // the empty interface cannot be part of a cycle
          if (typ.methods.length === 0 && typ.embeddeds.length === 0) return false;
          const x = cyclic.get(typ);
          if (x !== undefined) return x;
          cyclic.set(typ, true);
          if (hasCycle(typ)) return true;
          cyclic.set(typ, false);
          return false;
        }
        case TypeKind.Signature:
          return visit(typ.params) || visit(typ.results);
        case TypeKind.Tuple:
          return typ.vars.some((v) => visit(v.type!));
        default:
          return false;
      }
    }
  };

  for (const file of files) {
    forEachInterfaceType(file, (n) => {
      const tv = check.info.types.get(n);
      if (tv === undefined) return;
      const t = unalias(tv.type);
      if (t.tkind !== TypeKind.Interface) return;
      if (hasCycle(t)) {
        check.errorf(n.pos, "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)");
        for (const k of cyclic.keys()) cyclic.set(k, false); // suppress duplicate errors
      }
    });
  }
}

/** Calls f for every outermost interface type expression in the tree, in source order. */
function forEachInterfaceType(root: object, f: (n: InterfaceType) => void): void {
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const n = v as { kind?: unknown; pos?: unknown };
    if (typeof n.kind !== "number" || typeof n.pos !== "number") return; // not a node
    if (n.kind === NodeKind.InterfaceType) {
      f(v as InterfaceType);
      return; // nested interfaces are covered by the outer one's methods
    }
    for (const key in v) {
      if (key === "source" || key === "pragmas" || key === "directives" || key === "pragmaDecls") continue;
      walk((v as Record<string, unknown>)[key]);
    }
  };
  walk(root);
}
