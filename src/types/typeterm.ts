// Type terms, the elements of a type set's term list (types2 typeterm.go): a term is ∅ (the
// empty set, represented by null), 𝓤 (the set of all types, a term whose type is null), T
// (just the type T) or ~T (all types whose underlying type is T).
//
// The union's own Term class (type.ts) has the same shape with a non-null type, so a
// syntactic union term can be used as a TypeTerm directly, as types2 converts *Term to *term.

import type { Type } from "./type.js";
import { under } from "./type.js";
import { identical } from "./predicates.js";
import { typeString, type Qualifier } from "./typestring.js";

/** A type term; null stands for ∅, a null type for 𝓤. */
export interface TypeTerm {
  readonly tilde: boolean; // meaningful only when type is not null
  readonly type: Type | null;
}

/** A term, possibly ∅. */
export type Term0 = TypeTerm | null;

/** The 𝓤 term. */
export const TOP_TERM: TypeTerm = Object.freeze({ tilde: false, type: null });

export function makeTerm(tilde: boolean, type: Type): TypeTerm {
  return { tilde, type };
}

/**
 * The string form of a term: ∅, 𝓤, T or ~T. Types are printed with qf, which defaults to
 * package paths as types2's term.String does (error messages that format terms with %s
 * therefore show package paths, not names).
 */
export function termString(x: Term0, qf: Qualifier | null = null): string {
  if (x === null) return "∅";
  if (x.type === null) return "𝓤";
  return x.tilde ? "~" + typeString(x.type, qf) : typeString(x.type, qf);
}

/** Reports whether x and y describe the same type set. */
export function termEqual(x: Term0, y: Term0): boolean {
  if (x === null || y === null) return x === y;
  if (x.type === null || y.type === null) return x.type === y.type;
  return x.tilde === y.tilde && identical(x.type, y.type);
}

/**
 * Computes x ∪ y. The result is a single term [t, null] when the union can be expressed as
 * one term, or the two (disjoint) terms [x, y] otherwise.
 */
export function termUnion(x: Term0, y: Term0): [Term0, Term0] {
  if (x === null && y === null) return [null, null]; // ∅ ∪ ∅ == ∅
  if (x === null) return [y, null]; // ∅ ∪ y == y
  if (y === null) return [x, null]; // x ∪ ∅ == x
  if (x.type === null) return [x, null]; // 𝓤 ∪ y == 𝓤
  if (y.type === null) return [y, null]; // x ∪ 𝓤 == 𝓤
  if (termDisjoint(x, y)) return [x, y];
  // The terms share a type: ~t ∪ ~t == ~t, ~t ∪ T == ~t, T ∪ ~t == ~t, T ∪ T == T.
  if (x.tilde || !y.tilde) return [x, null];
  return [y, null];
}

/** Computes x ∩ y (null for ∅). */
export function termIntersect(x: Term0, y: Term0): Term0 {
  if (x === null || y === null) return null;
  if (x.type === null) return y; // 𝓤 ∩ y == y
  if (y.type === null) return x; // x ∩ 𝓤 == x
  if (termDisjoint(x, y)) return null;
  // ~t ∩ ~t == ~t, ~t ∩ T == T, T ∩ ~t == T, T ∩ T == T.
  if (!x.tilde || y.tilde) return x;
  return y;
}

/** Reports whether t ∈ x. */
export function termIncludes(x: Term0, t: Type): boolean {
  if (x === null) return false;
  if (x.type === null) return true;
  const u = x.tilde ? under(t) : t;
  return identical(x.type, u);
}

/** Reports whether x ⊆ y. */
export function termSubsetOf(x: Term0, y: Term0): boolean {
  if (x === null) return true; // ∅ ⊆ y
  if (y === null) return false; // x ⊆ ∅ is false since x != ∅
  if (y.type === null) return true; // x ⊆ 𝓤
  if (x.type === null) return false; // 𝓤 ⊆ y is false since y != 𝓤
  if (termDisjoint(x, y)) return false;
  // ~t ⊆ ~t, T ⊆ ~t and T ⊆ T hold; ~t ⊆ T does not.
  return !x.tilde || y.tilde;
}

/**
 * Reports whether x ∩ y == ∅. Both terms must be proper (neither ∅ nor 𝓤) and their types
 * must not be interfaces.
 */
export function termDisjoint(x: TypeTerm, y: TypeTerm): boolean {
  let ux = x.type!;
  if (y.tilde) ux = under(ux);
  let uy = y.type!;
  if (x.tilde) uy = under(uy);
  return !identical(ux, uy);
}
