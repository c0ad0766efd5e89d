// The Go type representation, mirroring types2: Basic, Pointer, Array, Slice, Map, Chan,
// Struct, Tuple, Signature, Interface, Union, Named, TypeParam and Alias.
//
// Types are compared by identity of these objects where Go's identity rules allow it
// (basic types, named types) and structurally otherwise (predicates.ts, once written).
// Each class carries a numeric `tkind` for fast dispatch without instanceof chains.
//
// Named types are set up in stages while their declarations are checked (the underlying type
// may first be another Named, resolved later); instantiated named types expand lazily.
// Interfaces compute their type set on demand.

import type { Pos } from "../source/index.js";
import type { Func, TypeName, Var } from "./object.js";
import type { Scope } from "./scope.js";
import type { Package } from "./package.js";
import type { Checker } from "./check.js";
import type { Context } from "./context.js";

export enum TypeKind {
  Basic, Pointer, Array, Slice, Map, Chan, Struct, Tuple, Signature, Interface, Union, Named,
  TypeParam, Alias,
}

export type Type =
  | Basic | Pointer | ArrayT | Slice | MapT | Chan | Struct | Tuple | Signature | Interface
  | Union | Named | TypeParam | Alias;

// ---------------------------------------------------------------------------------------------
// Basic types

export enum BasicKind {
  Invalid, // type is invalid

  // predeclared types
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,

  // types for untyped values
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

/** Properties of basic types, as a bit set. */
export enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,

  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export class Basic {
  readonly tkind = TypeKind.Basic;
  constructor(readonly kind: BasicKind, readonly info: number, readonly name: string) {}
  underlying(): Type { return this; }
}

// ---------------------------------------------------------------------------------------------
// Composite types

export class Pointer {
  readonly tkind = TypeKind.Pointer;
  constructor(readonly base: Type) {}
  underlying(): Type { return this; }
}

/** An array type [len]elem; len is -1 when unknown (after an error). */
export class ArrayT {
  readonly tkind = TypeKind.Array;
  constructor(readonly elem: Type, readonly len: bigint) {}
  underlying(): Type { return this; }
}

export class Slice {
  readonly tkind = TypeKind.Slice;
  constructor(readonly elem: Type) {}
  underlying(): Type { return this; }
}

export class MapT {
  readonly tkind = TypeKind.Map;
  constructor(readonly key: Type, readonly elem: Type) {}
  underlying(): Type { return this; }
}

export enum ChanDir {
  SendRecv,
  SendOnly,
  RecvOnly,
}

export class Chan {
  readonly tkind = TypeKind.Chan;
  constructor(readonly dir: ChanDir, readonly elem: Type) {}
  underlying(): Type { return this; }
}

export class Struct {
  readonly tkind = TypeKind.Struct;
  constructor(
    readonly fields: readonly Var[],
    readonly tags: readonly string[], // tags[i] belongs to fields[i]; shorter if trailing tags are ""
  ) {}
  underlying(): Type { return this; }
  tag(i: number): string { return this.tags[i] ?? ""; }
}

/** An ordered list of variables: parameters and results, and multiple values. */
export class Tuple {
  readonly tkind = TypeKind.Tuple;
  constructor(readonly vars: readonly Var[]) {}
  get length(): number { return this.vars.length; }
  at(i: number): Var { return this.vars[i]!; }
  underlying(): Type { return this; }
}

export class Signature {
  readonly tkind = TypeKind.Signature;
  constructor(
    /** Function scope for package-local, non-instantiated signatures; null otherwise. */
    public scope: Scope | null,
    public recv: Var | null,
    public params: Tuple,
    public results: Tuple,
    /** The last parameter has the form ...T (or is a string, for append's special case). */
    public variadic: boolean,
    public rparams: TypeParam[] | null = null, // receiver type parameters
    public tparams: TypeParam[] | null = null, // type parameters
  ) {}
  underlying(): Type { return this; }
}

/** A union of terms in a constraint interface: ~int | string. */
export class Term {
  constructor(readonly tilde: boolean, readonly type: Type) {}
}

export class Union {
  readonly tkind = TypeKind.Union;
  constructor(readonly terms: readonly Term[]) {}
  underlying(): Type { return this; }
}

export class Interface {
  readonly tkind = TypeKind.Interface;
  /** Explicitly declared methods, sorted as types2 keeps them (by unique name). */
  methods: Func[];
  /** Explicitly embedded elements (interfaces, unions, ~T, other types). */
  embeddeds: Type[];
  embedPos: Pos[] | null = null;
  /** The interface is the implicit wrapper of a constraint literal such as ~int | string. */
  implicit = false;
  /** All fields except the type set are set up. */
  complete = false;
  /** The type set, computed lazily (typeset.ts). */
  tset: unknown = null;

  constructor(methods: Func[], embeddeds: Type[]) {
    this.methods = methods;
    this.embeddeds = embeddeds;
  }
  underlying(): Type { return this; }
}

// ---------------------------------------------------------------------------------------------
// Named types, aliases and type parameters

/** Stages of a named type's setup. */
export const enum NamedState {
  Unresolved,
  Resolved, // type parameters, underlying type and methods are known (possibly lazily)
  Complete, // all methods are expanded (instances)
}

export class Named {
  readonly tkind = TypeKind.Named;
  /** For cycle reporting: the type expression this type was declared from. */
  fromRHS: Type | null = null;
  state = NamedState.Unresolved;
  /** Possibly a Named during setup; never a Named once set up. */
  underlying_: Type | null;
  tparams: TypeParam[] | null = null;
  /** Methods declared for this type (not its method set). */
  methods: Func[] = [];
  /** For instances: the generic type and its type arguments. */
  orig: Named | null = null;
  targs: Type[] | null = null;

  // Instances expand lazily (types2 named.go): an instance starts Unresolved with orig and
  // targs only (its obj is a TypeName of its own, at the instantiation position, as in
  // types2); resolve() computes its type parameters and underlying type, method(i) its
  // methods one at a time. Expansion needs substitution, so instantiate.ts installs it in
  // namedExpansion; these fields are its state.
  /** For instances: the checker that created them, for expansion (types2 Named.check). */
  check: Checker | null = null;
  /** For instances: the context shared with instances made while expanding this one (types2 instance.ctxt); null once complete. */
  instCtxt: Context | null = null;
  /** For instances: how many of orig's methods have been expanded. */
  expandedMethods = 0;

  constructor(public obj: TypeName, underlying: Type | null) {
    this.underlying_ = underlying;
  }

  /** Expands an unexpanded instance's type parameters and underlying type; returns this. */
  resolve(): this {
    if (this.state === NamedState.Unresolved && this.orig !== null) namedExpansion.resolve(this);
    return this;
  }

  /** The generic type this is an instance of, or the type itself (types2 Origin). */
  origin(): Named { return this.orig ?? this; }

  /** The type parameters (of the generic type, for instances). */
  typeParams(): TypeParam[] | null { return this.resolve().tparams; }

  /** Number of declared methods (types2 NumMethods). */
  numMethods(): number { return this.origin().methods.length; }

  /** The i'th declared method, expanded with the type arguments for instances (types2 Method). */
  method(i: number): Func {
    this.resolve();
    if (this.orig === null || this.state === NamedState.Complete) return this.methods[i]!;
    return namedExpansion.method(this, i);
  }

  underlying(): Type {
    this.resolve();
    // Set up by the checker before use; a missing underlying type is a checker bug.
    // (Possibly another defined type, during setup or for an instance of a type declared
    // as another defined type; under() follows those.)
    return this.underlying_ !== null ? this.underlying_ : INVALID;
  }
}

/** Lazy expansion of instances, installed by instantiate.ts (which owns substitution). */
export const namedExpansion: { resolve(n: Named): void; method(n: Named, i: number): Func; under(n: Named): Type } = {
  resolve(): void { throw new Error("instance expansion is not installed"); },
  method(): Func { throw new Error("instance expansion is not installed"); },
  under(): Type { throw new Error("instance expansion is not installed"); },
};

/** An alias type (Go 1.23 materializes aliases when gotypesalias=1, the 1.23 default). */
export class Alias {
  readonly tkind = TypeKind.Alias;
  tparams: TypeParam[] | null = null;
  targs: Type[] | null = null;
  orig: Alias | null = null;
  constructor(public obj: TypeName, public fromRHS: Type | null, public actual: Type | null = null) {}
  underlying(): Type { return unalias(this).underlying(); }
}

let nextTypeParamId = 1;

export class TypeParam {
  readonly tkind = TypeKind.TypeParam;
  readonly id = nextTypeParamId++;
  /** Index in its type parameter list, or -1 before it is bound. */
  index = -1;
  constructor(public obj: TypeName, public bound: Type) {}
  /**
   * A type parameter's underlying type is its constraint interface (types2 iface: a bound
   * that is not an interface, such as int, is wrapped in an implicit interface).
   */
  underlying(): Type { return typeParamIface.iface(this); }
}

/** types2 TypeParam.iface, installed by typeparam.ts (type sets live in typeset.ts). */
export const typeParamIface: { iface(t: TypeParam): Type } = {
  iface(t: TypeParam): Type { return t.bound.underlying(); },
};

// ---------------------------------------------------------------------------------------------
// Helpers

/** Follows alias chains to the aliased type. */
export function unalias(t: Type): Type {
  while (t.tkind === TypeKind.Alias) {
    const a: Alias = t;
    const next = a.actual ?? a.fromRHS;
    if (next === null) return INVALID;
    t = next;
  }
  return t;
}

/** The underlying type of t (for a Named whose setup is in progress: its current RHS). */
export function under(t: Type): Type {
  t = unalias(t);
  if (t.tkind === TypeKind.Named) {
    const u = t.underlying();
    // A chain of defined types (type T U, type I[P any] U[P]): follow it (types2 Named.under).
    if (u.tkind === TypeKind.Named || u.tkind === TypeKind.Alias) return namedExpansion.under(t);
    return u;
  }
  return t.underlying();
}

/** Placeholder for an invalid type; errors involving it are not reported again. */
export const INVALID = new Basic(BasicKind.Invalid, 0, "invalid type");

export type { Package };
