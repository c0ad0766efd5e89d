// Scopes: maps from names to objects, nested lexically (universe → package → file → function
// → blocks), as types2's Scope. Local scopes record their extent so that a name declared
// later in a block is not visible before its declaration (LookupParent with a position).

import type { Pos } from "../source/index.js";
import type { GoObj } from "./object.js";

export class Scope {
  readonly children: Scope[] = [];
  /** parent.children[number - 1] is this scope; 0 without a parent. */
  readonly number: number;
  private readonly elems = new Map<string, GoObj>();
  /** Set for function scopes (internal use: the scope where labels and results live). */
  isFunc = false;

  constructor(readonly parent: Scope | null, public pos: Pos, public end: Pos, readonly comment: string) {
    if (parent !== null && parent !== universeMarker.scope) {
      parent.children.push(this);
      this.number = parent.children.length;
    } else {
      this.number = 0;
    }
  }

  get size(): number { return this.elems.size; }

  /** The names in the scope, sorted. */
  names(): string[] {
    return [...this.elems.keys()].sort();
  }

  /** The object with the given name in this scope, or undefined. */
  lookup(name: string): GoObj | undefined {
    return this.elems.get(name);
  }

  /**
   * Follows the parent chain starting at this scope until an object with the given name is
   * found; returns it with its scope. If pos is set (non-zero), only objects declared at or
   * before pos are considered (those whose scopePos is before pos).
   */
  lookupParent(name: string, pos: Pos): [Scope, GoObj] | null {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const obj = s.elems.get(name);
      if (obj !== undefined && (pos === 0 || obj.scopePos <= pos)) return [s, obj];
    }
    return null;
  }

  /**
   * Inserts obj if the scope has no object with its name and returns undefined; otherwise
   * leaves the scope unchanged and returns the existing object. Sets obj's parent if unset.
   */
  insert(obj: GoObj): GoObj | undefined {
    const name = obj.name;
    const alt = this.elems.get(name);
    if (alt !== undefined) return alt;
    this.elems.set(name, obj);
    if (obj.parent === null) obj.parent = this;
    return undefined;
  }

  /** Removes the object with the given name (used only to undo test-only predeclarations). */
  remove(name: string): void {
    this.elems.delete(name);
  }

  /** Iterates the objects (in insertion order). */
  objects(): IterableIterator<GoObj> { return this.elems.values(); }

  /** Reports whether pos lies within the scope's extent. */
  contains(pos: Pos): boolean {
    return this.pos <= pos && pos < this.end;
  }

  /** The innermost scope containing pos (this one, or a child), or null. */
  innermost(pos: Pos): Scope | null {
    if (this.contains(pos)) {
      for (const c of this.children) {
        const s = c.innermost(pos);
        if (s !== null) return s;
      }
      return this;
    }
    return null;
  }
}

/** The universe scope is created in universe.ts; package scopes do not register as its children. */
export const universeMarker: { scope: Scope | null } = { scope: null };
