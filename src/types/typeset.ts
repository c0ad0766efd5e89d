// Interface type sets (types2 typeset.go and the term checks of union.go): the methods and
// type terms an interface stands for, computed lazily from its explicit methods and embedded
// elements, plus the errors types2 reports while computing them.
//
// A type set is the intersection of the types implementing all methods and the types of the
// term list (and, with the comparable bit, only comparable types). Methods can be factored
// out because of the language restrictions on unions (no methods in union terms).
//
// The type set is stored in Interface.tset (typed `unknown` in type.ts; it always holds a
// TypeSet or null). Errors need the checker: it registers itself per interface with
// setInterfaceEnv (as types2 keeps Interface.check) or passes its environment directly.

import type { Pos } from "../source/index.js";
import type { Func } from "./object.js";
import type { Package } from "./package.js";
import {
  Interface, TypeKind, under, unalias, type Term, type Type, type TypeParam, type Union,
} from "./type.js";
import { comparableInterfaces, universeComparable } from "./universe.js";
import { comparableType, identical, isTypeParam, isValid, isInterface } from "./predicates.js";
import {
  allTermlist, termListIncludes, termListIntersect, termListIsAll, termListIsEmpty,
  termListString, termListSubsetOf, termListUnion, type TermList,
} from "./termlist.js";
import { termDisjoint, termString, type TypeTerm } from "./typeterm.js";
import { objectString, typeString, type Qualifier } from "./typestring.js";

/** Unions with more terms are rejected (an implementation limit of types2). */
export const maxTermCount = 100;

export class TypeSet {
  constructor(
    /** All methods of the interface, sorted by unique id (sortMethods). */
    public methods: Func[],
    /** The type terms. */
    public terms: TermList,
    /** Only comparable types; invariant: !comparable || terms is 𝓤. */
    public comparable: boolean,
  ) {}

  /** The set is empty. */
  isEmpty(): boolean { return termListIsEmpty(this.terms); }

  /** The set of all types (the empty interface). */
  isAll(): boolean { return this.isMethodSet() && this.methods.length === 0; }

  /** The interface is fully described by its methods (a basic interface). */
  isMethodSet(): boolean { return !this.comparable && termListIsAll(this.terms); }

  /** Every type in the set is comparable. */
  isComparable(seen: Set<Type> | null = null): boolean {
    if (termListIsAll(this.terms)) return this.comparable;
    return this.is((t) => t !== null && comparableType(t.type!, false, seen, null));
  }

  get numMethods(): number { return this.methods.length; }

  /** The index and method with the given package and name, or [-1, null]. */
  lookupMethod(pkg: Package | null, name: string, foldCase: boolean): [number, Func | null] {
    return methodIndexOf(this.methods, pkg, name, foldCase);
  }

  /** The set has specific terms (neither ∅ nor 𝓤). */
  hasTerms(): boolean { return !termListIsEmpty(this.terms) && !termListIsAll(this.terms); }

  /** s ⊆ s2, considering terms only. */
  subsetOf(s2: TypeSet): boolean { return termListSubsetOf(this.terms, s2.terms); }

  /** t is in the term part of the set. */
  includes(t: Type): boolean { return termListIncludes(this.terms, t); }

  /**
   * Calls f with each specific term and reports whether all calls returned true; without
   * specific terms, returns f(null).
   */
  is(f: (t: TypeTerm | null) => boolean): boolean {
    if (!this.hasTerms()) return f(null);
    for (const t of this.terms) {
      if (!f(t)) return false;
    }
    return true;
  }

  /**
   * Calls f with the underlying type of each specific term and reports whether all calls
   * returned true; without specific terms, returns f(null).
   */
  underIs(f: (u: Type | null) => boolean): boolean {
    if (!this.hasTerms()) return f(null);
    for (const t of this.terms) {
      // For ~x terms, x is its own underlying type already.
      let u = unalias(t!.type!);
      if (!t!.tilde) u = under(u);
      if (!f(u)) return false;
    }
    return true;
  }

  /** The notation of types2's _TypeSet.String: ∅, 𝓤 or {comparable; methods; terms}. */
  toString(qf: Qualifier | null = null): string {
    if (this.isEmpty()) return "∅";
    if (this.isAll()) return "𝓤";
    const hasMethods = this.methods.length > 0;
    const hasTerms = this.hasTerms();
    let s = "{";
    if (this.comparable) {
      s += "comparable";
      if (hasMethods || hasTerms) s += "; ";
    }
    for (let i = 0; i < this.methods.length; i++) {
      if (i > 0) s += "; ";
      s += objectString(this.methods[i]!, qf);
    }
    if (hasMethods && hasTerms) s += "; ";
    if (hasTerms) s += termListString(this.terms, qf);
    return s + "}";
  }
}

/** The type set of the empty interface. */
export const topTypeSet = new TypeSet([], [{ tilde: false, type: null }], false);

/**
 * Marks an invalid union (too many terms); it is also a valid empty set, so users may
 * ignore that it is special.
 */
export const invalidTypeSet = new TypeSet([], [], false);

/** An empty interface that is not `any` (universeAnyType), with its type set. */
export const emptyInterface = new Interface([], []);
emptyInterface.complete = true;
emptyInterface.tset = topTypeSet;

// ---------------------------------------------------------------------------------------------
// The checker environment

/** An additional line of an error message ("\n\t<pos>: msg" in gc's output). */
export interface ErrorPart {
  pos: Pos;
  msg: string;
}

/**
 * What the type set computation needs from the checker. Without one (null), errors are not
 * reported, as in types2 with a nil *Checker.
 */
export interface TypeSetEnv {
  /** The package being checked (for isImportedConstraint). */
  readonly pkg: Package | null;
  /** The qualifier for types in messages (see makeQualifier in typestring.ts). */
  readonly qualifier: Qualifier;
  /** Type sets of unions, memoized per checker (types2 check.unionTypeSets). */
  readonly unionSets: Map<Union, TypeSet>;
  /**
   * Reports an error at pos. related holds further parts of the same error (types2's
   * err.addf calls after the first one). soft marks a soft error (types2 softErrorf).
   */
  report(pos: Pos, msg: string, related?: readonly ErrorPart[], soft?: boolean): void;
  /** Runs f once the current declarations are checked (types2 check.later). */
  later(f: () => void): void;
  /** The file containing pos allows language version go1.minor (types2 allowVersion). */
  allowVersion(pos: Pos, minor: number): boolean;
  /**
   * Like allowVersion, but reports "<what> requires go1.<minor> or later" (with types2's
   * wording and position) when the version is too old (types2 verifyVersionf).
   */
  verifyVersion(pos: Pos, minor: number, what: string): boolean;
}

const interfaceEnvs = new WeakMap<Interface, TypeSetEnv>();

/**
 * Associates the checker with an interface it creates, so that computing its type set later
 * (from anywhere) reports errors, as types2's Interface.check does.
 */
export function setInterfaceEnv(iface: Interface, env: TypeSetEnv): void {
  interfaceEnvs.set(iface, env);
}

/** The type set of iface, computed on first use. */
export function typeSetOf(iface: Interface): TypeSet {
  if (iface.tset !== null) return iface.tset as TypeSet;
  return computeInterfaceTypeSet(interfaceEnvs.get(iface) ?? null, 0, iface);
}

// ---------------------------------------------------------------------------------------------
// Type set computation

/**
 * Computes (once) and returns the type set of ityp. pos is the position of the interface or
 * of the embedding element that caused the computation; it is used for version errors of
 * embedded elements.
 */
export function computeInterfaceTypeSet(env: TypeSetEnv | null, pos: Pos, ityp: Interface): TypeSet {
  if (ityp.tset !== null) return ityp.tset as TypeSet;

  // An interface that is not completely set up would give a partial type set; don't store
  // one (the full set is computed later) and let follow-on errors play out.
  if (!ityp.complete) return topTypeSet;

  // comparable's interface is marked in the universe; its type set is the comparable types.
  if (comparableInterfaces.has(ityp)) {
    const ts = new TypeSet([], allTermlist, true);
    ityp.tset = ts;
    return ts;
  }

  // Cycles through embedded interfaces are reported elsewhere (validType); store a
  // provisional set first so that they don't recurse endlessly here.
  const tset = new TypeSet([], allTermlist, false);
  ityp.tset = tset;

  const unionSets = env !== null ? env.unionSets : new Map<Union, TypeSet>();

  // Methods of embedded interfaces are collected unchanged (the same Func objects), keyed by
  // unique id. mpos records where each was declared or embedded, for duplicate errors.
  const seen = new Map<string, Func>();
  const allMethods: Func[] = [];
  const mpos = new Map<Func, Pos>();
  const addMethod = (mp: Pos, m: Func, explicit: boolean): void => {
    const id = m.id();
    const other = seen.get(id);
    if (other === undefined) {
      seen.set(id, m);
      allMethods.push(m);
      mpos.set(m, mp);
      return;
    }
    if (env === null) return;
    const report = (): void => {
      env.report(mp, `duplicate method ${m.name}`, [
        { pos: mpos.get(other) ?? 0, msg: `other declaration of method ${m.name}` },
      ]);
    };
    if (explicit) {
      report();
    } else {
      // A method embedded more than once must have identical signatures; the check waits
      // until all types are set up (go.dev/issue/33656). Before go1.14 overlapping
      // embeddings were not permitted at all; that is the same error.
      env.later(() => {
        if ((mp !== 0 && !env.allowVersion(mp, 14)) || !identical(m.type!, other.type!)) report();
      });
    }
  };

  for (const m of ityp.methods) addMethod(m.pos, m, true);

  let allTerms: TermList = allTermlist;
  let allComparable = false;
  for (let i = 0; i < ityp.embeddeds.length; i++) {
    const typ = ityp.embeddeds[i]!;
    // Imported interfaces have no embedding positions; they need no version checks.
    const epos: Pos = ityp.embedPos !== null ? ityp.embedPos[i] ?? 0 : 0;
    let comparable = false;
    let terms: TermList;
    const u = under(typ);
    if (u.tkind === TypeKind.Interface) {
      const ts = computeInterfaceTypeSet(env, epos, u);
      // Local constraint interfaces were reported where they are defined.
      if (epos !== 0 && env !== null && isImportedConstraint(env.pkg, typ)
        && !env.verifyVersion(epos, 18, `embedding constraint interface ${typeString(typ, env.qualifier)}`)) {
        continue;
      }
      comparable = ts.comparable;
      for (const m of ts.methods) addMethod(epos, m, false); // at the embedding position
      terms = ts.terms;
    } else if (u.tkind === TypeKind.Union) {
      if (epos !== 0 && env !== null
        && !env.verifyVersion(epos, 18, `embedding interface element ${typeString(u, env.qualifier)}`)) {
        continue;
      }
      const ts = computeUnionTypeSet(env, unionSets, epos, u);
      if (ts === invalidTypeSet) continue; // ignore invalid unions
      terms = ts.terms;
    } else {
      if (!isValid(u)) continue;
      if (epos !== 0 && env !== null
        && !env.verifyVersion(epos, 18, `embedding non-interface type ${typeString(typ, env.qualifier)}`)) {
        continue;
      }
      terms = [{ tilde: false, type: typ }];
    }
    // The type set is the intersection of the type sets of all elements; only embedded
    // interfaces add methods (handled above), so intersect terms and comparable bits.
    [allTerms, allComparable] = intersectTermLists(allTerms, allComparable, terms, comparable);
  }

  tset.comparable = allComparable;
  if (allMethods.length !== 0) {
    sortMethods(allMethods);
    tset.methods = allMethods;
  }
  tset.terms = allTerms;
  return tset;
}

/** types2 Checker.isImportedConstraint: a named non-basic interface from another package. */
function isImportedConstraint(pkg: Package | null, typ: Type): boolean {
  const t = unalias(typ);
  if (t.tkind !== TypeKind.Named || t.obj.pkg === pkg || t.obj.pkg === null) return false;
  const u = under(t);
  return u.tkind === TypeKind.Interface && !typeSetOf(u).isMethodSet();
}

/**
 * Intersects two term lists with their comparable bits (xcomp and ycomp matter only when the
 * corresponding list is 𝓤). If either is comparable, only comparable terms are kept.
 */
export function intersectTermLists(
  xterms: TermList, xcomp: boolean, yterms: TermList, ycomp: boolean,
): [TermList, boolean] {
  let terms = termListIntersect(xterms, yterms);
  let comp = xcomp || ycomp;
  if (comp && !termListIsAll(terms)) {
    // only strictly comparable terms remain
    terms = terms.filter((t) => comparableType(t!.type!, false, null, null));
    if (!termListIsAll(terms)) comp = false;
  }
  return [terms, comp];
}

/**
 * Computes (once per unionSets map) the type set of a union: the union of its terms' sets.
 * Returns invalidTypeSet, after reporting an error, if the union has too many terms.
 */
export function computeUnionTypeSet(
  env: TypeSetEnv | null, unionSets: Map<Union, TypeSet>, pos: Pos, utyp: Union,
): TypeSet {
  const done = unionSets.get(utyp);
  if (done !== undefined) return done;

  // provisional entry against infinite recursion (see computeInterfaceTypeSet)
  const tset = new TypeSet([], [], false);
  unionSets.set(utyp, tset);

  let allTerms: TermList = [];
  for (const t of utyp.terms) {
    let terms: TermList;
    const u = under(t.type);
    if (u.tkind === TypeKind.Interface) {
      terms = computeInterfaceTypeSet(env, pos, u).terms;
    } else if (!isValid(u)) {
      continue;
    } else if (t.tilde && !identical(t.type, u)) {
      // No type has t.type as its underlying type: the term's set is empty.
      terms = [null];
    } else {
      terms = [t];
    }
    allTerms = termListUnion(allTerms, terms);
    if (allTerms.length > maxTermCount) {
      env?.report(pos, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
      unionSets.set(utyp, invalidTypeSet);
      return invalidTypeSet;
    }
  }
  tset.terms = allTerms;
  return tset;
}

/**
 * The checks types2's parseUnion defers until types are set up: misuse of ~, interfaces with
 * methods or comparable as union terms, and overlapping terms. terms are the union's terms
 * (possibly more than the Union type holds after the term limit), positions those of their
 * syntax (the term expressions, including any ~).
 */
export function checkUnionTerms(env: TypeSetEnv, terms: readonly Term[], positions: readonly Pos[]): void {
  const qf = env.qualifier;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!isValid(t.type)) continue;
    const pos = positions[i] ?? 0;
    const u = under(t.type);
    const f = u.tkind === TypeKind.Interface ? u : null;
    if (t.tilde) {
      if (f !== null) {
        env.report(pos, `invalid use of ~ (${typeString(t.type, qf)} is an interface)`);
        continue;
      }
      if (!identical(u, t.type)) {
        env.report(pos, `invalid use of ~ (underlying type of ${typeString(t.type, qf)} is ${typeString(u, qf)})`);
        continue;
      }
    }
    // Lone embedded interfaces never get here (parseUnion returns them directly); with two
    // or more terms, interfaces must be basic and are exempt from the overlap rule.
    if (f !== null) {
      const tset = typeSetOf(f);
      // terms print as types2's term.String does: qualified by package path
      const ts = termString(t);
      if (tset.numMethods !== 0) {
        env.report(pos, `cannot use ${ts} in union (${ts} contains methods)`);
      } else if (t.type === universeComparable) {
        env.report(pos, "cannot use comparable in union");
      } else if (tset.comparable) {
        env.report(pos, `cannot use ${ts} in union (${ts} embeds comparable)`);
      }
      continue;
    }
    const j = overlappingTerm(terms, i, t);
    if (j >= 0) {
      env.report(pos, `overlapping terms ${termString(t)} and ${termString(terms[j]!)}`, [], true);
    }
  }
}

/**
 * The index of a term among terms[0:n] that overlaps y (is not disjoint from it), or -1.
 * Interface terms are ignored; y must not be an interface.
 */
export function overlappingTerm(terms: readonly Term[], n: number, y: TypeTerm): number {
  for (let i = 0; i < n; i++) {
    const x = terms[i]!;
    if (isInterface(x.type)) continue;
    if (!termDisjoint(x, y)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Method order and lookup

/**
 * Orders objects as types2's object.less: exported names first, then by name, then
 * (unexported names) by package path. Byte strings compare as Go strings do (bytewise).
 */
export function compareObjects(a: Func, b: Func): number {
  if (a === b) return 0;
  const ea = a.exported();
  const eb = b.exported();
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (!ea) {
    const pa = a.pkg?.path ?? "";
    const pb = b.pkg?.path ?? "";
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
  return 0;
}

/** Sorts methods by unique name, in place (types2 sortMethods; stable). */
export function sortMethods(list: Func[]): void {
  list.sort(compareObjects);
}

/** Reports whether obj has the given name and package per types2's object.sameId. */
export function sameId(
  obj: { readonly name: string; readonly pkg: Package | null; exported(): boolean },
  pkg: Package | null, name: string, foldCase: boolean,
): boolean {
  // When capitalization is ignored, so are packages.
  if (foldCase && equalFold(obj.name, name)) return true;
  if (obj.name !== name) return false;
  if (obj.exported()) return true;
  return samePkg(obj.pkg, pkg);
}

/** Reports whether a and b are the same package (null stands for the universe). */
export function samePkg(a: Package | null, b: Package | null): boolean {
  if (a === null || b === null) return a === b;
  return a.path === b.path;
}

/** The index of and method with the given package and name, or [-1, null] (types2 methodIndex). */
export function methodIndexOf(
  methods: readonly Func[], pkg: Package | null, name: string, foldCase: boolean,
): [number, Func | null] {
  if (name !== "_") {
    for (let i = 0; i < methods.length; i++) {
      const m = methods[i]!;
      if (sameId(m, pkg, name, foldCase)) return [i, m];
    }
  }
  return [-1, null];
}

/**
 * Go's strings.EqualFold on byte strings holding UTF-8: equality under simple Unicode case
 * folding. Non-ASCII text is decoded and compared per code point via JS case mapping, which
 * agrees with Go's fold orbits for the letters that occur in identifiers.
 */
export function equalFold(a: string, b: string): boolean {
  if (a === b) return true;
  let ascii = true;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 0x80) { ascii = false; break; }
  for (let i = 0; ascii && i < b.length; i++) if (b.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      let x = a.charCodeAt(i);
      let y = b.charCodeAt(i);
      if (x === y) continue;
      if (x >= 0x41 && x <= 0x5a) x += 0x20;
      if (y >= 0x41 && y <= 0x5a) y += 0x20;
      if (x !== y || x < 0x61 || x > 0x7a) return false;
    }
    return true;
  }
  const ra = Array.from(decodeUTF8(a));
  const rb = Array.from(decodeUTF8(b));
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    if (x === y) continue;
    if (x.toLowerCase() !== y.toLowerCase() && x.toUpperCase() !== y.toUpperCase()) return false;
  }
  return true;
}

function decodeUTF8(s: string): string {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new TextDecoder("utf-8").decode(b);
}

// ---------------------------------------------------------------------------------------------
// Type parameters

/**
 * The constraint interface of a type parameter (types2 TypeParam.iface): its bound's
 * underlying interface, or an implicit interface wrapping a non-interface bound (stored back
 * into tpar.bound, as types2 does), with the type set computed.
 */
export function tparamIface(tpar: TypeParam): Interface {
  const bound = tpar.bound;
  let ityp: Interface | null = null;
  const u = under(bound);
  if (u.tkind === TypeKind.Basic) {
    if (!isValid(u)) return emptyInterface; // error reported elsewhere
  } else if (u.tkind === TypeKind.Interface) {
    if (isTypeParam(bound)) return emptyInterface; // error reported in collectTypeParams
    ityp = u;
  }
  if (ityp === null) {
    ityp = new Interface([], [bound]);
    ityp.complete = true;
    ityp.implicit = true;
    tpar.bound = ityp;
  }
  if (ityp.tset === null) typeSetOf(ityp);
  return ityp;
}

/** The type set of a type parameter's constraint. */
export function tparamTypeSet(tpar: TypeParam): TypeSet {
  return typeSetOf(tparamIface(tpar));
}
