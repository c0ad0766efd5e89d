// The universe scope (predeclared types, constants, nil and built-in functions) and the
// unsafe package, as types2 sets them up.
//
// `any` is an alias for interface{} (Go 1.23 materializes aliases), `error` a named interface
// with one method, and `comparable` a named interface whose type set is marked comparable.

import { makeBool, makeInt64 } from "../constant/index.js";
import {
  Alias, Basic, BasicInfo, BasicKind, INVALID, Interface, Named, Signature, Tuple, Type,
} from "./type.js";
import { Builtin, BuiltinId, Color, Const, Func, GoObj, Nil, TypeName, Var } from "./object.js";
import { Scope, universeMarker } from "./scope.js";
import { Package } from "./package.js";

const I = BasicInfo;

/** The basic types, indexed by BasicKind. */
export const Typ: readonly Basic[] = [
  INVALID,
  new Basic(BasicKind.Bool, I.IsBoolean, "bool"),
  new Basic(BasicKind.Int, I.IsInteger, "int"),
  new Basic(BasicKind.Int8, I.IsInteger, "int8"),
  new Basic(BasicKind.Int16, I.IsInteger, "int16"),
  new Basic(BasicKind.Int32, I.IsInteger, "int32"),
  new Basic(BasicKind.Int64, I.IsInteger, "int64"),
  new Basic(BasicKind.Uint, I.IsInteger | I.IsUnsigned, "uint"),
  new Basic(BasicKind.Uint8, I.IsInteger | I.IsUnsigned, "uint8"),
  new Basic(BasicKind.Uint16, I.IsInteger | I.IsUnsigned, "uint16"),
  new Basic(BasicKind.Uint32, I.IsInteger | I.IsUnsigned, "uint32"),
  new Basic(BasicKind.Uint64, I.IsInteger | I.IsUnsigned, "uint64"),
  new Basic(BasicKind.Uintptr, I.IsInteger | I.IsUnsigned, "uintptr"),
  new Basic(BasicKind.Float32, I.IsFloat, "float32"),
  new Basic(BasicKind.Float64, I.IsFloat, "float64"),
  new Basic(BasicKind.Complex64, I.IsComplex, "complex64"),
  new Basic(BasicKind.Complex128, I.IsComplex, "complex128"),
  new Basic(BasicKind.String, I.IsString, "string"),
  new Basic(BasicKind.UnsafePointer, 0, "Pointer"),

  new Basic(BasicKind.UntypedBool, I.IsBoolean | I.IsUntyped, "untyped bool"),
  new Basic(BasicKind.UntypedInt, I.IsInteger | I.IsUntyped, "untyped int"),
  new Basic(BasicKind.UntypedRune, I.IsInteger | I.IsUntyped, "untyped rune"),
  new Basic(BasicKind.UntypedFloat, I.IsFloat | I.IsUntyped, "untyped float"),
  new Basic(BasicKind.UntypedComplex, I.IsComplex | I.IsUntyped, "untyped complex"),
  new Basic(BasicKind.UntypedString, I.IsString | I.IsUntyped, "untyped string"),
  new Basic(BasicKind.UntypedNil, I.IsUntyped, "untyped nil"),
];

/** byte and rune: distinct Basic objects (so they print by their own names) of kinds uint8 and int32. */
export const universeByte = new Basic(BasicKind.Uint8, I.IsInteger | I.IsUnsigned, "byte");
export const universeRune = new Basic(BasicKind.Int32, I.IsInteger, "rune");

/** How a built-in may be used: as an expression, or only as a statement. */
export enum ExprKind {
  Conversion,
  Expression,
  Statement,
}

export interface BuiltinInfo {
  name: string;
  nargs: number;
  variadic: boolean;
  kind: ExprKind;
}

export const predeclaredFuncs: Readonly<Record<BuiltinId, BuiltinInfo>> = {
  [BuiltinId.Append]: { name: "append", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Cap]: { name: "cap", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Clear]: { name: "clear", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Close]: { name: "close", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Complex]: { name: "complex", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Copy]: { name: "copy", nargs: 2, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Delete]: { name: "delete", nargs: 2, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Imag]: { name: "imag", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Len]: { name: "len", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Make]: { name: "make", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Max]: { name: "max", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Min]: { name: "min", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.New]: { name: "new", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Panic]: { name: "panic", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Print]: { name: "print", nargs: 0, variadic: true, kind: ExprKind.Statement },
  [BuiltinId.Println]: { name: "println", nargs: 0, variadic: true, kind: ExprKind.Statement },
  [BuiltinId.Real]: { name: "real", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Recover]: { name: "recover", nargs: 0, variadic: false, kind: ExprKind.Statement },

  [BuiltinId.Add]: { name: "Add", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Alignof]: { name: "Alignof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Offsetof]: { name: "Offsetof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Sizeof]: { name: "Sizeof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Slice]: { name: "Slice", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.SliceData]: { name: "SliceData", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.String]: { name: "String", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.StringData]: { name: "StringData", nargs: 1, variadic: false, kind: ExprKind.Expression },

  [BuiltinId.Assert]: { name: "assert", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Trace]: { name: "trace", nargs: 0, variadic: true, kind: ExprKind.Statement },
};

/** Interfaces marked comparable (the underlying interface of `comparable`). */
export const comparableInterfaces: Set<Interface> = new Set();

export const Universe = new Scope(null, 0, 0, "universe");
universeMarker.scope = Universe;

/** The unsafe package. */
export const Unsafe = new Package("unsafe", "unsafe", new Scope(Universe, 0, 0, 'package "unsafe"'));
Unsafe.complete = true;

function def(obj: GoObj): void {
  if (obj.name.includes(" ")) return; // untyped kinds have no names in scope
  // Exported predeclared objects (Pointer, Sizeof, ...) belong to package unsafe.
  const scope = obj.exported() ? Unsafe.scope : Universe;
  if (scope.insert(obj) !== undefined) throw new Error("double declaration of predeclared identifier");
}

function withPkg<T extends GoObj>(obj: T): T {
  if (obj.exported()) (obj as { pkg: Package | null }).pkg = Unsafe;
  return obj;
}

// Predeclared types
for (const t of Typ) def(withPkg(new TypeName(0, null, t.name, t)));
def(new TypeName(0, null, "byte", universeByte));
def(new TypeName(0, null, "rune", universeRune));

/** The empty interface that `any` stands for; recognizable by identity, to print as "any". */
export const universeAnyType = new Interface([], []);
universeAnyType.complete = true;

export const universeAny: TypeName = (() => {
  const obj = new TypeName(0, null, "any", null);
  obj.color = Color.Black;
  obj.type = new Alias(obj, universeAnyType, universeAnyType);
  def(obj);
  return obj;
})();

/** error: interface{ Error() string } */
export const universeError: Named = (() => {
  const obj = new TypeName(0, null, "error", null);
  obj.color = Color.Black;
  const typ = new Named(obj, null);
  obj.type = typ;
  const recv = new Var(0, null, "", typ);
  const res = new Var(0, null, "", Typ[BasicKind.String]!);
  const sig = new Signature(null, recv, new Tuple([]), new Tuple([res]), false);
  const err = new Func(0, null, "Error", sig);
  const ityp = new Interface([err], []);
  ityp.complete = true;
  typ.underlying_ = ityp;
  def(obj);
  return typ;
})();

/** comparable: an interface whose type set holds exactly the comparable types. */
export const universeComparable: Named = (() => {
  const obj = new TypeName(0, null, "comparable", null);
  obj.color = Color.Black;
  const typ = new Named(obj, null);
  obj.type = typ;
  const ityp = new Interface([], []);
  ityp.complete = true;
  comparableInterfaces.add(ityp);
  typ.underlying_ = ityp;
  def(obj);
  return typ;
})();

// Predeclared constants and nil
def(new Const(0, null, "true", Typ[BasicKind.UntypedBool]!, makeBool(true)));
def(new Const(0, null, "false", Typ[BasicKind.UntypedBool]!, makeBool(false)));
export const universeIota = new Const(0, null, "iota", Typ[BasicKind.UntypedInt]!, makeInt64(0n));
def(universeIota);
def(new Nil(Typ[BasicKind.UntypedNil]!));

// Built-in functions (assert and trace exist only in the checker's test environment)
for (const key of Object.keys(predeclaredFuncs)) {
  const id = Number(key) as BuiltinId;
  if (id === BuiltinId.Assert || id === BuiltinId.Trace) continue;
  def(withPkg(new Builtin(id, predeclaredFuncs[id].name, null, INVALID)));
}

export type { Type };

/**
 * Defines the assert and trace built-ins, which exist only for the type checker's own tests
 * (the types2 test data uses them).
 */
export function defPredeclaredTestFuncs(): () => void {
  if (Universe.lookup("assert") !== undefined) return () => {};
  def(new Builtin(BuiltinId.Assert, "assert", null, INVALID));
  def(new Builtin(BuiltinId.Trace, "trace", null, INVALID));
  return () => {
    Universe.remove("assert");
    Universe.remove("trace");
  };
}
