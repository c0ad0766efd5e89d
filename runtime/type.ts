// Run-time type descriptors: one `Type` object per Go type a program needs at run time, the
// source of truth for interface values, assertions, type switches, map keys, `%v`/`%T`,
// panics and `new`/`make`. See docs/values.md for the value representation they describe.
//
// The compiler declares every descriptor a program uses once, at the top of the generated
// code, in dependency order; recursive types are made in two steps (`named` then `setUnderlying`).
// Unnamed composite types made through the constructors here are interned, so a descriptor
// can be compared with `===` wherever Go compares types for identity.

/** Numbered as reflect.Kind. */
export const enum Kind {
  Invalid = 0, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice,
  String, Struct, UnsafePointer,
}

export interface Field {
  /** The Go name ("" never: embedded fields carry their type's name). */
  name: string;
  /** The JS property holding the field. */
  js: string;
  type: Type;
  tag: string;
  embedded: boolean;
  exported: boolean;
  /** For unexported fields, the declaring package's path. */
  pkgPath: string;
}

export interface IMethod { name: string; pkgPath: string; type: Type }

export interface Method {
  name: string;
  pkgPath: string;
  /** The method's signature without the receiver. */
  type: Type;
  /** The implementation, receiver first. */
  fn: Function;
}

/** Typed-array constructors by element kind; other kinds use plain arrays. */
export type ArrayCtor =
  | Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor
  | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

let nextTypeId = 1;

export class Type {
  /** A small unique number, for map keys of interface type and for debugging. */
  readonly id = nextTypeId++;
  kind: Kind;
  /** The type as %T prints it. */
  str: string;
  name = "";
  pkgPath = "";
  elem: Type | null = null;
  key: Type | null = null;
  len = 0;
  dir = 0;
  fields: Field[] = [];
  params: Type[] = [];
  results: Type[] = [];
  variadic = false;
  imethods: IMethod[] = [];
  methods: Method[] = [];
  /** Method table for dynamic calls: exported name, or "pkgPath.name" for unexported ones. */
  m: Record<string, Function> = Object.create(null);
  comparable = true;
  /** For a struct type, the class whose instances are its values. */
  ctor: (new (...a: any[]) => any) | null = null;
  /** Caches of types built from this one. */
  ptr: Type | null = null;
  slice: Type | null = null;

  constructor(kind: Kind, str: string) {
    this.kind = kind;
    this.str = str;
  }

  /** A new zero value. */
  zero(): any {
    return zeroOf(this);
  }
  /** `==` on two values of this type (the caller has checked comparability). */
  eq(a: any, b: any): boolean {
    return equal(this, a, b);
  }
  /** A copy with Go's value semantics: structs and arrays are copied deeply, everything else shared. */
  clone(v: any): any {
    return cloneOf(this, v);
  }
  /** The kind of JS array that holds values of this type as elements. */
  get arrayCtor(): ArrayCtor | ArrayConstructor {
    return arrayCtorFor(this.kind);
  }
  toString(): string {
    return this.str;
  }
}

export function arrayCtorFor(k: Kind): ArrayCtor | ArrayConstructor {
  switch (k) {
    case Kind.Int8: return Int8Array;
    case Kind.Uint8: return Uint8Array;
    case Kind.Int16: return Int16Array;
    case Kind.Uint16: return Uint16Array;
    case Kind.Int32: return Int32Array;
    case Kind.Uint32: return Uint32Array;
    case Kind.Float32: return Float32Array;
    case Kind.Float64: return Float64Array;
    default: return Array;
  }
}

/** A Go interface value holding a non-nil dynamic type. A nil interface is `null`. */
export class Iface {
  constructor(readonly t: Type, readonly v: any) {}
}

// ---- predeclared types ----

function basic(kind: Kind, name: string): Type {
  const t = new Type(kind, name);
  t.name = name;
  return t;
}

export const types = {
  bool: basic(Kind.Bool, "bool"),
  int: basic(Kind.Int, "int"),
  int8: basic(Kind.Int8, "int8"),
  int16: basic(Kind.Int16, "int16"),
  int32: basic(Kind.Int32, "int32"),
  int64: basic(Kind.Int64, "int64"),
  uint: basic(Kind.Uint, "uint"),
  uint8: basic(Kind.Uint8, "uint8"),
  uint16: basic(Kind.Uint16, "uint16"),
  uint32: basic(Kind.Uint32, "uint32"),
  uint64: basic(Kind.Uint64, "uint64"),
  uintptr: basic(Kind.Uintptr, "uintptr"),
  float32: basic(Kind.Float32, "float32"),
  float64: basic(Kind.Float64, "float64"),
  complex64: basic(Kind.Complex64, "complex64"),
  complex128: basic(Kind.Complex128, "complex128"),
  string: basic(Kind.String, "string"),
  unsafePointer: basic(Kind.UnsafePointer, "unsafe.Pointer"),
  /** interface {} (also `any`, which prints the same way). */
  any: null as unknown as Type,
  /** The predeclared `error` interface. */
  error: null as unknown as Type,
};
types.unsafePointer.name = "Pointer";
types.unsafePointer.pkgPath = "unsafe";

// ---- constructors of unnamed types (interned) ----

const interned = new Map<string, Type>();

function intern(key: string, make: () => Type): Type {
  let t = interned.get(key);
  if (t === undefined) {
    t = make();
    interned.set(key, t);
  }
  return t;
}

export function ptrTo(elem: Type): Type {
  if (elem.ptr === null) {
    const t = new Type(Kind.Pointer, "*" + elem.str);
    t.elem = elem;
    elem.ptr = t;
  }
  return elem.ptr;
}

export function sliceOf(elem: Type): Type {
  if (elem.slice === null) {
    const t = new Type(Kind.Slice, "[]" + elem.str);
    t.elem = elem;
    t.comparable = false;
    elem.slice = t;
  }
  return elem.slice;
}

export function arrayOf(elem: Type, len: number): Type {
  return intern(`A${len}:${elem.id}`, () => {
    const t = new Type(Kind.Array, `[${len}]${elem.str}`);
    t.elem = elem;
    t.len = len;
    t.comparable = elem.comparable;
    return t;
  });
}

export function mapOf(key: Type, elem: Type): Type {
  return intern(`M${key.id}:${elem.id}`, () => {
    const t = new Type(Kind.Map, `map[${key.str}]${elem.str}`);
    t.key = key;
    t.elem = elem;
    t.comparable = false;
    return t;
  });
}

export function chanOf(elem: Type, dir: number): Type {
  return intern(`C${dir}:${elem.id}`, () => {
    // A receive-only element channel in a bidirectional channel needs parentheses: chan (<-chan int).
    const es = dir === 3 && elem.kind === Kind.Chan && elem.dir === 1 ? `(${elem.str})` : elem.str;
    const t = new Type(Kind.Chan, (dir === 1 ? "<-chan " : dir === 2 ? "chan<- " : "chan ") + es);
    t.elem = elem;
    t.dir = dir;
    return t;
  });
}

function funcString(params: Type[], results: Type[], variadic: boolean): string {
  const ps = params.map((p, i) => (variadic && i === params.length - 1 ? "..." + p.elem!.str : p.str));
  let s = `func(${ps.join(", ")})`;
  if (results.length === 1) s += " " + results[0]!.str;
  else if (results.length > 1) s += ` (${results.map((r) => r.str).join(", ")})`;
  return s;
}

export function funcOf(params: Type[], results: Type[], variadic: boolean): Type {
  const key = `F${variadic ? "v" : ""}(${params.map((p) => p.id).join(",")})(${results.map((r) => r.id).join(",")})`;
  return intern(key, () => {
    const t = new Type(Kind.Func, funcString(params, results, variadic));
    t.params = params;
    t.results = results;
    t.variadic = variadic;
    t.comparable = false;
    return t;
  });
}

/** Field descriptions as the compiler passes them. */
export interface FieldSpec {
  name: string;
  js: string;
  type: Type;
  tag?: string;
  embedded?: boolean;
  /** For unexported fields, the declaring package. */
  pkgPath?: string;
}

function makeFields(specs: FieldSpec[]): Field[] {
  return specs.map((f) => ({
    name: f.name, js: f.js, type: f.type, tag: f.tag ?? "", embedded: f.embedded ?? false,
    exported: isExported(f.name), pkgPath: f.pkgPath ?? "",
  }));
}

function structString(fields: Field[]): string {
  if (fields.length === 0) return "struct {}";
  const parts = fields.map((f) => {
    let s = f.embedded ? f.type.str : `${f.name} ${f.type.str}`;
    if (f.tag !== "") s += " " + quoteTag(f.tag);
    return s;
  });
  return `struct { ${parts.join("; ")} }`;
}

/** Tags print as Go quoted strings (strconv.Quote); tags are almost always ASCII. */
function quoteTag(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += "\\" + s[i];
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += s[i];
  }
  return out + '"';
}

/**
 * An unnamed struct type. `ctor` is the class of its values (the compiler emits one per
 * struct type); identical struct types share the first registered class.
 */
export function structOf(specs: FieldSpec[], ctor: new (...a: any[]) => any): Type {
  // Not interned: the compiler declares each struct type of a program once, with its class,
  // and the runtime's own struct types are distinct from the program's.
  const fields = makeFields(specs);
  const t = new Type(Kind.Struct, structString(fields));
  t.fields = fields;
  t.ctor = ctor;
  t.comparable = fields.every((f) => f.type.comparable);
  if (!structTypeOfClass.has(ctor)) structTypeOfClass.set(ctor, t);
  return t;
}

/** The struct type of each struct class (the first declared with it): unsafe code finds field offsets through it. */
export const structTypeOfClass = new WeakMap<Function, Type>();

/** An unnamed interface type; methods sorted by the compiler as Go sorts them. */
export function interfaceOf(methods: IMethod[]): Type {
  const key = "I{" + methods.map((m) => `${m.name}/${m.pkgPath}/${m.type.id}`).join(";") + "}";
  return intern(key, () => {
    const s = methods.length === 0 ? "interface {}"
      : `interface { ${methods.map((m) => m.name + m.type.str.slice(4)).join("; ")} }`;
    const t = new Type(Kind.Interface, s);
    t.imethods = methods;
    return t;
  });
}

types.any = interfaceOf([]);
types.error = new Type(Kind.Interface, "error");
types.error.name = "error";
types.error.imethods = [{ name: "Error", pkgPath: "", type: funcOf([], [types.string], false) }];

// ---- named types ----

/**
 * A defined type: created first with its kind only, so that its underlying type may refer
 * to it (type T struct { next *T }); `setUnderlying` completes it. `str` is the qualified
 * name as Go prints it ("main.T", "main.List[int]").
 */
export function named(pkgPath: string, name: string, str: string, kind: Kind): Type {
  const t = new Type(kind, str);
  t.name = name;
  t.pkgPath = pkgPath;
  return t;
}

/** Copies the structure of `u` (an unnamed type or another named type's underlying) into `t`. */
export function setUnderlying(t: Type, u: Type): void {
  if (t.kind !== u.kind) throw new Error(`runtime: setUnderlying ${t.str}: kind mismatch with ${u.str}`);
  t.elem = u.elem;
  t.key = u.key;
  t.len = u.len;
  t.dir = u.dir;
  t.fields = u.fields;
  t.params = u.params;
  t.results = u.results;
  t.variadic = u.variadic;
  t.imethods = u.imethods;
  t.comparable = u.comparable;
  t.ctor = u.ctor;
}

/** Records a method of a named type or of a pointer to one (sorted order is kept by the caller). */
export function addMethod(t: Type, name: string, pkgPath: string, sig: Type, fn: Function): void {
  t.methods.push({ name, pkgPath, type: sig, fn });
  t.m[pkgPath === "" ? name : pkgPath + "." + name] = fn;
}

export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  // Go identifiers are byte strings here: an upper-case ASCII letter, or a multi-byte
  // letter that the compiler has decided on (non-ASCII exported names are rare; the compiler
  // passes pkgPath for unexported fields, which is what matters at run time).
  return c >= 0x41 && c <= 0x5a;
}

// ---- per-type operations ----

function zeroOf(t: Type): any {
  switch (t.kind) {
    case Kind.Bool: return false;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64:
    case Kind.Uintptr: case Kind.Float32: case Kind.Float64:
      return 0;
    case Kind.Complex64: case Kind.Complex128: return zeroComplex;
    case Kind.String: return "";
    case Kind.Array: return makeArray(t.elem!, t.len);
    case Kind.Slice: return nilSlice;
    case Kind.Struct: {
      // Through the constructor with every field's value, so that all values of the type
      // share one object shape with the right field representations (doubles stay unboxed).
      const fs = t.fields;
      const args = new Array(fs.length);
      for (let i = 0; i < fs.length; i++) args[i] = zeroOf(fs[i]!.type);
      return construct(t, args);
    }
    default: return null;
  }
}

/**
 * A struct value from its field values. The compiler's classes take every field in their
 * constructor; a class that takes none (the runtime's own) gets its fields assigned.
 */
function construct(t: Type, args: any[]): any {
  const C = t.ctor!;
  if (C.length === args.length) return new C(...args);
  const v = new C();
  for (let i = 0; i < args.length; i++) v[t.fields[i]!.js] = args[i];
  return v;
}

/** A new array of n zero elements of type elem. */
export function makeArray(elem: Type, n: number): any {
  const C = arrayCtorFor(elem.kind);
  if (C !== Array) return new (C as ArrayCtor)(n);
  const a = new Array(n);
  switch (elem.kind) {
    case Kind.Array: case Kind.Struct: case Kind.Complex64: case Kind.Complex128:
      for (let i = 0; i < n; i++) a[i] = zeroOf(elem);
      break;
    default: a.fill(zeroOf(elem));
  }
  return a;
}

function equal(t: Type, a: any, b: any): boolean {
  switch (t.kind) {
    case Kind.Array: {
      const e = t.elem!;
      for (let i = 0; i < t.len; i++) if (!equal(e, a[i], b[i])) return false;
      return true;
    }
    case Kind.Struct:
      for (const f of t.fields) {
        if (f.name === "_") continue;
        if (!equal(f.type, a[f.js], b[f.js])) return false;
      }
      return true;
    case Kind.Interface: return ifaceEq(a, b);
    case Kind.Complex64: case Kind.Complex128: return a.re === b.re && a.im === b.im;
    default: return a === b;
  }
}

/** Interface comparison: same dynamic type and equal values; panics on uncomparable types. */
export function ifaceEq(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.t !== b.t) return false;
  if (!a.t.comparable) hooks.uncomparable(a.t);
  return equal(a.t, a.v, b.v);
}

function cloneOf(t: Type, v: any): any {
  switch (t.kind) {
    case Kind.Array: {
      const e = t.elem!;
      if (!ArrayBuffer.isView(v)) {
        if (e.kind === Kind.Array || e.kind === Kind.Struct) return (v as any[]).map((x) => cloneOf(e, x));
        return (v as any[]).slice();
      }
      return (v as Uint8Array).slice();
    }
    case Kind.Struct: {
      // The compiler's struct classes copy themselves ($clone), much faster than a generic walk.
      if (typeof v.$clone === "function") return v.$clone();
      const fs = t.fields;
      const args = new Array(fs.length);
      for (let i = 0; i < fs.length; i++) args[i] = cloneOf(fs[i]!.type, v[fs[i]!.js]);
      return construct(t, args);
    }
    default: return v;
  }
}

/** Hooks filled in by the modules that raise Go panics (kept apart to avoid an import cycle). */
export const hooks = {
  uncomparable(t: Type): never {
    throw new Error(`comparing uncomparable type ${t.str}`);
  },
};

// Filled in by slice.ts and complex.ts; declared here so zero values need no import cycle.
export let nilSlice: any = null;
export let zeroComplex: any = null;
export function setZeroValues(slice: any, complex: any): void {
  nilSlice = slice;
  zeroComplex = complex;
}
