// Package initialization order (types2's initorder.go): the dependency graph of package-level
// constants, variables and functions (with functions eliminated), the order in which variables
// are initialized (Info.initOrder), and initialization cycle errors.
//
// Nodes are taken in a total order (constants first, then fewest outstanding dependencies,
// then source order), so the result does not depend on the priority queue's internals.

import { Checker, DeclInfo } from "./check.js";
import type { Initializer } from "./check.js";
import { GoObj, ObjKind, Var } from "./object.js";

/** Objects that may be initialization dependencies. */
type Dependency = GoObj & { okind: ObjKind.Const | ObjKind.Var | ObjKind.Func };

function isDependency(obj: GoObj): obj is Dependency {
  return obj.okind === ObjKind.Const || obj.okind === ObjKind.Var || obj.okind === ObjKind.Func;
}

/** A node of the dependency graph: pred are its dependents, succ its dependencies. */
class GraphNode {
  readonly pred = new Set<GraphNode>();
  readonly succ = new Set<GraphNode>();
  index = 0; // index in the priority queue
  ndeps = 0; // dependencies still to be initialized before this object
  constructor(readonly obj: Dependency) {}
  /** The cost of removing this node: copying each predecessor to each successor. */
  cost(): number { return this.pred.size * this.succ.size; }
}

function hasInitializer(d: DeclInfo): boolean {
  return d.init !== null || (d.fdecl !== null && d.fdecl.body !== null);
}

Checker.prototype.initOrder = function (this: Checker): void {
  const order: Initializer[] = [];
  this.info.initOrder = order;

  // the dependency graph, as a priority queue of nodes
  const pq = new NodeQueue(dependencyGraph(this.objMap));

  // Take the node with the fewest dependencies (and its edges) out of the graph, repeatedly.
  // In a valid program it has none left; otherwise there is an initialization cycle.
  const emitted = new Set<DeclInfo>();
  while (pq.length > 0) {
    const n = pq.pop();

    if (n.ndeps > 0) {
      // If n.obj is not part of the cycle (n.obj -> b -> c -> d -> c), the cycle is reported
      // when an object of it comes up. Once reported, a cycle is broken (the counts below
      // go down), so its other objects don't report it again.
      const cycle = findPath(this.objMap, n.obj, n.obj, new Set());
      if (cycle !== null) this.reportCycle(cycle);
      // go on: the order is wrong from here, but there was an error
    }

    // one dependency fewer for the dependents
    for (const p of n.pred) {
      p.ndeps--;
      pq.fix(p.index);
    }

    // record the order of variables with initializers only
    if (n.obj.okind !== ObjKind.Var) continue;
    const v: Var = n.obj;
    const info = this.objMap.get(v)!;
    if (!hasInitializer(info)) continue;

    // n:1 declarations (a, b = f()) have a node per variable but one initializer: emit it once
    if (emitted.has(info)) continue;
    emitted.add(info);

    order.push({ lhs: info.lhs ?? [v], rhs: info.init! });
  }
};

/**
 * The reversed path of dependencies [to, ..., from] from `from` to `to`, or null if there is
 * none.
 */
function findPath(objMap: Map<GoObj, DeclInfo>, from: GoObj, to: GoObj, seen: Set<GoObj>): GoObj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  const deps = objMap.get(from)?.deps;
  if (deps === null || deps === undefined) return null;
  for (const d of deps) {
    if (d === to) return [d];
    const p = findPath(objMap, d, to, seen);
    if (p !== null) {
      p.push(d);
      return p;
    }
  }
  return null;
}

declare module "./check.js" {
  interface Checker {
    reportCycle(cycle: readonly GoObj[]): void;
  }
}

Checker.prototype.reportCycle = function (this: Checker, cycle: readonly GoObj[]): void {
  let obj = cycle[0]!;

  // a more concise error for self references
  if (cycle.length === 1) {
    this.errorf(obj, "initialization cycle: %s refers to itself", obj.name);
    return;
  }

  const err = this.newError().addf(obj, "initialization cycle for %s", obj.name);
  // cycle[i] for i = 0, n-1, n-2, ... 1
  for (let i = cycle.length - 1; i >= 0; i--) {
    err.addf(obj, "%s refers to", obj.name);
    obj = cycle[i]!;
  }
  // cycle[0] again, to close the cycle
  err.addf(obj, "%s", obj.name);
  err.report();
};

/** The dependency graph of the objects in objMap, without functions. */
function dependencyGraph(objMap: Map<GoObj, DeclInfo>): GraphNode[] {
  const M = new Map<GoObj, GraphNode>();
  for (const obj of objMap.keys()) {
    if (isDependency(obj)) M.set(obj, new GraphNode(obj));
  }

  // edges n -> s and s -> n for each dependency (all nodes are kept, even isolated ones:
  // they still need to be ordered)
  for (const [obj, n] of M) {
    const deps = objMap.get(obj)!.deps;
    if (deps === null) continue;
    for (const d of deps) {
      const s = M.get(d);
      if (s === undefined) continue;
      n.succ.add(s);
      s.pred.add(n);
    }
  }

  const G: GraphNode[] = [];
  const funcG: GraphNode[] = [];
  for (const n of M.values()) {
    if (n.obj.okind === ObjKind.Func) funcG.push(n);
    else G.push(n);
  }

  // Remove the function nodes, connecting their predecessors with their successors
  // (mutually recursive functions are permitted cycles, which would otherwise inflate the
  // dependency counts of variables). Cheap functions go first: a removal's cost grows with
  // the edges copied into the remaining function nodes.
  funcG.sort((a, b) => a.cost() - b.cost());
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue; // ignore self-cycles
      for (const s of n.succ) {
        if (s === n) continue; // ignore self-cycles
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }

  for (let i = 0; i < G.length; i++) {
    const n = G[i]!;
    n.index = i;
    n.ndeps = n.succ.size;
  }
  return G;
}

/** Constants first, then fewer dependencies, then source order. */
function less(x: GraphNode, y: GraphNode): boolean {
  // constants before other objects (go.dev/issue/66575)
  const xConst = x.obj.okind === ObjKind.Const;
  const yConst = y.obj.okind === ObjKind.Const;
  if (xConst !== yConst) return xConst;
  return x.ndeps < y.ndeps || (x.ndeps === y.ndeps && x.obj.order < y.obj.order);
}

/** A binary min-heap of graph nodes that keeps their index fields up to date (container/heap). */
class NodeQueue {
  constructor(private readonly a: GraphNode[]) {
    const n = a.length;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.down(i, n);
  }

  get length(): number { return this.a.length; }

  pop(): GraphNode {
    const n = this.a.length - 1;
    this.swap(0, n);
    this.down(0, n);
    const x = this.a.pop()!;
    x.index = -1;
    return x;
  }

  fix(i: number): void {
    if (i < 0) return;
    if (!this.down(i, this.a.length)) this.up(i);
  }

  private swap(i: number, j: number): void {
    const a = this.a;
    const x = a[i]!, y = a[j]!;
    a[i] = y;
    a[j] = x;
    x.index = j;
    y.index = i;
  }

  private up(j: number): void {
    for (;;) {
      const i = (j - 1) >> 1; // parent
      if (i === j || j <= 0 || !less(this.a[j]!, this.a[i]!)) break;
      this.swap(i, j);
      j = i;
    }
  }

  private down(i0: number, n: number): boolean {
    let i = i0;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n || j1 < 0) break;
      let j = j1; // left child
      const j2 = j1 + 1;
      if (j2 < n && less(this.a[j2]!, this.a[j1]!)) j = j2; // right child
      if (!less(this.a[j]!, this.a[i]!)) break;
      this.swap(i, j);
      i = j;
    }
    return i > i0;
  }
}
