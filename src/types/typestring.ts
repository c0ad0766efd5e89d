// Printing of types and objects (types2 typestring.go, object.go's writeObject, and the
// qualifier of format.go). gc's error messages embed these strings, so the formats follow
// types2 exactly: `[]T`, `map[K]V`, `chan (<-chan int)`, `func(x int, y ...string) (int, error)`,
// `struct{a int; b string "tag"}`, `interface{m(); ~int | string}`, `List[int]`, `T[P any]`.
//
// Package-level names are qualified through a Qualifier. Without one, names are qualified by
// package path (types2's nil qualifier). The checker qualifies as types2's check.qualifier
// does: nothing for the package being checked, the package name otherwise, or the quoted
// path when two imported packages share a name; makeQualifier builds that function.
//
// Strings here are byte strings (UTF-8 inside), like all names and tags in gots.

import type { Pos } from "../source/index.js";
import { quote } from "../syntax/index.js";
import {
  BasicKind, ChanDir, TypeKind, type Interface, type Signature, type Tuple, type Type,
  type TypeParam, under, unalias,
} from "./type.js";
import { ObjKind, isExported, type Func, type GoObj, type TypeName } from "./object.js";
import type { Package } from "./package.js";
import { Universe, Unsafe, universeAnyType, universeByte, universeComparable, universeRune } from "./universe.js";
import { typeSetOf, emptyInterface } from "./typeset.js";

/**
 * Decides how a package-level object of pkg is qualified: the result, if not empty, is
 * printed before the object name followed by a dot.
 */
export type Qualifier = (pkg: Package) => string;

/** A qualifier that leaves pkg's own objects unqualified and qualifies others by path. */
export function relativeTo(pkg: Package | null): Qualifier | null {
  if (pkg === null) return null;
  return (other) => (other === pkg ? "" : other.path);
}

/**
 * The qualifier of types2's error messages for a checker of pkg (check.qualifier): objects
 * of pkg are unqualified; others are qualified by package name, or by the quoted import path
 * if several packages reachable through pkg's imports (transitively) share that name.
 * The name table is built on first use, so build the qualifier after imports are resolved.
 */
export function makeQualifier(pkg: Package): Qualifier {
  let pathsByName: Map<string, Set<string>> | null = null;
  const mark = (p: Package, seen: Set<Package>): void => {
    if (seen.has(p)) return;
    seen.add(p);
    let paths = pathsByName!.get(p.name);
    if (paths === undefined) {
      paths = new Set();
      pathsByName!.set(p.name, paths);
    }
    paths.add(p.path);
    for (const imp of p.imports) mark(imp, seen);
  };
  return (other) => {
    if (other === pkg) return "";
    if (pathsByName === null) {
      pathsByName = new Map();
      mark(pkg, new Set());
    }
    if ((pathsByName.get(other.name)?.size ?? 0) > 1) return goQuote(other.path);
    return other.name;
  };
}

/** Options of the type writer beyond the qualifier (types2 typeWriter fields). */
export interface TypeWriterOptions {
  /** Write type parameters with their ids as subscripts (checker traces). */
  tpSubscripts?: boolean;
  /** Write parameter names (default true). */
  paramNames?: boolean;
  /**
   * Annotate the first unexported struct field with its package, to disambiguate otherwise
   * identical-looking types (used by missingMethod's explanations; only without qualifier).
   */
  pkgInfo?: boolean;
}

/**
 * Formats positions for the note types2 adds to a type parameter named like a predeclared
 * identifier ("T /* with int declared at x.go:3:8 *\/"). The checker installs its file set's
 * formatter; the default prints the raw position number.
 */
let posFormatter: (pos: Pos) => string = (pos) => String(pos);

export function setPosFormatter(f: (pos: Pos) => string): void {
  posFormatter = f;
}

/** The string form of t. */
export function typeString(t: Type, qf: Qualifier | null = null, opts?: TypeWriterOptions): string {
  const w = new TypeWriter(qf, opts);
  w.typ(t);
  return w.buf;
}

/** The signature without the leading "func" keyword: `(x int) string`. */
export function signatureString(sig: Signature, qf: Qualifier | null = null, opts?: TypeWriterOptions): string {
  const w = new TypeWriter(qf, opts);
  w.signature(sig);
  return w.buf;
}

/** A list of types as types2's sprintf prints []Type: `[int, string]`. */
export function typeListString(list: readonly Type[], qf: Qualifier | null = null, opts?: TypeWriterOptions): string {
  const w = new TypeWriter(qf, opts);
  w.buf = "[";
  for (let i = 0; i < list.length; i++) {
    if (i > 0) w.buf += ", ";
    w.typ(list[i]!);
  }
  return w.buf + "]";
}

/** The type parameter list with constraints, as in generic type strings: `[P any, Q ~int]`. */
export function tparamListString(list: readonly TypeParam[], qf: Qualifier | null = null): string {
  const w = new TypeWriter(qf);
  w.tParamList(list);
  return w.buf;
}

/** Writes types into a string buffer (types2's typeWriter, without the type hashing mode). */
export class TypeWriter {
  buf = "";
  private readonly seen = new Set<Type>();
  readonly tpSubscripts: boolean;
  paramNames: boolean;
  private pkgInfo: boolean;

  constructor(readonly qf: Qualifier | null, opts?: TypeWriterOptions) {
    this.tpSubscripts = opts?.tpSubscripts ?? false;
    this.paramNames = opts?.paramNames ?? true;
    this.pkgInfo = opts?.pkgInfo ?? false;
  }

  /** Writes one byte; commas and semicolons are followed by a blank. */
  private byte(c: string): void {
    this.buf += c;
    if (c === "," || c === ";") this.buf += " ";
  }

  private error(msg: string): void {
    this.buf += "<" + msg + ">";
  }

  typ(typ: Type): void {
    if (this.seen.has(typ)) {
      this.error("cycle to " + goTypeName(typ));
      return;
    }
    this.seen.add(typ);
    try {
      this.typ1(typ);
    } finally {
      this.seen.delete(typ);
    }
  }

  private typ1(typ: Type): void {
    switch (typ.tkind) {
      case TypeKind.Basic:
        // Exported basic types belong to package unsafe (just unsafe.Pointer).
        if (isExported(typ.name)) {
          const obj = Unsafe.scope.lookup(typ.name);
          if (obj !== undefined && obj.okind === ObjKind.TypeName) {
            this.typeName(obj);
            break;
          }
        }
        this.buf += typ.name;
        break;

      case TypeKind.Array:
        this.byte("[");
        this.buf += typ.len.toString();
        this.byte("]");
        this.typ(typ.elem);
        break;

      case TypeKind.Slice:
        this.buf += "[]";
        this.typ(typ.elem);
        break;

      case TypeKind.Struct:
        this.buf += "struct{";
        for (let i = 0; i < typ.fields.length; i++) {
          const f = typ.fields[i]!;
          if (i > 0) this.byte(";");
          // To tell apart types that print alike, annotate the outermost first unexported
          // field with its package (embedded basic types count as unexported: lower case).
          let pkgAnnotate = false;
          if (this.qf === null && this.pkgInfo && !isExported(f.name)) {
            pkgAnnotate = true;
            this.pkgInfo = false; // only once
          }
          // An embedded alias prints as the aliased type (go.dev/issue/44410).
          if (!f.embedded) {
            this.buf += f.name;
            this.byte(" ");
          }
          this.typ(f.type!);
          if (pkgAnnotate) {
            this.buf += " /* package " + (f.pkg?.path ?? "") + " */ ";
          }
          const tag = typ.tag(i);
          if (tag !== "") {
            this.byte(" ");
            this.buf += goQuote(tag);
          }
        }
        this.byte("}");
        break;

      case TypeKind.Pointer:
        this.byte("*");
        this.typ(typ.base);
        break;

      case TypeKind.Tuple:
        this.tuple(typ, false);
        break;

      case TypeKind.Signature:
        this.buf += "func";
        this.signature(typ);
        break;

      case TypeKind.Union:
        // Unions are only embedded elements of interfaces and never empty in source.
        if (typ.terms.length === 0) {
          this.error("empty union");
          break;
        }
        for (let i = 0; i < typ.terms.length; i++) {
          const t = typ.terms[i]!;
          if (i > 0) this.buf += " | ";
          if (t.tilde) this.byte("~");
          this.typ(t.type);
        }
        break;

      case TypeKind.Interface:
        this.iface(typ);
        break;

      case TypeKind.Map:
        this.buf += "map[";
        this.typ(typ.key);
        this.byte("]");
        this.typ(typ.elem);
        break;

      case TypeKind.Chan: {
        let s: string;
        let parens = false;
        switch (typ.dir) {
          case ChanDir.SendRecv:
            s = "chan ";
            // chan (<-chan T) needs parentheses (types2 looks at the element without unaliasing)
            if (typ.elem.tkind === TypeKind.Chan && typ.elem.dir === ChanDir.RecvOnly) parens = true;
            break;
          case ChanDir.SendOnly:
            s = "chan<- ";
            break;
          case ChanDir.RecvOnly:
            s = "<-chan ";
            break;
          default:
            s = "";
            this.error("unknown channel direction");
        }
        this.buf += s;
        if (parens) this.byte("(");
        this.typ(typ.elem);
        if (parens) this.byte(")");
        break;
      }

      case TypeKind.Named:
        this.typeName(typ.obj);
        if (typ.orig !== null || typ.targs !== null) {
          this.typeList(typ.targs ?? []); // instance
        } else if (typ.tparams !== null && typ.tparams.length !== 0) {
          this.tParamList(typ.tparams); // generic type
        }
        break;

      case TypeKind.TypeParam:
        this.buf += typ.obj.name;
        if (this.tpSubscripts) this.buf += subscript(typ.id);
        // A type parameter named like a predeclared object (say int) gets a note that it is
        // not the predeclared one.
        if (Universe.lookup(typ.obj.name) !== undefined) {
          this.buf += ` /* with ${typ.obj.name} declared at ${posFormatter(typ.obj.pos)} */`;
        }
        break;

      case TypeKind.Alias:
        this.typeName(typ.obj);
        if (typ.targs !== null && typ.targs.length !== 0) this.typeList(typ.targs); // instance
        break;
    }
  }

  private iface(t: Interface): void {
    // "any" for the interface of the predeclared any (pointer identity).
    if (t === universeAnyType) {
      this.buf += "any";
      return;
    }
    if (t === universeComparable.underlying_) {
      this.buf += "interface{comparable}";
      return;
    }
    if (t.implicit) {
      if (t.methods.length === 0 && t.embeddeds.length === 1) {
        this.typ(t.embeddeds[0]!);
        return;
      }
      // Something is wrong with the implicit interface; say so and print it.
      this.buf += "/* implicit */ ";
    }
    this.buf += "interface{";
    let first = true;
    for (const m of t.methods) {
      if (!first) this.byte(";");
      first = false;
      this.buf += m.name;
      this.signature(m.type as Signature);
    }
    for (const e of t.embeddeds) {
      if (!first) this.byte(";");
      first = false;
      this.typ(e);
    }
    this.byte("}");
  }

  typeList(list: readonly Type[]): void {
    this.byte("[");
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.byte(",");
      this.typ(list[i]!);
    }
    this.byte("]");
  }

  /** [P, Q any, R ~int]: consecutive parameters with the same bound share it. */
  tParamList(list: readonly TypeParam[]): void {
    this.byte("[");
    let prev: Type | null = null;
    for (let i = 0; i < list.length; i++) {
      const tpar = list[i]!;
      if (i > 0) {
        if (tpar.bound !== prev) {
          // bound changed: write the previous one before advancing
          this.byte(" ");
          this.typ(prev!);
        }
        this.byte(",");
      }
      prev = tpar.bound;
      this.typ(tpar);
    }
    if (prev !== null) {
      this.byte(" ");
      this.typ(prev);
    }
    this.byte("]");
  }

  private typeName(obj: TypeName): void {
    this.buf += packagePrefix(obj.pkg, this.qf);
    this.buf += obj.name;
  }

  tuple(tup: Tuple, variadic: boolean): void {
    this.byte("(");
    for (let i = 0; i < tup.vars.length; i++) {
      const v = tup.vars[i]!;
      if (i > 0) this.byte(",");
      if (v.name !== "" && this.paramNames) {
        this.buf += v.name;
        this.byte(" ");
      }
      let typ = v.type!;
      if (variadic && i === tup.vars.length - 1) {
        if (typ.tkind === TypeKind.Slice) {
          this.buf += "...";
          typ = typ.elem;
        } else {
          // append(s, "foo"...) has the signature func([]byte, string...)
          const u = under(typ);
          if (u.tkind !== TypeKind.Basic || u.kind !== BasicKind.String) {
            this.error("expected string type");
            continue;
          }
          this.typ(typ);
          this.buf += "...";
          continue;
        }
      }
      this.typ(typ);
    }
    this.byte(")");
  }

  signature(sig: Signature): void {
    if (sig.tparams !== null && sig.tparams.length !== 0) this.tParamList(sig.tparams);
    this.tuple(sig.params, sig.variadic);
    const n = sig.results.vars.length;
    if (n === 0) return;
    this.byte(" ");
    if (n === 1 && sig.results.vars[0]!.name === "") {
      this.typ(sig.results.vars[0]!.type!); // single unnamed result
      return;
    }
    this.tuple(sig.results, false);
  }
}

/** "p." for a package whose qualifier (or path, without qualifier) p is not empty. */
export function packagePrefix(pkg: Package | null, qf: Qualifier | null): string {
  if (pkg === null) return "";
  const s = qf !== null ? qf(pkg) : pkg.path;
  return s !== "" ? s + "." : "";
}

/** Go's %T of a types2 type with "types2." removed, for cycle markers. */
function goTypeName(t: Type): string {
  const names: Record<TypeKind, string> = {
    [TypeKind.Basic]: "*Basic", [TypeKind.Pointer]: "*Pointer", [TypeKind.Array]: "*Array",
    [TypeKind.Slice]: "*Slice", [TypeKind.Map]: "*Map", [TypeKind.Chan]: "*Chan",
    [TypeKind.Struct]: "*Struct", [TypeKind.Tuple]: "*Tuple", [TypeKind.Signature]: "*Signature",
    [TypeKind.Interface]: "*Interface", [TypeKind.Union]: "*Union", [TypeKind.Named]: "*Named",
    [TypeKind.TypeParam]: "*TypeParam", [TypeKind.Alias]: "*Alias",
  };
  return names[t.tkind];
}

/** The decimal digits of x as Unicode subscripts (UTF-8 byte string). */
function subscript(x: number): string {
  let s = "";
  do {
    // U+2080 + d is E2 82 80+d in UTF-8
    s = "\xe2\x82" + String.fromCharCode(0x80 + (x % 10)) + s;
    x = Math.floor(x / 10);
  } while (x > 0);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Objects

/** The string form of an object, as types2's ObjectString: `var x int`, `func (T).m()`, ... */
export function objectString(obj: GoObj, qf: Qualifier | null = null): string {
  let typ: Type | null = obj.type;
  let tname: TypeName | null = null;
  let s: string;

  switch (obj.okind) {
    case ObjKind.PkgName: {
      s = "package " + obj.name;
      const path = obj.imported.path;
      if (path !== "" && path !== obj.name) s += " (" + goQuote(path) + ")";
      return s;
    }
    case ObjKind.Const:
      s = "const";
      break;
    case ObjKind.TypeName:
      tname = obj;
      s = "type";
      if (typ !== null && unalias(typ).tkind === TypeKind.TypeParam) s += " parameter";
      break;
    case ObjKind.Var:
      s = obj.isField ? "field" : "var";
      break;
    case ObjKind.Func:
      s = "func " + funcName(obj, qf);
      if (typ !== null) s += signatureString(typ as Signature, qf);
      return s;
    case ObjKind.Label:
      s = "label";
      typ = null;
      break;
    case ObjKind.Builtin:
      s = "builtin";
      typ = null;
      break;
    case ObjKind.Nil:
      return "nil";
  }

  s += " ";
  // Package-level objects are qualified.
  if (obj.pkg !== null && obj.pkg.scope.lookup(obj.name) === obj) s += packagePrefix(obj.pkg, qf);
  s += obj.name;

  if (typ === null) return s;

  if (tname !== null) {
    switch (typ.tkind) {
      case TypeKind.Basic:
        return s; // nothing more to say
      case TypeKind.Named:
        if (typ.tparams !== null && typ.tparams.length > 0) s += tparamListString(typ.tparams, qf);
        break;
    }
    if (isAlias(tname)) {
      s += " =";
      if (typ.tkind === TypeKind.Alias) typ = typ.fromRHS ?? typ;
    } else if (typ.tkind === TypeKind.TypeParam) {
      typ = typ.bound;
    } else {
      typ = under(typ);
    }
  }

  // `type any = interface{}`, not `type any = any`.
  if (obj.name === "any" && obj.parent === Universe) typ = emptyInterface;

  return s + " " + typeString(typ, qf);
}

/** The object denotes an alias (types2 TypeName.IsAlias). */
export function isAlias(obj: TypeName): boolean {
  const t = obj.type;
  if (t === null) return false;
  switch (t.tkind) {
    case TypeKind.Basic:
      // unsafe.Pointer is not an alias; every other name for a basic type is, including
      // byte and rune (distinct objects with their own names, for error messages).
      if (obj.pkg === Unsafe) return false;
      return obj.pkg !== null || t.name !== obj.name || t === universeByte || t === universeRune;
    case TypeKind.Named:
      return obj !== t.obj;
    case TypeKind.TypeParam:
      return obj !== t.obj;
    default:
      return true;
  }
}

/** `(T).m` for methods, `p.f` for package-level functions. */
function funcName(f: Func, qf: Qualifier | null): string {
  let s = "";
  if (f.type !== null) {
    const sig = f.type as Signature;
    if (sig.recv !== null) {
      s += "(";
      const rt = sig.recv.type!;
      // imported interface methods may have the interface itself as receiver: don't print it
      s += rt.tkind === TypeKind.Interface ? "interface" : typeString(rt, qf);
      s += ").";
    } else if (f.pkg !== null) {
      s += packagePrefix(f.pkg, qf);
    }
  }
  return s + f.name;
}

/**
 * The method's name and signature as missingMethod's explanations show it: parameter names
 * omitted; with pkgInfo, types are qualified by path and the first unexported struct field
 * is annotated with its package (types2 funcString).
 */
export function funcString(f: Func, pkgInfo: boolean, qf: Qualifier | null): string {
  const w = new TypeWriter(pkgInfo ? null : qf, { pkgInfo, paramNames: false });
  w.signature(f.type as Signature);
  return f.name + w.buf;
}

/** The type set in types2's notation (for traces and tests). */
export function typeSetString(t: Interface, qf: Qualifier | null = null): string {
  return typeSetOf(t).toString(qf);
}

// ---------------------------------------------------------------------------------------------
// Go string quoting

/** Go's strconv.Quote of a byte string (tags and package paths in type strings). */
export const goQuote = quote;
