// Detection of instantiation cycles that cannot be monomorphized (types2 mono.go).
//
// gc compiles generic code by instantiating it for the type arguments it is used with, so a
// program must not need infinitely many instantiations, as in
//
//	func F[T any]() { F[*T]() }
//
// The check builds a weighted directed graph: a vertex per type parameter (and per local
// defined type that implicitly depends on the type parameters in scope of its declaration),
// and for every instantiation an edge from each type parameter occurring in a type argument
// to the instantiated type parameter — weight 0 if the type argument is the type parameter
// itself, 1 if it is a larger type built from it. A cycle with positive weight means
// ever-growing type arguments. Finding one is a longest-path search: Bellman-Ford with
// lengths negated, where a path as long as the number of vertices must contain a cycle.

import type { Pos } from "../source/index.js";
import { startPos, type Expr } from "../syntax/index.js";
import { Checker } from "./check.js";
import { ObjKind, type TypeName } from "./object.js";
import type { Package } from "./package.js";
import { TypeKind, unalias, type Named, type Type, type TypeParam } from "./type.js";
import { isAlias, relativeTo, typeString } from "./typestring.js";

interface MonoVertex {
  weight: number; // weight of the heaviest known path to this vertex
  pre: number; // previous edge (if any) in that path
  len: number; // length of that path
  obj: TypeName; // the type parameter or local defined type
}

interface MonoEdge {
  dst: number;
  src: number;
  weight: number;
  pos: Pos; // where the flow happens
  typ: Type; // the type argument (or the type parameter a local type depends on)
}

export class MonoGraph {
  readonly vertices: MonoVertex[] = [];
  readonly edges: MonoEdge[] = [];
  /** Receiver type parameters of methods → the type parameters of the receiver base type. */
  private readonly canon = new Map<TypeParam, TypeParam>();
  /** Vertex index of type parameters and local defined types (-1: a type with no vertex). */
  private readonly nameIdx = new Map<TypeName, number>();

  /** The method's receiver type parameter mpar stands for the type's tpar. */
  recordCanon(mpar: TypeParam, tpar: TypeParam): void {
    this.canon.set(mpar, tpar);
  }

  /** Records that tparams are instantiated with targs at pos (xlist: the explicit type argument expressions). */
  recordInstance(pkg: Package, pos: Pos, tparams: readonly TypeParam[], targs: readonly Type[], xlist: readonly Expr[] | null): void {
    for (let i = 0; i < tparams.length; i++) {
      const p = xlist !== null && i < xlist.length ? startPos(xlist[i]!) : pos;
      this.assign(pkg, p, tparams[i]!, targs[i]!);
    }
  }

  /** Adds the edges for the flow of type argument targ into tpar. */
  private assign(pkg: Package, pos: Pos, tpar: TypeParam, targ: Type): void {
    // Type parameters of other packages can't be in a cycle with ours.
    if (tpar.obj.pkg !== pkg) return;

    const flow = (src: number, typ: Type): void => {
      const weight = typ === targ ? 0 : 1;
      this.addEdge(this.typeParamVertex(tpar), src, weight, pos, targ);
    };

    const walk = (t: Type): void => {
      const typ = unalias(t);
      switch (typ.tkind) {
        case TypeKind.TypeParam:
          flow(this.typeParamVertex(typ), typ);
          break;
        case TypeKind.Named: {
          const src = this.localNamedVertex(pkg, typ.origin());
          if (src >= 0) flow(src, typ);
          for (const a of typ.targs ?? []) walk(a);
          break;
        }
        case TypeKind.Array: case TypeKind.Chan: case TypeKind.Slice:
          walk(typ.elem);
          break;
        case TypeKind.Map:
          walk(typ.key);
          walk(typ.elem);
          break;
        case TypeKind.Pointer:
          walk(typ.base);
          break;
        case TypeKind.Interface:
          for (const m of typ.methods) walk(m.type!);
          break;
        case TypeKind.Signature:
          for (const v of typ.params.vars) walk(v.type!);
          for (const v of typ.results.vars) walk(v.type!);
          break;
        case TypeKind.Struct:
          for (const f of typ.fields) walk(f.type!);
          break;
        case TypeKind.Basic:
          break;
        default:
          throw new Error("unexpected type in instantiation");
      }
    };
    walk(targ);
  }

  /**
   * The vertex of a defined type declared inside a generic function (which depends on the
   * function's type parameters declared before it), or -1 for other types.
   */
  private localNamedVertex(pkg: Package, named: Named): number {
    const obj = named.obj;
    if (obj.pkg !== pkg) return -1; // imported type
    const root = pkg.scope;
    if (obj.parent === root) return -1; // package scope: no ambient type parameters

    const known = this.nameIdx.get(obj);
    if (known !== undefined) return known;

    let idx = -1;
    // The type implicitly depends on every type parameter in scope where it is declared.
    for (let scope = obj.parent; scope !== null && scope !== root; scope = scope.parent) {
      for (const elem of scope.objects()) {
        if (elem.okind !== ObjKind.TypeName || isAlias(elem) || elem.pos >= obj.pos) continue;
        const t = elem.type;
        if (t !== null && t.tkind === TypeKind.TypeParam) {
          if (idx < 0) {
            idx = this.vertices.length;
            this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
          }
          this.addEdge(idx, this.typeParamVertex(t), 1, obj.pos, t);
        }
      }
    }
    this.nameIdx.set(obj, idx);
    return idx;
  }

  /** The vertex of a type parameter (of the receiver base type, for receiver type parameters). */
  private typeParamVertex(tpar: TypeParam): number {
    const c = this.canon.get(tpar);
    if (c !== undefined) tpar = c;
    const obj = tpar.obj;
    const known = this.nameIdx.get(obj);
    if (known !== undefined) return known;
    const idx = this.vertices.length;
    this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
    this.nameIdx.set(obj, idx);
    return idx;
  }

  private addEdge(dst: number, src: number, weight: number, pos: Pos, typ: Type): void {
    this.edges.push({ dst, src, weight, pos, typ });
  }
}

declare module "./check.js" {
  interface Checker {
    /** The instantiation graph of the package (types2 check.mono). */
    mono(): MonoGraph;
    /** Storage for mono(). */
    mono_?: MonoGraph;
  }
}

Checker.prototype.mono = function (this: Checker): MonoGraph {
  if (this.mono_ === undefined) this.mono_ = new MonoGraph();
  return this.mono_;
};

Checker.prototype.monomorph = function (this: Checker): void {
  const g = this.mono_;
  if (g === undefined) return;
  // Bellman-Ford for the heaviest paths; a path with as many edges as there are vertices
  // repeats a vertex, so it contains a cycle of positive weight.
  let again = true;
  while (again) {
    again = false;
    for (let i = 0; i < g.edges.length; i++) {
      const edge = g.edges[i]!;
      const src = g.vertices[edge.src]!;
      const dst = g.vertices[edge.dst]!;
      const w = src.weight + edge.weight;
      if (w <= dst.weight) continue;
      dst.pre = i;
      dst.len = src.len + 1;
      if (dst.len === g.vertices.length) {
        reportInstanceLoop(this, g, edge.dst);
        return;
      }
      dst.weight = w;
      again = true;
    }
  }
};

function reportInstanceLoop(check: Checker, g: MonoGraph, v: number): void {
  // Walk back along the heaviest path until a vertex repeats: that is on the cycle.
  const stack: number[] = [];
  const seen = new Array<boolean>(g.vertices.length).fill(false);
  while (!seen[v]) {
    stack.push(v);
    seen[v] = true;
    v = g.edges[g.vertices[v]!.pre]!.src;
  }
  // Trim the part of the path leading into the cycle.
  while (stack[0] !== v) stack.shift();

  // (The cycle is reported in reverse order of the flow: a pleasant order to read would
  // need the dependencies inverted, which types2 doesn't do either.)
  const err = check.newError();
  const obj0 = g.vertices[v]!.obj;
  err.addf(obj0, "instantiation cycle:");
  const qf = relativeTo(check.pkg);
  for (const u of stack) {
    const edge = g.edges[g.vertices[u]!.pre]!;
    const obj = g.vertices[edge.dst]!.obj;
    const t = obj.type;
    if (t !== null && t.tkind === TypeKind.Named) {
      err.addf(edge.pos, "%s implicitly parameterized by %s", obj.name, typeString(edge.typ, qf));
    } else {
      err.addf(edge.pos, "%s instantiated as %s", obj.name, typeString(edge.typ, qf));
    }
  }
  err.report();
}
