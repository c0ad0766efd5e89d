// The Checker: state of one package's type check, the phase sequence (checkFiles), error
// reporting in gc's words and format, and the contract of methods the other files of this
// folder implement.
//
// Like types2, the checker is one object whose methods live in many files, one per language
// construct (expr.ts, stmt.ts, decl.ts, ...). Each of those files adds its methods to
// Checker.prototype and declares them in the `interface Checker` below, which is the single
// list of what the files may call on each other. `import "./all.js"` (done by index.ts) loads
// every file.
//
// Errors: every error is reported at the *start* of the node it concerns (startPos), as types2
// does; an error with several parts (e.g. "x redeclared in this block" + "other declaration
// of x") is one diagnostic whose later parts follow on new lines as "\t<pos>: <msg>". After
// the first error, messages about invalid operands or invalid types are suppressed, since
// they are follow-on errors.

import type { Pos } from "../source/index.js";
import { FileSet, formatPosition } from "../source/index.js";
import { Diagnostic, DiagnosticSink } from "../diag/index.js";
import type { Value } from "../constant/index.js";
import {
  BasicLit, BlockStmt, CallExpr, CaseClause, CommClause, Decl, Expr, Field, File, ForStmt,
  FuncDecl, FuncLit, IndexExpr, InterfaceType, ListExpr, Name, Node, NodeKind, Operation,
  RangeClause, SelectorExpr, SimpleStmt, SliceExpr, Stmt, StructType, SwitchStmt, TypeDecl,
  TypeSwitchGuard, startPos, exprString,
} from "../syntax/index.js";
import { Package } from "./package.js";
import { Scope } from "./scope.js";
import {
  Basic, Interface, Named, Signature, Struct, Tuple, Type, TypeParam, Union,
} from "./type.js";
import { BuiltinId, Const, Func, GoObj, GoObject, PkgName, TypeName, Var } from "./object.js";
import { Operand, OperandMode, operandString } from "./operand.js";
import { typeString, objectString, setPosFormatter } from "./typestring.js";
import type { CheckConfig } from "./index.js";

// ---------------------------------------------------------------------------------------------
// Side tables (types2's Info)

export interface TypeAndValue {
  mode: OperandMode;
  type: Type;
  value: Value | null;
}

/** A selector expression x.f: a field, a method, or a method expression. */
export enum SelectionKind {
  FieldVal,   // x.f is a struct field selector
  MethodVal,  // x.f is a method selector
  MethodExpr, // x.f is a method expression
}

export class Selection {
  constructor(
    readonly kind: SelectionKind,
    readonly recv: Type,         // type of x
    readonly obj: GoObj,         // Var (field) or Func (method)
    readonly index: number[],    // path to the field or method through embedded fields
    readonly indirect: boolean,  // a pointer was dereferenced on the way
  ) {}
}

export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** A package-level variable initialization: lhs = rhs, in execution order. */
export interface Initializer {
  lhs: Var[];
  rhs: Expr;
}

export class Info {
  /** Types (and constant values) of expressions, including type expressions. */
  readonly types = new Map<Expr, TypeAndValue>();
  /** Identifiers that declare objects (null for the package name and for blank or unresolvable symbolic variables). */
  readonly defs = new Map<Name, GoObj | null>();
  /** Identifiers that denote objects. */
  readonly uses = new Map<Name, GoObj>();
  /** Objects declared implicitly: imports without a name, type switch case variables, anonymous parameters. */
  readonly implicits = new Map<Node, GoObj>();
  readonly selections = new Map<SelectorExpr, Selection>();
  /** Scopes opened by files, functions, blocks and clauses. */
  readonly scopes = new Map<Node, Scope>();
  /** Instantiated generic functions and types, keyed by the name of the generic. */
  readonly instances = new Map<Name, Instance>();
  /** Package-level variable initializations in execution order. */
  initOrder: Initializer[] = [];
  /** The language version of each file. */
  readonly fileVersions = new Map<File, string>();
}

// ---------------------------------------------------------------------------------------------
// Declarations and environment

/** What the checker knows about a package-level declaration (or a method). */
export class DeclInfo {
  /** Package-level objects this declaration's initializer or body refers to (for init order and cycles). */
  deps: Set<GoObj> | null = null;
  constructor(
    readonly file: Scope,          // scope of the file containing the declaration
    readonly lhs: Var[] | null,    // lhs of n:1 variable declarations, or null
    readonly vtyp: Expr | null,    // type, or null (const and var declarations only)
    readonly init: Expr | null,    // init/orig expression, or null (const and var only)
    readonly inherited: boolean,   // the init expression is inherited from a previous constant declaration
    readonly tdecl: TypeDecl | null,
    readonly fdecl: FuncDecl | null,
  ) {}
  addDep(obj: GoObj): void {
    if (this.deps === null) this.deps = new Set();
    this.deps.add(obj);
  }
}

/** The part of the checker's state that changes when entering a function or declaration. */
export interface Environment {
  decl: DeclInfo | null;       // package-level declaration whose init expression/body is being checked
  scope: Scope | null;         // top-most scope for lookups
  pos: Pos;                    // if non-zero, identifiers are looked up as if at position pos
  iota: Value | null;          // value of iota in a constant declaration; null otherwise
  errpos: Node | null;         // identifier of a constant with inherited initializer, for errors
  inTParamList: boolean;       // inside a type parameter list
  sig: Signature | null;       // signature if inside a function
  isPanic: Set<CallExpr> | null; // panic calls (for the termination check)
  hasLabel: boolean;           // the function uses labels
  hasCallOrRecv: boolean;      // an expression contains a call or a receive
}

export function newEnvironment(): Environment {
  return {
    decl: null, scope: null, pos: 0, iota: null, errpos: null, inTParamList: false, sig: null,
    isPanic: null, hasLabel: false, hasCallOrRecv: false,
  };
}

/** The target of an expression whose type may drive inference of a generic function value. */
export interface Target {
  sig: Signature;
  desc: string; // description of the target, for error messages
}

/** The kind of an expression, as returned by rawExpr: does it produce a value? */
export enum ExprKind {
  Conversion,
  Expression,
  Statement,
}

/** Statement context flags (types2's stmtContext). */
export const enum StmtContext {
  BreakOk = 1 << 0,
  ContinueOk = 1 << 1,
  FallthroughOk = 1 << 2,
  FinalSwitchCase = 1 << 3,
  InTypeSwitch = 1 << 4,
}

/**
 * Why an untyped operand cannot take a target type (implicitTypeAndValue's code; OK if it
 * can): assignments word their errors by it ("(truncated)", "(overflows)").
 */
export enum UntypedCode {
  OK,
  TruncatedFloat,           // a float constant assigned to an integer type
  NumericOverflow,          // a numeric constant that doesn't fit
  InvalidConstVal,          // a constant of the wrong kind (e.g. a string for an int)
  InvalidUntypedConversion, // a non-constant untyped value or nil that can't take the type
}

/** Where a value is assigned: "assignment", "argument", "return statement", "variable declaration", ... */
export type AssignContext = string;

/** A thing an error can be reported at: a node, an operand, an object, or a position. */
export type At = Node | Operand | GoObject | Pos;

// ---------------------------------------------------------------------------------------------
// Errors

/** One error report under construction; later parts print on new lines with their position. */
export class ErrorBuilder {
  private readonly desc: { pos: Pos; msg: string }[] = [];
  soft = false;
  constructor(private readonly check: Checker) {}

  addf(at: At, format: string, ...args: unknown[]): this {
    this.desc.push({ pos: this.check.atPos(at), msg: this.check.sprintf(format, ...args) });
    return this;
  }

  addAltDecl(obj: GoObject): this {
    if (obj.pos !== 0) this.addf(obj, "other declaration of %s", obj.name);
    return this;
  }

  empty(): boolean { return this.desc.length === 0; }

  /** The position of the first part (where the error is reported). */
  pos(): Pos { return this.desc.length === 0 ? 0 : this.desc[0]!.pos; }

  /** The message without the primary position (later parts on "\n\t<pos>: " lines), for wrapping it in another error. */
  msg(): string {
    if (this.desc.length === 0) return "no error";
    let msg = this.desc[0]!.msg;
    for (let i = 1; i < this.desc.length; i++) {
      const p = this.desc[i]!;
      msg += "\n\t";
      if (p.pos !== 0) msg += this.check.posString(p.pos) + ": ";
      msg += p.msg;
    }
    return msg;
  }

  report(): void {
    if (this.desc.length === 0) throw new Error("no error");
    const check = this.check;
    // After the first error, an error about an invalid operand or type is a follow-on error.
    if (check.firstErr) {
      const m = this.desc[0]!.msg;
      if (m.indexOf("invalid operand") > 0 || m.indexOf("invalid type") > 0) return;
    }
    let msg = this.desc[0]!.msg;
    for (let i = 1; i < this.desc.length; i++) {
      const p = this.desc[i]!;
      msg += "\n\t";
      if (p.pos !== 0) msg += check.posString(p.pos) + ": ";
      msg += p.msg;
    }
    let pos = this.desc[0]!.pos;
    if (check.env.errpos !== null) pos = startPos(check.env.errpos);
    check.handleError(pos, msg, this.soft);
    this.desc.length = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The checker

export class Checker {
  readonly info = new Info();
  /** Package-level objects and methods → declaration info. */
  readonly objMap = new Map<GoObj, DeclInfo>();
  /** (import path, directory) → imported package. */
  readonly impMap = new Map<string, Package>();
  files: File[] = [];
  /** Imported package names of all files, for the unused-import check. */
  imports: PkgName[] = [];
  /** Dot-imported objects → the import that brought them in. */
  readonly dotImportMap = new Map<Scope, Map<string, PkgName>>();
  /** Package-scope type names → their (non-interface) methods. */
  methods = new Map<TypeName, Func[]>();
  /** Expressions whose final type is not known yet (untyped operands). */
  readonly untyped = new Map<Expr, { isLhs: boolean; mode: OperandMode; type: Basic; val: Value | null }>();
  /** Delayed actions, processed FIFO (function bodies, interface completions, ...). */
  private delayed: { f: () => void; desc: string }[] = [];
  /** Path of objects being checked (for cycle reporting). */
  objPath: GoObj[] = [];
  /** Objects needing cleanup after checking (named types, interfaces). */
  cleaners: { cleanup(): void }[] = [];
  /** The current environment (replaced on entry to functions and declarations). */
  env: Environment = newEnvironment();

  firstErr = false;
  private errorCount = 0;
  private pkgPathMap: Map<string, Set<string>> | null = null;
  /** Aliases whose type is still being determined. */
  readonly brokenAliases = new Set<TypeName>();
  /** Computed type sets of unions. */
  readonly unionTypeSets = new Map<Union, unknown>();
  /** Blank receiver type parameters → their type. */
  readonly recvTParamMap = new Map<Name, TypeParam>();

  constructor(
    readonly conf: CheckConfig,
    readonly fset: FileSet | null,
    readonly pkg: Package,
    readonly sink: DiagnosticSink,
  ) {
    setPosFormatter((pos) => this.posString(pos));
  }

  // -------------------------------------------------------------------------------------------
  // Phases

  /** Type-checks the package files, as types2's checkFiles. */
  checkFiles(files: File[]): void {
    this.initFiles(files);
    this.collectObjects();
    this.packageObjects();
    this.processDelayed(0);
    this.cleanup();
    this.initOrder();
    this.unusedImports();
    this.recordUntyped();
    if (!this.firstErr) this.monomorph();
    this.pkg.goVersion = this.conf.goVersion;
    this.pkg.complete = true;
  }

  initFiles(files: File[]): void {
    this.files = [];
    for (const f of files) {
      const name = f.pkgName.value;
      if (this.pkg.name === "") {
        // The first file's package name is the package's; "_" is not a valid one.
        if (name !== "_") this.pkg.name = name;
        else this.errorf(f.pkgName, "invalid package name _");
        this.files.push(f);
      } else if (name === this.pkg.name) {
        this.files.push(f);
      } else {
        this.errorf(f, "package %s; expected package %s", name, this.pkg.name);
      }
    }
    for (const f of this.files) this.info.fileVersions.set(f, this.fileVersion(f));
  }

  /**
   * The language version of a file: the package's, unless the file's //go:build line names a
   * version; then that version, but at least go1.21 (the first release that let a build line
   * change the version, so it may lower the version only to go1.21). A file asking for a
   * version newer than this Go is an error.
   */
  fileVersion(f: File): string {
    const fv = f.goVersion;
    if (fv !== "" && /^go1(\.\d+)?$/.test(fv)) {
      if (compareGoVersions(fv, CURRENT_GO) > 0) {
        this.errorf(f.pkgName, "file requires newer Go version %s", fv);
      }
      return compareGoVersions(fv, "go1.21") > 0 ? fv : "go1.21";
    }
    return this.conf.goVersion;
  }

  /** The language version in effect at pos (its file's), or the package's. */
  versionAt(pos: Pos): string {
    if (pos !== 0 && this.fset !== null) {
      const src = this.fset.file(pos);
      if (src !== undefined) {
        for (const [f, v] of this.info.fileVersions) if (f.source === src) return v;
      }
    }
    return this.conf.goVersion;
  }

  /** Schedules f to run after the current declaration (e.g. function bodies). */
  later(f: () => void, desc = ""): void {
    this.delayed.push({ f, desc });
  }

  /** Runs the delayed actions from index top on; actions may add more. */
  processDelayed(top: number): void {
    for (let i = top; i < this.delayed.length; i++) {
      const a = this.delayed[i]!;
      a.f();
    }
    this.delayed.length = top;
  }

  get delayedCount(): number { return this.delayed.length; }

  cleanup(): void {
    for (let i = 0; i < this.cleaners.length; i++) this.cleaners[i]!.cleanup();
    this.cleaners = [];
  }

  /** Records the final types of expressions that stayed untyped. */
  recordUntyped(): void {
    for (const [x, info] of this.untyped) {
      this.recordTypeAndValue(x, info.mode, info.type, info.val);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Recording side tables

  recordTypeAndValue(x: Expr, mode: OperandMode, typ: Type | null, val: Value | null): void {
    if (mode === OperandMode.Invalid || typ === null) return;
    if (mode !== OperandMode.Constant) val = null;
    this.info.types.set(x, { mode, type: typ, value: val });
  }

  recordBuiltinType(f: Expr, sig: Signature): void {
    // f must be a (possibly parenthesized) identifier denoting a built-in
    for (;;) {
      this.recordTypeAndValue(f, OperandMode.Builtin, sig, null);
      if (f.kind === NodeKind.Name || f.kind === NodeKind.SelectorExpr) return;
      if (f.kind === NodeKind.ParenExpr) { f = f.x; continue; }
      return;
    }
  }

  recordCommaOkTypes(x: Expr, a: [Operand, Operand]): void {
    // Record the types of x and the ok value as a tuple for the comma-ok expression.
    const t0 = a[0].type, t1 = a[1].type;
    if (t0 === null || t1 === null) return;
    for (;;) {
      const tv = this.info.types.get(x);
      if (tv === undefined) return;
      tv.type = new Tuple([new Var(0, null, "", t0), new Var(0, null, "", t1)]);
      if (x.kind === NodeKind.ParenExpr) { x = x.x; continue; }
      return;
    }
  }

  recordInstance(expr: Expr, targs: Type[], typ: Type): void {
    let id: Name | null = null;
    let e: Expr = expr;
    if (e.kind === NodeKind.IndexExpr) e = e.x;
    if (e.kind === NodeKind.Name) id = e;
    else if (e.kind === NodeKind.SelectorExpr) id = e.sel;
    if (id !== null) this.info.instances.set(id, { typeArgs: targs, type: typ });
  }

  recordDef(id: Name, obj: GoObj | null): void { this.info.defs.set(id, obj); }
  recordUse(id: Name, obj: GoObj): void { this.info.uses.set(id, obj); }
  recordImplicit(node: Node, obj: GoObj): void { this.info.implicits.set(node, obj); }
  recordSelection(x: SelectorExpr, kind: SelectionKind, recv: Type, obj: GoObj, index: number[], indirect: boolean): void {
    this.recordUse(x.sel, obj);
    this.info.selections.set(x, new Selection(kind, recv, obj, index, indirect));
  }
  recordScope(node: Node, scope: Scope): void { this.info.scopes.set(node, scope); }

  // -------------------------------------------------------------------------------------------
  // Errors

  newError(): ErrorBuilder { return new ErrorBuilder(this); }

  errorf(at: At, format: string, ...args: unknown[]): void {
    this.newError().addf(at, format, ...args).report();
  }

  softErrorf(at: At, format: string, ...args: unknown[]): void {
    const e = this.newError().addf(at, format, ...args);
    e.soft = true;
    e.report();
  }

  /** "feature requires go1.N or later" */
  versionErrorf(at: At, v: string, format: string, ...args: unknown[]): void {
    this.newError().addf(at, "%s requires %s or later", this.sprintf(format, ...args), v).report();
  }

  handleError(pos: Pos, msg: string, soft: boolean): void {
    void soft; // gc reports soft errors like any other
    if (/requires go[0-9]+\.[0-9]+ or later/.test(msg)) msg = this.versionErrorSuffix(pos, msg);
    this.firstErr = true;
    this.errorCount++;
    const f = this.fset?.file(pos);
    if (f === undefined) {
      this.sink.report({ source: this.anySource(), offset: 0, message: msg, kind: "type" });
      return;
    }
    this.sink.report({ source: f, offset: pos - f.base, message: msg, kind: "type" });
  }

  /**
   * gc explains where a too-old language version came from: the file's //go:build line, or
   * the -lang flag (go.mod's go line).
   */
  private versionErrorSuffix(pos: Pos, msg: string): string {
    const src = this.fset?.file(pos);
    const file = this.files.find((f) => f.source === src);
    if (file === undefined) return msg;
    const fileVersion = this.info.fileVersions.get(file) ?? "";
    if (file.goVersion === fileVersion) return `${msg} (file declares //go:build ${fileVersion})`;
    return `${msg} (-lang was set to ${this.conf.goVersion}; check go.mod)`;
  }

  private anySource() {
    const f = this.files[0];
    if (f === undefined) throw new Error("error without a position in a package without files");
    return f.source;
  }

  /** The position an error about `at` is reported at: the start of a node, as types2 does. */
  atPos(at: At): Pos {
    if (typeof at === "number") return at;
    if (at instanceof Operand) return at.expr !== null ? startPos(at.expr) : 0;
    if (at instanceof GoObject) return at.pos;
    return startPos(at);
  }

  /** A position as gc prints it inside messages: file:line:col. */
  posString(pos: Pos): string {
    const p = this.fset?.position(pos);
    return p === undefined ? "-" : formatPosition(p);
  }

  // -------------------------------------------------------------------------------------------
  // Formatting

  /** How package-qualified names print in messages: the package name, or its quoted path if ambiguous. */
  readonly qualifier = (pkg: Package): string => {
    if (pkg === this.pkg) return "";
    if (this.pkgPathMap === null) {
      this.pkgPathMap = new Map();
      const seen = new Set<Package>();
      const mark = (p: Package) => {
        if (seen.has(p)) return;
        seen.add(p);
        for (const imp of p.imports) {
          let s = this.pkgPathMap!.get(imp.name);
          if (s === undefined) { s = new Set(); this.pkgPathMap!.set(imp.name, s); }
          s.add(imp.path);
          mark(imp);
        }
      };
      mark(this.pkg);
    }
    const paths = this.pkgPathMap.get(pkg.name);
    if (paths !== undefined && paths.size > 1) return JSON.stringify(pkg.path);
    return pkg.name;
  };

  /**
   * Go-style formatting for messages: %s and %v format each argument by its kind (operands,
   * expressions, types, objects, constant values, positions, lists); %d numbers; %q quotes.
   */
  sprintf(format: string, ...args: unknown[]): string {
    let i = 0;
    return format.replace(/%([svdqT%])/g, (_m, verb: string) => {
      if (verb === "%") return "%";
      const a = args[i++];
      if (verb === "q") return JSON.stringify(String(a));
      if (verb === "d") return String(a);
      return this.formatArg(a);
    });
  }

  formatArg(a: unknown): string {
    if (a === null || a === undefined) return "<nil>";
    if (typeof a === "string") return a;
    if (typeof a === "number" || typeof a === "bigint" || typeof a === "boolean") return String(a);
    if (a instanceof Operand) return operandString(a, this.qualifier);
    if (a instanceof GoObject) return objectString(a as GoObj, this.qualifier);
    if (Array.isArray(a)) return "[" + a.map((x) => this.formatArg(x)).join(", ") + "]";
    const o = a as { tkind?: number; kind?: number; okind?: number; toString?: () => string };
    if (typeof o.tkind === "number") return typeString(a as Type, this.qualifier);
    if (typeof o.kind === "number" && "pos" in (a as object)) return exprString(a as Expr);
    return String(a);
  }

  /** A type as it prints in this package's messages. */
  typeStr(t: Type): string { return typeString(t, this.qualifier); }

  // -------------------------------------------------------------------------------------------
  // Small shared helpers

  /** Saves the environment and installs a fresh copy with the given changes; returns the old one. */
  enter(changes: Partial<Environment>): Environment {
    const old = this.env;
    this.env = { ...old, ...changes };
    return old;
  }

  /** Go 1.N version checks: reports whether the file at `at` (or the package) allows version v ("go1.18"). */
  allowVersion(at: At, v: string): boolean {
    const cur = this.versionAt(this.atPos(at));
    return !/^go1(\.\d+)?/.test(cur) || compareGoVersions(cur, v) >= 0;
  }

  /** Reports an error and returns false if version v is not allowed. */
  verifyVersionf(at: At, v: string, format: string, ...args: unknown[]): boolean {
    if (!this.allowVersion(at, v)) {
      this.versionErrorf(at, v, format, ...args);
      return false;
    }
    return true;
  }
}

/** The Go version whose language gots implements. */
export const CURRENT_GO = "go1.23";

/** Compares Go versions "go1.N[.M]": negative, zero or positive. */
export function compareGoVersions(a: string, b: string): number {
  const pa = a.replace(/^go/, "").split(".").map((x) => parseInt(x, 10) || 0);
  const pb = b.replace(/^go/, "").split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The contract: methods implemented by the other files of this folder (file named per method).

/** A generic type or function value that can be instantiated. */
export type GenericType = Named | Signature | import("./type.js").Alias;

export interface Checker {
  // resolver.ts
  collectObjects(): void;
  packageObjects(): void;
  unusedImports(): void;
  importPackage(at: At, path: string, dir: string): Package | null;
  declarePkgObj(ident: Name, obj: GoObj, d: DeclInfo): void;
  arity(pos: Pos, names: readonly Name[], inits: readonly Expr[], constDecl: boolean, inherited: boolean): void;
  unpackRecv(rtyp: Expr, unpackParams: boolean): { ptr: boolean; rname: Name | null; tparams: Name[] };

  // decl.ts
  declare(scope: Scope, id: Name | null, obj: GoObj, scopePos: Pos): void;
  objDecl(obj: GoObj, def: TypeName | null): void;
  constDecl(obj: Const, typ: Expr | null, init: Expr | null, inherited: boolean): void;
  varDecl(obj: Var, lhs: Var[] | null, typ: Expr | null, init: Expr | null): void;
  typeDecl(obj: TypeName, tdecl: TypeDecl, def: TypeName | null): void;
  funcDecl(obj: Func, decl: DeclInfo): void;
  declStmt(list: readonly Decl[]): void;
  collectTypeParams(list: readonly Field[]): TypeParam[];
  collectMethods(obj: TypeName): void;

  // typexpr.ts, signature.ts, struct.ts, interface.ts, union.ts
  ident(x: Operand, e: Name, def: TypeName | null, wantType: boolean): void;
  typ(e: Expr): Type;
  varType(e: Expr): Type;
  definedType(e: Expr, def: TypeName | null): Type;
  genericType(e: Expr, cause: { msg: string } | null): Type;
  typInternal(e: Expr, def: TypeName | null): Type;
  instantiatedType(x: Expr, xlist: readonly Expr[], def: TypeName | null): Type;
  arrayLength(e: Expr): bigint;
  typeList(list: readonly Expr[]): Type[] | null;
  funcType(sig: Signature, recvPar: Field | null, tparams: readonly Field[] | null, ftyp: import("../syntax/index.js").FuncType): void;
  collectParams(scope: Scope, list: readonly Field[], variadicOk: boolean, scopePos: Pos): { vars: Var[]; variadic: boolean };
  structType(styp: Struct, e: StructType): void;
  interfaceType(ityp: Interface, iface: InterfaceType, def: TypeName | null): void;
  newInterface(): Interface;
  newTypeParam(obj: TypeName, constraint: Type): TypeParam;

  // expr.ts, const.ts, conversions.ts, index.ts (indexing.ts), call.ts, builtins.ts
  rawExpr(T: Target | null, x: Operand, e: Expr, hint: Type | null, allowGeneric: boolean): ExprKind;
  expr(T: Target | null, x: Operand, e: Expr): void;
  genericExpr(x: Operand, e: Expr): void;
  multiExpr(e: Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean };
  exprWithHint(x: Operand, e: Expr, hint: Type): void;
  exprOrType(x: Operand, e: Expr, allowGeneric: boolean): void;
  exclude(x: Operand, modeset: number): void;
  singleValue(x: Operand): void;
  unary(x: Operand, e: Operation): void;
  binary(x: Operand, e: Expr | null, lhs: Expr, rhs: Expr, op: number): void;
  comparison(x: Operand, y: Operand, op: number, switchCase: boolean): void;
  updateExprType(x: Expr, typ: Type, final: boolean): void;
  convertUntyped(x: Operand, target: Type): void;
  implicitTypeAndValue(x: Operand, target: Type): { type: Type | null; val: Value | null; ok: boolean; code: UntypedCode };
  representable(x: Operand, typ: Basic): void;
  overflow(x: Operand, opPos: Pos): void;
  conversion(x: Operand, T: Type): void;
  typeAssertion(e: Expr, x: Operand, T: Type, typeSwitch: boolean): void;
  indexExpr(x: Operand, e: IndexExpr): boolean;
  sliceExpr(x: Operand, e: SliceExpr): void;
  index(index: Expr, max: bigint): { type: Type | null; val: bigint };
  callExpr(x: Operand, call: CallExpr): ExprKind;
  exprList(elist: readonly Expr[]): Operand[];
  arguments(call: CallExpr, sig: Signature, targs: Type[] | null, xlist: Expr[] | null, args: Operand[], atargs: Type[][] | null, atxlist: Expr[][] | null): Signature;
  selector(x: Operand, e: SelectorExpr, def: TypeName | null, wantType: boolean): void;
  use(...args: (Expr | null)[]): boolean;
  useLHS(...args: (Expr | null)[]): boolean;
  builtin(x: Operand, call: CallExpr, id: BuiltinId): boolean;
  funcInst(T: Target | null, pos: Pos, x: Operand, inst: IndexExpr | null, infer: boolean): { targs: Type[] | null; xlist: Expr[] | null };
  isNil(e: Expr): boolean;

  // operand.ts (assignability and convertibility live with the operand)
  assignableTo(x: Operand, T: Type, cause: { msg: string } | null): boolean;

  // assignments.ts
  assignment(x: Operand, T: Type | null, context: AssignContext): void;
  initConst(lhs: Const, x: Operand): void;
  initVar(lhs: Var, x: Operand, context: AssignContext): void;
  initVars(lhs: Var[], origRHS: readonly Expr[], returnStmt: Stmt | null): void;
  assignVars(lhs: readonly Expr[], origRHS: readonly Expr[]): void;
  shortVarDecl(pos: At, lhs: readonly Expr[], rhs: readonly Expr[]): void;
  returnError(at: At, lhs: readonly Var[], rhs: readonly Operand[]): void;

  // stmt.ts, return.ts
  funcBody(decl: DeclInfo | null, name: string, sig: Signature, body: BlockStmt, iota: Value | null): void;
  usage(scope: Scope): void;
  stmtList(ctxt: number, list: readonly Stmt[]): void;
  stmt(ctxt: number, s: Stmt): void;
  simpleStmt(s: SimpleStmt | null): void;
  openScope(node: Node, comment: string): void;
  closeScope(): void;
  isTerminating(s: Stmt, label: string): boolean;
  rangeStmt(inner: number, s: ForStmt, rclause: RangeClause): void;
  switchStmt(inner: number, s: SwitchStmt): void;
  typeSwitchStmt(inner: number, s: SwitchStmt, guard: TypeSwitchGuard): void;
  caseValues(x: Operand, values: readonly Expr[], seen: Map<unknown, unknown>): void;

  // initorder.ts, validtype.ts, mono.ts
  initOrder(): void;
  validType(typ: Named): void;
  monomorph(): void;

  // instantiate.ts, infer.ts, unify.ts, subst.ts (generics)
  instance(pos: Pos, orig: GenericType, targs: Type[], expanding: Named | null): Type;
  validateTArgLen(pos: Pos, name: string, want: number, got: number): boolean;
  verify(pos: Pos, tparams: readonly TypeParam[], targs: readonly Type[]): { index: number; err: string | null };
  implements(pos: Pos, V: Type, T: Type, constraint: boolean, cause: { msg: string } | null): boolean;
  infer(pos: Pos, tparams: readonly TypeParam[], targs: Type[], params: Tuple | null, args: readonly Operand[], reverse: boolean, err: ErrorBuilder): Type[] | null;
  missingMethod(V: Type, T: Type, stat: boolean, cause: { msg: string } | null): { method: Func | null; wrongType: boolean };
  assertableTo(V: Type, T: Type, cause: { msg: string } | null): boolean;
}

export type {
  Expr, Stmt, Field, Name, File, Decl, FuncLit, BasicLit, ListExpr, CaseClause, CommClause, Var, Func,
};
