// Run-time type descriptors in the generated code: every Go type the program needs at run
// time gets one `$T<n>` constant built with runtime/type.ts's constructors, declared once in
// the program's prologue. Identical types share one descriptor (a compile-time key per type),
// so the runtime can compare descriptors with `===`.

import * as J from "../js/index.js";
import { InternalError } from "../base/index.js";
import {
  Type, TypeKind, BasicKind, Named, Struct, Signature, Interface, Var, Func, ChanDir, Pointer, under, unalias,
} from "../types/index.js";
import { isComparable } from "../types/predicates.js";
import { typeSetOf } from "../types/typeset.js";
import { methodSet } from "../types/lookup.js";
import { jsProp } from "./names.js";

/** reflect.Kind numbers (runtime/type.ts Kind). */
export const enum RK {
  Bool = 1, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice,
  String, Struct, UnsafePointer,
}

export function basicRK(k: BasicKind): RK {
  switch (k) {
    case BasicKind.Bool: case BasicKind.UntypedBool: return RK.Bool;
    case BasicKind.Int: case BasicKind.UntypedInt: return RK.Int;
    case BasicKind.Int8: return RK.Int8;
    case BasicKind.Int16: return RK.Int16;
    case BasicKind.Int32: case BasicKind.UntypedRune: return RK.Int32;
    case BasicKind.Int64: return RK.Int64;
    case BasicKind.Uint: return RK.Uint;
    case BasicKind.Uint8: return RK.Uint8;
    case BasicKind.Uint16: return RK.Uint16;
    case BasicKind.Uint32: return RK.Uint32;
    case BasicKind.Uint64: return RK.Uint64;
    case BasicKind.Uintptr: return RK.Uintptr;
    case BasicKind.Float32: return RK.Float32;
    case BasicKind.Float64: case BasicKind.UntypedFloat: return RK.Float64;
    case BasicKind.Complex64: return RK.Complex64;
    case BasicKind.Complex128: case BasicKind.UntypedComplex: return RK.Complex128;
    case BasicKind.String: case BasicKind.UntypedString: return RK.String;
    case BasicKind.UnsafePointer: return RK.UnsafePointer;
    default: throw new InternalError(`no run-time kind for basic kind ${k}`);
  }
}

/** The reflect.Kind of a (non-type-parameter) type. */
export function kindOf(t: Type): RK {
  const u = under(t);
  switch (u.tkind) {
    case TypeKind.Basic: return basicRK(u.kind);
    case TypeKind.Pointer: return RK.Pointer;
    case TypeKind.Array: return RK.Array;
    case TypeKind.Slice: return RK.Slice;
    case TypeKind.Map: return RK.Map;
    case TypeKind.Chan: return RK.Chan;
    case TypeKind.Struct: return RK.Struct;
    case TypeKind.Signature: return RK.Func;
    case TypeKind.Interface: return RK.Interface;
    default: throw new InternalError(`no run-time kind for ${u.tkind}`);
  }
}

/** What the registry needs from the program compiler. */
export interface TypeHost {
  /** The JS name of a runtime export, recorded as used. */
  rt(name: string): J.Expr;
  /** The JS function implementing a method of a named type (instantiated for instances). */
  methodFunc(recvNamed: Named, m: Func): J.Expr;
  /** A wrapper for a promoted or pointer/value-adjusted method in a method table. */
  methodWrapper(recv: Type, entry: { obj: Func; index: number[]; indirect: boolean }): J.Expr;
  /** The struct class for a struct type (declared by the host). */
  structClass(s: Struct): string;
}

export class TypeRegistry {
  private readonly byKey = new Map<string, string>();
  private readonly namedIds = new Map<Named, number>();
  private nextId = 0;
  /** Declarations of descriptors, in dependency order. */
  readonly decls: J.Stmt[] = [];
  /** Statements completing named types (underlying, methods), run after every declaration. */
  readonly completions: J.Stmt[] = [];
  private readonly pendingNamed: { name: string; t: Named }[] = [];

  constructor(private readonly host: TypeHost) {}

  /** A compile-time key: equal for identical types. */
  key(t: Type): string {
    t = unalias(t);
    switch (t.tkind) {
      case TypeKind.Basic: return `b${t.kind === BasicKind.UntypedNil ? "nil" : basicRK(t.kind)}`;
      case TypeKind.Named: {
        const o = t.orig ?? t;
        let id = this.namedIds.get(o);
        if (id === undefined) { id = this.namedIds.size + 1; this.namedIds.set(o, id); }
        return t.targs && t.targs.length > 0 ? `N${id}[${t.targs.map((a) => this.key(a)).join(",")}]` : `N${id}`;
      }
      case TypeKind.Pointer: return `*${this.key(t.base)}`;
      case TypeKind.Slice: return `[]${this.key(t.elem)}`;
      case TypeKind.Array: return `[${t.len}]${this.key(t.elem)}`;
      case TypeKind.Map: return `map[${this.key(t.key)}]${this.key(t.elem)}`;
      case TypeKind.Chan: return `chan${t.dir}(${this.key(t.elem)})`;
      case TypeKind.Struct:
        return `struct{${t.fields.map((f, i) => `${f.embedded ? "!" : ""}${f.name}@${f.exported() ? "" : f.pkg?.path ?? ""} ${this.key(f.type!)} ${JSON.stringify(t.tag(i))}`).join(";")}}`;
      case TypeKind.Signature:
        return `func(${t.params.vars.map((v) => this.key(v.type!)).join(",")}${t.variadic ? "..." : ""})(${t.results.vars.map((v) => this.key(v.type!)).join(",")})`;
      case TypeKind.Interface: {
        const ms = typeSetOf(t).methods;
        return `iface{${ms.map((m: Func) => `${m.name}@${m.exported() ? "" : m.pkg?.path ?? ""}${this.key(m.type!)}`).join(";")}}`;
      }
      case TypeKind.Tuple: return `(${t.vars.map((v) => this.key(v.type!)).join(",")})`;
      default: throw new InternalError(`type key of ${t.tkind} (type parameters must be substituted first)`);
    }
  }

  /** The descriptor expression of t (declaring it on first use). */
  desc(t: Type): J.Expr {
    t = unalias(t);
    if (t.tkind === TypeKind.Basic) return this.basic(t.kind);
    const k = this.key(t);
    const hit = this.byKey.get(k);
    if (hit !== undefined) return J.ident(hit);
    const name = `$T${this.nextId++}`;
    if (t.tkind === TypeKind.Named) {
      // Declared before its underlying type so that the underlying type may refer to it.
      this.byKey.set(k, name);
      this.decls.push(constDecl(name, J.call(this.host.rt("named"), [
        J.str(t.obj.pkg?.path ?? ""), J.str(namedName(t)), J.str(typeStr(t)), J.num(kindOf(t)),
      ])));
      this.pendingNamed.push({ name, t });
      this.completeNamed(name, t);
      return J.ident(name);
    }
    const init = this.build(t);
    // build may have declared t already through a recursive reference (never for unnamed
    // types: a cycle always passes through a named type).
    this.byKey.set(k, name);
    this.decls.push(constDecl(name, init));
    if ((t.tkind === TypeKind.Struct || t.tkind === TypeKind.Array) && !isComparable(t)) {
      this.decls.push(J.exprStmt(J.assign(J.dot(J.ident(name), "comparable"), J.bool(false))));
    }
    // Unnamed structs with embedded fields (and pointers to them) have promoted methods.
    if (t.tkind === TypeKind.Struct || (t.tkind === TypeKind.Pointer && unalias(t.base).tkind === TypeKind.Struct)) {
      if (methodSet(t).length > 0) this.addMethodTable(J.ident(name), t);
    }
    return J.ident(name);
  }

  private basic(k: BasicKind): J.Expr {
    const names: Partial<Record<BasicKind, string>> = {
      [BasicKind.Bool]: "bool", [BasicKind.Int]: "int", [BasicKind.Int8]: "int8", [BasicKind.Int16]: "int16",
      [BasicKind.Int32]: "int32", [BasicKind.Int64]: "int64", [BasicKind.Uint]: "uint", [BasicKind.Uint8]: "uint8",
      [BasicKind.Uint16]: "uint16", [BasicKind.Uint32]: "uint32", [BasicKind.Uint64]: "uint64",
      [BasicKind.Uintptr]: "uintptr", [BasicKind.Float32]: "float32", [BasicKind.Float64]: "float64",
      [BasicKind.Complex64]: "complex64", [BasicKind.Complex128]: "complex128", [BasicKind.String]: "string",
      [BasicKind.UnsafePointer]: "unsafePointer",
      [BasicKind.UntypedBool]: "bool", [BasicKind.UntypedInt]: "int", [BasicKind.UntypedRune]: "int32",
      [BasicKind.UntypedFloat]: "float64", [BasicKind.UntypedComplex]: "complex128", [BasicKind.UntypedString]: "string",
    };
    const n = names[k];
    if (n === undefined) throw new InternalError(`no descriptor for basic kind ${k}`);
    return J.dot(this.host.rt("types"), n);
  }

  private build(t: Type): J.Expr {
    const rt = (n: string): J.Expr => this.host.rt(n);
    switch (t.tkind) {
      case TypeKind.Pointer: return J.call(rt("ptrTo"), [this.desc(t.base)]);
      case TypeKind.Slice: return J.call(rt("sliceOf"), [this.desc(t.elem)]);
      case TypeKind.Array: return J.call(rt("arrayOf"), [this.desc(t.elem), J.num(Number(t.len))]);
      case TypeKind.Map: return J.call(rt("mapOf"), [this.desc(t.key), this.desc(t.elem)]);
      case TypeKind.Chan: return J.call(rt("chanOf"), [this.desc(t.elem), J.num(chanDir(t.dir))]);
      case TypeKind.Signature: return J.call(rt("funcOf"), [
        J.array(t.params.vars.map((v) => this.desc(v.type!))),
        J.array(t.results.vars.map((v) => this.desc(v.type!))),
        J.bool(t.variadic),
      ]);
      case TypeKind.Struct: {
        const cls = this.host.structClass(t);
        const fields = t.fields.map((f, i) => {
          const props: J.Prop[] = [
            J.prop("name", J.str(f.name)), J.prop("js", J.str(fieldProp(t, i))), J.prop("type", this.desc(f.type!)),
          ];
          if (t.tag(i) !== "") props.push(J.prop("tag", J.str(t.tag(i))));
          if (f.embedded) props.push(J.prop("embedded", J.bool(true)));
          if (!f.exported()) props.push(J.prop("pkgPath", J.str(f.pkg?.path ?? "")));
          return J.object(props);
        });
        return J.call(rt("structOf"), [J.array(fields), J.ident(cls)]);
      }
      case TypeKind.Interface: {
        const ms = typeSetOf(t).methods as Func[];
        return J.call(rt("interfaceOf"), [J.array(ms.map((m) => J.object([
          J.prop("name", J.str(m.name)),
          J.prop("pkgPath", J.str(m.exported() ? "" : m.pkg?.path ?? "")),
          J.prop("type", this.desc(sigWithoutRecv(m.type as Signature))),
        ])))]);
      }
      default: throw new InternalError(`descriptor for ${t.tkind}`);
    }
  }

  /** setUnderlying and method tables of a named type (and of its pointer type). */
  private completeNamed(name: string, t: Named): void {
    const rt = (n: string): J.Expr => this.host.rt(n);
    const u = under(t);
    const out = this.completions;
    out.push(J.exprStmt(J.call(rt("setUnderlying"), [J.ident(name), this.desc(u)])));
    if (!isComparable(t) && (u.tkind === TypeKind.Struct || u.tkind === TypeKind.Array)) {
      out.push(J.exprStmt(J.assign(J.dot(J.ident(name), "comparable"), J.bool(false))));
    }
    if (u.tkind === TypeKind.Interface) return;
    // Method tables: the value type's method set, and the pointer type's (which has every method).
    if (methodSet(t).length > 0) this.addMethodTable(J.ident(name), t);
    const pt = new Pointer(t);
    if (methodSet(pt).length > 0) this.addMethodTable(this.desc(pt), pt);
  }

  private addMethodTable(target: J.Expr, recv: Type): void {
    const rt = (n: string): J.Expr => this.host.rt(n);
    for (const e of methodSet(recv)) {
      const m = e.obj;
      let base = unalias(recv);
      if (base.tkind === TypeKind.Pointer) base = unalias(base.base);
      const fn = e.index.length === 1 && base.tkind === TypeKind.Named && this.directOK(recv, m)
        ? this.host.methodFunc(base, m)
        : this.host.methodWrapper(recv, e);
      this.completions.push(J.exprStmt(J.call(rt("addMethod"), [
        target, J.str(m.name), J.str(m.exported() ? "" : m.pkg?.path ?? ""),
        this.desc(sigWithoutRecv(m.type as Signature)), fn,
      ])));
    }
  }

  /**
   * A declared method can sit in the table as is when the receiver needs no adjustment:
   * pointer methods in *T's table, and value methods of non-struct, non-array T in T's table
   * (struct and array receivers are copied by a wrapper, since the method may modify its copy).
   */
  private directOK(recv: Type, m: Func): boolean {
    const sig = m.type as Signature;
    const ptrRecv = unalias(sig.recv!.type!).tkind === TypeKind.Pointer;
    const recvIsPtr = unalias(recv).tkind === TypeKind.Pointer;
    if (ptrRecv) return recvIsPtr;
    if (recvIsPtr) return false;
    const u = under(recv);
    return u.tkind !== TypeKind.Struct && u.tkind !== TypeKind.Array;
  }
}

function constDecl(name: string, init: J.Expr): J.Stmt {
  return J.varDecl(J.DeclKind.Const, [{ name, init }]);
}

function chanDir(d: ChanDir): number {
  return d === ChanDir.RecvOnly ? 1 : d === ChanDir.SendOnly ? 2 : 3;
}

/** A method's signature as a func type (the receiver dropped). */
export function sigWithoutRecv(s: Signature): Signature {
  if (s.recv === null) return s;
  return new Signature(null, null, s.params, s.results, s.variadic);
}

/** The JS property name of field i of a struct type. */
export function fieldProp(s: Struct, i: number): string {
  const f: Var = s.fields[i]!;
  if (f.name === "_") return `_$${i}`;
  return jsProp(f.name);
}

/** The name part of a named type as reflect prints it: "T", or "List[int]" for instances. */
export function namedName(t: Named): string {
  const base = t.obj.name;
  if (!t.targs || t.targs.length === 0) return base;
  return `${base}[${t.targs.map((a) => typeStr(a, true)).join(",")}]`;
}

/**
 * A type as reflect (and so %T and panics) prints it: package names for named types, full
 * import paths for type arguments of instances.
 */
export function typeStr(t: Type, fullPath = false): string {
  t = unalias(t);
  switch (t.tkind) {
    case TypeKind.Basic:
      switch (t.kind) {
        case BasicKind.UntypedBool: return "bool";
        case BasicKind.UntypedInt: return "int";
        case BasicKind.UntypedRune: return "int32";
        case BasicKind.UntypedFloat: return "float64";
        case BasicKind.UntypedComplex: return "complex128";
        case BasicKind.UntypedString: return "string";
        case BasicKind.UnsafePointer: return "unsafe.Pointer";
        default: return t.name === "byte" ? "uint8" : t.name === "rune" ? "int32" : t.name;
      }
    case TypeKind.Named: {
      const pkg = t.obj.pkg;
      if (pkg === null) return namedName(t); // error, comparable
      return `${fullPath ? pkg.path : pkg.name}.${namedName(t)}`;
    }
    case TypeKind.Pointer: return "*" + typeStr(t.base, fullPath);
    case TypeKind.Slice: return "[]" + typeStr(t.elem, fullPath);
    case TypeKind.Array: return `[${t.len}]${typeStr(t.elem, fullPath)}`;
    case TypeKind.Map: return `map[${typeStr(t.key, fullPath)}]${typeStr(t.elem, fullPath)}`;
    case TypeKind.Chan: {
      const e = typeStr(t.elem, fullPath);
      if (t.dir === ChanDir.RecvOnly) return "<-chan " + e;
      if (t.dir === ChanDir.SendOnly) return "chan<- " + e;
      const el = unalias(t.elem);
      return el.tkind === TypeKind.Chan && el.dir === ChanDir.RecvOnly ? `chan (${e})` : "chan " + e;
    }
    case TypeKind.Signature: return "func" + sigStr(t, fullPath);
    case TypeKind.Struct: {
      if (t.fields.length === 0) return "struct {}";
      return "struct { " + t.fields.map((f, i) => {
        let s = f.embedded ? typeStr(f.type!, fullPath) : `${f.name} ${typeStr(f.type!, fullPath)}`;
        if (t.tag(i) !== "") s += " " + JSON.stringify(t.tag(i));
        return s;
      }).join("; ") + " }";
    }
    case TypeKind.Interface: {
      const ms = typeSetOf(t).methods as Func[];
      if (ms.length === 0) return "interface {}";
      return "interface { " + ms.map((m) => m.name + sigStr(m.type as Signature, fullPath)).join("; ") + " }";
    }
    default: return `?${t.tkind}`;
  }
}

function sigStr(s: Signature, fullPath: boolean): string {
  const ps = s.params.vars.map((v, i) =>
    s.variadic && i === s.params.vars.length - 1 ? "..." + typeStr((under(v.type!) as { elem: Type }).elem, fullPath) : typeStr(v.type!, fullPath));
  let out = `(${ps.join(", ")})`;
  const rs = s.results.vars;
  if (rs.length === 1) out += " " + typeStr(rs[0]!.type!, fullPath);
  else if (rs.length > 1) out += ` (${rs.map((v) => typeStr(v.type!, fullPath)).join(", ")})`;
  return out;
}

export { Interface };
