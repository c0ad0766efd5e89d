// Instance contexts (types2 context.go): a table of instances made so far, so that
// instantiating the same generic type or function with identical type arguments yields the
// same instance. Besides saving work, this keeps the expansion of recursive generic types
// finite: expanding List[int] meets *List[int] again and must find the instance being
// expanded.
//
// Entries are found through a hash of the origin and the type arguments, then confirmed with
// type identity. The hash only has to agree for identical types; distinct types may collide
// (the identity check sorts them out), and identical types hashing differently only cost a
// duplicate instance, as with types2's own hasher.

import type { Func, Var } from "./object.js";
import { TypeKind, type Type, type TypeParam } from "./type.js";
import { identical } from "./predicates.js";
import { typeSetOf, type TypeSet } from "./typeset.js";

interface Entry {
  orig: Type;
  targs: readonly Type[];
  instance: Type;
}

export class Context {
  private readonly typeMap = new Map<string, Entry[]>();
  private nextID = 0;
  private readonly originIDs = new Map<Type, number>();

  /** The hash of the instance orig[targs] (types2 instanceHash). */
  instanceHash(orig: Type, targs: readonly Type[]): string {
    const h = new TypeHasher(this);
    h.buf = String(this.getID(orig)) + ";";
    h.typ(orig);
    if (targs.length > 0) h.list(targs);
    return h.buf;
  }

  /** An existing instance of orig with identical type arguments, or null. */
  lookup(h: string, orig: Type, targs: readonly Type[]): Type | null {
    const list = this.typeMap.get(h);
    if (list !== undefined) {
      for (const e of list) {
        if (identicalInstance(orig, targs, e.orig, e.targs)) return e.instance;
      }
    }
    return null;
  }

  /**
   * Records inst as the instance orig[targs] unless an identical instance is recorded under
   * the same hash already; returns the recorded instance.
   */
  update(h: string, orig: Type, targs: readonly Type[], inst: Type): Type {
    let list = this.typeMap.get(h);
    if (list === undefined) {
      list = [];
      this.typeMap.set(h, list);
    }
    for (const e of list) {
      if (e.instance === inst || identicalInstance(orig, targs, e.orig, e.targs)) return e.instance;
    }
    list.push({ orig, targs, instance: inst });
    return inst;
  }

  /** A number unique within this context for t (origins are hashed by identity). */
  getID(t: Type): number {
    let id = this.originIDs.get(t);
    if (id === undefined) {
      id = this.nextID++;
      this.originIDs.set(t, id);
    }
    return id;
  }
}

/**
 * Reports whether orig[targs] and orig2[targs2] are the same instance. Origins are the same
 * only if they are the same object: distinct generic signatures, even identical ones, give
 * distinct instances (as in types2, where their hashes differ by origin id).
 */
function identicalInstance(xorig: Type, xargs: readonly Type[], yorig: Type, yargs: readonly Type[]): boolean {
  if (xorig !== yorig || xargs.length !== yargs.length) return false;
  for (let i = 0; i < xargs.length; i++) {
    if (!identical(xargs[i]!, yargs[i]!)) return false;
  }
  return true;
}

/**
 * Writes a string for a type that is equal for identical types: the structure without
 * parameter names, defined types by origin id and type arguments, type parameters by their
 * unique id, interfaces by their type set.
 */
class TypeHasher {
  buf = "";
  private readonly seen = new Set<Type>();
  constructor(private readonly ctxt: Context) {}

  list(ts: readonly Type[]): void {
    this.buf += "[";
    for (let i = 0; i < ts.length; i++) {
      if (i > 0) this.buf += ",";
      this.typ(ts[i]!);
    }
    this.buf += "]";
  }

  private vars(vs: readonly Var[]): void {
    this.buf += "(";
    for (let i = 0; i < vs.length; i++) {
      if (i > 0) this.buf += ",";
      this.typ(vs[i]!.type!);
    }
    this.buf += ")";
  }

  typ(t: Type | null): void {
    if (t === null) {
      this.buf += "<nil>";
      return;
    }
    if (this.seen.has(t)) {
      // a cycle through interfaces or unexpanded structure: stop here
      this.buf += "@";
      return;
    }
    switch (t.tkind) {
      case TypeKind.Basic:
        // byte and uint8 (rune and int32) are identical: hash the kind
        this.buf += "b" + t.kind;
        return;
      case TypeKind.Pointer:
        this.buf += "*";
        this.typ(t.base);
        return;
      case TypeKind.Array:
        this.buf += "[" + t.len + "]";
        this.typ(t.elem);
        return;
      case TypeKind.Slice:
        this.buf += "[]";
        this.typ(t.elem);
        return;
      case TypeKind.Map:
        this.buf += "map[";
        this.typ(t.key);
        this.buf += "]";
        this.typ(t.elem);
        return;
      case TypeKind.Chan:
        this.buf += "chan" + t.dir + " ";
        this.typ(t.elem);
        return;
      case TypeKind.Struct:
        this.seen.add(t);
        this.buf += "struct{";
        for (let i = 0; i < t.fields.length; i++) {
          const f = t.fields[i]!;
          if (i > 0) this.buf += ";";
          if (f.embedded) this.buf += "~";
          this.buf += f.id() + " ";
          this.typ(f.type);
          const tag = t.tag(i);
          if (tag !== "") this.buf += " " + JSON.stringify(tag);
        }
        this.buf += "}";
        this.seen.delete(t);
        return;
      case TypeKind.Tuple:
        this.vars(t.vars);
        return;
      case TypeKind.Signature:
        this.seen.add(t);
        this.buf += "func";
        if (t.tparams !== null && t.tparams.length > 0) {
          this.buf += "[";
          for (const tp of t.tparams) {
            this.typeParam(tp);
            this.typ(tp.bound);
            this.buf += ",";
          }
          this.buf += "]";
        }
        this.vars(t.params.vars);
        if (t.variadic) this.buf += "...";
        this.vars(t.results.vars);
        this.seen.delete(t);
        return;
      case TypeKind.Union:
        this.seen.add(t);
        this.buf += "union{";
        for (const term of t.terms) {
          if (term.tilde) this.buf += "~";
          this.typ(term.type);
          this.buf += "|";
        }
        this.buf += "}";
        this.seen.delete(t);
        return;
      case TypeKind.Interface: {
        this.seen.add(t);
        // Identical interfaces have the same type set, however they are written.
        const ts: TypeSet = typeSetOf(t);
        this.buf += "interface{";
        if (ts.comparable) this.buf += "comparable;";
        for (const m of ts.methods) this.method(m);
        // Term lists are sets; order their hashes.
        const terms: string[] = [];
        for (const term of ts.terms) {
          const h = new TypeHasher(this.ctxt);
          for (const s of this.seen) h.seen.add(s);
          if (term === null) {
            h.buf = "∅";
          } else {
            if (term.tilde) h.buf += "~";
            h.typ(term.type);
          }
          terms.push(h.buf);
        }
        terms.sort();
        this.buf += terms.join("|") + "}";
        this.seen.delete(t);
        return;
      }
      case TypeKind.Named: {
        const orig = t.origin();
        this.buf += "N" + this.ctxt.getID(orig);
        if (t.targs !== null && t.targs.length > 0) this.list(t.targs);
        return;
      }
      case TypeKind.TypeParam:
        this.typeParam(t);
        return;
      case TypeKind.Alias: {
        // Aliases are identical to what they denote.
        const u = t.actual ?? t.fromRHS;
        this.typ(u);
        return;
      }
    }
  }

  private typeParam(t: TypeParam): void {
    this.buf += "P" + t.id;
  }

  private method(m: Func): void {
    this.buf += m.id() + " ";
    this.typ(m.type);
    this.buf += ";";
  }
}
