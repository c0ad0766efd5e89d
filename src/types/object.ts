// Objects: the named language entities a Go program declares or uses — constants, type names,
// variables (including parameters, results and struct fields), functions and methods,
// imported package names, labels, built-in functions and nil — mirroring types2's objects.
//
// An object records where it was declared (pos, a global source position), its package, its
// scope, its type once known, and for package-level objects the bookkeeping of the
// declaration-order cycle detection (color, order).

import type { Pos } from "../source/index.js";
import { byteStringToText } from "../base/index.js";
import type { Value } from "../constant/index.js";
import type { Package } from "./package.js";
import type { Scope } from "./scope.js";
import type { Type } from "./type.js";

export enum ObjKind {
  PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil,
}

/** Colors for cycle detection while checking package-level declarations (types2's color). */
export enum Color {
  White, // not yet visited
  Black, // done
  Grey,  // in progress; also the base for the path index: Grey + i means "on the path at i"
}

export abstract class GoObject {
  abstract readonly okind: ObjKind;
  parent: Scope | null = null;
  /** Package-level declaration order (1-based; 0 for others). */
  order = 0;
  color: Color = Color.White;
  /** Start of the scope region where the object is visible (for local objects). */
  scopePos: Pos = 0;

  constructor(
    readonly pos: Pos,
    readonly pkg: Package | null,
    readonly name: string,
    public type: Type | null,
  ) {
    // Objects of the universe and of complete imported packages start out checked.
    if (type !== null) this.color = Color.Black;
  }

  exported(): boolean { return isExported(this.name); }

  /** The object's unique identifier: its name, qualified by its package if not exported. */
  id(): string { return makeId(this.pkg, this.name); }

  /** Reports whether obj has the given qualified name (with optional case folding). */
  sameId(pkg: Package | null, name: string, foldCase: boolean): boolean {
    if (foldCase ? name.toLowerCase() === this.name.toLowerCase() : name === this.name) {
      if (this.exported()) return true;
      // unexported names must belong to the same package
      return pkgPath(pkg) === pkgPath(this.pkg);
    }
    return false;
  }
}

/** Reports whether name starts with an upper-case letter (Unicode-aware, on UTF-8 text). */
export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  // Decode the first UTF-8 sequence of the byte string.
  const ch = byteStringToText(name.slice(0, 4)).codePointAt(0)!;
  return /\p{Lu}/u.test(String.fromCodePoint(ch));
}

function pkgPath(p: Package | null): string { return p === null ? "" : p.path; }

export function makeId(pkg: Package | null, name: string): string {
  if (isExported(name)) return name;
  const path = pkg === null || pkg.path === "" ? "_" : pkg.path;
  return path + "." + name;
}

/** An imported package name in a file: `import x "path"`. */
export class PkgName extends GoObject {
  readonly okind = ObjKind.PkgName;
  used = false;
  constructor(pos: Pos, pkg: Package | null, name: string, readonly imported: Package) {
    super(pos, pkg, name, null);
    this.color = Color.Black;
  }
}

export class Const extends GoObject {
  readonly okind = ObjKind.Const;
  constructor(pos: Pos, pkg: Package | null, name: string, type: Type | null, public val: Value) {
    super(pos, pkg, name, type);
  }
}

export class TypeName extends GoObject {
  readonly okind = ObjKind.TypeName;
  constructor(pos: Pos, pkg: Package | null, name: string, type: Type | null) {
    super(pos, pkg, name, type);
  }
}

export class Var extends GoObject {
  readonly okind = ObjKind.Var;
  /** An embedded struct field (name is the type's name). */
  embedded = false;
  /** A struct field. */
  isField = false;
  /** The variable was used (for "declared and not used"). */
  used = false;
  /** For instantiated fields and parameters: the generic original. */
  origin: Var | null = null;
  constructor(pos: Pos, pkg: Package | null, name: string, type: Type | null) {
    super(pos, pkg, name, type);
  }
}

export class Func extends GoObject {
  readonly okind = ObjKind.Func;
  /** For methods that don't have a type yet: the receiver is a pointer. */
  hasPtrRecv_ = false;
  origin: Func | null = null;
  constructor(pos: Pos, pkg: Package | null, name: string, type: Type | null) {
    super(pos, pkg, name, type);
  }
}

export class Label extends GoObject {
  readonly okind = ObjKind.Label;
  used = false;
  constructor(pos: Pos, pkg: Package | null, name: string) {
    super(pos, pkg, name, null);
  }
}

/** Built-in function identifiers (builtins.ts implements them). */
export enum BuiltinId {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
  // package unsafe
  Add, Alignof, Offsetof, Sizeof, Slice, SliceData, String, StringData,
  // testing support
  Assert, Trace,
}

export class Builtin extends GoObject {
  readonly okind = ObjKind.Builtin;
  constructor(readonly id_: BuiltinId, name: string, pkg: Package | null, type: Type) {
    super(0, pkg, name, type);
    this.color = Color.Black;
  }
}

export class Nil extends GoObject {
  readonly okind = ObjKind.Nil;
  constructor(type: Type) {
    super(0, null, "nil", type);
    this.color = Color.Black;
  }
}

export type GoObj = PkgName | Const | TypeName | Var | Func | Label | Builtin | Nil;
