// Type unification (types2 unify.go): making two types structurally equal by finding types
// for the type parameters being inferred that occur in them.
//
// A unifier holds, for each type parameter being inferred, a handle: a shared cell with the
// inferred type (or null). Unifying two such type parameters joins them — they share one
// handle from then on — so inferring one infers the other.
//
// Structural equality here is looser than identity: unless `exact` is asked for, a defined
// type unifies with a type literal through its underlying type, channel directions don't
// matter, and (from go1.21) an interface unifies with a type that has its methods. Unbound
// type parameters (not being inferred) unify through their core type. Whether the result
// is really assignable or satisfies the constraints is checked after inference.

import { InternalError } from "../base/index.js";
import { ObjKind, type Func } from "./object.js";
import {
  ChanDir, TypeKind, unalias, under, type Interface, type Named, type Type, type TypeParam,
} from "./type.js";
import { identical, identicalOrigin, isInterface, isTypeLit, isTypeParam } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { termListEqual } from "./termlist.js";
import { coreType } from "./under.js";
import { lookupFieldOrMethod } from "./lookup.js";

/** Upper limit for the recursion depth, against implementation bugs (go.dev/issue/48619). */
const unificationDepthLimit = 50;

/** How types are compared (types2 unifyMode), as bits. */
export const enum UnifyMode {
  /** Inexact: defined types match literals by underlying type, channel directions are ignored. */
  Inexact = 0,
  /** Types of an assignment: inexact at the top level, exact for element types. */
  Assign = 1 << 0,
  /** Types unify only if they are identical (after inference). */
  Exact = 1 << 1,
}

/** A cell holding the type inferred for one or more (joined) type parameters. */
interface Handle {
  t: Type | null;
}

/** A pair of interfaces being compared, for cycle detection (types2 ifacePair). */
interface IfacePair {
  x: Interface;
  y: Interface;
  prev: IfacePair | null;
}

function samePair(p: IfacePair, q: IfacePair): boolean {
  return (p.x === q.x && p.y === q.y) || (p.x === q.y && p.y === q.x);
}

function asNamed(t: Type): Named | null {
  const u = unalias(t);
  return u.tkind === TypeKind.Named ? u : null;
}

/** under(x) as an interface if x is a non-type parameter interface; otherwise null. */
function asInterface(x: Type): Interface | null {
  if (unalias(x).tkind === TypeKind.TypeParam) return null;
  const u = under(x);
  return u.tkind === TypeKind.Interface ? u : null;
}

export class Unifier {
  private readonly handles = new Map<TypeParam, Handle>();
  private depth = 0;

  /**
   * A unifier for tparams with the known type arguments targs (possibly shorter, possibly
   * with nulls; targs[i] belongs to tparams[i]). enableInterfaceInference (go1.21 and later)
   * lets interfaces unify with types by their methods.
   */
  constructor(tparams: readonly TypeParam[], targs: readonly (Type | null)[], private readonly enableInterfaceInference: boolean) {
    for (let i = 0; i < tparams.length; i++) {
      this.handles.set(tparams[i]!, { t: i < targs.length ? targs[i] ?? null : null });
    }
  }

  /** Unifies x and y, possibly inferring type arguments; reports success. */
  unify(x: Type, y: Type, mode: UnifyMode): boolean {
    return this.nify(x, y, mode, null);
  }

  /** Joins type parameters x and y; fails if both have (different, unjoined) inferred types. */
  private join(x: TypeParam, y: TypeParam): boolean {
    const hx = this.handles.get(x)!;
    const hy = this.handles.get(y)!;
    if (hx === hy) return true; // already joined
    if (hx.t !== null && hy.t !== null) return false; // both inferred: cannot join
    if (hx.t !== null) {
      this.setHandle(y, hx); // only x has an inferred type: use its handle
    } else {
      this.setHandle(x, hy);
    }
    return true;
  }

  /** x as a type parameter being inferred by this unifier, or null. */
  private asBoundTypeParam(x: Type): TypeParam | null {
    const t = unalias(x);
    if (t.tkind === TypeKind.TypeParam && this.handles.has(t)) return t;
    return null;
  }

  /** Sets the handle of x (and of all type parameters joined with it) to h. */
  private setHandle(x: TypeParam, h: Handle): void {
    const hx = this.handles.get(x)!;
    for (const [y, hy] of this.handles) {
      if (hy === hx) this.handles.set(y, h);
    }
  }

  /** The type inferred for x so far, or null. */
  at(x: TypeParam): Type | null {
    return this.handles.get(x)!.t;
  }

  /** Sets the inferred type of x (and of the type parameters joined with it). */
  set(x: TypeParam, t: Type): void {
    this.handles.get(x)!.t = t;
  }

  /** The number of type parameters without an inferred type. */
  unknowns(): number {
    let n = 0;
    for (const h of this.handles.values()) if (h.t === null) n++;
    return n;
  }

  /** The inferred types for tparams (null where not known). */
  inferred(tparams: readonly TypeParam[]): (Type | null)[] {
    return tparams.map((x) => this.at(x));
  }

  /** The core algorithm, an adaptation of identical (types2 unifier.nify). */
  private nify(x: Type, y: Type, mode: UnifyMode, p: IfacePair | null): boolean {
    this.depth++;
    try {
      return this.nify1(x, y, mode, p);
    } finally {
      this.depth--;
    }
  }

  private nify1(x: Type, y: Type, mode: UnifyMode, p: IfacePair | null): boolean {
    if (x === y || unalias(x) === unalias(y)) return true;

    if (this.depth > unificationDepthLimit) {
      // types2 panics here: it is a bug in the checker, not an error in the program
      throw new InternalError("unification reached recursion depth limit");
    }

    // Unification is symmetric: make sure that a defined type, if any, is in y, and a type
    // parameter being inferred, if any, in x.
    if (asNamed(x) !== null || this.asBoundTypeParam(y) !== null) [x, y] = [y, x];

    // A defined type and a type literal can only unify through the defined type's
    // underlying type: allowed unless exact unification is asked for. Basic types count as
    // literals here, as they may be core types of constraints. (If y is a defined type, it
    // is y.)
    const ny = asNamed(y);
    if ((mode & UnifyMode.Exact) === 0 && ny !== null && isTypeLit(x) && !(this.enableInterfaceInference && isInterface(x))) {
      y = ny.underlying();
      // x and y may be identical now
      if (x === y || unalias(x) === unalias(y)) return true;
    }

    // Cases with at least one type parameter being inferred; if there is one, it is x.
    const px = this.asBoundTypeParam(x);
    const py = this.asBoundTypeParam(y);
    if (px !== null && py !== null) {
      // both are type parameters being inferred
      if (this.join(px, py)) return true;
      // both have inferred types: they must match
      return this.nify(this.at(px)!, this.at(py)!, mode, p);
    }
    if (px !== null) {
      // x is a type parameter being inferred, y is not
      const xt = this.at(px);
      if (xt === null) {
        // infer x's type from y
        this.set(px, y);
        return true;
      }
      // x's inferred type must match y
      if (!this.nify(xt, y, mode, p)) return false;
      // A match, possibly through underlying types.
      const xi = asInterface(xt);
      const yi = asInterface(y);
      const xn = asNamed(xt) !== null;
      const yn = asNamed(y) !== null;
      if (xi !== null && yi !== null) {
        // Two interfaces: two defined ones must be identical (unification can't know which
        // name is right); otherwise they must have the same method set (they unified, so
        // comparing the numbers of methods suffices).
        if (xn && yn) return identical(xt, y);
        if (typeSetOf(xi).methods.length !== typeSetOf(yi).methods.length) return false;
      } else if (xi !== null || yi !== null) {
        // One interface, one not: either could be the right type argument, and choosing one
        // would make inference order-dependent (go.dev/issue/60933).
        return false;
      }
      // In inexact unification, prefer a defined type, so that a series of types matched
      // against the same type parameter infers the defined type whatever the order
      // (go.dev/issue/43056); without defined types, prefer a directed channel
      // (go.dev/issue/62157).
      if ((mode & UnifyMode.Exact) === 0) {
        if (xn) {
          // x is a defined type: nothing to do
        } else if (yn) {
          this.set(px, y);
        } else {
          const yc = under(y);
          if (yc.tkind === TypeKind.Chan && yc.dir !== ChanDir.SendRecv) this.set(px, y);
        }
      }
      return true;
    }

    // x != y if we get here.

    // With interface inference and inexact unification: two interfaces unify if one's
    // methods are a subset of the other's and the common methods unify; an interface and
    // another type unify if the type has all the interface's methods, with unifying
    // signatures. Look under names, but not under type parameters (go.dev/issue/60564).
    if (this.enableInterfaceInference && (mode & UnifyMode.Exact) === 0) {
      let xi = asInterface(x);
      const yi = asInterface(y);
      if (xi !== null && yi !== null) {
        const xset = typeSetOf(xi);
        const yset = typeSetOf(yi);
        if (xset.comparable !== yset.comparable) return false;
        // for now, terms must be equal
        if (!termListEqual(xset.terms, yset.terms)) return false;
        // Cycles through interfaces without names (methods returning interfaces embedding
        // the current one) would recurse endlessly: a pair compared before is equal.
        const q: IfacePair = { x: xi, y: yi, prev: p };
        for (let pp = p; pp !== null; pp = pp.prev) {
          if (samePair(pp, q)) return true;
        }
        // The smaller method set must be a subset of the other.
        let xmethods = xset.methods;
        let ymethods = yset.methods;
        if (xmethods.length > ymethods.length) [xmethods, ymethods] = [ymethods, xmethods];
        const ymap = new Map<string, Func>();
        for (const ym of ymethods) ymap.set(ym.id(), ym);
        for (const xm of xmethods) {
          const ym = ymap.get(xm.id());
          // (types2 passes the outer pair list here, not q)
          if (ym === undefined || !this.nify(xm.type!, ym.type!, UnifyMode.Exact, p)) return false;
        }
        return true;
      }

      // One interface at most; make it xi (and the other type y).
      if (yi !== null) {
        xi = yi;
        y = x;
      }
      if (xi !== null) {
        // All of xi's methods must exist in y, with unifying signatures.
        for (const xm of typeSetOf(xi).methods) {
          const r = lookupFieldOrMethod(y, false, xm.pkg, xm.name);
          const ym = r.obj !== null && r.obj.okind === ObjKind.Func ? r.obj : null;
          if (ym === null || !this.nify(xm.type!, ym.type!, UnifyMode.Exact, p)) return false;
        }
        return true;
      }
    }

    // Unless unification is exact, neither x nor y are interfaces now; apart from unbound
    // type parameters (below), they must be structurally equal. Make sure an unbound type
    // parameter, if any, is in x.
    if (isTypeParam(y)) [x, y] = [y, x];

    // Element types of assigned types must match exactly.
    let emode = mode;
    if ((mode & UnifyMode.Assign) !== 0) emode |= UnifyMode.Exact;

    // Continue with unaliased types, but keep the originals (go.dev/issue/67628).
    const yorig = y;
    x = unalias(x);
    y = unalias(y);

    switch (x.tkind) {
      case TypeKind.Basic:
        // byte and rune are aliases of other basic types: compare kinds
        if (y.tkind === TypeKind.Basic) return x.kind === y.kind;
        break;

      case TypeKind.Array:
        // If a length is unknown (< 0, after an error), assume the lengths agree.
        if (y.tkind === TypeKind.Array) {
          return (x.len < 0n || y.len < 0n || x.len === y.len) && this.nify(x.elem, y.elem, emode, p);
        }
        break;

      case TypeKind.Slice:
        if (y.tkind === TypeKind.Slice) return this.nify(x.elem, y.elem, emode, p);
        break;

      case TypeKind.Struct:
        // same sequence of fields with the same names (embedded fields count as the same
        // name), unifying types and identical tags
        if (y.tkind === TypeKind.Struct && x.fields.length === y.fields.length) {
          for (let i = 0; i < x.fields.length; i++) {
            const f = x.fields[i]!;
            const g = y.fields[i]!;
            if (f.embedded !== g.embedded || x.tag(i) !== y.tag(i) || !f.sameId(g.pkg, g.name, false)
              || !this.nify(f.type!, g.type!, emode, p)) {
              return false;
            }
          }
          return true;
        }
        break;

      case TypeKind.Pointer:
        if (y.tkind === TypeKind.Pointer) return this.nify(x.base, y.base, emode, p);
        break;

      case TypeKind.Tuple:
        if (y.tkind === TypeKind.Tuple && x.length === y.length) {
          for (let i = 0; i < x.length; i++) {
            if (!this.nify(x.at(i).type!, y.at(i).type!, mode, p)) return false;
          }
          return true;
        }
        break;

      case TypeKind.Signature:
        // same number of parameters and results with unifying types, both variadic or
        // neither; names don't matter
        if (y.tkind === TypeKind.Signature) {
          return x.variadic === y.variadic && this.nify(x.params, y.params, emode, p)
            && this.nify(x.results, y.results, emode, p);
        }
        break;

      case TypeKind.Interface:
        // (with interface inference, only reached in exact mode)
        // The same methods, with unifying types, in any order.
        if (y.tkind === TypeKind.Interface) {
          const xset = typeSetOf(x);
          const yset = typeSetOf(y);
          if (xset.comparable !== yset.comparable) return false;
          if (!termListEqual(xset.terms, yset.terms)) return false;
          const a = xset.methods;
          const b = yset.methods;
          if (a.length === b.length) {
            // cycle detection as above
            const q: IfacePair = { x, y, prev: p };
            for (let pp = p; pp !== null; pp = pp.prev) {
              if (samePair(pp, q)) return true;
            }
            for (let i = 0; i < a.length; i++) {
              const f = a[i]!;
              const g = b[i]!;
              if (f.id() !== g.id() || !this.nify(f.type!, g.type!, UnifyMode.Exact, q)) return false;
            }
            return true;
          }
        }
        break;

      case TypeKind.Map:
        if (y.tkind === TypeKind.Map) return this.nify(x.key, y.key, emode, p) && this.nify(x.elem, y.elem, emode, p);
        break;

      case TypeKind.Chan:
        // directions matter only for exact unification
        if (y.tkind === TypeKind.Chan) {
          return ((mode & UnifyMode.Exact) === 0 || x.dir === y.dir) && this.nify(x.elem, y.elem, emode, p);
        }
        break;

      case TypeKind.Named: {
        // From the same declaration, with unifying type arguments. Type arguments go first,
        // so that they unify even if the origins differ (better errors, go.dev/issue/53692).
        const yn = asNamed(y);
        if (yn !== null) {
          const xargs = x.targs ?? [];
          const yargs = yn.targs ?? [];
          if (xargs.length !== yargs.length) return false;
          for (let i = 0; i < xargs.length; i++) {
            if (!this.nify(xargs[i]!, yargs[i]!, mode, p)) return false;
          }
          return identicalOrigin(x, yn);
        }
        break;
      }

      case TypeKind.TypeParam: {
        // x is an unbound type parameter. A valid type argument is in its constraint's type
        // set, so its underlying type is the core type, if there is one: unify with that
        // (go.dev/issue/50755). Assign mode takes y's underlying type where needed.
        const cx = coreType(x);
        if (cx !== null) return this.nify(cx, yorig, UnifyMode.Assign, p);
        // x != y and nothing else to do
        break;
      }
    }
    return false;
  }
}
