// Term lists (types2 termlist.go): the union of a list of type terms, the representation of
// the term part of an interface's type set.
//
// A list is in normal form when its terms are pairwise disjoint; the operations below keep
// results normalized. The algorithms are quadratic, as in types2: unions in real programs are
// short, and the checker caps them at maxTermCount terms.

import type { Type } from "./type.js";
import {
  type Term0, termIncludes, termIntersect, termString, termSubsetOf, termUnion,
} from "./typeterm.js";
import type { Qualifier } from "./typestring.js";

/** A list of terms standing for their union; entries may be null (∅ terms). */
export type TermList = Term0[];

/** The term list for the set of all types: a single 𝓤 term. */
export const allTermlist: TermList = [{ tilde: false, type: null }];

const termSep = " | ";

export function termListString(xl: TermList, qf: Qualifier | null = null): string {
  if (xl.length === 0) return "∅";
  let s = "";
  for (let i = 0; i < xl.length; i++) {
    if (i > 0) s += termSep;
    s += termString(xl[i]!, qf);
  }
  return s;
}

/** Reports whether the list describes the empty set (it has no non-∅ term). */
export function termListIsEmpty(xl: TermList): boolean {
  for (const x of xl) if (x !== null) return false;
  return true;
}

/** Reports whether the list describes the set of all types (it contains a 𝓤 term). */
export function termListIsAll(xl: TermList): boolean {
  for (const x of xl) if (x !== null && x.type === null) return true;
  return false;
}

/** Returns the normal form of xl: pairwise disjoint terms, no ∅ terms. */
export function termListNorm(xl: TermList): TermList {
  const used = new Array<boolean>(xl.length).fill(false);
  const rl: TermList = [];
  for (let i = 0; i < xl.length; i++) {
    let xi = xl[i]!;
    if (xi === null || used[i]) continue;
    for (let j = i + 1; j < xl.length; j++) {
      const xj = xl[j]!;
      if (xj === null || used[j]) continue;
      const [u1, u2] = termUnion(xi, xj);
      if (u2 === null) {
        // A 𝓤 term makes the whole list 𝓤; stopping here also keeps the result normal.
        if (u1!.type === null) return allTermlist;
        xi = u1!;
        used[j] = true; // xj is now part of xi
      }
    }
    rl.push(xi);
  }
  return rl;
}

/** Returns xl ∪ yl (normalized). */
export function termListUnion(xl: TermList, yl: TermList): TermList {
  return termListNorm(xl.concat(yl));
}

/** Returns xl ∩ yl (normalized). */
export function termListIntersect(xl: TermList, yl: TermList): TermList {
  if (termListIsEmpty(xl) || termListIsEmpty(yl)) return [];
  const rl: TermList = [];
  for (const x of xl) {
    for (const y of yl) {
      const r = termIntersect(x, y);
      if (r !== null) rl.push(r);
    }
  }
  return termListNorm(rl);
}

/** Reports whether xl and yl describe the same type set. */
export function termListEqual(xl: TermList, yl: TermList): boolean {
  return termListSubsetOf(xl, yl) && termListSubsetOf(yl, xl);
}

/** Reports whether t ∈ xl. */
export function termListIncludes(xl: TermList, t: Type): boolean {
  for (const x of xl) if (termIncludes(x, t)) return true;
  return false;
}

/** Reports whether y ⊆ xl (y is a subset of one of xl's terms; xl must be normalized). */
export function termListSupersetOf(xl: TermList, y: Term0): boolean {
  for (const x of xl) if (termSubsetOf(y, x)) return true;
  return false;
}

/** Reports whether xl ⊆ yl. */
export function termListSubsetOf(xl: TermList, yl: TermList): boolean {
  if (termListIsEmpty(yl)) return termListIsEmpty(xl);
  for (const x of xl) {
    if (!termListSupersetOf(yl, x)) return false;
  }
  return true;
}
